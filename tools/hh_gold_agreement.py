"""Agreement between two independent hand codings of the HH pair gold.

Joins the second coder's file to the first coder's on (subset, split, line) and prints the
percent agreement, Cohen's kappa with a percentile bootstrap 95% interval (pairs resampled,
seeded), the 3x3 confusion matrix (rows: first coder, columns: second coder) and the lines
the coders disagree on. Both files are read with `citeaudit.audit.score.read_gold`.

    PYTHONPATH=$PWD /work/main/.venv/bin/python tools/hh_gold_agreement.py [FIRST.csv]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import cohen_kappa_score, confusion_matrix

from citeaudit.audit.score import LABELS, read_gold
from citeaudit.core.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "tests" / "data" / "hh_pair_gold.csv"
SECOND = ROOT / "tests" / "data" / "hh_pair_gold_second.csv"
SEED = 15


def paired_labels(first: Path, second: Path) -> list[tuple[int, str, str]]:
    """(line, first label, second label) for every pair of the second file."""
    by_key = {(g.subset, g.split, g.line): g.label for g in read_gold(first)}
    missing = [g for g in read_gold(second) if (g.subset, g.split, g.line) not in by_key]
    if missing:
        raise InputError(f"{first}: no label for {len(missing)} pair(s) of {second}, e.g. "
                         f"row {missing[0].row} (line {missing[0].line})")
    return [(g.line, by_key[(g.subset, g.split, g.line)], g.label) for g in read_gold(second)]


def bootstrap_kappa(a: np.ndarray, b: np.ndarray, draws: int, seed: int) -> tuple[float, float]:
    """Percentile 95% interval of kappa over pairs resampled with replacement."""
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(draws):
        idx = rng.integers(0, len(a), len(a))
        value = cohen_kappa_score(a[idx], b[idx], labels=list(LABELS))
        if value == value:  # a draw with one label only has no kappa
            values.append(value)
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", type=Path, default=FIRST,
                        help="the first coder's labels (default %(default)s)")
    parser.add_argument("--second", type=Path, default=SECOND,
                        help="the second coder's labels (default %(default)s)")
    parser.add_argument("--draws", type=int, default=2000, help="bootstrap draws")
    parser.add_argument("--seed", type=int, default=SEED, help="bootstrap seed")
    args = parser.parse_args(argv)
    try:
        rows = paired_labels(args.first, args.second)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    a = np.array([r[1] for r in rows])
    b = np.array([r[2] for r in rows])
    kappa = cohen_kappa_score(a, b, labels=list(LABELS))
    low, high = bootstrap_kappa(a, b, args.draws, args.seed)
    agree = int((a == b).sum())
    print(f"pairs {len(rows)}; agreement {agree}/{len(rows)} = {agree / len(rows):.1%}")
    print(f"Cohen's kappa {kappa:.3f} (bootstrap 95% {low:.3f} to {high:.3f}; "
          f"{args.draws} draws, seed {args.seed})")
    print("confusion (rows: first coder, columns: second coder)")
    print(f"{'':>12}" + "".join(f"{label:>12}" for label in LABELS) + f"{'total':>8}")
    for label, counts in zip(LABELS, confusion_matrix(a, b, labels=list(LABELS)), strict=True):
        print(f"{label:>12}" + "".join(f"{c:>12}" for c in counts) + f"{counts.sum():>8}")
    print(f"{'total':>12}" + "".join(f"{int((b == label).sum()):>12}" for label in LABELS))
    print("disagreements (line: first -> second)")
    for line, first, second in rows:
        if first != second:
            print(f"  {line}: {first} -> {second}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
