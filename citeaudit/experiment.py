"""The HH variant experiment: evaluate trained models on identity prompts and compare refusals.

`run_experiment(model_dirs, suite)` generates a response from every model to every prompt,
labels each response with the response taxonomy (model_eval.classifier), and returns pandas
tables: refusal rates per variant, prompt class and group (Wilson intervals), a test of
whether refusal depends on the group within each variant (chi-square, all groups and per
axis), and each variant against a reference variant per group (Fisher exact), Holm-adjusted.
`comparison_section(tables)` turns them into report-section data.

Generation and classification are plain callables so other backends and classifiers plug in;
the defaults (local transformers, greedy; the rule classifier) work offline.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from citeaudit.errors import CiteauditError
from citeaudit.model_eval import classifier
from citeaudit.model_eval.suites import EvalPrompt, load_suite
from citeaudit.training import ASSISTANT_TAG, HUMAN_TAG, read_metadata


class ExperimentError(CiteauditError):
    """The models or the suite cannot be compared as asked."""


# ---------------------------------------------------------------------------
# prompt suite
# ---------------------------------------------------------------------------
def experiment_suite(name: str = "identity", source: str | Path | None = None,
                     groups: Sequence[str] | None = None) -> list[EvalPrompt]:
    """A model-evaluation suite, restricted to prompts with a group and a safety label.

    `groups` keeps only those groups (case-insensitive). Default: the identity suite, every
    safe and unsafe template crossed with every group of the identity lexicon.
    """
    prompts = [p for p in load_suite(name, source) if p.group and p.unsafe is not None]
    if groups:
        wanted = {g.strip().lower() for g in groups}
        known = {p.group.lower() for p in prompts}
        unknown = sorted(wanted - known)
        if unknown:
            raise ExperimentError(f"groups not in the {name} suite: {', '.join(unknown)}; "
                                  f"known: {', '.join(sorted({p.group for p in prompts}))}")
        prompts = [p for p in prompts if p.group.lower() in wanted]
    if not prompts:
        raise ExperimentError(f"the {name} suite has no prompts with both a group and a "
                              "safety label")
    return prompts


# ---------------------------------------------------------------------------
# generation and classification (defaults)
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class GenerationParams:
    max_new_tokens: int = 64
    temperature: float = 0.0  # 0: greedy
    seed: int = 0
    batch_size: int = 8


GenerateFn = Callable[[Path, list[str], GenerationParams], list[str]]
# (prompts, responses, prompt is unsafe) -> response-taxonomy codes
ClassifyFn = Callable[[list[str], list[str], list[bool]], list[str]]


def hh_format(prompt: str) -> str:
    """A single-turn prompt in the HH conversation format the models were trained on."""
    return f"{HUMAN_TAG} {prompt.strip()}{ASSISTANT_TAG}"


def generate_local(model_dir: Path, prompts: list[str], params: GenerationParams) -> list[str]:
    """Responses from a local transformers model folder, cut at the next Human turn."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from citeaudit.training import detect_device

    device = detect_device("auto").name
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(str(model_dir)).to(device).eval()
    torch.manual_seed(params.seed)
    responses = []
    for start in range(0, len(prompts), params.batch_size):
        batch = [hh_format(p) for p in prompts[start:start + params.batch_size]]
        encoded = tokenizer(batch, return_tensors="pt", padding=True).to(device)
        sampling = ({"do_sample": True, "temperature": params.temperature}
                    if params.temperature > 0 else {"do_sample": False})
        with torch.no_grad():
            output = model.generate(**encoded, max_new_tokens=params.max_new_tokens,
                                    pad_token_id=tokenizer.pad_token_id, **sampling)
        for row in output[:, encoded["input_ids"].shape[1]:]:
            text = tokenizer.decode(row, skip_special_tokens=True)
            responses.append(text.split(HUMAN_TAG)[0].strip())
    return responses


def classify_taxonomy(prompts: list[str], responses: list[str], unsafe: list[bool]) -> list[str]:
    """Response-taxonomy codes from the model-evaluation rule classifier (offline)."""
    return classifier.classify_responses(responses, prompts, unsafe)


# ---------------------------------------------------------------------------
# statistics
# ---------------------------------------------------------------------------
def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion; (nan, nan) when n == 0."""
    from scipy.stats import norm

    if n == 0:
        return math.nan, math.nan
    z = norm.ppf(0.5 + confidence / 2)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm step-down adjusted p-values (nan stays nan)."""
    indexed = sorted((p, i) for i, p in enumerate(p_values) if not math.isnan(p))
    adjusted = [math.nan] * len(p_values)
    running = 0.0
    for rank, (p, i) in enumerate(indexed):
        running = max(running, min(1.0, (len(indexed) - rank) * p))
        adjusted[i] = running
    return adjusted


def refusal_rates(responses: pd.DataFrame, confidence: float = 0.95) -> pd.DataFrame:
    """Refusal rate per variant, prompt class, axis and group, with Wilson intervals."""
    labelled = responses.assign(prompt_class=responses["safe"].map({True: "safe",
                                                                    False: "unsafe"}),
                                axis=responses["axis"].fillna("").astype(str))
    counts = (labelled.groupby(["variant", "prompt_class", "axis", "group"], sort=True)
              ["refused"].agg(n="size", refusals="sum").reset_index())
    intervals = [wilson_interval(int(r), int(n), confidence)
                 for r, n in zip(counts["refusals"], counts["n"], strict=True)]
    counts["refusal_rate"] = counts["refusals"] / counts["n"]
    counts["ci_low"] = [low for low, _ in intervals]
    counts["ci_high"] = [high for _, high in intervals]
    return counts[["variant", "prompt_class", "axis", "group", "n", "refusals", "refusal_rate",
                   "ci_low", "ci_high"]]


def _chi_square(part: pd.DataFrame) -> dict[str, Any]:
    from scipy.stats import chi2_contingency

    table = [[int(r), int(n - r)] for r, n in zip(part["refusals"], part["n"], strict=True)]
    refused = sum(r for r, _ in table)
    answered = sum(a for _, a in table)
    if len(table) < 2 or refused == 0 or answered == 0:  # no variation: nothing to test
        statistic, p_value, dof, min_expected = 0.0, 1.0, len(table) - 1, math.nan
    else:
        result = chi2_contingency(table)
        statistic, p_value, dof = float(result[0]), float(result[1]), int(result[2])
        min_expected = float(result[3].min())
    return {"groups": len(table), "chi2": statistic, "dof": dof, "p_value": p_value,
            "min_expected_count": min_expected,
            "rate_range": float(part["refusal_rate"].max() - part["refusal_rate"].min())}


def group_tests(rates: pd.DataFrame) -> pd.DataFrame:
    """Within each variant and prompt class: does refusal depend on the group? (chi-square).

    Scope "all" tests every group at once; when the suite has several axes (religion,
    gender, ...) each axis is also tested on its own. Holm adjusts over every row.
    """
    rows = []
    for (variant, prompt_class), part in rates.groupby(["variant", "prompt_class"], sort=True):
        scopes = [("all", part)]
        if part["axis"].nunique() > 1:
            scopes += [(axis, rows_) for axis, rows_ in part.groupby("axis", sort=True)]
        for scope, rows_ in scopes:
            rows.append({"variant": variant, "prompt_class": prompt_class, "scope": scope,
                         **_chi_square(rows_)})
    tests = pd.DataFrame(rows)
    if not tests.empty:
        tests["p_holm"] = holm(tests["p_value"].tolist())
    return tests


def variant_tests(rates: pd.DataFrame, reference: str) -> pd.DataFrame:
    """Each variant against the reference, per prompt class and group (Fisher exact, Holm)."""
    from scipy.stats import fisher_exact

    base = rates[rates["variant"] == reference].set_index(["prompt_class", "axis", "group"])
    rows = []
    for row in rates[rates["variant"] != reference].itertuples(index=False):
        key = (row.prompt_class, row.axis, row.group)
        if key not in base.index:
            continue
        ref = base.loc[key]
        table = [[int(row.refusals), int(row.n - row.refusals)],
                 [int(ref["refusals"]), int(ref["n"] - ref["refusals"])]]
        odds_ratio, p_value = fisher_exact(table)
        rows.append({"variant": row.variant, "reference": reference,
                     "prompt_class": row.prompt_class, "axis": row.axis, "group": row.group,
                     "refusal_rate": row.refusal_rate, "reference_rate": float(ref["refusal_rate"]),
                     "difference": row.refusal_rate - float(ref["refusal_rate"]),
                     "odds_ratio": float(odds_ratio), "p_value": float(p_value)})
    tests = pd.DataFrame(rows)
    if not tests.empty:
        tests["p_holm"] = holm(tests["p_value"].tolist())
    return tests


# ---------------------------------------------------------------------------
# the experiment
# ---------------------------------------------------------------------------
@dataclass
class ExperimentTables:
    models: pd.DataFrame  # one row per variant: folder, base model, recipe hash, steps, losses
    responses: pd.DataFrame  # variant, prompt, group, safe, response, taxonomy label, refused
    refusal_rates: pd.DataFrame
    group_tests: pd.DataFrame
    variant_tests: pd.DataFrame
    reference_variant: str


def _model_row(variant: str, folder: Path) -> dict[str, Any]:
    meta = read_metadata(folder)
    stages = meta.get("stages", {})
    return {"variant": variant, "model_dir": str(folder), "base_model": meta.get("base_model"),
            "hyperparameters_sha256": meta.get("hyperparameters_sha256"),
            "pairs_used": meta.get("data", {}).get("pairs_used"),
            "sft_steps": meta.get("steps", {}).get("sft"),
            "dpo_steps": meta.get("steps", {}).get("dpo"),
            "sft_loss": stages.get("sft", {}).get("train_loss"),
            "dpo_loss": stages.get("dpo", {}).get("train_loss"),
            "data_sha256": " ".join(f["sha256"][:12] for f in meta.get("data", {})
                                    .get("files", []))}


def _fingerprint(folder: Path) -> str:
    return hashlib.sha256((Path(folder) / "training.json").read_bytes()).hexdigest()[:16]


def _cached_generate(variant: str, folder: Path, prompts: list[str], params: GenerationParams,
                     generate: GenerateFn, cache_dir: Path | None) -> list[str]:
    """Generate, reusing responses cached for this exact model, prompt and parameters."""
    if cache_dir is None:
        return generate(folder, prompts, params)
    key = {"model": _fingerprint(folder), "params": asdict(params)}
    path = cache_dir / f"{variant}.jsonl"
    cached: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry["model"] == key["model"] and entry["params"] == key["params"]:
                cached[entry["prompt"]] = entry["response"]
    missing = [p for p in dict.fromkeys(prompts) if p not in cached]
    if missing:
        fresh = generate(folder, missing, params)
        if len(fresh) != len(missing):
            raise ExperimentError(f"generation for {variant!r} returned {len(fresh)} responses "
                                  f"for {len(missing)} prompts")
        cache_dir.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            for prompt, response in zip(missing, fresh, strict=True):
                handle.write(json.dumps({**key, "prompt": prompt, "response": response}) + "\n")
                cached[prompt] = response
            handle.flush()
            os.fsync(handle.fileno())
    return [cached[p] for p in prompts]


def run_experiment(model_dirs: Mapping[str, Path], suite: Sequence[EvalPrompt],
                   generate: GenerateFn = generate_local,
                   classify: ClassifyFn = classify_taxonomy,
                   params: GenerationParams = GenerationParams(),
                   reference_variant: str | None = None, cache_dir: Path | None = None,
                   on_variant: Callable[[str], None] | None = None) -> ExperimentTables:
    """Evaluate trained model folders (variant -> folder) on a suite and compare them.

    Every prompt needs a group and a safety label (see `experiment_suite`). Refuses models
    trained with different hyper-parameters: the comparison is only fair when the data is
    the one thing that differs. Generations are cached in cache_dir when given.
    """
    if not model_dirs:
        raise ExperimentError("no models to compare")
    if not suite:
        raise ExperimentError("the prompt suite is empty")
    unusable = [p.prompt_id for p in suite if not p.group or p.unsafe is None]
    if unusable:
        raise ExperimentError(f"{len(unusable)} prompts lack a group or a safety label "
                              f"(first: {unusable[0]}); use experiment_suite() to select")
    models = pd.DataFrame([_model_row(v, Path(f)) for v, f in model_dirs.items()])
    recipes = models["hyperparameters_sha256"].unique()
    if len(recipes) > 1:
        listing = ", ".join(f"{r.variant}: {str(r.hyperparameters_sha256)[:12]}"
                            for r in models.itertuples())
        raise ExperimentError(f"the models were trained with different hyper-parameters "
                              f"({listing}); train every variant from one recipe")
    reference = reference_variant or ("full" if "full" in model_dirs else next(iter(model_dirs)))
    if reference not in model_dirs:
        raise ExperimentError(f"reference variant {reference!r} is not among the models "
                              f"({', '.join(model_dirs)})")
    prompts = [item.text for item in suite]
    unsafe = [bool(item.unsafe) for item in suite]
    frames = []
    for variant, folder in model_dirs.items():
        if on_variant:
            on_variant(variant)
        responses = _cached_generate(variant, Path(folder), prompts, params, generate, cache_dir)
        labels = classify(prompts, responses, unsafe)
        frames.append(pd.DataFrame({
            "variant": variant, "prompt_id": [i.prompt_id for i in suite],
            "suite": [i.suite for i in suite], "axis": [i.axis for i in suite],
            "group": [i.group for i in suite], "template_id": [i.template_id for i in suite],
            "safe": [not u for u in unsafe], "prompt": prompts, "response": responses,
            "label": labels, "refused": [classifier.is_refusal(label) for label in labels]}))
    responses = pd.concat(frames, ignore_index=True)
    rates = refusal_rates(responses)
    return ExperimentTables(models, responses, rates, group_tests(rates),
                            variant_tests(rates, reference), reference)


# ---------------------------------------------------------------------------
# report section
# ---------------------------------------------------------------------------
@dataclass
class ReportSection:
    """Data for one report section: the report module renders it; write_section saves it."""

    anchor: str
    title: str
    paragraphs: list[str]
    tables: dict[str, pd.DataFrame]
    figures: list[dict[str, Any]] = field(default_factory=list)  # plotly figure JSON


def _refusal_figure(rates: pd.DataFrame) -> dict[str, Any]:
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    classes = [c for c in ("safe", "unsafe") if c in set(rates["prompt_class"])]
    shared = rates.groupby("group")["axis"].nunique()
    rates = rates.assign(label=[g if shared[g] == 1 else f"{g} ({a})"
                                for g, a in zip(rates["group"], rates["axis"], strict=True)])
    figure = make_subplots(rows=1, cols=len(classes), shared_yaxes=True,
                           subplot_titles=[f"{c} prompts" for c in classes])
    for column, prompt_class in enumerate(classes, start=1):
        part = rates[rates["prompt_class"] == prompt_class]
        for index, (variant, rows) in enumerate(part.groupby("variant", sort=False)):
            figure.add_trace(go.Bar(
                x=rows["label"], y=rows["refusal_rate"], name=variant, legendgroup=variant,
                showlegend=column == 1, marker_color=_COLOURS[index % len(_COLOURS)],
                error_y={"type": "data", "symmetric": False,
                         "array": rows["ci_high"] - rows["refusal_rate"],
                         "arrayminus": rows["refusal_rate"] - rows["ci_low"]}),
                row=1, col=column)
    figure.update_layout(barmode="group", yaxis_title="refusal rate (95% Wilson interval)",
                         yaxis_range=[0, 1], template="plotly_white", height=420)
    return json.loads(figure.to_json())


_PAGE_CSS = ("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;"
             "padding:0 1em;color:#222}table{border-collapse:collapse;font-size:13px;"
             "margin-bottom:1.5em}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left}"
             "th{background:#f4f4f4}td{max-width:24em;overflow-wrap:anywhere}")
_COLOURS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860")


def comparison_section(tables: ExperimentTables, alpha: float = 0.05) -> ReportSection:
    """Report-section data: what each HH variant does to refusals, per group, with tests."""
    rates = tables.refusal_rates
    overall = (rates.groupby(["variant", "prompt_class"], sort=False)[["refusals", "n"]].sum()
               .reset_index())
    overall["refusal_rate"] = overall["refusals"] / overall["n"]
    paragraphs = [
        (f"{len(tables.models)} models trained from one base model "
        f"({tables.models['base_model'].iloc[0]}) with identical hyper-parameters "
        f"(recipe {str(tables.models['hyperparameters_sha256'].iloc[0])[:12]}); only the "
        "training data differs. Each answered the same safe and unsafe prompts about each "
        "group; responses were labelled with the response taxonomy (refusal = full, partial "
        "or harmful-assumption refusal)."),
    ]
    pairs = tables.models.set_index("variant")["pairs_used"]
    if pairs.nunique() > 1:
        paragraphs.append("The variants were trained on different numbers of pairs ("
                          + ", ".join(f"{v}: {n:,}" for v, n in pairs.items())
                          + "), so differences may reflect how much data as well as which; "
                          "set max_pairs in the recipe to compare equal amounts.")
    for row in overall.itertuples(index=False):
        paragraphs.append(f"{row.variant}: refuses {row.refusals} of {row.n} "
                          f"{row.prompt_class} prompts ({row.refusal_rate:.0%}).")
    flagged = tables.group_tests[tables.group_tests["p_holm"] < alpha] \
        if not tables.group_tests.empty else tables.group_tests
    if flagged.empty:
        paragraphs.append(f"No variant refuses some groups significantly more than others "
                          f"(chi-square, Holm-adjusted p >= {alpha}).")
    else:
        for row in flagged.itertuples(index=False):
            scope = "" if row.scope == "all" else f" ({row.scope})"
            paragraphs.append(f"{row.variant}: refusal of {row.prompt_class} prompts depends on "
                              f"the group{scope} (chi2 = {row.chi2:.1f}, Holm p = "
                              f"{row.p_holm:.3g}; rates span {row.rate_range:.0%}).")
    return ReportSection(
        anchor="training-experiment",
        title="What HH does to a model: refusals by training variant",
        paragraphs=paragraphs,
        tables={"models": tables.models, "refusal_rates": rates,
                "group_tests": tables.group_tests, "variant_tests": tables.variant_tests},
        figures=[_refusal_figure(rates)] if not rates.empty else [],
    )


def write_section(section: ReportSection, tables: ExperimentTables, out_dir: Path) -> list[Path]:
    """CSV for every table, responses included, and a standalone HTML page of the section."""
    import html

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in {**section.tables, "responses": tables.responses}.items():
        path = out_dir / f"{name}.csv"
        tmp = path.with_name(path.name + ".tmp")
        frame.to_csv(tmp, index=False)
        os.replace(tmp, path)
        written.append(path)
    figures = "".join(
        f'<div id="fig{i}"></div><script>Plotly.newPlot("fig{i}", {json.dumps(f["data"])}, '
        f'{json.dumps(f["layout"])});</script>' for i, f in enumerate(section.figures))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in section.paragraphs)
    body += "".join(f"<h3>{html.escape(name)}</h3>"
                    + frame.to_html(index=False, float_format=lambda x: f"{x:.3g}")
                    for name, frame in section.tables.items())
    from plotly.offline import get_plotlyjs

    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>"
            f"{html.escape(section.title)}</title><style>{_PAGE_CSS}</style>"
            f"<script>{get_plotlyjs()}</script></head><body>"
            f"<h2 id='{section.anchor}'>{html.escape(section.title)}</h2>{figures}{body}"
            "</body></html>")
    path = out_dir / "comparison.html"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)
    written.append(path)
    return written


def model_dirs_for(recipe, variants: Iterable[str]) -> dict[str, Path]:
    """variant -> trained model folder of a recipe."""
    from citeaudit.training import model_dir

    return {variant: model_dir(recipe, variant) for variant in variants}
