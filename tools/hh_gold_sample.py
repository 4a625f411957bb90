"""Draw the stratified sample of harmless-base test pairs for the hand-labelled development gold.

Strata: number of human turns (1, 2, 3+) x harm signal (any human turn matches a request cue
of coding_scheme/harm_cues.yaml; used only to stratify, never as a label). Allocation is
proportional to stratum size with a floor per stratum; the pairs of the earlier 45-pair gold
are always included (re-labelled fresh). Writes line, stratum, stratum_size, order (a seeded
random permutation: a second coder labels the first rows in that order), without labels.

    PYTHONPATH=$PWD /work/main/.venv/bin/python tools/hh_gold_sample.py
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import defaultdict
from pathlib import Path

from citeaudit.audit.harm import load_harm_detector
from citeaudit.audit.parse import iter_raw_records, pair_from_record
from citeaudit.core.files import atomic_write

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "hh-rlhf" / "harmless-base-test.jsonl.gz"
# The 45 lines of the first gold (commit 78c96b3), kept in the sample and re-labelled fresh;
# listed here because tests/data/hh_pair_gold.csv now holds the whole labelled sample.
OLD_GOLD_LINES = frozenset({
    11, 48, 102, 313, 331, 368, 372, 402, 421, 454, 488, 578, 862, 915, 983, 1031, 1177,
    1179, 1197, 1266, 1288, 1309, 1395, 1425, 1461, 1490, 1511, 1542, 1628, 1634, 1723,
    1730, 1807, 1842, 1874, 1889, 2009, 2011, 2059, 2097, 2104, 2204, 2244, 2280, 2284})
OUT = ROOT / "tests" / "data" / "hh_pair_gold_sample.csv"
# The request cues the sample was stratified with (harm_cues v1, commit 78c96b3): later cue
# versions move pairs between strata, so the committed sample is reproducible only with these.
CUES_V1 = Path(__file__).resolve().parent / "harm_cues_v1.yaml"


def stratum_of(pair, harm) -> str:
    """'<turns>-<cue|nocue>' from the human turns of the whole prompt."""
    humans = [t.text for t in pair.turns if t.role == "Human"]
    turns = "3+" if len(humans) >= 3 else str(max(len(humans), 1))
    cue = any(harm.request_categories(text) for text in humans)
    return f"{turns}-{'cue' if cue else 'nocue'}"


def strata_of_source(source: Path = SOURCE, cues: Path = CUES_V1) -> dict[str, list[int]]:
    """Lines of every pair of `source` by stratum (`stratum_of` with the given cues)."""
    harm = load_harm_detector(cues)
    strata: dict[str, list[int]] = defaultdict(list)
    for line, record in iter_raw_records(source):
        pair = pair_from_record(record, line, "harmless-base", "test")
        strata[stratum_of(pair, harm)].append(line)
    return dict(strata)


def allocate(sizes: dict[str, int], total: int, floor: int) -> dict[str, int]:
    """Proportional allocation (largest remainder) with at least `floor` per stratum."""
    population = sum(sizes.values())
    alloc = {s: min(n, floor) for s, n in sizes.items()}
    rest = total - sum(alloc.values())
    quotas = {s: max(0.0, total * n / population - alloc[s]) for s, n in sizes.items()}
    scale = rest / sum(quotas.values()) if sum(quotas.values()) else 0
    for s in alloc:
        alloc[s] += min(sizes[s] - alloc[s], int(quotas[s] * scale))
    leftover = total - sum(alloc.values())
    for s in sorted(sizes, key=lambda s: -(quotas[s] * scale % 1)):
        if leftover <= 0:
            break
        if alloc[s] < sizes[s]:
            alloc[s] += 1
            leftover -= 1
    return alloc


def _write_rows(path: Path, rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["line", "stratum", "stratum_size", "order"])
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--size", type=int, default=420)
    args.add_argument("--floor", type=int, default=30)
    args.add_argument("--seed", type=int, default=15)
    opts = args.parse_args()
    strata = strata_of_source()
    forced = OLD_GOLD_LINES
    sizes = {s: len(lines) for s, lines in sorted(strata.items())}
    alloc = allocate(sizes, opts.size, opts.floor)
    rng = random.Random(opts.seed)
    chosen: list[tuple[int, str]] = []
    for name, lines in sorted(strata.items()):
        keep = [n for n in lines if n in forced]
        others = [n for n in lines if n not in forced]
        keep += rng.sample(others, max(0, alloc[name] - len(keep)))
        chosen += [(n, name) for n in keep]
        print(f"{name}: {sizes[name]} pairs, {len(keep)} drawn")
    chosen.sort()
    order = list(range(1, len(chosen) + 1))
    rng.shuffle(order)
    rows = [{"line": n, "stratum": s, "stratum_size": sizes[s], "order": o}
            for (n, s), o in zip(chosen, order, strict=True)]
    atomic_write(OUT, lambda tmp: _write_rows(tmp, rows))
    print(f"{len(rows)} pairs -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
