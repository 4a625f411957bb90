"""What a passage is: a sentence about the dataset ('dataset_use'), a citation of the target
that names no use ('citation'), a sentence naming only a model trained on the dataset
('model_name'), or text from a table, figure or sample-output row ('table_figure').

Only the first two count as evidence of how a paper uses the dataset (COUNTED_KINDS).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from citeaudit.literature.extract.layout import CAPTION
from citeaudit.literature.extract.records import COUNTED_KINDS, PASSAGE_KINDS  # noqa: F401

# After a name: a model noun ("HH RLHF model", "... reward model", "...'s 52B policy") or
# a data noun ("HH dataset", "HH-RLHF helpful-base subset", "HH test split").
_MODEL_AFTER = re.compile(
    r"\s*(?:['\u2019]s\s+)?(?:\d+(?:\.\d+)?[BM]\s+)?"
    r"(?:(?:reward|preference|policy|base|chat|sft|rl|rlhf|ppo|dpo|trained)\s+)?"
    r"(?:model|models|policy|policies|assistant|assistants|agent|agents|pms?|rms?|"
    r"checkpoints?|llms?|chatbots?)\b", re.IGNORECASE)
_DATA_AFTER = re.compile(
    r"\s*(?:['\u2019]s\s+)?(?:[\w-]+\s+)?(?:dataset|datasets|data|preferences?|comparisons|"
    r"prompts|conversations|dialogues?|splits?|subsets?|test|train|training|eval|evaluation|"
    r"corpus|samples|examples|pairs|labels|annotations|harmless|helpful)\b", re.IGNORECASE)
# Words that say a sentence is about data, for sentences that only cite the target.
_DATA_WORDS = re.compile(
    r"\b(?:data|dataset|datasets|data\s?set|preferences?\s+(?:data|pairs|labels|comparisons)|"
    r"comparisons|conversations|dialogues|prompts|red[- ]team(?:ing)?\s+(?:data|attempts|"
    r"prompts)|splits?|subsets?|annotat\w+|labels|crowd-?workers?|train(?:ing)?\s+set|"
    r"test\s+set)\b", re.IGNORECASE)
# A labelled sample row: an arrow within the first words ("HH RLHF Response → ..."), or a
# short label ending in a response word and a colon ("Model response: ...").
_ARROW_ROW = re.compile(r"^\W*(?:\S+\s+){0,5}?\S*\s*(?:\u2192|\u21d2|->|=>)\s")
_LABEL_ROW = re.compile(r"^\W*(?:[\w&'\u2019.+-]+\s+){0,5}?(?:response|answer|output|"
                        r"completion|reply|generation)s?\s*:", re.IGNORECASE)
_CITATION = re.compile(r"\([^()]*\b(?:19|20)\d\d[a-z]?\b[^()]*\)|\[[^\]]*\]")


def is_sample_row(sentence: str) -> bool:
    return bool(_ARROW_ROW.match(sentence) or _LABEL_ROW.match(sentence))


def reads_as_prose(sentence: str) -> bool:
    """At least four words, two in five in lower case, most tokens with letters; citations
    left out first (a list of authors is not a table)."""
    text = _CITATION.sub(" ", sentence)
    words = re.findall(r"[A-Za-z]+", text)
    tokens = text.split()
    return (len(words) >= 4 and sum(w[0].islower() for w in words) >= 0.4 * len(words)
            and sum(any(ch.isalpha() for ch in t) for t in tokens) >= 0.5 * len(tokens))


def is_cited_list(sentence: str) -> bool:
    """A list of named works, each cited, closed by a full stop ("i) BeaverTails [77], ii)
    Decoding Trust [153], and HH-RLHF [10].") is a sentence of prose cut into a list, not
    table text: table cells do not cite. Issue 17, second round, from the held-out survey
    2409.18169."""
    text = sentence.strip()
    return (len(_CITATION.findall(text)) >= 2 and text.endswith(".")
            and bool(re.search(r"\b(?:and|or)\b|(?:^|\s)\(?(?:[ivx]{1,4}|[a-h1-9])\)", text)))


def _table_row(sentence: str) -> bool:
    """Cells of a table row: three or more bare numbers and no full stop at the end."""
    numbers = re.findall(r"(?<![\w.])[-\u2212]?\d+(?:[.,]\d+)*%?(?![\w.])", sentence)
    return len(numbers) >= 3 and not sentence.rstrip().endswith(".")


def _mostly_numbers(sentence: str) -> bool:
    tokens = _CITATION.sub(" ", sentence).split()
    return sum(any(ch.isalpha() for ch in t) for t in tokens) < 0.5 * len(tokens)


def name_key(name: str) -> str:
    """A name in one form: lower case, hyphens and spaces alike."""
    return " ".join(re.split(r"[\s-]+", name.lower().strip()))


def followed_by_model(text: str, end: int) -> bool:
    return bool(_MODEL_AFTER.match(text, end))


@dataclass
class NameUses:
    """How a paper uses each name of the dataset: followed by a model noun or a data noun."""

    model: Counter[str] = field(default_factory=Counter)
    data: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, text: str, end: int) -> None:
        if _MODEL_AFTER.match(text, end):
            self.model[name_key(name)] += 1
        elif _DATA_AFTER.match(text, end):
            self.data[name_key(name)] += 1

    def names_a_model(self, name: str) -> bool:
        """A name the paper uses for a model: twice before a model noun, never before a data
        noun ("HH RLHF models ... than HH RLHF")."""
        key = name_key(name)
        return self.model[key] >= 2 and self.data[key] == 0


@dataclass(frozen=True)
class Hit:
    """One match in a sentence: the text, 'alias', 'pointer' (a URL or hub path) or 'marker',
    and whether a model noun follows it."""

    text: str
    how: str
    before_model: bool = False


def passage_kind(sentence: str, hits: Iterable[Hit], uses: NameUses | None = None) -> str:
    """The kind of a passage from its sentence and what matched in it.

    A caption is judged by its first sentence (table cells often run on after it); a
    sentence that only cites the target may be a fragment cut by the layout, so only a
    mostly numeric one is table text.
    """
    hits = list(hits)
    if CAPTION.match(sentence):
        sentence = re.split(r"(?<=[a-z)\]][.:])\s+", sentence, maxsplit=1)[0]
    if is_sample_row(sentence):
        return "table_figure"
    if any(h.how == "pointer" for h in hits):
        return "dataset_use"  # a footnote or sentence pointing at the data
    names = [h for h in hits if h.how == "alias"]
    cites = any(h.how == "marker" for h in hits)
    if _table_row(sentence) or not (
            reads_as_prose(sentence) or is_cited_list(sentence)
            or (cites and not names and not _mostly_numbers(sentence))):
        return "table_figure"
    if names and not all(h.before_model or (uses and uses.names_a_model(h.text))
                         for h in names):
        return "dataset_use"
    if names:
        return "citation" if cites else "model_name"
    return "dataset_use" if _DATA_WORDS.search(sentence) else "citation"
