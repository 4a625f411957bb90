"""Names of the dataset beyond the configured aliases: an owner's name with the words its
aliases use ("Anthropic Harmless", "Anthropic's training dataset"), aliases inside URLs and
hub paths ("github.com/anthropics/hh-rlhf", "Dahoas/full-hh-rlhf"), short names a paper
defines for itself ("... dataset (hereafter HH)", "we refer to it as HH"), and short names it
uses without defining them ("HH" alone in a paper that names HH-RLHF, used as a dataset: "the
HH test set", "trained on HH", "(HH, SHP, OASST)")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Words that describe a dataset without naming it: with an owner they name the dataset only
# when a data noun follows ("Anthropic training dataset", not "Anthropic's training").
GENERIC_WORDS = frozenset({"training", "preference", "preferences", "human", "feedback",
                           "comparison", "comparisons", "dialogue", "dialog", "rlhf"})
DATA_NOUNS = frozenset({"dataset", "datasets", "data", "corpus"})
_JOINERS = frozenset({"and", "&", "-", "'s", "\u2019s"})
_STOPWORDS = frozenset({"and", "the", "of", "dataset", "data", "datasets"})

# "(HH)", "(hereafter HH)", "(henceforth: “HH”)" after a name, and "we refer to ... as HH".
_SHORT = r"[\"'\u201c\u2018]?([A-Z][A-Za-z0-9-]{0,14}[A-Z0-9])[\"'\u201d\u2019]?"
_DEFINED_AFTER = re.compile(
    r"\s*(?:(?:human|preference|dialogue|training|harmlessness|helpfulness)\s+)*"
    r"(?:dataset|datasets|data|corpus)?\s*\(\s*(?:(?:hereafter|henceforth|hence|or|"
    r"abbreviated(?:\s+as)?|called|denoted(?:\s+as)?|short)\s*:?\s*)?" + _SHORT + r"\s*\)")
_REFER_AS = re.compile(r"\b(?:refer\s+to|call|denote)\s+(?:it|them|this|these|the\s[^.;]{0,60}?)"
                       r"\s+as\s+" + _SHORT)


@dataclass(frozen=True)
class OwnerWords:
    """The dataset's owner names ("anthropic", from "Anthropic/hh-rlhf") and the words its
    aliases use after the owner ("helpful", "harmless", "hh" and their "-ness" forms)."""

    owners: frozenset[str]
    naming: frozenset[str]

    @classmethod
    def from_aliases(cls, aliases: Iterable[str]) -> OwnerWords:
        aliases = [a for a in aliases if a.strip()]
        owners = {a.split("/", 1)[0].lower() for a in aliases
                  if re.fullmatch(r"[A-Za-z][\w.-]*/[\w.-]+", a)}
        naming: set[str] = set()
        for alias in aliases:
            words = re.findall(r"[a-z]+", alias.lower())
            if words and words[0] in owners:
                naming.update(w for w in words[1:] if w not in _STOPWORDS)
        naming |= {w + "ness" for w in naming if w.endswith(("ful", "less"))}
        return cls(frozenset(owners), frozenset(naming))


def owner_spans(tokens: Sequence[str], words: OwnerWords) -> list[tuple[int, int]]:
    """(first, last) token indices of "Owner ['s] word ... [data noun]" names in `tokens`.

    Every word after the owner is a naming word, a generic word or a joiner; at least one
    naming word, or a data noun closing the name, makes it the dataset."""
    found = []
    lowered = [t.lower() for t in tokens]
    for i, token in enumerate(lowered):
        if token not in words.owners:
            continue
        j, last_named = i + 1, None
        while j < len(lowered) and (lowered[j] in words.naming or lowered[j] in GENERIC_WORDS
                                    or lowered[j] in _JOINERS or lowered[j] in DATA_NOUNS):
            if lowered[j] in words.naming or lowered[j] in DATA_NOUNS:
                last_named = j
            if lowered[j] in DATA_NOUNS:
                break
            j += 1
        if last_named is None:
            continue
        closed_by_noun = lowered[last_named] in DATA_NOUNS
        if closed_by_noun or any(lowered[k] in words.naming for k in range(i + 1, last_named + 1)):
            found.append((i, last_named))
    return found


def url_alias_spans(text: str, aliases: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, url) of URLs and hub paths ("Dahoas/full-hh-rlhf") holding an alias of
    five or more characters, compared in lower case."""
    needles = [a.lower() for a in aliases if len(a) >= 5]
    found = []
    for m in re.finditer(r"(?:https?://|www\.)?[\w.-]+(?:/\s?[\w.~%-]+)+", text):
        url = m.group(0)
        if "/" in url and any(n in url.lower().replace(" ", "") for n in needles):
            url = url.rstrip(".,;:)")
            found.append((m.start(), m.start() + len(url), url))
    return found


def defined_short_names(text: str, name_ends: Iterable[tuple[int, str]]) -> set[str]:
    """Short names defined for the dataset in `text`: after a name of it ending at each
    offset of `name_ends` (offset, name) — "Helpful and Harmless (HH)", "HH-RLHF (hereafter
    HH)" — or by "refer to ... as X" in the sentence of such a name."""
    short: set[str] = set()
    for end, name in name_ends:
        inside = re.search(r"\(\s*" + _SHORT + r"\s*\)\s*$", name)
        if inside:
            short.add(inside.group(1))
        m = _DEFINED_AFTER.match(text, end)
        if m:
            short.add(m.group(1))
        sentence_end = re.search(r"[.!?](?:\s|$)", text[end:])
        sentence = text[end:end + sentence_end.start() if sentence_end else len(text)]
        refer = _REFER_AS.search(sentence)
        if refer:
            short.add(refer.group(1))
    return {s for s in short if len(s) >= 2 and not s.isdigit()}


def short_name_pattern(short_names: Iterable[str]) -> re.Pattern[str] | None:
    """A case-sensitive whole-word pattern for a paper's own short names."""
    names = sorted(set(short_names), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


# A bare short name used as a dataset: before a data word ("HH dataset", "HH test set", "HH
# evaluation"), after a preposition of use ("on HH", "from HH"), or in a list of names in
# parentheses ("(HH, SHP, OASST)"). Issue 17, second round, from the held-out papers Secrets
# of RLHF ("the HH evaluation results") and KTO ("(HH, SHP, OASST)").
_SHORT_TOKEN = r"(?<![\w-]){name}(?![\w-])"
_DATA_USE_AFTER = re.compile(
    r"\s+(?:dataset|datasets|data|test|train|training|eval|evaluations?|split|splits|subsets?|"
    r"prompts|preferences?|comparisons|pairs|samples|benchmark)\b", re.IGNORECASE)
_USE_BEFORE = re.compile(r"\b(?:on|from|of|using|with|in)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME_LIST = re.compile(r"\(\s*(?:[A-Z][\w-]*\s*,\s*)+(?:and\s+)?[A-Z][\w-]*\s*\)")


def short_tokens(alias_texts: Iterable[str]) -> set[str]:
    """Upper-case tokens (2 to 5 letters) inside the names of the dataset a paper uses, the
    candidates for a short name ("HH" of "HH-RLHF" and "Anthropic HH"); "RLHF" names the
    method, not the data."""
    tokens = {t for text in alias_texts for t in re.findall(r"(?<![A-Za-z])[A-Z]{2,5}(?![a-z])",
                                                          text)}
    return tokens - {"RLHF", "RL", "AI", "LLM", "LM"}


def used_short_names(alias_texts: Iterable[str], texts: Iterable[str],
                     aliases: Iterable[str]) -> set[str]:
    """The short names of `short_tokens` in both the names the paper uses (`alias_texts`) and
    the configured `aliases`, that the paper also uses alone as a dataset (see
    `_DATA_USE_AFTER`, `_USE_BEFORE`, `_NAME_LIST`) in any of `texts`."""
    candidates = short_tokens(alias_texts) & short_tokens(aliases)
    used = set()
    texts = list(texts)
    for name in candidates:
        token = re.compile(_SHORT_TOKEN.format(name=re.escape(name)))
        for text in texts:
            if any(_DATA_USE_AFTER.match(text, m.end()) or _USE_BEFORE.search(text[:m.start()])
                   or any(lst.start() <= m.start() < lst.end()
                          for lst in _NAME_LIST.finditer(text))
                   for m in token.finditer(text)):
                used.add(name)
                break
    return used
