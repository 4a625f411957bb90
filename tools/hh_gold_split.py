"""Split a hand-labelled HH pair CSV into a development half and a held-out half, or into
K folds.

Seeded and stratified by the `stratum` column (or by label when there is none): in each
stratum the rows are shuffled with random.Random(seed) and alternate between the halves.
Rules may be revised after reading the development half's disagreements; the held-out half
is only scored (docs/validation.md, section HH pair labels). With --folds K the shuffled
rows of the strata, one stratum after another, are dealt to folds 0..K-1 in turn (files
hh_pair_gold_fold<i>.csv), for figures per fold.

    python tools/hh_gold_split.py tests/data/hh_pair_gold.csv OUT_DIR [--seed 15]
    python tools/hh_gold_split.py tests/data/hh_pair_gold.csv OUT_DIR --folds 5
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import defaultdict
from pathlib import Path


def split(rows: list[dict[str, str]], seed: int) -> tuple[list[dict], list[dict]]:
    by_stratum: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_stratum[row.get("stratum") or row["label"]].append(row)
    rng = random.Random(seed)
    dev, held = [], []
    for stratum in sorted(by_stratum):
        members = sorted(by_stratum[stratum], key=lambda r: int(r["line"]))
        rng.shuffle(members)
        dev += members[0::2]
        held += members[1::2]
    return dev, held


def folds(rows: list[dict[str, str]], k: int, seed: int) -> list[list[dict]]:
    """The rows dealt to k folds, stratum by stratum (sorted), each stratum shuffled."""
    if k < 2:
        raise SystemExit(f"--folds must be at least 2, not {k}")
    by_stratum: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_stratum[row.get("stratum") or row["label"]].append(row)
    rng = random.Random(seed)
    parts: list[list[dict]] = [[] for _ in range(k)]
    dealt = 0
    for stratum in sorted(by_stratum):
        members = sorted(by_stratum[stratum], key=lambda r: int(r["line"]))
        rng.shuffle(members)
        for row in members:
            parts[dealt % k].append(row)
            dealt += 1
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--folds", type=int, default=None,
                        help="Write K stratified folds instead of two halves.")
    args = parser.parse_args()
    with open(args.gold, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    if args.folds is not None:
        named = [(f"fold{i}", part) for i, part in enumerate(folds(rows, args.folds, args.seed))]
    else:
        named = list(zip(("dev", "heldout"), split(rows, args.seed), strict=True))
    for name, part in named:
        path = args.out_dir / f"hh_pair_gold_{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(sorted(part, key=lambda r: int(r["line"])))
        print(f"{path}: {len(part)} rows")


if __name__ == "__main__":
    main()
