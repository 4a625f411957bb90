"""Recall of the passage extractor on sentences a reader listed from the PDFs by hand.

The hand file (CSV: file, page, sentence, kind) lists every body sentence of each paper that
names or cites the HH dataset, with kind `use`, `citation` or `model` (names only a model
trained on HH). A hand sentence counts as found when one extracted passage of a counted kind
(dataset use, citation) holds it: at least 80% of its words matched in order (difflib's
matching blocks) in the passage's sentence with its context, and at least one matched word in
the passage's own sentence, after lower-casing and joining hyphenated line breaks (PDF text and
a reader's copy differ in ligatures, hyphens and spacing). Prints recall per paper and over all
`use` + `citation` sentences, and the sentences not found. With a `reference` column (how the
sentence itself refers to the dataset: name, marker, url, subset or implicit), also recall per
kind of reference and over the explicit ones (all but implicit: what an extractor that looks
for names and citation markers can be asked to find).

    python tools/passage_recall.py tests/data/hh_usage_second_sentences.csv [--pdfs DIR]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from citeaudit.core.config import DEFAULT_ALIASES  # noqa: E402
from citeaudit.literature.extract.pdf import extract_pdf  # noqa: E402
from citeaudit.literature.extract.records import COUNTED_KINDS  # noqa: E402
from citeaudit.literature.extract.sentences import SentenceMatcher  # noqa: E402
from citeaudit.literature.extract.stage import KNOWN_TARGETS  # noqa: E402

COUNTED_HAND_KINDS = ("use", "citation")
MIN_SHARE = 0.8


def words(text: str) -> list[str]:
    """Lower-case word tokens, ligatures unfolded, hyphenated line breaks joined."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", text)
    return re.findall(r"[a-z0-9]+", text)


def holds(window: list[str], own: range, sentence: list[str]) -> bool:
    """Whether the window (context, sentence, context) holds at least MIN_SHARE of the hand
    sentence's words in order, one of them inside `own`, the passage's own sentence."""
    if not sentence:
        return False
    blocks = SequenceMatcher(None, window, sentence, autojunk=False).get_matching_blocks()
    matched = sum(b.size for b in blocks)
    inside = any(b.size and b.a < own.stop and b.a + b.size > own.start for b in blocks)
    return inside and matched >= MIN_SHARE * len(sentence)


def window_of(passage) -> tuple[list[str], range]:
    before, own, after = (words(passage.context_before), words(passage.sentence),
                          words(passage.context_after))
    return before + own + after, range(len(before), len(before) + len(own))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path)
    parser.add_argument("--pdfs", type=Path, metavar="FOLDER",
                        default=ROOT.parent / "shared" / "data" / "corpus")
    args = parser.parse_args()
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(args.sentences, newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            by_file[row["file"]].append(row)
    matcher = SentenceMatcher(DEFAULT_ALIASES)
    target = KNOWN_TARGETS["ARXIV:2204.05862"]
    found_total = counted_total = 0
    by_reference: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # found, listed
    missed: list[tuple[str, str, str, str]] = []
    print(f"{'paper':<22}{'hand':>6}{'found':>7}{'recall':>8}  (use + citation sentences)")
    for file, rows in sorted(by_file.items()):
        paper = Path(file).stem
        result = extract_pdf(args.pdfs / file, paper, target, matcher)
        passages = [window_of(p) for p in result.passages if p.passage_kind in COUNTED_KINDS]
        counted = [r for r in rows if r["kind"] in COUNTED_HAND_KINDS]
        found = 0
        for row in counted:
            sentence = words(row["sentence"])
            hit = any(holds(window, own, sentence) for window, own in passages)
            if row.get("reference"):
                for key in (row["reference"], *(("explicit",) if row["reference"] != "implicit"
                                                else ())):
                    by_reference[key][0] += hit
                    by_reference[key][1] += 1
            if hit:
                found += 1
            else:
                missed.append((paper, row["page"], row["kind"], row["sentence"]))
        found_total += found
        counted_total += len(counted)
        recall = f"{found / len(counted):.2f}" if counted else "-"
        print(f"{paper:<22}{len(counted):>6}{found:>7}{recall:>8}")
    share = found_total / counted_total if counted_total else float("nan")
    print(f"{'all':<22}{counted_total:>6}{found_total:>7}{share:>8.2f}")
    for key, (hit, listed) in sorted(by_reference.items()):
        print(f"{'reference: ' + key:<22}{listed:>6}{hit:>7}{hit / listed:>8.2f}")
    if missed:
        print("\nnot found:")
        for paper, page, kind, sentence in missed:
            print(f"  {paper} p.{page} [{kind}] {sentence}")


if __name__ == "__main__":
    main()
