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


# ---------------------------------------------------------------------------
# Leave one model out over every labelled set: XSTest's models and the response-styles file
# ---------------------------------------------------------------------------
REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_XSTEST = REPO_ROOT.parent / "shared" / "data" / "xstest" / "completions"
RESPONSE_STYLES = REPO_ROOT / "tests" / "data" / "response_styles.csv"
STYLES_COLUMNS = ("id", "model_style", "prompt", "prompt_safety", "response", "label")


def load_response_styles(path: Path = RESPONSE_STYLES) -> pd.DataFrame:
    """The hand-labelled response-styles file (taxonomy labels; a `#` comment line on top) in
    the layout `lomo_frame` uses: model (the style group), prompt, completion, unsafe, label."""
    from citeaudit.evals.classifier import LABELS

    try:
        frame = pd.read_csv(path, comment=None, skiprows=1, keep_default_na=False, dtype=str)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as CSV ({exc})") from exc
    missing = [c for c in STYLES_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
    for column, allowed in (("label", LABELS), ("prompt_safety", ("safe", "unsafe"))):
        bad = frame.index[~frame[column].isin(allowed)]
        if len(bad):
            raise InputError(f"{path}: row {int(bad[0]) + 3}, column {column}: "
                             f"{frame.loc[bad[0], column]!r} is not one of {', '.join(allowed)}")
    return pd.DataFrame({"model": frame["model_style"], "prompt": frame["prompt"],
                         "completion": frame["response"],
                         "unsafe": frame["prompt_safety"] == "unsafe", "label": frame["label"]})


def lomo_frame(xstest_paths: Sequence[Path],
               styles_path: Path | Sequence[Path] | None) -> pd.DataFrame:
    """Every labelled response in one frame: model, prompt, completion, unsafe, label (a
    taxonomy code; XSTest's labels mapped to theirs), source (xstest or styles), file (the
    styles file's name, so that several response-styles files can be scored side by side)."""
    frames = []
    for path in xstest_paths:
        xs = load_labelled_completions(path)
        unsafe = xstest_unsafe(xs) or [None] * len(xs)
        frames.append(pd.DataFrame({
            "model": xs["model"], "prompt": xs["prompt"].astype(str),
            "completion": xs["completion"], "unsafe": unsafe,
            "label": xs["final_label"].map(FROM_XSTEST), "source": "xstest"}))
    styles_paths = [styles_path] if isinstance(styles_path, (str, Path)) else styles_path or []
    for path in styles_paths:
        frames.append(load_response_styles(Path(path)).assign(source="styles",
                                                              file=Path(path).name))
    frame = pd.concat(frames, ignore_index=True)
    if "file" not in frame.columns:
        frame["file"] = None
    return frame


def _scores_row(held_out: str, classifier: str, truth: Sequence[str],
                predicted: Sequence[str], taxonomy: bool) -> dict:
    """Accuracy and macro-F1 over the classes in the truth; XSTest's three classes always,
    the taxonomy's codes where the labels are taxonomy codes."""
    from sklearn.metrics import accuracy_score, f1_score

    truth_x, pred_x = [to_xstest(t) for t in truth], [to_xstest(p) for p in predicted]
    row = {"held_out": held_out, "classifier": classifier, "n": len(truth),
           "accuracy": accuracy_score(truth_x, pred_x),
           "macro_f1": f1_score(truth_x, pred_x, labels=sorted(set(truth_x)), average="macro",
                                zero_division=0)}
    for cls, f1 in zip(XSTEST_CLASSES, f1_score(truth_x, pred_x, labels=list(XSTEST_CLASSES),
                                                 average=None, zero_division=0), strict=True):
        row[f"f1_{cls.split('_', 1)[1]}"] = f1 if cls in truth_x else float("nan")
    if taxonomy:
        row["taxonomy_accuracy"] = accuracy_score(truth, predicted)
        row["taxonomy_macro_f1"] = f1_score(truth, predicted, labels=sorted(set(truth)),
                                            average="macro", zero_division=0)
    return row


def leave_one_model_out(frame: pd.DataFrame, learned: bool = False) -> pd.DataFrame:
    """For each model (an XSTest model or a style group) held out: the rules (with each
    prompt and its safety, as `eval classify` runs them), XSTest's string match, and, with
    `learned`, ResponseClassifier fitted on every other model's labels (XSTest classes)."""
    rows = []
    for model, test in frame.groupby("model", sort=False):
        truth = test["label"].tolist()
        taxonomy = bool((test["source"] == "styles").all())
        unsafe = [None if pd.isna(u) else bool(u) for u in test["unsafe"]]
        rules = classify_responses(test["completion"].tolist(), test["prompt"].tolist(),
                                   unsafe=unsafe)
        rows.append(_scores_row(model, "rules", truth, rules, taxonomy))
        base = [string_match_label(t) for t in test["completion"]]
        rows.append(_scores_row(model, "string match (XSTest)", truth, base, taxonomy))
        if learned:
            train = frame[frame["model"] != model]
            fitted = ResponseClassifier().fit(train["completion"].tolist(),
                                              [to_xstest(x) for x in train["label"]])
            predicted = [FROM_XSTEST[p] for p in fitted.predict(test["completion"].tolist())]
            rows.append(_scores_row(model, "learned (fitted on the others)",
                                    [FROM_XSTEST[to_xstest(t)] for t in truth], predicted, False))
    return pd.DataFrame(rows)


def per_class_f1(frame: pd.DataFrame) -> pd.DataFrame:
    """The rules' precision, recall and F1 per taxonomy code on the taxonomy-labelled rows."""
    from sklearn.metrics import precision_recall_fscore_support

    styles = frame[frame["source"] == "styles"]
    if styles.empty:
        raise InputError("per-code scores need taxonomy-labelled (response-styles) rows")
    unsafe = [bool(u) for u in styles["unsafe"]]
    predicted = classify_responses(styles["completion"].tolist(), styles["prompt"].tolist(),
                                   unsafe=unsafe)
    labels = sorted(set(styles["label"]))
    precision, recall, f1, support = precision_recall_fscore_support(
        styles["label"], predicted, labels=labels, zero_division=0)
    return pd.DataFrame({"code": labels, "precision": precision, "recall": recall, "f1": f1,
                         "n": support})


def style_predictions(styles: pd.DataFrame) -> pd.DataFrame:
    """Each taxonomy-labelled row with the human label, the rules' label (with the prompt and
    its safety) and string match's XSTest class, for reading the errors."""
    rules = classify_responses(styles["completion"].tolist(), styles["prompt"].tolist(),
                               unsafe=[bool(u) for u in styles["unsafe"]])
    return pd.DataFrame({
        "file": styles["file"], "model": styles["model"], "prompt": styles["prompt"],
        "unsafe": styles["unsafe"], "completion": styles["completion"], "label": styles["label"],
        "rules": rules, "string_match": [string_match_label(t) for t in styles["completion"]],
        "rules_right": [a == b for a, b in zip(styles["label"], rules, strict=True)]})


def main(argv: Sequence[str] | None = None) -> None:
    """Print the leave-one-model-out table (python -m citeaudit.evals.validate)."""
    import argparse

    parser = argparse.ArgumentParser(description="Leave-one-model-out agreement of the response "
                                     "classifier with human labels.")
    parser.add_argument("--xstest", type=Path, default=SHARED_XSTEST,
                        help="folder of XSTest *_labelled.csv files [default: %(default)s]")
    parser.add_argument("--styles", type=Path, action="append",
                        help="hand-labelled response-styles CSV; repeat it to score several "
                        "files side by side, each with its own pooled row and per-code table, "
                        "and all of them pooled (rules and string match) "
                        f"[default: {RESPONSE_STYLES}]")
    parser.add_argument("--predictions", type=Path,
                        help="also write every response-styles row with its label, the rules' "
                        "label and string match's label to this CSV (to read the errors)")
    parser.add_argument("--learned", action="store_true",
                        help="also fit ResponseClassifier on the other models and test it")
    args = parser.parse_args(argv)
    paths = sorted(args.xstest.glob("*_labelled.csv")) if args.xstest.is_dir() else []
    if args.styles:
        missing = [str(p) for p in args.styles if not p.is_file()]
        if missing:
            raise SystemExit(f"--styles: no such file: {', '.join(missing)}")
        if len({p.name for p in args.styles}) < len(args.styles):
            raise SystemExit("--styles: two files share a name; their rows could not be told apart")
        styles_paths = args.styles
    else:
        styles_paths = [RESPONSE_STYLES] if RESPONSE_STYLES.exists() else []
    frame = lomo_frame(paths, styles_paths)
    table = leave_one_model_out(frame, learned=args.learned)
    pooled = []
    several = len(styles_paths) > 1
    parts = [("pooled XSTest", frame[frame["source"] == "xstest"], "xstest")]
    for path in styles_paths:
        name = f"pooled {Path(path).stem}" if several else "pooled styles"
        parts.append((name, frame[frame["file"] == Path(path).name], "styles"))
    if several:  # every row of every styles file, as one sample
        parts.append(("pooled all styles files", frame[frame["source"] == "styles"], "styles"))
    for name, part, source in parts:
        if len(part):
            unsafe = [None if pd.isna(u) else bool(u) for u in part["unsafe"]]
            rules = classify_responses(part["completion"].tolist(), part["prompt"].tolist(),
                                       unsafe=unsafe)
            pooled.append(_scores_row(name, "rules", part["label"].tolist(), rules,
                                      source == "styles"))
            if name == "pooled all styles files":
                pooled.append(_scores_row(name, "string match (XSTest)", part["label"].tolist(),
                                          [string_match_label(t) for t in part["completion"]],
                                          True))
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 20)
    print(pd.concat([table, pd.DataFrame(pooled)], ignore_index=True)
          .round(3).to_string(index=False, na_rep="-"))
    for path in styles_paths:
        part = frame[frame["file"] == Path(path).name]
        title = Path(path).name if several else "the response-styles file"
        print(f"\nrules per taxonomy code on {title}:")
        print(per_class_f1(part).round(3).to_string(index=False))
    if args.predictions is not None:
        style_rows = frame[frame["source"] == "styles"]
        style_predictions(style_rows).to_csv(args.predictions, index=False)
        print(f"\n{len(style_rows)} response-styles predictions -> {args.predictions}")


if __name__ == "__main__":
    main()
