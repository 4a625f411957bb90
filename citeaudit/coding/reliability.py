"""Agreement between coders: Krippendorff's alpha (nominal) and pairwise Cohen's kappa.

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

from citeaudit.coding.codebook import Codebook, Dimension
from citeaudit.coding.units import AUTO_CODER, code_table, final_codes, human_coders
from citeaudit.store import Store

FINAL = "final"
EXACT_SET = "(exact set)"


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Alpha for nominal data; each unit is the list of values its coders gave (no blanks).

    Units with fewer than two values are not pairable and are ignored. None when there is no
    variation at all (alpha is undefined).
    """
    coincidence: Counter[tuple[Hashable, Hashable]] = Counter()
    for values in units:
        m = len(values)
        if m < 2:
            continue
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidence[(a, b)] += 1.0 / (m - 1)
    totals: Counter[Hashable] = Counter()
    for (a, _), weight in coincidence.items():
        totals[a] += weight
    n = sum(totals.values())
    if n <= 1:
        return None
    observed = sum(w for (a, b), w in coincidence.items() if a != b)
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b)
    if expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


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


def kappa_interval(pairs: Sequence[tuple[Hashable, Hashable]], n_boot: int = 1000,
                   seed: int = 0, level: float = 0.95) -> tuple[float | None, float | None]:
    """A percentile bootstrap interval for Cohen's kappa, resampling the units (pairs) with a
    seeded generator. Draws where kappa is undefined (one value only) are left out; (None,
    None) when no draw is defined."""
    import numpy as np

    n = len(pairs)
    if n == 0 or n_boot < 1:
        return None, None
    rng = np.random.default_rng(seed)
    draws = [cohen_kappa([pairs[i] for i in rng.integers(0, n, n)]) for _ in range(n_boot)]
    defined = np.array([k for k in draws if k is not None])
    if not defined.size:
        return None, None
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(defined, [tail, 100 - tail])
    return float(low), float(high)


def alpha_interval(units: Sequence[Sequence[Hashable]], n_boot: int = 1000, seed: int = 0,
                   level: float = 0.95) -> tuple[float | None, float | None]:
    """A percentile bootstrap interval for nominal alpha, resampling the units with a seeded
    generator (as kappa_interval); (None, None) when no draw is defined."""
    import numpy as np

    n = len(units)
    if n == 0 or n_boot < 1:
        return None, None
    rng = np.random.default_rng(seed)
    draws = [krippendorff_alpha_nominal([units[i] for i in rng.integers(0, n, n)])
             for _ in range(n_boot)]
    defined = np.array([a for a in draws if a is not None])
    if not defined.size:
        return None, None
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(defined, [tail, 100 - tail])
    return float(low), float(high)


@dataclass
class AlphaRow:
    dimension: str
    code: str | None  # None: the dimension as a whole (nominal); a code: present/absent
    alpha: float | None
    n_units: int  # units coded by two or more coders
    n_coders: int
    low: float | None = None  # bootstrap 95% interval, for the dimension as a whole only
    high: float | None = None


@dataclass
class PairRow:
    dimension: str
    code: str | None
    coder_a: str
    coder_b: str
    kappa: float | None
    accuracy: float | None  # share of units on which both gave the same value
    n_units: int


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
                "coder_a": "all people", "coder_b": "", "value": a.alpha, "accuracy": None,
                "n_units": a.n_units} for a in self.alphas]
        out += [{"measure": "cohen_kappa", "dimension": p.dimension, "code": p.code or "",
                 "coder_a": p.coder_a, "coder_b": p.coder_b, "value": p.kappa,
                 "accuracy": p.accuracy, "n_units": p.n_units} for p in self.pairs]
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
            # the interval only where the dimension is read as a whole: per code it would
            # cost a bootstrap per code for figures nobody charts
            whole = code is None or code == EXACT_SET
            low, high = alpha_interval(pairable) if whole else (None, None)
            report.alphas.append(AlphaRow(dim.name, code, krippendorff_alpha_nominal(pairable),
                                          len(pairable), len(humans), low, high))
            for a, b in comparisons:
                shared = sorted(set(columns[a]) & set(columns[b]))
                pairs = [(read(columns[a][u][dim.name]), read(columns[b][u][dim.name]))
                         for u in shared
                         if dim.name in columns[a][u] and dim.name in columns[b][u]]
                accuracy = (sum(x == y for x, y in pairs) / len(pairs)) if pairs else None
                report.pairs.append(PairRow(dim.name, code, a, b, cohen_kappa(pairs), accuracy,
                                            len(pairs)))
    return report
