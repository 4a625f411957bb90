"""The literal prefilter (core.prefilter) on small patterns: the literals it derives, and which
patterns it lets run on a text. The comparison with the real split is in
test_audit_prefilter.py (slow); these unit tests are the ones tools/mutation.sh runs."""

from __future__ import annotations

import itertools
import re

import pytest

from citeaudit.core.prefilter import (
    MAX_ALTERNATIVES,
    JointPrefilter,
    Prefilter,
    available,
    necessary_literals,
    reference_path,
)


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
    # of two pieces as long, the one of fewer strings, wherever it stands
    ("(?:ab|cd)\\w+ef", {"ef"}), ("ef\\w+(?:ab|cd)", {"ef"}),
    # an unknown piece ends a run; the best piece so far is kept across several of them
    ("abc\\w+d\\w+e", {"abc"}), ("a\\w+bcd", {"bcd"}), ("xyz(a\\w+b)", {"xyz"}),
    ("(?>abc)d", {"abcd"}),  # an atomic group is a sequence
    # repeats: `*` may skip its piece, `{1}` is the piece itself, `{2}` and `+` hold it
    ("ab(?:cdef)*", {"ab"}), ("a(?:bc){1}d", {"abcd"}), ("a(?:bc){2}d", {"bc"}),
    ("x(?:abc)+", {"abc"}), ("x(?:abc\\w+)+", {"abc"}),
    # alternatives that are not all literal: each one's required piece
    ("(?:a\\w|b)cd", {"cd"}), ("(?:abc\\w+|def)", {"abc", "def"}),
])
def test_necessary_literals_of_small_patterns(pattern, literals):
    assert necessary_literals(pattern) == (frozenset(literals) if literals else None)



def _alternatives(count: int) -> list[str]:
    return [f"{chr(97 + i // 8)}{i % 8}" for i in range(count)]


def test_literal_strings_are_multiplied_out_up_to_the_limit():
    assert necessary_literals("[ab]" * 6) == frozenset(
        "".join(letters) for letters in itertools.product("ab", repeat=6))  # 64: the limit
    assert necessary_literals("[ab]" * 7) == necessary_literals("[ab]" * 6)
    sixty_four = _alternatives(MAX_ALTERNATIVES)
    assert necessary_literals(f"(?:{'|'.join(sixty_four)})z") == frozenset(
        a + "z" for a in sixty_four)
    # one alternative more: the alternatives themselves, not multiplied out
    assert necessary_literals(f"(?:{'|'.join(sixty_four)}|z9)z") == frozenset(
        [*sixty_four, "z9"])
    # a class of 65 characters, too many to multiply out, still holds every match
    many = [chr(0x100 + 2 * i) for i in range(MAX_ALTERNATIVES + 1)]
    assert necessary_literals(f"[{''.join(many)}]\\w*") == frozenset(many)


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
    pytest.importorskip("ahocorasick", reason="without it every pattern is always a candidate")
    assert available() and found.active
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


def test_patterns_sharing_a_literal_are_each_candidates():
    pytest.importorskip("ahocorasick", reason="without it every pattern is always a candidate")
    found = Prefilter({"verbs": ["kill\\w+"], "nouns": ["\\bkill"], "other": ["steal"]})
    assert found.candidates("kill them") == 0b011
    assert found.candidates("steal") == 0b100


ODD_TEXTS = ["kill\ud800kill", "\u00e9 hello \u2019 two cents", "KILL", "hello\nthere",
             "a\u0130 i will hurt", "killkill"]


def test_a_joint_prefilter_gives_each_part_its_own_candidates():
    pytest.importorskip("ahocorasick", reason="without it every pattern is always a candidate")
    parts = {"lists": Prefilter(LISTS), "other": Prefilter({"x": ["steal", "kill"], "y": ["w+"]}),
             "none": Prefilter({"anything": ["\\w+"]})}
    joint = JointPrefilter(parts)
    for text in TEXTS + ODD_TEXTS + ["steal a kill", "www"]:
        found = joint.candidates(text)
        assert {name: joint.part(found, name) for name in parts} == {
            name: part.candidates(text) for name, part in parts.items()}, text
    assert joint.part(joint.candidates("steal"), "other") == 0b001
    assert joint.part(joint.candidates(""), "none") == 0b1  # a list without literals


def test_parts_of_a_joint_prefilter_keep_apart_whatever_their_widths():
    """Each part's bits follow all the parts before it: a third part narrower than the first
    two together never reads, or lends, another part's bits."""
    pytest.importorskip("ahocorasick", reason="without it every pattern is always a candidate")
    parts = {"wide": Prefilter({"a": ["kill", "steal", "hurt"]}),
             "one": Prefilter({"b": ["hello"]}), "two": Prefilter({"c": ["rob", "cheat"]})}
    joint = JointPrefilter(parts)
    for text in ["rob", "cheat", "steal", "hello", "hurt and cheat", "kill", ""]:
        found = joint.candidates(text)
        assert {name: joint.part(found, name) for name in parts} == {
            name: part.candidates(text) for name, part in parts.items()}, text
    assert joint.part(joint.candidates("rob"), "wide") == 0
    assert joint.part(joint.candidates("cheat"), "two") == 0b10
