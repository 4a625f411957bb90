"""spaCy: blank English (or a trained pipeline), rule-based sentences, and a PhraseMatcher
for the aliases."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from citeaudit.literature.extract.aliases import OwnerWords, owner_spans, url_alias_spans
from citeaudit.literature.extract.markers import SUP_DIGIT, alias_compounds, alias_scan_pattern

_FOOTNOTE_AFTER_STOP = re.compile(
    rf"[a-z)\]]\.(\d{{1,2}}|{SUP_DIGIT}+(?:[,\u207b\u2013]{SUP_DIGIT}+)*)\s+(?=[A-Z][a-z])")
ABBREVIATIONS = ("al.", "Fig.", "Figs.", "fig.", "Eq.", "Eqs.", "eq.", "Sec.", "Sect.",
                 "Secs.", "Tab.", "Tbl.", "vs.", "cf.", "Cf.", "approx.", "resp.", "No.",
                 "Ref.", "Refs.", "App.", "Appx.", "Ch.", "Chap.", "Dr.", "Prof.", "etc.",
                 "Inc.", "Corp.", "Ltd.", "St.", "Vol.", "pp.", "ed.", "eds.", "Jr.")
TRAINED_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_sci_sm")


def installed_model() -> str | None:
    """A trained English spaCy pipeline the user has installed, if any."""
    import spacy.util

    return next((name for name in TRAINED_PIPELINES if spacy.util.is_package(name)), None)


class SentenceMatcher:
    """spaCy sentence splitting and alias matching.

    Uses the named pipeline, else an installed trained English one, else blank English
    with the rule-based sentencizer (works offline, nothing to download).
    """

    def __init__(self, aliases: Sequence[str], model: str | None = None):
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.symbols import ORTH

        model = model or installed_model()
        if model:
            self.nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        else:
            self.nlp = spacy.blank("en")
            self.nlp.add_pipe("sentencizer")
        for abbreviation in ABBREVIATIONS:
            self.nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher.add("ALIAS", [self.nlp.make_doc(a) for a in aliases if a.strip()])
        self.aliases = tuple(a for a in aliases if a.strip())
        self.owner_words = OwnerWords.from_aliases(self.aliases)
        self.scan = alias_scan_pattern([*self.aliases, *self.owner_words.owners])
        self.compounds = alias_compounds(aliases)

    def sentences(self, text: str) -> tuple[Any, list[tuple[int, int]]]:
        """The doc and its sentences as character spans; a lower-case start joins the previous."""
        doc = self.nlp(text)
        spans: list[tuple[int, int]] = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            first = text[start:end].lstrip()[:1]
            if spans and first and (first.islower() or first in ",;)]"):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return doc, _split_after_footnotes(text, spans)

    def alias_spans(self, doc: Any) -> list[tuple[int, int, str]]:
        """(start, end, text) of the aliases, of owner-named names ("Anthropic's Helpful and
        Harmless") and of URLs or hub paths holding an alias."""
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            spans.append((span.start_char, span.end_char, span.text))
        tokens = [t.text for t in doc]
        for first, last in owner_spans(tokens, self.owner_words):
            span = doc[first:last + 1]
            spans.append((span.start_char, span.end_char, span.text))
        spans += url_alias_spans(doc.text, self.aliases)
        return spans


def _split_after_footnotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "... (Bai et al., 2022b).13 These models ..." after the footnote number."""
    out = []
    for start, end in spans:
        for m in _FOOTNOTE_AFTER_STOP.finditer(text, start, end):
            out.append((start, m.end(1)))
            start = m.end(1)
        out.append((start, end))
    return out
