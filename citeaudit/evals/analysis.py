"""Classify stored generations and build the evaluation tables (pandas frames, CSV on disk)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import replace_folder, write_frame_csv
from citeaudit.core.stats import PERMUTATIONS, bootstrap_kappa
from citeaudit.core.workers import default_workers
from citeaudit.evals import disparity
from citeaudit.evals.classifier import NON_ANSWER, is_refusal, label_chunks
from citeaudit.store import Store, claimed

DEFAULT_CLASSIFIER = "rules"
CLASSIFY_CHUNK = 500  # responses classified between two progress reports
HUMAN_PREFIX = "human:"


@dataclass
class ClassifySummary:
    classified: int
    counts: dict[str, int]


@claimed("eval classify", "`citeaudit eval classify`")
def run(store: Store, config: Config | None, *, models: list[str] | None = None,
        classifier: str = DEFAULT_CLASSIFIER, workers: int | None = None,
        on_progress: Callable[[int, int], None] | None = None) -> ClassifySummary:
    """The `eval classify` stage: label every stored generation (of `models`, or all) with the
    rule classifier (prompt safety refines labels), shared by `workers` processes (default:
    `default_workers()`; the labels do not depend on it), each chunk's labels stored as they
    come. `config` is unused (stage contract)."""
    if classifier != DEFAULT_CLASSIFIER:
        raise CiteauditError(f"unknown classifier {classifier!r}; available: rules")
    rows = store.evals.list_generations(models)
    if not rows:
        raise CiteauditError("no generations stored: run `citeaudit eval generate` or "
                             "`citeaudit eval import` first")
    labels: list[str] = []
    if on_progress:
        on_progress(0, len(rows))
    for chunk in label_chunks(
            [r["response"] for r in rows], [r["prompt"] for r in rows],
            [None if r["unsafe"] is None else bool(r["unsafe"]) for r in rows],
            workers=default_workers() if workers is None else workers,
            chunk_size=CLASSIFY_CHUNK):
        done = rows[len(labels):len(labels) + len(chunk)]
        store.evals.upsert_labels(  # each chunk as it comes: an interrupted run keeps them
            classifier, zip((r["gen_key"] for r in done), chunk, strict=True))
        labels += chunk
        if on_progress:
            on_progress(len(labels), len(rows))
    counts = pd.Series(labels).value_counts().to_dict()
    return ClassifySummary(len(rows), {k: int(v) for k, v in counts.items()})


def responses_frame(store: Store, classifier: str = DEFAULT_CLASSIFIER,
                    models: list[str] | None = None) -> pd.DataFrame:
    """One row per labelled generation: model, prompt metadata (group, axis, gender,
    intersection, ...), label, refused (0/1)."""
    labels = store.evals.get_labels(classifier)
    rows = []
    for r in store.evals.list_generations(models):
        label = labels.get(r["gen_key"])
        if label is None:
            continue
        rows.append({
            "gen_key": r["gen_key"], "model": r["model"], "backend": r["backend"],
            "prompt_id": r["prompt_id"], "suite": r["suite"], "group": r["grp"],
            "axis": r["axis"], "gender": r["gender"], "intersection": r["intersection"],
            "template_id": r["template_id"],
            "unsafe": None if r["unsafe"] is None else bool(r["unsafe"]),
            "sample_index": r["sample_index"], "prompt": r["prompt"], "response": r["response"],
            "prompt_class": disparity.prompt_class(r["unsafe"]),
            "label": label, "refused": int(is_refusal(label)),
            "non_answer": int(label == NON_ANSWER),
            "not_served": int(is_refusal(label) or label == NON_ANSWER),
            "meta": json.loads(r["meta_json"] or "{}"),
        })
    return pd.DataFrame(rows)


def eval_tables(store: Store, classifier: str = DEFAULT_CLASSIFIER,
                models: list[str] | None = None, correction: str = "holm",
                permutations: int = PERMUTATIONS, seed: int = 0, min_n: int = disparity.MIN_N,
                suites: list[str] | None = None, by: str = "group") -> dict[str, pd.DataFrame]:
    """Every table of the evaluation as pandas frames (the report section reads these).

    Nothing pools suites or prompt classes: rates, tests and the heatmap are per model,
    suite and prompt class (safe / unsafe / unknown). `by` is what is compared: group
    (default), gender or intersection (group / gender, with group and gender columns beside
    it); responses without that field are left out (table left_out says how many, per model
    and suite), and it is an error when none has it.
    labels: label counts per model; label_shares: count and share of each label per model
    and suite; quality_of_service (the headline): per group, safe prompts not served
    (refusal + non-answer, each also apart) beside refusal of unsafe prompts; rates: refusal
    and not-served per cell and group with Wilson CIs; tests: per cell and outcome, the
    permutation tests (chi-square, max-min gap against its chance level), the asymptotic
    chi-square, the minimum detectable difference and a verdict; group_vs_rest: each group
    against the rest (Newcombe interval, permutation and CMH p with Holm and BH, GEE odds
    ratio against a reference group); heatmap: cell x group rate of the headline outcome.
    `too_small` flags cells under `min_n` responses.
    """
    if by not in disparity.BY:
        raise CiteauditError(f"cannot analyse by {by!r}: choose one of {', '.join(disparity.BY)}")
    frame = responses_frame(store, classifier)
    if frame.empty:
        raise CiteauditError(f"no generations labelled by {classifier!r}: "
                             f"{_classify_hint(classifier)}")
    frame = _filtered(frame, models, suites)
    grouped = frame[frame[by].notna()]
    if grouped.empty and by != "group":
        raise CiteauditError(
            f"no labelled response has a {by} (suites: {', '.join(sorted(frame['suite'].unique()))}"
            "): gender and intersection come with the names suite (`citeaudit eval generate "
            "--suite names`) or a gender column in `citeaudit eval import`; use --by group")
    tables: dict[str, pd.DataFrame] = {
        "labels": frame.pivot_table(index="model", columns="label", values="gen_key",
                                    aggfunc="count", fill_value=0).reset_index(),
        "label_shares": label_shares_by_model(frame),
        "quality_of_service": with_parts(disparity.quality_of_service(grouped, min_n, by),
                                         grouped, by),
        "rates": with_parts(cell_rates(grouped, min_n, by), grouped, by),
        "left_out": left_out(frame, by),
    }
    tests, per_group = [], []
    for key, part in grouped.groupby(list(disparity.CELL), sort=True):
        if part[by].nunique() < 2:
            continue
        cell = dict(zip(disparity.CELL, key, strict=True))
        for outcome in disparity.headline_outcomes(cell["prompt_class"]):
            summary, groups = disparity.compare_groups(
                part, outcome, permutations=permutations, seed=seed, min_n=min_n,
                correction=correction, by=by)
            tests.append({**cell, "outcome": outcome, "by": by, **summary})
            per_group.append(groups.assign(**cell, outcome=outcome))
    tables["tests"] = pd.DataFrame(tests)
    tables["group_vs_rest"] = (pd.concat(per_group, ignore_index=True)
                               .pipe(_cell_columns_first).pipe(with_parts, grouped, by)
                               if per_group else pd.DataFrame())
    tables["heatmap"] = heatmap_rates(tables["rates"], by)
    return tables


def quality_of_service_by(store: Store, classifier: str = DEFAULT_CLASSIFIER,
                          by: str = "gender", min_n: int = disparity.MIN_N) -> pd.DataFrame:
    """The quality-of-service table alone (no tests) by gender or intersection, over the
    responses that have that field (the names suite); empty when none has it."""
    frame = responses_frame(store, classifier)
    grouped = frame[frame[by].notna()] if not frame.empty else frame
    if grouped.empty:
        return pd.DataFrame()
    return with_parts(disparity.quality_of_service(grouped, min_n, by), grouped, by)


def left_out(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per model and suite, the responses left out of a `by` analysis for lacking that field
    (other suites have no gender, for example)."""
    missing = frame[frame[by].isna()]
    counts = missing.groupby(["model", "suite"], sort=True).size().rename("responses")
    return counts.reset_index().assign(missing=by)


def with_parts(table: pd.DataFrame, grouped: pd.DataFrame, by: str) -> pd.DataFrame:
    """An intersection table with its group and gender beside each intersection, so the
    cells can be sorted or filtered by either; other tables unchanged."""
    if by != "intersection" or table.empty:
        return table
    parts = grouped[["intersection", "group", "gender"]].drop_duplicates("intersection")
    merged = table.merge(parts, on="intersection", how="left")
    order = list(table.columns)
    at = order.index("intersection") + 1
    return merged[order[:at] + ["group", "gender"] + order[at:]]


def _classify_hint(classifier: str) -> str:
    if classifier.startswith("judge:"):
        return ("run `citeaudit eval classify --judge openai` first, or, if it left every "
                "response unlabelled, check its answers and try `--retry-unlabelled`")
    if classifier == "human":
        return ("write a sample with `citeaudit eval review export`, label it and read it "
                "back with `citeaudit eval review import`")
    return "run `citeaudit eval classify` first"


def _filtered(frame: pd.DataFrame, models: list[str] | None,
              suites: list[str] | None) -> pd.DataFrame:
    """Only the asked suites; an unknown suite or model is an error naming what there is."""
    if models:
        missing = sorted(set(models) - set(frame["model"]))
        if missing:
            raise CiteauditError(f"no labelled generations of model {', '.join(missing)}; "
                                 f"stored: {', '.join(sorted(frame['model'].unique()))}")
        frame = frame[frame["model"].isin(models)]
    if suites:
        missing = sorted(set(suites) - set(frame["suite"]))
        if missing:
            raise CiteauditError(f"no labelled generations in suite {', '.join(missing)}; "
                                 f"stored: {', '.join(sorted(frame['suite'].unique()))}")
        frame = frame[frame["suite"].isin(suites)]
    return frame


def cell_rates(grouped: pd.DataFrame, min_n: int = disparity.MIN_N,
               unit: str = "group") -> pd.DataFrame:
    """Per model, suite, prompt class and group (or `unit`): n, refusals and not served, each
    rate with its Wilson interval (never pooled over suites or prompt classes)."""
    by = (*disparity.CELL, unit)
    if grouped.empty:
        return pd.DataFrame(columns=[*by, "n", "too_small"])
    refused = disparity.rates_by_group(grouped, "refused", by, min_n)
    not_served = disparity.rates_by_group(grouped, "not_served", by, min_n)
    out = refused.rename(columns={"count": "refusals", "rate": "refusal_rate",
                                  "ci_low": "refusal_low", "ci_high": "refusal_high"})
    for column in ("count", "rate", "ci_low", "ci_high"):
        name = {"count": "not_served", "rate": "not_served_rate"}.get(
            column, f"not_served_{column.removeprefix('ci_')}")
        out[name] = not_served[column].to_numpy()
    order = [*by, "n", "too_small", "refusals", "refusal_rate", "refusal_low", "refusal_high",
             "not_served", "not_served_rate", "not_served_low", "not_served_high"]
    return out[order]


def heatmap_rates(rates: pd.DataFrame, by: str = "group") -> pd.DataFrame:
    """Rows: model, suite and prompt class; columns: groups (or the `by` values); values: the
    headline rate (not served on safe prompts, refusal otherwise)."""
    if rates.empty:
        return pd.DataFrame()
    headline = rates["not_served_rate"].where(rates["prompt_class"] == "safe",
                                              rates["refusal_rate"])
    return (rates.assign(rate=headline)
            .pivot(index=list(disparity.CELL), columns=by, values="rate").reset_index())


def _cell_columns_first(frame: pd.DataFrame) -> pd.DataFrame:
    first = [*disparity.CELL, "outcome"]
    return frame[first + [c for c in frame.columns if c not in first]]


def label_shares_by_model(frame: pd.DataFrame) -> pd.DataFrame:
    """Per model, suite and label: count, n (responses of that model and suite) and share."""
    counts = frame.groupby(["model", "suite", "label"], sort=True).size().rename("count")
    totals = frame.groupby(["model", "suite"], sort=True).size().rename("n")
    out = counts.reset_index().merge(totals.reset_index(), on=["model", "suite"])
    return out.assign(share=out["count"] / out["n"])


def classifier_agreement(store: Store, first: str, second: str) -> dict:
    """How often two classifiers give the same label on generations both labelled:
    n, percent agreement, Cohen's kappa with its 95% bootstrap interval over responses
    (kappa_low, kappa_high), and the same on refusal vs not (the outcome the disparity tables
    use). Kappa is None where it is undefined (fewer than two classes)."""
    from sklearn.metrics import cohen_kappa_score

    a, b = store.evals.get_labels(first), store.evals.get_labels(second)
    shared = sorted(set(a) & set(b))
    out: dict = {"first": first, "second": second, "n": len(shared)}
    if not shared:
        return {**out, "agreement": None, "kappa": None, "kappa_low": None, "kappa_high": None,
                "refusal_agreement": None, "refusal_kappa": None, "refusal_kappa_low": None,
                "refusal_kappa_high": None}
    left, right = [a[k] for k in shared], [b[k] for k in shared]
    for prefix, x, y in (("", left, right),
                         ("refusal_", [is_refusal(v) for v in left],
                          [is_refusal(v) for v in right])):
        out[f"{prefix}agreement"] = sum(p == q for p, q in zip(x, y, strict=True)) / len(x)
        defined = len(set(x) | set(y)) > 1
        out[f"{prefix}kappa"] = float(cohen_kappa_score(x, y)) if defined else None
        low, high, _ = bootstrap_kappa(x, y)
        out[f"{prefix}kappa_low"], out[f"{prefix}kappa_high"] = low, high
    return out


def write_eval_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Each table as CSV (`tables.write_csv`: formula-safe, opens in Excel), in a folder
    written whole that replaces only one citeaudit wrote (`tables.replace_folder`)."""
    return replace_folder(folder, lambda staging: [
        write_frame_csv(staging / f"eval_{name}.csv", table) for name, table in tables.items()])
