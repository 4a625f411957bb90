"""Statistics shared by the audit and the evaluations: the Wilson interval for a share,
Newcombe's interval for a difference of two shares, the pooled two-proportion z-test, the
Cochran-Mantel-Haenszel test over 2x2 strata and Holm / Benjamini-Hochberg corrections.

Hand-written on numpy/scipy (statsmodels is only a test dependency:
tests/test_eval_disparity_cli.py checks these against it).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import stats

Z95 = 1.959963984540054


NO_INTERVAL = (float("nan"), float("nan"))


def wilson_interval(k: int, n: int, z: float = Z95, *,
                    if_empty: tuple[float, float] = NO_INTERVAL,
                    exact_ends: bool = False) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials; `if_empty` when n is 0 (NaNs by
    default; the audit's label shares show 0 to 1). `exact_ends` makes the ends exactly 0 at
    k = 0 and 1 at k = n (rounding otherwise leaves about 1e-17 there)."""
    if n == 0:
        return if_empty
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low, high = float(max(0.0, centre - half)), float(min(1.0, centre + half))
    if exact_ends:
        low, high = (0.0 if k == 0 else low), (1.0 if k == n else high)
    return low, high


def newcombe_difference(k1: int, n1: int, k2: int, n2: int,
                        z: float = Z95) -> tuple[float, float, float]:
    """p1 - p2 with Newcombe's hybrid score interval (method 10): (difference, low, high)."""
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson_interval(k1, n1, z)
    l2, u2 = wilson_interval(k2, n2, z)
    diff = p1 - p2
    low = diff - np.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = diff + np.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return float(diff), float(low), float(high)


def two_proportion_test(k1: int, n1: int, k2: int, n2: int) -> float:
    """Two-sided p-value of the pooled two-proportion z-test (1.0 when undefined)."""
    pooled = (k1 + k2) / (n1 + n2)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0
    z = (k1 / n1 - k2 / n2) / se
    return float(2 * stats.norm.sf(abs(z)))


def holm(p_values: Sequence[float]) -> np.ndarray:
    """Holm step-down adjusted p-values (family-wise error)."""
    p = np.asarray(p_values, dtype=float)
    order = np.argsort(p)
    m = len(p)
    adjusted = np.empty(m)
    running = 0.0
    for rank, idx in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[idx]))
        adjusted[idx] = running
    return adjusted


def benjamini_hochberg(p_values: Sequence[float]) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (false discovery rate)."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)[::-1]
    adjusted = np.empty(m)
    running = 1.0
    for i, idx in enumerate(order):
        rank = m - i
        running = min(running, p[idx] * m / rank)
        adjusted[idx] = running
    return adjusted


def adjust(p_values: Sequence[float], method: str = "holm") -> np.ndarray:
    if method == "holm":
        return holm(p_values)
    if method in ("bh", "fdr_bh"):
        return benjamini_hochberg(p_values)
    raise ValueError(f"unknown correction {method!r} (holm, bh)")


def cochran_mantel_haenszel(tables: Sequence[np.ndarray],
                            continuity: bool = True) -> tuple[float, float, float]:
    """CMH test over 2x2 tables [[a, b], [c, d]] (one per stratum, e.g. per template).

    Returns (chi-square statistic, p-value, Mantel-Haenszel common odds ratio).
    """
    num = den = var = or_num = or_den = 0.0
    for table in tables:
        (a, b), (c, d) = np.asarray(table, dtype=float)
        n = a + b + c + d
        if n < 2:
            continue
        row1, col1 = a + b, a + c
        num += a
        den += row1 * col1 / n
        var += row1 * (c + d) * col1 * (b + d) / (n * n * (n - 1))
        or_num += a * d / n
        or_den += b * c / n
    if var == 0:
        return 0.0, 1.0, float("nan")
    diff = abs(num - den) - (0.5 if continuity else 0.0)
    statistic = max(diff, 0.0) ** 2 / var
    odds = or_num / or_den if or_den else float("inf")
    return float(statistic), float(stats.chi2.sf(statistic, 1)), float(odds)
