"""The model-evaluation section of the HTML report (provider `report_section`).

Everything shown comes from `analysis.eval_tables` on the stored labels: tables hold the
numbers rounded for reading (shares and rates to 4 decimals, p-values to 3 significant
digits), figures draw the same values. No HTML here; the report escapes all text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from citeaudit.core.errors import CiteauditError
from citeaudit.core.text import shorten
from citeaudit.evals.analysis import DEFAULT_CLASSIFIER, classifier_agreement, eval_tables
from citeaudit.evals.classifier import LABELS
from citeaudit.evals.review import HUMAN_CLASSIFIER
from citeaudit.report.data import ExternalSection, TableData
from citeaudit.report.figures import LAYOUT, PALETTE, esc
from citeaudit.store import Store

SECTION_ID = "evaluation"
BOOTSTRAP_DRAWS = 1000
BOOTSTRAP_SEED = 0
CORRECTION = "holm"
MAX_MODEL_FIGURES = 6
SAFE_COLOUR, UNSAFE_COLOUR = "#2f6690", "#d1495b"


def rate(value: Any) -> float | None:
    """A share or rate as shown in the tables (4 decimals; None for NaN)."""
    return None if _missing(value) else round(float(value), 4)


def p_value(value: Any) -> float | None:
    """A p-value as shown (3 significant digits, so small ones keep their size)."""
    return None if _missing(value) else float(f"{float(value):.3g}")


def stat(value: Any) -> float | None:
    return None if _missing(value) else round(float(value), 3)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def choose_classifier(classifiers: dict[str, int]) -> str | None:
    """The labels the section reports: the offline rules, else another automatic classifier
    (e.g. an LLM judge), else the human review."""
    if DEFAULT_CLASSIFIER in classifiers:
        return DEFAULT_CLASSIFIER
    automatic = sorted(c for c in classifiers if c != HUMAN_CLASSIFIER)
    if automatic:
        return automatic[0]
    return HUMAN_CLASSIFIER if HUMAN_CLASSIFIER in classifiers else None


def report_section(store: Store, paper_ids: Sequence[str] | None = None,
                   n_boot: int = BOOTSTRAP_DRAWS) -> ExternalSection | None:
    """The evaluation section, or None when no classified generations are stored."""
    classifiers = store.evals.count_labels()
    chosen = choose_classifier(classifiers)
    if chosen is None:
        return None
    try:
        tables = eval_tables(store, chosen, correction=CORRECTION, n_boot=n_boot,
                             seed=BOOTSTRAP_SEED)
    except CiteauditError:
        return None  # labels exist but none for a stored generation
    section = build_section(tables, chosen, classifiers,
                            _agreements(store, chosen, classifiers), n_boot)
    for judge, n in store.evals.count_judge_unlabelled().items():
        section.facts.append((f"Left unlabelled by {judge}", f"{n:,} responses (invalid "
                              "answers twice; reasons in eval_judge_answers)"))
    return section


def _agreements(store: Store, chosen: str, classifiers: dict[str, int]) -> list[dict]:
    others = [c for c in classifiers if c != chosen]
    if HUMAN_CLASSIFIER in others:  # people first
        others.remove(HUMAN_CLASSIFIER)
        others.insert(0, HUMAN_CLASSIFIER)
    return [a for a in (classifier_agreement(store, chosen, other) for other in others)
            if a["n"]]


def build_section(tables: dict[str, pd.DataFrame], classifier: str,
                  classifiers: dict[str, int], agreements: list[dict],
                  n_boot: int = BOOTSTRAP_DRAWS) -> ExternalSection:
    shares, qos = tables["label_shares"], tables["quality_of_service"]
    models = sorted(shares["model"].unique())
    n_responses = int(shares.drop_duplicates(["model", "suite"])["n"].sum())
    intro = [
        (f"{n_responses:,} responses from {len(models)} model(s) "
         f"({', '.join(models)}), each labelled by the {_classifier_name(classifier)} with the "
         "response taxonomy (coding_scheme/response_taxonomy.yaml). A response counts as a "
         "refusal when its label is full refusal, partial refusal or refusal with a harmful "
         "assumption."),
        ("Quality-of-service harm shows as refusal of safe prompts that differs between the "
         "groups they name; refusal of unsafe prompts is the intended behaviour. Intervals are "
         "Wilson 95% score intervals for rates, Newcombe intervals for differences, and a "
         f"template-clustered bootstrap ({n_boot:,} draws, seed {BOOTSTRAP_SEED}) for the gap "
         "and ratio, because prompts made from one template are not independent."),
        ("The tables give n for every cell; rates and shares are rounded to 4 decimals and "
         "p-values to 3 significant digits; “citeaudit eval disparity” writes the unrounded "
         "tables as CSV."),
    ]
    figures = [label_share_figure(shares)]
    figures += [refusal_figure(qos[qos["model"] == m], m) for m in models[:MAX_MODEL_FIGURES]
                if not qos.empty and (qos["model"] == m).any()]
    if len(models) > 1 and not tables["rates"].empty:
        figures.append(heatmap_figure(tables["rates"]))
    section_tables = [
        label_share_table(shares), refusal_table(qos), tests_table(tables["tests"]),
        group_vs_rest_table(tables["group_vs_rest"]), gaps_table(tables["gaps"], n_boot),
    ]
    return ExternalSection(
        id=SECTION_ID, title="Model evaluation", intro=intro, figures=figures,
        tables=[t for t in section_tables if t.rows],
        facts=_facts(classifier, classifiers, agreements, n_responses),
    )


def _classifier_name(classifier: str) -> str:
    if classifier == DEFAULT_CLASSIFIER:
        return "offline rule classifier (rules)"
    if classifier == HUMAN_CLASSIFIER:
        return "human reviewers (human)"
    if classifier.startswith("judge:"):
        return f"LLM judge {classifier.removeprefix('judge:')} ({classifier})"
    return f"classifier {classifier}"


def _facts(classifier: str, classifiers: dict[str, int], agreements: list[dict],
           n_responses: int) -> list[tuple[str, str]]:
    facts = [("Labels reported", f"{_classifier_name(classifier)}: {n_responses:,} responses"),
             ("Labels stored", "; ".join(f"{name}: {n:,}" for name, n in classifiers.items()))]
    for a in agreements:
        other = "human review" if a["second"] == HUMAN_CLASSIFIER else a["second"]
        kappa = "undefined" if a["kappa"] is None else f"{a['kappa']:.3f}"
        r_kappa = "undefined" if a["refusal_kappa"] is None else f"{a['refusal_kappa']:.3f}"
        facts.append((f"Agreement with {other}",
                      f"n = {a['n']:,}; same label {a['agreement']:.1%} (Cohen's kappa {kappa}); "
                      f"refusal or not {a['refusal_agreement']:.1%} (kappa {r_kappa})"))
    if HUMAN_CLASSIFIER not in classifiers:
        facts.append(("Human review", "none stored yet (citeaudit eval review export)"))
    facts.append(("Multiple comparisons", f"{CORRECTION.capitalize()} correction within each "
                  "model and prompt set (p adjusted columns)"))
    return facts


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------
def _label_order(labels: Sequence[str]) -> list[str]:
    return [x for x in LABELS if x in labels] + sorted(set(labels) - set(LABELS))


def label_share_table(shares: pd.DataFrame) -> TableData:
    rows = [[r.model, r.suite, r.label, int(r.count), int(r.n), rate(r.share)]
            for r in shares.itertuples()]
    return TableData("Response classes per model and suite: count of each label, n responses "
                     "of that model and suite, share = count / n",
                     ["model", "suite", "label", "count", "n", "share"], rows)


def refusal_table(qos: pd.DataFrame) -> TableData:
    rows = [[r.model, r.group, int(r.safe_n), rate(r.safe_refusal), rate(r.safe_low),
             rate(r.safe_high), int(r.unsafe_n), rate(r.unsafe_refusal), rate(r.unsafe_low),
             rate(r.unsafe_high)] for r in qos.itertuples()]
    return TableData("Refusal rate per group on safe and on unsafe prompts, with Wilson 95% "
                     "intervals (n = responses in the cell)",
                     ["model", "group", "safe n", "safe refusal", "safe low", "safe high",
                      "unsafe n", "unsafe refusal", "unsafe low", "unsafe high"], rows)


def tests_table(tests: pd.DataFrame) -> TableData:
    rows = [[r.model, r.prompts, int(r.groups), int(r.n), stat(r.chi2), int(r.dof),
             p_value(r.p_value), p_value(r.fisher_p)] for r in tests.itertuples()]
    return TableData("Does refusal depend on the group? Chi-square test of independence "
                     "(group x refused) per model and prompt set; Fisher's exact test where "
                     "there are two groups",
                     ["model", "prompts", "groups", "n", "chi-square", "dof", "p",
                      "Fisher p"], rows)


def group_vs_rest_table(vs_rest: pd.DataFrame) -> TableData:
    rows = [[r.model, r.prompts, r.group, int(r.n), rate(r.rate), rate(r.rest_rate),
             rate(r.difference), rate(r.diff_low), rate(r.diff_high), p_value(r.p_value),
             p_value(r.p_adjusted), stat(r.cmh_chi2), p_value(r.cmh_p),
             p_value(r.cmh_p_adjusted), stat(r.mh_odds_ratio)]
            for r in vs_rest.itertuples()] if not vs_rest.empty else []
    return TableData("Each group against all other responses: refusal difference with "
                     "Newcombe 95% interval, two-proportion z-test, and the Cochran-Mantel-"
                     f"Haenszel test stratified by template; p adjusted = {CORRECTION} "
                     "within model and prompt set",
                     ["model", "prompts", "group", "n", "rate", "rest rate", "difference",
                      "diff low", "diff high", "p", "p adjusted", "CMH chi-square", "CMH p",
                      "CMH p adjusted", "MH odds ratio"], rows)


def gaps_table(gaps: pd.DataFrame, n_boot: int) -> TableData:
    rows = [[r.model, r.prompts, r.max_group, r.min_group, rate(r.gap), rate(r.gap_low),
             rate(r.gap_high), rate(r.min_max_ratio), rate(r.ratio_low), rate(r.ratio_high),
             int(r.templates), int(r.bootstrap_draws)] for r in gaps.itertuples()]
    return TableData("Largest gap between groups (highest minus lowest refusal rate) and "
                     "ratio (lowest / highest), with template-clustered bootstrap 95% "
                     f"intervals ({n_boot:,} draws requested; draws kept = those with every "
                     "group present)",
                     ["model", "prompts", "highest", "lowest", "gap", "gap low", "gap high",
                      "ratio", "ratio low", "ratio high", "templates", "draws kept"], rows)


# ---------------------------------------------------------------------------
# figures
# ---------------------------------------------------------------------------
def _layout(fig: go.Figure, title: str, **extra: Any) -> go.Figure:
    heading = {"text": esc(title), "x": 0, "y": 0.98, "yanchor": "top", "font": {"size": 15}}
    fig.update_layout(**{**LAYOUT, "title": heading, **extra})
    return fig


def label_share_figure(shares: pd.DataFrame) -> go.Figure:
    """Stacked shares of each response class, one bar per model and suite."""
    keys = list(dict.fromkeys(zip(shares["model"], shares["suite"], strict=True)))
    names = [esc(shorten(f"{m} · {s}", 50)) for m, s in keys]
    fig = go.Figure()
    for i, label in enumerate(_label_order(list(shares["label"].unique()))):
        part = shares[shares["label"] == label].set_index(["model", "suite"])
        cells = [part.loc[k] if k in part.index else None for k in keys]
        fig.add_bar(
            name=esc(label.replace("_", " ")), orientation="h", y=names,
            x=[0.0 if c is None else rate(c["share"]) for c in cells],
            marker_color=PALETTE[i % len(PALETTE)],
            hovertext=[esc(f"{label}: {0 if c is None else int(c['count'])} of "
                           f"{0 if c is None else int(c['n'])}") for c in cells],
            hoverinfo="text+x")
    return _layout(fig, "Response classes per model and suite (share of responses)",
                   barmode="stack", legend={**LAYOUT["legend"], "traceorder": "normal"},
                   xaxis={"range": [0, 1], "title": "share",
                                           "tickformat": ".0%"},
                   height=max(300, 40 * len(keys) + 160),
                   margin={"l": 220, "r": 20, "t": 90, "b": 50})


def refusal_figure(qos: pd.DataFrame, model: str) -> go.Figure:
    """Refusal per group on safe and unsafe prompts with Wilson 95% error bars."""
    groups = [esc(shorten(str(g), 30)) for g in qos["group"]]
    fig = go.Figure()
    for name, colour in (("safe", SAFE_COLOUR), ("unsafe", UNSAFE_COLOUR)):
        rates = [rate(v) for v in qos[f"{name}_refusal"]]
        lows, highs = [rate(v) for v in qos[f"{name}_low"]], [rate(v) for v in qos[f"{name}_high"]]
        fig.add_bar(
            name=f"{name} prompts", x=groups, y=rates, marker_color=colour,
            error_y={"type": "data", "symmetric": False,
                     "array": [None if r is None else h - r for r, h in
                               zip(rates, highs, strict=True)],
                     "arrayminus": [None if r is None else r - lo for r, lo in
                                    zip(rates, lows, strict=True)],
                     "color": "#3a3a3a", "thickness": 1.2},
            hovertext=[esc(f"n = {n}") for n in qos[f"{name}_n"]], hoverinfo="text+y")
    return _layout(fig, f"{model}: refusal rate per group (Wilson 95% intervals)",
                   barmode="group", yaxis={"range": [0, 1.05], "title": "refusal rate",
                                           "tickformat": ".0%"})


def heatmap_figure(rates: pd.DataFrame) -> go.Figure:
    """Refusal rate (all prompts) per model x group."""
    pivot = rates.pivot(index="model", columns="group", values="rate")
    counts = rates.pivot(index="model", columns="group", values="n")
    z = [[rate(v) for v in row] for row in pivot.to_numpy()]
    text = [[("" if _missing(v) else f"{v:.0%} (n={int(n)})") for v, n in zip(row, nrow,
                                                                              strict=True)]
            for row, nrow in zip(pivot.to_numpy(), counts.to_numpy(), strict=True)]
    fig = go.Figure(go.Heatmap(
        z=z, x=[esc(shorten(str(g), 30)) for g in pivot.columns],
        y=[esc(shorten(str(m), 40)) for m in pivot.index], zmin=0, zmax=1,
        colorscale="Blues", text=text, texttemplate="%{text}", hoverinfo="text",
        colorbar={"title": "refusal", "tickformat": ".0%"}))
    return _layout(fig, "Refusal rate per model and group (all prompts)",
                   height=max(280, 50 * len(pivot) + 160))
