"""The dataset-audit section of the HTML report (provider `report_section`).

Everything shown is read from the latest finished audit run in the store (measures,
identity counts, topics, problems) and from the `hh_pair_labels` codes; nothing is
recomputed from the HH files. The tables' rows come from `tables` (shared with `audit show`);
here they are captioned and formatted. Intervals are Wilson 95% score intervals of stored counts.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import plotly.graph_objects as go

from citeaudit.audit import tables
from citeaudit.audit.pairlabel import VALIDATION
from citeaudit.audit.sample import (
    AUDIT_Z,
    CODEBOOK,
    label_agreement,
    label_prevalence,
    label_shares,
    trust_line,
)
from citeaudit.audit.tables import LABELS, SIDES, file_label, n_units
from citeaudit.core.stats import wilson_interval
from citeaudit.core.text import percent
from citeaudit.report.data import ExternalSection, TableData
from citeaudit.report.figures import LAYOUT, PALETTE, esc
from citeaudit.store import Store, loads

CHOSEN, REJECTED = "#2f6690", "#d1495b"
TOP_GROUPS = 15


def report_section(store: Store, paper_ids: list[str] | None = None, *,
                   run_id: int | None = None, problem_limit: int = 20
                   ) -> ExternalSection | None:
    """The audit section for the report (of run `run_id`, default the latest finished one),
    or None when there is no such run; `problem_limit` caps the malformed records listed."""
    run = store.audit.get_run(run_id)
    if run is None:
        return None
    run_id = run["run_id"]
    measures = store.audit.get_measures(run_id)
    sources = [dict(r) for r in store.audit.list_sources(run_id)]
    settings = loads(run["settings_json"], {}) or {}
    pairs = {k: m for k, m in measures.items() if "refusal" in m}
    red_team = {k: m for k, m in measures.items() if "red_team_by_model" in m}
    section = ExternalSection(id="audit", title="Dataset audit: HH-RLHF")
    n_records = sum(s["n_records"] or 0 for s in sources)
    n_bad = sum(s["n_problems"] or 0 for s in sources)
    section.intro = [
        f"Audit run {run_id} read {len(sources)} HH file(s): {n_records:,} records, "
        f"{n_bad:,} malformed. Every figure and table below is read from that stored run "
        "(`citeaudit audit show --json` prints the same numbers); intervals are Wilson 95% "
        "score intervals. Chosen = the response crowdworkers preferred; rejected = the other.",
    ]
    section.facts = _facts(run, settings, sources, measures)
    _add(section, None, _sizes_table(measures))
    if pairs:
        _add(section, _turns_figure(pairs))
        _add(section, _lengths_figure(pairs), _lengths_table(pairs))
        _add(section, None, _quality_table(pairs))
        _add(section, _refusal_figure(pairs), _refusal_table(pairs))
    _add(section, None, _duplicates_table(measures))
    if any("harm" in m for m in measures.values()):
        _add(section, _harm_figure(measures), _harm_table(measures))
    identity = [dict(r) for r in store.audit.list_identity(run_id)]
    if identity:
        _add(section, _identity_figure(identity, measures), _identity_table(identity))
    topics = [dict(r) for r in store.audit.list_topics(run_id)]
    if topics:
        _add(section, None, _topics_table(topics))
    if red_team:
        _add(section, _ratings_figure(red_team), _red_team_table(red_team))
    _labels(section, store, run_id)
    if n_bad:
        _add(section, None, _problem_kinds_table(measures))
        _add(section, None, _problems_table(store, run_id, problem_limit))
    else:
        section.facts.append(("Malformed records", "none in any file"))
    return section


# ---------------------------------------------------------------------------
# Assembly helpers
# ---------------------------------------------------------------------------
def _layout(fig: go.Figure, title: str, **extra: Any) -> go.Figure:
    """The report's common layout (fonts, margins, legend on top) with an escaped title."""
    heading = {"text": esc(title), "x": 0, "y": 0.98, "yanchor": "top", "font": {"size": 15}}
    fig.update_layout(**{**LAYOUT, "title": heading, **extra})
    return fig


def _add(section: ExternalSection, figure: tuple[go.Figure, str] | None,
         table: TableData | None = None) -> None:
    if figure is not None:
        section.figures.append(figure[0])
        section.figure_captions.append(figure[1])
    if table is not None and table.rows:
        section.tables.append(table)


def _zero(value: Any) -> Any:
    """A stored count, or 0 where the run stored none (the report shows 0 there)."""
    return 0 if value is None else value


def _counts(by_category: list[tuple[str, int]]) -> str:
    return ", ".join(f"{c} {v:,}" for c, v in by_category)


def _share_cells(k: int, n: int) -> list[Any]:
    """Count, share and Wilson 95% interval of k of n."""
    return [k, percent(k, n), _ci(k, n)]


def _ci(k: int, n: int) -> str:
    if not n:
        return "n/a"
    low, high = wilson_interval(k, n, z=AUDIT_Z)
    return f"{low:.1%} to {high:.1%}"


def _error_bars(counts: list[tuple[int, int]]) -> dict[str, Any]:
    """Plotly asymmetric error bars (Wilson 95%) for shares k/n."""
    plus, minus = [], []
    for k, n in counts:
        low, high = wilson_interval(k, n, z=AUDIT_Z) if n else (0.0, 0.0)
        share = k / n if n else 0.0
        plus.append(max(0.0, high - share))
        minus.append(max(0.0, share - low))
    return {"type": "data", "symmetric": False, "array": plus, "arrayminus": minus,
            "thickness": 1.2, "width": 4}


# ---------------------------------------------------------------------------
# Facts and sizes
# ---------------------------------------------------------------------------
def _facts(run: Any, settings: dict[str, Any], sources: list[dict[str, Any]],
           measures: dict[tuple[str, str], dict[str, Any]]) -> list[tuple[str, str]]:
    method = next((m["duplicates"]["method"] for m in measures.values() if "duplicates" in m),
                  "not computed")
    facts = [
        ("Audit run", f"{run['run_id']}, started {run['created_at']}, finished "
                      f"{run['finished_at'] or 'not finished'}"),
        ("Files", "; ".join(f"{s['subset']}/{s['split']}: {s['path']} (sha256 "
                            f"{s['sha256'][:12]}…, {s['n_records'] or 0:,} records)"
                            for s in sources)),
        ("Refusal classifier", str(settings.get("classifier", "builtin"))
         + " (phrase rules at the start of the response; see "
           "citeaudit/audit/refusal.py)"),
        ("Harm signal", str(settings.get("harm_detector", "harm-cues"))
         + " (a harmful request in any human turn and a response that goes along with "
           "it, an insult or slur, or a harmful act suggested unasked; cues in "
           "coding_scheme/harm_cues.yaml)"),
        ("Automatic labels' agreement with people", f"hand-labelled gold: {VALIDATION}; "
         "on this store's hand-labelled sample, where there is one, in the table of automatic "
         "vs hand labels below"),
        ("Identity lexicon", str(settings.get("lexicon_source") or "default")),
        ("Near duplicates", method),
        ("Truncated", "a non-empty response whose last character is not sentence-final "
                      "punctuation, a closing bracket or quote, or a digit"),
    ]
    return facts


def _sizes_table(measures: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = [[r["file"], r["records"], r["malformed"], r["turns_mean"], r["turns_p50"],
             r["turns_p90"], r["turns_max"]] for r in tables.sizes(measures)]
    return TableData(
        "Table A1. Records per subset and split, and human turns per conversation "
        "(mean, median, 90th percentile, maximum).",
        ["subset/split", "records", "malformed", "turns mean", "turns p50", "turns p90",
         "turns max"], rows)


def _turns_figure(pairs: dict[tuple[str, str], dict[str, Any]]) -> tuple[go.Figure, str]:
    fig = go.Figure()
    for i, (key, m) in enumerate(sorted(pairs.items())):
        hist = m["turns"]["histogram"]
        n = n_units(m) or 1
        turns = sorted(hist, key=int)
        fig.add_bar(name=esc(file_label(key)), x=turns, y=[hist[t] / n for t in turns],
                    marker_color=PALETTE[i % len(PALETTE)],
                    hovertext=[esc(f"{hist[t]:,} of {n:,} pairs") for t in turns])
    _layout(fig, "Human turns per conversation", barmode="group", xaxis_type="category",
            xaxis_title="human turns", yaxis={"title": "share of pairs", "tickformat": ".0%"})
    return fig, ("Figure A1. Share of pairs by number of human turns in the prompt, per "
                 "subset and split (counts on hover; Table A1 has the summary).")


# ---------------------------------------------------------------------------
# Lengths and response quality
# ---------------------------------------------------------------------------
def _bin_start(label: str) -> int:
    return int(label.split("-")[0].rstrip("+"))


def _lengths_figure(pairs: dict[tuple[str, str], dict[str, Any]]) -> tuple[go.Figure, str]:
    fig = go.Figure()
    for i, (key, m) in enumerate(sorted(pairs.items())):
        hists = m.get("length_histograms", {})
        for side, colour, dash in (("chosen", CHOSEN, "solid"), ("rejected", REJECTED, "dot")):
            hist = hists.get(side, {})
            total = sum(hist.values()) or 1
            bins = sorted(hist, key=_bin_start)
            fig.add_scatter(
                name=esc(f"{file_label(key)} {side}" if len(pairs) > 1 else side), x=bins,
                y=[hist[b] / total for b in bins], mode="lines+markers",
                line={"color": colour if len(pairs) == 1 else PALETTE[i % len(PALETTE)],
                      "dash": dash, "width": 1.6}, marker={"size": 4},
                hovertext=[esc(f"{hist[b]:,} responses of {total:,}") for b in bins])
    _layout(fig, "Length of the final response (words), chosen vs rejected",
            xaxis={"title": "words (bins of 10; 500+ pooled)", "type": "category"},
            yaxis={"title": "share of responses", "tickformat": ".0%"})
    return fig, ("Figure A2. Distribution of final-response lengths in words, from the "
                 "stored 10-word histograms; solid = chosen, dotted = rejected. Table A2 "
                 "gives the exact quantiles.")


def _lengths_table(pairs: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = [[r["file"], *(r[f"{side}_words_{q}"] for side in SIDES for q in ("mean", "p50", "p90")),
             r["chosen_longer"], r["rejected_longer"], r["same_length"]]
            for r in tables.responses(pairs)]
    return TableData(
        "Table A2. Final-response length in words (mean, median, 90th percentile) for chosen "
        "and rejected responses, and in how many pairs each side is the longer one.",
        ["subset/split", "chosen mean", "chosen p50", "chosen p90", "rejected mean",
         "rejected p50", "rejected p90", "chosen longer", "rejected longer", "same length"],
        rows)


def _quality_table(pairs: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = []
    for r in tables.responses(pairs):
        n, ident = r["pairs"], _zero(r["identical"])
        trunc = {side: _zero(r[f"{side}_truncated"]) for side in SIDES}
        rows.append([r["file"], n, ident, percent(ident, n), _zero(r["chosen_empty"]),
                     _zero(r["rejected_empty"]), trunc["chosen"], percent(trunc["chosen"], n),
                     trunc["rejected"], percent(trunc["rejected"], n)])
    return TableData(
        "Table A3. Pairs whose chosen and rejected responses are identical, empty responses, "
        "and responses that look truncated (rule in the facts above).",
        ["subset/split", "pairs", "identical", "identical %", "empty chosen",
         "empty rejected", "truncated chosen", "truncated chosen %", "truncated rejected",
         "truncated rejected %"], rows)


# ---------------------------------------------------------------------------
# Refusal and evasion
# ---------------------------------------------------------------------------
def _refusal_figure(pairs: dict[tuple[str, str], dict[str, Any]]) -> tuple[go.Figure, str]:
    rows = tables.responses(pairs)
    x = [esc(f"{r['file']} · {label}") for label in ("refusal", "evasion") for r in rows]
    fig = go.Figure()
    for side, colour in (("chosen", CHOSEN), ("rejected", REJECTED)):
        counts = [(r[f"{side}_label_{label}"], r[f"{side}_labelled"])
                  for label in ("refusal", "evasion") for r in rows]
        fig.add_bar(name=side, x=x, y=[k / n if n else 0 for k, n in counts],
                    marker_color=colour, error_y=_error_bars(counts),
                    hovertext=[esc(f"{k:,} of {n:,}") for k, n in counts])
    _layout(fig, "Refusal and evasion in chosen vs rejected responses", barmode="group",
            yaxis={"title": "share of responses", "tickformat": ".0%"})
    return fig, ("Figure A3. Share of final responses the refusal classifier labels refusal "
                 "or evasion, chosen vs rejected, with Wilson 95% intervals (Table A4).")


def _refusal_table(pairs: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = []
    for r in tables.responses(pairs):
        for label in LABELS:
            rows.append([r["file"], label, *(
                cell for side in SIDES for cell in _share_cells(
                    r[f"{side}_label_{label}"], r[f"{side}_labelled"]))])
    return TableData(
        "Table A4. Responses labelled refusal, evasion or empty by the refusal classifier: "
        "count, share and Wilson 95% interval, chosen vs rejected.",
        ["subset/split", "label", "chosen n", "chosen %", "chosen 95% CI", "rejected n",
         "rejected %", "rejected 95% CI"], rows)


# ---------------------------------------------------------------------------
# Duplicates
# ---------------------------------------------------------------------------
def _duplicates_table(measures: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = []
    for r in tables.duplicates(measures):
        n = _zero(r["records"])
        rows.append([r["file"], n, r["distinct_prompts"], r["same_prompt"],
                     percent(_zero(r["same_prompt"]), n), r["same_pair"], r["in_other_file"],
                     r["near_duplicate"], percent(_zero(r["near_duplicate"]), n)])
    method = tables.duplicates_method(measures)
    return TableData(
        "Table A5. Duplicated prompts: records whose prompt (or whole pair) occurs more than "
        "once in the same file, whose prompt also occurs in another file, and with a "
        f"near-duplicate prompt ({method}).",
        ["subset/split", "records", "distinct prompts", "exact dup. prompt",
         "exact dup. prompt %", "exact dup. pair", "prompt in another file",
         "near-dup. prompt", "near-dup. prompt %"], rows)


# ---------------------------------------------------------------------------
# Harm signal
# ---------------------------------------------------------------------------
def _harm_figure(measures: dict[tuple[str, str], dict[str, Any]]) -> tuple[go.Figure, str]:
    fig = go.Figure()
    colours = {"chosen": CHOSEN, "rejected": REJECTED, "response": "#66a182"}
    keys = sorted(k for k, m in measures.items() if "harm" in m)
    for side in ("chosen", "rejected", "response"):
        picked = [k for k in keys if side in measures[k]["harm"].get("responses", {})]
        if not picked:
            continue
        counts = [(measures[k]["harm"]["responses"][side]["harmful"],
                   measures[k]["harm"]["units"]) for k in picked]
        label = "last red-team response" if side == "response" else side
        fig.add_bar(name=label, x=[esc(file_label(k)) for k in picked],
                    y=[k / n if n else 0 for k, n in counts], marker_color=colours[side],
                    error_y=_error_bars(counts),
                    hovertext=[esc(f"{k:,} of {n:,}") for k, n in counts])
    _layout(fig, "Responses flagged by the harm signal", barmode="group",
            yaxis={"title": "share of responses", "tickformat": ".0%"})
    return fig, ("Figure A4. Share of final responses the automatic harm signal flags as "
                 "harmful, with Wilson 95% intervals (Table A6). The signal favours precision; "
                 "its agreement with hand labels is measured by `citeaudit audit score-labels`.")


def _harm_table(measures: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = []
    for r in tables.harm(measures):
        n, requests, k = r["records"], r["requests"], r["flagged"]
        rows.append([r["file"], r["side"], n, requests, percent(requests, n),
                     _counts(r["request_categories"]), k, percent(k, n), _ci(k, n),
                     _counts(r["flagged_by_category"])])
    return TableData(
        "Table A6. Harm signals: prompts whose last human turn asks for something harmful "
        "(by category), and responses flagged harmful (a complying answer to such a request, "
        "or an insult or slur), with Wilson 95% intervals.",
        ["subset/split", "response", "records", "harmful-request prompts", "request %",
         "request categories", "flagged harmful", "flagged %", "flagged 95% CI",
         "flagged by category"], rows)


# ---------------------------------------------------------------------------
# Identity terms
# ---------------------------------------------------------------------------
def _identity_figure(identity: list[dict[str, Any]],
                     measures: dict[tuple[str, str], dict[str, Any]]) -> tuple[go.Figure, str]:
    prompts = [r for r in identity if r["part"] == "prompt"]
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for r in prompts:
        totals[(r["axis"], r["grp"])] += r["units_person"]
    top = [g for g, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
           if totals[g] > 0][:TOP_GROUPS]
    top.reverse()  # horizontal bars draw bottom-up
    fig = go.Figure()
    keys = sorted({(r["subset"], r["split"]) for r in prompts})
    for i, key in enumerate(keys):
        n = n_units(measures.get(key, {})) or 1
        by_group = {(r["axis"], r["grp"]): r for r in prompts
                    if (r["subset"], r["split"]) == key}
        fig.add_bar(
            name=esc(file_label(key)), orientation="h", marker_color=PALETTE[i % len(PALETTE)],
            y=[esc(f"{grp} ({axis})") for axis, grp in top],
            x=[1000 * by_group[g]["units_person"] / n if g in by_group else 0 for g in top],
            hovertext=[esc(f"{by_group[g]['units_person']:,} of {n:,} prompts (raw "
                           f"{by_group[g]['units_raw']:,})") if g in by_group else "0"
                       for g in top])
    _layout(fig, f"Identity groups in prompts (top {len(top)}, person-referring)",
            barmode="group", xaxis_title="prompts per 1,000 mentioning the group",
            height=max(360, 26 * len(top) * max(1, min(len(keys), 3)) + 140),
            margin={**LAYOUT["margin"], "l": 240})
    return fig, ("Figure A5. Prompts per 1,000 that mention each identity group in a "
                 "person-referring way, per subset and split; polysemous terms (old, white, "
                 "black, straight, young, ...) count only where they refer to people (raw "
                 "counts on hover and in Table A7).")


def _identity_table(identity: list[dict[str, Any]]) -> TableData:
    groups = tables.identity_groups(identity)
    columns = list(groups[0]) if groups else ["axis", "group"]  # "<part> raw", "<part> person"
    rows = [list(r.values()) for r in groups]
    return TableData(
        "Table A7. Identity groups by axis: number of texts (prompts' human turns, chosen and "
        "rejected responses, red-team responses) mentioning the group, all subsets together; "
        "raw = any match of a term, person = matches that refer to people.", columns, rows)


# ---------------------------------------------------------------------------
# Red team
# ---------------------------------------------------------------------------
def _topics_table(topics: list[dict[str, Any]]) -> TableData:
    rows = [[t["topic"], t["prompts"], f"{t['share']:.1%}", ", ".join(t["terms"][:10])]
            for t in tables.topics(topics)]
    return TableData(
        "Table A8. Harm topics of red-team prompts (TF-IDF + NMF on a seeded sample of human "
        "turns): prompts whose strongest topic it is, their share of the sample, top terms.",
        ["topic", "prompts", "share", "top terms"], rows)


def _ratings_figure(red_team: dict[tuple[str, str], dict[str, Any]]) -> tuple[go.Figure, str]:
    hist: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in red_team.values():
        for model, counts in m.get("red_team_rating_histogram", {}).items():
            for rating, n in counts.items():
                hist[model][rating] += n
    ratings = sorted({r for c in hist.values() for r in c}, key=float)
    fig = go.Figure()
    for i, model in enumerate(sorted(hist)):
        total = sum(hist[model].values()) or 1
        fig.add_bar(name=esc(model), x=ratings,
                    y=[hist[model].get(r, 0) / total for r in ratings],
                    marker_color=PALETTE[i % len(PALETTE)],
                    hovertext=[esc(f"{hist[model].get(r, 0):,} of {total:,} attempts")
                               for r in ratings])
    _layout(fig, "Red-team success ratings by model type", barmode="group",
            xaxis={"title": "red teamer's rating (0 = not successful, 4 = very)",
                   "type": "category"},
            yaxis={"title": "share of attempts", "tickformat": ".0%"})
    return fig, ("Figure A6. Distribution of the red teamers' own success ratings per model "
                 "type, as shares of that model type's attempts (Table A9 has the means).")


def _red_team_table(red_team: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = [[r["file"], r["model_type"], r["num_params"], r["attempts"], r["mean_rating"],
             r["mean_min_harmlessness"], r["mean_task_harmlessness"],
             "" if r["labelled"] is None else percent(r["refused"], r["labelled"])]
            for r in tables.red_team(red_team)]
    return TableData(
        "Table A9. Red-team attempts by model type and size ('all' pools them): attempts, "
        "mean success rating, mean minimum harmlessness score of the transcript, mean "
        "harmlessness score of the task description, and the share of last assistant "
        "responses labelled refusal.",
        ["subset/split", "model type", "parameters", "attempts", "mean rating",
         "mean min. harmlessness", "mean task harmlessness", "last response refusal %"],
        rows)


# ---------------------------------------------------------------------------
# Manual labels and malformed records
# ---------------------------------------------------------------------------
def _labels(section: ExternalSection, store: Store, run_id: int) -> None:
    shares = label_shares(store)
    if not shares or not shares[0]["of"]:
        return
    n = shares[0]["of"]
    counts = [(s["n"], s["of"]) for s in shares]
    fig = go.Figure(go.Bar(
        x=[esc(s["label"]) for s in shares], y=[s["share"] or 0 for s in shares],
        marker_color="#2f6690",
        error_y=_error_bars(counts), hovertext=[esc(f"{k} of {m}") for k, m in counts]))
    _layout(fig, f"Hand labels of the chosen response (n = {n})",
            yaxis={"title": "share of labelled pairs", "tickformat": ".0%"})
    prevalence = label_prevalence(store, run_id)
    _add(section, (fig, (
        f"Figure A7. Final hand labels (adjudicated, or agreed by every annotator) of the "
        f"chosen response in the labelled sample, codebook {CODEBOOK}, with Wilson 95% "
        "intervals (Table A10).")), _label_share_table(shares, prevalence))
    report = label_agreement(store)
    rows = [[r["measure"].replace("_", " "), r["coder_a"], r["coder_b"] or "",
             round(r["value"], 3), r["n_units"]]
            for r in report.rows() if r["value"] is not None and not r["code"]]
    _add(section, None, TableData(
        "Table A11. Agreement on the chosen-response label: Krippendorff's alpha across "
        "annotators and Cohen's kappa per pair of coders, including the automatic labels "
        f"(coder auto-rules). {trust_line(prevalence.trust)}",
        ["statistic", "coder", "with", "value", "pairs"], rows))


def _interval(low: float | None, high: float | None) -> str:
    return "n/a" if low is None or high is None else f"{low:.1%} to {high:.1%}"


def _label_share_table(shares: list[dict[str, Any]], prevalence: Any) -> TableData:
    """Hand shares as sampled and weighted by stratum; automatic shares raw and corrected."""
    c = prevalence.corrected
    rows = []
    for i, s in enumerate(shares):
        w = prevalence.weighted[i]
        rows.append([s["label"], s["n"], s["of"], percent(s["n"], s["of"]), _ci(s["n"], s["of"]),
                     "n/a" if w.share is None else f"{w.share:.1%}", _interval(w.low, w.high),
                     f"{c.raw[i]:.1%}",
                     "n/a" if c.corrected is None else f"{c.corrected[i]:.1%}",
                     _interval(*(None, None) if c.low is None else (c.low[i], c.high[i]))])
    return TableData(
        "Table A10. The chosen-response labels. Hand: count, share and Wilson 95% interval "
        "as sampled (covers sampling error as if the sample were simple random), and the share "
        "weighted by stratum size with its 95% interval (stratified variance; covers the hand "
        f"sample's sampling error). Automatic: the share of all {c.n_pairs:,} pairs of the run, "
        "and that share corrected with the confusion of automatic and hand labels measured on "
        "the hand sample, with a 95% percentile-bootstrap interval "
        f"({c.n_boot} draws) that covers both the calibration error (hand sample redrawn "
        "within strata) and the sampling error of the automatic shares.",
        ["label", "pairs", "of", "share", "95% CI", "weighted share", "95% CI (weighted)",
         "automatic share", "corrected share", "95% CI (corrected)"], rows)


def _problem_kinds_table(measures: dict[tuple[str, str], dict[str, Any]]) -> TableData:
    rows = [[r["file"], r["kind"], r["records"]] for r in tables.problem_kinds(measures)]
    return TableData(
        "Table A12. Malformed records per file and kind (bad_json: not valid JSON; "
        "bad_record: a field missing or of the wrong type; truncated_file: the compressed "
        "stream ends early; bad_encoding: not UTF-8). They are counted, never audited.",
        ["subset/split", "kind", "records"], rows)


def _problems_table(store: Store, run_id: int, limit: int = 20) -> TableData:
    listed = store.audit.list_problems(run_id, limit=limit)
    return TableData(
        f"Table A13. The first {len(listed)} malformed records by file and line number "
        "(1-based line of the decompressed file), with the reason.",
        ["subset/split", "line", "kind", "reason"],
        [list(p.values()) for p in tables.problems(listed)])
