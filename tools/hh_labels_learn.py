"""Cross-validated learned layers for the pair labels on pooled hand golds (an experiment).

Pools the given golds, then scores every design of DESIGNS (fixed in advance, reported whole:
no design or setting is picked on the test folds) by repeated stratified 10-fold
cross-validation (3 seeds): mean out-of-fold Cohen's kappa and harmful recall over all pooled
pairs and over each gold's own pairs, beside the rules' (no fitting). With --curve, the
learning curve instead: each training fold subsampled to N pairs (stratified, seeded).

Feature blocks (one letter each; the rule features are those of tools/hh_labels_cv.py):
R the rules' verdict, reason, refusal label and cue matches of the chosen response;
J the rejected response: the rules' verdict on it and its cue matches, the pair of verdicts,
  whether only one of the two refuses, log lengths and their ratio, shared words (Jaccard);
T per turn: human turns (1, 2, 3+), a request cue in the last turn or only in earlier ones,
  the last turn's request categories;
S a weak-supervision score: a pairwise logistic model (rule features + TF-IDF words of a
  response) fitted to prefer the chosen response over the rejected one on every pair of the
  split outside the golds (no hand label used), its score of the chosen and of the rejected
  response and their difference; X the same model with every feature also crossed with
  "the human turns match a request cue";
O on-topic: cosine of TF-IDF words (fitted on the split outside the golds, English stop
  words out) between the chosen response and the last human turn, all human turns, the
  rejected response, and whether it shares no word with the last turn;
A latent semantic analysis (100 dimensions of TF-IDF words, fitted on the responses and human
  turns of the split outside the golds) of the chosen response; G of the human turns; M the
  LSA cosines of the chosen response with the last human turn, all human turns and the
  rejected response;
W TF-IDF words (1-2) of the chosen response; H TF-IDF words of all human turns; L of the last
  human turn; C TF-IDF character 2-5-grams of the chosen response; F words (1-2) of its first
  sentence; V the verdict only (rule, reason, refusal label); 1 the rule label only.
Text vectorisers are fitted on each training fold only.

    PYTHONPATH=$PWD python tools/hh_labels_learn.py GOLD.csv [GOLD.csv ...] [--source HH.jsonl.gz]
    PYTHONPATH=$PWD python tools/hh_labels_learn.py GOLD.csv [GOLD.csv ...] --curve
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import warnings
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags, hstack, vstack
from sklearn.decomposition import TruncatedSVD
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import cohen_kappa_score, recall_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hh_labels_cv import SOURCE, read_labels, rule_features  # noqa: E402

from citeaudit.audit.pairlabel import PairLabeller  # noqa: E402
from citeaudit.audit.parse import Pair, iter_source  # noqa: E402
from citeaudit.audit.sources import guess_source  # noqa: E402

SEEDS = (0, 1, 2)
CURVE_SIZES = (100, 200, 300, 400, 500, 558)
# (blocks, model): model "lr:C[:balanced]", "svc:C[:balanced]", "gb", or "lr:C:tuned" (class
# biases chosen by a nested cross-validation inside each training fold)
DESIGNS = (
    ("R", "lr:3"), ("RWH", "lr:3"), ("RWH", "lr:1"), ("RWH", "lr:3:balanced"),
    ("RJ", "lr:3"), ("RJWH", "lr:3"), ("RT", "lr:3"),
    ("RS", "lr:3"), ("RS", "lr:1"), ("RS", "lr:0.3"), ("RS", "lr:3:balanced"),
    ("RX", "lr:1"), ("RST", "lr:3"), ("RSC", "lr:3"), ("RSF", "lr:3"), ("RSL", "lr:3"),
    ("RWHS", "lr:3"), ("VS", "lr:3"), ("1S", "lr:3"),
    ("RO", "lr:3"), ("RSO", "lr:3"), ("VSO", "lr:3"),
    ("RST", "svc:0.1"), ("RST", "svc:0.3:balanced"), ("RST", "gb"), ("RJST", "gb"),
    ("WH", "lr:3"), ("WHS", "lr:3"), ("RS", "lr:3:tuned"), ("VS", "lr:3:tuned"),
    ("RSM", "lr:3"), ("VSM", "lr:3"), ("RSA", "lr:3"), ("VSA", "lr:1"), ("VSAG", "lr:1"),
    ("RSAM", "lr:1"), ("SAM", "lr:3"),
)
CURVE_DESIGNS = (("RS", "lr:3"), ("RWH", "lr:3"), ("WHS", "lr:3"))


class PairRow:
    """A pair of the split with what the blocks read, computed once from the shared parse."""

    def __init__(self, labeller: PairLabeller, pair: Pair):
        self.line = pair.line
        self.humans = [t.text for t in pair.turns if t.role == "Human"]
        self.chosen, self.rejected = pair.chosen, pair.rejected
        self.fc = rule_features(labeller, self.humans, pair.chosen)
        self.fr = rule_features(labeller, self.humans, pair.rejected)
        self.rule_c = _rule(self.fc)
        self.rule_r = _rule(self.fr)
        self.requests = [labeller.harm.request_categories(h) for h in self.humans]


def _rule(features: dict[str, float]) -> str:
    return next(k.split("=", 1)[1] for k in features if k.startswith("rule="))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def _first_sentence(text: str) -> str:
    end = re.search(r"[.!?]", text)
    return text[:end.end()] if end else text


def contrast_features(row: PairRow) -> dict[str, float]:
    """Block J: what the rejected response and the pair's contrast say."""
    features = {f"pair={row.rule_c}|{row.rule_r}": 1.0, f"rejected_rule={row.rule_r}": 1.0}
    features.update({"rejected:" + k: v for k, v in row.fr.items()
                     if not k.startswith("category=")})
    n_c, n_r = len(row.chosen.split()), len(row.rejected.split())
    features.update(loglen_chosen=math.log1p(n_c) / 5, loglen_rejected=math.log1p(n_r) / 5,
                    length_ratio=math.log((n_c + 1) / (n_r + 1)) / 3)
    a, b = _words(row.chosen), _words(row.rejected)
    features["shared_words"] = len(a & b) / max(1, len(a | b))
    refuses_c, refuses_r = "refusal=refusal" in row.fc, "refusal=refusal" in row.fr
    features["only_chosen_refuses"] = float(refuses_c and not refuses_r)
    features["only_rejected_refuses"] = float(refuses_r and not refuses_c)
    return features


def turn_features(row: PairRow) -> dict[str, float]:
    """Block T: where in the conversation the request cues are."""
    last, earlier = row.requests[-1], row.requests[:-1]
    features = {f"turns={min(len(row.requests), 3)}": 1.0, "request_last": float(bool(last)),
                "request_earlier_only": float(any(earlier) and not last)}
    features.update({"last_category=" + c: 1.0 for c in last})
    return features


def pairwise_scores(split: list[PairRow], rows: list[PairRow], crossed: bool,
                    c: float = 1.0) -> csr_matrix:
    """Block S (or X, crossed): scores of a model fitted to prefer chosen over rejected on the
    pairs of `split` outside `rows`; columns score(chosen), score(rejected), their difference,
    scaled by the scores' spread."""
    held = {r.line for r in rows}
    train = [r for r in split if r.line not in held]
    dicts = DictVectorizer().fit([r.fc for r in train] + [r.fr for r in train])
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True).fit(
        [r.chosen for r in train] + [r.rejected for r in train])

    def phi(some: list[PairRow], which: str) -> csr_matrix:
        base = hstack([dicts.transform([getattr(r, "f" + which[0]) for r in some]),
                       words.transform([getattr(r, which) for r in some])]).tocsr()
        if not crossed:
            return base
        asked = diags([float(bool(r.fc.get("request"))) for r in some])
        return hstack([base, asked @ base]).tocsr()

    diff = phi(train, "rejected") - phi(train, "chosen")
    model = LogisticRegression(C=c, max_iter=3000, fit_intercept=False).fit(
        vstack([diff, -diff]), np.r_[np.ones(len(train)), np.zeros(len(train))])
    chosen = phi(rows, "chosen") @ model.coef_[0]
    rejected = phi(rows, "rejected") @ model.coef_[0]
    spread = np.std(np.r_[chosen, rejected])
    return csr_matrix(np.c_[chosen, rejected, chosen - rejected] / spread)


def overlap_features(split: list[PairRow], rows: list[PairRow]) -> csr_matrix:
    """Block O: how much the chosen response shares words with the request."""
    held = {r.line for r in rows}
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit(
        [text for r in split if r.line not in held for text in (r.chosen, " ".join(r.humans))])

    def cosine(a: list[str], b: list[str]) -> np.ndarray:
        return np.asarray(normalize(vectorizer.transform(a)).multiply(
            normalize(vectorizer.transform(b))).sum(axis=1)).ravel()

    chosen = [r.chosen for r in rows]
    last = cosine([r.humans[-1] for r in rows], chosen)
    return csr_matrix(np.c_[last, cosine([" ".join(r.humans) for r in rows], chosen),
                            cosine([r.rejected for r in rows], chosen), last == 0])


def lsa_blocks(split: list[PairRow], rows: list[PairRow]) -> dict[str, csr_matrix]:
    """Blocks A, G and M: a latent semantic space fitted without the golds' pairs."""
    held = {r.line for r in rows}
    corpus = [text for r in split if r.line not in held
              for text in (r.chosen, r.rejected, " ".join(r.humans))]
    words = TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words="english").fit(corpus)
    space = TruncatedSVD(100, random_state=0).fit(words.transform(corpus))

    def embed(texts: list[str]) -> np.ndarray:
        return normalize(space.transform(words.transform(texts)))

    chosen, humans = embed([r.chosen for r in rows]), embed([" ".join(r.humans) for r in rows])
    last, rejected = embed([r.humans[-1] for r in rows]), embed([r.rejected for r in rows])
    cosines = np.c_[(chosen * last).sum(1), (chosen * humans).sum(1),
                    (chosen * rejected).sum(1)]
    return {"A": csr_matrix(chosen), "G": csr_matrix(humans), "M": csr_matrix(cosines)}


class Blocks:
    """Feature blocks of the pooled gold rows (fold-free ones built once)."""

    def __init__(self, split: list[PairRow], rows: list[PairRow]):
        def dicts(make):
            return DictVectorizer().fit_transform([make(r) for r in rows]).tocsr()

        verdict = ("rule=", "reason=", "refusal=")
        self.fixed = {
            "R": dicts(lambda r: r.fc), "J": dicts(contrast_features), "T": dicts(turn_features),
            "V": dicts(lambda r: {k: v for k, v in r.fc.items() if k.startswith(verdict)}),
            "1": dicts(lambda r: {"rule=" + r.rule_c: 1.0}),
            "S": pairwise_scores(split, rows, crossed=False),
            "X": pairwise_scores(split, rows, crossed=True),
            "O": overlap_features(split, rows), **lsa_blocks(split, rows)}
        self.text = {
            "W": ([r.chosen for r in rows], dict(ngram_range=(1, 2), min_df=2)),
            "H": ([" ".join(r.humans) for r in rows], dict(min_df=2)),
            "L": ([r.humans[-1] for r in rows], dict(min_df=2)),
            "C": ([r.chosen for r in rows], dict(analyzer="char_wb", ngram_range=(2, 5),
                                                  min_df=3)),
            "F": ([_first_sentence(r.chosen) for r in rows], dict(ngram_range=(1, 2),
                                                                   min_df=2))}

    def build(self, blocks: str, train: np.ndarray, test: np.ndarray):
        parts = []
        for block in blocks:
            if block in self.fixed:
                matrix = self.fixed[block]
                parts.append((matrix[train], matrix[test]))
            else:
                texts, options = self.text[block]
                vectorizer = TfidfVectorizer(sublinear_tf=True, **options)
                parts.append((vectorizer.fit_transform([texts[i] for i in train]),
                              vectorizer.transform([texts[i] for i in test])))
        return hstack([a for a, _ in parts]).tocsr(), hstack([b for _, b in parts]).tocsr()


def make_model(spec: str):
    kind, *rest = spec.split(":")
    if kind == "gb":
        return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05,
                                              max_leaf_nodes=15, random_state=0)
    c, weight = float(rest[0]), (rest[1] if len(rest) > 1 else None)
    if kind == "lr":
        return LogisticRegression(C=c, max_iter=3000, class_weight=weight)
    return LinearSVC(C=c, class_weight=weight)


def out_of_fold(blocks: Blocks, y: np.ndarray, design: tuple[str, str], seed: int,
                size: int | None = None) -> np.ndarray:
    """Out-of-fold predictions of one design; with `size`, each training fold is cut to
    `size` pairs (stratified, seeded)."""
    names, spec = design
    predicted = np.empty(len(y), dtype=object)
    for fold, (train, test) in enumerate(
            StratifiedKFold(10, shuffle=True, random_state=seed).split(y, y)):
        if size is not None and size < len(train):
            order = np.random.default_rng(seed * 100 + fold).permutation(len(train))
            train = np.sort(_stratified_take(train[order], y[train[order]], size))
        if spec.endswith(":tuned"):
            predicted[test] = _bias_tuned(blocks, y, names, spec[:-6], train, test, seed)
            continue
        x_train, x_test = blocks.build(names, train, test)
        if spec == "gb":
            x_train, x_test = x_train.toarray(), x_test.toarray()
        predicted[test] = make_model(spec).fit(x_train, y[train]).predict(x_test)
    return predicted


BIASES = np.arange(-1.0, 1.01, 0.25)  # added to the log-probabilities of harmful, unhelpful


def _bias_tuned(blocks: Blocks, y: np.ndarray, names: str, spec: str, train: np.ndarray,
                test: np.ndarray, seed: int) -> np.ndarray:
    """Predictions of `spec` (an LR) with class biases chosen by an inner 5-fold
    cross-validation on the training fold alone (nested: the test fold is never seen)."""
    classes = np.unique(y[train])  # acceptable, harmful, unhelpful
    inner = np.zeros((len(train), len(classes)))
    for fit, held in StratifiedKFold(5, shuffle=True, random_state=seed).split(train, y[train]):
        x_fit, x_held = blocks.build(names, train[fit], train[held])
        inner[held] = make_model(spec).fit(x_fit, y[train[fit]]).predict_log_proba(x_held)
    grid = [np.array([0.0, a, b]) for a in BIASES for b in BIASES]
    best = max(grid, key=lambda g: cohen_kappa_score(y[train], classes[(inner + g).argmax(1)]))
    x_train, x_test = blocks.build(names, train, test)
    model = make_model(spec).fit(x_train, y[train])
    return classes[(model.predict_log_proba(x_test) + best).argmax(1)]


def _stratified_take(indices: np.ndarray, labels: np.ndarray, size: int) -> np.ndarray:
    """The first `size` of `indices` (already shuffled) keeping each label's share."""
    taken = []
    for label in np.unique(labels):
        mine = indices[labels == label]
        taken.extend(mine[:round(size * len(mine) / len(indices))])
    return np.array(taken)


def _trend(sizes, kappas) -> str:
    """Gain per doubling of the training pairs, and the pairs at which kappa would reach 0.50
    if the log-linear trend held."""
    slope, intercept = np.polyfit(np.log(sizes), kappas, 1)
    needed = math.exp(min((0.5 - intercept) / slope, 50)) if slope > 0 else math.inf
    reach = f"{needed:,.0f} pairs" if needed < 1e6 else "over a million pairs"
    return f"{slope * math.log(2):+.3f} per doubling, 0.50 at {reach}"


def scores(truth, predicted) -> tuple[float, float]:
    return (cohen_kappa_score(truth, predicted),
            recall_score(truth, predicted, labels=["harmful"], average=None)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("golds", type=Path, nargs="+")
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--curve", action="store_true", help="the learning curve instead")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", category=FutureWarning)
    labeller = PairLabeller()
    gold: dict[int, str] = {}
    origin: dict[int, str] = {}
    for path in args.golds:
        labels = read_labels(path)
        clash = set(labels) & set(gold)
        if clash:
            raise SystemExit(f"{path}: lines also in an earlier gold: {sorted(clash)[:5]}")
        gold.update(labels)
        origin.update(dict.fromkeys(labels, path.name))
    split = [PairRow(labeller, p) for p in iter_source(guess_source(args.source))
             if isinstance(p, Pair)]
    rows = [r for r in split if r.line in gold]
    if len(rows) != len(gold):
        raise SystemExit(f"{len(gold) - len(rows)} gold lines are not pairs of {args.source}")
    y = np.array([gold[r.line] for r in rows])
    parts = {name: np.array([origin[r.line] == name for r in rows])
             for name in dict.fromkeys(origin.values())}
    blocks = Blocks(split, rows)
    rules = np.array([r.rule_c for r in rows])

    def line(name: str, runs: list[np.ndarray]) -> str:
        kappas, recalls = zip(*(scores(y, p) for p in runs), strict=True)
        text = (f"{name:24s} {np.mean(kappas):.3f} ({min(kappas):.3f}-{max(kappas):.3f}) "
                f"{np.mean(recalls):.3f}")
        for mask in parts.values():
            part = [scores(y[mask], p[mask]) for p in runs]
            text += f"   {np.mean([k for k, _ in part]):.3f} {np.mean([r for _, r in part]):.3f}"
        return text

    head = f"{'design':24s} kappa (seeds)       hR   " + "".join(
        f"   {name} kappa, hR" for name in parts)
    print(f"{len(rows)} pooled pairs ({', '.join(f'{n} {m.sum()}' for n, m in parts.items())}); "
          f"rules {labeller.name}; out of fold, 10 folds x seeds {SEEDS}")
    print(head)
    print(line("rules (no fitting)", [rules]))
    weak = blocks.fixed["S"][:, 0].toarray().ravel()
    for name, mask in {"pooled": np.ones(len(y), bool), **parts}.items():
        harmful = y[mask] == "harmful"
        print(f"AUC for harmful vs the rest, {name}: weak score S of the chosen response "
              f"{roc_auc_score(harmful, weak[mask]):.3f}, rules' harmful verdict "
              f"{roc_auc_score(harmful, rules[mask] == 'harmful'):.3f}")
    if args.curve:
        for design in CURVE_DESIGNS:
            kappas: dict[str, list[float]] = {name: [] for name in ("pooled", *parts)}
            for size in CURVE_SIZES:
                runs = [out_of_fold(blocks, y, design, seed, size) for seed in SEEDS]
                print(line(f"{design[0]} {design[1]} n={size}", runs), flush=True)
                for name, mask in {"pooled": np.ones(len(y), bool), **parts}.items():
                    kappas[name].append(np.mean([scores(y[mask], p[mask])[0] for p in runs]))
            print(f"  trend of {design[0]} {design[1]} (kappa = a + b ln n, least squares): "
                  + "; ".join(f"{name} {_trend(CURVE_SIZES, k)}" for name, k in kappas.items()))
        return
    for design in DESIGNS:
        runs = [out_of_fold(blocks, y, design, seed) for seed in SEEDS]
        print(line(f"{design[0]} {design[1]}", runs), flush=True)


if __name__ == "__main__":
    main()
