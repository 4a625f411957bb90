"""Label shares of the harmless-base test split from a stratified hand gold: the hand shares
weighted by stratum size, the automatic shares of every pair, and those corrected with the
confusion measured on the gold (audit.prevalence; bootstrap over both samples).

    PYTHONPATH=$PWD python tools/hh_gold_prevalence.py GOLD.csv SAMPLE.csv [HH.jsonl.gz]

GOLD.csv: line, label, stratum (tests/data/hh_pair_gold.csv); SAMPLE.csv: line, stratum,
stratum_size (tests/data/hh_pair_gold_sample.csv, written by tools/hh_gold_sample.py).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from citeaudit.audit.pairlabel import PairLabeller
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.prevalence import LABELS, HandPair, corrected_shares, weighted_shares
from citeaudit.audit.sources import guess_source

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "hh-rlhf" / "harmless-base-test.jsonl.gz"


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("sample", type=Path)
    parser.add_argument("source", type=Path, nargs="?", default=SOURCE)
    parser.add_argument("--boot", type=int, default=2000)
    args = parser.parse_args()
    gold = {int(r["line"]): r for r in read_csv(args.gold)}
    sizes = {r["stratum"]: int(r["stratum_size"]) for r in read_csv(args.sample)}
    labeller = PairLabeller()
    auto: dict[int, str] = {}
    for pair in iter_source(guess_source(args.source)):
        if isinstance(pair, Pair):
            humans = [t.text for t in pair.turns if t.role == "Human"]
            auto[pair.line] = labeller.label(humans, pair.chosen).label
    hand = [HandPair(g["stratum"], g["label"], auto[line]) for line, g in sorted(gold.items())]
    weighted = weighted_shares(hand, sizes)
    corrected = corrected_shares(list(auto.values()), hand, sizes, n_boot=args.boot)
    print(f"{len(auto)} pairs labelled by {labeller.name}; {len(hand)} hand-labelled in "
          f"{len({h.stratum for h in hand})} strata; {corrected.n_boot} bootstrap draws")
    print("label       hand weighted (95% CI)   automatic   corrected (95% CI)")
    for i, label in enumerate(LABELS):
        w = weighted[i]
        print(f"{label:<11} {w.share:6.1%} ({w.low:.1%} to {w.high:.1%})   "
              f"{corrected.raw[i]:6.1%}     {corrected.corrected[i]:6.1%} "
              f"({corrected.low[i]:.1%} to {corrected.high[i]:.1%})")


if __name__ == "__main__":
    main()
