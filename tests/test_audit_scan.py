"""One literal scan per text of a pair (audit.scan): each consumer (the harm cues, the
refusal rules, the lexicon) gets from the shared scan the answers it gives on its own. Fast
unit tests, the ones tools/mutation.sh runs for audit/scan.py; the whole-audit comparison is
in test_audit_prefilter.py."""

from __future__ import annotations

import pytest
import yaml
from audit_fixtures import real_split
from test_audit_prefilter import EDGE_RESPONSES, _real_texts

from citeaudit.audit import refusal
from citeaudit.audit.harm import DEFAULT_CUES_PATH, MAX_CHARS, HarmDetector
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.scan import PairScanner
from citeaudit.audit.sources import guess_source
from citeaudit.core import prefilter
from citeaudit.core.lexicon import DEFAULT_LEXICON_PATH, parse_lexicon


def test_one_scan_per_text_gives_each_consumer_its_own_answers():
    """audit.scan: the refusal label, the harm cues' candidates and the lexicon's mentions
    from one joint scan equal each consumer's own, for every text of the real split, the
    edge texts as they are and with surrounding whitespace, and the human turns joined."""
    if not prefilter.available():
        pytest.skip("no literal scanner is installed: only the reference path runs")
    harm = HarmDetector(yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8")))
    lexicon = parse_lexicon(yaml.safe_load(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8")))
    classifier = refusal.BuiltinRefusalClassifier()
    scanner = PairScanner(lexicon, classifier, harm)
    assert set(scanner.joint.parts) == {"harm", "lexicon", "refusal"}  # all share the scan
    texts = _real_texts() + [" " + t for t in EDGE_RESPONSES] + [
        "ΣΟΦΙΑΣ black people", "I\u2018m gay", "\u212aILL the old are",
        # lower-casing changes the length; the scanned form ends before the text does (the
        # last one as long as the text, "İ" being two characters lower-cased)
        "İİ black people are", "a " * MAX_CHARS + "black people are",
        "İ" * 13 + "x" * (MAX_CHARS - 13) + " black people",
        " " * MAX_CHARS + "I'm sorry, I can't help with that."]  # the head beyond it
    for text in texts:
        scan = scanner.scan(text)
        assert scan.harm == harm.scan(text), text
        assert scanner.refusal_label("", text, scan) == classifier.classify("", text), text
        assert scanner.mentions(text, [scan]) == lexicon.find_mentions(text), text
    pairs = [p for p in iter_source(guess_source(real_split())) if isinstance(p, Pair)]
    for pair in pairs:
        humans = [t.text for t in pair.turns if t.role == "Human"]
        joined = "\n".join(humans)
        assert scanner.mentions(joined, [scanner.scan(t) for t in humans]) == \
            lexicon.find_mentions(joined)


def test_a_lexicon_with_other_than_ascii_forms_scans_for_itself():
    """Forms with letters beyond ASCII could hide in the scanned form (lower-casing differs
    in length or context): the lexicon then keeps its own scan, with the same answers."""
    data = yaml.safe_load(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8"))
    data["terms"].append({"term": "señora", "group": "women", "axis": "gender",
                          "variants": ["señora"]})
    lexicon = parse_lexicon(data)
    harm = HarmDetector(yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8")))
    scanner = PairScanner(lexicon, refusal.BuiltinRefusalClassifier(), harm)
    assert "lexicon" not in scanner.joint.parts and "refusal" in scanner.joint.parts
    text = "La Señora said the old are wise"
    assert scanner.mentions(text, [scanner.scan(text)]) == lexicon.find_mentions(text)
    assert [m.term for m in lexicon.find_mentions(text)] == ["señora", "old"]


def test_a_subclass_of_the_builtin_classifier_labels_with_its_own_classify():
    class Shouty(refusal.BuiltinRefusalClassifier):
        name = "shouty"

        def classify(self, prompt: str, response: str) -> str:
            return "refusal" if response.isupper() else super().classify(prompt, response)

    harm = HarmDetector(yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8")))
    lexicon = parse_lexicon(yaml.safe_load(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8")))
    scanner = PairScanner(lexicon, Shouty(), harm)
    assert "refusal" not in scanner.joint.parts
    assert scanner.refusal_label("", "NO WAY", scanner.scan("NO WAY")) == "refusal"
    assert scanner.refusal_label("", "Sure.", scanner.scan("Sure.")) == "compliance"
