"""Passages per paper and kind for a set of PDFs, and a seeded sample of them to read by hand.

Used to measure the extractor on papers held out of its rule writing (docs/validation.md,
"Passages"): the counts per paper and kind, then `--sample N` passages of the counted kinds
(dataset use, citation) drawn with `--seed`, each with its page, kind, match and sentence, so
a reader can judge each one right or wrong.

    python tools/passage_sample.py 2307.04964 2310.10076 ... [--pdfs DIR] [--sample 40]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from citeaudit.core.config import DEFAULT_ALIASES  # noqa: E402
from citeaudit.literature.extract.pdf import extract_pdf  # noqa: E402
from citeaudit.literature.extract.records import COUNTED_KINDS, PASSAGE_KINDS  # noqa: E402
from citeaudit.literature.extract.sentences import SentenceMatcher  # noqa: E402
from citeaudit.literature.extract.stage import KNOWN_TARGETS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("papers", nargs="+", help="file names (without .pdf) in --pdfs")
    parser.add_argument("--pdfs", type=Path, metavar="FOLDER",
                        default=ROOT.parent / "shared" / "data" / "corpus" / "pdfs")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="print N passages of the counted kinds, drawn at random")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    matcher = SentenceMatcher(DEFAULT_ALIASES)
    target = KNOWN_TARGETS["ARXIV:2204.05862"]
    counted = []
    print(f"{'paper':<12}{'counted':>9}" + "".join(f"{k:>14}" for k in PASSAGE_KINDS))
    totals: Counter[str] = Counter()
    for paper in args.papers:
        result = extract_pdf(args.pdfs / f"{paper}.pdf", paper, target, matcher)
        kinds = Counter(p.passage_kind for p in result.passages)
        totals.update(kinds)
        counted += [(paper, p) for p in result.passages if p.passage_kind in COUNTED_KINDS]
        n = sum(kinds[k] for k in COUNTED_KINDS)
        print(f"{paper:<12}{n:>9}" + "".join(f"{kinds[k]:>14}" for k in PASSAGE_KINDS))
    n = sum(totals[k] for k in COUNTED_KINDS)
    print(f"{'total':<12}{n:>9}" + "".join(f"{totals[k]:>14}" for k in PASSAGE_KINDS))
    if args.sample:
        drawn = random.Random(args.seed).sample(counted, min(args.sample, len(counted)))
        for i, (paper, p) in enumerate(sorted(drawn, key=lambda d: (d[0], d[1].page or 0)), 1):
            print(f"\n[{i}] {paper} p.{p.page} {p.passage_kind} ({p.matched})\n    {p.sentence}")


if __name__ == "__main__":
    main()
