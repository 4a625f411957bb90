"""The disparity tests hold their size and have power, on simulated data with the shape of a
real suite (18 groups of 75-150 responses spread over 25 templates whose refusal rates
differ; citeaudit.evals.simulate). 200 datasets each; 1,000 permutations per test (the CLI
uses 10,000), enough to resolve p < 0.05. benchmarks/disparity_size_power.py prints the same
figures with more datasets, the GEE model's size and the runtimes."""

from __future__ import annotations

import numpy as np

from citeaudit.evals.disparity import across_groups
from citeaudit.evals.simulate import INTERSECTION_SHAPE, simulated_suite

DATASETS = 200
PERMUTATIONS = 1000


def _summaries(planted: float, per_group: tuple[int, int], seed: int) -> list[dict]:
    rng = np.random.default_rng(seed)
    return [across_groups(simulated_suite(rng, per_group=per_group, planted=planted),
                          permutations=PERMUTATIONS, seed=i) for i in range(DATASETS)]


def test_without_a_group_difference_at_most_7_percent_come_out_significant():
    summaries = _summaries(planted=0.0, per_group=(75, 150), seed=11)
    for statistic in ("chi2_perm_p", "gap_p"):
        rejected = np.mean([s[statistic] < 0.05 for s in summaries])
        assert rejected <= 0.07, statistic
    assert np.mean([s["verdict"].startswith("groups differ") for s in summaries]) <= 0.07
    # the gap chance alone gives is far from zero: a gap needs this yardstick
    assert 0.1 < np.median([s["gap_chance"] for s in summaries]) < 0.3


def test_a_15_point_gap_for_one_group_is_detected_at_least_80_percent_of_the_time():
    summaries = _summaries(planted=0.15, per_group=(150, 150), seed=12)
    assert np.mean([s["chi2_perm_p"] < 0.05 for s in summaries]) >= 0.8
    assert np.mean([s["max_group"] == "g00" for s in summaries]) >= 0.8


def test_by_intersection_22_smaller_cells_keep_their_size():
    """`eval disparity --by intersection` on the names suite: 22 group x gender cells of 20-40
    responses over 48 templates, shuffled within template as before."""
    rng = np.random.default_rng(13)
    summaries = [across_groups(simulated_suite(rng, **INTERSECTION_SHAPE),
                               permutations=PERMUTATIONS, seed=i) for i in range(DATASETS)]
    assert all(s["groups"] == 22 for s in summaries)
    for statistic in ("chi2_perm_p", "gap_p"):
        assert np.mean([s[statistic] < 0.05 for s in summaries]) <= 0.07, statistic
    assert np.mean([s["verdict"].startswith("groups differ") for s in summaries]) <= 0.07
