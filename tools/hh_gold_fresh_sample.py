"""Draw a fresh stratified sample of harmless-base test pairs, disjoint from the 420-pair gold.

The pair labeller was revised on tests/data/hh_pair_gold.csv, so its agreement there is no
longer out of sample. This draws new pairs for a blind hand-labelled gold: the same six strata
as tools/hh_gold_sample.py (human turns 1/2/3+ x any v1 request cue), counted over the pairs
NOT in the old gold, proportional allocation with a floor, seeded. Writes line, stratum,
stratum_size (pairs of the stratum outside the old gold), order (a seeded permutation).
`--exclude CSV` (repeatable) names the golds to stay disjoint from (default the old gold);
`--out` where to write.

    PYTHONPATH=$PWD /work/main/.venv/bin/python tools/hh_gold_fresh_sample.py
    PYTHONPATH=$PWD /work/main/.venv/bin/python tools/hh_gold_fresh_sample.py --seed 1503 \
        --exclude tests/data/hh_pair_gold.csv --exclude tests/data/hh_pair_fresh_gold.csv \
        --out tests/data/hh_pair_gold3_sample.csv
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import Counter
from pathlib import Path

from hh_gold_sample import ROOT, _write_rows, allocate, strata_of_source

from citeaudit.core.files import atomic_write

OLD_GOLD = ROOT / "tests" / "data" / "hh_pair_gold.csv"
OUT = ROOT / "tests" / "data" / "hh_pair_fresh_sample.csv"


def old_gold_lines(path: Path = OLD_GOLD) -> frozenset[int]:
    """The lines of the earlier gold (its labels are not read)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return frozenset(int(row["line"]) for row in csv.DictReader(handle))


def draw_fresh(strata: dict[str, list[int]], excluded: frozenset[int], size: int, floor: int,
               seed: int) -> list[dict]:
    """Sample rows (line, stratum, stratum_size, order) from the pairs not in `excluded`."""
    kept = {name: [n for n in lines if n not in excluded]
            for name, lines in sorted(strata.items())}
    sizes = {name: len(lines) for name, lines in kept.items()}
    alloc = allocate(sizes, size, floor)
    rng = random.Random(seed)
    chosen = sorted((n, name) for name, lines in kept.items()
                    for n in rng.sample(lines, alloc[name]))
    order = list(range(1, len(chosen) + 1))
    rng.shuffle(order)
    return [{"line": n, "stratum": s, "stratum_size": sizes[s], "order": o}
            for (n, s), o in zip(chosen, order, strict=True)]


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--size", type=int, default=200)
    args.add_argument("--floor", type=int, default=15)
    args.add_argument("--seed", type=int, default=1502)
    args.add_argument("--exclude", type=Path, action="append", metavar="CSV",
                      help="a gold (or sample) CSV whose lines are not drawn; repeatable "
                           "(default: tests/data/hh_pair_gold.csv)")
    args.add_argument("--out", type=Path, default=OUT)
    opts = args.parse_args()
    excluded: frozenset[int] = frozenset()
    for path in opts.exclude or [OLD_GOLD]:
        if not path.is_file():
            args.error(f"--exclude: no such file: {path}")
        excluded |= old_gold_lines(path)
    rows = draw_fresh(strata_of_source(), excluded, opts.size, opts.floor, opts.seed)
    for name, count in sorted(Counter(row["stratum"] for row in rows).items()):
        size = next(row["stratum_size"] for row in rows if row["stratum"] == name)
        print(f"{name}: {size} pairs outside the excluded golds, {count} drawn")
    out = opts.out.resolve()
    atomic_write(out, lambda tmp: _write_rows(tmp, rows))
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    print(f"{len(rows)} pairs -> {shown}")

if __name__ == "__main__":
    main()
