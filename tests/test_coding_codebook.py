"""Codebook loading: every problem reported with its place; versions guard stored codes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from coding_fixtures import TINY_CODEBOOK, store_with_items, tiny_codebook

from citeaudit import coding
from citeaudit.core.errors import InputError, StoreError

SCHEME = Path(__file__).resolve().parents[1] / "coding_scheme"

BROKEN = """
name: Bad Name
version: 1
unit_type: item
colour: blue
dimensions:
  - name: size
    codes:
      - {code: big, definition: Big.}
      - {code: big, label: Huge, definition: ""}
      - {code: yes, definition: Mistyped boolean.}
  - name: size
    multiple: maybe
    default: tiny
    codes:
      - {code: a, definition: A., patterns: [[{LOWER: a}], 7]}
      - {code: b, definition: B., colour: red}
"""


def test_broken_codebook_lists_every_problem_with_its_place():
    with pytest.raises(coding.CodebookError) as caught:
        coding.parse_codebook(BROKEN, "bad.yaml")
    message = str(caught.value)
    expected = [
        "name: 'Bad Name' must be lower_snake_case",
        "top level: unknown key 'colour'",
        "dimensions[0] (size).codes[1]: code 'big' is used twice",
        "dimensions[0] (size).codes[1] (big).definition: must be non-empty text",
        "dimensions[0] (size).codes[2].code: True was read as a boolean",
        "dimensions[1]: dimension name 'size' is used twice",
        "dimensions[1] (size).multiple: must be true or false",
        "dimensions[1] (size).default: 'tiny' is not one of its codes",
        "dimensions[1] (size).codes[0] (a).patterns[1]: must be a phrase or a list",
        "dimensions[1] (size).codes[1] (b): unknown key 'colour'",
    ]
    for phrase in expected:
        assert phrase in message, phrase
    assert message.startswith("bad.yaml: ")


def test_not_yaml_and_missing_file():
    with pytest.raises(coding.CodebookError, match="not valid YAML"):
        coding.parse_codebook("name: [unclosed", "x.yaml")
    with pytest.raises(InputError, match="no codebook named 'nope'"):
        coding.load_codebook("nope")


def test_shipped_codebooks_load():
    checked = set()
    for path in sorted(SCHEME.glob("*.yaml")):
        if "dimensions" not in yaml.safe_load(path.read_text(encoding="utf-8")):
            continue  # a lexicon or other data file, not a codebook
        book = coding.load_codebook(path)
        assert book.version and book.dimensions, path
        checked.add(path.stem)
    assert {"hh_usage", "hh_pair_labels"} <= checked


def test_edited_codebook_needs_a_new_version(tmp_path):
    store = store_with_items(tmp_path / "s.sqlite")
    coding.register_codebook(store, tiny_codebook())
    edited = coding.parse_codebook(TINY_CODEBOOK.replace("It is red.", "It is scarlet."))
    with pytest.raises(StoreError, match="new version"):
        coding.register_codebook(store, edited)
    bumped = coding.parse_codebook(TINY_CODEBOOK.replace("It is red.", "It is scarlet.")
                                   .replace("version: 1", "version: 1.1"))
    coding.register_codebook(store, bumped)
    assert bumped.version == "1.1"


def test_auto_codes_cannot_use_a_persons_name_or_unknown_codes(tmp_path):
    store = store_with_items(tmp_path / "s.sqlite")
    book = tiny_codebook()
    with pytest.raises(InputError, match="coder 'auto'"):
        coding.store_auto_codes(store, book, [coding.Suggestion("item-1", "colour", ["red"])],
                                coder="alice")
    with pytest.raises(InputError, match="unknown code"):
        coding.store_auto_codes(store, book, [coding.Suggestion("item-1", "colour", ["pink"])])
    with pytest.raises(InputError, match="not registered"):
        coding.store_auto_codes(store, book, [coding.Suggestion("nope", "colour", ["red"])])
    with pytest.raises(InputError, match="reserved"):
        coding.export_xlsx(store, book, "auto", tmp_path / "x.xlsx")


def test_evidence_scope_and_topic_are_checked():
    text = (coding.codebook.SCHEME_DIR / "hh_usage.yaml").read_text()
    bad = text.replace("    evidence: use\n", "    evidence: everywhere\n", 1)
    with pytest.raises(coding.CodebookError, match=r"role\)\.evidence: 'everywhere'"):
        coding.parse_codebook(bad, "bad.yaml")
    no_topic = text.replace("    evidence: paper\n    # Outside the passages, a sentence counts "
                            "only when it is about harm", "    evidence: paper\n    # (", 1)
    no_topic = no_topic.replace(
        "    topic:\n      - [{LOWER: {IN: [harm, harms, harmful, harmfulness, harmless, "
        "harmlessness, unsafe, safety, toxic, toxicity, hate]}}]\n", "", 1)
    with pytest.raises(coding.CodebookError, match=r"harm_definition\)\.evidence: 'paper' "
                       "needs topic"):
        coding.parse_codebook(no_topic, "bad.yaml")
    stray = text.replace("    default: both\n", "    default: both\n    topic: [harm]\n", 1)
    with pytest.raises(coding.CodebookError, match=r"framing\)\.topic: only used with"):
        coding.parse_codebook(stray, "bad.yaml")
