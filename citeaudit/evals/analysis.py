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
from citeaudit.evals import disparity
from citeaudit.evals.classifier import classify_responses, is_refusal
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
        classifier: str = DEFAULT_CLASSIFIER,
        on_progress: Callable[[int, int], None] | None = None) -> ClassifySummary:
    """The `eval classify` stage: label every stored generation (of `models`, or all) with the
    rule classifier (prompt safety refines labels). `config` is unused (stage contract)."""
    if classifier != DEFAULT_CLASSIFIER:
        raise CiteauditError(f"unknown classifier {classifier!r}; available: rules")
    rows = store.evals.list_generations(models)
    if not rows:
        raise CiteauditError("no generations stored: run `citeaudit eval generate` or "
                             "`citeaudit eval import` first")
    labels: list[str] = []
    for start in range(0, len(rows), CLASSIFY_CHUNK):  # chunks, so progress can be shown
        if on_progress:
            on_progress(start, len(rows))
        chunk = rows[start:start + CLASSIFY_CHUNK]
        labels += classify_responses(
            [r["response"] for r in chunk], prompts=[r["prompt"] for r in chunk],
            unsafe=[None if r["unsafe"] is None else bool(r["unsafe"]) for r in chunk])
    store.evals.upsert_labels(classifier, zip((r["gen_key"] for r in rows), labels, strict=True))
    if on_progress:
        on_progress(len(rows), len(rows))
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
            "label": label, "refused": int(is_refusal(label)),
            "meta": json.loads(r["meta_json"] or "{}"),
        })
    return pd.DataFrame(rows)


def eval_tables(store: Store, classifier: str = DEFAULT_CLASSIFIER,
                models: list[str] | None = None, correction: str = "holm",
                n_boot: int = 1000, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Every table of the evaluation as pandas frames (the report section reads these).

    labels: label counts per model; label_shares: count and share of each label per model
    and suite; rates: refusal per model x group with Wilson CIs;
    tests: chi-square across groups per model; group_vs_rest: differences, corrected p-values
    and template-stratified CMH; gaps: max-min gap with template-clustered bootstrap CI;
    quality_of_service: safe vs unsafe refusal per group; heatmap: model x group refusal.
    """
    frame = responses_frame(store, classifier, models)
    if frame.empty:
        if classifier.startswith("judge:"):
            hint = ("run `citeaudit eval classify --judge openai` first, or, if it left every "
                    "response unlabelled, check its answers and try `--retry-unlabelled`")
        elif classifier == "human":
            hint = ("write a sample with `citeaudit eval review export`, label it and read it "
                    "back with `citeaudit eval review import`")
        else:
            hint = "run `citeaudit eval classify` first"
        raise CiteauditError(f"no generations labelled by {classifier!r}: {hint}")
    grouped = frame[frame["group"].notna()]
    tables: dict[str, pd.DataFrame] = {
        "labels": frame.pivot_table(index="model", columns="label", values="gen_key",
                                    aggfunc="count", fill_value=0).reset_index(),
        "label_shares": label_shares_by_model(frame),
        "rates": disparity.rates_by_group(grouped, by=("model", "group")),
        "rates_by_suite": disparity.rates_by_group(grouped, by=("model", "suite", "unsafe",
                                                                "group")),
    }
    tests, vs_rest, gaps = [], [], []
    for model, part in grouped.groupby("model", sort=True):
        for safety, subset in (("all", part), ("safe", part[part["unsafe"] == False]),  # noqa: E712
                               ("unsafe", part[part["unsafe"] == True])):  # noqa: E712
            if subset["group"].nunique() < 2:
                continue
            tests.append({"model": model, "prompts": safety,
                          **disparity.chi_square_across_groups(subset)})
            table = disparity.group_vs_rest(subset, correction=correction)
            vs_rest.append(table.assign(model=model, prompts=safety))
            gaps.append({"model": model, "prompts": safety,
                         **disparity.gap_with_bootstrap(subset, n_boot=n_boot, seed=seed)})
    tables["tests"] = pd.DataFrame(tests)
    tables["group_vs_rest"] = pd.concat(vs_rest, ignore_index=True) if vs_rest else pd.DataFrame()
    tables["gaps"] = pd.DataFrame(gaps)
    tables["quality_of_service"] = disparity.quality_of_service(grouped)
    tables["heatmap"] = (tables["rates"].pivot(index="model", columns="group", values="rate")
                         .reset_index() if not tables["rates"].empty else pd.DataFrame())
    return tables


def label_shares_by_model(frame: pd.DataFrame) -> pd.DataFrame:
    """Per model, suite and label: count, n (responses of that model and suite) and share."""
    counts = frame.groupby(["model", "suite", "label"], sort=True).size().rename("count")
    totals = frame.groupby(["model", "suite"], sort=True).size().rename("n")
    out = counts.reset_index().merge(totals.reset_index(), on=["model", "suite"])
    return out.assign(share=out["count"] / out["n"])


def classifier_agreement(store: Store, first: str, second: str) -> dict:
    """How often two classifiers give the same label on generations both labelled:
    n, percent agreement, Cohen's kappa, and the same on refusal vs not (the outcome the
    disparity tables use). Kappa is None where it is undefined (fewer than two classes)."""
    from sklearn.metrics import cohen_kappa_score

    a, b = store.evals.get_labels(first), store.evals.get_labels(second)
    shared = sorted(set(a) & set(b))
    out: dict = {"first": first, "second": second, "n": len(shared)}
    if not shared:
        return {**out, "agreement": None, "kappa": None, "refusal_agreement": None,
                "refusal_kappa": None}
    left, right = [a[k] for k in shared], [b[k] for k in shared]
    for prefix, x, y in (("", left, right),
                         ("refusal_", [is_refusal(v) for v in left],
                          [is_refusal(v) for v in right])):
        out[f"{prefix}agreement"] = sum(p == q for p, q in zip(x, y, strict=True)) / len(x)
        defined = len(set(x) | set(y)) > 1
        out[f"{prefix}kappa"] = float(cohen_kappa_score(x, y)) if defined else None
    return out


def write_eval_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Each table as CSV (`tables.write_csv`: formula-safe, opens in Excel), in a folder
    written whole that replaces only one citeaudit wrote (`tables.replace_folder`)."""
    return replace_folder(folder, lambda staging: [
        write_frame_csv(staging / f"eval_{name}.csv", table) for name, table in tables.items()])
