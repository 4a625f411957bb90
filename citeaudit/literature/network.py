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
(Gephi, VOSviewer, Cytoscape) and a CSV of node metrics.
"""

from __future__ import annotations

import itertools
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
def load(store: Store, target_paper_id: str | None = None) -> Network:
    """Build the network for the current selection from the stored papers and references."""
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
    """GraphML + GEXF for each graph and node_metrics.csv; returns the files written."""
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
    return written


def run(store: Store, config: Config, out_dir: Path | None = None,
        name: str | None = None) -> NetworkSummary:
    """Build the network for the current selection and write the exports to `out_dir`
    (default: reports/<name>/network), replacing only a folder citeaudit wrote."""
    from citeaudit.report.folder import report_folder  # here: the report package imports this one

    network = load(store)
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
