"""The literal prefilter (core.prefilter) on small patterns: the literals it derives, and which
patterns it lets run on a text. The comparison with the real split is in
test_audit_prefilter.py (slow); these unit tests are the ones tools/mutation.sh runs."""

from __future__ import annotations

import re

import pytest

from citeaudit.core.prefilter import Prefilter, available, necessary_literals, reference_path


@pytest.fixture(autouse=True)
def _derive_afresh():
    """Each test derives its literals anew: necessary_literals caches its answers, and a
    cached answer would hide a change to the functions behind it (tools/mutation.sh)."""
    necessary_literals.cache_clear()

@pytest.mark.parametrize(("pattern", "literals"), [
    ("kill\\w*", {"kill"}),
    ("i (?:don't|do not) know", {"i don't know", "i do not know"}),
    ("cops? (?:catch|know)", {"cop catch", "cops catch", "cop know", "cops know"}),
    ("(?:sure|ok)\\b[,!]", {"sure,", "sure!", "ok,", "ok!"}),
    ("\\bab(?=c)d", {"abd"}),  # look-arounds consume nothing
    ("(?:a|bcd)\\w+(?:efgh|ijkl)", {"efgh", "ijkl"}),  # the more selective piece
    ("x(?:ab){2,3}", {"ab"}),
    # nothing known: the pattern can match the empty string, any text, or ignores case
    ("a?", None), ("\\w+", None), ("[^,]x?", None), ("(?i)kill", None), ("(?i:kill)", None),
    ("(a)\\1", {"a"}), ("(?:kill|\\w+)", None), ("", None), ("(unclosed", None),
])
def test_necessary_literals_of_small_patterns(pattern, literals):
    assert necessary_literals(pattern) == (frozenset(literals) if literals else None)



LISTS = {
    "threats": ["kill\\w*", "i (?:will|shall) hurt"],
    "greetings": ["\\bhello\\b"],
    "anything": ["(?i)kill"],  # ignores case: no literal known, the list always runs
    "numbers": ["[0-9]+ dollars", "(?:one|two) cents?"],
}
TEXTS = ["", "hello there", "i will hurt you", "skilled killers", "two two cents", "5 dollars",
         "one cent hello", "nothing here", "i shall hurt, then kill, hello", "ten cents"]


def _bits(prefilter: Prefilter, name: str) -> list[int]:
    mask, bits, i = prefilter.masks[name], [], 0
    while mask >> i:
        if mask >> i & 1:
            bits.append(i)
        i += 1
    return bits


def test_each_pattern_has_its_own_bit_in_the_order_of_the_lists():
    found = Prefilter(LISTS)
    assert found.names == list(LISTS)
    assert [_bits(found, name) for name in LISTS] == [[0, 1], [2], [3], [4, 5]]


def test_candidates_hold_every_pattern_that_matches_and_spare_the_others():
    found = Prefilter(LISTS)
    patterns = [p for patterns in LISTS.values() for p in patterns]
    expected_candidates = {  # text -> the patterns whose literals it holds, plus the caseless one
        "": {3}, "hello there": {2, 3}, "i will hurt you": {1, 3}, "skilled killers": {0, 3},
        "two two cents": {3, 5}, "5 dollars": {3, 4}, "one cent hello": {2, 3, 5},
        "nothing here": {3}, "i shall hurt, then kill, hello": {0, 1, 2, 3}, "ten cents": {3},
    }
    if not available():
        pytest.skip("pyahocorasick is not installed: every pattern is always a candidate")
    assert found.active
    for text in TEXTS:
        candidates = found.candidates(text)
        bits = {i for i in range(len(patterns)) if candidates >> i & 1}
        assert bits == expected_candidates[text], text
        assert {i for i, p in enumerate(patterns) if re.search(p, text)} <= bits, text


def test_the_reference_path_makes_every_pattern_a_candidate(monkeypatch):
    monkeypatch.setenv("CITEAUDIT_REFERENCE_PATH", "1")
    assert reference_path() and not available()
    found = Prefilter(LISTS)
    assert not found.active
    assert all(found.candidates(text) == 0b111111 for text in TEXTS)
    monkeypatch.setenv("CITEAUDIT_REFERENCE_PATH", "0")
    assert not reference_path()


def test_lists_without_any_literal_are_never_scanned():
    found = Prefilter({"anything": ["\\w+"], "empty": []})
    assert not found.active
    assert found.candidates("text") == 0b1
    assert found.masks == {"anything": 0b1, "empty": 0}
