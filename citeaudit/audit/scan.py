"""One literal scan per distinct text of a pair, shared by everything the audit asks of it.

The harm cues, the pair labeller's cue lists, the builtin refusal rules and the identity
lexicon each prefilter their patterns by the literals a text holds (core.prefilter). A
`PairScanner` puts all their literals in one `JointPrefilter` and scans each human turn and
each response once, in the form the harm cues read (`harm.normalise`); each consumer takes
its own bits from the result. Its answers are the consumers' own:

- the harm cues scan that very form, so their bits are the same;
- the refusal rules read the lower-cased head of the stripped response: for a response
  without surrounding whitespace that head is a prefix of the scanned form up to
  lower-casing each character on its own (Python's only exception is the Greek final
  sigma), so every ASCII literal in it is in the scanned form too;
- the lexicon reads the whole lower-cased text: where the scanned form is that whole text
  (no longer than harm.MAX_CHARS, the same length once lower-cased) it holds the same ASCII
  literals and more (straightened quotes only add apostrophes); the human turns' mentions
  are found in the turns joined by newlines, which no literal holds, so the turns' bits
  together are the joined text's.

Where a condition fails (non-ASCII literals, a long text, a user's own classifier) that
consumer scans for itself as before; the results never differ, only the time.
"""

from __future__ import annotations

from citeaudit.audit.harm import MAX_CHARS, HarmDetector, ScannedText, normalise
from citeaudit.audit.pairlabel import PairLabeller, PairVerdict
from citeaudit.audit.refusal import BuiltinRefusalClassifier, RefusalClassifier, normalize_label
from citeaudit.core import prefilter
from citeaudit.core.lexicon import Lexicon, Mention
from citeaudit.core.prefilter import JointPrefilter, Prefilter

_CACHE_SIZE = 8


class TextScan:
    """One text scanned: the harm cues' view of it, the joint bits, and whether the scanned
    form is the whole lower-cased text (so that the lexicon's bits can be taken from it)."""

    __slots__ = ("harm", "found", "whole")

    def __init__(self, harm: ScannedText, found: int, whole: bool):
        self.harm, self.found, self.whole = harm, found, whole


class PairScanner:
    """Scans the texts of a pair once each and answers the labeller's, the refusal
    rules' and the lexicon's questions from those scans (see the module docstring)."""

    def __init__(self, lexicon: Lexicon, classifier: RefusalClassifier, harm: HarmDetector):
        self.lexicon, self.classifier, self.harm = lexicon, classifier, harm
        self.labeller = PairLabeller(harm, classifier)
        parts = {"harm": harm.prefilter}
        self._lexicon_shared = _plain(lexicon.prefilter)
        if self._lexicon_shared:
            parts["lexicon"] = lexicon.prefilter
        # not a subclass, whose own `classify` must run
        self._refusal = (classifier if type(classifier) is BuiltinRefusalClassifier
                         and _plain(classifier.prefilter) else None)
        if self._refusal is not None:
            parts["refusal"] = classifier.prefilter
        self.joint = JointPrefilter(parts)
        self._harm_bits = (1 << harm.prefilter.width) - 1  # the first part: no shift

    def scan(self, text: str) -> TextScan:
        normalised = normalise(text)
        found = self.joint.candidates(normalised)
        whole = len(text) <= MAX_CHARS and len(normalised) == len(text)
        return TextScan(ScannedText(normalised, found & self._harm_bits), found, whole)

    def refusal_label(self, prompt: str, response: str, scan: TextScan) -> str:
        """The classifier's (normalised) label of `response`."""
        if self._refusal is not None and len(response.strip()) == len(response):
            return self._refusal.classify_scanned(response, self.joint.part(scan.found,
                                                                             "refusal"))
        return normalize_label(self.classifier.classify(prompt, response))

    def mentions(self, text: str, scans: list[TextScan]) -> list[Mention]:
        """The lexicon's mentions in `text`, which is the texts of `scans` joined by
        newlines (one text: itself)."""
        if not (self._lexicon_shared and all(scan.whole for scan in scans)):
            return self.lexicon.find_mentions(text)
        found = 0
        for scan in scans:
            found |= scan.found
        return self.lexicon.find_mentions_scanned(text, self.joint.part(found, "lexicon"))

    def label(self, humans: list[str], response: str, response_label: str,
              request: tuple[str, ...], scan: TextScan) -> PairVerdict:
        return self.labeller.label(humans, response, response_label, request,
                                   scanned=scan.harm)


def _plain(part: Prefilter) -> bool:
    """Whether a prefilter's literals can be taken from the shared scan: all ASCII, no
    newline, and scanned at all."""
    return part.active and all(lit.isascii() and "\n" not in lit for lit in part.literals)


_SCANNERS: dict[tuple[int, int, int], PairScanner] = {}


def scanner_for(lexicon: Lexicon, classifier: RefusalClassifier,
                harm: HarmDetector) -> PairScanner | None:
    """The scanner of these three (built once per process), or None on the reference path
    (no literal prefilter), where each consumer does its own plain work."""
    if not prefilter.available():
        return None
    key = (id(lexicon), id(classifier), id(harm))  # the scanner keeps them alive
    scanner = _SCANNERS.get(key)
    if scanner is None:
        if len(_SCANNERS) >= _CACHE_SIZE:
            _SCANNERS.clear()
        scanner = _SCANNERS[key] = PairScanner(lexicon, classifier, harm)
    return scanner
