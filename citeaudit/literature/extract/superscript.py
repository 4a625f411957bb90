"""Superscript citations, only for papers that cite with them: raised digits rewritten into
Unicode superscripts in block text, and the footnotes that such digits point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pymupdf

from citeaudit.literature.extract.layout import (
    NO_HYPHEN_EVIDENCE,
    TEXT_FLAGS,
    HyphenEvidence,
    clean_lines,
)
from citeaudit.literature.extract.markers import (
    FROM_SUPERSCRIPT,
    MATH_BEFORE,
    NUMBER_LIST,
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPT_RUN,
    expand_numbers,
)
from citeaudit.literature.extract.records import Block

if TYPE_CHECKING:
    from citeaudit.literature.extract.paragraphs import Paragraph


_TO_SUPERSCRIPT = str.maketrans("0123456789-\u2212", SUPERSCRIPT_DIGITS + "\u207b\u207b")
_FONT_SUPERSCRIPT_TEXT = re.compile(r"^[\d\s,\-\u2013\u2014\u2212]*\d[\d\s,\-\u2013\u2014\u2212]*$")
# Digits glued to a word or after punctuation in block text: where a raised citation may be.
_GLUED_DIGITS = re.compile(
    r"(?<=[A-Za-z.,;:)\]\u2019\u201d])\s?(\d{1,4}(?:\s?[,\u2013\u2014-]\s?\d{1,4})*)")
_BLOCK_START_DIGITS = re.compile(r"^(\d{1,4}(?:\s?[,\u2013\u2014-]\s?\d{1,4})*)(?:\s|$)")


@dataclass
class SuperscriptCues:
    """What superscript matching needs: the target's number and each page's footnote numbers."""

    number: int
    footnotes: dict[int, frozenset[int]] = field(default_factory=dict)


def cites_with_superscripts(paras: list[Paragraph], max_brackets: int = 4) -> bool:
    """True when the body has (almost) no bracket citations: numbers are then superscripts."""
    n_brackets = 0
    for para in paras:
        for m in NUMBER_LIST.finditer(para.text):
            if not MATH_BEFORE.search(para.text, max(0, m.start() - 3), m.start()):
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
        if (starts and number in expand_numbers(starts.group(1))) or any(
                number in expand_numbers(m.group(1)) for m in _GLUED_DIGITS.finditer(b.text)):
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
                line_starts |= expand_numbers(re.sub(r"\s+", "", text))
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
        if not mostly_capitalised(text):  # affiliations ("¹Department of ...") are not notes
            footnotes |= found.line_starts
        b.text = text
        if found.top is not None:
            b.y0 = found.top
    return footnotes


def _leading_superscript_numbers(text: str) -> set[int]:
    m = SUPERSCRIPT_RUN.match(text)
    return expand_numbers(m.group(0).translate(FROM_SUPERSCRIPT)) if m else set()


def unicode_footnotes(blocks: list[Block]) -> dict[int, set[int]]:
    """Per page, the superscript numbers that start a block of prose (footnote texts)."""
    footnotes: dict[int, set[int]] = {}
    for b in blocks:
        if (b.kind != "bib" and (numbers := _leading_superscript_numbers(b.text))
                and not mostly_capitalised(b.text)):
            footnotes.setdefault(b.page, set()).update(numbers)
    return footnotes


def mostly_capitalised(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", text)
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.5 * len(words)
