"""Template-clustered bootstrap of the max-min refusal gap: our weighted-count version
(`disparity.gap_with_bootstrap`) against resampling by concatenating the drawn templates' rows
(the straightforward pandas way, and what main did before), measured in the same run on the
same synthetic responses. Both use the same random draws, so the intervals must be equal.

Run: python benchmarks/bench_bootstrap.py [--templates 56] [--groups 12] [--per-cell 3]
     [--draws 1000]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from citeaudit.evals.disparity import gap_with_bootstrap


def concatenating_bootstrap(frame: pd.DataFrame, n_boot: int, seed: int) -> tuple[float, float]:
    templates = frame["template_id"].unique()
    parts = {t: part for t, part in frame.groupby("template_id")}
    n_groups = frame["group"].nunique()
    rng = np.random.default_rng(seed)
    gaps = []
    for _ in range(n_boot):
        sample = pd.concat([parts[t] for t in rng.choice(templates, size=len(templates))])
        rates = sample.groupby("group")["refused"].mean()
        if len(rates) == n_groups:
            gaps.append(rates.max() - rates.min())
    low, high = np.percentile(gaps, [2.5, 97.5])
    return float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=int, default=56, help="[default: %(default)s]")
    parser.add_argument("--groups", type=int, default=12, help="[default: %(default)s]")
    parser.add_argument("--per-cell", type=int, default=3, help="samples per template x group")
    parser.add_argument("--draws", type=int, default=1000,
                        help="bootstrap draws [default: %(default)s]")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    frame = pd.DataFrame([
        {"template_id": f"t{t}", "group": f"g{g}",
         "refused": int(rng.random() < 0.2 + 0.3 * (g == 0) + 0.1 * (t % 4))}
        for t in range(args.templates) for g in range(args.groups) for _ in range(args.per_cell)])
    start = time.perf_counter()
    baseline = concatenating_bootstrap(frame, args.draws, seed=0)
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    ours = gap_with_bootstrap(frame, n_boot=args.draws, seed=0)
    ours_s = time.perf_counter() - start
    same = np.allclose(baseline, (ours["gap_low"], ours["gap_high"]))
    print(f"{len(frame):,} responses, {args.templates} templates, {args.groups} groups, "
          f"{args.draws} draws")
    print(f"concatenating templates: {base_s:7.3f} s  interval {baseline[0]:.4f}-{baseline[1]:.4f}")
    print(f"weighted counts (ours):  {ours_s:7.3f} s  interval {ours['gap_low']:.4f}-"
          f"{ours['gap_high']:.4f}")
    print(f"speed-up {base_s / ours_s:.0f}x; same interval: {same}")


if __name__ == "__main__":
    main()
