"""Draw a fresh stratified sample of harmless-base test pairs, disjoint from the 420-pair gold.

The pair labeller was revised on tests/data/hh_pair_gold.csv, so its agreement there is no
longer out of sample. This draws new pairs for a blind hand-labelled gold: the same six strata
as tools/hh_gold_sample.py (human turns 1/2/3+ x any v1 request cue), counted over the pairs
NOT in the old gold, proportional allocation with a floor, seeded. Writes line, stratum,
stratum_size (pairs of the stratum outside the old gold), order (a seeded permutation).

    PYTHONPATH=$PWD /work/main/.venv/bin/python tools/hh_gold_fresh_sample.py
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from hh_gold_sample import ROOT, _write_rows, allocate, strata_of_source

from citeaudit.core.files import atomic_write

OLD_GOLD = ROOT / "tests" / "data" / "hh_pair_gold.csv"
OUT = ROOT / "tests" / "data" / "hh_pair_fresh_sample.csv"


def old_gold_lines(path: Path = OLD_GOLD) -> frozenset[int]:
    """The lines of the earlier gold (its labels are not read)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return frozenset(int(row["line"]) for row in csv.DictReader(handle))


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--size", type=int, default=200)
    args.add_argument("--floor", type=int, default=15)
    args.add_argument("--seed", type=int, default=1502)
    opts = args.parse_args()
    excluded = old_gold_lines()
    strata = {name: [n for n in lines if n not in excluded]
              for name, lines in sorted(strata_of_source().items())}
    sizes = {name: len(lines) for name, lines in strata.items()}
    alloc = allocate(sizes, opts.size, opts.floor)
    rng = random.Random(opts.seed)
    chosen: list[tuple[int, str]] = []
    for name, lines in strata.items():
        chosen += [(n, name) for n in rng.sample(lines, alloc[name])]
        print(f"{name}: {sizes[name]} pairs outside the old gold, {alloc[name]} drawn")
    chosen.sort()
    order = list(range(1, len(chosen) + 1))
    rng.shuffle(order)
    rows = [{"line": n, "stratum": s, "stratum_size": sizes[s], "order": o}
            for (n, s), o in zip(chosen, order, strict=True)]
    atomic_write(OUT, lambda tmp: _write_rows(tmp, rows))
    print(f"{len(rows)} pairs -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
