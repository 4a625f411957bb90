"""Label shares that survive the sampling design and the automatic labels' mistakes.

- **Weighted hand shares**: a stratified hand-labelled sample estimates each label's share of
  the population as sum_h W_h p_h (W_h = stratum h's share of the pairs), with the stratified
  variance sum_h W_h^2 (1 - n_h/N_h) p_h (1 - p_h) / (n_h - 1); the 95% interval is Wilson's
  (statsmodels) at the effective sample size p(1 - p) / variance. It covers the sampling
  error of the hand sample only.
- **Corrected automatic shares**: the automatic labels of all N pairs give shares q; the
  hand sample measures P(automatic = j | true = i) (each pair weighted by N_h / n_h), and the
  true shares p solve q = M^T p (least squares with p >= 0 and sum p = 1; with two classes
  this is the Rogan-Gladen estimator). The percentile-bootstrap interval redraws both
  samples each time: the hand sample within its strata (calibration error) and the
  automatic labels of the N pairs (sampling error of q).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

LABELS = ("acceptable", "unhelpful", "harmful")
Z95 = 1.959964


@dataclass(frozen=True)
class HandPair:
    """One hand-labelled pair: its stratum, the people's label and the automatic label."""

    stratum: str
    hand: str
    auto: str


@dataclass
class Share:
    label: str
    share: float | None
    low: float | None
    high: float | None


def weighted_shares(hand: Sequence[HandPair], stratum_sizes: dict[str, int],
                    labels: Sequence[str] = LABELS) -> list[Share]:
    """Stratum-weighted share of each hand label with its 95% interval (module docstring).
    Strata without hand-labelled pairs are left out of the weights (their pairs are not
    represented)."""
    from statsmodels.stats.proportion import proportion_confint

    by_stratum: dict[str, list[str]] = defaultdict(list)
    for pair in hand:
        by_stratum[pair.stratum].append(pair.hand)
    covered = {h: stratum_sizes.get(h, len(v)) for h, v in by_stratum.items()}
    total = sum(covered.values())
    out = []
    for label in labels:
        if not total:
            out.append(Share(label, None, None, None))
            continue
        share, variance = 0.0, 0.0
        for h, members in by_stratum.items():
            weight, n_h = covered[h] / total, len(members)
            p_h = members.count(label) / n_h
            share += weight * p_h
            if n_h > 1:
                fpc = max(0.0, 1 - n_h / covered[h])
                variance += weight ** 2 * fpc * p_h * (1 - p_h) / (n_h - 1)
        n_eff = share * (1 - share) / variance if variance > 0 else len(hand)
        low, high = proportion_confint(share * n_eff, n_eff, alpha=0.05, method="wilson")
        out.append(Share(label, share, float(low), float(high)))
    return out


def misclassification(hand: Sequence[HandPair], stratum_sizes: dict[str, int],
                      labels: Sequence[str] = LABELS) -> np.ndarray | None:
    """M[i, j] = P(automatic = labels[j] | hand = labels[i]), each pair weighted by
    N_h / n_h; None when a label has no hand-labelled pair (its row is unknown)."""
    counts = Counter(p.stratum for p in hand)
    index = {label: i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)))
    for p in hand:
        matrix[index[p.hand], index[p.auto]] += stratum_sizes.get(p.stratum, 1) / counts[p.stratum]
    rows = matrix.sum(axis=1, keepdims=True)
    if (rows == 0).any():
        return None
    return matrix / rows


def invert(matrix: np.ndarray, observed: np.ndarray) -> np.ndarray:
    """True shares p >= 0, sum 1, that best explain the observed automatic shares
    (observed ~ matrix^T p), by non-negative least squares with the sum as a heavy row."""
    from scipy.optimize import nnls

    k = len(observed)
    design = np.vstack([matrix.T, 1e3 * np.ones((1, k))])
    target = np.concatenate([observed, [1e3]])
    solution, _ = nnls(design, target)
    return solution / solution.sum() if solution.sum() > 0 else solution


@dataclass
class Corrected:
    raw: list[float]  # automatic shares of the N pairs
    corrected: list[float] | None  # None: the hand sample misses a label
    low: list[float] | None
    high: list[float] | None
    n_pairs: int
    n_hand: int
    n_boot: int  # bootstrap draws used (draws missing a label are skipped)


def corrected_shares(population_auto: Sequence[str], hand: Sequence[HandPair],
                     stratum_sizes: dict[str, int], labels: Sequence[str] = LABELS,
                     n_boot: int = 2000, seed: int = 0) -> Corrected:
    """Raw automatic shares of the population, and the shares corrected with the confusion
    measured on the hand sample, with 95% percentile-bootstrap intervals over both."""
    n = len(population_auto)
    counts = Counter(population_auto)
    raw = np.array([counts[label] / n if n else 0.0 for label in labels])
    matrix = misclassification(hand, stratum_sizes, labels)
    if matrix is None or not n:
        return Corrected(raw.tolist(), None, None, None, n, len(hand), 0)
    estimate = invert(matrix, raw)
    rng = np.random.default_rng(seed)
    by_stratum: dict[str, list[HandPair]] = defaultdict(list)
    for pair in hand:
        by_stratum[pair.stratum].append(pair)
    draws = []
    for _ in range(n_boot):
        redrawn = [members[i] for members in by_stratum.values()
                   for i in rng.integers(0, len(members), len(members))]
        boot_matrix = misclassification(redrawn, stratum_sizes, labels)
        if boot_matrix is None:
            continue
        boot_raw = rng.multinomial(n, raw) / n
        draws.append(invert(boot_matrix, boot_raw))
    if not draws:
        return Corrected(raw.tolist(), estimate.tolist(), None, None, n, len(hand), 0)
    low, high = np.percentile(np.array(draws), [2.5, 97.5], axis=0)
    return Corrected(raw.tolist(), estimate.tolist(), low.tolist(), high.tolist(), n,
                     len(hand), len(draws))
