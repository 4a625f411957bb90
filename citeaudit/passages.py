"""From a PDF to usage passages: the sentences that name the dataset or cite the target.

A PDF becomes ordered text blocks (PyMuPDF blocks, two-column reading order, ligatures
expanded, line-end hyphens repaired). Blocks are classed as headings, bibliography or
body text. The target's bibliography entry gives its in-text marker: a number (`[12]`,
`[3, 12-14]`) or author and year with the suffix the entry carries (`Bai et al., 2022a`),
which keeps HH apart from Constitutional AI (also Bai et al. 2022). spaCy (blank English,
rule-based sentences, a PhraseMatcher for the aliases) runs only on paragraphs that a
cheap regular-expression scan marks as candidates, so extraction stays close to the speed
of raw text extraction. Markers are found with regular expressions because bracket lists
like `[3, 12-14]` need their ranges expanded.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from citeaudit.pdf_limits import (
    TOO_COMPLEX,
    PdfLimits,
    PdfWorker,
    TooComplex,
    limits_raised,
    raise_if_out_of_memory,
)
from citeaudit.select import stored_target_id
from citeaudit.store import claimed

log = logging.getLogger(__name__)

# Ligatures expanded (no TEXT_PRESERVE_LIGATURES); we repair hyphens ourselves so that
# compounds such as "HH-\nRLHF" keep their hyphen.
TEXT_FLAGS = pymupdf.TEXTFLAGS_BLOCKS & ~pymupdf.TEXT_PRESERVE_LIGATURES
LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00ad": "",
    "\x00": "", "\u2010": "-", "\u2011": "-", "\ufffd": "",
})
MIN_TEXT_CHARS_PER_PAGE = 20  # below this on average, the PDF is a scan without a text layer

BIB_HEADINGS = {"references", "bibliography", "literature cited", "references and notes",
                "works cited", "reference"}
UNNUMBERED_HEADINGS = BIB_HEADINGS | {
    "abstract", "introduction", "related work", "related works", "background", "method",
    "methods", "methodology", "experiments", "experimental setup", "results", "discussion",
    "conclusion", "conclusions", "limitations", "acknowledgements", "acknowledgments",
    "acknowledgement", "acknowledgment", "appendix", "appendices", "ethics statement",
    "ethical considerations", "broader impact", "broader impacts", "impact statement",
    "broader impact statement", "supplementary material", "checklist",
    "neurips paper checklist", "author contributions", "contributions", "reproducibility",
    "reproducibility statement", "future work", "conclusion and future work",
}
_HEADING_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-H](?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.)"
_NUMBERED_HEADING = re.compile(rf"^({_HEADING_NUMBER})\s+([A-Z][^\n]{{1,90}})$")
_APPENDIX_HEADING = re.compile(
    r"^(?:appendix|appendices|supplementary|checklist|neurips paper checklist|"
    r"[A-H](?:\.\d{1,2})*\.?\s+[A-Z])", re.IGNORECASE
)
_FURNITURE = re.compile(
    r"^(?:\d{1,4}|page \d+( of \d+)?|arxiv:\S+\s+\[[\w.-]+\].*)$", re.IGNORECASE
)
_YEAR = re.compile(r"(?<![\d.:/\w])((?:19|20)\d\d)([a-z]?)(?![\d\w])")
_NUMERIC_LABEL = re.compile(r"\[(\d{1,4})\]")
_LABEL_AT_START = re.compile(r"^\s*\[([^\]\n]{1,80})\]")
_NUMBER_LIST = re.compile(r"\[(\s*\d{1,4}(?:\s*[-\u2013\u2014,;]\s*\d{1,4})*\s*)\]")
_MATH_BEFORE = re.compile(r"[\u2208\u2209=<>\u2264\u2265+\u2212*/^_\u00d7]\s?$")
# Superscript digits, as Unicode characters in the text or as raised spans that the
# superscript pass rewrites into them ("work12" in block text becomes "work¹²").
SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_SUP_DIGIT = "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "\u207b", "0123456789-")
_TO_SUPERSCRIPT = str.maketrans("0123456789-\u2212", SUPERSCRIPT_DIGITS + "\u207b\u207b")
_SUPERSCRIPT_RUN = re.compile(
    rf"[\u207a\u207b]?{_SUP_DIGIT}+(?:\s?[,\u207b\u2013\u2014]\s?{_SUP_DIGIT}+)*")
_FONT_SUPERSCRIPT_TEXT = re.compile(r"^[\d\s,\-\u2013\u2014\u2212]*\d[\d\s,\-\u2013\u2014\u2212]*$")
# Digits glued to a word or after punctuation in block text: where a raised citation may be.
_GLUED_DIGITS = re.compile(
    r"(?<=[A-Za-z.,;:)\]\u2019\u201d])\s?(\d{1,4}(?:\s?[,\u2013\u2014-]\s?\d{1,4})*)")
_BLOCK_START_DIGITS = re.compile(r"^(\d{1,4}(?:\s?[,\u2013\u2014-]\s?\d{1,4})*)(?:\s|$)")
_FOOTNOTE_AFTER_STOP = re.compile(
    rf"[a-z)\]]\.(\d{{1,2}}|{_SUP_DIGIT}+(?:[,\u207b\u2013]{_SUP_DIGIT}+)*)\s+(?=[A-Z][a-z])")
_MATH_SYMBOLS = "=<>+\u2212*/^_\u00d7\u2264\u2265\u2208"
_CAPTION = re.compile(r"^(?:fig(?:ure)?|table|tab|algorithm|listing)\.?\s*\d", re.IGNORECASE)
_SENTENCE_END = re.compile(
    rf"[.!?:][\"')\]\u201d]*(?:{_SUP_DIGIT}+(?:[,\u207b\u2013]{_SUP_DIGIT}+)*)?$")
ABBREVIATIONS = ("al.", "Fig.", "Figs.", "fig.", "Eq.", "Eqs.", "eq.", "Sec.", "Sect.",
                 "Secs.", "Tab.", "Tbl.", "vs.", "cf.", "Cf.", "approx.", "resp.", "No.",
                 "Ref.", "Refs.", "App.", "Appx.", "Ch.", "Chap.", "Dr.", "Prof.", "etc.",
                 "Inc.", "Corp.", "Ltd.", "St.", "Vol.", "pp.", "ed.", "eds.", "Jr.")


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetRef:
    """What identifies the cited work in a bibliography and in running text."""

    title: str
    arxiv_id: str | None = None
    doi: str | None = None
    first_author_surname: str | None = None
    n_authors: int | None = None
    year: int | None = None

    @classmethod
    def from_paper_row(cls, row: Any) -> TargetRef:
        """From a `papers` row of the store."""
        import json

        authors = json.loads(row["authors_json"]) if row["authors_json"] else []
        surname = None
        if authors and authors[0].get("name"):
            surname = authors[0]["name"].split()[-1]
        return cls(title=row["title"] or "", arxiv_id=row["arxiv_id"], doi=row["doi"],
                   first_author_surname=surname, n_authors=len(authors) or None,
                   year=row["year"])


@dataclass
class Block:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    n_lines: int
    kind: str = "body"  # body | heading | bib | furniture


@dataclass(frozen=True)
class Marker:
    """How the paper cites the target in running text."""

    style: str  # "numeric" | "author-year"
    label: str  # "12" or "Bai et al., 2022a"
    number: int | None = None
    surname: str | None = None
    year: str | None = None
    suffix: str = ""
    bib_entry: str = ""


@dataclass
class Passage:
    passage_id: str
    page: int | None
    section: str | None
    sentence: str
    context_before: str
    context_after: str
    matched: str
    match_kind: str  # "alias" | "marker"

    def as_row(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Extraction:
    """The outcome of reading one PDF; `state` is 'ok' or why it could not be read."""

    state: str
    reason: str | None = None
    pages: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    marker: Marker | None = None
    n_candidate_paragraphs: int = 0
    title: str = ""  # from the PDF's metadata, when it has one


# ---------------------------------------------------------------------------
# Pages and blocks
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class HyphenEvidence:
    """What decides a hyphen at a line end: the aliases' compounds ("helpful-base") and how
    the document itself prints words inside lines (lower-cased counts of words, their parts
    and hyphenated compounds), so "fine-\\ntuning" follows the paper's own "fine-tuning"."""

    compounds: frozenset[tuple[str, str]] = frozenset()
    words: Mapping[str, int] = field(default_factory=dict)
    lexicon: Container[str] = frozenset()  # general English words, lower case

    def knows(self, word: str) -> bool:
        word = word.lower()
        return self.words.get(word, 0) > 0 or word in self.lexicon


NO_HYPHEN_EVIDENCE = HyphenEvidence()
_WORD_OR_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_HEAD_WORD = re.compile(r"[A-Za-z][A-Za-z-]*$")
_TAIL_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@functools.cache
def english_words() -> Container[str]:
    """pyspellchecker's English word list (lower case), loaded once."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


def hyphen_evidence(
    raw_texts: Iterable[str], compounds: frozenset[tuple[str, str]] = frozenset(),
    lexicon: Container[str] | None = None,
) -> HyphenEvidence:
    """Count the words printed inside lines of `raw_texts` (block texts with their line breaks).

    The pieces of a word broken at a line end ("rein-", "forcement") are not counted: they
    are not words the author wrote. `lexicon` defaults to `english_words()`.
    """
    words: Counter[str] = Counter()
    for raw in raw_texts:
        broken = False  # the previous line ended in a hyphen
        for line in raw.translate(LIGATURES).split("\n"):
            tokens = _WORD_OR_COMPOUND.findall(line)
            ends_broken = line.rstrip().endswith("-")
            if broken and tokens and line.lstrip()[:1].isalpha():
                tokens = tokens[1:]
            if ends_broken and tokens:
                tokens = tokens[:-1]
            for token in tokens:
                token = token.lower()
                words[token] += 1
                if "-" in token:
                    words.update(token.split("-"))
            broken = ends_broken
    return HyphenEvidence(compounds, words, english_words() if lexicon is None else lexicon)


def keep_line_end_hyphen(head: str, tail: str, evidence: HyphenEvidence = NO_HYPHEN_EVIDENCE
                         ) -> bool:
    """Whether "head-" at a line end and `tail` on the next line form a hyphenated compound.

    In order: an alias compound keeps the hyphen; then the document decides, by which of
    "headtail" and "head-tail" it prints more often inside lines; then the shape: capitals,
    digits or another hyphen ("HH-RLHF", "state-of-the-art") keep it; then a known joined
    word is joined ("adjust"); a word unknown to the document and the lexicon whose halves
    are both known keeps it ("bias-only"); anything else was hyphenated by the typesetter
    and is joined ("Xiao-qing").
    """
    head_match, tail_match = _HEAD_WORD.search(head), _TAIL_WORD.match(tail)
    if not head_match or not tail_match:
        return True  # "GPT-3.5-", "-\n2": not a word broken in two
    head_word, tail_word = head_match.group(0), tail_match.group(0)
    head_last, tail_first = head_word.rsplit("-", 1)[-1], tail_word.split("-", 1)[0]
    if (head_last.lower(), tail_first.lower()) in evidence.compounds:
        return True
    joined = (head_word + tail_word).lower()
    hyphenated = f"{head_word}-{tail_word}".lower()
    n_joined, n_hyphenated = evidence.words.get(joined, 0), evidence.words.get(hyphenated, 0)
    if n_joined != n_hyphenated:
        return n_hyphenated > n_joined
    if not (head_last.isalpha() and head_last[1:].islower() and tail_first.islower()
            and "-" not in head_word + tail_word):
        return True
    if evidence.knows(joined):
        return False
    return evidence.knows(head_last) and evidence.knows(tail_first)


def clean_lines(raw: str, hyphens: HyphenEvidence = NO_HYPHEN_EVIDENCE) -> str:
    """Join a block's lines into one string, repairing words hyphenated at line ends.

    "rein-\\nforcement" becomes "reinforcement"; "HH-\\nRLHF", "red-team-\\nattempts" and the
    compounds of `hyphens` keep their hyphen (see `keep_line_end_hyphen`).
    """
    lines = raw.translate(LIGATURES).split("\n")
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out[-1] == "-" and len(out) > 1:
            head = out[:-1].rsplit(None, 1)[-1] if out[:-1].strip() else ""
            keep = keep_line_end_hyphen(head, line, hyphens)
            out = (out if keep else out[:-1]) + line
        else:
            out += " " + line
    if not out.isascii():
        out = unicodedata.normalize("NFC", out)
    return " ".join(out.split())


RawBlock = tuple[float, float, float, float, str]  # x0, y0, x1, y1, text with line breaks


def raw_page_blocks(page: pymupdf.Page) -> list[RawBlock]:
    """A page's text blocks as PyMuPDF gives them (no images), lines not yet joined."""
    return [(x0, y0, x1, y1, text)
            for x0, y0, x1, y1, text, _no, kind in page.get_text("blocks", flags=TEXT_FLAGS)
            if kind == 0]


def page_blocks(
    page: pymupdf.Page, page_number: int, hyphens: HyphenEvidence = NO_HYPHEN_EVIDENCE
) -> list[Block]:
    """A page's text blocks in reading order (two-column aware)."""
    return blocks_from_raw(raw_page_blocks(page), page_number, page.rect.width, hyphens)


def blocks_from_raw(
    raw_blocks: list[RawBlock], page_number: int, page_width: float,
    hyphens: HyphenEvidence = NO_HYPHEN_EVIDENCE,
) -> list[Block]:
    """Blocks with their lines joined and hyphens repaired, in reading order."""
    blocks = []
    for x0, y0, x1, y1, text in raw_blocks:
        cleaned = clean_lines(text, hyphens)
        if cleaned:
            blocks.append(Block(page_number, cleaned, x0, y0, x1, y1, text.count("\n") or 1))
    return order_blocks(blocks, page_width)


def order_blocks(blocks: list[Block], page_width: float) -> list[Block]:
    """Full-width blocks split the page into bands; in a band, the left column comes first."""
    mid = page_width / 2
    slack = page_width * 0.02

    def column(b: Block) -> int:
        if b.x1 <= mid + slack:
            return 0
        if b.x0 >= mid - slack:
            return 1
        return -1  # spans both columns

    ordered: list[Block] = []
    band: list[Block] = []

    def flush() -> None:
        band.sort(key=lambda b: (column(b), b.y0, b.x0))
        ordered.extend(band)
        band.clear()

    for b in sorted(blocks, key=lambda b: (b.y0, b.x0)):
        if column(b) == -1:
            flush()
            ordered.append(b)
        else:
            band.append(b)
    flush()
    return ordered


def heading_text(block: Block) -> str | None:
    """The block as a section heading ("4.1 Setup", "References"), or None."""
    text = block.text
    if block.n_lines > 3 or len(text) > 100 or text.count(",") > 1:
        return None
    bare = re.sub(r"^" + _HEADING_NUMBER + r"\s+", "", text).strip().rstrip(":")
    if bare.lower() in UNNUMBERED_HEADINGS:
        return text
    m = _NUMBERED_HEADING.match(text)
    if not m:
        return None
    words = m.group(2).split()
    if len(words) > 12 or text.endswith((".", ",", ";")) or not re.search(r"[A-Za-z]{3}", text):
        return None
    if sum(ch.isdigit() for ch in m.group(2)) > 4:
        return None
    return text


def running_furniture(blocks: list[Block], min_pages: int = 3, min_share: float = 1 / 3
                      ) -> set[str]:
    """Running headers and footers: texts (digits ignored) that are the first or last block of
    at least `min_pages` pages and a third of all pages ("Published as a conference paper at
    ICLR 2024", the short title); figure and table captions never count."""
    by_page: dict[int, list[Block]] = {}
    for b in blocks:
        by_page.setdefault(b.page, []).append(b)
    edge_pages: dict[str, set[int]] = {}
    for page, on_page in by_page.items():
        top = min(on_page, key=lambda b: b.y0)
        bottom = max(reversed(on_page), key=lambda b: b.y1)
        for b in {id(top): top, id(bottom): bottom}.values():
            if len(b.text) >= 8 and not _CAPTION.match(b.text):
                edge_pages.setdefault(_digits_as_hash(b.text), set()).add(page)
    needed = max(min_pages, min_share * len(by_page))
    return {text for text, pages in edge_pages.items() if len(pages) >= needed}


def _digits_as_hash(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def classify_blocks(blocks: list[Block]) -> None:
    """Mark headings, page furniture and the bibliography (up to the appendix) in place."""
    in_bib = False
    running = running_furniture(blocks)
    for b in blocks:
        if (_FURNITURE.match(b.text) or (b.x1 - b.x0 < 40 and b.y1 - b.y0 > 200)
                or (running and _digits_as_hash(b.text) in running)):
            b.kind = "furniture"  # page numbers, the rotated arXiv stamp, running headers
            continue
        heading = heading_text(b)
        if heading:
            bare = re.sub(r"^" + _HEADING_NUMBER + r"\s+", "", heading).strip().rstrip(":")
            if bare.lower() in BIB_HEADINGS:
                in_bib = True
                b.kind = "heading"
                continue
            if in_bib and not _APPENDIX_HEADING.match(heading) and not _is_numbered(heading):
                b.kind = "bib"
                continue
            in_bib = False
            b.kind = "heading"
            continue
        b.kind = "bib" if in_bib else "body"


def _is_numbered(heading: str) -> bool:
    return bool(re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?\s", heading))


# ---------------------------------------------------------------------------
# Superscript citations (only for papers that cite with them)
# ---------------------------------------------------------------------------
@dataclass
class SuperscriptCues:
    """What superscript matching needs: the target's number and each page's footnote numbers."""

    number: int
    footnotes: dict[int, frozenset[int]] = field(default_factory=dict)


def cites_with_superscripts(paras: list[Paragraph], max_brackets: int = 4) -> bool:
    """True when the body has (almost) no bracket citations: numbers are then superscripts."""
    n_brackets = 0
    for para in paras:
        for m in _NUMBER_LIST.finditer(para.text):
            if not _MATH_BEFORE.search(para.text, max(0, m.start() - 3), m.start()):
                n_brackets += 1
                if n_brackets > max_brackets:
                    return False
    return True


def superscript_candidate_pages(blocks: list[Block], number: int) -> list[int]:
    """Pages whose body text has digits that include `number` glued to a word ("work12") or
    starting a block (a raised number that PyMuPDF set apart from its sentence)."""
    pages = []
    for b in blocks:
        if b.kind != "body" or (pages and pages[-1] == b.page):
            continue
        starts = _BLOCK_START_DIGITS.match(b.text)
        if (starts and number in _expand_numbers(starts.group(1))) or any(
                number in _expand_numbers(m.group(1)) for m in _GLUED_DIGITS.finditer(b.text)):
            pages.append(b.page)
    return pages


def _bbox_key(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
    return round(x0), round(y0), round(x1), round(y1)


def _is_raised(span: dict[str, Any], main: dict[str, Any]) -> bool:
    """MuPDF's superscript flag, or a smaller span whose baseline sits above the line's."""
    if span["flags"] & pymupdf.TEXT_FONT_SUPERSCRIPT:
        return True
    rise = main["origin"][1] - span["origin"][1]
    return span["size"] <= 0.85 * main["size"] and rise >= 0.15 * main["size"]


def raised_number_owner(
    x0: float, baseline: float, size: float, lines: Sequence[tuple[float, float, float]]
) -> int | None:
    """Which line a raised number belongs to, when PyMuPDF put it on a line of its own (or at
    the start of the next piece of its row): the line (x1, baseline, size) on the same row
    that ends where the number starts, set in larger type on a baseline below the number's.
    None when no line qualifies (a footnote or affiliation number at a line start)."""
    for k, (line_x1, line_baseline, line_size) in enumerate(lines):
        rise = line_baseline - baseline
        if (size <= 0.85 * line_size and 0.15 * line_size <= rise <= 0.9 * line_size
                and -1.0 <= x0 - line_x1 <= 0.3 * line_size):
            return k
    return None


@dataclass
class _SpanLine:
    """A line of a `dict`-mode page: its spans, and the raised number run that starts it."""

    block: int
    spans: list[dict[str, Any]]
    main: dict[str, Any]
    n_lead: int = 0  # spans of the leading number run
    owner: int | None = None  # line whose row this one continues (its number moves there)
    tail: str = ""  # text moved here from lines that continue this row


@dataclass
class BlockRewrite:
    """A block's text with raised digits as Unicode superscripts, the numbers of raised digits
    that start one of its lines (footnote texts, affiliations) and its new top edge."""

    text: str
    line_starts: set[int]
    top: float | None


def _leading_number_spans(spans: list[dict[str, Any]]) -> int:
    n = 0
    while n < len(spans) and (not spans[n]["text"].strip()
                              or _FONT_SUPERSCRIPT_TEXT.match(spans[n]["text"])):
        n += 1
    while n and not spans[n - 1]["text"].strip():
        n -= 1
    return n if any(sp["text"].strip() for sp in spans[:n]) else 0


def superscript_block_texts(page: pymupdf.Page) -> dict[tuple, BlockRewrite]:
    """Per block (by rounded bbox) of a page read in `dict` mode (spans with sizes and flags),
    its text with raised digits as Unicode superscripts; called only on candidate pages.

    A raised number that PyMuPDF set on a line of its own, or at the start of the next piece
    of its row, is moved to the end of the line it follows (`raised_number_owner`).
    """
    blocks = [b for b in page.get_text("dict", flags=TEXT_FLAGS)["blocks"]
              if b.get("type", 0) == 0]
    lines: list[_SpanLine] = []
    for k, block in enumerate(blocks):
        for line in block["lines"]:
            spans = [sp for sp in line["spans"] if sp["text"]]
            if spans:
                main = max(spans, key=lambda sp: (sp["size"], len(sp["text"].strip())))
                lines.append(_SpanLine(k, spans, main, _leading_number_spans(spans)))
    rows = [(ln.spans[-1]["bbox"][2], ln.main["origin"][1], ln.main["size"]) for ln in lines]
    first_line = {ln.block: i for i, ln in reversed(list(enumerate(lines)))}
    last_line = {ln.block: i for i, ln in enumerate(lines)}
    merge_into: dict[int, int] = {}  # block -> block it continues on the same row
    for i, ln in enumerate(lines):
        lead = [sp for sp in ln.spans[:ln.n_lead] if sp["text"].strip()]
        if lead and (ln.n_lead == len(ln.spans) or _is_raised(lead[0], ln.main)):
            owner = raised_number_owner(lead[0]["bbox"][0], lead[0]["origin"][1],
                                        lead[0]["size"], rows)
            if owner is None or owner == i:
                continue
            ln.owner = owner  # the rest of this line carries on the owner's row
            lines[owner].tail += _as_superscript("".join(sp["text"] for sp in lead)) + \
                _line_with_superscripts(ln.spans[ln.n_lead:], ln.main, set())
            after = lines[i + 1] if i + 1 < len(lines) else None
            if (ln.n_lead == len(ln.spans) and after is not None and after.block == ln.block
                    and after.owner is None and _same_row(after, lead[-1], lines[owner])):
                after.owner = owner  # ".", " before release." set apart after the number
                lines[owner].tail += _line_with_superscripts(after.spans, after.main, set())
            target = lines[owner].block
            if (first_line[ln.block] == i and last_line[target] == owner
                    and target != ln.block and _root(merge_into, target) != ln.block):
                merge_into[ln.block] = target  # one row cut into two blocks: rejoin them
    members: dict[int, list[int]] = {}
    for k in sorted(range(len(blocks)), key=lambda k: _depth(merge_into, k)):
        members.setdefault(_root(merge_into, k), []).append(k)
    rewrites: dict[tuple, BlockRewrite] = {}
    for k, block in enumerate(blocks):
        texts: list[str] = []
        line_starts: set[int] = set()
        tops: list[float] = []
        for ln in (ln for m in members.get(k, []) for ln in lines if ln.block == m):
            if ln.owner is not None:
                continue
            texts.append(_line_with_superscripts(ln.spans, ln.main, line_starts) + ln.tail)
            tops.append(min(sp["bbox"][1] for sp in ln.spans))
        rewrites[_bbox_key(*block["bbox"])] = BlockRewrite(
            "\n".join(texts), line_starts, min(tops) if tops else None)
    return rewrites


def _same_row(line: _SpanLine, number: dict[str, Any], owner: _SpanLine) -> bool:
    """Whether `line` starts right after the raised `number` on `owner`'s baseline."""
    size = owner.main["size"]
    return (abs(line.main["origin"][1] - owner.main["origin"][1]) <= 0.15 * size
            and -1.0 <= line.spans[0]["bbox"][0] - number["bbox"][2] <= 0.5 * size)


def _root(merge_into: dict[int, int], k: int) -> int:
    while k in merge_into:
        k = merge_into[k]
    return k


def _depth(merge_into: dict[int, int], k: int) -> int:
    n = 0
    while k in merge_into:
        k, n = merge_into[k], n + 1
    return n


def _as_superscript(digits: str) -> str:
    return re.sub(r"\s+", "", digits).translate(_TO_SUPERSCRIPT)


def _line_with_superscripts(spans: list[dict[str, Any]], main: dict[str, Any],
                            line_starts: set[int]) -> str:
    """The line's text with raised digit spans as superscripts; raised digits before any
    other text are added to `line_starts`."""
    parts: list[str] = []
    for span in spans:
        text = span["text"]
        if span is not main and _FONT_SUPERSCRIPT_TEXT.match(text) and _is_raised(span, main):
            if not "".join(parts).strip():
                line_starts |= _expand_numbers(re.sub(r"\s+", "", text))
            text = _as_superscript(text)
        parts.append(text)
    return "".join(parts)


def mark_superscripts(
    page: pymupdf.Page, page_blocks_list: list[Block],
    hyphens: HyphenEvidence = NO_HYPHEN_EVIDENCE,
) -> set[int]:
    """Rewrite the page's blocks with raised digits as Unicode superscripts (in place; a block
    left without text gets an empty text); returns the page's footnote numbers (raised digits
    starting a line of prose outside the bibliography).
    """
    rewrites = superscript_block_texts(page)
    footnotes: set[int] = set()
    for b in page_blocks_list:
        found = rewrites.get(_bbox_key(b.x0, b.y0, b.x1, b.y1))
        if found is None or b.kind == "bib":
            continue
        text = clean_lines(found.text, hyphens)
        if not _mostly_capitalised(text):  # affiliations ("¹Department of ...") are not notes
            footnotes |= found.line_starts
        b.text = text
        if found.top is not None:
            b.y0 = found.top
    return footnotes


def _leading_superscript_numbers(text: str) -> set[int]:
    m = _SUPERSCRIPT_RUN.match(text)
    return _expand_numbers(m.group(0).translate(_FROM_SUPERSCRIPT)) if m else set()


def unicode_footnotes(blocks: list[Block]) -> dict[int, set[int]]:
    """Per page, the superscript numbers that start a block of prose (footnote texts)."""
    footnotes: dict[int, set[int]] = {}
    for b in blocks:
        if (b.kind != "bib" and (numbers := _leading_superscript_numbers(b.text))
                and not _mostly_capitalised(b.text)):
            footnotes.setdefault(b.page, set()).update(numbers)
    return footnotes


# ---------------------------------------------------------------------------
# The target in the bibliography
# ---------------------------------------------------------------------------
_NOT_ALNUM = re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    """Lower-cased letters and digits only: survives line breaks, hyphens and spacing."""
    return _NOT_ALNUM.sub("", text.lower())


def _find_normalized(text: str, needle: str) -> tuple[int, int] | None:
    """Start and end in `text` of `needle` (already `_normal`) compared on letters and digits."""
    lines = text.split("\n")
    normal_lines = [_normal(line) for line in lines]
    joined = "".join(normal_lines)
    at = joined.find(needle)
    if at < 0:
        return None

    def position(k: int) -> int:
        offset = 0  # offset of the current line in `text`
        for line, normal in zip(lines, normal_lines, strict=True):
            if k < len(normal):
                seen = -1
                for i, ch in enumerate(line):
                    if ch.isalnum() and ch != "_":
                        seen += 1
                        if seen == k:
                            return offset + i
            k -= len(normal)
            offset += len(line) + 1
        return len(text)

    return position(at), position(at + len(needle) - 1) + 1


def find_target_entry(bib_text: str, target: TargetRef) -> tuple[int, int] | None:
    """Start and end in `bib_text` of the target's title (or arXiv id / DOI) mention."""
    title = _normal(target.title)
    for needle in (title, title[:45] if len(title) > 45 else ""):
        if len(needle) >= 15 and (found := _find_normalized(bib_text, needle)):
            return found
    for ident in (target.arxiv_id, target.doi):
        if ident:
            at = bib_text.lower().find(ident.lower())
            if at >= 0:
                return at, at + len(ident)
    return None


def _entry_start_author_year(bib_text: str, before: int, surname: str | None) -> int:
    """Where the entry holding position `before` begins in an author-year bibliography."""
    if surname:
        starts = [
            m.start()
            for m in re.finditer(
                rf"(?m)^(?:\[[^\]\n]+\]\s*)?(?:[A-Z][\w.'\-]*\s+){{0,3}}{re.escape(surname)}\b",
                bib_text[:before],
            )
        ]
        if starts:
            return starts[-1]
    line_start = bib_text.rfind("\n", 0, before)
    return line_start + 1


_AUTHOR_LINE_START = re.compile(
    r"(?m)^(?:\[[^\]\n]+\]|[A-Z][\w'\-]+,\s+[A-Z]\.|(?:[A-Z][\w.'\-]*\s+){1,3}[A-Z][\w'\-]+,)"
)


def derive_marker(bib_text: str, target: TargetRef) -> Marker | None:
    """The in-text marker of the target, from its bibliography entry; None if not cited."""
    found = find_target_entry(bib_text, target)
    if not found:
        return None
    start, end = found
    labels = list(_NUMERIC_LABEL.finditer(bib_text, max(0, start - 1500), start))
    n_numeric_entries = len(re.findall(r"(?m)^\s*\[\d{1,4}\]", bib_text))
    if labels and n_numeric_entries >= 3:
        label = labels[-1]
        next_label = _NUMERIC_LABEL.search(bib_text, end)
        entry = bib_text[label.start(): next_label.start() if next_label else end + 300]
        return Marker("numeric", label.group(1), number=int(label.group(1)),
                      bib_entry=_squash(entry))
    listed = _listed_entry(bib_text, start)
    if listed is not None:
        number, entry_start, entry_end = listed
        return Marker("numeric", str(number), number=number,
                      bib_entry=_squash(bib_text[entry_start:entry_end]))
    entry_start = _entry_start_author_year(bib_text, start, target.first_author_surname)
    nxt = _AUTHOR_LINE_START.search(bib_text, end)
    entry_end = min(nxt.start() if nxt else len(bib_text), end + 400)
    entry = bib_text[entry_start:entry_end]
    label = _LABEL_AT_START.match(entry)
    surname = target.first_author_surname or _first_surname(entry)
    years_before = list(_YEAR.finditer(bib_text, max(entry_start, start - 14), start))
    year_match = years_before[-1] if years_before else _YEAR.search(bib_text, end, entry_end)
    if year_match is None:
        year_match = _YEAR.search(bib_text, entry_start, start)
    if label and _YEAR.search(label.group(1)) and not label.group(1).isdigit():
        year_match = _YEAR.search(label.group(1))
    if not surname or year_match is None:
        return None
    year, suffix = year_match.group(1), year_match.group(2)
    many = target.n_authors is None or target.n_authors > 2
    label_text = f"{surname}{' et al.' if many else ''}, {year}{suffix}"
    return Marker("author-year", label_text, surname=surname, year=year, suffix=suffix,
                  bib_entry=_squash(entry))


# "12. Bai, Y. ..." or "12 Bai, Y." at a line start or after the end of the previous entry.
_LISTED_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=[.)]\s))(\d{1,4})[.)]?\s+(?=[A-Z\u00c0-\u024f])")


def _listed_entry(bib_text: str, position: int) -> tuple[int, int, int] | None:
    """(number, start, end) of the entry holding `position` in a list numbered 1., 2., 3., ...

    Labels count only as a run of consecutive numbers that starts at a line start, so
    volumes and page numbers inside entries are not taken for labels.
    """
    by_number: dict[int, list[int]] = {}
    for m in _LISTED_LABEL.finditer(bib_text):
        by_number.setdefault(int(m.group(1)), []).append(m.start())
    chain: list[tuple[int, int]] = []  # (number, start)
    for m in re.finditer(r"(?m)^(\d{1,4})", bib_text):
        chain = _label_chain(by_number, int(m.group(1)), m.start())
        if len(chain) >= 3:
            break
    if len(chain) < 3:
        return None
    before = [(n, a) for n, a in chain if a <= position]
    if not before:
        return None
    number, entry_start = before[-1]
    after = [a for _n, a in chain if a > position]
    return number, entry_start, after[0] if after else min(len(bib_text), position + 400)


def _label_chain(by_number: dict[int, list[int]], number: int, at: int) -> list[tuple[int, int]]:
    chain = []
    while starts := [a for a in by_number.get(number, []) if a >= at]:
        at = starts[0]
        chain.append((number, at))
        number += 1
    return chain


def _first_surname(entry: str) -> str | None:
    entry = _LABEL_AT_START.sub("", entry).strip()
    m = re.match(r"([A-Z][\w'\-]+),", entry) or re.match(
        r"(?:[A-Z][\w.'\-]*\s+){1,3}([A-Z][\w'\-]+),", entry)
    return m.group(1) if m else None


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------
# Markers and aliases in running text
# ---------------------------------------------------------------------------
def marker_pattern(marker: Marker) -> re.Pattern[str]:
    """A regex finding candidate in-text citations of the marker's kind."""
    if marker.style == "numeric":
        return _NUMBER_LIST
    surname = re.escape(marker.surname or "")
    year_item = r"(?:19|20)\d\d[a-z]?(?:\s*[,;]\s*[a-z](?![\w]))*"
    return re.compile(
        rf"\b{surname}(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'\-]+)?\s*,?\s*[(\[]?\s*"
        rf"({year_item}(?:\s*[,;]\s*{year_item})*)"
    )


def marker_matches(marker: Marker, text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each in-text citation in `text` that resolves to the target."""
    found = []
    for m in marker_pattern(marker).finditer(text):
        if marker.style == "numeric":
            if _MATH_BEFORE.search(text, max(0, m.start() - 3), m.start()):
                continue  # "x ∈ [0, 1]", "a = [1, 2]": an interval or a vector
            if marker.number in _expand_numbers(m.group(1)):
                found.append((m.start(), m.end(), m.group(0)))
        elif (marker.year, marker.suffix) in _expand_years(m.group(1)):
            found.append((m.start(), m.end(), m.group(0)))
    return found


def superscript_matches(
    number: int, text: str, footnotes: frozenset[int] = frozenset()
) -> list[tuple[int, int, str]]:
    """(start, end, text) of each superscript citation ("work¹²", "data³,⁴", "RLHF¹⁻³") of `number`.

    Not citations: exponents (a sign, or a digit, single letter, unit or math symbol before
    or an operator after: "10⁻³", "x²", "5 km²", "(a+b)²"), superscripts that start a line
    or follow a space (footnote texts, affiliation lines) and single numbers in `footnotes`
    (footnote markers whose footnote text is on the page).
    """
    found = []
    for m in _SUPERSCRIPT_RUN.finditer(text):
        run = m.group(0)
        if run[0] in "\u207a\u207b" or _is_exponent(text, m.start(), m.end()):
            continue
        numbers = _expand_numbers(run.translate(_FROM_SUPERSCRIPT).replace(" ", ""))
        if len(numbers) == 1 and numbers <= footnotes:
            continue
        if number in numbers:
            found.append((m.start(), m.end(), run))
    return found


def _is_exponent(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    if not before or before[-1].isspace() or before[-1].isdigit() or before[-1] in _MATH_SYMBOLS:
        return True
    after = text[end:end + 3].lstrip()
    if after[:1] and (after[0] in _MATH_SYMBOLS or after[0].isalnum() and text[end:end + 1] != " "):
        return True
    word = re.search(r"(?<![A-Za-z])([A-Za-z]+)$", before)
    if word and (len(word.group(1)) == 1 or (
            len(word.group(1)) <= 3 and re.search(r"\d\s?$", before[:word.start()]))):
        return True  # "x²", "n²", "5 km²"
    if before[-1] == ")":
        inside = before[before.rfind("(") + 1:]
        return any(ch in _MATH_SYMBOLS for ch in inside.replace("-", ""))
    return False


def _expand_numbers(listing: str) -> set[int]:
    numbers: set[int] = set()
    for part in re.split(r"[,;]", listing):
        bounds = [int(x) for x in re.split(r"[-\u2013\u2014]", part) if x.strip().isdigit()]
        if len(bounds) == 1:
            numbers.add(bounds[0])
        elif len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= 200:
            numbers.update(range(bounds[0], bounds[1] + 1))
    return numbers


def _expand_years(listing: str) -> set[tuple[str, str]]:
    """ "2022a,b; 2023" -> {("2022","a"), ("2022","b"), ("2023","")}."""
    pairs: set[tuple[str, str]] = set()
    year = ""
    for token in re.findall(r"(?:19|20)\d\d[a-z]?|\b[a-z]\b", listing):
        if token[0].isdigit():
            year = token[:4]
            pairs.add((year, token[4:]))
        elif year:
            pairs.add((year, token))
    return pairs


def alias_compounds(aliases: Iterable[str]) -> frozenset[tuple[str, str]]:
    """(head, tail) word pairs joined by a hyphen in an alias: ("helpful", "base"), ..."""
    pairs = set()
    for alias in aliases:
        for m in re.finditer(r"([A-Za-z]+)-([A-Za-z]+)", alias):
            pairs.add((m.group(1).lower(), m.group(2).lower()))
    return frozenset(pairs)


def alias_scan_pattern(aliases: Iterable[str]) -> re.Pattern[str] | None:
    """A cheap prefilter for any alias, run on lower-cased text (spaCy confirms on tokens)."""
    parts = sorted({re.escape(a.lower()) for a in aliases if a.strip()}, key=len, reverse=True)
    return re.compile("|".join(parts)) if parts else None


# ---------------------------------------------------------------------------
# spaCy
# ---------------------------------------------------------------------------
TRAINED_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_sci_sm")


def installed_model() -> str | None:
    """A trained English spaCy pipeline the user has installed, if any."""
    import spacy.util

    return next((name for name in TRAINED_PIPELINES if spacy.util.is_package(name)), None)


class SentenceMatcher:
    """spaCy sentence splitting and alias matching.

    Uses the named pipeline, else an installed trained English one, else blank English
    with the rule-based sentencizer (works offline, nothing to download).
    """

    def __init__(self, aliases: Sequence[str], model: str | None = None):
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.symbols import ORTH

        model = model or installed_model()
        if model:
            self.nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        else:
            self.nlp = spacy.blank("en")
            self.nlp.add_pipe("sentencizer")
        for abbreviation in ABBREVIATIONS:
            self.nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher.add("ALIAS", [self.nlp.make_doc(a) for a in aliases if a.strip()])
        self.scan = alias_scan_pattern(aliases)
        self.compounds = alias_compounds(aliases)

    def sentences(self, text: str) -> tuple[Any, list[tuple[int, int]]]:
        """The doc and its sentences as character spans; a lower-case start joins the previous."""
        doc = self.nlp(text)
        spans: list[tuple[int, int]] = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            first = text[start:end].lstrip()[:1]
            if spans and first and (first.islower() or first in ",;)]"):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return doc, _split_after_footnotes(text, spans)

    def alias_spans(self, doc: Any) -> list[tuple[int, int, str]]:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            spans.append((span.start_char, span.end_char, span.text))
        return spans


def _split_after_footnotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "... (Bai et al., 2022b).13 These models ..." after the footnote number."""
    out = []
    for start, end in spans:
        for m in _FOOTNOTE_AFTER_STOP.finditer(text, start, end):
            out.append((start, m.end(1)))
            start = m.end(1)
        out.append((start, end))
    return out


# ---------------------------------------------------------------------------
# Paragraphs and passages
# ---------------------------------------------------------------------------
@dataclass
class Paragraph:
    text: str
    section: str | None
    page_starts: list[tuple[int, int]]  # (offset in text, page number)
    aside: bool = False  # a caption, footnote or figure text inside an unfinished sentence

    def page_at(self, offset: int) -> int:
        page = self.page_starts[0][1]
        for start, number in self.page_starts:
            if start <= offset:
                page = number
        return page


_FOOTNOTE_TEXT = re.compile(
    rf"^(?:\d{{1,2}}(?=[a-z]|[A-Z][a-z]|https?:|www\.)|\d{{1,2}}\s+(?=[A-Z][a-z])|{_SUP_DIGIT}+"
    r"|[*\u2217\u2020\u2021\u00a7\u00b6])")


def looks_like_prose(text: str) -> bool:
    """At least four words, two in five starting in lower case, and most tokens have letters
    (figure labels, axis ticks and table cells fail)."""
    words = re.findall(r"[A-Za-z]+", text)
    tokens = text.split()
    return (len(words) >= 4 and sum(w[0].islower() for w in words) >= 0.4 * len(words)
            and sum(any(ch.isalpha() for ch in t) for t in tokens) >= 0.5 * len(tokens))


def can_interrupt_sentence(text: str) -> bool:
    """A block that can sit inside a sentence cut by a column or page end without being part
    of it: a figure or table caption, a footnote, or text that is not prose (figure labels,
    table cells)."""
    return bool(_CAPTION.match(text) or _FOOTNOTE_TEXT.match(text)) or not looks_like_prose(text)


def continues_sentence(open_text: str, text: str, adjacent: bool) -> bool:
    """Whether block `text` carries on the sentence that `open_text` leaves unfinished.

    A lower-case (or `, ; ) ]`) start continues it; so does a capital after a prose-sized
    paragraph (cut at a column or page end) when the block is prose and not a caption, or
    directly follows and ends a sentence ("HH-RLHF [1]."). When other blocks were set aside
    in between (`adjacent` false), a lower-case block needs three words or a sentence end
    ("dialogues." ends one).
    """
    first = text[:1]
    if first.islower() or (first and first in ",;)]"):
        return adjacent or len(text.split()) >= 3 or bool(_SENTENCE_END.search(text))
    if first.isalpha() and len(open_text) >= 200 and not _CAPTION.match(text):
        return looks_like_prose(text) or (adjacent and bool(_SENTENCE_END.search(text)))
    return False


def paragraphs(blocks: list[Block]) -> list[Paragraph]:
    """Body blocks joined where a sentence runs on into a later block (column, page).

    A paragraph that does not end a sentence stays open: the next body block continues it if
    `continues_sentence` says so. Captions, footnotes and figure or table text in between
    (`can_interrupt_sentence`) become paragraphs of their own (`aside`) and leave a prose
    paragraph open, up to the next page; a heading or any other block closes it.
    """
    out: list[Paragraph] = []
    section: str | None = None
    unfinished: Paragraph | None = None  # ends mid-sentence
    set_aside = False  # blocks were set aside since `unfinished` was last extended
    for b in blocks:
        if b.kind == "heading":
            section, unfinished = b.text, None
            continue
        if b.kind != "body":
            continue
        if unfinished is not None and b.page > unfinished.page_starts[-1][1] + 1:
            unfinished = None
        if unfinished is not None and continues_sentence(unfinished.text, b.text,
                                                         adjacent=not set_aside):
            unfinished.page_starts.append((len(unfinished.text) + 1, b.page))
            unfinished.text += " " + b.text
            set_aside = False
            if _SENTENCE_END.search(b.text):
                unfinished = None
            continue
        para = Paragraph(b.text, section, [(0, b.page)])
        out.append(para)
        if (unfinished is not None and not can_interrupt_sentence(unfinished.text)
                and can_interrupt_sentence(b.text)):
            para.aside = set_aside = True
            continue
        unfinished = None if _SENTENCE_END.search(b.text) else para
        set_aside = False
    return out


def passage_id(paper_id: str, source: str, page: int | None, sentence: str, n: int) -> str:
    """A stable id: the same sentence on the same page keeps its id across reruns."""
    key = "\x1f".join([paper_id, source, str(page), _squash(sentence), str(n)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def find_passages(
    paper_id: str,
    paras: list[Paragraph],
    matcher: SentenceMatcher,
    marker: Marker | None,
    exclude: Callable[[str], bool] = lambda _s: False,
    superscripts: SuperscriptCues | None = None,
) -> tuple[list[Passage], int]:
    """Passages from the candidate paragraphs; returns them and how many paragraphs ran spaCy.

    With `superscripts`, superscript numbers that include the target's number are markers too.
    """
    marker_re = marker_pattern(marker) if marker else None
    passages: list[Passage] = []
    seen: dict[tuple[int, str], int] = {}
    sentence_cache: dict[int, list[str]] = {}
    n_candidates = 0

    def sentence_texts(i: int) -> list[str]:
        if i not in sentence_cache:
            _, spans = matcher.sentences(paras[i].text)
            sentence_cache[i] = [paras[i].text[a:b].strip() for a, b in spans]
        return sentence_cache[i]

    for i, para in enumerate(paras):
        has_alias = bool(matcher.scan and matcher.scan.search(para.text.lower()))
        has_marker = bool(marker and marker_re.search(para.text) and marker_matches(
            marker, para.text))
        raised = _superscript_hits(para, superscripts) if superscripts else []
        if not (has_alias or has_marker or raised):
            continue
        hits: list[tuple[int, int, str, str]] = []
        doc, spans = matcher.sentences(para.text)
        n_candidates += 1
        if has_alias:
            hits += [(a, b, t, "alias") for a, b, t in matcher.alias_spans(doc)]
        if has_marker and marker:
            hits += [(a, b, t, "marker") for a, b, t in marker_matches(marker, para.text)]
        hits += [(a, b, t, "marker") for a, b, t in raised]
        if not hits:
            continue
        sentence_cache[i] = [para.text[a:b].strip() for a, b in spans]
        by_sentence: dict[int, list[tuple[str, str]]] = {}
        for start, _end, text, kind in sorted(hits):
            k = next((k for k, (a, b) in enumerate(spans) if a <= start < b), None)
            if k is not None:
                by_sentence.setdefault(k, []).append((text, kind))
        for k, matched in sorted(by_sentence.items()):
            sentence = sentence_cache[i][k]
            if exclude(sentence):
                continue
            before = sentence_cache[i][k - 1] if k > 0 else _last(
                sentence_texts(j) if (j := _neighbour(paras, i, -1)) is not None else [])
            after = sentence_cache[i][k + 1] if k + 1 < len(spans) else _first(
                sentence_texts(j) if (j := _neighbour(paras, i, 1)) is not None else [])
            page = para.page_at(spans[k][0])
            n = seen.get((page, sentence), 0)
            seen[(page, sentence)] = n + 1
            kinds = [kind for _, kind in matched]
            labels = list(dict.fromkeys(text for text, _ in matched))
            passages.append(Passage(
                passage_id=passage_id(paper_id, "pdf", page, sentence, n),
                page=page, section=para.section, sentence=sentence, context_before=before,
                context_after=after, matched=" | ".join(labels),
                match_kind="alias" if "alias" in kinds else "marker",
            ))
    return passages, n_candidates


def _neighbour(paras: list[Paragraph], i: int, step: int) -> int | None:
    """The paragraph before (step -1) or after (+1) paragraph i in the same section, skipping
    those set aside inside a sentence (their text does not run with the prose)."""
    j = i + step
    while 0 <= j < len(paras) and paras[j].aside:
        j += step
    return j if 0 <= j < len(paras) and paras[j].section == paras[i].section else None


def _superscript_hits(para: Paragraph, cues: SuperscriptCues) -> list[tuple[int, int, str]]:
    if not _SUPERSCRIPT_RUN.search(para.text):
        return []
    if para.section is None and para.page_starts[0][1] == 1 and _mostly_capitalised(para.text):
        return []  # the author list and affiliations under the title
    footnotes = frozenset().union(*(cues.footnotes.get(n, ()) for _at, n in para.page_starts))
    return superscript_matches(cues.number, para.text, footnotes)


def _mostly_capitalised(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", text)
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.5 * len(words)


def _last(items: list[str]) -> str:
    return items[-1] if items else ""


def _first(items: list[str]) -> str:
    return items[0] if items else ""


# ---------------------------------------------------------------------------
# One PDF
# ---------------------------------------------------------------------------
def open_pdf(path: Path) -> tuple[pymupdf.Document | None, str, str | None]:
    """(document, state, reason): state 'ok', 'corrupt' or 'encrypted'."""
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise_if_out_of_memory(exc)
        return None, "corrupt", f"PyMuPDF cannot open it ({exc})"
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        return None, "encrypted", "the PDF is password-protected"
    if doc.page_count == 0:
        doc.close()
        return None, "corrupt", "the PDF has no pages"
    return doc, "ok", None


def extract_pdf(
    path: Path,
    paper_id: str,
    target: TargetRef | None,
    matcher: SentenceMatcher,
    *,
    max_pages: int = 1000,
) -> Extraction:
    """Read one PDF into page texts and usage passages; failures come back as a state."""
    doc, state, reason = open_pdf(path)
    if doc is None:
        return Extraction(state, reason)
    title = ((doc.metadata or {}).get("title") or "").strip()
    try:
        return _extract_open_pdf(doc, path, paper_id, target, matcher, title, max_pages)
    finally:
        doc.close()


def _extract_open_pdf(
    doc: pymupdf.Document, path: Path, paper_id: str, target: TargetRef | None,
    matcher: SentenceMatcher, title: str, max_pages: int,
) -> Extraction:
    if doc.page_count > max_pages:
        return Extraction("too-large", f"{doc.page_count} pages (limit {max_pages})")
    raw_pages: list[list[RawBlock]] = []
    widths: list[float] = []
    bad_pages = []
    for number, page in enumerate(doc, start=1):
        widths.append(page.rect.width)
        try:
            raw_pages.append(raw_page_blocks(page))
        except (RuntimeError, ValueError) as exc:  # one damaged page: keep the rest
            raise_if_out_of_memory(exc)
            log.warning("%s page %d: %s", path.name, number, exc)
            bad_pages.append(number)
            raw_pages.append([])
    hyphens = hyphen_evidence((raw[4] for page in raw_pages for raw in page),
                              matcher.compounds)
    blocks: list[Block] = []
    page_texts: list[str] = []
    for number, (raw, width) in enumerate(zip(raw_pages, widths, strict=True), start=1):
        page_block_list = blocks_from_raw(raw, number, width, hyphens)
        blocks.extend(page_block_list)
        page_texts.append("\n\n".join(b.text for b in page_block_list))
    n_chars = sum(len(t) for t in page_texts)
    if n_chars < MIN_TEXT_CHARS_PER_PAGE * len(page_texts):
        return Extraction("no-text", f"{n_chars} characters of text in {len(page_texts)} pages: "
                          "a scan without a text layer (OCR it, then use --pdf-dir)",
                          pages=page_texts)
    classify_blocks(blocks)
    bib_text = "\n".join(b.text for b in blocks if b.kind == "bib")
    marker = derive_marker(bib_text, target) if target and bib_text else None
    title_norm = _normal(target.title) if target else ""

    def is_bib_like(sentence: str) -> bool:
        return len(title_norm) >= 15 and title_norm in _normal(sentence)

    paras = paragraphs(blocks)
    cues = None
    if marker and marker.number is not None and cites_with_superscripts(paras):
        cues = superscript_cues(doc, blocks, marker.number, page_texts, hyphens)
        paras = paragraphs(blocks)
    passages, n_candidates = find_passages(paper_id, paras, matcher, marker, is_bib_like,
                                           superscripts=cues)
    result = Extraction("ok", None, page_texts, passages, marker, n_candidates, title)
    if bad_pages:
        result.reason = f"pages without text (damaged): {', '.join(map(str, bad_pages))}"
    return result


def superscript_cues(
    doc: pymupdf.Document, blocks: list[Block], number: int, page_texts: list[str],
    hyphens: HyphenEvidence = NO_HYPHEN_EVIDENCE,
) -> SuperscriptCues:
    """Reread the candidate pages with fonts, writing raised digits as Unicode superscripts
    (blocks and `page_texts` updated in place), and collect each page's footnote numbers."""
    footnotes = {page: set(numbers) for page, numbers in unicode_footnotes(blocks).items()}
    for page_number in superscript_candidate_pages(blocks, number):
        at = [i for i, b in enumerate(blocks) if b.page == page_number]
        on_page = blocks[at[0]:at[-1] + 1]
        page = doc[page_number - 1]
        try:
            found = mark_superscripts(page, on_page, hyphens)
        except (RuntimeError, ValueError) as exc:
            raise_if_out_of_memory(exc)
            log.warning("page %d: no font information (%s)", page_number, exc)
            continue
        # moved numbers change blocks' text and top edge: drop emptied ones, reorder the page
        on_page = order_blocks([b for b in on_page if b.text], page.rect.width)
        blocks[at[0]:at[-1] + 1] = on_page
        footnotes.setdefault(page_number, set()).update(found)
        footnotes[page_number] |= unicode_footnotes(on_page).get(page_number, set())
        page_texts[page_number - 1] = "\n\n".join(b.text for b in on_page)
    return SuperscriptCues(number, {k: frozenset(v) for k, v in footnotes.items()})


# ---------------------------------------------------------------------------
# One PDF under the memory and time limits (in a worker process, see pdf_limits)
# ---------------------------------------------------------------------------
_reader_matcher: SentenceMatcher | None = None  # the worker process's own, loaded once


def _set_up_reader(aliases: tuple[str, ...], model: str | None) -> None:
    global _reader_matcher
    _reader_matcher = SentenceMatcher(aliases, model)


def _extract_in_worker(path: Path, paper_id: str, target: TargetRef | None,
                       check: bool) -> Extraction:
    if check:  # a file from a folder: the same checks as `citeaudit pdfs` first
        from citeaudit.pdfs import validate_pdf

        checked = validate_pdf(path)
        if checked.state != "ok":
            return Extraction(checked.state, checked.reason)
    return extract_pdf(path, paper_id, target, _reader_matcher)


def extraction_worker(config: Any) -> PdfWorker:
    """A worker process that reads PDFs with the config's aliases and spaCy model, under
    its `pdf_memory_limit_mb` and `pdf_time_limit_s`."""
    return PdfWorker(PdfLimits.from_config(config), _set_up_reader,
                     (tuple(config.aliases), config.spacy_model))


def extract_pdf_limited(worker: PdfWorker, path: Path, paper_id: str,
                        target: TargetRef | None, *, check: bool = False) -> Extraction:
    """`extract_pdf` in the worker; a PDF over a limit comes back as state 'too-complex'.
    `check`: validate the file first (magic bytes, readable, not encrypted, size)."""
    try:
        return worker.call(_extract_in_worker, path, paper_id, target, check)
    except TooComplex as exc:
        return Extraction(TOO_COMPLEX, str(exc))


# ---------------------------------------------------------------------------
# The extract stage
# ---------------------------------------------------------------------------
EXTRACTOR_VERSION = 3  # bump when extraction changes, so `extract` redoes stored papers


def _offset(value: Any, default: int, text: str) -> int:
    """A character offset from S2 annotations, clamped to the text (bad values: default)."""
    if not isinstance(value, int) or isinstance(value, bool):
        value = default
    return max(0, min(value, len(text)))


@dataclass
class SnippetSummary:
    n_papers: int = 0
    n_fetched: int = 0
    n_already: int = 0
    n_passages: int = 0


@dataclass
class ExtractSummary:
    """What `citeaudit extract` did."""

    n_papers: int = 0
    n_extracted: int = 0
    n_unchanged: int = 0
    n_without_pdf: int = 0
    n_pages: int = 0
    n_passages: int = 0
    n_s2_contexts: int = 0
    n_s2_duplicates: int = 0
    states: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (paper, state, why)
    target_found: bool = False
    snippets: SnippetSummary | None = None


def target_ref(store: Any, config: Any) -> TargetRef | None:
    pid = stored_target_id(store, config)
    row = store.literature.get_paper(pid) if pid else None
    return TargetRef.from_paper_row(row) if row is not None else None


@claimed("extract", "`citeaudit extract`")
def run_extract(
    store: Any,
    config: Any,
    *,
    paper_ids: list[str] | None = None,
    force: bool = False,
    on_paper: Callable[[str, str], None] | None = None,
) -> ExtractSummary:
    """Extract pages and passages from every downloaded PDF of the selected papers.

    Papers whose stored extraction came from the same file and extractor version are
    skipped unless `force` (a `too-complex` one also when the limit it hit was raised);
    each paper is stored in its own transaction. S2 citation contexts are stored as
    `s2-context` passages linked to the PDF passage they repeat.
    """
    summary = ExtractSummary()
    target = target_ref(store, config)
    target_id = stored_target_id(store, config)
    summary.target_found = target is not None
    ids = (paper_ids if paper_ids is not None
           else store.literature.list_selected_paper_ids(target_id))
    with extraction_worker(config) as worker:  # starts at the first PDF to read
        for pid in ids:
            summary.n_papers += 1
            download = store.documents.get_download(pid)
            if download is None or download["state"] != "ok":
                summary.n_without_pdf += 1
            else:
                _extract_one(store, config, pid, download, target, worker, force, summary)
            if target_id:
                n, dups = store_s2_contexts(store, target_id, pid)
                summary.n_s2_contexts += n
                summary.n_s2_duplicates += dups
            if on_paper:
                on_paper(pid, (store.documents.get_extraction(pid) or {"state": "no-pdf"})["state"])
    return summary


def _is_current(previous: Any, download: Any, limits: PdfLimits) -> bool:
    """Whether a stored extraction stands: same file, same extractor, and (for a PDF that
    was over a limit) that limit not raised since."""
    return (previous is not None and previous["sha256"] == download["sha256"]
            and previous["extractor_version"] == EXTRACTOR_VERSION
            and not (previous["state"] == TOO_COMPLEX
                     and limits_raised(previous["reason"], limits)))


def _extract_one(store, config, pid, download, target, worker, force, summary) -> None:
    previous = store.documents.get_extraction(pid)
    if not force and _is_current(previous, download, worker.limits):
        summary.n_unchanged += 1
        summary.states[previous["state"]] = summary.states.get(previous["state"], 0) + 1
        return
    path = Path(config.pdf_dir) / download["file_name"]
    if not path.is_file():
        result = Extraction("missing-file", f"{path} is gone; rerun `citeaudit pdfs`")
    else:
        result = extract_pdf_limited(worker, path, pid, target)
    store.documents.upsert_extraction(
        pid, result.state, reason=result.reason, sha256=download["sha256"],
        pages=result.pages, passages=[p.as_row() for p in result.passages],
        marker_style=result.marker.style if result.marker else None,
        markers=[result.marker.label] if result.marker else [],
        bib_entry=result.marker.bib_entry if result.marker else None,
        extractor_version=EXTRACTOR_VERSION,
    )
    summary.n_extracted += 1
    summary.n_pages += len(result.pages)
    summary.n_passages += len(result.passages)
    summary.states[result.state] = summary.states.get(result.state, 0) + 1
    if result.state != "ok":
        summary.problems.append((pid, result.state, result.reason or ""))


# ---------------------------------------------------------------------------
# S2 citation contexts and snippets
# ---------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def best_duplicate(text: str, pdf_passages: Sequence[Any], threshold: float = 0.8) -> str | None:
    """The PDF passage whose sentence and context contain most of `text`'s words; on a tie,
    the one whose own sentence holds most of them (neighbours share their context)."""
    words = _words(text)
    if len(words) < 4:
        return None
    best, best_score = None, (threshold, -1.0)
    for p in pdf_passages:
        window = set(_words(" ".join([p["context_before"], p["sentence"], p["context_after"]])))
        share = sum(w in window for w in words) / len(words)
        sentence = set(_words(p["sentence"]))
        score = (share, sum(w in sentence for w in words) / len(words))
        if share >= threshold and score > best_score:
            best, best_score = p["passage_id"], score
    return best


def store_s2_contexts(store: Any, target_id: str, paper_id: str) -> tuple[int, int]:
    """Store S2's citation contexts of (paper -> target) as passages; (stored, duplicates)."""
    import json

    edge = store.literature.get_citation(target_id, paper_id)
    contexts = json.loads(edge["contexts_json"]) if edge is not None and edge["contexts_json"] \
        else []
    pdf_passages = store.documents.list_paper_passages(paper_id, source="pdf")
    rows, seen = [], {}
    for context in contexts:
        if not isinstance(context, str) or not context.strip():
            continue
        text = _squash(context)
        n = seen.get(text, 0)
        seen[text] = n + 1
        rows.append({
            "passage_id": passage_id(paper_id, "s2-context", None, text, n),
            "sentence": text, "matched": None, "match_kind": None,
            "duplicate_of": best_duplicate(text, pdf_passages),
        })
    store.documents.upsert_s2_passages(paper_id, "s2-context", rows)
    return len(rows), sum(r["duplicate_of"] is not None for r in rows)


def snippet_passages(
    paper_id: str, snippets: list[dict[str, Any]], target_corpus_id: int | None,
    matcher: SentenceMatcher,
) -> list[dict[str, Any]]:
    """Passages from S2 snippets that cite the target (refMentions) or name an alias."""
    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for item in snippets:
        snippet = item.get("snippet") or {}
        text = snippet.get("text") or ""
        if not text.strip():
            continue
        annotations = snippet.get("annotations") or {}
        sentences = [(a, b) for a, b in (
            (_offset(s.get("start"), 0, text), _offset(s.get("end"), len(text), text))
            for s in annotations.get("sentences") or [] if isinstance(s, dict)) if a < b
        ] or [(0, len(text))]
        hits: list[tuple[int, str, str]] = []
        for mention in annotations.get("refMentions") or []:
            if not isinstance(mention, dict):
                continue
            cited = mention.get("matchedPaperCorpusId")
            if target_corpus_id is not None and str(cited) == str(target_corpus_id):
                start = _offset(mention.get("start"), 0, text)
                end = _offset(mention.get("end"), start, text)
                hits.append((start, text[start:end] or "(citation)", "marker"))
        if matcher.scan and matcher.scan.search(text.lower()):
            doc = matcher.nlp.make_doc(text)
            hits += [(a, t, "alias") for a, _b, t in matcher.alias_spans(doc)]
        by_sentence: dict[int, list[tuple[str, str]]] = {}
        for start, label, kind in sorted(hits):
            k = next((k for k, (a, b) in enumerate(sentences) if a <= start < b),
                     len(sentences) - 1)
            by_sentence.setdefault(k, []).append((label, kind))
        for k, matched in sorted(by_sentence.items()):
            a, b = sentences[k]
            sentence = _squash(text[a:b])
            n = seen.get(sentence, 0)
            seen[sentence] = n + 1
            kinds = [kind for _, kind in matched]
            rows.append({
                "passage_id": passage_id(paper_id, "s2-snippet", None, sentence, n),
                "section": snippet.get("section"), "sentence": sentence,
                "context_before": _squash(text[slice(*sentences[k - 1])]) if k > 0 else "",
                "context_after": _squash(text[slice(*sentences[k + 1])])
                if k + 1 < len(sentences) else "",
                "matched": " | ".join(dict.fromkeys(label for label, _ in matched)),
                "match_kind": "alias" if "alias" in kinds else "marker",
            })
    return rows


@claimed("snippets", "`citeaudit extract` (S2 snippets)")
def run_snippets(
    store: Any, config: Any, client: Any, *, paper_ids: list[str] | None = None,
    refresh: bool = False, matcher: SentenceMatcher | None = None,
) -> SnippetSummary:
    """S2 snippet passages for selected papers that have no PDF passages.

    One snippet search per paper (filtered with `paperIds`, the target's title as the
    query), remembered in the store so a rerun makes no request unless `refresh`.
    """
    from citeaudit.core.errors import S2NotFound

    summary = SnippetSummary()
    target_id = stored_target_id(store, config)
    target = store.literature.get_paper(target_id) if target_id else None
    if target is None:
        return summary
    ids = (paper_ids if paper_ids is not None
           else store.literature.list_selected_paper_ids(target_id))
    matcher = matcher or SentenceMatcher(config.aliases, config.spacy_model)
    query = target["title"] or config.aliases[0]
    for pid in ids:
        extraction = store.documents.get_extraction(pid)
        if extraction is not None and extraction["state"] == "ok":
            continue
        summary.n_papers += 1
        if store.documents.get_snippet_fetch(pid) is not None and not refresh:
            summary.n_already += 1
            continue
        try:
            found = client.snippets(query, [pid], limit=100)
        except S2NotFound:
            found = []  # S2 has no full text for this paper; remember that
        rows = snippet_passages(pid, found, target["corpus_id"], matcher)
        store.documents.upsert_snippet_passages(pid, rows)
        summary.n_fetched += 1
        summary.n_passages += len(rows)
    return summary


# ---------------------------------------------------------------------------
# Stage entry point (`citeaudit run`), report provider, CSV rows
# ---------------------------------------------------------------------------
def run(
    store: Any,
    config: Any,
    *,
    on_progress: Callable[[int, int | None], None] | None = None,
    refresh: bool = False,
    snippets: bool = True,
) -> ExtractSummary:
    """Extract passages from the PDFs, then fetch S2 snippets for papers that have none.

    `refresh` re-extracts every PDF and asks S2 again for snippets.
    """
    from citeaudit.core.errors import S2Error
    from citeaudit.scholar import ScholarClient

    ids = store.literature.list_selected_paper_ids(stored_target_id(store, config))
    done = 0

    def on_paper(_pid: str, _state: str) -> None:
        nonlocal done
        done += 1
        if on_progress:
            on_progress(done, len(ids))

    matcher = SentenceMatcher(config.aliases, config.spacy_model)
    summary = run_extract(store, config, paper_ids=ids, force=refresh, on_paper=on_paper)
    if snippets and papers_needing_snippets(store, ids, refresh):
        with ScholarClient(config) as client:
            try:
                found = run_snippets(store, config, client, paper_ids=ids, refresh=refresh,
                                     matcher=matcher)
            except S2Error as exc:
                summary.problems.append(("(snippets)", "s2-error", str(exc)))
            else:
                summary.snippets = found
    return summary


def papers_needing_snippets(store: Any, paper_ids: Iterable[str], refresh: bool) -> list[str]:
    """Papers without a readable PDF whose snippets were not fetched yet (all with refresh)."""
    out = []
    for pid in paper_ids:
        extraction = store.documents.get_extraction(pid)
        if extraction is not None and extraction["state"] == "ok":
            continue
        if refresh or store.documents.get_snippet_fetch(pid) is None:
            out.append(pid)
    return out


def report_passages(store: Any, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    """Report provider: passages of the papers; S2 contexts that repeat a PDF passage left out."""
    return [
        {"paper_id": r["paper_id"], "text": r["sentence"], "page": r["page"],
         "section": r["section"], "source": r["source"], "matched": r["matched"]}
        for r in store.documents.list_passages(list(paper_ids)) if r["duplicate_of"] is None
    ]


CSV_COLUMNS = ["paper_id", "title", "arxiv_id", "passage_id", "source", "page", "section",
               "match_kind", "matched", "context_before", "sentence", "context_after",
               "duplicate_of"]


def passage_rows(store: Any, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    """One dict per passage with the paper's title, in CSV_COLUMNS order."""
    ids = list(paper_ids)
    papers = store.literature.get_papers(ids)
    order = {pid: i for i, pid in enumerate(ids)}
    rows = []
    for r in sorted(store.documents.list_passages(ids), key=lambda r: order.get(r["paper_id"], 0)):
        paper = papers.get(r["paper_id"])
        rows.append({
            **{c: r[c] for c in CSV_COLUMNS if c in r.keys()},
            "title": paper["title"] if paper is not None else "",
            "arxiv_id": paper["arxiv_id"] if paper is not None else "",
        })
    return [{c: row.get(c) for c in CSV_COLUMNS} for row in rows]


# The default target, so a folder of PDFs can be read before anything is fetched.
KNOWN_TARGETS = {
    "ARXIV:2204.05862": TargetRef(
        title="Training a Helpful and Harmless Assistant with Reinforcement Learning from "
              "Human Feedback",
        arxiv_id="2204.05862", doi="10.48550/arXiv.2204.05862", first_author_surname="Bai",
        n_authors=31, year=2022,
    ),
}


def folder_target(config: Any) -> TargetRef:
    """The target `extract_folder` looks for: the stored one, else a known default (so a
    folder can be read before anything is fetched). A missing store is not created."""
    from citeaudit.core.errors import CiteauditError
    from citeaudit.scholar import normalize_paper_id
    from citeaudit.store import Store

    target = None
    if config.store_path.exists():  # nothing is stored: do not create a store
        with Store(config.store_path) as store:
            target = target_ref(store, config)
    target = target or KNOWN_TARGETS.get(normalize_paper_id(config.target))
    if target is None:
        raise CiteauditError(f"the target {config.target} is not resolved yet: run "
                             "`citeaudit fetch` first")
    return target


def extract_folder(
    folder: Path, target: TargetRef, config: Any,
    on_file: Callable[[Path, Extraction], None] | None = None,
) -> list[dict[str, Any]]:
    """Passages of every PDF in a folder (paper id = file name), without touching the store.

    Files are checked as `citeaudit pdfs` checks a download and read under the PDF limits;
    each one that is refused, skipped or not read reaches `on_file` with its state."""
    from citeaudit.pdfs import folder_pdfs

    rows: list[dict[str, Any]] = []
    paths, refused = folder_pdfs(folder)
    for path, state, reason in refused:
        if on_file:
            on_file(path, Extraction(state, reason))
    with extraction_worker(config) as worker:
        for path in paths:
            result = extract_pdf_limited(worker, path, path.stem, target, check=True)
            arxiv = re.fullmatch(r"(\d{4}\.\d{4,5})(v\d+)?", path.stem)
            for p in result.passages:
                rows.append({"paper_id": path.stem, "title": result.title,
                             "arxiv_id": arxiv.group(1) if arxiv else "",
                             "source": "pdf", "duplicate_of": None, **p.as_row()})
            if on_file:
                on_file(path, result)
    return [{c: row.get(c) for c in CSV_COLUMNS} for row in rows]
