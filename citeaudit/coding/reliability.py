"""Agreement between coders: Krippendorff's alpha (nominal, the `krippendorff` package) and
pairwise Cohen's kappa, each with a 95% percentile bootstrap interval over units (1,000 draws,
seed 0: units resampled with replacement, so the interval reflects which units were coded).

Single-choice dimensions are nominal; a dimension where several codes may apply is measured
per code (present / absent) and as the exact set. The automatic coder is compared with each
person and with the final codes (adjudicated, else unanimous), never mixed into alpha.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from citeaudit.coding.codebook import Codebook, Dimension
from citeaudit.coding.units import AUTO_CODER, code_table, final_codes, human_coders
from citeaudit.core.stats import AGREEMENT_BOOTSTRAP, bootstrap_interval, bootstrap_kappa
from citeaudit.store import Store

FINAL = "final"
EXACT_SET = "(exact set)"


def _value_counts(units: Sequence[Sequence[Hashable]]) -> np.ndarray:
    """units x values matrix: how many coders gave each value to each unit."""
    values = sorted({v for unit in units for v in unit}, key=repr)
    column = {v: i for i, v in enumerate(values)}
    counts = np.zeros((len(units), len(values)))
    for row, unit in enumerate(units):
        for value in unit:
            counts[row, column[value]] += 1
    return counts


def _alpha_of_counts(counts: np.ndarray) -> float | None:
    import krippendorff

    pairable = counts[counts.sum(axis=1) >= 2]
    # undefined without two values in use, or without disagreement to expect
    if pairable.shape[0] == 0 or (pairable.sum(axis=0) > 0).sum() < 2:
        return None
    with np.errstate(invalid="ignore", divide="ignore"):
        value = float(krippendorff.alpha(value_counts=pairable,
                                         level_of_measurement="nominal"))
    return None if value != value else value


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Alpha for nominal data; each unit is the list of values its coders gave (no blanks).

    Units with fewer than two values are not pairable and are ignored. None when there is no
    variation at all (alpha is undefined).
    """
    units = [list(u) for u in units if len(u) >= 2]
    return _alpha_of_counts(_value_counts(units)) if units else None


def alpha_interval(units: Sequence[Sequence[Hashable]], draws: int = AGREEMENT_BOOTSTRAP,
                   seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of alpha, resampling pairable units (NaNs when
    undefined)."""
    units = [list(u) for u in units if len(u) >= 2]
    if len(units) < 2:
        return float("nan"), float("nan")
    counts = _value_counts(units)
    low, high, _ = bootstrap_interval(range(len(units)),
                                      lambda picked: _alpha_of_counts(counts[list(picked)]),
                                      draws=draws, seed=seed)
    return low, high


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa for two coders' values on the same units; None if undefined."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in first) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def kappa_interval(pairs: Sequence[tuple[Hashable, Hashable]],
                   draws: int = AGREEMENT_BOOTSTRAP, seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of Cohen's kappa, resampling units (NaNs when
    undefined)."""
    low, high, _ = bootstrap_kappa([a for a, _ in pairs], [b for _, b in pairs], draws, seed)
    return low, high


@dataclass
class AlphaRow:
    dimension: str
    code: str | None  # None: the dimension as a whole (nominal); a code: present/absent
    alpha: float | None
    n_units: int  # units coded by two or more coders
    n_coders: int
    low: float = float("nan")  # 95% bootstrap interval over units
    high: float = float("nan")


@dataclass
class PairRow:
    dimension: str
    code: str | None
    coder_a: str
    coder_b: str
    kappa: float | None
    accuracy: float | None  # share of units on which both gave the same value
    n_units: int
    low: float = float("nan")  # 95% bootstrap interval over units
    high: float = float("nan")


@dataclass
class AgreementReport:
    codebook: str
    version: str
    coders: list[str]
    alphas: list[AlphaRow] = field(default_factory=list)
    pairs: list[PairRow] = field(default_factory=list)

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows for CSV: one per measure."""
        out = [{"measure": "krippendorff_alpha", "dimension": a.dimension, "code": a.code or "",
                "coder_a": "all people", "coder_b": "", "value": a.alpha, "low": a.low,
                "high": a.high, "accuracy": None, "n_units": a.n_units} for a in self.alphas]
        out += [{"measure": "cohen_kappa", "dimension": p.dimension, "code": p.code or "",
                 "coder_a": p.coder_a, "coder_b": p.coder_b, "value": p.kappa, "low": p.low,
                 "high": p.high, "accuracy": p.accuracy, "n_units": p.n_units}
                for p in self.pairs]
        return out


def _views(dim: Dimension) -> list[tuple[str | None, Any]]:
    """How a dimension's stored value is read: as one nominal value, or per code."""
    if not dim.multiple:
        return [(None, lambda value: value[0] if value else None)]
    views: list[tuple[str | None, Any]] = [
        (code, lambda value, code=code: code in value) for code in dim.code_ids
    ]
    views.append((EXACT_SET, lambda value: "; ".join(value)))
    return views


def agreement(
    store: Store,
    codebook: Codebook,
    *,
    unit_type: str | None = None,
    coders: list[str] | None = None,
    auto_coder: str = AUTO_CODER,
) -> AgreementReport:
    """Alpha across people per dimension, kappa for each pair of people, and the automatic
    coder against each person and against the final codes."""
    table = code_table(store, codebook, unit_type)
    humans = coders or human_coders(table)
    columns: dict[str, dict[str, dict[str, list[str]]]] = {c: table.get(c, {}) for c in humans}
    comparisons = list(combinations(humans, 2))
    if auto_coder in table:
        columns[auto_coder] = table[auto_coder]
        comparisons += [(auto_coder, h) for h in humans]
        final = final_codes(store, codebook, unit_type)
        if final:
            columns[FINAL] = final
            comparisons.append((auto_coder, FINAL))
    report = AgreementReport(codebook.name, codebook.version, humans)
    for dim in codebook.dimensions:
        for code, read in _views(dim):
            per_unit: dict[str, list[Any]] = {}
            for coder in humans:
                for unit_id, dims in columns[coder].items():
                    if dim.name in dims:
                        per_unit.setdefault(unit_id, []).append(read(dims[dim.name]))
            pairable = [v for v in per_unit.values() if len(v) >= 2]
            report.alphas.append(AlphaRow(dim.name, code, krippendorff_alpha_nominal(pairable),
                                          len(pairable), len(humans),
                                          *alpha_interval(pairable)))
            for a, b in comparisons:
                shared = sorted(set(columns[a]) & set(columns[b]))
                pairs = [(read(columns[a][u][dim.name]), read(columns[b][u][dim.name]))
                         for u in shared
                         if dim.name in columns[a][u] and dim.name in columns[b][u]]
                accuracy = (sum(x == y for x, y in pairs) / len(pairs)) if pairs else None
                report.pairs.append(PairRow(dim.name, code, a, b, cohen_kappa(pairs), accuracy,
                                            len(pairs), *kappa_interval(pairs)))
    return report
