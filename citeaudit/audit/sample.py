"""Manual evaluation: a seeded stratified sample of pairs, exported through the coding
round-trip with the `hh_pair_labels` codebook; automatic labels; shares with Wilson
intervals.

Strata: subset/split x turns (1, 2-3, 4+) x identity mention in the prompt (person-
referring). Allocation is proportional with at least one pair per non-empty stratum.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citeaudit import coding
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.sources import RED_TEAM, HHSource
from citeaudit.core.errors import CiteauditError
from citeaudit.core.stats import wilson_interval
from citeaudit.store import Store

CODEBOOK = "hh_pair_labels"
UNIT_TYPE = "hh_pair"
AUTO_CODER = "auto-rules"
IMPORT_COMMAND = "citeaudit audit import"
# The audit's 95% z, rounded to 6 places as it always was, so that shown shares and
# intervals stay as they were (core.stats.Z95 differs from it by 2e-8).
AUDIT_Z = 1.959964


def unit_id(subset: str, split: str, line: int) -> str:
    return f"{subset}/{split}:{line}"


def turns_bucket(n_turns: int) -> str:
    return "1" if n_turns <= 1 else "2-3" if n_turns <= 3 else "4+"


def stratum_of(row: Any) -> str:
    identity = "identity" if row["identity_groups"] else "no-identity"
    return f"{row['subset']}/{row['split']}|turns {turns_bucket(row['n_turns'])}|{identity}"


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Proportional allocation (largest remainder), at least one per stratum when n allows."""
    total = sum(sizes.values())
    if n >= total:
        return dict(sizes)
    base = {k: 1 if n >= len(sizes) else 0 for k in sizes}
    rest = n - sum(base.values())
    quotas = {k: rest * v / total for k, v in sizes.items()}
    alloc = {k: min(sizes[k], base[k] + int(q)) for k, q in quotas.items()}
    order = sorted(sizes, key=lambda k: quotas[k] - int(quotas[k]), reverse=True)
    while sum(alloc.values()) < n:
        grew = False
        for k in order:
            if sum(alloc.values()) >= n:
                break
            if alloc[k] < sizes[k]:
                alloc[k] += 1
                grew = True
        if not grew:
            break
    return alloc


def draw_sample(rows: list[Any], n: int, seed: int) -> list[tuple[Any, str]]:
    """(row, stratum) for a seeded stratified sample of `n` pair rows."""
    by_stratum: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row["subset"] != RED_TEAM:
            by_stratum[stratum_of(row)].append(row)
    alloc = allocate({k: len(v) for k, v in by_stratum.items()}, n)
    rng = random.Random(seed)
    picked = []
    for stratum in sorted(by_stratum):
        members = sorted(by_stratum[stratum], key=lambda r: r["pair_id"])
        picked += [(r, stratum) for r in rng.sample(members, alloc[stratum])]
    return sorted(picked, key=lambda x: (x[0]["subset"], x[0]["split"], x[0]["line"]))


def auto_label(chosen_label: str | None, chosen_harm: str | None = None) -> str:
    """The rule coder: harmful when the harm signal (audit.harm) fired, unhelpful
    when the chosen response is evasive or empty, acceptable otherwise. Its agreement with
    people is measured by `citeaudit audit score-labels` and `citeaudit audit labels`."""
    if chosen_harm:
        return "harmful"
    return "unhelpful" if chosen_label in ("evasion", "empty") else "acceptable"


def stored_auto_label(row: Any) -> str:
    """The automatic label of a stored pair row: the whole-conversation label
    (audit.pairlabel) where the run stored one, else the older rule (`auto_label`)."""
    if row["chosen_auto"]:
        return row["chosen_auto"]
    return auto_label(row["chosen_label"], row["chosen_harm"])


@dataclass
class SampleSummary:
    n_units: int
    strata: dict[str, int]
    exports: list[str]


def create_sample(store: Store, run_id: int, n: int, seed: int, coders: list[str],
                  out_dir: Path, *, fmt: str = "xlsx", overwrite: bool = False
                  ) -> SampleSummary:
    """Draw, register the units (with texts re-read from the files), store automatic labels
    and export one workbook per coder. A coder's workbook already in `out_dir` is replaced
    only when all its labels are imported (or with `overwrite`); otherwise nothing is done."""
    rows = store.audit.list_pairs(run_id)
    if not rows:
        raise CiteauditError(f"audit run {run_id} has no pairs; run `citeaudit audit run` first")
    workbooks = {coder: out_dir / f"hh-labels-{coder}.{fmt}" for coder in coders}
    if not overwrite:  # every workbook before any is replaced
        for path in workbooks.values():
            coding.check_export_target(store, path, import_command=IMPORT_COMMAND)
    picked = draw_sample(rows, n, seed)
    paths = {(r["subset"], r["split"]): Path(r["path"]) for r in store.audit.list_sources(run_id)}
    wanted: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for row, stratum in picked:
        wanted[(row["subset"], row["split"])][row["line"]] = stratum
    labels = {unit_id(r["subset"], r["split"], r["line"]): stored_auto_label(r)
              for r, _ in picked}
    units = []
    for (subset, split), lines in sorted(wanted.items()):
        for pair in _pairs_at(HHSource(subset, split, paths[(subset, split)]), set(lines)):
            units.append(_unit(pair, lines[pair.line], len(units) + 1))
    book = coding.load_codebook(CODEBOOK)
    coding.register_units(store, UNIT_TYPE, units)
    coding.store_auto_codes(store, book, [
        coding.Suggestion(u.unit_id, "label", [labels[u.unit_id]])
        for u in units], coder=AUTO_CODER)
    out_dir.mkdir(parents=True, exist_ok=True)
    exports = []
    ids = [u.unit_id for u in units]
    for coder, path in workbooks.items():
        export = coding.export_csv if fmt == "csv" else coding.export_xlsx
        export(store, book, coder, path, unit_type=UNIT_TYPE, unit_ids=ids,
               suggestions_from=AUTO_CODER, overwrite=overwrite, import_command=IMPORT_COMMAND)
        exports.append(str(path))
    return SampleSummary(len(units), dict(Counter(s for _, s in picked)), exports)


def _pairs_at(source: HHSource, lines: set[int]):
    for item in iter_source(source):
        if isinstance(item, Pair) and item.line in lines:
            yield item


def _unit(pair: Pair, stratum: str, position: int) -> coding.Unit:
    """A pair as a coder reads it: the conversation, one turn a paragraph, ending in the chosen
    response she labels; the rejected one beside it; every turn again in the Turns sheet."""
    return coding.Unit(
        unit_id(pair.subset, pair.split, pair.line),
        display={"conversation": conversation_text(pair), "rejected": pair.rejected,
                 "subset": pair.subset, "split": pair.split, "line": pair.line,
                 "stratum": stratum, "turns": pair.n_turns},
        evidence=[{"evidence_id": f"t{i}", "role": t.role, "text": t.text}
                  for i, t in enumerate(pair.turns, start=1)]
        + [{"evidence_id": "chosen", "role": "Assistant (chosen)", "text": pair.chosen},
           {"evidence_id": "rejected", "role": "Assistant (rejected)", "text": pair.rejected}],
        position=position,
    )


def conversation_text(pair: Pair) -> str:
    """'Human: ...' and 'Assistant: ...' turns on lines of their own, then the chosen
    response."""
    lines = [f"{turn.role}: {turn.text}" for turn in pair.turns]
    return "\n".join([*lines, f"Assistant (chosen): {pair.chosen}"])


def label_shares(store: Store, coder: str | None = None) -> list[dict[str, Any]]:
    """Share of each label with its 95% Wilson interval, from the final (agreed or
    adjudicated) human codes, or from one coder's codes."""
    book = coding.load_codebook(CODEBOOK)
    if coder:
        codes = coding.code_table(store, book, UNIT_TYPE).get(coder, {})
    else:
        codes = coding.final_codes(store, book, UNIT_TYPE)
    values = [dims["label"][0] for dims in codes.values() if dims.get("label")]
    counts = Counter(values)
    out = []
    for code in book.dimensions[0].code_ids:
        low, high = wilson_interval(counts[code], len(values), z=AUDIT_Z, if_empty=(0.0, 1.0))
        out.append({"label": code, "n": counts[code], "of": len(values),
                    "share": round(counts[code] / len(values), 4) if values else None,
                    "ci_low": round(low, 4), "ci_high": round(high, 4)})
    return out


def label_agreement(store: Store) -> coding.AgreementReport:
    """Agreement between annotators and of the automatic labels with them."""
    return coding.agreement(store, coding.load_codebook(CODEBOOK), unit_type=UNIT_TYPE,
                            auto_coder=AUTO_CODER)


@dataclass
class Trust:
    """How far the automatic labels agree with people on the hand-labelled pairs."""

    kappa: float
    low: float
    high: float
    n: int
    harmful_recall: float | None
    coder: str  # whose hand labels: 'final' or one annotator


@dataclass
class Prevalence:
    """Label shares of one audit run: hand shares weighted by stratum size, automatic shares
    raw and corrected with the confusion measured on the hand labels, and the agreement."""

    run_id: int
    weighted: list[Any]  # prevalence.Share per label
    corrected: Any  # prevalence.Corrected
    trust: Trust | None
    not_in_run: int  # hand-labelled pairs that are not pairs of this run (left out)

    @property
    def correction_less_precise(self) -> bool:
        """Whether every corrected interval is wider than the weighted hand interval (the
        automatic labels add nothing then: quote the hand shares)."""
        c = self.corrected
        return bool(c.low) and all(
            c.high[i] - c.low[i] > (w.high or 0) - (w.low or 0)
            for i, w in enumerate(self.weighted))


def hand_pairs(store: Store, run_id: int, coder: str | None = None):
    """(hand pairs of this run with stratum and automatic label, stratum sizes, automatic
    labels of every pair, hand-labelled units not in the run)."""
    from citeaudit.audit.prevalence import HandPair

    rows = [r for r in store.audit.list_pairs(run_id) if r["subset"] != RED_TEAM]
    by_unit = {unit_id(r["subset"], r["split"], r["line"]): r for r in rows}
    book = coding.load_codebook(CODEBOOK)
    codes = (coding.code_table(store, book, UNIT_TYPE).get(coder, {}) if coder
             else coding.final_codes(store, book, UNIT_TYPE))
    hand, missing = [], 0
    for uid, dims in sorted(codes.items()):
        if not dims.get("label"):
            continue
        row = by_unit.get(uid)
        if row is None:
            missing += 1
            continue
        hand.append(HandPair(stratum_of(row), dims["label"][0], stored_auto_label(row)))
    sizes = Counter(stratum_of(r) for r in rows)
    return hand, dict(sizes), [stored_auto_label(r) for r in rows], missing


def trust_of(hand: list[Any], coder: str | None = None, n_boot: int = 2000,
             seed: int = 0) -> Trust | None:
    """Kappa (with its bootstrap interval) and harmful recall of the automatic labels of
    the hand-labelled pairs; None with fewer than two."""
    from citeaudit.audit.score import kappa_interval

    if len(hand) < 2:
        return None
    truth, guess = [p.hand for p in hand], [p.auto for p in hand]
    kappa, low, high = kappa_interval(truth, guess, n_boot=n_boot, seed=seed)
    harmful = [g for t, g in zip(truth, guess, strict=True) if t == "harmful"]
    recall = harmful.count("harmful") / len(harmful) if harmful else None
    return Trust(kappa, low, high, len(hand), recall, coder or "final")


def label_trust(store: Store, run_id: int, coder: str | None = None) -> Trust | None:
    """How far the automatic labels of run `run_id` agree with the stored hand labels."""
    return trust_of(hand_pairs(store, run_id, coder)[0], coder)


def label_prevalence(store: Store, run_id: int, coder: str | None = None,
                     n_boot: int = 2000, seed: int = 0) -> Prevalence:
    """Shares of the chosen-response labels of `run_id` (see audit.prevalence)."""
    from citeaudit.audit.prevalence import corrected_shares, weighted_shares

    hand, sizes, population, missing = hand_pairs(store, run_id, coder)
    return Prevalence(run_id, weighted_shares(hand, sizes),
                      corrected_shares(population, hand, sizes, n_boot=n_boot, seed=seed),
                      trust_of(hand, coder, n_boot, seed), missing)


def trust_line(trust: Trust | None) -> str:
    """One sentence on how far the automatic labels can be trusted, and where it comes from."""
    from citeaudit.audit.pairlabel import VALIDATION

    if trust is None:
        return ("Automatic labels not yet checked against hand labels in this store "
                "(`citeaudit audit sample`, then `audit import`). Hand-labelled gold: "
                f"{VALIDATION}; see docs/validation.md, section HH pair labels.")
    recall = ("" if trust.harmful_recall is None
              else f", harmful recall {trust.harmful_recall:.2f}")
    if trust.kappa != trust.kappa:  # NaN: one label only, on both sides
        kappa = "undefined (one label only)"
    else:
        kappa = (f"{trust.kappa:.2f} (95% bootstrap CI {trust.low:.2f} to "
                 f"{trust.high:.2f})")
    return (f"Automatic labels vs {trust.coder} hand labels of {trust.n} sampled pairs of this "
            f"run: Cohen's kappa {kappa}{recall}. Hand-labelled gold: {VALIDATION}.")
