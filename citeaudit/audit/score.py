"""Score the automatic chosen-response labels against hand labels kept in a CSV.

The CSV has columns subset, split, line (1-based line of the pair in its file) and label
(acceptable, unhelpful or harmful); other columns (notes) are ignored. Each pair is re-read
from its HH file, labelled by the same rules the audit uses (`audit.pairlabel` over the
refusal classifier and the harm signal), and compared: accuracy, per-class precision,
recall and F1, Cohen's kappa and the confusion matrix. Independent of the store.
"""

from __future__ import annotations

import csv
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeaudit.audit.harm import HarmDetector, load_harm_detector
from citeaudit.audit.pairlabel import PairLabeller
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.refusal import RefusalClassifier, load_classifier, normalize_label
from citeaudit.audit.sources import HHSource
from citeaudit.core.errors import InputError
from citeaudit.core.stats import bootstrap_kappa

LABELS = ("acceptable", "unhelpful", "harmful")
REQUIRED = ("subset", "split", "line", "label")


@dataclass(frozen=True)
class GoldLabel:
    subset: str
    split: str
    line: int
    label: str
    row: int  # line of the CSV, for messages


@dataclass
class LabelScore:
    n: int
    accuracy: float
    kappa: float
    per_class: dict[str, dict[str, float]]  # label -> precision, recall, f1, support
    confusion: list[list[int]]  # rows: hand label, columns: automatic label (LABELS order)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    classifier: str = ""
    harm_detector: str = ""
    kappa_low: float = float("nan")  # 95% percentile bootstrap over the gold pairs
    kappa_high: float = float("nan")
    baseline_label: str = ""  # the most frequent hand label
    baseline_accuracy: float = 0.0  # accuracy of labelling every pair with it (kappa 0)


def read_gold(path: Path) -> list[GoldLabel]:
    """Hand labels from a CSV; every bad cell is reported at once, naming row and column."""
    try:
        handle = open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(missing)}; expected "
                             f"{', '.join(REQUIRED)}")
        gold, problems, seen = [], [], {}
        for number, record in enumerate(reader, start=2):
            label = (record["label"] or "").strip().lower()
            line = (record["line"] or "").strip()
            key = ((record["subset"] or "").strip(), (record["split"] or "").strip(), line)
            if label not in LABELS:
                problems.append(f"row {number}, column label: {record['label']!r} is not one "
                                f"of {', '.join(LABELS)}")
            if not line.isdigit() or int(line) < 1:
                problems.append(f"row {number}, column line: {record['line']!r} is not a "
                                "line number (1 or more)")
            if not key[0] or not key[1]:
                problems.append(f"row {number}: subset and split must not be empty")
            if key in seen:
                problems.append(f"row {number}: the same pair as row {seen[key]}")
            seen[key] = number
            if not problems:
                gold.append(GoldLabel(key[0], key[1], int(line), label, number))
    if problems:
        raise InputError(f"{path}: " + "; ".join(problems[:20])
                         + (f"; and {len(problems) - 20} more" if len(problems) > 20 else ""))
    if not gold:
        raise InputError(f"{path}: no labelled rows")
    return gold


def automatic_labels(gold: list[GoldLabel], sources: list[HHSource],
                     classifier: RefusalClassifier | None = None,
                     harm: HarmDetector | None = None) -> dict[tuple[str, str, int], str]:
    """The automatic label of every gold pair, read from the given HH files."""
    classifier = classifier or load_classifier()
    harm = harm or load_harm_detector()
    by_source = {(s.subset, s.split): s for s in sources}
    wanted: dict[tuple[str, str], dict[int, GoldLabel]] = defaultdict(dict)
    for g in gold:
        if (g.subset, g.split) not in by_source:
            raise InputError(f"row {g.row}: no file given for {g.subset}/{g.split} (have: "
                             f"{', '.join(f'{a}/{b}' for a, b in by_source) or 'none'})")
        wanted[(g.subset, g.split)][g.line] = g
    out: dict[tuple[str, str, int], str] = {}
    for key, lines in wanted.items():
        for item in iter_source(by_source[key]):
            if isinstance(item, Pair) and item.line in lines:
                out[(*key, item.line)] = label_pair(item, classifier, harm)
        lost = sorted(set(lines) - {line for (a, b, line) in out if (a, b) == key})
        if lost:
            g = lines[lost[0]]
            raise InputError(f"row {g.row}: {key[0]}/{key[1]} has no readable pair at line "
                             f"{g.line} in {by_source[key].path}")
    return out


def label_pair(pair: Pair, classifier: RefusalClassifier, harm: HarmDetector) -> str:
    """The audit's automatic label of the chosen response (audit.pairlabel)."""
    chosen_label = normalize_label(classifier.classify(pair.prompt, pair.chosen))
    humans = [t.text for t in pair.turns if t.role == "Human"]
    return PairLabeller(harm, classifier).label(humans, pair.chosen, chosen_label).label


def kappa_interval(truth: list[str], guess: list[str], n_boot: int = 2000,
                   seed: int = 0) -> tuple[float, float, float]:
    """Cohen's kappa and its 95% percentile-bootstrap interval (pairs redrawn; draws where
    kappa is undefined are skipped)."""
    from sklearn.metrics import cohen_kappa_score

    with warnings.catch_warnings():  # one label on both sides: NaN, said by the caller
        warnings.simplefilter("ignore")
        kappa = float(cohen_kappa_score(truth, guess, labels=list(LABELS)))
    low, high, _ = bootstrap_kappa(truth, guess, n_boot, seed)
    return kappa, low, high


def score(gold: list[GoldLabel], automatic: dict[tuple[str, str, int], str],
          classifier: str = "", harm_detector: str = "") -> LabelScore:
    from sklearn.metrics import (
        accuracy_score,
        cohen_kappa_score,
        confusion_matrix,
        precision_recall_fscore_support,
    )

    truth = [g.label for g in gold]
    guess = [automatic[(g.subset, g.split, g.line)] for g in gold]
    _, kappa_low, kappa_high = kappa_interval(truth, guess)
    majority = max(LABELS, key=truth.count)
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, guess, labels=list(LABELS), zero_division=0)
    kappa = cohen_kappa_score(truth, guess, labels=list(LABELS))
    return LabelScore(
        n=len(gold), accuracy=round(float(accuracy_score(truth, guess)), 4),
        kappa=round(float(kappa), 4) if kappa == kappa else float("nan"),
        per_class={label: {"precision": round(float(p), 4), "recall": round(float(r), 4),
                           "f1": round(float(f), 4), "support": int(s)}
                   for label, p, r, f, s in zip(LABELS, precision, recall, f1, support,
                                                strict=True)},
        confusion=confusion_matrix(truth, guess, labels=list(LABELS)).tolist(),
        disagreements=[{"subset": g.subset, "split": g.split, "line": g.line,
                        "hand": g.label, "auto": a}
                       for g, a in zip(gold, guess, strict=True) if g.label != a],
        classifier=classifier, harm_detector=harm_detector,
        kappa_low=round(kappa_low, 4), kappa_high=round(kappa_high, 4),
        baseline_label=majority, baseline_accuracy=round(truth.count(majority) / len(truth), 4),
    )


def score_file(path: Path, sources: list[HHSource]) -> LabelScore:
    """Read the gold CSV, label its pairs automatically and score the agreement."""
    gold = read_gold(path)
    classifier, harm = load_classifier(), load_harm_detector()
    return score(gold, automatic_labels(gold, sources, classifier, harm),
                 classifier.name, PairLabeller(harm, classifier).name)
