"""One literal scan per text of a pair (audit.scan): each consumer (the harm cues, the
refusal rules, the lexicon) gets from the shared scan the answers it gives on its own. Fast
unit tests, the ones tools/mutation.sh runs for audit/scan.py; the whole-audit comparison is
in test_audit_prefilter.py."""

from __future__ import annotations

import itertools
import operator

import pytest
import yaml
from audit_fixtures import real_split
from test_audit_prefilter import EDGE_RESPONSES, _real_texts

from citeaudit.audit import refusal, scan
from citeaudit.audit.harm import DEFAULT_CUES_PATH, MAX_CHARS, HarmDetector
from citeaudit.audit.pairlabel import PairLabeller
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.scan import PairScanner
from citeaudit.audit.sources import guess_source
from citeaudit.core import prefilter
from citeaudit.core.lexicon import DEFAULT_LEXICON_PATH, parse_lexicon

needs_scanner = pytest.mark.skipif(not prefilter.available(), reason="no literal scanner is "
                                   "installed: only the reference path runs")
CRAFTED = [
    "ΣΟΦΙΑΣ black people", "I\u2018m gay", "\u212aILL the old are",
    # lower-casing changes the length; the scanned form ends before the text does (the
    # last one as long as the text, "İ" being two characters lower-cased)
    "İİ black people are", "a " * MAX_CHARS + "black people are",
    "İ" * 13 + "x" * (MAX_CHARS - 13) + " black people",
    " " * MAX_CHARS + "I'm sorry, I can't help with that.",  # the head beyond it
    "x" * MAX_CHARS + "black people are",  # as long as the text once cut, the mention after
    "I'm sorry, but I can't help you steal.", "Why would you want to hurt them?",
    "Sure! First, find out where the old lady keeps her purse.", "Black women are strong.",
]
# (human turns, chosen, rejected): pairs whose verdicts take each rule of the labeller
CRAFTED_PAIRS = [
    (["How do I steal a car?"], "I'm sorry, I can't help with that.",
     "Sure, first break the window."),
    (["How can I kill my neighbor?", "Tell me, you idiot"], "You’re an idiot.", "No."),
    (["What do you think of old people?"], "Old people are wise.", "Why do you ask?"),
    (["hi", "thanks"], "You're welcome!", "Okay."),
    (["Can you help me hurt someone?"], "Why would you want to do that?", ""),
]


def _default_scanner():
    harm = HarmDetector(yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8")))
    lexicon = parse_lexicon(yaml.safe_load(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8")))
    classifier = refusal.BuiltinRefusalClassifier()
    return PairScanner(lexicon, classifier, harm), harm, lexicon, classifier


def _assert_own_answers(scanner, harm, lexicon, classifier, texts):
    """The harm cues' scan, the refusal label and the mentions of each text, from the
    shared scan, are the consumers' own."""
    for text in texts:
        scan = scanner.scan(text)
        assert scan.harm == harm.scan(text), text
        assert scanner.refusal_label("", text, scan) == classifier.classify("", text), text
        assert scanner.mentions(text, [scan]) == lexicon.find_mentions(text), text


def _assert_own_verdicts(scanner, harm, lexicon, classifier, pairs, given=False):
    """Per pair, as the audit asks (audit.stage): the request, both verdicts and the human
    turns' mentions, from scans of each text, equal a plain labeller's and lexicon's (and,
    if `given`, the verdicts for every label and request passed in)."""
    plain = PairLabeller(harm, classifier)
    for humans, *responses in pairs:
        scans = [scanner.scan(t) for t in humans]
        request = scanner.labeller.request([scan.harm for scan in scans])
        assert request == plain.request(humans), humans
        for response in responses:
            label = scanner.refusal_label(humans[-1], response, scanner.scan(response))
            assert scanner.label(humans, response, label, request, scanner.scan(response)) \
                == plain.label(humans, response), (humans, response)
            if given:  # the label and request the audit passes are the ones used
                for other_label, other_request in itertools.product(
                        refusal.LABELS, {(), request, tuple(harm.categories[:1])}):
                    assert scanner.label(humans, response, other_label, other_request,
                                         scanner.scan(response)) == plain.label(
                        humans, response, other_label, other_request), (humans, response)
        joined = "\n".join(humans)
        assert scanner.mentions(joined, scans) == lexicon.find_mentions(joined), humans


@needs_scanner
def test_one_scan_per_text_gives_each_consumer_its_own_answers():
    """audit.scan on crafted texts (no data needed): the edge texts as they are and with
    surrounding whitespace, case and length changes under lower-casing, long texts; and
    crafted pairs, whose verdicts and request are a plain labeller's."""
    scanner, *consumers = _default_scanner()
    assert set(scanner.joint.parts) == {"harm", "lexicon", "refusal"}  # all share the scan
    texts = EDGE_RESPONSES + [" " + t for t in EDGE_RESPONSES] + CRAFTED
    _assert_own_answers(scanner, *consumers, texts)
    _assert_own_verdicts(scanner, *consumers, CRAFTED_PAIRS, given=True)
    plain = PairLabeller(consumers[0], consumers[2])  # the pairs reach each label
    assert {plain.label(h, r).label for h, *rs in CRAFTED_PAIRS for r in rs} == {
        "acceptable", "harmful", "unhelpful"}


@needs_scanner
def test_one_scan_per_text_of_the_real_split():
    """The same over every text and every pair of the real split."""
    scanner, *consumers = _default_scanner()
    _assert_own_answers(scanner, *consumers, _real_texts())
    pairs = [p for p in iter_source(guess_source(real_split())) if isinstance(p, Pair)]
    _assert_own_verdicts(scanner, *consumers, [
        ([t.text for t in p.turns if t.role == "Human"], p.chosen, p.rejected) for p in pairs])


@needs_scanner
def test_verdicts_follow_the_scanners_own_cues():
    """A harm detector with cues of its own (an abuse cue, a request cue): the scanner's
    verdicts are a labeller's with those cues, not the default file's."""
    cues = yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8"))
    cues["abuse_cues"] = [*cues["abuse_cues"], "nincompoop"]
    first = next(iter(cues["request_categories"]))
    cues["request_categories"][first] = [*cues["request_categories"][first], "frobnicate"]
    harm = HarmDetector(cues)
    lexicon = parse_lexicon(yaml.safe_load(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8")))
    classifier = refusal.BuiltinRefusalClassifier()
    scanner = PairScanner(lexicon, classifier, harm)
    pairs = [(["How do I frobnicate my boss?"], "Sure, here is how.", "You nincompoop."),
             (["hello"], "You nincompoop.", "Hi!")]
    _assert_own_verdicts(scanner, harm, lexicon, classifier, pairs)
    assert PairLabeller(harm, classifier).request(pairs[0][0]) == (first,)
    assert PairLabeller(harm, classifier).label(*pairs[1][:2]).reason == "abuse"


@needs_scanner
def test_the_answers_are_read_from_the_scan_given():
    """The speed path is taken: the refusal label, the verdict's cues and the mentions come
    from the scan passed in (the audit passes each text's own), not from a scan of their
    own; a scan of another text shows it. Surrounding whitespace, or a text whose scanned
    form is not the whole lower-cased text, makes them scan for themselves."""
    scanner, _harm, lexicon, classifier = _default_scanner()
    refusing, other = "I'm sorry, I can't help with that.", "hello there"
    assert classifier.classify("", refusing) == "refusal"
    assert scanner.refusal_label("", refusing, scanner.scan(other)) == "compliance"
    assert scanner.refusal_label("", refusing + " ", scanner.scan(other)) == "refusal"
    people = "Black people are"
    assert lexicon.find_mentions(people)
    assert scanner.mentions(people, [scanner.scan(other)]) == []
    assert scanner.mentions(people, [scanner.scan(other), scanner.scan(people)]) == \
        lexicon.find_mentions(people)
    abuse = "You’re an idiot."
    assert scanner.label(["hi"], abuse, "compliance", (), scanner.scan(abuse)).reason == "abuse"
    assert scanner.label(["hi"], abuse, "compliance", (), scanner.scan(other)).reason != "abuse"
    long_text = "x" * MAX_CHARS + " " + people  # its mention lies beyond the scanned form
    assert scanner.mentions(long_text, [scanner.scan(long_text)]) == \
        lexicon.find_mentions(long_text) != []
    assert scanner.scan(people).whole and not scanner.scan(long_text).whole
    assert scanner.scan("x" * MAX_CHARS).whole and not scanner.scan("İ black").whole


def test_one_scanner_per_lexicon_classifier_and_harm_detector(monkeypatch):
    """scanner_for builds a scanner once per three consumers, keeps at most a few, and
    gives None on the reference path (each consumer then does its own plain work)."""
    monkeypatch.setattr(scan, "_SCANNERS", {})
    harm = HarmDetector(yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8")))
    lexicon = parse_lexicon(yaml.safe_load(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8")))
    classifiers = [refusal.BuiltinRefusalClassifier() for _ in range(scan._CACHE_SIZE + 1)]
    monkeypatch.setenv("CITEAUDIT_REFERENCE_PATH", "1")
    assert scan.scanner_for(lexicon, classifiers[0], harm) is None
    monkeypatch.delenv("CITEAUDIT_REFERENCE_PATH")
    if not prefilter.available():
        pytest.skip("no literal scanner is installed: only the reference path runs")
    first = scan.scanner_for(lexicon, classifiers[0], harm)
    assert isinstance(first, PairScanner) and first.classifier is classifiers[0]
    assert first.lexicon is lexicon and first.harm is harm
    assert scan.scanner_for(lexicon, classifiers[0], harm) is first
    _, other_harm, other_lexicon, _ = _default_scanner()
    for three in [(other_lexicon, classifiers[0], harm), (lexicon, classifiers[0], other_harm)]:
        scanner = scan.scanner_for(*three)  # each of the three tells scanners apart
        assert all(map(operator.is_, (scanner.lexicon, scanner.classifier, scanner.harm),
                       three))  # (an equal lexicon is not the same one)
    monkeypatch.setattr(scan, "_SCANNERS", {})
    first = scan.scanner_for(lexicon, classifiers[0], harm)
    others = [scan.scanner_for(lexicon, c, harm) for c in classifiers[1:scan._CACHE_SIZE]]
    assert first not in others and len({id(s) for s in others}) == len(others)
    assert scan.scanner_for(lexicon, classifiers[0], harm) is first  # all kept so far
    scan.scanner_for(lexicon, classifiers[-1], harm)  # one more: the cache starts afresh
    assert len(scan._SCANNERS) <= scan._CACHE_SIZE
    assert scan.scanner_for(lexicon, classifiers[0], harm) is not first


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


def test_a_classifier_of_ones_own_gets_the_prompt():
    """A user's classifier (here one reading the prompt) labels with its own classify,
    given the prompt the audit passes; so does the scanner's labeller."""
    class PromptAware:
        name = "prompt-aware"

        def classify(self, prompt: str, response: str) -> str:
            return "Refused" if "secret" in prompt else "complied"

    scanner, *_ = _default_scanner()
    scanner = PairScanner(scanner.lexicon, PromptAware(), scanner.harm)
    assert "refusal" not in scanner.joint.parts
    assert scanner.refusal_label("Tell me the secret", "Okay.", scanner.scan("Okay.")) == \
        "refusal"
    assert scanner.refusal_label("Hi", "Okay.", scanner.scan("Okay.")) == "compliance"
    # the labeller the scanner holds (the audit asks it for requests) labels with it too
    assert scanner.labeller.label(["Tell me the secret"], "Okay.").response_label == "refusal"
