"""The target in the bibliography: its entry gives the in-text marker, a number (`[12]`) or
author and year with the suffix the entry carries (`Bai et al., 2022a`), which keeps HH apart
from Constitutional AI (also Bai et al. 2022)."""

from __future__ import annotations

import re

from citeaudit.literature.extract.records import Marker, TargetRef

_YEAR = re.compile(r"(?<![\d.:/\w])((?:19|20)\d\d)([a-z]?)(?![\d\w])")
_NUMERIC_LABEL = re.compile(r"\[(\d{1,4})\]")
_LABEL_AT_START = re.compile(r"^\s*\[([^\]\n]{1,80})\]")
_NOT_ALNUM = re.compile(r"[\W_]+")


def normal_form(text: str) -> str:
    """Lower-cased letters and digits only: survives line breaks, hyphens and spacing."""
    return _NOT_ALNUM.sub("", text.lower())


def _find_normalized(text: str, needle: str) -> tuple[int, int] | None:
    """Start and end in `text` of `needle` (already `normal_form`) compared on letters and
    digits."""
    lines = text.split("\n")
    normal_lines = [normal_form(line) for line in lines]
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
    title = normal_form(target.title)
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
                      bib_entry=squash(entry))
    listed = _listed_entry(bib_text, start)
    if listed is not None:
        number, entry_start, entry_end = listed
        return Marker("numeric", str(number), number=number,
                      bib_entry=squash(bib_text[entry_start:entry_end]))
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
                  bib_entry=squash(entry))


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


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
