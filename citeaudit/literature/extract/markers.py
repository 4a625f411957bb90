"""Markers and aliases in running text. Markers are found with regular expressions because
bracket lists like `[3, 12-14]` need their ranges expanded."""

from __future__ import annotations

import re
from collections.abc import Iterable

from citeaudit.literature.extract.records import Marker

NUMBER_LIST = re.compile(r"\[(\s*\d{1,4}(?:\s*[-\u2013\u2014,;]\s*\d{1,4})*\s*)\]")
MATH_BEFORE = re.compile(r"[\u2208\u2209=<>\u2264\u2265+\u2212*/^_\u00d7]\s?$")
# Superscript digits, as Unicode characters in the text or as raised spans that the
# superscript pass rewrites into them ("work12" in block text becomes "work¹²").
SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
SUP_DIGIT = "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]"
FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "\u207b", "0123456789-")
SUPERSCRIPT_RUN = re.compile(
    rf"[\u207a\u207b]?{SUP_DIGIT}+(?:\s?[,\u207b\u2013\u2014]\s?{SUP_DIGIT}+)*")
_MATH_SYMBOLS = "=<>+\u2212*/^_\u00d7\u2264\u2265\u2208"


def marker_pattern(marker: Marker) -> re.Pattern[str]:
    """A regex finding candidate in-text citations of the marker's kind."""
    if marker.style == "numeric":
        return NUMBER_LIST
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
            if MATH_BEFORE.search(text, max(0, m.start() - 3), m.start()):
                continue  # "x ∈ [0, 1]", "a = [1, 2]": an interval or a vector
            if marker.number in expand_numbers(m.group(1)):
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
    for m in SUPERSCRIPT_RUN.finditer(text):
        run = m.group(0)
        if run[0] in "\u207a\u207b" or _is_exponent(text, m.start(), m.end()):
            continue
        numbers = expand_numbers(run.translate(FROM_SUPERSCRIPT).replace(" ", ""))
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


def expand_numbers(listing: str) -> set[int]:
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
