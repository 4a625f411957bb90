"""Out-of-fold agreement of a learned layer over the pair rules (an experiment, not shipped).

A logistic regression over the rules' verdict and cue matches, with or without TF-IDF words of
the response and of the human turns, fitted and scored by stratified 10-fold cross-validation
(3 seeds) on a hand gold; prints mean out-of-fold kappa and harmful recall beside the rules'.
With --test, the layers are fitted on the whole of GOLD and scored once on TEST instead.

    PYTHONPATH=$PWD python tools/hh_labels_cv.py GOLD.csv [HH.jsonl.gz]
    PYTHONPATH=$PWD python tools/hh_labels_cv.py GOLD.csv --test FRESH.csv
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import cohen_kappa_score, recall_score
from sklearn.model_selection import StratifiedKFold

from citeaudit.audit.harm import EXTRA_CUES
from citeaudit.audit.pairlabel import PairLabeller
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.sources import guess_source

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "hh-rlhf" / \
    "harmless-base-test.jsonl.gz"
CUES = ("compliance_cues", "discouragement_cues", "abuse_cues", *EXTRA_CUES)


def rule_features(labeller: PairLabeller, humans: list[str], response: str) -> dict[str, float]:
    verdict = labeller.label(humans, response)
    features = {f"rule={verdict.label}": 1.0, f"reason={verdict.reason}": 1.0,
                f"refusal={verdict.response_label}": 1.0, "request": float(bool(verdict.request)),
                "question": float(response.rstrip().endswith("?")),
                "short": float(len(response.split()) < 10)}
    features.update({cue: float(labeller.harm.matches(cue, response)) for cue in CUES})
    features.update({f"category={c}": 1.0 for c in verdict.request})
    return features


def out_of_fold(y, build, seed: int) -> np.ndarray:
    predicted = np.empty(len(y), dtype=object)
    for train, test in StratifiedKFold(10, shuffle=True, random_state=seed).split(y, y):
        x_train, x_test = build(train, test)
        model = LogisticRegression(C=3.0, max_iter=2000).fit(x_train, y[train])
        predicted[test] = model.predict(x_test)
    return predicted


def read_labels(path: Path) -> dict[int, str]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return {int(r["line"]): r["label"] for r in csv.DictReader(handle)}


def labelled_rows(source: Path, gold: dict[int, str]) -> list[tuple[list[str], str, str]]:
    """(human turns, chosen response, hand label) of every gold pair, in file order."""
    rows = []
    for pair in iter_source(guess_source(source)):
        if isinstance(pair, Pair) and pair.line in gold:
            humans = [t.text for t in pair.turns if t.role == "Human"]
            rows.append((humans, pair.chosen, gold[pair.line]))
    return rows


def scores(y, predicted) -> tuple[float, float]:
    return (cohen_kappa_score(y, predicted),
            recall_score(y, predicted, labels=["harmful"], average=None)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("source", type=Path, nargs="?", default=SOURCE)
    parser.add_argument("--test", type=Path, help="fit on all of GOLD, score once on this gold")
    args = parser.parse_args()
    labeller = PairLabeller()
    rows = labelled_rows(args.source, read_labels(args.gold))
    test_rows = labelled_rows(args.source, read_labels(args.test)) if args.test else []
    everything = rows + test_rows
    y = np.array([r[2] for r in rows])
    rule_x = DictVectorizer().fit_transform(
        [rule_features(labeller, h, c) for h, c, _ in everything])
    responses = [c for _, c, _ in everything]
    humans = [" ".join(h) for h, _, _ in everything]

    def with_words(train, test):
        parts = [(rule_x[train], rule_x[test])]
        for texts, ngrams in ((responses, (1, 2)), (humans, (1, 1))):
            vectorizer = TfidfVectorizer(ngram_range=ngrams, min_df=2, sublinear_tf=True)
            parts.append((vectorizer.fit_transform([texts[i] for i in train]),
                          vectorizer.transform([texts[i] for i in test])))
        return (hstack([a for a, _ in parts]).tocsr(), hstack([b for _, b in parts]).tocsr())

    builds = (("LR on rule features", lambda a, b: (csr_matrix(rule_x[a]), csr_matrix(rule_x[b]))),
              ("LR on rule features + words", with_words))
    scored = test_rows or rows
    truth = np.array([r[2] for r in scored])
    kappa, recall = scores(truth, [labeller.label(h, c).label for h, c, _ in scored])
    where = (f"{len(test_rows)} test pairs ({len(rows)} to fit)" if test_rows
             else f"{len(rows)} pairs")
    print(f"{where}; rules {labeller.name}: kappa {kappa:.3f}, harmful recall {recall:.3f}")
    if test_rows:
        train, test = np.arange(len(rows)), np.arange(len(rows), len(everything))
        for name, build in builds:
            x_train, x_test = build(train, test)
            model = LogisticRegression(C=3.0, max_iter=2000).fit(x_train, y)
            kappa, recall = scores(truth, model.predict(x_test))
            print(f"{name}, fitted on the gold: kappa {kappa:.3f}, harmful recall {recall:.3f}")
        return
    for name, build in builds:
        runs = [out_of_fold(y, build, seed) for seed in (0, 1, 2)]
        kappas, recalls = zip(*(scores(y, p) for p in runs), strict=True)
        print(f"{name}: out-of-fold kappa {np.mean(kappas):.3f} (seeds {min(kappas):.3f} to "
              f"{max(kappas):.3f}), harmful recall {np.mean(recalls):.3f}")

if __name__ == "__main__":
    main()
