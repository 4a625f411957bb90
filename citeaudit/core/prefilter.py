"""A literal prefilter for lists of regular expressions: one Aho-Corasick scan per text tells
which lists can match it, so the full patterns run only on texts that can match.

For each pattern, `necessary_literals` derives from its parse tree a set of strings of which
every match contains at least one (`kill\\w*` -> {"kill"}, `i (?:don't|do not) know` ->
{"i don't know", "i do not know"}); a pattern for which no such set is known (one that can
match the empty string, a backreference, case-insensitive flags) makes its list always run.
A list none of whose literals occurs in a text cannot match it. The scan is done by
pyahocorasick (C); without it, or with CITEAUDIT_REFERENCE_PATH=1 in the environment, every
list always runs (the reference path the fast-path tests compare with). A `JointPrefilter`
scans for the literals of several prefilters at once and gives each its own answer.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping, Sequence
from functools import lru_cache

try:  # Python >= 3.11
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

try:
    import ahocorasick
except ImportError:  # the reference path: every list always runs
    ahocorasick = None

MAX_ALTERNATIVES = 64  # literal strings kept per pattern (the product of branches grows fast)
_C = sre_constants
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}


def reference_path() -> bool:
    """Whether the environment asks for the plain path (CITEAUDIT_REFERENCE_PATH=1)."""
    return os.environ.get("CITEAUDIT_REFERENCE_PATH") == "1"


def available() -> bool:
    """Whether the prefilter is used (pyahocorasick installed, reference path not asked)."""
    return ahocorasick is not None and not reference_path()


# (exact, required): `exact` is the finite set of strings a node matches (None: unknown or too
# many); `required` a set of strings one of which every match contains (None: none known).
_Info = tuple[frozenset[str] | None, frozenset[str] | None]
_UNKNOWN: _Info = (None, None)
_EMPTY: _Info = (frozenset({""}), None)


@lru_cache(maxsize=4096)
def necessary_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which occurs in every match of `pattern` (case-sensitive); None when
    no such set is known."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - an invalid pattern gets no prefilter
        return None
    if parsed.state.flags & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_LOCALE):
        return None
    exact, required = _sequence(list(parsed))
    return _useful(exact) or _useful(required)


def _useful(literals: frozenset[str] | None) -> frozenset[str] | None:
    """The set, unless it is missing, empty or holds the empty string (which every text has)."""
    if not literals or "" in literals:
        return None
    return literals


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two required sets: longer shortest string, then fewer strings."""
    a, b = _useful(a), _useful(b)
    if a is None or b is None:
        return a or b
    key_a, key_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _sequence(items: list) -> _Info:
    """A concatenation: runs of exact items multiply out into literal strings."""
    best: frozenset[str] | None = None
    run: frozenset[str] | None = frozenset({""})
    all_exact = True
    for op, av in items:
        exact, required = _node(op, av)
        if exact is not None and run is not None:
            product = frozenset(a + b for a, b in itertools.product(run, exact))
            if len(product) <= MAX_ALTERNATIVES:
                run = product
                continue
        best = _better(best, run)
        best = _better(best, required)
        if exact is None:
            all_exact = False
            run = frozenset({""})
        else:  # too many strings: start a new run from this item
            all_exact = False
            run = exact
    best = _better(best, run)
    return (run if all_exact else None), best


def _node(op, av) -> _Info:
    if op is _C.LITERAL:
        return frozenset({chr(av)}), None
    if op is _C.IN and all(item_op is _C.LITERAL for item_op, _ in av):  # [,.!]
        return frozenset(chr(c) for _, c in av), None
    if op in _ZERO_WIDTH:  # anchors and look-arounds consume nothing
        return _EMPTY
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_LOCALE):
            return _UNKNOWN
        return _sequence(list(sub))
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is _C.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        low, high, sub = av
        exact, required = _sequence(list(sub))
        if low == 0 and high == 1 and exact is not None:  # optional: `s?`, `(?:a )?`
            return exact | {""}, None
        if low == 0:
            return _UNKNOWN
        return (exact if low == high == 1 else None), _better(required, exact)
    return _UNKNOWN  # one unknown character, a backreference, a conditional


def _branch(alternatives: list) -> _Info:
    infos = [_sequence(list(alt)) for alt in alternatives]
    exacts = [exact for exact, _ in infos]
    exact = None
    if all(e is not None for e in exacts):
        union = frozenset().union(*exacts)
        exact = union if len(union) <= MAX_ALTERNATIVES else None
    requireds = [_better(r, e) for e, r in infos]
    required = (frozenset().union(*requireds) if all(r is not None for r in requireds)
                else None)
    return exact, required


class _LiteralScan:
    """Which of some literal strings occur in a text: the OR of their masks (plus `always`),
    by one Aho-Corasick scan."""

    def __init__(self, by_literal: Mapping[str, int], always: int):
        self.always = always
        self._automaton = None
        if by_literal and available():
            self._automaton = ahocorasick.Automaton()
            for literal, mask in by_literal.items():
                self._automaton.add_word(literal, mask)
            self._automaton.make_automaton()

    @property
    def active(self) -> bool:
        return self._automaton is not None

    def candidates(self, text: str) -> int:
        found = self.always
        if self._automaton is not None:
            for _end, mask in self._automaton.iter(text):
                found |= mask
        return found


class Prefilter:
    """Which patterns of several named lists can match a text, by one literal scan.

    Pattern i of the lists taken in order is bit i of the masks `candidates` returns, and
    `masks[name]` has the bits of list `name`."""

    def __init__(self, lists: Mapping[str, Sequence[str]]):
        self.names = list(lists)
        self.masks: dict[str, int] = {}
        always = 0  # bits of the patterns that are always candidates
        by_literal: dict[str, int] = {}
        bit = 0
        for name, patterns in lists.items():
            first = bit
            literals = [necessary_literals(p) for p in patterns] if available() else [None]
            bit += len(patterns)
            self.masks[name] = (1 << bit) - (1 << first)
            if any(lits is None for lits in literals):
                always |= self.masks[name]
                continue
            for index, lits in enumerate(literals):
                for literal in lits:
                    by_literal[literal] = by_literal.get(literal, 0) | 1 << (first + index)
        self.width = bit
        self.literals = by_literal  # literal -> the bits of the patterns it is a literal of
        self._scan = _LiteralScan(by_literal, always)

    @property
    def active(self) -> bool:
        """Whether texts are scanned (else every pattern is always a candidate)."""
        return self._scan.active

    @property
    def always(self) -> int:
        """The bits of the patterns that are candidates whatever the text."""
        return self._scan.always

    def candidates(self, text: str) -> int:
        """The bits of the patterns that can match `text` (a superset of those that do)."""
        return self._scan.candidates(text)


class JointPrefilter:
    """Several prefilters in one scan: `candidates(text)` gives one int from which
    `part(found, name)` takes the bits that prefilter `name` gives for the same text (its
    literals are all in the one scan, so the parts are exactly its own answers)."""

    def __init__(self, parts: Mapping[str, Prefilter]):
        self.parts: dict[str, tuple[int, int]] = {}  # name -> (offset, all its bits)
        by_literal: dict[str, int] = {}
        always = offset = 0
        for name, prefilter in parts.items():
            self.parts[name] = (offset, (1 << prefilter.width) - 1)
            always |= prefilter.always << offset
            for literal, mask in prefilter.literals.items():
                by_literal[literal] = by_literal.get(literal, 0) | mask << offset
            offset += prefilter.width
        self._scan = _LiteralScan(by_literal, always)

    def candidates(self, text: str) -> int:
        """The bits of every part's patterns that can match `text`."""
        return self._scan.candidates(text)

    def part(self, found: int, name: str) -> int:
        offset, bits = self.parts[name]
        return found >> offset & bits
