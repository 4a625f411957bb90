"""Check a response classifier against human labels (XSTest's labelled completions)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from citeaudit.core.errors import InputError
from citeaudit.evals.classifier import (
    FROM_XSTEST,
    ResponseClassifier,
    classify_responses,
    string_match_label,
    to_xstest,
)

XSTEST_CLASSES = ("1_full_compliance", "2_full_refusal", "3_partial_refusal")
LABELLED_COLUMNS = ("prompt", "completion", "final_label")
# The models whose labelled completions the rules' cues were written from (by reading their
# errors). Scores on any other model are held out; scores on these are optimistic.
CUE_DEVELOPMENT_MODELS = frozenset({"llama2orig", "mistralinstruct"})
# XSTest's public human-labelled GPT-4 completions of its v1 prompts (200 safe prompts), a model
# the cues were not written from, pinned to the commit that holds them. (The v1 Llama-2 file
# beside it repeats llama2orig's completions, so it is no held-out test.)
PUBLIC_LABELS_URL = ("https://raw.githubusercontent.com/paul-rottger/exaggerated-safety/"
                     "5fadc7ff1795f0f034483af69bdd95d2c7430761/")
PUBLIC_LABELLED_FILES = ("xstest_completions_gpt4_v1.csv",)


def model_name(path: Path) -> str:
    """The model a labelled-completions file is about, from XSTest's file names
    (`mistralinstruct_labelled.csv`, `xstest_completions_gpt4_v1.csv` -> gpt4_v1)."""
    name = Path(path).name.removesuffix(".csv").removesuffix("_labelled")
    for prefix in ("xstest_v2_completions_", "xstest_completions_"):
        name = name.removeprefix(prefix)
    return name


def load_labelled_completions(path: Path) -> pd.DataFrame:
    """One XSTest labelled-completions CSV: prompt, completion, final_label (+ type); the model
    from the file name (`model_name`)."""
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
                         model=model_name(path))
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


def score_predictions(name: str, train: str, test: str, truth: Sequence[str],
                      predicted: Sequence[str], seconds: float = 0.0) -> Scores:
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
    """Leave one model out: for each model, the learned classifier is fitted on the other
    models' labels and every classifier is scored on this model's (with two models: fit on one,
    test on the other, both ways).

    String match and the rules need no training; the rules see each response's prompt, as in
    the eval pipeline, and once more with the prompt's safety from XSTest's `type` column.
    """
    frames = [load_labelled_completions(p) for p in paths]
    if len(frames) < 2:
        raise InputError("a cross-model split needs labelled completions from at least two models")
    results: list[Scores] = []
    for test in frames:
        train = pd.concat([f for f in frames if f is not test], ignore_index=True)
        tr_name = "+".join(dict.fromkeys(train["model"]))
        te_name = test["model"].iloc[0]
        texts, prompts = test["completion"].tolist(), test["prompt"].astype(str).tolist()
        truth = test["final_label"].tolist()
        predicted, secs = _timed_xstest_predictions(
            lambda ts: [string_match_label(t) for t in ts], texts)
        results.append(score_predictions("string match (XSTest)", "-", te_name, truth, predicted,
                                         secs))
        predicted, secs = _timed_xstest_predictions(
            lambda ts, ps=prompts: classify_responses(ts, ps), texts)
        results.append(score_predictions("rules (default)", "-", te_name, truth, predicted, secs))
        unsafe = xstest_unsafe(test)
        if unsafe is not None:
            predicted, secs = _timed_xstest_predictions(
                lambda ts, ps=prompts, flags=unsafe: classify_responses(ts, ps, unsafe=flags),
                texts)
            results.append(score_predictions("rules + prompt safety", "-", te_name, truth,
                                             predicted, secs))
        learned = make_learned().fit(train["completion"].tolist(),
                                     train["final_label"].map(FROM_XSTEST).tolist())
        predicted, secs = _timed_xstest_predictions(learned.predict, texts)
        results.append(score_predictions("learned", tr_name, te_name, truth, predicted, secs))
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
    return score_predictions(f"learned, {folds}-fold within model", name, name,
                 frame["final_label"].tolist(), [to_xstest(p) for p in predicted], secs)


def scores_frame(results: Sequence[Scores]) -> pd.DataFrame:
    rows = []
    for s in results:
        rows.append({"classifier": s.name, "train": s.train, "test": s.test, "n": s.n,
                     "accuracy": round(s.accuracy, 3), "macro_f1": round(s.macro_f1, 3),
                     **{f"f1_{c.split('_', 1)[1]}": round(v, 3) for c, v in s.per_class_f1.items()},
                     "responses_per_s": round(s.responses_per_second)})
    return pd.DataFrame(rows)


def mcnemar(truth: Sequence[str], first: Sequence[str], second: Sequence[str]
            ) -> tuple[int, int, float]:
    """Paired comparison of two classifiers on the same responses: how many only the first gets
    right, how many only the second, and McNemar's exact two-sided p-value (binomial test on
    the responses where they disagree about correctness)."""
    from scipy.stats import binomtest

    only_first = sum(a == t != b for t, a, b in zip(truth, first, second, strict=True))
    only_second = sum(b == t != a for t, a, b in zip(truth, first, second, strict=True))
    discordant = only_first + only_second
    p = binomtest(only_first, discordant, 0.5).pvalue if discordant else 1.0
    return only_first, only_second, float(p)


def fetch_public_labels(folder: Path, base_url: str = PUBLIC_LABELS_URL,
                        names: Sequence[str] = PUBLIC_LABELLED_FILES, *, timeout_s: float = 60.0,
                        retries: int = 3) -> list[Path]:
    """Download XSTest's other public labelled completions into `folder` (once: files already
    there are kept), with the dataset audit's resumable downloader; each file must load with
    `load_labelled_completions` before it is renamed into place, so a cut-off or wrong file
    never lands."""
    from citeaudit.audit.sources import DownloadError, download_file

    def problem(path: Path) -> str | None:
        try:
            load_labelled_completions(path)
        except InputError as exc:
            return f"not XSTest labelled completions: {exc}"
        return None

    paths = []
    for name in names:
        target = folder / name
        if not target.exists():
            try:
                download_file(base_url + name, folder, name, timeout_s=timeout_s,
                              max_retries=retries, check=problem)
            except DownloadError as exc:
                raise InputError(str(exc)) from exc
        paths.append(target)
    return paths
