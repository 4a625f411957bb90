"""Streaming accumulators for the per-subset, per-split measures (bounded memory).

Everything here is pure: feed pairs (or red-team attempts) with their labels and
identity mentions, then ask for `summary()`, a JSON-ready dict per measure name.
Lengths are kept as histograms of word counts, so quantiles are exact and memory does not
grow with the number of pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from citeaudit.audit.harm import HarmSignal
from citeaudit.audit.parse import Pair, RedTeamAttempt
from citeaudit.core.lexicon import Mention

# A response counts as possibly truncated when its last character is none of these.
SENTENCE_END = set(".!?\"'”’)]}…*:;~>`")


def looks_truncated(response: str) -> bool:
    """Non-empty and not ending like a sentence (a proxy for responses cut off mid-way)."""
    text = response.rstrip()
    return bool(text) and text[-1] not in SENTENCE_END and not text[-1].isdigit()


def word_count(text: str) -> int:
    return len(text.split())


def quantiles(histogram: Counter, qs: tuple[float, ...] = (0.5, 0.9)) -> dict[str, float]:
    total = sum(histogram.values())
    if not total:
        return {"n": 0}
    items = sorted(histogram.items())
    out: dict[str, float] = {
        "n": total,
        "mean": round(sum(k * v for k, v in items) / total, 2),
        "max": items[-1][0],
    }
    for q in qs:
        target = q * total
        seen = 0
        for value, count in items:
            seen += count
            if seen >= target:
                out[f"p{int(q * 100)}"] = value
                break
    return out


@dataclass
class IdentityCounts:
    """Mentions and units (prompts/responses) mentioning each (part, axis, group)."""

    mentions_raw: Counter = field(default_factory=Counter)
    mentions_person: Counter = field(default_factory=Counter)
    units_raw: Counter = field(default_factory=Counter)
    units_person: Counter = field(default_factory=Counter)
    units: Counter = field(default_factory=Counter)  # part -> units seen

    def add(self, part: str, mentions: list[Mention]) -> None:
        self.units[part] += 1
        if not mentions:
            return
        raw_groups = set()
        person_groups = set()
        for m in mentions:
            key = (part, m.axis, m.group)
            self.mentions_raw[key] += 1
            raw_groups.add(key)
            if m.person_referring:
                self.mentions_person[key] += 1
                person_groups.add(key)
        self.units_raw.update(raw_groups)
        self.units_person.update(person_groups)

    def merge(self, other: IdentityCounts) -> None:
        for name in ("mentions_raw", "mentions_person", "units_raw", "units_person", "units"):
            getattr(self, name).update(getattr(other, name))

    def rows(self) -> list[tuple[str, str, str, int, int, int, int]]:
        return [
            (part, axis, group, self.mentions_raw[key], self.mentions_person[key],
             self.units_raw[key], self.units_person[key])
            for key in sorted(self.mentions_raw)
            for part, axis, group in [key]
        ]


@dataclass
class HarmCounts:
    """Harmful-request prompts per category, and responses flagged harmful per side."""

    units: int = 0
    requests: int = 0
    request_categories: Counter = field(default_factory=Counter)
    harmful: Counter = field(default_factory=Counter)  # side -> responses flagged
    harmful_by_category: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    complied_with_request: Counter = field(default_factory=Counter)
    sides: list[str] = field(default_factory=list)

    def add(self, request: tuple[str, ...], signals: dict[str, HarmSignal]) -> None:
        self.units += 1
        if len(self.sides) != len(signals):
            self.sides = sorted(set(self.sides) | set(signals))
        if request:
            self.requests += 1
            self.request_categories.update(request)
        for side, signal in signals.items():
            if signal.harmful:
                self.harmful[side] += 1
                self.harmful_by_category[side][signal.category] += 1
            if request and signal.complies:
                self.complied_with_request[side] += 1

    def merge(self, other: HarmCounts) -> None:
        self.units += other.units
        self.requests += other.requests
        for name in ("request_categories", "harmful", "complied_with_request"):
            getattr(self, name).update(getattr(other, name))
        for side, counts in other.harmful_by_category.items():
            self.harmful_by_category[side].update(counts)
        self.sides = sorted(set(self.sides) | set(other.sides))

    def summary(self, method: str) -> dict[str, Any]:
        n = self.units or 1
        sides = self.sides
        return {
            "units": self.units,
            "harmful_request_prompts": self.requests,
            "harmful_request_share": round(self.requests / n, 4),
            "request_categories": dict(self.request_categories.most_common()),
            "responses": {side: {
                "harmful": self.harmful[side],
                "harmful_share": round(self.harmful[side] / n, 4),
                "harmful_by_category": dict(self.harmful_by_category[side].most_common()),
                "complied_with_harmful_request": self.complied_with_request[side],
            } for side in sides},
            "method": (f"{method}: harmful = insult/slur in the response, a harmful request "
                       "in any human turn that the response goes along with (answers, "
                       "suggests, agrees, asks for details; discourages and then helps), or a "
                       "harmful act suggested unasked (audit.pairlabel)"),
        }


@dataclass
class PairStats:
    """Measures of one subset/split of preference pairs."""

    n_pairs: int = 0
    problems: Counter = field(default_factory=Counter)
    flags: Counter = field(default_factory=Counter)
    turns: Counter = field(default_factory=Counter)
    words: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    chosen_longer: int = 0
    rejected_longer: int = 0
    identical: int = 0
    empty: Counter = field(default_factory=Counter)
    truncated: Counter = field(default_factory=Counter)
    labels: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    label_pairs: Counter = field(default_factory=Counter)
    identity: IdentityCounts = field(default_factory=IdentityCounts)
    harm: HarmCounts = field(default_factory=HarmCounts)
    harm_method: str = "harm-cues"

    def add_problem(self, kind: str) -> None:
        self.problems[kind] += 1

    def add_harm(self, request: tuple[str, ...], signals: dict[str, HarmSignal]) -> None:
        self.harm.add(request, signals)

    def merge(self, other: PairStats) -> None:
        """Add the counts of `other` (the same measures over other pairs) to these."""
        for name in ("n_pairs", "chosen_longer", "rejected_longer", "identical"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("problems", "flags", "turns", "empty", "truncated", "label_pairs"):
            getattr(self, name).update(getattr(other, name))
        for name in ("words", "labels"):
            for key, counts in getattr(other, name).items():
                getattr(self, name)[key].update(counts)
        self.identity.merge(other.identity)
        self.harm.merge(other.harm)

    def add(self, pair: Pair, chosen_label: str, rejected_label: str,
            mentions: dict[str, list[Mention]], chosen_words: int | None = None,
            rejected_words: int | None = None) -> None:
        """Count one pair; pass the responses' word counts when already known."""
        self.n_pairs += 1
        if pair.flags:
            self.flags.update(pair.flags)
        self.turns[pair.n_turns] += 1
        if chosen_words is None:
            chosen_words = word_count(pair.chosen)
        if rejected_words is None:
            rejected_words = word_count(pair.rejected)
        self.words["chosen"][chosen_words] += 1
        self.words["rejected"][rejected_words] += 1
        self.words["prompt"][word_count(pair.prompt)] += 1
        self.chosen_longer += chosen_words > rejected_words
        self.rejected_longer += rejected_words > chosen_words
        self.identical += pair.chosen == pair.rejected
        for side, text in (("chosen", pair.chosen), ("rejected", pair.rejected)):
            self.empty[side] += not text.strip()
            self.truncated[side] += looks_truncated(text)
        self.labels["chosen"][chosen_label] += 1
        self.labels["rejected"][rejected_label] += 1
        self.label_pairs[f"{chosen_label}>{rejected_label}"] += 1
        for part, found in mentions.items():
            self.identity.add(part, found)

    def summary(self) -> dict[str, Any]:
        n = self.n_pairs or 1
        return {
            "size": {"pairs": self.n_pairs, "malformed": sum(self.problems.values()),
                     "malformed_by_kind": dict(self.problems)},
            "flags": dict(self.flags),
            "turns": {"histogram": {str(k): v for k, v in sorted(self.turns.items())},
                      **quantiles(self.turns)},
            "lengths_words": {side: quantiles(h) for side, h in sorted(self.words.items())},
            "length_histograms": {side: _binned(h) for side, h in sorted(self.words.items())},
            "chosen_vs_rejected_length": {
                "chosen_longer": self.chosen_longer, "rejected_longer": self.rejected_longer,
                "same": self.n_pairs - self.chosen_longer - self.rejected_longer,
                "chosen_longer_share": round(self.chosen_longer / n, 4)},
            "identical_responses": {"n": self.identical, "share": round(self.identical / n, 4)},
            "empty_responses": dict(self.empty),
            "truncated_responses": {**dict(self.truncated),
                                    "rule": "non-empty, last character not sentence-final"},
            "refusal": {
                side: {"counts": dict(c), "shares": {k: round(v / n, 4) for k, v in c.items()}}
                for side, c in sorted(self.labels.items())},
            "refusal_crosstab": dict(self.label_pairs),
            **({"harm": self.harm.summary(self.harm_method)} if self.harm.units else {}),
        }


@dataclass
class RedTeamStats:
    """Measures of red-team-attempts: sizes, ratings by model type and size, identity."""

    n_attempts: int = 0
    problems: Counter = field(default_factory=Counter)
    flags: Counter = field(default_factory=Counter)
    turns: Counter = field(default_factory=Counter)
    by_group: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    ratings: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    last_labels: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    identity: IdentityCounts = field(default_factory=IdentityCounts)
    harm: HarmCounts = field(default_factory=HarmCounts)
    harm_method: str = "harm-cues"

    def add_problem(self, kind: str) -> None:
        self.problems[kind] += 1

    def add_harm(self, request: tuple[str, ...], signals: dict[str, HarmSignal]) -> None:
        self.harm.add(request, signals)

    def add(self, attempt: RedTeamAttempt, last_label: str,
            mentions: dict[str, list[Mention]]) -> None:
        self.n_attempts += 1
        self.flags.update(attempt.flags)
        self.turns[attempt.n_turns] += 1
        model = attempt.model_type or "unknown"
        size = attempt.num_params or "unknown"
        for key in ((model, size), (model, "all"), ("all", size), ("all", "all")):
            acc = self.by_group.setdefault(key, {"n": 0, "rating_sum": 0.0, "rating_n": 0,
                                                 "harm_sum": 0.0, "harm_n": 0,
                                                 "task_harm_sum": 0.0, "task_harm_n": 0})
            acc["n"] += 1
            for value, total, count in (
                (attempt.rating, "rating_sum", "rating_n"),
                (attempt.min_harmlessness_score_transcript, "harm_sum", "harm_n"),
                (attempt.task_description_harmlessness_score, "task_harm_sum", "task_harm_n"),
            ):
                if value is not None:
                    acc[total] += value
                    acc[count] += 1
        if attempt.rating is not None:
            self.ratings[model][str(int(attempt.rating))] += 1
        self.last_labels[model][last_label] += 1
        for part, found in mentions.items():
            self.identity.add(part, found)

    def summary(self) -> dict[str, Any]:
        groups = []
        for (model, size), acc in sorted(self.by_group.items()):
            groups.append({
                "model_type": model, "num_params": size, "n": acc["n"],
                "mean_rating": _mean(acc["rating_sum"], acc["rating_n"]),
                "mean_min_harmlessness_score": _mean(acc["harm_sum"], acc["harm_n"]),
                "mean_task_harmlessness_score": _mean(acc["task_harm_sum"], acc["task_harm_n"]),
            })
        return {
            "size": {"attempts": self.n_attempts, "malformed": sum(self.problems.values()),
                     "malformed_by_kind": dict(self.problems)},
            "flags": dict(self.flags),
            "turns": {"histogram": {str(k): v for k, v in sorted(self.turns.items())},
                      **quantiles(self.turns)},
            "red_team_by_model": groups,
            "red_team_rating_histogram": {m: dict(sorted(c.items()))
                                          for m, c in sorted(self.ratings.items())},
            "red_team_last_response_labels": {m: dict(c)
                                              for m, c in sorted(self.last_labels.items())},
            **({"harm": self.harm.summary(self.harm_method)} if self.harm.units else {}),
        }


def _mean(total: float, count: int) -> float | None:
    return round(total / count, 4) if count else None


def _binned(histogram: Counter, width: int = 10, cap: int = 500) -> dict[str, int]:
    bins: Counter = Counter()
    for value, count in histogram.items():
        low = min(value // width * width, cap)
        bins[f"{low}+" if low == cap else f"{low}-{low + width - 1}"] += count
    return dict(sorted(bins.items(), key=lambda kv: int(kv[0].split("-")[0].rstrip("+"))))
