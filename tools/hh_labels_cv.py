"""Out-of-fold agreement of a learned layer over the pair rules (an experiment, not shipped).

A logistic regression over the rules' verdict and cue matches, with or without TF-IDF words of
the response and of the human turns, fitted and scored by stratified 10-fold cross-validation
(3 seeds) on a hand gold; prints mean out-of-fold kappa and harmful recall beside the rules'.

    PYTHONPATH=$PWD python tools/hh_labels_cv.py GOLD.csv [HH.jsonl.gz]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("source", type=Path, nargs="?", default=SOURCE)
    args = parser.parse_args()
    with open(args.gold, newline="", encoding="utf-8-sig") as handle:
        gold = {int(r["line"]): r["label"] for r in csv.DictReader(handle)}
    labeller = PairLabeller()
    rows = []
    for pair in iter_source(guess_source(args.source)):
        if isinstance(pair, Pair) and pair.line in gold:
            humans = [t.text for t in pair.turns if t.role == "Human"]
            rows.append((humans, pair.chosen, gold[pair.line]))
    y = np.array([r[2] for r in rows])
    rules = [labeller.label(h, c).label for h, c, _ in rows]
    rule_x = DictVectorizer().fit_transform([rule_features(labeller, h, c) for h, c, _ in rows])
    responses = [c for _, c, _ in rows]
    humans = [" ".join(h) for h, _, _ in rows]

    def with_words(train, test):
        parts = [(rule_x[train], rule_x[test])]
        for texts, ngrams in ((responses, (1, 2)), (humans, (1, 1))):
            vectorizer = TfidfVectorizer(ngram_range=ngrams, min_df=2, sublinear_tf=True)
            parts.append((vectorizer.fit_transform([texts[i] for i in train]),
                          vectorizer.transform([texts[i] for i in test])))
        return (hstack([a for a, _ in parts]).tocsr(), hstack([b for _, b in parts]).tocsr())

    print(f"{len(rows)} pairs; rules {labeller.name}: kappa "
          f"{cohen_kappa_score(y, rules):.3f}, harmful recall "
          f"{recall_score(y, rules, labels=['harmful'], average=None)[0]:.3f}")
    for name, build in (("LR on rule features", lambda a, b: (csr_matrix(rule_x[a]),
                                                              csr_matrix(rule_x[b]))),
                        ("LR on rule features + words", with_words)):
        runs = [out_of_fold(y, build, seed) for seed in (0, 1, 2)]
        kappas = [cohen_kappa_score(y, p) for p in runs]
        recalls = [recall_score(y, p, labels=["harmful"], average=None)[0] for p in runs]
        print(f"{name}: out-of-fold kappa {np.mean(kappas):.3f} (seeds {min(kappas):.3f} to "
              f"{max(kappas):.3f}), harmful recall {np.mean(recalls):.3f}")


if __name__ == "__main__":
    main()
