"""The network stage: who among the selected papers builds on whom.

Three graphs over the selected papers (and the target), all from the store:

- the directed **citation graph**: an edge A -> B when A's stored references include B,
  plus every selected paper -> the target (they were selected because they cite it);
- the **co-citation graph** (undirected, selected papers only): A - B weighted by how many
  selected papers cite both;
- the **bibliographic-coupling graph** (undirected, selected papers only): A - B weighted by
  how many references they share (any cited work except the target, which all share), with
  Salton's cosine as a normalised strength.

Per node: in-/out-degree in the citation graph, PageRank, betweenness, and a community from
Louvain on the coupling graph (fixed seed, so reruns agree). Exports are GraphML and GEXF
(Gephi, VOSviewer, Cytoscape), a CSV of node metrics and a static drawing of the citation graph
(citation.svg: arrows for citation direction, the most central papers labelled); the drawing
helpers (layout, label placement) are shared with the report's interactive chart.
"""

from __future__ import annotations

import html
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import atomic_write, mark_owned, replace_folder, write_csv
from citeaudit.store import Store, loads

LOUVAIN_SEED = 42
PAGERANK_ALPHA = 0.85


@dataclass(frozen=True)
class NodeInfo:
    """What a node carries into the exports; every field GraphML-safe once None is dropped."""

    paper_id: str
    title: str = ""
    year: int | None = None
    venue: str = ""
    citation_count: int = 0
    rank: int | None = None  # position in the selection; None for the target
    is_target: bool = False
    authors: str = ""  # "; "-joined names


@dataclass(frozen=True)
class NodeMetrics:
    paper_id: str
    title: str
    year: int | None
    rank: int | None
    is_target: bool
    in_degree: int
    out_degree: int
    pagerank: float
    betweenness: float
    community: int  # -1 for the target (outside the coupling graph)
    cocitation_degree: int
    coupling_degree: int


@dataclass
class Network:
    citation: nx.DiGraph
    cocitation: nx.Graph
    coupling: nx.Graph
    metrics: list[NodeMetrics] = field(default_factory=list)
    target_paper_id: str | None = None

    def metrics_by_id(self) -> dict[str, NodeMetrics]:
        return {m.paper_id: m for m in self.metrics}


@dataclass
class NetworkSummary:
    n_nodes: int
    n_citation_edges: int
    n_cocitation_edges: int
    n_coupling_edges: int
    n_communities: int
    files: list[Path]
    top_by_pagerank: list[NodeMetrics]


# ---------------------------------------------------------------------------
# Pure graph construction and metrics
# ---------------------------------------------------------------------------
def citation_graph(
    nodes: Iterable[NodeInfo], references: Iterable[tuple[str, str]], target_paper_id: str | None
) -> nx.DiGraph:
    """Directed graph among `nodes`; reference pairs (citing, cited) outside the set are dropped.

    Every non-target node also gets an edge to the target: it is in the set because it cites it.
    """
    graph = nx.DiGraph()
    for node in nodes:
        graph.add_node(node.paper_id, **_graph_attrs(node))
    for citing, cited in references:
        if citing != cited and citing in graph and cited in graph:
            graph.add_edge(citing, cited)
    if target_paper_id and target_paper_id in graph:
        for pid in list(graph.nodes):
            if pid != target_paper_id:
                graph.add_edge(pid, target_paper_id)
    return graph


def cocitation_graph(
    paper_ids: Iterable[str], references: Iterable[tuple[str, str]]
) -> nx.Graph:
    """A - B weighted by how many papers in `paper_ids` cite both A and B."""
    members = list(dict.fromkeys(paper_ids))
    inside = set(members)
    cited_by: dict[str, set[str]] = defaultdict(set)
    for citing, cited in references:
        if citing in inside and cited in inside and citing != cited:
            cited_by[citing].add(cited)
    graph = nx.Graph()
    graph.add_nodes_from(members)
    for cited_set in cited_by.values():
        for a, b in itertools.combinations(sorted(cited_set), 2):
            weight = graph.get_edge_data(a, b, {}).get("weight", 0) + 1
            graph.add_edge(a, b, weight=weight)
    return graph


def coupling_graph(
    paper_ids: Iterable[str],
    references: Iterable[tuple[str, str]],
    exclude: Iterable[str] = (),
) -> nx.Graph:
    """A - B weighted by shared references (minus `exclude`), with Salton's cosine as `cosine`."""
    members = list(dict.fromkeys(paper_ids))
    inside = set(members)
    skip = set(exclude)
    refs: dict[str, set[str]] = defaultdict(set)
    for citing, cited in references:
        if citing in inside and cited not in skip and cited != citing:
            refs[citing].add(cited)
    graph = nx.Graph()
    graph.add_nodes_from(members)
    for a, b in itertools.combinations(members, 2):
        shared = len(refs[a] & refs[b])
        if shared:
            cosine = shared / (len(refs[a]) * len(refs[b])) ** 0.5
            graph.add_edge(a, b, weight=shared, cosine=round(cosine, 6))
    return graph


def communities(graph: nx.Graph, seed: int = LOUVAIN_SEED) -> dict[str, int]:
    """Louvain communities, numbered 0.. by size (largest first), ties by smallest member id."""
    if graph.number_of_nodes() == 0:
        return {}
    if graph.number_of_edges() == 0:
        groups = [{n} for n in graph.nodes]
    else:
        groups = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ordered = sorted(groups, key=lambda g: (-len(g), min(g)))
    return {node: number for number, group in enumerate(ordered) for node in group}


def node_metrics(
    citation: nx.DiGraph, cocitation: nx.Graph, coupling: nx.Graph, seed: int = LOUVAIN_SEED
) -> list[NodeMetrics]:
    """Degree, PageRank, betweenness and community per node, ordered by PageRank."""
    if citation.number_of_nodes() == 0:
        return []
    pagerank = nx.pagerank(citation, alpha=PAGERANK_ALPHA)
    betweenness = nx.betweenness_centrality(citation, normalized=True)
    community_of = communities(coupling, seed)
    rows = []
    for pid, attrs in citation.nodes(data=True):
        rows.append(NodeMetrics(
            paper_id=pid,
            title=attrs.get("title", ""),
            year=attrs.get("year"),
            rank=attrs.get("rank"),
            is_target=bool(attrs.get("is_target", False)),
            in_degree=citation.in_degree(pid),
            out_degree=citation.out_degree(pid),
            pagerank=round(pagerank[pid], 8),
            betweenness=round(betweenness[pid], 8),
            community=community_of.get(pid, -1),
            cocitation_degree=cocitation.degree(pid) if pid in cocitation else 0,
            coupling_degree=coupling.degree(pid) if pid in coupling else 0,
        ))
    rows.sort(key=lambda m: (-m.pagerank, m.paper_id))
    return rows


def build(
    nodes: list[NodeInfo], references: list[tuple[str, str]], target_paper_id: str | None
) -> Network:
    """All three graphs and the node metrics, with metrics copied onto the graphs' nodes."""
    citation = citation_graph(nodes, references, target_paper_id)
    selected = [n.paper_id for n in nodes if n.paper_id != target_paper_id]
    cocitation = cocitation_graph(selected, references)
    coupling = coupling_graph(selected, references, exclude=[target_paper_id or ""])
    metrics = node_metrics(citation, cocitation, coupling)
    for m in metrics:
        values = {k: v for k, v in asdict(m).items() if k not in ("paper_id", "title", "year",
                                                                 "rank", "is_target")}
        citation.nodes[m.paper_id].update(values)
        for graph in (cocitation, coupling):
            if m.paper_id in graph:
                graph.nodes[m.paper_id].update(citation.nodes[m.paper_id])
    return Network(citation, cocitation, coupling, metrics, target_paper_id)


def _graph_attrs(node: NodeInfo) -> dict[str, Any]:
    """GraphML/GEXF-safe attributes: scalars only, None dropped, text cleaned of control chars."""
    attrs: dict[str, Any] = {
        "label": _clean_text(node.title) or node.paper_id,
        "title": _clean_text(node.title),
        "venue": _clean_text(node.venue),
        "authors": _clean_text(node.authors),
        "citation_count": int(node.citation_count or 0),
        "is_target": bool(node.is_target),
    }
    if node.year is not None:
        attrs["year"] = int(node.year)
    if node.rank is not None:
        attrs["rank"] = int(node.rank)
    return attrs


def _clean_text(text: str | None) -> str:
    """XML 1.0 forbids most control characters; drop them so the exports always parse."""
    if not text:
        return ""
    return "".join(ch for ch in str(text) if ch in "\t\n\r" or ord(ch) >= 0x20).strip()


# ---------------------------------------------------------------------------
# Store edge
# ---------------------------------------------------------------------------
def load(store: Store, target_paper_id: str | None = None, *,
         include_target: bool = True) -> Network:
    """Build the network for the current selection from the stored papers and references;
    without the target (`include_target=False`) the metrics describe the selected papers'
    citations of each other alone."""
    selection = store.literature.get_current_selection(target_paper_id)
    if selection is None:
        raise CiteauditError("no selection yet: run `citeaudit fetch` first")
    target_id = selection.target_paper_id
    items = store.literature.list_selection_items(selection.selection_id)
    rank_of = {row["paper_id"]: row["rank"] for row in items}
    ids = [target_id] + [pid for pid in rank_of if pid != target_id]
    papers = store.literature.get_papers(ids)
    nodes = [_node_info(papers.get(pid), pid, rank_of.get(pid), pid == target_id) for pid in ids]
    references = [(r["citing_paper_id"], r["cited_paper_id"])
                  for r in store.literature.list_references(list(rank_of))]
    if not include_target:
        nodes = [n for n in nodes if not n.is_target]
        references = [(a, b) for a, b in references if b != target_id]
        return build(nodes, references, None)
    return build(nodes, references, target_id)


def _node_info(row: Any, paper_id: str, rank: int | None, is_target: bool) -> NodeInfo:
    if row is None:
        return NodeInfo(paper_id=paper_id, rank=rank, is_target=is_target)
    authors = loads(row["authors_json"], []) or []
    names = "; ".join(a["name"] for a in authors if isinstance(a, dict) and a.get("name"))
    return NodeInfo(
        paper_id=paper_id,
        title=row["title"] or "",
        year=row["year"],
        venue=row["venue"] or "",
        citation_count=row["citation_count"] or 0,
        rank=rank,
        is_target=is_target,
        authors=names,
    )


# ---------------------------------------------------------------------------
# Exports (each file written to a temporary name, then renamed into place)
# ---------------------------------------------------------------------------
METRIC_COLUMNS = [f for f in NodeMetrics.__dataclass_fields__]


def export(network: Network, out_dir: Path) -> list[Path]:
    """GraphML + GEXF for each graph, node_metrics.csv and citation.svg; returns the files
    written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, graph in (("citation", network.citation), ("cocitation", network.cocitation),
                        ("coupling", network.coupling)):
        for ext, writer in (("graphml", nx.write_graphml), ("gexf", nx.write_gexf)):
            path = out_dir / f"{name}.{ext}"
            atomic_write(path, lambda tmp, g=graph, w=writer: w(g, tmp))
            written.append(path)
    path = out_dir / "node_metrics.csv"
    write_csv(path, METRIC_COLUMNS, (asdict(m) for m in network.metrics))
    written.append(path)
    path = out_dir / "citation.svg"
    atomic_write(path, lambda tmp: Path(tmp).write_text(citation_svg(network), encoding="utf-8"))
    written.append(path)
    return written


def run(store: Store, config: Config, out_dir: Path | None = None,
        name: str | None = None, *, include_target: bool = True) -> NetworkSummary:
    """Build the network for the current selection and write the exports to `out_dir`
    (default: reports/<name>/network), replacing only a folder citeaudit wrote; without the
    target when `include_target` is False."""
    from citeaudit.report.folder import report_folder  # here: the report package imports this one

    network = load(store, include_target=include_target)
    if out_dir is None:
        out_dir = report_folder(config, name) / "network"
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        if not any(out_dir.parent.iterdir()):
            # a new report folder is citeaudit's, so `citeaudit report` may replace it
            mark_owned(out_dir.parent)
    files = replace_folder(out_dir, lambda folder: export(network, folder))
    return NetworkSummary(
        n_nodes=network.citation.number_of_nodes(),
        n_citation_edges=network.citation.number_of_edges(),
        n_cocitation_edges=network.cocitation.number_of_edges(),
        n_coupling_edges=network.coupling.number_of_edges(),
        n_communities=len({m.community for m in network.metrics if m.community >= 0}),
        files=files,
        top_by_pagerank=network.metrics[:10],
    )


# ---------------------------------------------------------------------------
# Drawing: shared by citation.svg and the report's interactive chart
# ---------------------------------------------------------------------------
LAYOUT_SEED = 7
LABELLED_NODES = 10  # at most this many of the most central papers get a label
LABEL_CHARS = 28
FONT_PX = 12
COMMUNITY_COLOURS = ["#2f6690", "#d1495b", "#66a182", "#edae49", "#8d6a9f", "#00798c",
                     "#c17c74", "#a3b18a"]
OTHER_COLOUR = "#b8c0c8"


def layout_positions(graph: nx.Graph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Spring-layout positions in [-1, 1] (seeded, so the SVG and the chart agree)."""
    if graph.number_of_nodes() == 0:
        return {}
    undirected = graph.to_undirected(as_view=True)
    k = 1.2 / math.sqrt(max(len(graph), 1))
    return {n: (float(x), float(y))
            for n, (x, y) in nx.spring_layout(undirected, seed=seed, k=k).items()}


def node_radius(pagerank: float) -> float:
    """Marker radius in px: area grows with PageRank."""
    return 4 + 30 * math.sqrt(max(pagerank, 0.0))


def short_label(attrs: dict[str, Any], node: str) -> str:
    title = attrs.get("title") or node
    return title if len(title) <= LABEL_CHARS else title[:LABEL_CHARS - 1].rstrip() + "…"


def central_nodes(graph: nx.DiGraph, limit: int = LABELLED_NODES) -> list[str]:
    """The selected papers by PageRank, most central first (the target is labelled apart)."""
    ranked = sorted((n for n, a in graph.nodes(data=True) if not a.get("is_target")),
                    key=lambda n: (-graph.nodes[n].get("pagerank", 0.0), n))
    return ranked[:limit]


@dataclass(frozen=True)
class PlacedLabel:
    node: str
    text: str
    x: float  # px, the text's anchor point
    y: float
    anchor: str  # start | end | middle
    dx: float  # px from the node centre (for charts that place text relative to the node)
    dy: float


def place_labels(points: dict[str, tuple[float, float]], texts: dict[str, str],
                 radii: dict[str, float], width: float, height: float,
                 font_px: float = FONT_PX) -> list[PlacedLabel]:
    """Put each text beside its node (right, left, above, below: the first spot inside the
    canvas whose box overlaps no label placed before); texts that fit nowhere stay unlabelled
    (hover shows them). `points` are px with y growing downwards; `texts` in priority order."""
    placed: list[PlacedLabel] = []
    boxes: list[tuple[float, float, float, float]] = []
    for node, text in texts.items():
        x, y = points[node]
        w, h, gap = 0.62 * font_px * len(text) + 4, 1.35 * font_px, radii.get(node, 4) + 3
        spots = [(gap, 0.0, "start", (x + gap, y - h / 2, x + gap + w, y + h / 2)),
                 (-gap, 0.0, "end", (x - gap - w, y - h / 2, x - gap, y + h / 2)),
                 (0.0, -gap - h / 2, "middle", (x - w / 2, y - gap - h, x + w / 2, y - gap)),
                 (0.0, gap + h / 2, "middle", (x - w / 2, y + gap, x + w / 2, y + gap + h))]
        for dx, dy, anchor, box in spots:
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            if inside and not any(_overlap(box, other) for other in boxes):
                boxes.append(box)
                placed.append(PlacedLabel(node, text, x + dx, y + dy, anchor, dx, dy))
                break
    return placed


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def to_canvas(positions: dict[str, tuple[float, float]], width: float, height: float,
              pad: float) -> dict[str, tuple[float, float]]:
    """Layout coordinates -> px inside a width x height box with `pad` px on every side."""
    if not positions:
        return {}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {n: (pad + (x - min(xs)) / span_x * (width - 2 * pad),
                pad + (max(ys) - y) / span_y * (height - 2 * pad))
            for n, (x, y) in positions.items()}


SVG_WIDTH, SVG_HEIGHT, SVG_TOP, SVG_LEGEND = 1100, 760, 50, 210


def citation_svg(network: Network) -> str:
    """The citation graph as a standalone SVG: an arrow from citing to cited paper, node area
    by PageRank, colour by Louvain community, the most central papers labelled."""
    graph = network.citation
    plot_w, plot_h = SVG_WIDTH - SVG_LEGEND, SVG_HEIGHT - SVG_TOP
    canvas = to_canvas(layout_positions(graph), plot_w, plot_h, pad=40)
    points = {n: (x, y + SVG_TOP) for n, (x, y) in canvas.items()}
    radius = {n: node_radius(a.get("pagerank", 0.0)) for n, a in graph.nodes(data=True)}
    colour = {n: _community_colour(a) for n, a in graph.nodes(data=True)}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{SVG_WIDTH}" height="{SVG_HEIGHT}" '
           f'viewBox="0 0 {SVG_WIDTH} {SVG_HEIGHT}" font-family="Helvetica, Arial, sans-serif" '
           f'font-size="{FONT_PX}">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
           'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
           'fill="#7a8590"/></marker></defs>',
           f'<rect width="{SVG_WIDTH}" height="{SVG_HEIGHT}" fill="white"/>',
           f'<text x="16" y="28" font-size="16" font-weight="bold">{_svg_text(_svg_title(network))}'
           '</text>']
    for a, b in graph.edges:
        out.append(_svg_edge(points[a], points[b], radius[b]))
    for n in graph.nodes:
        x, y = points[n]
        r = radius[n]
        shape = (f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" '
                 f'height="{2 * r:.1f}" transform="rotate(45 {x:.1f} {y:.1f})"'
                 if graph.nodes[n].get("is_target") else
                 f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"')
        out.append(f'{shape} fill="{colour[n]}" stroke="white" stroke-width="1">'
                   f'<title>{_svg_text(graph.nodes[n].get("title") or n)}</title>'
                   + ("</rect>" if graph.nodes[n].get("is_target") else "</circle>"))
    texts = {n: short_label(graph.nodes[n], n) for n in central_nodes(graph)}
    for label in place_labels(points, texts, radius, plot_w, SVG_HEIGHT):
        out.append(f'<text x="{label.x:.1f}" y="{label.y:.1f}" text-anchor="{label.anchor}" '
                   f'dominant-baseline="middle" fill="#1f2933">{_svg_text(label.text)}</text>')
    out += _svg_legend(network, plot_w + 10)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _svg_title(network: Network) -> str:
    n = network.citation.number_of_nodes() - (1 if network.target_paper_id else 0)
    return (f"Citations among the {n} selected papers"
            + (" and the target" if network.target_paper_id else ""))


def _community_colour(attrs: dict[str, Any]) -> str:
    if attrs.get("is_target"):
        return "#111111"
    community = attrs.get("community", -1)
    return COMMUNITY_COLOURS[community] if 0 <= community < len(COMMUNITY_COLOURS) \
        else OTHER_COLOUR


def _svg_edge(a: tuple[float, float], b: tuple[float, float], r_b: float) -> str:
    """A line from citing to cited, ending at the cited node's rim so the arrow shows."""
    length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    end_x = b[0] - (b[0] - a[0]) / length * (r_b + 1)
    end_y = b[1] - (b[1] - a[1]) / length * (r_b + 1)
    return (f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{end_x:.1f}" y2="{end_y:.1f}" '
            'stroke="#7a8590" stroke-opacity="0.55" stroke-width="0.8" '
            'marker-end="url(#arrow)"/>')


def _svg_legend(network: Network, x: float) -> list[str]:
    sizes = defaultdict(int)
    for m in network.metrics:
        if not m.is_target:
            sizes[m.community] += 1
    rows = [("#111111", "the target")] if network.target_paper_id else []
    rows += [(COMMUNITY_COLOURS[c], f"community {c} ({sizes[c]} paper"
              + ("" if sizes[c] == 1 else "s") + ")")
             for c in sorted(sizes) if 0 <= c < len(COMMUNITY_COLOURS)]
    if any(c >= len(COMMUNITY_COLOURS) or c < 0 for c in sizes):
        rows.append((OTHER_COLOUR, "smaller communities"))
    out = [f'<text x="{x:.0f}" y="{SVG_TOP + 10}" font-weight="bold">Colour: community</text>']
    for i, (fill, text) in enumerate(rows):
        y = SVG_TOP + 32 + 20 * i
        out.append(f'<circle cx="{x + 6:.0f}" cy="{y}" r="5" fill="{fill}"/>'
                   f'<text x="{x + 18:.0f}" y="{y}" dominant-baseline="middle">'
                   f'{_svg_text(text)}</text>')
    y = SVG_TOP + 52 + 20 * len(rows)
    out.append(f'<text x="{x:.0f}" y="{y}">Size: PageRank</text>')
    out.append(f'<text x="{x:.0f}" y="{y + 20}">Arrow: citing → cited</text>')
    return out


def _svg_text(text: str) -> str:
    return html.escape(_clean_text(text), quote=True)
