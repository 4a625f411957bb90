"""Identity-term lexicon: load it from YAML and find mentions of social groups in text.

Shared by the dataset audit and the model evaluation. Polysemous terms ("old", "white",
"straight") are reported raw and flagged `person_referring` only where a person cue fires:
a following person noun ("white people", "old white men"), a nominal plural ("the blacks",
"gays"), a subject and copula ("I'm gay", "she is too old"), a nominal use with a plural
verb ("the old are"), or a phrase such as "being" / "as a" before the term.

    lexicon = load_lexicon()                 # coding_scheme/identity_terms.yaml
    for m in lexicon.find_mentions("My black neighbors are old."):
        print(m.term, m.group, m.axis, m.person_referring)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from citeaudit.core.config import SCHEME_DIR
from citeaudit.core.errors import InputError
from citeaudit.core.prefilter import Prefilter

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DEFAULT_LEXICON_PATH = SCHEME_DIR / "identity_terms.yaml"
MAX_SUBSETS = 4096  # matchers of some of the forms, kept for reuse


@dataclass(frozen=True)
class Term:
    """One identity term: its surface forms, the group it names and the axis of the group."""

    term: str
    group: str
    axis: str
    variants: tuple[str, ...]
    person_forms: tuple[str, ...] = ()
    polysemous: bool = False


@dataclass(frozen=True)
class Mention:
    """One match of a term in a text. `cue` says why it counts as referring to people."""

    term: str
    group: str
    axis: str
    text: str
    start: int
    end: int
    polysemous: bool
    person_referring: bool
    cue: str | None


@dataclass(frozen=True)
class PersonContext:
    """Cues that make a polysemous term refer to people (see the YAML for the meaning)."""

    person_nouns: tuple[str, ...] = ()
    max_modifiers: int = 2
    subjects: tuple[str, ...] = ()
    copulas: tuple[str, ...] = ()
    adverbs: tuple[str, ...] = ()
    nominal_determiners: tuple[str, ...] = ()
    plural_verbs: tuple[str, ...] = ()
    before_phrases: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """A set of identity terms plus the person cues; `find_mentions` is the fast matcher."""

    name: str
    version: int
    terms: tuple[Term, ...]
    context: PersonContext
    source: str = ""
    _by_form: dict[str, tuple[Term, bool]] = field(init=False, repr=False)
    _pattern: re.Pattern[str] = field(init=False, repr=False)
    _pattern_lower: re.Pattern[str] = field(init=False, repr=False)
    _after: re.Pattern[str] | None = field(init=False, repr=False)
    _before: re.Pattern[str] | None = field(init=False, repr=False)
    _nominal_before: re.Pattern[str] | None = field(init=False, repr=False)
    _nominal_after: re.Pattern[str] | None = field(init=False, repr=False)
    prefilter: Prefilter = field(init=False, repr=False, compare=False)
    _subsets: dict[int, re.Pattern[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_form = {}
        for t in self.terms:
            for form in t.variants:
                self._by_form[_norm(form)] = (t, False)
            for form in t.person_forms:
                self._by_form[_norm(form)] = (t, True)
        self._pattern = _word_pattern(self._by_form, re.IGNORECASE)
        self._pattern_lower = _word_pattern(self._by_form, 0)
        # every match of a form holds its longest piece between spaces and apostrophes
        self.prefilter = Prefilter({"forms": [re.escape(max(re.split("[ ']", form), key=len))
                                              for form in self._by_form]})
        self._subsets = {}  # by the prefilter bits of their forms
        ctx = self.context
        modifier = _alternation(self._by_form)
        if ctx.person_nouns:
            self._after = re.compile(
                rf"(?:[ \t]+(?:{modifier})){{0,{max(0, ctx.max_modifiers)}}}[ \t]+"
                rf"(?:{_alternation(ctx.person_nouns)})\b",
                re.IGNORECASE,
            )
        else:
            self._after = None
        befores = []
        if ctx.subjects and ctx.copulas:
            copula = rf"(?:\s+(?:{_alternation(ctx.copulas)})|['’](?:m|s|re))"
            adverb = rf"(?:\s+(?:{_alternation(ctx.adverbs)}))?" if ctx.adverbs else ""
            befores.append(
                rf"\b(?:{_alternation(ctx.subjects)}){copula}{adverb}(?:\s+(?:a|an))?\s+$"
            )
        if ctx.before_phrases:
            befores.append(rf"\b(?:{_alternation(ctx.before_phrases)})\s+$")
        self._before = re.compile("|".join(befores), re.IGNORECASE) if befores else None
        if ctx.nominal_determiners and ctx.plural_verbs:
            self._nominal_before = re.compile(
                rf"\b(?:{_alternation(ctx.nominal_determiners)})\s+$", re.IGNORECASE
            )
            self._nominal_after = re.compile(
                rf"\s+(?:{_alternation(ctx.plural_verbs)})\b", re.IGNORECASE
            )
        else:
            self._nominal_before = self._nominal_after = None

    # -- matching ---------------------------------------------------------------
    def find_mentions(self, text: str) -> list[Mention]:
        """Every identity-term match in `text`, left to right, longest form first."""
        if not text:
            return []
        lowered = text.lower()
        # Matching lower-cased text without IGNORECASE is about twice as fast; a few
        # characters change length when lower-cased, and then positions would shift.
        if len(lowered) == len(text):
            candidates = self.prefilter.candidates(lowered)
            if not candidates:
                return []  # no form can occur
            return self._mentions(text, self._lower_pattern(candidates).finditer(lowered))
        return self._mentions(text, self._pattern.finditer(text))

    def find_mentions_scanned(self, text: str, candidates: int) -> list[Mention]:
        """`find_mentions` of a text whose lower-cased form keeps its length, given the
        bits of `prefilter` for a text holding every literal that form holds."""
        if not candidates or not text:
            return []
        return self._mentions(text, self._lower_pattern(candidates).finditer(text.lower()))

    def _lower_pattern(self, candidates: int) -> re.Pattern[str]:
        """The matcher of lower-cased text made of the forms whose literals occur in it: it
        finds what the matcher of every form finds (a form that can match somewhere is
        among them), and tries fewer forms at each character."""
        if candidates == self.prefilter.masks["forms"] or not self.prefilter.active:
            return self._pattern_lower
        pattern = self._subsets.get(candidates)
        if pattern is None:
            if len(self._subsets) >= MAX_SUBSETS:
                self._subsets.clear()
            pattern = _word_pattern([form for i, form in enumerate(self._by_form)
                                     if candidates >> i & 1], 0)
            self._subsets[candidates] = pattern
        return pattern

    def _mentions(self, text: str, matches) -> list[Mention]:
        mentions = []
        for match in matches:
            form = text[match.start():match.end()]
            term, is_person_form = self._by_form[_norm(form)]
            cue = self._cue(text, match.start(), match.end(), term, is_person_form)
            mentions.append(Mention(
                term=term.term, group=term.group, axis=term.axis, text=form,
                start=match.start(), end=match.end(), polysemous=term.polysemous,
                person_referring=cue is not None, cue=cue,
            ))
        return mentions

    def _cue(self, text: str, start: int, end: int, term: Term, is_person_form: bool) -> str | None:
        if not term.polysemous:
            return "term"
        if is_person_form:
            return "person_form"
        if end < len(text) and text[end] == "-":
            return None  # "white-collar", "old-fashioned"
        if self._after is not None and self._after.match(text, end):
            return "person_noun"
        window = text[max(0, start - 40):start]
        if self._before is not None and self._before.search(window):
            return "before"
        if (self._nominal_before is not None and self._nominal_before.search(window)
                and self._nominal_after.match(text, end)):
            return "nominal"
        return None

    # -- reference ---------------------------------------------------------------
    @property
    def axes(self) -> list[str]:
        return sorted({t.axis for t in self.terms})

    @property
    def groups(self) -> list[tuple[str, str]]:
        """(axis, group) pairs, sorted."""
        return sorted({(t.axis, t.group) for t in self.terms})

    def term(self, name: str) -> Term:
        for t in self.terms:
            if t.term == name:
                return t
        raise KeyError(name)


def count_mentions(mentions: list[Mention], key: str = "group") -> dict[str, Counter]:
    """Counts by `key` (term, group or axis): {'raw': Counter, 'person': Counter}."""
    raw: Counter = Counter()
    person: Counter = Counter()
    for m in mentions:
        value = getattr(m, key)
        raw[value] += 1
        if m.person_referring:
            person[value] += 1
    return {"raw": raw, "person": person}


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Read a lexicon YAML (default: the one shipped in coding_scheme/); errors name the entry."""
    path = Path(path) if path is not None else DEFAULT_LEXICON_PATH
    return _load_cached(str(path.resolve()), path.stat().st_mtime_ns if path.exists() else 0)


def lexicon_from_config(config: Any) -> Lexicon:
    """The lexicon named by `config.identity_lexicon`, or the default when unset."""
    return load_lexicon(getattr(config, "identity_lexicon", None))


def find_mentions(text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """Mentions of identity terms in `text` with the default (or the given) lexicon."""
    return (lexicon or load_lexicon()).find_mentions(text)


@lru_cache(maxsize=8)
def _load_cached(path: str, _mtime: int) -> Lexicon:
    source = Path(path)
    if not source.exists():
        raise InputError(f"{source}: lexicon file not found")
    try:
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: not valid YAML ({exc})") from exc
    return parse_lexicon(data, str(source))


def parse_lexicon(data: Any, source: str = "<lexicon>") -> Lexicon:
    """Build a Lexicon from the YAML structure; every problem is reported at once."""
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise InputError(f"{source}: expected a mapping with a 'terms' list")
    problems: list[str] = []
    terms: list[Term] = []
    seen_forms: dict[str, str] = {}
    axes = data.get("axes")
    for i, entry in enumerate(data["terms"], start=1):
        where = f"{source}: terms[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: expected a mapping, got {type(entry).__name__}")
            continue
        missing = [k for k in ("term", "group", "axis", "variants") if not entry.get(k)]
        if missing:
            problems.append(f"{where} ({entry.get('term', '?')}): missing {', '.join(missing)}")
            continue
        if axes and entry["axis"] not in axes:
            problems.append(f"{where} ({entry['term']}): axis {entry['axis']!r} not in {axes}")
        variants = _str_list(entry["variants"], f"{where} variants", problems)
        person_forms = _str_list(entry.get("person_forms") or [], f"{where} person_forms",
                                 problems)
        for form in (*variants, *person_forms):
            other = seen_forms.get(_norm(form))
            if other and other != entry["term"]:
                problems.append(f"{where} ({entry['term']}): form {form!r} also in {other!r}")
            seen_forms[_norm(form)] = entry["term"]
        terms.append(Term(
            term=str(entry["term"]), group=str(entry["group"]), axis=str(entry["axis"]),
            variants=tuple(variants), person_forms=tuple(person_forms),
            polysemous=bool(entry.get("polysemous", False)),
        ))
    raw_ctx = data.get("person_context") or {}
    if not isinstance(raw_ctx, dict):
        problems.append(f"{source}: person_context must be a mapping")
        raw_ctx = {}
    ctx_fields = {}
    for name in ("person_nouns", "subjects", "copulas", "adverbs", "nominal_determiners",
                 "plural_verbs", "before_phrases"):
        ctx_fields[name] = tuple(_str_list(raw_ctx.get(name) or [],
                                           f"{source}: person_context.{name}", problems))
    max_mod = raw_ctx.get("max_modifiers", 2)
    if not isinstance(max_mod, int) or max_mod < 0:
        problems.append(f"{source}: person_context.max_modifiers must be a whole number >= 0")
        max_mod = 2
    if problems:
        raise InputError("; ".join(problems))
    return Lexicon(
        name=str(data.get("name", Path(source).stem)), version=int(data.get("version", 1)),
        terms=tuple(terms), context=PersonContext(max_modifiers=max_mod, **ctx_fields),
        source=source,
    )


def _str_list(value: Any, where: str, problems: list[str]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        problems.append(f"{where}: expected a list of strings")
        return []
    return [str(v).strip() for v in value if str(v).strip()]


def _norm(form: str) -> str:
    return re.sub(r"\s+", " ", form.replace("’", "'")).strip().lower()


def _alternation(forms) -> str:
    """Regex alternation, longest first so 'african american' wins over 'african'."""
    parts = sorted({_norm(f) for f in forms}, key=lambda f: (-len(f), f))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in parts)


def _word_pattern(forms, flags: int) -> re.Pattern[str]:
    """Whole-word matcher for all forms, compiled as a character trie (fast in `re`)."""
    return re.compile(rf"(?<![\w-]){_trie(sorted({_norm(f) for f in forms}))}(?!\w)", flags)


def _trie(forms: list[str]) -> str:
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = True
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = []
    for char, child in sorted((c, n) for c, n in node.items() if c):
        piece = r"\s+" if char == " " else "['’]" if char == "'" else re.escape(char)
        branches.append(piece + _trie_node(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
