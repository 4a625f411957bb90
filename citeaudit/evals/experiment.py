"""The HH variant experiment: evaluate trained models on identity prompts and compare refusals.

`run_experiment(store, model_dirs, suite)` runs every trained model folder over the same
prompt suite through the model-evaluation pipeline (generations cached in the store, labels
from the response-taxonomy classifier), records the experiment in the store, and returns
pandas tables: refusal rates per variant, prompt class and group (Wilson intervals), whether
refusal depends on the group within each variant (chi-square over all groups and per axis),
and each variant against a reference variant per group (Fisher exact, Newcombe interval),
Holm-adjusted. `comparison_section(tables)` is the report-section data (an ExternalSection);
`report_section(store, paper_ids)` is the report's provider for the latest experiment.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import atomic_write, replace_folder, write_frame_csv
from citeaudit.core.stats import PERMUTATIONS, holm, newcombe_difference, wilson_interval
from citeaudit.evals import analysis, disparity, generate
from citeaudit.evals.analysis import responses_frame
from citeaudit.evals.backends import Backend, GenerationParams, HFBackend, OpenAIBackend
from citeaudit.evals.suites import EvalPrompt, load_suite, sample_across_groups
from citeaudit.report.data import ExternalSection, TableData
from citeaudit.store import Store, loads
from citeaudit.training import HUMAN_TAG, METADATA_FILE, detect_device, read_metadata

SECTION_ID = "training-experiment"
SECTION_TITLE = "What HH does to a model: refusals by training variant"


class ExperimentError(CiteauditError):
    """The models or the suite cannot be compared as asked."""


# ---------------------------------------------------------------------------
# prompt suite
# ---------------------------------------------------------------------------
def experiment_suite(name: str = "identity", source: str | Path | None = None,
                     groups: Sequence[str] | None = None, limit: int | None = None,
                     seed: int = 0) -> list[EvalPrompt]:
    """A model-evaluation suite, restricted to prompts with a group and a safety label.

    `groups` keeps only those groups (case-insensitive); `limit` draws that many prompts
    evenly across groups and genders (`sample_across_groups`, seeded). Default: the identity
    suite, every safe and unsafe template crossed with every group of the identity lexicon.
    """
    prompts = [p for p in load_suite(name, source) if p.group and p.unsafe is not None]
    if groups:
        wanted = {g.strip().lower() for g in groups}
        unknown = sorted(wanted - {p.group.lower() for p in prompts})
        if unknown:
            raise ExperimentError(f"groups not in the {name} suite: {', '.join(unknown)}; "
                                  f"known: {', '.join(sorted({p.group for p in prompts}))}")
        prompts = [p for p in prompts if p.group.lower() in wanted]
    if not prompts:
        raise ExperimentError(f"the {name} suite has no prompts with both a group and a "
                              "safety label")
    return sample_across_groups(prompts, limit, seed)


# ---------------------------------------------------------------------------
# generation from a trained model folder
# ---------------------------------------------------------------------------
def model_fingerprint(folder: Path) -> str:
    """Identifies one training run of a model folder (sha256 of its training.json)."""
    return hashlib.sha256((Path(folder) / METADATA_FILE).read_bytes()).hexdigest()[:16]


def cut_at_human_turn(text: str) -> str:
    """A response up to the next Human turn (HH-trained models go on to write the user's)."""
    if text.startswith(HUMAN_TAG.strip()):
        return ""
    return text.split(HUMAN_TAG)[0].strip()


class TrainedModelBackend:
    """The hf backend on a trained model folder: HH prompt format, cut at the next Human turn.

    The model loads on the first generate call, so a fully cached rerun loads nothing.
    """

    name = "hf"

    def __init__(self, folder: Path, batch_size: int = 8):
        self.folder = Path(folder)
        self.model = str(self.folder.resolve())
        self.revision = model_fingerprint(folder)
        self.batch_size = batch_size
        self._inner: HFBackend | None = None

    def generate(self, prompts: Sequence[str], params: GenerationParams,
                 seeds: Sequence[int] | None = None) -> list[str]:
        if self._inner is None:
            self._inner = HFBackend(self.model, batch_size=self.batch_size,
                                    device=detect_device("auto").name)
        texts = self._inner.generate(prompts, params, seeds)
        return [cut_at_human_turn(t) for t in texts]


class ServedModelBackend:
    """A trained model folder served by OpenAI-compatible servers (e.g. `vllm serve <folder>
    --served-model-name <variant>`): HH prompts as completions, cut at the next Human turn.

    Generations are cached under the folder's identity (path and training.json), as with
    TrainedModelBackend, so a retrained folder is generated afresh.
    """

    name = "openai"

    def __init__(self, folder: Path, server: OpenAIBackend):
        self.folder = Path(folder)
        self.model = str(self.folder.resolve())
        self.revision = model_fingerprint(folder)
        self.server = server
        self.concurrency = server.concurrency  # generate.run sizes its chunks by it

    def generate(self, prompts: Sequence[str], params: GenerationParams,
                 seeds: Sequence[int] | None = None) -> list[str]:
        return [cut_at_human_turn(t) for t in self.server.generate(prompts, params, seeds)]


BackendFactory = Callable[[str, Path], Backend]  # (variant, model folder) -> backend


def served_backends(urls_by_variant: Mapping[str, str | Sequence[str]],
                    api_key: str | None = None, concurrency: int = 8) -> BackendFactory:
    """A backend factory: the variants in `urls_by_variant` go to their servers (the served
    model name is the variant's), the others load their folder locally."""
    def factory(variant: str, folder: Path) -> Backend:
        if variant not in urls_by_variant:
            return TrainedModelBackend(folder)
        return ServedModelBackend(folder, OpenAIBackend(
            urls_by_variant[variant], variant, api_key=api_key, concurrency=concurrency))

    return factory


# ---------------------------------------------------------------------------
# statistics
# ---------------------------------------------------------------------------
def _holm(p_values: Sequence[float]) -> list[float]:
    return [float(p) for p in holm(p_values)] if len(p_values) else []


def refusal_rates(responses: pd.DataFrame) -> pd.DataFrame:
    """Refusal rate per variant, prompt class, axis and group, with 95% Wilson intervals."""
    labelled = responses.assign(
        prompt_class=responses["safe"].map({True: "safe", False: "unsafe"}),
        axis=responses["axis"].fillna("").astype(str))
    counts = (labelled.groupby(["variant", "prompt_class", "axis", "group"], sort=True)
              ["refused"].agg(n="size", refusals="sum").reset_index())
    intervals = [wilson_interval(int(r), int(n), exact_ends=True)
                 for r, n in zip(counts["refusals"], counts["n"], strict=True)]
    counts["refusal_rate"] = counts["refusals"] / counts["n"]
    counts["ci_low"] = [low for low, _ in intervals]
    counts["ci_high"] = [high for _, high in intervals]
    return counts[["variant", "prompt_class", "axis", "group", "n", "refusals", "refusal_rate",
                   "ci_low", "ci_high"]]


def _group_key(frame: pd.DataFrame) -> pd.Series:
    """The group, with its axis where one group name sits on two axes."""
    axes_per_group = frame.groupby("group")["axis"].nunique()
    return pd.Series([g if axes_per_group[g] <= 1 else f"{g} ({a})"
                      for g, a in zip(frame["group"], frame["axis"], strict=True)],
                     index=frame.index)


def group_tests(responses: pd.DataFrame, permutations: int = PERMUTATIONS,
                seed: int = 0, by: str = "group") -> pd.DataFrame:
    """Within each variant and prompt class: does the outcome depend on the group (or on
    `by`: gender, or the group x gender intersection; responses without it are left out)?

    Outcomes: on safe prompts not being served (refusal or non-answer, the quality-of-service
    harm) and refusal; on unsafe prompts refusal. Scope "all" tests every group at once; with
    several axes (religion, gender, ...) each axis is also tested on its own. p_value is the
    asymptotic chi-square; perm_p shuffles group labels within template
    (`disparity.across_groups`), and Holm adjusts perm_p over every row (p_holm). mdd_80 and
    verdict say whether the test could detect anything.
    """
    frame = responses.assign(axis=responses["axis"].fillna("").astype(str),
                             refused=responses["refused"].astype(int))
    if "template_id" not in frame:
        frame = frame.assign(template_id=None)
    if "not_served" not in frame:
        frame = frame.assign(not_served=frame["refused"])
    if by == "group":
        frame = frame.assign(group=_group_key(frame))
    else:  # a gender spans axes: compared across all of them, then within each
        frame = frame[frame[by].notna()]
        frame = frame.assign(group=frame[by])
    frame = frame.assign(prompt_class=frame["safe"].map({True: "safe", False: "unsafe"}))
    rows = []
    for (variant, prompt_class), part in frame.groupby(["variant", "prompt_class"], sort=True):
        scopes = [("all", part)]
        if part["axis"].nunique() > 1:
            scopes += list(part.groupby("axis", sort=True))
        for outcome in disparity.headline_outcomes(prompt_class):
            rows += [_group_test(variant, prompt_class, scope, subset, outcome, permutations,
                                 seed) for scope, subset in scopes]
    tests = pd.DataFrame(rows)
    if not tests.empty:
        tests.insert(4, "by", by)
        tests["p_holm"] = _holm(tests["perm_p"].tolist())
        tests["informative"] = ~tests["verdict"].str.startswith("uninformative")
    return tests


def _group_test(variant: str, prompt_class: str, scope: str, subset: pd.DataFrame,
                outcome: str, permutations: int, seed: int) -> dict:
    rates = subset.groupby("group")[outcome].mean()
    row = {"variant": variant, "prompt_class": prompt_class, "outcome": outcome,
           "scope": scope, **disparity.chi_square_across_groups(subset, outcome),
           "rate_range": float(rates.max() - rates.min())}
    if subset["group"].nunique() < 2:
        return {**row, "gap_chance": float("nan"), "gap_p": 1.0, "mdd_80": float("nan"),
                "verdict": "uninformative: one group", "perm_p": 1.0}
    summary = disparity.across_groups(subset, outcome, permutations, seed)
    return {**row, **{key: summary[key] for key in ("gap_chance", "gap_p", "mdd_80",
                                                    "verdict")},
            "perm_p": summary["chi2_perm_p"]}


_OUTCOME_WORDS = {"refused": "refusal", "not_served": "not serving (refusal or non-answer)"}


def variant_tests(rates: pd.DataFrame, reference: str) -> pd.DataFrame:
    """Each variant against the reference per prompt class and group: Fisher exact test and
    Newcombe's interval for the difference in refusal rate, Holm-adjusted."""
    from scipy.stats import fisher_exact

    base = rates[rates["variant"] == reference].set_index(["prompt_class", "axis", "group"])
    rows = []
    for row in rates[rates["variant"] != reference].itertuples(index=False):
        key = (row.prompt_class, row.axis, row.group)
        if key not in base.index:
            continue
        ref = base.loc[key]
        k1, n1, k2, n2 = int(row.refusals), int(row.n), int(ref["refusals"]), int(ref["n"])
        odds_ratio, p_value = fisher_exact([[k1, n1 - k1], [k2, n2 - k2]])
        difference, low, high = newcombe_difference(k1, n1, k2, n2)
        rows.append({"variant": row.variant, "reference": reference,
                     "prompt_class": row.prompt_class, "axis": row.axis, "group": row.group,
                     "refusal_rate": row.refusal_rate, "reference_rate": k2 / n2,
                     "difference": difference, "difference_low": low, "difference_high": high,
                     "odds_ratio": float(odds_ratio), "p_value": float(p_value)})
    tests = pd.DataFrame(rows)
    if not tests.empty:
        tests["p_holm"] = _holm(tests["p_value"].tolist())
    return tests


# ---------------------------------------------------------------------------
# the experiment
# ---------------------------------------------------------------------------
@dataclass
class ExperimentTables:
    experiment_id: int
    reference_variant: str
    models: pd.DataFrame  # one row per variant: folder, base model, recipe hash, steps, losses
    responses: pd.DataFrame  # variant, prompt, group, axis, safe, response, label, refused,
    # not_served (refused or non-answer)
    refusal_rates: pd.DataFrame
    group_tests: pd.DataFrame
    variant_tests: pd.DataFrame


def _model_row(variant: str, model: str, meta: dict[str, Any]) -> dict[str, Any]:
    stages = meta.get("stages", {})
    data = meta.get("data", {})
    return {"variant": variant, "model": model, "base_model": meta.get("base_model"),
            "hyperparameters_sha256": meta.get("hyperparameters_sha256"),
            "pairs_used": data.get("pairs_used"),
            "sft_steps": meta.get("steps", {}).get("sft"),
            "dpo_steps": meta.get("steps", {}).get("dpo"),
            "sft_loss": stages.get("sft", {}).get("train_loss"),
            "dpo_loss": stages.get("dpo", {}).get("train_loss"),
            "data_sha256": " ".join(f["sha256"][:12] for f in data.get("files", []))}


def run_experiment(store: Store, model_dirs: Mapping[str, Path], suite: Sequence[EvalPrompt],
                   params: GenerationParams | None = None, reference_variant: str | None = None,
                   name: str = "hh-variants", backend_factory: BackendFactory | None = None,
                   on_progress: Callable[[str, int, int], None] | None = None,
                   by: str = "group") -> ExperimentTables:
    """Evaluate trained model folders (variant -> folder) on a suite and compare them
    (group tests by group, gender or intersection: `by`).

    Refuses models trained with different hyper-parameters: the comparison is only fair when
    the data is the one thing that differs. Generations are cached in the store (a rerun
    generates only what is missing); the experiment is recorded there for the report.
    """
    if not model_dirs:
        raise ExperimentError("no models to compare")
    if not suite:
        raise ExperimentError("the prompt suite is empty")
    unusable = [p.prompt_id for p in suite if not p.group or p.unsafe is None]
    if unusable:
        raise ExperimentError(f"{len(unusable)} prompts lack a group or a safety label "
                              f"(first: {unusable[0]}); select them with experiment_suite()")
    metadata = {variant: read_metadata(Path(folder)) for variant, folder in model_dirs.items()}
    hashes = {variant: meta.get("hyperparameters_sha256") for variant, meta in metadata.items()}
    if len(set(hashes.values())) > 1:
        listing = ", ".join(f"{v}: {str(h)[:12]}" for v, h in hashes.items())
        raise ExperimentError(f"the models were trained with different hyper-parameters "
                              f"({listing}); train every variant from one recipe")
    reference = reference_variant or ("full" if "full" in model_dirs else next(iter(model_dirs)))
    if reference not in model_dirs:
        raise ExperimentError(f"reference variant {reference!r} is not among the models "
                              f"({', '.join(model_dirs)})")
    params = params or GenerationParams(max_new_tokens=64, prompt_format="hh")
    models = []
    for variant, folder in model_dirs.items():
        backend = (backend_factory(variant, Path(folder)) if backend_factory
                   else TrainedModelBackend(Path(folder)))
        progress = (lambda done, total, v=variant: on_progress(v, done, total)) \
            if on_progress else None
        generate.run(store, None, prompts=suite, backend=backend, params=params,
                     on_progress=progress)
        models.append({"variant": variant, "model": backend.model, "revision": backend.revision,
                       "metadata": metadata[variant]})
    analysis.run(store, None, models=[m["model"] for m in models])
    experiment_id = store.experiments.insert_experiment(
        name, next(iter(hashes.values())), metadata[reference].get("base_model", ""), reference,
        params.to_dict(), [p.prompt_id for p in suite], models)
    return experiment_tables(store, experiment_id, by)


def experiment_tables(store: Store, experiment_id: int | None = None,
                      by: str = "group") -> ExperimentTables:
    """The tables of a recorded experiment (default: the latest), rebuilt from the store;
    the group tests compare `by` (group, gender or intersection)."""
    record = store.experiments.get_experiment(experiment_id)
    if record is None:
        raise ExperimentError("no experiment recorded: run `citeaudit experiment`")
    experiment_id = record["experiment_id"]
    members = store.experiments.list_models(experiment_id)
    variant_of = {(m["model"], m["revision"]): m["variant"] for m in members}
    params = loads(record["params_json"], {})
    prompt_ids = set(loads(record["prompt_ids_json"], []))
    frame = responses_frame(store, models=sorted({m["model"] for m in members}))
    if frame.empty:
        raise ExperimentError(f"experiment {experiment_id}: no labelled generations stored")
    revisions = {r["gen_key"]: (r["model"], r["revision"], loads(r["params_json"], {}))
                 for r in store.evals.list_generations([m["model"] for m in members])}
    keep = pd.Series([(revisions[k][0], revisions[k][1]) in variant_of
                      and revisions[k][2] == params for k in frame["gen_key"]], index=frame.index)
    frame = frame[keep & frame["prompt_id"].isin(prompt_ids)].copy()
    frame["variant"] = [variant_of[(revisions[k][0], revisions[k][1])] for k in frame["gen_key"]]
    frame["safe"] = ~frame["unsafe"].astype(bool)
    frame["refused"] = frame["refused"].astype(int)
    frame["not_served"] = frame["not_served"].astype(int)
    responses = frame[["variant", "prompt_id", "suite", "axis", "group", "gender",
                       "intersection", "template_id", "safe", "prompt", "response", "label",
                       "refused", "not_served"]].reset_index(drop=True)
    rates = refusal_rates(responses)
    models = pd.DataFrame([_model_row(m["variant"], m["model"], loads(m["metadata_json"], {}))
                           for m in members])
    return ExperimentTables(experiment_id, record["reference_variant"], models, responses,
                            rates, group_tests(responses, by=by),
                            variant_tests(rates, record["reference_variant"]))


# ---------------------------------------------------------------------------
# report section
# ---------------------------------------------------------------------------
_COLOURS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860")


def _refusal_figure(rates: pd.DataFrame):
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    classes = [c for c in ("safe", "unsafe") if c in set(rates["prompt_class"])]
    rates = rates.assign(label=_group_key(rates))
    figure = make_subplots(rows=len(classes), cols=1, shared_xaxes=True,
                           subplot_titles=[f"{c} prompts" for c in classes])
    for row_index, prompt_class in enumerate(classes, start=1):
        part = rates[rates["prompt_class"] == prompt_class]
        for index, (variant, rows) in enumerate(part.groupby("variant", sort=False)):
            figure.add_trace(go.Bar(
                x=rows["label"], y=rows["refusal_rate"], name=variant, legendgroup=variant,
                showlegend=row_index == 1, marker_color=_COLOURS[index % len(_COLOURS)],
                error_y={"type": "data", "symmetric": False,
                         "array": rows["ci_high"] - rows["refusal_rate"],
                         "arrayminus": rows["refusal_rate"] - rows["ci_low"]}),
                row=row_index, col=1)
        figure.update_yaxes(range=[0, 1], title_text="refusal rate", row=row_index, col=1)
    figure.update_layout(barmode="group", template="plotly_white",
                         height=320 * len(classes) + 80,
                         title_text="Refusal rate by group (95% Wilson intervals)")
    return figure


def _table(caption: str, frame: pd.DataFrame, digits: int = 3) -> TableData:
    def cell(value: Any) -> Any:
        if isinstance(value, float):
            return None if pd.isna(value) else round(value, digits)
        return value

    return TableData(caption, [str(c) for c in frame.columns],
                     [[cell(v) for v in row] for row in frame.itertuples(index=False)])


def comparison_section(tables: ExperimentTables, alpha: float = 0.05) -> ExternalSection:
    """Report-section data: what each HH variant does to refusals, per group, with tests."""
    rates, models = tables.refusal_rates, tables.models
    overall = (rates.groupby(["variant", "prompt_class"], sort=False)[["refusals", "n"]].sum()
               .reset_index())
    intro = [(f"{len(models)} models trained from one base model "
              f"({models['base_model'].iloc[0]}) with identical hyper-parameters (recipe "
              f"{str(models['hyperparameters_sha256'].iloc[0])[:12]}); only the training data "
              "differs. Each answered the same safe and unsafe prompts about each group; the "
              "responses were labelled with the response taxonomy (refusal = full, partial or "
              "harmful-assumption refusal).")]
    pairs = models.set_index("variant")["pairs_used"]
    if pairs.nunique() > 1:
        intro.append("The variants were trained on different numbers of pairs ("
                     + ", ".join(f"{v}: {n:,}" for v, n in pairs.items())
                     + "), so differences may reflect how much data as well as which; set "
                     "max_pairs in the recipe to compare equal amounts.")
    intro += _group_test_sentences(tables.group_tests, alpha)
    differing = tables.variant_tests
    differing = differing[differing["p_holm"] < alpha] if not differing.empty else differing
    if not differing.empty:
        intro.append(f"Against {tables.reference_variant}: {len(differing)} group and prompt "
                     f"class combinations differ (Fisher exact, Holm p < {alpha}).")
    facts = [(f"{row.variant}, {row.prompt_class} prompts",
              f"{int(row.refusals)} of {int(row.n)} refused ({row.refusals / row.n:.0%})")
             for row in overall.itertuples(index=False)]
    return ExternalSection(
        id=SECTION_ID, title=SECTION_TITLE, intro=intro, facts=facts,
        figures=[_refusal_figure(rates)] if not rates.empty else [],
        tables=[_table("Models (one recipe, one variant each)", models),
                _table("Refusal rate per variant, prompt class and group", rates),
                _table("Does refusal depend on the group? (permutation within template, "
                       "Holm; asymptotic chi-square beside it)", tables.group_tests),
                _table(f"Each variant against {tables.reference_variant} (Fisher exact, "
                       "Newcombe interval, Holm)", tables.variant_tests)])


def _group_test_sentences(tests: pd.DataFrame, alpha: float) -> list[str]:
    """What the group tests found, in words: a difference where the Holm-adjusted
    permutation p is under alpha, "uninformative" where a test could not detect anything
    (no refusals at all, or too few prompts), and otherwise no evidence of a difference with
    the size a difference would need to be seen."""
    if tests.empty:
        return []
    sentences = []
    flagged = tests[tests["p_holm"] < alpha]
    for row in flagged.itertuples(index=False):
        scope = "" if row.scope == "all" else f" ({row.scope})"
        sentences.append(f"{row.variant}: {_OUTCOME_WORDS[row.outcome]} of {row.prompt_class} "
                         f"prompts depends on the {row.by}{scope} (permutation within template, "
                         "Holm p = "
                         f"{row.p_holm:.3g}; rates span {row.rate_range:.0%}, chance alone "
                         f"{row.gap_chance:.0%}).")
    rest = tests[(tests["p_holm"] >= alpha) & (tests["scope"] == "all")]
    for row in rest.itertuples(index=False):
        what = f"{row.variant}, {row.prompt_class} prompts, {_OUTCOME_WORDS[row.outcome]}"
        if not row.informative:
            sentences.append(f"{what}: the {row.by} test is {row.verdict}; it shows "
                             "neither a difference nor its absence.")
        else:
            sentences.append(f"{what}: no evidence that it depends on the {row.by} (Holm p = "
                             f"{row.p_holm:.3g}); a difference of {row.mdd_80:.0%} would be "
                             "found with 80% power.")
    return sentences


def report_section(store: Store, paper_ids: Sequence[str] | None = None
                   ) -> ExternalSection | None:
    """Report provider: the latest recorded experiment as a section, or None."""
    if store.experiments.get_experiment() is None:
        return None
    return comparison_section(experiment_tables(store))


def write_outputs(section: ExternalSection, tables: ExperimentTables, out_dir: Path
                  ) -> list[Path]:
    """CSV for every table, responses included, and a standalone HTML page of the section,
    in a folder written whole that replaces only one citeaudit wrote (tables.replace_folder)."""
    return replace_folder(out_dir, lambda folder: _write_outputs(section, tables, folder))


def _write_outputs(section: ExternalSection, tables: ExperimentTables, out_dir: Path
                   ) -> list[Path]:
    frames = {"models": tables.models, "refusal_rates": tables.refusal_rates,
              "group_tests": tables.group_tests, "variant_tests": tables.variant_tests,
              "responses": tables.responses}
    written = []
    for name, frame in frames.items():
        written.append(write_frame_csv(out_dir / f"{name}.csv", frame))
    from plotly.offline import get_plotlyjs

    figures = "".join(f.to_html(full_html=False, include_plotlyjs=False)
                      for f in section.figures)
    facts = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                    for k, v in section.facts)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in section.intro)
    for table in section.tables:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
        rows = "".join("<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>"
                                        for v in row) + "</tr>" for row in table.rows)
        body += (f"<h3>{html.escape(table.caption)}</h3><table><tr>{head}</tr>{rows}</table>")
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>"
            f"{html.escape(section.title)}</title><style>{_PAGE_CSS}</style>"
            f"<script>{get_plotlyjs()}</script></head><body><h2 id='{section.id}'>"
            f"{html.escape(section.title)}</h2><table>{facts}</table>{figures}{body}"
            "</body></html>")
    written.append(atomic_write(out_dir / "comparison.html",
                                lambda tmp: tmp.write_text(page, encoding="utf-8")))
    return written


_PAGE_CSS = ("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;"
             "padding:0 1em;color:#222}table{border-collapse:collapse;font-size:13px;"
             "margin-bottom:1.5em}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left}"
             "th{background:#f4f4f4}td{max-width:24em;overflow-wrap:anywhere}")


def model_dirs_for(recipe, variants: Sequence[str]) -> dict[str, Path]:
    """variant -> trained model folder of a recipe."""
    from citeaudit.training import model_dir

    return {variant: model_dir(recipe, variant) for variant in variants}

