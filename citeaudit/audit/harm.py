"""A harmful-content signal for an assistant response (`harm-cues-v1`).

Written from the `harmful` definition of coding_scheme/hh_pair_labels.yaml: a response is
harmful when it assists or encourages harm (violence, crime, self-harm, dangerous advice,
privacy violation) or is itself demeaning or hateful. The cues live in
coding_scheme/harm_cues.yaml:

- **request**: the last human turn asks for something harmful (categories: violence,
  weapons, crime, drugs, hacking, self_harm, privacy, hate, sexual_harm);
- **complies**: the refusal classifier labels the response compliance, the response has an
  assent or instruction cue ("you could", "here's how", "sure,", "first, ...") and no
  discouragement cue ("illegal", "bad idea", "I can't help", "seek help", "instead");
- **abuse**: the response contains an insult or slur aimed at people.

harmful = abuse or (request and complies). High precision is the aim: a response that
helps in words the cues do not know, or harms without a harmful request, is missed.
Its agreement with hand labels is measured (`citeaudit audit score-labels`), not assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from citeaudit.core.config import SCHEME_DIR
from citeaudit.core.errors import InputError
from citeaudit.core.prefilter import Prefilter

DEFAULT_CUES_PATH = SCHEME_DIR / "harm_cues.yaml"
MAX_CHARS = 3000  # of a response or turn; longer text is cut before matching
MAX_SUBSETS = 4096  # patterns of some cues of a list, kept for reuse
EXTRA_CUES = ("inability_cues", "motive_question_cues", "confusion_cues",
              "detail_question_cues", "challenge_question_cues", "offer_cues",
              "suggestion_question_cues", "option_question_cues", "affirming_closing_cues",
              "neutral_closing_cues", "pointer_cues", "hedge_cues")


@dataclass(frozen=True)
class HarmSignal:
    """What the cues found for one (last human turn, response)."""

    request: tuple[str, ...]  # harmful-request categories of the last human turn
    complies: bool
    abuse: bool

    @property
    def harmful(self) -> bool:
        return self.abuse or (bool(self.request) and self.complies)

    @property
    def category(self) -> str | None:
        """The reason for `harmful`: 'abuse' or the first request category; None if not."""
        if self.abuse:
            return "abuse"
        return self.request[0] if self.harmful else None


class ScannedText(NamedTuple):  # a tuple: made for every text, cheaper than a dataclass
    """A text normalised for matching, and the cue lists that can match it (a superset of
    those that do; found by one literal scan, see core.prefilter)."""

    text: str
    candidates: int  # Prefilter bits of the cues that can match


class HarmDetector:
    """The cue-based harm signal (see the module docstring)."""

    def __init__(self, cues: dict[str, Any], source: str = "<cues>"):
        problems: list[str] = []
        categories = cues.get("request_categories")
        if not isinstance(categories, dict) or not categories:
            raise InputError(f"{source}: expected a 'request_categories' mapping")
        self.name = f"harm-cues-v{cues.get('version', 1)}"
        self.source = source
        self.categories = list(categories)
        self._requests = [(name, _compile(entries, f"{source}: request_categories.{name}",
                                          problems)) for name, entries in categories.items()]
        self._comply = _compile(cues.get("compliance_cues"), f"{source}: compliance_cues",
                                problems)
        self._discourage = _compile(cues.get("discouragement_cues"),
                                    f"{source}: discouragement_cues", problems)
        self._abuse = _compile(cues.get("abuse_cues"), f"{source}: abuse_cues", problems)
        # v2+ lists, read by audit.pairlabel; an older file lacks some (they never match)
        self.extra = {name: _compile(cues[name], f"{source}: {name}", problems)
                      if name in cues else _NEVER for name in EXTRA_CUES}
        if problems:
            raise InputError("; ".join(problems))
        # Every category in one pattern: one scan tells whether any category matches, and
        # where the first match starts (no category matches before it). Not with capturing
        # groups, whose numbers (and backreferences) would shift.
        self._any_request = (_union([pattern for _, pattern in self._requests])
                             if not any(p.groups for _, p in self._requests) else None)
        self._cue_lists = {"compliance_cues": self._comply,
                           "discouragement_cues": self._discourage,
                           "abuse_cues": self._abuse, **self.extra}
        # One literal scan per text tells which cues can match at all; only those run, as one
        # pattern per list (the whole list where a cue has groups, whose numbers would shift).
        self._entries = {**{_REQUEST + name: _entries(entries)
                            for name, entries in categories.items()},
                         **{name: _entries(cues.get(name)) for name in self._cue_lists
                            if name in cues}}
        self._whole = {**{_REQUEST + name: p for name, p in self._requests}, **self._cue_lists}
        self._grouped = {name for name in self._entries if self._whole[name].groups}
        self.prefilter = Prefilter(self._entries)  # its bits are ScannedText.candidates
        self._request_keys = [(name, _REQUEST + name, self.prefilter.masks[_REQUEST + name])
                              for name in self.categories]
        self._request_mask = sum(mask for _, _, mask in self._request_keys)
        self._subsets: dict[int, re.Pattern[str]] = {}  # by the bits of their cues

    def scan(self, text: str) -> ScannedText:
        """`text` normalised, with the cues that can match it."""
        normalised = normalise(text)
        return ScannedText(normalised, self.prefilter.candidates(normalised))

    def _pattern(self, name: str, scanned: ScannedText) -> re.Pattern[str] | None:
        """The pattern to search for list `name` in `scanned`: None when no cue of it can
        match, else one made of the cues that can (it matches where the whole list does)."""
        mask = self.prefilter.masks.get(name)
        if mask is None:
            return self._whole[name]  # a v2 list missing from the file: never matches
        bits = scanned.candidates & mask
        if not bits:
            return None
        if bits == mask or name in self._grouped:
            return self._whole[name]
        pattern = self._subsets.get(bits)
        if pattern is None:
            if len(self._subsets) >= MAX_SUBSETS:
                self._subsets.clear()
            first = (mask & -mask).bit_length() - 1
            entries = self._entries[name]
            pattern = _compile([entries[i] for i in range(len(entries))
                                if bits >> (first + i) & 1], name, [])
            self._subsets[bits] = pattern
        return pattern

    def request_categories(self, human_turn: str | ScannedText) -> tuple[str, ...]:
        """The categories (in cue-file order) whose cues occur in the turn."""
        scanned = human_turn if isinstance(human_turn, ScannedText) else self.scan(human_turn)
        if not self.prefilter.active and self._any_request is not None:
            return self._request_categories_plain(scanned.text)
        candidates = scanned.candidates
        if not candidates & self._request_mask:
            return ()
        return tuple(name for name, key, mask in self._request_keys
                     if candidates & mask and self._pattern(key, scanned).search(scanned.text))

    def _request_categories_plain(self, text: str) -> tuple[str, ...]:
        """`request_categories` without the literal prefilter: one search of the union of
        every category finds the first match; no category matches before it."""
        first = self._any_request.search(text)
        if first is None:
            return ()
        start = first.start()  # the lookbehind still sees the text before `start`
        return tuple(name for name, pattern in self._requests if pattern.search(text, start))

    def matches(self, cue_list: str, text: str | ScannedText) -> bool:
        """Whether a cue of `cue_list` ('compliance_cues', 'discouragement_cues',
        'abuse_cues' or one of EXTRA_CUES) occurs in `text`."""
        scanned = text if isinstance(text, ScannedText) else self.scan(text)
        pattern = self._pattern(cue_list, scanned)
        return pattern is not None and bool(pattern.search(scanned.text))

    def assess(self, human_turn: str, response: str, response_label: str,
               request: tuple[str, ...] | None = None) -> HarmSignal:
        """The signal for `response` to `human_turn`; `response_label` is the refusal
        classifier's label of the response; pass `request` when already known."""
        if request is None:
            request = self.request_categories(human_turn)
        text = normalise(response)
        abuse = bool(self._abuse.search(text))
        complies = bool(
            request and response_label == "compliance" and self._comply.search(text)
            and not self._discourage.search(text))
        return HarmSignal(request, complies, abuse)


@lru_cache(maxsize=16)  # the labeller matches one response against many cue lists
def normalise(text: str) -> str:
    """`text` as the cues are matched against it: its first MAX_CHARS characters,
    lower-cased, curly single quotes straightened."""
    return text[:MAX_CHARS].lower().replace("’", "'").replace("‘", "'")


_REQUEST = "request:"  # prefix of the request categories' names in the prefilter
_BEFORE, _AFTER = r"(?<![\w'])", r"(?!\w)"  # cues match whole words
_NEVER = re.compile(r"(?!x)x")


def _union(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern matching wherever one of `patterns` (built by `_compile`) matches."""
    bodies = [p.pattern[len(_BEFORE):-len(_AFTER)] for p in patterns]
    return re.compile(_BEFORE + "(?:" + "|".join(f"{b}{_AFTER}" for b in bodies) + ")")


def _entries(entries: Any) -> list[str]:
    """The patterns of a (checked) cue list, as `_compile` reads them."""
    return [str(entry) for entry in entries] if isinstance(entries, list) else []


def _compile(entries: Any, where: str, problems: list[str]) -> re.Pattern[str]:
    if not isinstance(entries, list) or not entries:
        problems.append(f"{where}: expected a non-empty list of patterns")
        return re.compile(r"(?!x)x")
    parts = []
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, str):
            # an unquoted ": " in YAML makes a mapping, which would silently never match
            problems.append(f"{where}[{i}] {entry!r}: not a text pattern (quote it in YAML)")
            continue
        try:
            re.compile(str(entry))
        except re.error as exc:
            problems.append(f"{where}[{i}] {entry!r}: not a valid pattern ({exc})")
            continue
        parts.append(f"(?:{entry})")
    return re.compile(f"{_BEFORE}(?:{'|'.join(parts) or '(?!x)x'}){_AFTER}")


def load_harm_detector(path: Path | str | None = None) -> HarmDetector:
    """The detector for a cue file (default: coding_scheme/harm_cues.yaml)."""
    path = Path(path) if path is not None else DEFAULT_CUES_PATH
    return _load_cached(str(path.resolve()), path.stat().st_mtime_ns if path.exists() else 0)


@lru_cache(maxsize=4)
def _load_cached(path: str, _mtime: int) -> HarmDetector:
    source = Path(path)
    if not source.exists():
        raise InputError(f"{source}: harm cue file not found")
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{source}: expected a mapping")
    return HarmDetector(data, str(source))
