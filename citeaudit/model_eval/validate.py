"""Check a response classifier against human labels (XSTest's labelled completions)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from citeaudit.errors import InputError
from citeaudit.model_eval.classifier import (
    FROM_XSTEST,
    ResponseClassifier,
    RuleClassifier,
    classify_responses,
    string_match_label,
    to_xstest,
)

XSTEST_CLASSES = ("1_full_compliance", "2_full_refusal", "3_partial_refusal")
LABELLED_COLUMNS = ("prompt", "completion", "final_label")


def load_labelled_completions(path: Path) -> pd.DataFrame:
    """One XSTest `*_labelled.csv`: prompt, completion, final_label; model from the file name."""
    try:
        frame = pd.read_csv(path)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as CSV ({exc})") from exc
    missing = [c for c in LABELLED_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}; "
                         f"expected XSTest's labelled-completions layout")
    bad = frame.index[~frame["final_label"].isin(XSTEST_CLASSES)]
    if len(bad):
        row = int(bad[0]) + 2
        value = frame.loc[bad[0], "final_label"]
        raise InputError(f"{path}: row {row}, column final_label: {value!r}"
                         f" is not one of {', '.join(XSTEST_CLASSES)}")
    frame = frame.assign(completion=frame["completion"].fillna("").astype(str),
                         model=Path(path).name.removesuffix("_labelled.csv"))
    return frame


def xstest_unsafe(frame: pd.DataFrame) -> list[bool] | None:
    """Each prompt's safety from XSTest's `type` column (unsafe types start with "contrast_")."""
    if "type" not in frame.columns:
        return None
    return [str(t).startswith("contrast_") for t in frame["type"]]


@dataclass
class Scores:
    """Agreement of one classifier with the human labels on one test set."""

    name: str
    train: str
    test: str
    n: int
    accuracy: float
    macro_f1: float
    per_class_f1: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def responses_per_second(self) -> float:
        return self.n / self.seconds if self.seconds else float("inf")


def score(name: str, train: str, test: str, truth: Sequence[str], predicted: Sequence[str],
          seconds: float = 0.0) -> Scores:
    from sklearn.metrics import accuracy_score, f1_score

    per_class = f1_score(truth, predicted, labels=list(XSTEST_CLASSES), average=None,
                         zero_division=0)
    return Scores(
        name=name, train=train, test=test, n=len(truth),
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=float(f1_score(truth, predicted, labels=list(XSTEST_CLASSES), average="macro",
                                zero_division=0)),
        per_class_f1=dict(zip(XSTEST_CLASSES, map(float, per_class), strict=True)), seconds=seconds,
    )


def _timed_xstest_predictions(predict: Callable[[list[str]], Sequence[str]],
                              texts: list[str]) -> tuple[list[str], float]:
    start = time.perf_counter()
    labels = list(predict(texts))
    elapsed = time.perf_counter() - start
    return [label if label in XSTEST_CLASSES else to_xstest(label) for label in labels], elapsed


def cross_model_evaluation(paths: Sequence[Path],
                           make_learned: Callable[[], ResponseClassifier] = ResponseClassifier,
                           ) -> list[Scores]:
    """For each ordered pair of models: fit on one, test on the other; baselines on the same test.

    The learned classifier is fitted on taxonomy codes mapped from XSTest's labels; string
    match and rules need no training, so they are scored on each test set once per direction.
    """
    frames = [load_labelled_completions(p) for p in paths]
    if len(frames) < 2:
        raise InputError("a cross-model split needs labelled completions from at least two models")
    results: list[Scores] = []
    for train in frames:
        for test in frames:
            if train is test:
                continue
            tr_name, te_name = train["model"].iloc[0], test["model"].iloc[0]
            texts, truth = test["completion"].tolist(), test["final_label"].tolist()
            predicted, secs = _timed_xstest_predictions(
                lambda ts: [string_match_label(t) for t in ts], texts)
            results.append(score("string match (XSTest)", "-", te_name, truth, predicted, secs))
            predicted, secs = _timed_xstest_predictions(RuleClassifier().predict, texts)
            results.append(score("rules (default)", "-", te_name, truth, predicted, secs))
            unsafe = xstest_unsafe(test)
            if unsafe is not None:
                predicted, secs = _timed_xstest_predictions(
                    lambda ts, flags=unsafe: classify_responses(ts, unsafe=flags), texts)
                results.append(score("rules + prompt safety", "-", te_name, truth, predicted,
                                     secs))
            learned = make_learned().fit(train["completion"].tolist(),
                                         train["final_label"].map(FROM_XSTEST).tolist())
            predicted, secs = _timed_xstest_predictions(learned.predict, texts)
            results.append(score("learned", tr_name, te_name, truth, predicted, secs))
    return results


def in_model_evaluation(path: Path, folds: int = 5, seed: int = 0,
                        make_learned: Callable[[], ResponseClassifier] = ResponseClassifier,
                        ) -> Scores:
    """The learned classifier fitted on part of one model's labels (review a sample, fit)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    frame = load_labelled_completions(path)
    labels = frame["final_label"].map(FROM_XSTEST)
    start = time.perf_counter()
    predicted = cross_val_predict(make_learned(), frame["completion"].tolist(), labels.tolist(),
                                  cv=StratifiedKFold(folds, shuffle=True, random_state=seed))
    secs = time.perf_counter() - start
    name = frame["model"].iloc[0]
    return score(f"learned, {folds}-fold within model", name, name,
                 frame["final_label"].tolist(), [to_xstest(p) for p in predicted], secs)


def scores_frame(results: Sequence[Scores]) -> pd.DataFrame:
    rows = []
    for s in results:
        rows.append({"classifier": s.name, "train": s.train, "test": s.test, "n": s.n,
                     "accuracy": round(s.accuracy, 3), "macro_f1": round(s.macro_f1, 3),
                     **{f"f1_{c.split('_', 1)[1]}": round(v, 3) for c, v in s.per_class_f1.items()},
                     "responses_per_s": round(s.responses_per_second)})
    return pd.DataFrame(rows)
