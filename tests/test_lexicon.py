"""The identity-term lexicon: loading, validation, raw vs person-referring matches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from citeaudit.core.config import load_config
from citeaudit.core.errors import InputError
from citeaudit.core.lexicon import count_mentions, find_mentions, lexicon_from_config, load_lexicon


def terms_of(text: str) -> list[tuple[str, bool]]:
    return [(m.term, m.person_referring) for m in find_mentions(text)]


def test_default_lexicon_covers_the_seven_axes_with_about_fifty_terms():
    lexicon = load_lexicon()
    assert set(lexicon.axes) == {"race_ethnicity", "nationality", "religion", "gender",
                                 "sexual_orientation", "age", "disability"}
    assert 45 <= len(lexicon.terms) <= 80
    for name in ("old", "white", "black", "straight", "young", "gay"):
        assert lexicon.term(name).polysemous


def test_polysemous_term_without_person_cue_is_raw_only():
    assert terms_of("I drive an old white car on a straight road") == [
        ("old", False), ("white", False), ("straight", False)]


def test_person_noun_after_term_makes_it_person_referring_even_past_modifiers():
    assert terms_of("old white men") == [("old", True), ("white", True), ("man", True)]
    assert terms_of("Why are black people") == [("black", True)]


def test_nominal_plural_copula_and_before_phrase_cues():
    assert terms_of("the blacks") == [("black", True)]
    assert terms_of("I'm gay") == [("gay", True)]
    assert terms_of("she is too old") == [("old", True)]
    assert terms_of("the old are wise") == [("old", True)]
    assert terms_of("being black in a small town") == [("black", True)]


def test_hyphenated_compound_is_not_a_person_reference():
    assert terms_of("white-collar crime") == [("white", False)]


def test_longest_form_wins_and_case_and_spacing_do_not_matter():
    mentions = find_mentions("AFRICAN  Americans")
    assert [(m.term, m.text, m.start, m.end) for m in mentions] == [
        ("african american", "AFRICAN  Americans", 0, 18)]


def test_offsets_stay_right_when_lower_casing_changes_length():
    text = "İİ the Mexicans"
    [mention] = find_mentions(text)
    assert text[mention.start:mention.end] == "Mexicans"


def test_non_polysemous_terms_always_count_as_person_referring_and_counts_split():
    mentions = find_mentions("Muslims and an old car and old people")
    counts = count_mentions(mentions, "group")
    assert counts["raw"]["Muslim"] == 1 and counts["person"]["Muslim"] == 1
    assert counts["raw"]["Older people"] == 2 and counts["person"]["Older people"] == 1


def test_custom_lexicon_from_config(tmp_path: Path):
    path = tmp_path / "lex.yaml"
    path.write_text(yaml.safe_dump({
        "axes": ["diet"],
        "person_context": {"person_nouns": ["eaters"]},
        "terms": [{"term": "vegan", "group": "Vegans", "axis": "diet", "variants": ["vegan"],
                   "polysemous": True}],
    }))
    toml = tmp_path / "citeaudit.toml"
    toml.write_text(f'[citeaudit]\nidentity_lexicon = "{path}"\n')
    lexicon = lexicon_from_config(load_config(toml, environ={}))
    assert [(m.term, m.person_referring) for m in lexicon.find_mentions("vegan eaters, vegan food")
            ] == [("vegan", True), ("vegan", False)]


def test_bad_lexicon_reports_every_problem_with_its_entry(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({
        "axes": ["age"],
        "terms": [{"term": "old", "group": "Old", "axis": "age"},
                  {"term": "x", "group": "X", "axis": "planet", "variants": ["x"]},
                  {"term": "y", "group": "Y", "axis": "age", "variants": ["x"]}],
    }))
    with pytest.raises(InputError) as err:
        load_lexicon(path)
    message = str(err.value)
    assert "terms[1] (old): missing variants" in message
    assert "terms[2] (x): axis 'planet'" in message
    assert "terms[3] (y): form 'x' also in 'x'" in message


def test_missing_lexicon_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(InputError, match="lexicon file not found"):
        load_lexicon(tmp_path / "nope.yaml")
