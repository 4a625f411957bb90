"""Recall of the passage extractor on sentences a reader listed from the PDFs by hand.

The hand file (CSV: file, page, sentence, kind) lists every body sentence of each paper that
names or cites the HH dataset, with kind `use`, `citation` or `model` (names only a model
trained on HH). A hand sentence counts as found when one extracted passage of a counted kind
(dataset use, citation) holds it: at least 80% of its words matched in order (difflib's matching
blocks) in the passage's sentence with its context, and at least one matched word in the
passage's own sentence, after lower-casing and joining hyphenated line breaks (PDF text and a
reader's copy differ in ligatures, hyphens and spacing). Prints recall per paper and over all
`use` + `citation` sentences, and the sentences not found. With a `reference` column (how the
sentence itself refers to the dataset: name, marker, url, subset or implicit), also recall per
kind of reference and over the explicit ones (all but implicit: what an extractor that looks for
names and citation markers can be asked to find), and over the marker sentences that name
Ganguli (`ganguli`: HH's red-team data cited through Ganguli et al. 2022). The other way round,
each extracted passage of a counted kind is matched to the hand list (a hand sentence it holds,
or one that holds the passage's own sentence): the share matching a `use` or `citation` sentence
is the passages' precision against the list, and the passages matching nothing are printed to
read (the reader may have missed a sentence, or the passage is wrong).

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


def hand_kind(window: list[str], own: range, rows: list[dict[str, str]]) -> str | None:
    """The kind of the first hand sentence the passage holds or that holds the passage's own
    sentence; a use or citation sentence before a model one; None when none matches."""
    own_words = window[own.start:own.stop]
    kinds = [row["kind"] for row in rows
             if holds(window, own, hand := words(row["sentence"]))
             or holds(hand, range(len(hand)), own_words)]
    counted = [k for k in kinds if k in COUNTED_HAND_KINDS]
    return (counted or kinds or [None])[0]


def reference_keys(row: dict[str, str]) -> list[str]:
    """The reference rows a hand sentence counts in: its kind of reference, `explicit` for all
    but implicit, and `ganguli` for a citation marker in a sentence naming Ganguli
    (the red-team data cited through Ganguli et al. 2022, alone or beside the HH paper)."""
    keys = [row["reference"]]
    if row["reference"] != "implicit":
        keys.append("explicit")
    if row["reference"] == "marker" and "ganguli" in row["sentence"].lower():
        keys.append("ganguli")
    return keys


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
    matched_kinds: dict[str, int] = defaultdict(int)  # passages by the hand kind they match
    unmatched: list[tuple[str, int | None, str]] = []
    print(f"{'paper':<22}{'hand':>6}{'found':>7}{'recall':>8}  (use + citation sentences)")
    for file, rows in sorted(by_file.items()):
        paper = Path(file).stem
        result = extract_pdf(args.pdfs / file, paper, target, matcher)
        extracted = [p for p in result.passages if p.passage_kind in COUNTED_KINDS]
        passages = [window_of(p) for p in extracted]
        for passage, (window, own) in zip(extracted, passages, strict=True):
            kind = hand_kind(window, own, rows)
            matched_kinds[kind or "none"] += 1
            if kind is None:
                unmatched.append((paper, passage.page, passage.sentence))
        counted = [r for r in rows if r["kind"] in COUNTED_HAND_KINDS]
        found = 0
        for row in counted:
            sentence = words(row["sentence"])
            hit = any(holds(window, own, sentence) for window, own in passages)
            if row.get("reference"):
                for key in reference_keys(row):
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
    n_passages = sum(matched_kinds.values())
    right = sum(matched_kinds[k] for k in COUNTED_HAND_KINDS)
    print(f"\npassages of the counted kinds: {n_passages}; matching a use or citation sentence "
          f"{right} ({right / n_passages:.2f}), a model sentence {matched_kinds['model']}, "
          f"none {matched_kinds['none']}" if n_passages else "\nno passages extracted")
    for paper, page, sentence in unmatched:
        print(f"  unmatched: {paper} p.{page} {sentence}")
    if missed:
        print("\nnot found:")
        for paper, page, kind, sentence in missed:
            print(f"  {paper} p.{page} [{kind}] {sentence}")


if __name__ == "__main__":
    main()
