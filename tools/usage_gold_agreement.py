"""Agreement between two independent hand codings of the usage gold, on the seven columns.

Both files are gold files in the structure of tests/data/hh_usage_gold.yaml (read and checked
by `citeaudit.literature.gold.load_gold`); papers are joined by file. Prints Cohen's kappa per
column of the literature analysis with a bootstrap interval (papers resampled, seeded), the
mean over the columns, and every disagreement with both coders' evidence.

    PYTHONPATH=$PWD python tools/usage_gold_agreement.py tests/data/hh_usage_gold.yaml \\
        tests/data/hh_usage_second.yaml
"""

from __future__ import annotations

import argparse
from pathlib import Path

from citeaudit.coding.codebook import load_codebook
from citeaudit.literature.gold import (
    USAGE_COLUMNS,
    CodedPaper,
    column_table,
    gold_evidence,
    load_gold,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--codebook", default="hh_usage")
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    codebook = load_codebook(args.codebook)
    first = load_gold(args.first, codebook)
    second = {p.file: p for p in load_gold(args.second, codebook)}
    papers = [p for p in first if p.file in second]
    coded = {f: CodedPaper(f, p.codes, {c.label: [gold_evidence(p, c)] for c in USAGE_COLUMNS})
             for f, p in second.items()}
    table = column_table("second", "all", papers, coded, args.draws, args.seed)
    print(f"{len(papers)} papers coded by both (first {len(first)}, second {len(second)})")
    for col in table.columns:
        kappa = "undefined" if col.kappa is None else f"{col.kappa:.2f}"
        interval = "" if col.low is None else f" ({col.low:.2f} to {col.high:.2f})"
        print(f"  {col.label:<26} kappa {kappa}{interval}  yes: first {col.gold_yes}, "
              f"second {col.auto_yes}")
    mean = table.mean_kappa
    print(f"  mean over {table.n_defined} defined columns: "
          f"{'undefined' if mean is None else f'{mean:.2f}'}")
    for d in table.disagreements:
        print(f"\n{d.file} [{d.column}] first {'yes' if d.gold else 'no'}, second "
              f"{'yes' if d.auto else 'no'}\n  first: {d.gold_evidence}\n  second: "
              f"{'; '.join(d.auto_evidence)}")


if __name__ == "__main__":
    main()
