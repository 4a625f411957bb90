"""Plotly figures for the report. Pure functions: records in, `go.Figure` out.

Plotly renders a small HTML subset inside labels and hover text, so every string that came
from outside (titles, venues, code labels) goes through `esc` before it reaches a figure.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence

import networkx as nx
import plotly.graph_objects as go

from citeaudit.core.text import shorten
from citeaudit.literature import network
from citeaudit.report.data import AgreementRow, Dimension, PaperRow

PALETTE = ["#2f6690", "#d1495b", "#66a182", "#edae49", "#8d6a9f", "#00798c", "#c17c74",
           "#3a3a3a", "#a3b18a", "#6d597a", "#e07a5f", "#457b9d"]
UNCODED = "#b8c0c8"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
LAYOUT = {
    "template": "plotly_white", "font": {"family": FONT, "size": 13, "color": "#1f2933"},
    "margin": {"l": 60, "r": 20, "t": 90, "b": 60}, "height": 400,
    "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0},
}


def esc(text: object) -> str:
    """Escape for plotly's label markup (it decodes entities back to the literal text)."""
    return html.escape("" if text is None else str(text), quote=True)


def colour_map(labels: Sequence[str]) -> dict[str, str]:
    return {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(labels)}


def _layout(fig: go.Figure, title: str, **extra) -> go.Figure:
    heading = {"text": esc(title), "x": 0, "y": 0.98, "yanchor": "top", "font": {"size": 15}}
    fig.update_layout(**{**LAYOUT, "title": heading, **extra})
    return fig


def code_comparison(dimension: Dimension, auto_counts: Counter, final_counts: Counter,
                    n_auto: int, n_final: int) -> go.Figure:
    """Share of the papers each coder coded that got each code: the automatic coder's
    suggestions (of `n_auto` papers) beside the human verdict (of `n_final`), so coders
    that coded different numbers of papers compare fairly."""
    codes = [c.id for c in dimension.codes] or sorted(set(auto_counts) | set(final_counts))
    codes += sorted((set(auto_counts) | set(final_counts)) - set(codes))
    codes.reverse()  # horizontal bars are drawn bottom-up; keep codebook order top-down
    labels = [esc(shorten(dimension.label_of(c), 40)) for c in codes]

    def bar(name: str, counts: Counter, n: int, colour: str) -> go.Bar:
        shares = [100 * counts.get(c, 0) / n if n else 0 for c in codes]
        return go.Bar(name=esc(f"{name} ({n} papers)"), y=labels, x=shares, orientation="h",
                      marker_color=colour, customdata=[counts.get(c, 0) for c in codes],
                      hovertemplate=f"%{{customdata}} of {n} papers (%{{x:.0f}}%)<extra></extra>")

    fig = go.Figure([bar("automatic coder", auto_counts, n_auto, "#9fb3c8"),
                     bar("human verdict", final_counts, n_final, "#2f6690")])
    return _layout(fig, f"{dimension.label}: share of the papers each coder coded",
                   barmode="group", xaxis={"title": "% of the papers that coder coded",
                                           "range": [0, 100], "ticksuffix": "%"},
                   height=max(300, 44 * len(codes) + 130),
                   margin={"l": 260, "r": 20, "t": 90, "b": 50},
                   legend={**LAYOUT["legend"], "traceorder": "reversed"})


def codes_by_year(dimension: Dimension, code_of_paper: Mapping[str, set[str]],
                  papers: Sequence[PaperRow]) -> go.Figure:
    """Papers per year and code (human verdict, else the automatic suggestion). Stacked when
    every paper has one code, so a column is that year's papers; grouped when a paper may
    have several, so no column adds up to more papers than there are."""
    years = sorted({p.year for p in papers if p.year is not None})
    codes = [c.id for c in dimension.codes]
    seen = {code for values in code_of_paper.values() for code in values}
    codes = [c for c in codes if c in seen] + sorted(seen - set(codes))
    colours = colour_map(codes)
    counts: Counter = Counter()
    for p in papers:
        for code in code_of_paper.get(p.paper_id, ()):
            counts[(p.year, code)] += 1
    several = any(len(v) > 1 for v in code_of_paper.values())
    fig = go.Figure([
        go.Bar(name=esc(shorten(dimension.label_of(code), 40)), x=[str(y) for y in years],
               y=[counts.get((y, code), 0) for y in years], marker_color=colours[code])
        for code in codes
    ])
    n_coded = sum(1 for p in papers if code_of_paper.get(p.paper_id))
    # the codes listed beside the plot: a row above it would wrap into the title
    return _layout(fig, f"{dimension.label} by year of publication ({n_coded} papers)",
                   barmode="group" if several else "stack",
                   legend={"orientation": "v", "x": 1.01, "xanchor": "left", "y": 1,
                           "yanchor": "top", "traceorder": "normal"},
                   margin={**LAYOUT["margin"], "t": 50}, xaxis_title="year",
                   yaxis_title="papers with the code" if several else "papers",
                   xaxis_type="category")


def years_histogram(papers: Sequence[PaperRow]) -> go.Figure:
    counts = Counter(p.year for p in papers if p.year is not None)
    years = sorted(counts)
    fig = go.Figure(go.Bar(x=[str(y) for y in years], y=[counts[y] for y in years],
                           marker_color="#2f6690"))
    return _layout(fig, "Selected papers by year", xaxis_type="category", yaxis_title="papers")


def venues_bar(papers: Sequence[PaperRow], top: int = 15) -> go.Figure:
    counts = Counter((p.venue or "(no venue / preprint)") for p in papers)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    ranked.reverse()  # plotly draws horizontal bars bottom-up
    fig = go.Figure(go.Bar(
        x=[n for _, n in ranked], y=[esc(shorten(v, 45)) for v, _ in ranked], orientation="h",
        marker_color="#66a182", hovertext=[esc(v) for v, _ in ranked], hoverinfo="text+x",
    ))
    return _layout(fig, f"Most frequent venues (top {min(top, len(counts))} of {len(counts)})",
                   xaxis_title="papers", height=max(320, 28 * len(ranked) + 120),
                   margin={"l": 260, "r": 20, "t": 90, "b": 50})


def agreement_dots(rows: Sequence[AgreementRow], dimension_labels: Mapping[str, str]
                   ) -> go.Figure:
    """One row per dimension: alpha as a dot, its 95% interval as a bar (where known)."""
    rows = list(reversed(rows))  # drawn bottom-up; keep the given order top-down
    labels = [esc(shorten(dimension_labels.get(r.dimension, r.dimension), 40)) for r in rows]
    has_interval = [r.low is not None and r.high is not None for r in rows]
    fig = go.Figure(go.Scatter(
        x=[r.value for r in rows], y=labels, mode="markers",
        marker={"size": 11, "color": "#2f6690"},
        error_x={"type": "data", "symmetric": False, "color": "#2f6690", "thickness": 1.5,
                 "array": [(r.high - r.value) if ok else 0 for r, ok in zip(rows, has_interval,
                                                                              strict=True)],
                 "arrayminus": [(r.value - r.low) if ok else 0
                                for r, ok in zip(rows, has_interval, strict=True)]},
        hovertext=[esc(f"alpha {r.value:.2f}"
                       + (f" [{r.low:.2f}, {r.high:.2f}]" if ok else "") + f", n = {r.n_units}")
                   for r, ok in zip(rows, has_interval, strict=True)],
        hoverinfo="text", showlegend=False,
    ))
    lowest = min([0.0] + [r.low if r.low is not None else r.value for r in rows])
    return _layout(fig, "Krippendorff's alpha per dimension (95% bootstrap interval)",
                   xaxis={"range": [min(lowest, 0.0) - 0.05, 1.05], "title": "alpha",
                          "zeroline": True},
                   height=120 + 44 * len(rows), margin={"l": 260, "r": 20, "t": 60, "b": 50})


def pdf_outcomes_bar(state_counts: Counter) -> go.Figure:
    ranked = sorted(state_counts.items(), key=lambda kv: (kv[0] != "ok", -kv[1], kv[0]))
    fig = go.Figure(go.Bar(
        x=[esc(s) for s, _ in ranked], y=[n for _, n in ranked],
        marker_color=["#66a182" if s == "ok" else "#d1495b" for s, _ in ranked],
    ))
    return _layout(fig, "PDF retrieval outcome per selected paper", yaxis_title="papers",
                   height=320)


# The smallest plot area (px) the node labels are placed for: the axes' ranges are fixed so
# that any larger plot only spreads them further apart (a 1,000 px window draws ~600 x 530
# beside the legend).
CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 560, 480, 30
MAX_ARROWS = 600  # beyond this, lines without arrowheads (annotations get slow)


def network_figure(graph: nx.DiGraph, group_of: Mapping[str, str], groups: Sequence[str],
                   group_labels: Mapping[str, str], target: str | None = None) -> go.Figure:
    """The citation graph: an arrow from citing to cited paper, node area by PageRank, colour
    by group (e.g. role), the most central papers labelled, and buttons that show or hide the
    target (which every paper cites, so its edges crowd the rest)."""
    positions = network.layout_positions(graph)
    target_edges = [(a, b) for a, b in graph.edges if b == target]
    other_edges = [(a, b) for a, b in graph.edges if b != target]
    traces = [_edge_trace(other_edges, positions, "citations"),
              _edge_trace(target_edges, positions, "citations of the target")]
    of_target = [False, True]  # which traces the "without the target" button hides
    colours = colour_map([g for g in groups if g != "uncoded"])
    colours.update({"uncoded": UNCODED, "target": "#111111"})
    for group in [*groups, "target"]:
        members = [n for n in graph.nodes if group_of.get(n, "uncoded") == group]
        if members:
            traces.append(_node_trace(graph, members, positions, group,
                                      group_labels.get(group, group), colours))
            of_target.append(group == "target")
    labels = _central_labels(graph, positions)
    arrows_all = _arrows(graph, [*other_edges, *target_edges], positions)
    fig = go.Figure(traces)
    fig.update_layout(annotations=[*labels, *arrows_all])
    if target and target_edges:
        fig.update_layout(updatemenus=[{
            "type": "buttons", "direction": "right", "x": 1, "xanchor": "right", "y": 1.01,
            "yanchor": "bottom", "showactive": True,
            "buttons": [
                {"label": "with the target", "method": "update",
                 "args": [{"visible": [True] * len(traces)},
                          {"annotations": [*labels, *arrows_all]}]},
                {"label": "without the target", "method": "update",
                 "args": [{"visible": [not t for t in of_target]},
                          {"annotations": [*labels, *_arrows(graph, other_edges, positions)]}]},
            ]}])
    x_range, y_range = _padded_ranges(positions)
    return _layout(fig, "Citations among the selected papers", height=640,
                   xaxis={"visible": False, "range": x_range},
                   yaxis={"visible": False, "range": y_range}, hovermode="closest",
                   legend={"orientation": "v", "x": 1.01, "xanchor": "left", "y": 1,
                           "yanchor": "top", "itemsizing": "constant"},
                   margin={"l": 10, "r": 10, "t": 50, "b": 10})


def _padded_ranges(positions: Mapping) -> tuple[list[float], list[float]]:
    """Axis ranges with CHART_PAD px (in the smallest plot) around the outermost nodes."""
    def padded(values: list[float], size: float) -> list[float]:
        low, high = min(values), max(values)
        pad = (high - low or 1.0) * CHART_PAD / (size - 2 * CHART_PAD)
        return [low - pad, high + pad]

    xs = [p[0] for p in positions.values()] or [0.0]
    ys = [p[1] for p in positions.values()] or [0.0]
    return padded(xs, CHART_WIDTH), padded(ys, CHART_HEIGHT)


def _edge_trace(edges: Sequence[tuple[str, str]], positions: Mapping, name: str) -> go.Scatter:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for a, b in edges:
        xs += [positions[a][0], positions[b][0], None]
        ys += [positions[a][1], positions[b][1], None]
    return go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False, name=name,
                      line={"width": 0.6, "color": "rgba(90,100,110,0.35)"})


def _node_trace(graph: nx.DiGraph, members: Sequence[str], positions: Mapping, group: str,
                label: str, colours: Mapping[str, str]) -> go.Scatter:
    attrs = [graph.nodes[n] for n in members]
    return go.Scatter(
        x=[positions[n][0] for n in members], y=[positions[n][1] for n in members],
        mode="markers", name=esc(label),
        marker={"size": [2 * network.node_radius(a.get("pagerank", 0.0)) for a in attrs],
                "color": colours.get(group, UNCODED), "line": {"width": 0.8, "color": "white"},
                "symbol": "diamond" if group == "target" else "circle"},
        hovertext=[esc(f"{a.get('title') or n}") + "<br>"
                   + esc(f"{a.get('year', '')} · rank {a.get('rank', '–')} · cited by "
                         f"{a.get('in_degree', 0)} here · PageRank {a.get('pagerank', 0):.3f}")
                   for n, a in zip(members, attrs, strict=True)],
        hoverinfo="text")


def _central_labels(graph: nx.DiGraph, positions: Mapping) -> list[dict]:
    """Annotations naming the most central papers, placed so that no two overlap in the
    smallest plot area the chart is drawn in (wider plots only spread them further)."""
    canvas = network.to_canvas(positions, CHART_WIDTH, CHART_HEIGHT, pad=CHART_PAD)
    radii = {n: network.node_radius(a.get("pagerank", 0.0)) for n, a in graph.nodes(data=True)}
    texts = {n: network.short_label(graph.nodes[n], n) for n in network.central_nodes(graph)}
    placed = network.place_labels(canvas, texts, radii, CHART_WIDTH, CHART_HEIGHT)
    anchors = {"start": "left", "end": "right", "middle": "center"}
    return [{"x": positions[p.node][0], "y": positions[p.node][1], "xref": "x", "yref": "y",
             "text": esc(p.text), "showarrow": False, "xanchor": anchors[p.anchor],
             "yanchor": "middle", "xshift": p.dx, "yshift": -p.dy,
             "font": {"size": network.FONT_PX, "color": "#1f2933"},
             "bgcolor": "rgba(255,255,255,0.7)"} for p in placed]


def _arrows(graph: nx.DiGraph, edges: Sequence[tuple[str, str]], positions: Mapping
            ) -> list[dict]:
    """An arrowhead per citation (citing -> cited), stopping at the cited node's rim."""
    if len(edges) > MAX_ARROWS:
        return []
    return [{"x": positions[b][0], "y": positions[b][1], "ax": positions[a][0],
             "ay": positions[a][1], "xref": "x", "yref": "y", "axref": "x", "ayref": "y",
             "text": "", "showarrow": True, "arrowhead": 2, "arrowsize": 1, "arrowwidth": 0.8,
             "arrowcolor": "rgba(90,100,110,0.55)",
             "standoff": network.node_radius(graph.nodes[b].get("pagerank", 0.0)) + 1}
            for a, b in edges]
