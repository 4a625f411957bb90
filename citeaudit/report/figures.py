"""Plotly figures for the report. Pure functions: records in, `go.Figure` out.

Plotly renders a small HTML subset inside labels and hover text, so every string that came
from outside (titles, venues, code labels) goes through `esc` before it reaches a figure.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Mapping, Sequence

import networkx as nx
import plotly.graph_objects as go

from citeaudit.core.text import shorten
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
                    n_papers: int) -> go.Figure:
    """Papers per code: the automatic coder's suggestions beside the human verdict."""
    codes = [c.id for c in dimension.codes] or sorted(set(auto_counts) | set(final_counts))
    codes += sorted((set(auto_counts) | set(final_counts)) - set(codes))
    codes.reverse()  # horizontal bars are drawn bottom-up; keep codebook order top-down
    labels = [esc(shorten(dimension.label_of(c), 40)) for c in codes]
    fig = go.Figure([
        go.Bar(name="automatic coder", y=labels, x=[auto_counts.get(c, 0) for c in codes],
               orientation="h", marker_color="#9fb3c8"),
        go.Bar(name="human (adjudicated)", y=labels, x=[final_counts.get(c, 0) for c in codes],
               orientation="h", marker_color="#2f6690"),
    ])
    return _layout(fig, f"{dimension.label}: papers per code (of {n_papers})", barmode="group",
                   xaxis_title="papers", xaxis={"dtick": 1 if n_papers <= 12 else None},
                   height=max(300, 44 * len(codes) + 130),
                   margin={"l": 260, "r": 20, "t": 90, "b": 50},
                   legend={**LAYOUT["legend"], "traceorder": "reversed"})


def codes_by_year(dimension: Dimension, code_of_paper: Mapping[str, set[str]],
                  papers: Sequence[PaperRow]) -> go.Figure:
    """Stacked papers per year and code (human verdict, else the automatic suggestion)."""
    years = sorted({p.year for p in papers if p.year is not None})
    codes = [c.id for c in dimension.codes]
    seen = {code for values in code_of_paper.values() for code in values}
    codes = [c for c in codes if c in seen] + sorted(seen - set(codes))
    colours = colour_map(codes)
    counts: Counter = Counter()
    for p in papers:
        for code in code_of_paper.get(p.paper_id, ()):
            counts[(p.year, code)] += 1
    fig = go.Figure([
        go.Bar(name=esc(shorten(dimension.label_of(code), 40)), x=[str(y) for y in years],
               y=[counts.get((y, code), 0) for y in years], marker_color=colours[code])
        for code in codes
    ])
    return _layout(fig, f"{dimension.label} by year of publication", barmode="stack",
                   legend={**LAYOUT["legend"], "traceorder": "normal"},
                   xaxis_title="year", yaxis_title="papers", xaxis_type="category")


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


def agreement_bar(rows: Sequence[AgreementRow], dimension_labels: Mapping[str, str]
                  ) -> go.Figure:
    statistics = list(dict.fromkeys(r.statistic for r in rows))
    colours = colour_map(statistics)
    fig = go.Figure()
    for stat in statistics:
        picked = [r for r in rows if r.statistic == stat and r.value is not None]
        fig.add_bar(
            name=esc(stat.replace("_", " ")),
            x=[esc(shorten(f"{dimension_labels.get(r.dimension, r.dimension)} · {r.coders}", 50))
               for r in picked],
            y=[r.value for r in picked], marker_color=colours[stat],
            hovertext=[esc(f"n = {r.n_units}") for r in picked],
        )
    return _layout(fig, "Agreement between coders", barmode="group",
                   yaxis={"range": [min(0.0, *(r.value or 0 for r in rows)), 1.0],
                              "title": "agreement"})


def pdf_outcomes_bar(state_counts: Counter) -> go.Figure:
    ranked = sorted(state_counts.items(), key=lambda kv: (kv[0] != "ok", -kv[1], kv[0]))
    fig = go.Figure(go.Bar(
        x=[esc(s) for s, _ in ranked], y=[n for _, n in ranked],
        marker_color=["#66a182" if s == "ok" else "#d1495b" for s, _ in ranked],
    ))
    return _layout(fig, "PDF retrieval outcome per selected paper", yaxis_title="papers",
                   height=320)


def network_figure(graph: nx.DiGraph, group_of: Mapping[str, str], groups: Sequence[str],
                   group_labels: Mapping[str, str], seed: int = 7) -> go.Figure:
    """The citation graph laid out by spring forces; nodes coloured by group (e.g. role)."""
    undirected = graph.to_undirected(as_view=True)
    positions = nx.spring_layout(undirected, seed=seed, k=1.2 / math.sqrt(max(len(graph), 1)))
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for a, b in graph.edges:
        edge_x += [positions[a][0], positions[b][0], None]
        edge_y += [positions[a][1], positions[b][1], None]
    traces = [go.Scatter(x=edge_x, y=edge_y, mode="lines", hoverinfo="skip", showlegend=False,
                         line={"width": 0.6, "color": "rgba(90,100,110,0.35)"})]
    colours = colour_map([g for g in groups if g != "uncoded"])
    colours["uncoded"] = UNCODED
    colours["target"] = "#111111"
    for group in [*groups, "target"]:
        members = [n for n in graph.nodes if group_of.get(n, "uncoded") == group]
        if not members:
            continue
        attrs = [graph.nodes[n] for n in members]
        traces.append(go.Scatter(
            x=[positions[n][0] for n in members], y=[positions[n][1] for n in members],
            mode="markers", name=esc(group_labels.get(group, group)),
            marker={"size": [8 + 60 * math.sqrt(a.get("pagerank", 0.0)) for a in attrs],
                        "color": colours.get(group, UNCODED),
                        "line": {"width": 0.8, "color": "white"},
                        "symbol": "diamond" if group == "target" else "circle"},
            hovertext=[
                esc(f"{a.get('title') or n}") + "<br>"
                + esc(f"{a.get('year', '')} · rank {a.get('rank', '–')} · "
                      f"cited by {a.get('in_degree', 0)} here · PageRank "
                      f"{a.get('pagerank', 0):.3f}")
                for n, a in zip(members, attrs, strict=True)
            ],
            hoverinfo="text",
        ))
    fig = go.Figure(traces)
    return _layout(fig, "Citations among the selected papers", height=560,
                   xaxis={"visible": False}, yaxis={"visible": False},
                   hovermode="closest", margin={"l": 10, "r": 10, "t": 90, "b": 10})
