"""Pages into ordered text blocks: PyMuPDF blocks, two-column reading order, ligatures
expanded, line-end hyphens repaired; blocks classed as headings, bibliography, furniture or
body text."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field

import pymupdf

from citeaudit.literature.extract.records import Block

# Ligatures expanded (no TEXT_PRESERVE_LIGATURES); we repair hyphens ourselves so that
# compounds such as "HH-\nRLHF" keep their hyphen.
TEXT_FLAGS = pymupdf.TEXTFLAGS_BLOCKS & ~pymupdf.TEXT_PRESERVE_LIGATURES
LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00ad": "",
    "\x00": "", "\u2010": "-", "\u2011": "-", "\ufffd": "",
})
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
CAPTION = re.compile(r"^(?:fig(?:ure)?|table|tab|algorithm|listing)\.?\s*\d", re.IGNORECASE)


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
            if len(b.text) >= 8 and not CAPTION.match(b.text):
                edge_pages.setdefault(_digits_as_hash(b.text), set()).add(page)
    needed = max(min_pages, min_share * len(by_page))
    return {text for text, pages in edge_pages.items() if len(pages) >= needed}


def _digits_as_hash(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def classify_blocks(blocks: list[Block]) -> None:
    """Mark headings, page furniture and the bibliography (up to the appendix) in place."""
    in_bib = False
    running = running_furniture(blocks)
    for i, b in enumerate(blocks):
        if (_FURNITURE.match(b.text) or (b.x1 - b.x0 < 40 and b.y1 - b.y0 > 200)
                or (running and _digits_as_hash(b.text) in running)):
            b.kind = "furniture"  # page numbers, the rotated arXiv stamp, running headers
            continue
        heading = heading_text(b)
        if heading:
            bare = re.sub(r"^" + _HEADING_NUMBER + r"\s+", "", heading).strip().rstrip(":")
            if bare.lower() in BIB_HEADINGS and not in_bib:
                if not _references_follow(blocks, i):
                    b.kind = "body"  # "Reference" in a figure ("Reference Model"), not a heading
                    continue
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


# An entry's signs: a label ("[12]", "12."), a year, or an author list ("Bai, Y.", "Y. Bai,",
# "Stuart Armstrong and Sören Mindermann").
_ENTRY_LABEL = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}\.\s)")
_ENTRY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d[a-z]?(?!\d)")
_ENTRY_AUTHORS = re.compile(
    r"[A-Z][\w'\-]+,\s+(?:[A-Z]\.|[A-Z][a-z]+)|[A-Z]\.\s+[A-Z][\w'\-]+,"
    r"|^[A-Z][\w'\-]+(?:\s+[A-Z]\.)*\s+[A-Z][\w'\-]+(?:,|\s+and\s+[A-Z])")


def _references_follow(blocks: list[Block], at: int, n_blocks: int = 6) -> bool:
    """Whether the blocks after a "References" heading read as bibliography entries: the
    first text block after it (on its page or the next, furniture skipped) and at least half
    of the next few carry a label, a year or an author list. A figure's "Reference" label is
    followed by more labels or by prose."""
    page = blocks[at].page
    following = [b.text for b in blocks[at + 1:]
                 if b.page <= page + 1 and not _FURNITURE.match(b.text)][:n_blocks]
    entry_like = [bool(_ENTRY_LABEL.match(t) or _ENTRY_YEAR.search(t) or _ENTRY_AUTHORS.search(t))
                  for t in following]
    return bool(entry_like) and entry_like[0] and sum(entry_like) >= len(entry_like) / 2


def _is_numbered(heading: str) -> bool:
    return bool(re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?\s", heading))
