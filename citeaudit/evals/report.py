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
from citeaudit.core.stats import interval_text
from citeaudit.core.text import shorten
from citeaudit.evals.analysis import (
    DEFAULT_CLASSIFIER,
    classifier_agreement,
    eval_tables,
    quality_of_service_by,
)
from citeaudit.evals.classifier import LABELS
from citeaudit.evals.disparity import MIN_N
from citeaudit.evals.review import HUMAN_CLASSIFIER
from citeaudit.report.data import ExternalSection, TableData
from citeaudit.report.figures import LAYOUT, PALETTE, esc
from citeaudit.store import Store

SECTION_ID = "evaluation"
PERMUTATIONS = 10_000
PERMUTATION_SEED = 0
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
                   permutations: int = PERMUTATIONS) -> ExternalSection | None:
    """The evaluation section, or None when no classified generations are stored."""
    classifiers = store.evals.count_labels()
    chosen = choose_classifier(classifiers)
    if chosen is None:
        return None
    try:
        tables = eval_tables(store, chosen, correction=CORRECTION, permutations=permutations,
                             seed=PERMUTATION_SEED)
    except CiteauditError:
        return None  # labels exist but none for a stored generation
    by_gender = {by: quality_of_service_by(store, chosen, by) for by in ("gender", "intersection")}
    section = build_section(tables, chosen, classifiers,
                            _agreements(store, chosen, classifiers), permutations, by_gender)
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
                  permutations: int = PERMUTATIONS,
                  by_gender: dict[str, pd.DataFrame] | None = None) -> ExternalSection:
    """The section from `eval_tables`; `by_gender` adds the quality-of-service tables by
    gender and by intersection (`quality_of_service_by`) where prompts carry a gender."""
    shares, qos = tables["label_shares"], tables["quality_of_service"]
    models = sorted(shares["model"].unique())
    n_responses = int(shares.drop_duplicates(["model", "suite"])["n"].sum())
    intro = [
        (f"{n_responses:,} responses from {len(models)} model(s) "
         f"({', '.join(models)}), each labelled by the {_classifier_name(classifier)} with the "
         "response taxonomy (coding_scheme/response_taxonomy.yaml). A response counts as a "
         "refusal when its label is full refusal, partial refusal or refusal with a harmful "
         "assumption; a safe prompt is not served when it is refused or gets a non-answer."),
        ("Quality-of-service harm shows as safe prompts not served at different rates for the "
         "groups they name; refusal of unsafe prompts is the intended behaviour and is shown "
         "beside it. Every rate and test is within one model, suite and prompt class, never "
         "pooled across them."),
        ("Does it depend on the group? A permutation test shuffles the group labels within "
         f"each template ({permutations:,} times, seed {PERMUTATION_SEED}), so prompts made "
         "from one template are compared only with each other; it gives p-values for the "
         "chi-square across groups and for the gap between the highest and lowest group, and "
         "the chance gap, the gap that shuffled labels exceed only 5% of the time. "
         "Detectable is the difference from the base rate found with 80% power at the median "
         "group size; a test that could not find a 25-point difference is called "
         "uninformative."),
        ("Intervals: Wilson 95% score intervals for rates, Newcombe 95% intervals for a "
         "group's difference from all other groups, and 95% intervals of the odds ratio "
         "against the reference group from a logistic GEE with template-clustered errors "
         "(they describe the size of a difference; the permutation test decides whether there "
         "is one: docs/validation.md)."),
        (f"Cells with fewer than {MIN_N} responses are greyed: too few to compare. "
         "Rates are rounded to 4 decimals and p-values to 3 significant digits; "
         "“citeaudit eval disparity” writes the unrounded tables as CSV."),
    ]
    figures = [label_share_figure(shares)]
    keys = list(dict.fromkeys(zip(qos["model"], qos["suite"], strict=True))) \
        if not qos.empty else []
    figures += [refusal_figure(qos[(qos["model"] == m) & (qos["suite"] == s)], f"{m} · {s}")
                for m, s in keys[:MAX_MODEL_FIGURES]]
    if not tables["heatmap"].empty and len(tables["heatmap"]) > 1:
        figures.append(heatmap_figure(tables["rates"]))
    section_tables = [
        label_share_table(shares), quality_of_service_table(qos),
        *(quality_of_service_table(extra, by) for by, extra in (by_gender or {}).items()
          if not extra.empty),
        tests_table(tables["tests"], permutations), group_vs_rest_table(tables["group_vs_rest"]),
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
        kappa += interval_text(a["kappa_low"], a["kappa_high"])
        r_kappa = "undefined" if a["refusal_kappa"] is None else f"{a['refusal_kappa']:.3f}"
        r_kappa += interval_text(a["refusal_kappa_low"], a["refusal_kappa_high"])
        facts.append((f"Agreement with {other}",
                      f"n = {a['n']:,}; same label {a['agreement']:.1%} (Cohen's kappa {kappa}); "
                      f"refusal or not {a['refusal_agreement']:.1%} (kappa {r_kappa})"))
    if HUMAN_CLASSIFIER not in classifiers:
        facts.append(("Human review", "none stored yet (citeaudit eval review export)"))
    facts.append(("Multiple comparisons", "Holm and Benjamini-Hochberg across the groups of "
                  "one model, suite, prompt class and outcome"))
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


UNIT_WORDS = {"group": "group", "gender": "gender (prompts naming a woman or a man: the "
              "names suite)", "intersection": "group x gender intersection (names suite)"}


def quality_of_service_table(qos: pd.DataFrame, by: str = "group") -> TableData:
    rows = [[r.model, r.suite, getattr(r, by), int(r.safe_n), rate(r.safe_not_served),
             rate(r.safe_not_served_low), rate(r.safe_not_served_high), rate(r.safe_refusal),
             rate(r.safe_non_answer), int(r.unsafe_n), rate(r.unsafe_refusal),
             rate(r.unsafe_refusal_low), rate(r.unsafe_refusal_high)]
            for r in qos.itertuples()]
    muted = [i for i, r in enumerate(qos.itertuples()) if r.safe_too_small]
    return TableData(f"Quality of service per {UNIT_WORDS[by]}: safe prompts not served "
                     "(refusal + non-answer, each also apart) beside unsafe prompts refused, "
                     "with Wilson 95% intervals; n = responses in the cell (greyed: too few)",
                     ["model", "suite", by, "safe n", "not served", "low", "high",
                      "refusal", "non-answer", "unsafe n", "unsafe refused", "unsafe low",
                      "unsafe high"], rows, muted)


def tests_table(tests: pd.DataFrame, permutations: int = PERMUTATIONS) -> TableData:
    rows = [[r.model, r.suite, r.prompt_class, r.outcome.replace("_", " "), int(r.groups),
             int(r.min_group_n), rate(r.gap), rate(r.gap_chance), p_value(r.gap_p),
             stat(r.chi2), p_value(r.chi2_perm_p), p_value(r.chi2_asymptotic_p),
             rate(r.mdd_80), r.verdict] for r in tests.itertuples()] if not tests.empty else []
    muted = [i for i, r in enumerate(tests.itertuples()) if r.small_groups] \
        if not tests.empty else []
    return TableData("Does it depend on the group? Per model, suite, prompt class and outcome: "
                     "the gap (highest minus lowest group rate) against the chance gap (95th "
                     f"percentile with group labels shuffled within template, {permutations:,} "
                     "permutations), permutation p-values of the gap and of the chi-square "
                     "across groups, the asymptotic chi-square p (ignores templates), and the "
                     "difference detectable with 80% power",
                     ["model", "suite", "prompts", "outcome", "groups", "smallest n", "gap",
                      "chance gap", "gap p", "chi-square", "p", "asymptotic p", "detectable",
                      "verdict"], rows, muted)


def group_vs_rest_table(vs_rest: pd.DataFrame) -> TableData:
    rows = [[r.model, r.suite, r.prompt_class, r.outcome.replace("_", " "), r.group, int(r.n),
             rate(r.rate), rate(r.rest_rate), rate(r.difference), rate(r.diff_low),
             rate(r.diff_high), p_value(r.perm_p), p_value(r.perm_p_holm), p_value(r.perm_p_bh),
             p_value(r.cmh_p), stat(r.odds_ratio), stat(r.or_low), stat(r.or_high)]
            for r in vs_rest.itertuples()] if not vs_rest.empty else []
    muted = [i for i, r in enumerate(vs_rest.itertuples()) if r.too_small] \
        if not vs_rest.empty else []
    return TableData("Each group against all other responses of its model, suite and prompt "
                     "class: difference with Newcombe 95% interval, permutation p (labels "
                     "shuffled within template) with Holm and Benjamini-Hochberg adjustment, "
                     "the template-stratified CMH p, and the GEE odds ratio against the "
                     "reference group (1 for the reference itself) with its 95% interval",
                     ["model", "suite", "prompts", "outcome", "group", "n", "rate", "rest rate",
                      "difference", "diff low", "diff high", "p", "p Holm", "p BH", "CMH p",
                      "odds ratio", "OR low", "OR high"], rows, muted)


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


def refusal_figure(qos: pd.DataFrame, title: str) -> go.Figure:
    """Per group: safe prompts not served and unsafe prompts refused, Wilson 95% bars."""
    groups = [esc(shorten(str(g), 30)) for g in qos["group"]]
    fig = go.Figure()
    for name, column, colour in (("safe prompts not served", "safe_not_served", SAFE_COLOUR),
                                 ("unsafe prompts refused", "unsafe_refusal", UNSAFE_COLOUR)):
        rates = [rate(v) for v in qos[column]]
        lows = [rate(v) for v in qos[f"{column}_low"]]
        highs = [rate(v) for v in qos[f"{column}_high"]]
        n_column = "safe_n" if column.startswith("safe") else "unsafe_n"
        fig.add_bar(
            name=name, x=groups, y=rates, marker_color=colour,
            error_y={"type": "data", "symmetric": False,
                     "array": [None if r is None else h - r for r, h in
                               zip(rates, highs, strict=True)],
                     "arrayminus": [None if r is None else r - lo for r, lo in
                                    zip(rates, lows, strict=True)],
                     "color": "#3a3a3a", "thickness": 1.2},
            hovertext=[esc(f"n = {n}") for n in qos[n_column]], hoverinfo="text+y")
    return _layout(fig, f"{title}: quality of service per group (Wilson 95% intervals)",
                   barmode="group", yaxis={"range": [0, 1.05], "title": "rate",
                                           "tickformat": ".0%"})


def heatmap_figure(rates: pd.DataFrame) -> go.Figure:
    """Headline rate per model, suite and prompt class (rows) x group: safe prompts not
    served, unsafe prompts refused; never pooled."""
    headline = rates["not_served_rate"].where(rates["prompt_class"] == "safe",
                                              rates["refusal_rate"])
    rows = rates.assign(rate=headline, row=[
        f"{m} · {s} · {'not served' if c == 'safe' else 'refused'} ({c})"
        for m, s, c in zip(rates["model"], rates["suite"], rates["prompt_class"], strict=True)])
    pivot = rows.pivot(index="row", columns="group", values="rate")
    counts = rows.pivot(index="row", columns="group", values="n")
    z = [[rate(v) for v in row] for row in pivot.to_numpy()]
    text = [[("" if _missing(v) else f"{v:.0%} (n={int(n)})") for v, n in zip(row, nrow,
                                                                              strict=True)]
            for row, nrow in zip(pivot.to_numpy(), counts.to_numpy(), strict=True)]
    fig = go.Figure(go.Heatmap(
        z=z, x=[esc(shorten(str(g), 30)) for g in pivot.columns],
        y=[esc(shorten(str(m), 60)) for m in pivot.index], zmin=0, zmax=1,
        colorscale="Blues", text=text, texttemplate="%{text}", hoverinfo="text",
        colorbar={"title": "rate", "tickformat": ".0%"}))
    return _layout(fig, "Per model, suite and prompt class: safe prompts not served, unsafe "
                   "prompts refused", height=max(280, 50 * len(pivot) + 160),
                   margin={"l": 320, "r": 20, "t": 90, "b": 50})
