"""How the workbook's cells are laid out for reading and printing: which display field leads a
row, how many lines wrapped text takes in a column, row heights from that (capped, so text
that would not fit is cut with a mark), short references to evidence rows, and the page setup
that prints the coder's columns on the first page.

Widths are in spreadsheet character units (the width of a "0"); the line estimate is
deliberately generous, because the font a colleague's spreadsheet program substitutes for
Calibri (DejaVu Sans on a bare Linux) is wider than Calibri itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

# The display field shown beside the id and frozen with it: what a person reads first.
LEAD_KEYS = ("title", "conversation", "prompt", "text", "name")
TURNS_KEYS = ("conversation",)  # lead fields of one turn a line, cut from the earliest turn
POINTS_PER_LINE = 15.0  # one line of 11-point text
ROW_PADDING = 4.0
MAX_ROW_POINTS = 409.0  # the tallest row a spreadsheet allows
MAX_LINES = int((MAX_ROW_POINTS - ROW_PADDING) // POINTS_PER_LINE)
CHARS_PER_WIDTH = 1.0  # characters of running text per width unit, for the widest usual font
CUT_MARK = " […]"
EVIDENCE_WORDS = 8  # words of a passage that stand for it in a suggestion cell
# A4 landscape less the margins set below, in points.
PRINTABLE_POINTS = 841.9 - 2 * 0.4 * 72
# A width unit is the default font's digit: 5.25 pt in Calibri, 7 pt in the DejaVu Sans that
# stands in for it where Calibri is missing; printing is scaled for the wider.
POINTS_PER_WIDTH = 7.0
URL_PREFIXES = ("http://", "https://", "file://")


def lead_key(keys: Iterable[str]) -> str | None:
    """The display field that leads a unit's row: a title, the conversation, the prompt...;
    else the first field."""
    keys = list(keys)
    for key in LEAD_KEYS:
        if key in keys:
            return key
    return keys[0] if keys else None


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes when wrapped at word boundaries in a column `width` wide."""
    per_line = max(1, int(width * CHARS_PER_WIDTH) - 1)
    lines = 0
    for paragraph in str(text).split("\n"):
        used = 0
        lines += 1
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size > per_line:
                lines += 1
                used = 0
            if size > per_line:  # a long word (an id, a URL) is broken across lines
                lines += (size - 1) // per_line
                size = (size - 1) % per_line + 1
            used += size + (1 if used else 0)
    return lines


def row_points(lines: int) -> float:
    return min(MAX_ROW_POINTS, lines * POINTS_PER_LINE + ROW_PADDING)


def fit_text(text: str, width: float, max_lines: int = MAX_LINES, where_rest: str = "") -> str:
    """`text` as it fits `max_lines` wrapped lines of a column `width` wide: cut at a word,
    with a mark (and where the rest is, when given)."""
    if wrapped_lines(text, width) <= max_lines:
        return text
    mark = CUT_MARK + (f" ({where_rest})" if where_rest else "")
    words = text.split(" ")
    low, high = 0, len(words)  # the most words that fit with the mark
    while low < high:
        mid = (low + high + 1) // 2
        if wrapped_lines(" ".join(words[:mid]) + mark, width) <= max_lines:
            low = mid
        else:
            high = mid - 1
    return " ".join(words[:low]) + mark


def fit_turns(text: str, width: float, max_lines: int = MAX_LINES, where_rest: str = "") -> str:
    """A conversation (one turn a line) as it fits: the earliest turns give way first, since
    the last turn and the response to it matter most; when those two alone are too long, they
    are cut at the end."""
    if wrapped_lines(text, width) <= max_lines:
        return text
    turns = text.split("\n")
    earlier = f"{CUT_MARK.strip()} (earlier turns" + (f"; {where_rest})" if where_rest else ")")
    for first in range(1, len(turns) - 1):
        kept = "\n".join([earlier, *turns[first:]])
        if wrapped_lines(kept, width) <= max_lines:
            return kept
    last_two = ([earlier] if len(turns) > 2 else []) + turns[-2:]
    return fit_text("\n".join(last_two), width, max_lines, where_rest)


def evidence_id(row: dict[str, Any]) -> str | None:
    """The id an automatic coder cites an evidence row by (passage_id, evidence_id, ...)."""
    for key, value in row.items():
        if key.endswith("_id") and value is not None:
            return str(value)
    return None


def evidence_label(row: dict[str, Any]) -> str:
    """An evidence row as a person recognises it: 'p. 4: We fine-tune Pythia with DPO …' or
    'Human: How do I …'."""
    text = str(row.get("sentence") or row.get("text") or "")
    marked = re.search(r"»(.*?)«", text, flags=re.S)
    if marked:
        text = marked.group(1)
    words = text.split()
    snippet = " ".join(words[:EVIDENCE_WORDS]) + (" …" if len(words) > EVIDENCE_WORDS else "")
    if row.get("page") not in (None, ""):
        return f"p. {row['page']}: {snippet}"
    if row.get("role"):
        return f"{row['role']}: {snippet}"
    return snippet or (evidence_id(row) or "")


def link_text(url: str) -> str:
    """What a link cell shows: a local file by its name (and page), a web address as it is."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        return url
    name = Path(unquote(parts.path)).name
    page = re.fullmatch(r"page=(\d+)", parts.fragment or "")
    return f"{name}, p. {page.group(1)}" if page else name


def is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(URL_PREFIXES)


def column_points(width: float) -> float:
    return width * POINTS_PER_WIDTH + 4


def size_rows(ws: Any, widths: dict[int, float], first_row: int = 1) -> None:
    """Set each row's height from its wrapped text in the given column widths (capped)."""
    for r in range(first_row, ws.max_row + 1):
        lines = 1
        for c, width in widths.items():
            value = ws.cell(row=r, column=c).value
            if value not in (None, ""):
                lines = max(lines, wrapped_lines(str(value), width))
        ws.row_dimensions[r].height = row_points(lines)


def set_widths(ws: Any, widths: dict[int, float]) -> None:
    for c, width in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = width


def page_setup(ws: Any, widths: dict[int, float], first_page_columns: int) -> None:
    """Landscape A4, the header row on every page, scaled so that the first
    `first_page_columns` columns (the id, the lead field, the coder's columns) print on the
    first page; the columns after them follow on later pages."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5, header=0.2,
                                  footer=0.2)
    ws.print_title_rows = "1:1"
    needed = sum(column_points(widths[c]) for c in range(1, first_page_columns + 1))
    ws.page_setup.scale = max(10, min(100, math.floor(PRINTABLE_POINTS * 0.95 / needed * 100)))
