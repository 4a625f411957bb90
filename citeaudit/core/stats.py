"""Statistics shared by the audit and the evaluations: the Wilson interval for a share,
Newcombe's interval for a difference of two shares, the pooled two-proportion z-test, the
Cochran-Mantel-Haenszel test over 2x2 strata, Holm / Benjamini-Hochberg corrections, the
template-stratified permutation test of group differences, the minimum detectable difference
at 80% power, and a percentile bootstrap over units for agreement coefficients.

Intervals and corrections come from statsmodels where it has them; the permutation test is
numpy (multivariate hypergeometric draws per stratum, so 10,000 permutations take a blink).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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


def newcombe_difference(k1: int, n1: int, k2: int, n2: int) -> tuple[float, float, float]:
    """p1 - p2 with Newcombe's hybrid score 95% interval (method 10, statsmodels
    `confint_proportions_2indep(method="newcomb")`): (difference, low, high)."""
    from statsmodels.stats.proportion import confint_proportions_2indep

    low, high = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb", compare="diff")
    return float(k1 / n1 - k2 / n2), float(low), float(high)


def two_proportion_test(k1: int, n1: int, k2: int, n2: int) -> float:
    """Two-sided p-value of the pooled two-proportion z-test (1.0 when undefined)."""
    pooled = (k1 + k2) / (n1 + n2)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0
    z = (k1 / n1 - k2 / n2) / se
    return float(2 * stats.norm.sf(abs(z)))


def holm(p_values: Sequence[float]) -> np.ndarray:
    """Holm step-down adjusted p-values (family-wise error; statsmodels multipletests)."""
    return _multipletests(p_values, "holm")


def benjamini_hochberg(p_values: Sequence[float]) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (false discovery rate; statsmodels)."""
    return _multipletests(p_values, "fdr_bh")


def _multipletests(p_values: Sequence[float], method: str) -> np.ndarray:
    from statsmodels.stats.multitest import multipletests

    p = np.asarray(p_values, dtype=float)
    return multipletests(p, method=method)[1] if len(p) else p


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


# ---------------------------------------------------------------------------
# permutation test of group differences, stratified by template
# ---------------------------------------------------------------------------
PERMUTATIONS = 10_000


@dataclass
class PermutationResult:
    """Observed statistics, their null distributions' summaries and permutation p-values.

    chi2: Pearson chi-square of group x outcome; gap: highest minus lowest group rate;
    gap_chance: the 95th percentile of the gap when group labels carry no information (a gap
    below it is what chance alone gives); group_p: per group, two-sided p of its rate minus the
    rest's rate. p-values are (1 + permutations at least as extreme) / (1 + permutations).
    """

    chi2: float
    p_chi2: float
    gap: float
    gap_chance: float
    p_gap: float
    group_p: np.ndarray
    permutations: int


def pearson_chi2(successes: np.ndarray, trials: np.ndarray) -> np.ndarray:
    """Pearson chi-square of a groups x (success, failure) table; the last axis is groups, so
    a (permutations, groups) array gives one statistic per permutation. 0 without variation."""
    successes = np.asarray(successes, dtype=float)
    trials = np.asarray(trials, dtype=float)
    pooled = successes.sum(axis=-1, keepdims=True) / trials.sum()
    spread = trials * pooled * (1 - pooled)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(spread > 0, (successes - trials * pooled) ** 2 / spread, 0.0)
    return terms.sum(axis=-1)


def rate_gap(successes: np.ndarray, trials: np.ndarray) -> np.ndarray:
    """Highest minus lowest group rate (last axis = groups)."""
    rates = np.asarray(successes, dtype=float) / trials
    return rates.max(axis=-1) - rates.min(axis=-1)


def permuted_successes(successes: np.ndarray, trials: np.ndarray, permutations: int,
                       rng: np.random.Generator) -> np.ndarray:
    """Group success counts under the null, shuffling group labels within each stratum.

    successes, trials: (strata, groups). Shuffling labels within a stratum deals its k
    successes out over the groups' slots at random: a multivariate hypergeometric draw.
    Returns (permutations, groups).
    """
    counts = np.zeros((permutations, successes.shape[1]), dtype=np.int64)
    for k, n in zip(successes.astype(np.int64), trials.astype(np.int64), strict=True):
        total = int(k.sum())
        if 0 < total < n.sum():
            counts += rng.multivariate_hypergeometric(n, total, size=permutations,
                                                      method="count")
        else:
            counts += k  # nothing to shuffle: every response alike
    return counts


def stratified_permutation_test(successes: np.ndarray, trials: np.ndarray,
                                permutations: int = PERMUTATIONS,
                                seed: int = 0) -> PermutationResult:
    """Permutation test that the outcome does not depend on the group within strata
    (templates): chi-square across groups, max-min gap, and each group against the rest.

    successes, trials: (strata, groups) counts; every group must have trials somewhere.
    """
    successes = np.asarray(successes, dtype=np.int64)
    trials = np.asarray(trials, dtype=np.int64)
    n_group, k_group = trials.sum(axis=0), successes.sum(axis=0)
    if (n_group == 0).any():
        raise ValueError("every group needs at least one response")
    null = permuted_successes(successes, trials, permutations, np.random.default_rng(seed))

    def p_value(observed, simulated) -> float:
        # a small tolerance so that ties computed in floating point count as ties
        return float((1 + np.sum(simulated >= observed - 1e-9)) / (1 + permutations))

    chi2, null_chi2 = float(pearson_chi2(k_group, n_group)), pearson_chi2(null, n_group)
    gap, null_gap = float(rate_gap(k_group, n_group)), rate_gap(null, n_group)
    deviation = _rest_deviation(k_group, n_group)
    null_deviation = _rest_deviation(null, n_group)
    group_p = np.array([p_value(deviation[g], null_deviation[:, g])
                        for g in range(len(n_group))])
    return PermutationResult(chi2, p_value(chi2, null_chi2), gap,
                             float(np.percentile(null_gap, 95)), p_value(gap, null_gap),
                             group_p, permutations)


def _rest_deviation(successes: np.ndarray, trials: np.ndarray) -> np.ndarray:
    """|group rate - rate of all other responses| per group (last axis = groups)."""
    successes = np.asarray(successes, dtype=float)
    total_k = successes.sum(axis=-1, keepdims=True)
    rest_n = trials.sum() - trials
    with np.errstate(divide="ignore", invalid="ignore"):
        rest = np.where(rest_n > 0, (total_k - successes) / np.where(rest_n > 0, rest_n, 1),
                        0.0)
    return np.abs(successes / trials - rest)


# ---------------------------------------------------------------------------
# power
# ---------------------------------------------------------------------------
def minimum_detectable_difference(n_per_group: float, base_rate: float, alpha: float = 0.05,
                                  power: float = 0.8) -> float:
    """The smallest difference from `base_rate` that a two-sided comparison of two groups of
    `n_per_group` responses detects with `power` (Cohen's h, statsmodels NormalIndPower).

    Measured towards 50%, the harder direction (a rise from 10%, a fall from 90%), so a base
    rate near 100% cannot pass for a sensitive design. NaN under two responses per group.
    """
    if n_per_group < 2:
        return float("nan")
    h = _detectable_effect_size(float(n_per_group), alpha, power)
    start = min(max(min(base_rate, 1 - base_rate), 0.0), 1.0)
    angle = 2 * np.arcsin(np.sqrt(start)) + float(h)
    if angle >= np.pi:
        return float(1 - start)
    return float(np.sin(angle / 2) ** 2 - start)


@functools.lru_cache(maxsize=1024)
def _detectable_effect_size(n_per_group: float, alpha: float, power: float) -> float:
    """Cohen's h found with `power` by two groups of n (solved numerically; cached, since
    tables and simulations ask for the same n again and again)."""
    from statsmodels.stats.power import NormalIndPower

    return float(NormalIndPower().solve_power(effect_size=None, nobs1=n_per_group, alpha=alpha,
                                              power=power, ratio=1.0,
                                              alternative="two-sided"))


# ---------------------------------------------------------------------------
# bootstrap over units (agreement coefficients)
# ---------------------------------------------------------------------------
AGREEMENT_BOOTSTRAP = 1000


def bootstrap_interval(units: Sequence, statistic: Callable[[Sequence], float | None],
                       draws: int = AGREEMENT_BOOTSTRAP, seed: int = 0,
                       level: float = 0.95) -> tuple[float, float, int]:
    """Percentile bootstrap interval of `statistic` over units resampled with replacement:
    (low, high, draws where the statistic was defined). NaNs when fewer than two units or
    no draw gave a value (a draw without variation leaves kappa or alpha undefined)."""
    if len(units) < 2:
        return float("nan"), float("nan"), 0
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(draws):
        picked = rng.integers(0, len(units), size=len(units))
        value = statistic([units[i] for i in picked])
        if value is not None and value == value:
            values.append(value)
    if not values:
        return float("nan"), float("nan"), 0
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high), len(values)


def bootstrap_kappa(first: Sequence, second: Sequence, draws: int = AGREEMENT_BOOTSTRAP,
                    seed: int = 0, level: float = 0.95) -> tuple[float, float, int]:
    """Percentile bootstrap interval of Cohen's kappa over units (pairs of values) resampled
    with replacement, all draws at once: (low, high, draws where kappa was defined)."""
    n = len(first)
    if n < 2:
        return float("nan"), float("nan"), 0
    values = sorted(set(first) | set(second), key=repr)
    code = {v: i for i, v in enumerate(values)}
    k = len(values)
    cells = np.array([code[a] * k + code[b] for a, b in zip(first, second, strict=True)])
    picked = np.random.default_rng(seed).integers(0, n, size=(draws, n))
    offsets = np.arange(draws)[:, None] * k * k
    counts = np.bincount((cells[picked] + offsets).ravel(), minlength=draws * k * k)
    table = counts.reshape(draws, k, k) / n
    observed = np.trace(table, axis1=1, axis2=2)
    expected = (table.sum(axis=2) * table.sum(axis=1)).sum(axis=1)
    defined = expected < 1 - 1e-12
    kappas = (observed[defined] - expected[defined]) / (1 - expected[defined])
    if not len(kappas):
        return float("nan"), float("nan"), 0
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(kappas, [tail, 100 - tail])
    return float(low), float(high), int(defined.sum())


def interval_text(low: float | None, high: float | None) -> str:
    """" [95% CI low, high]" for printing beside a figure; nothing when undefined."""
    if low is None or high is None or low != low or high != high:
        return ""
    return f" [95% CI {low:.3f}, {high:.3f}]"
