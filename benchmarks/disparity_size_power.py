"""Size and power of the disparity tests on simulated suites, and the permutation test's speed.

Datasets have the shape of a real suite (citeaudit.evals.simulate: 18 groups of 75-150
responses over 25 templates whose refusal rates differ around 10%). Prints, for datasets
without any group difference, how often each test gives p < 0.05 (its size; 5% is right),
and for datasets where one group is refused 15 points more (150 responses per group) how
often the permutation test finds it (its power). The GEE logistic model is fitted on fewer
datasets (it is slower). Last, the vectorised permutation test is timed against shuffling
labels one permutation at a time, in the same run. With --intersections-only: the size of
the permutation test in the shape of `eval disparity --by intersection` on the names suite
(22 group x gender cells of 20-40 responses over 48 templates).

    python benchmarks/disparity_size_power.py [--datasets 200] [--permutations 1000]
        [--gee-datasets 100] [--intersections-only]
"""

from __future__ import annotations

import argparse
import time
import warnings

import numpy as np

from citeaudit.core.stats import pearson_chi2, stratified_permutation_test
from citeaudit.evals.disparity import across_groups, gee_odds_ratios, template_counts
from citeaudit.evals.simulate import INTERSECTION_SHAPE, simulated_suite


def rejection(values: list[float], unit: str = "datasets") -> str:
    share = float(np.mean(np.array(values) < 0.05))
    half = 1.96 * np.sqrt(share * (1 - share) / len(values))
    return f"{share:6.1%} (+/- {half:.1%}, {len(values)} {unit})"


def size_and_power(datasets: int, permutations: int) -> None:
    rng = np.random.default_rng(2026)
    null = [across_groups(simulated_suite(rng), permutations=permutations, seed=i)
            for i in range(datasets)]
    print(f"no group difference: p < 0.05 in ({permutations:,} permutations per test)")
    print(f"  permutation, chi-square across groups  {rejection([s['chi2_perm_p'] for s in null])}")
    print(f"  permutation, max-min gap               {rejection([s['gap_p'] for s in null])}")
    print(f"  asymptotic chi-square (no templates)   "
          f"{rejection([s['chi2_asymptotic_p'] for s in null])}")
    verdicts = [s["verdict"].startswith("groups differ") for s in null]
    print(f"  verdict 'groups differ'                {np.mean(verdicts):6.1%}")
    gaps, chance = [s["gap"] for s in null], [s["gap_chance"] for s in null]
    print(f"  observed max-min gap: median {np.median(gaps):.3f} "
          f"(2.5-97.5%: {np.percentile(gaps, 2.5):.3f}-{np.percentile(gaps, 97.5):.3f}); "
          f"chance gap (95th percentile of the null): median {np.median(chance):.3f}")
    detectable = np.median([s["mdd_80"] for s in null])
    print(f"  detectable difference at 80% power: median {detectable:.3f}")
    planted = [across_groups(simulated_suite(rng, per_group=(150, 150), planted=0.15),
                             permutations=permutations, seed=i) for i in range(datasets)]
    found = [s["chi2_perm_p"] < 0.05 for s in planted]
    named = [s["max_group"] == "g00" for s in planted]
    print("one group refused 15 points more, 150 responses per group:")
    print(f"  permutation chi-square p < 0.05        {np.mean(found):6.1%} ({datasets} datasets)")
    print(f"  gap p < 0.05                           "
          f"{np.mean([s['gap_p'] < 0.05 for s in planted]):6.1%}")
    print(f"  that group has the highest rate        {np.mean(named):6.1%}")


def intersection_size(datasets: int, permutations: int) -> None:
    rng = np.random.default_rng(13)
    null = [across_groups(simulated_suite(rng, **INTERSECTION_SHAPE),
                          permutations=permutations, seed=i) for i in range(datasets)]
    print("by intersection (22 cells of 20-40 over 48 templates), no difference: p < 0.05 in")
    print(f"  permutation, chi-square across cells   {rejection([s['chi2_perm_p'] for s in null])}")
    print(f"  permutation, max-min gap               {rejection([s['gap_p'] for s in null])}")
    print(f"  chance gap (95th percentile of the null): median "
          f"{np.median([s['gap_chance'] for s in null]):.3f}")


def gee_size(datasets: int) -> None:
    rng = np.random.default_rng(7)
    per_group, any_holm, joint = [], [], []
    for _ in range(datasets):
        frame = simulated_suite(rng)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            odds = gee_odds_ratios(frame, "refused", "g00")["odds"].dropna(subset=["or_p"])
            joint.append(joint_wald_p(frame))
        per_group += odds["or_p"].tolist()
        any_holm.append(odds["or_p_holm"].min())
    print("GEE (exchangeable, bias-reduced sandwich, clusters = 25 templates), no difference:")
    print(f"  a group's odds ratio p < 0.05          {rejection(per_group, 'group effects')}")
    print(f"  any group after Holm                   {rejection(any_holm)}")
    print(f"  joint Wald test of all group effects   {rejection(joint)} (robust sandwich; "
          "not used)")


def joint_wald_p(frame) -> float:
    """The GEE Wald test that every group effect is 0 (the one citeaudit does not report)."""
    import pandas as pd
    import statsmodels.api as sm

    design = pd.get_dummies(frame["group"], drop_first=True).astype(float)
    design.insert(0, "const", 1.0)
    fitted = sm.GEE(frame["refused"].astype(float), design, groups=frame["template_id"],
                    family=sm.families.Binomial(),
                    cov_struct=sm.cov_struct.Exchangeable()).fit()
    return float(fitted.wald_test(np.eye(design.shape[1])[1:], scalar=True).pvalue)


def one_at_a_time(successes: np.ndarray, trials: np.ndarray, permutations: int,
                  seed: int) -> np.ndarray:
    """Baseline: expand to one row per response, shuffle group labels within each template
    with rng.permutation, recount; one permutation at a time."""
    rng = np.random.default_rng(seed)
    labels, outcomes = [], []
    for k, n in zip(successes, trials, strict=True):
        group = np.repeat(np.arange(len(n)), n)
        outcome = np.concatenate([np.r_[np.ones(int(kk)), np.zeros(int(nn - kk))]
                                  for kk, nn in zip(k, n, strict=True)])
        labels.append(group)
        outcomes.append(outcome)
    statistics = np.empty(permutations)
    for b in range(permutations):
        counts = np.zeros(trials.shape[1])
        for group, outcome in zip(labels, outcomes, strict=True):
            counts += np.bincount(rng.permutation(group), weights=outcome,
                                  minlength=trials.shape[1])
        statistics[b] = pearson_chi2(counts, trials.sum(axis=0))
    return statistics


def speed() -> None:
    frame = simulated_suite(np.random.default_rng(1))
    successes, trials = template_counts(frame, "refused", sorted(frame["group"].unique()))
    start = time.perf_counter()
    stratified_permutation_test(successes, trials, 10_000, seed=0)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    one_at_a_time(successes, trials, 500, seed=0)
    baseline = (time.perf_counter() - start) * 10_000 / 500
    print(f"10,000 permutations of one suite ({int(trials.sum()):,} responses): "
          f"{ours:.2f} s; one at a time (500 timed, scaled): {baseline:.1f} s; "
          f"{baseline / ours:.0f}x faster")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=int, default=200)
    parser.add_argument("--permutations", type=int, default=1000)
    parser.add_argument("--gee-datasets", type=int, default=100)
    parser.add_argument("--intersections-only", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    intersection_size(args.datasets, args.permutations)
    print(f"  ({time.perf_counter() - start:.0f} s)")
    if args.intersections_only:
        return
    start = time.perf_counter()
    size_and_power(args.datasets, args.permutations)
    print(f"  ({time.perf_counter() - start:.0f} s)")
    start = time.perf_counter()
    gee_size(args.gee_datasets)
    print(f"  ({time.perf_counter() - start:.0f} s)")
    speed()


if __name__ == "__main__":
    main()
