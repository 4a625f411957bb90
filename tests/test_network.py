"""Network metrics on small graphs whose answers are worked out by hand."""

from __future__ import annotations

import csv
from xml.etree import ElementTree

import networkx as nx
import pytest

from citeaudit.literature import network
from citeaudit.literature.network import NodeInfo
from citeaudit.store import Store

T = "T"
SVG = "{http://www.w3.org/2000/svg}"
# A cites B, C, X (outside) and T; B cites C, Y, T; C cites X, T; D cites B, C, Y, T; E cites D, T.
REFERENCES = [
    ("A", "B"), ("A", "C"), ("A", "X"), ("A", T),
    ("B", "C"), ("B", "Y"), ("B", T),
    ("C", "X"), ("C", T),
    ("D", "B"), ("D", "C"), ("D", "Y"), ("D", T),
    ("E", "D"), ("E", T),
]
SELECTED = ["A", "B", "C", "D", "E"]


def hand_network() -> network.Network:
    nodes = [NodeInfo(T, title="The target", is_target=True)] + [
        NodeInfo(pid, title=f"Paper {pid}", year=2023, rank=i) for i, pid in enumerate(SELECTED, 1)
    ]
    return network.build(nodes, REFERENCES, T)


def test_citation_graph_keeps_only_internal_edges_and_links_everyone_to_the_target():
    net = hand_network()
    internal = {("A", "B"), ("A", "C"), ("B", "C"), ("D", "B"), ("D", "C"), ("E", "D")}
    to_target = {(pid, T) for pid in SELECTED}
    assert set(net.citation.edges) == internal | to_target
    assert "X" not in net.citation and "Y" not in net.citation


def test_degrees_match_hand_counts():
    metrics = hand_network().metrics_by_id()
    assert {pid: m.in_degree for pid, m in metrics.items()} == {
        T: 5, "A": 0, "B": 2, "C": 3, "D": 1, "E": 0}
    assert {pid: m.out_degree for pid, m in metrics.items()} == {
        T: 0, "A": 3, "B": 2, "C": 1, "D": 3, "E": 2}


def test_betweenness_counts_the_shortest_paths_through_a_node():
    metrics = hand_network().metrics_by_id()
    # Only D lies inside shortest paths: E->D->B and E->D->C (E reaches T directly).
    # Directed, normalised by (n-1)(n-2) = 5*4.
    assert metrics["D"].betweenness == pytest.approx(2 / 20)
    assert all(m.betweenness == 0 for pid, m in metrics.items() if pid != "D")


def independent_pagerank(edges, nodes, alpha=0.85, rounds=200):
    """Textbook power iteration; dangling nodes spread their rank evenly."""
    rank = {n: 1 / len(nodes) for n in nodes}
    out = {n: [b for a, b in edges if a == n] for n in nodes}
    for _ in range(rounds):
        dangling = sum(rank[n] for n in nodes if not out[n])
        new = {n: (1 - alpha) / len(nodes) + alpha * dangling / len(nodes) for n in nodes}
        for n in nodes:
            for m in out[n]:
                new[m] += alpha * rank[n] / len(out[n])
        rank = new
    return rank


def test_pagerank_agrees_with_an_independent_power_iteration_and_sums_to_one():
    net = hand_network()
    expected = independent_pagerank(list(net.citation.edges), list(net.citation.nodes))
    metrics = net.metrics_by_id()
    for pid, value in expected.items():
        assert metrics[pid].pagerank == pytest.approx(value, abs=1e-6)
    assert sum(m.pagerank for m in metrics.values()) == pytest.approx(1.0, abs=1e-6)
    assert net.metrics[0].paper_id == T  # everyone cites the target


def test_cocitation_weights_count_papers_citing_both():
    graph = hand_network().cocitation
    # A cites {B, C}; D cites {B, C}: B-C co-cited twice. E cites only D among the set.
    assert set(map(frozenset, graph.edges)) == {frozenset({"B", "C"})}
    assert graph["B"]["C"]["weight"] == 2
    assert T not in graph


def test_coupling_counts_shared_references_except_the_target():
    graph = hand_network().coupling
    weights = {frozenset(e): graph.edges[e]["weight"] for e in graph.edges}
    # Reference sets without T: A{B,C,X} B{C,Y} C{X} D{B,C,Y} E{D}
    assert weights == {
        frozenset({"A", "B"}): 1,  # C
        frozenset({"A", "C"}): 1,  # X
        frozenset({"A", "D"}): 2,  # B, C
        frozenset({"B", "D"}): 2,  # C, Y
    }
    assert graph["B"]["D"]["cosine"] == pytest.approx(2 / (2 * 3) ** 0.5, abs=1e-6)
    assert graph["A"]["D"]["cosine"] == pytest.approx(2 / 3, abs=1e-6)


def test_louvain_separates_two_reference_clusters_and_is_repeatable():
    refs = [(p, r) for p in ("P1", "P2", "P3") for r in ("R1", "R2", "R3")]
    refs += [(p, r) for p in ("Q1", "Q2", "Q3") for r in ("S1", "S2", "S3")]
    refs += [("P1", "S1")]  # one weak bridge
    graph = network.coupling_graph(["P1", "P2", "P3", "Q1", "Q2", "Q3"], refs)
    first = network.communities(graph)
    assert first == network.communities(graph)
    assert len({first[p] for p in ("P1", "P2", "P3")}) == 1
    assert len({first[q] for q in ("Q1", "Q2", "Q3")}) == 1
    assert first["P1"] != first["Q1"]
    assert set(first.values()) == {0, 1}


def test_isolated_papers_each_get_their_own_community():
    graph = network.coupling_graph(["A", "B"], [])
    assert sorted(network.communities(graph).values()) == [0, 1]


def test_exports_read_back_with_hostile_text_and_missing_values(tmp_path):
    nodes = [
        NodeInfo(T, title="Target", is_target=True),
        NodeInfo("A", title="<img src=x onerror=alert(1)> & \x00\x07bell", rank=1,
                 venue="=HYPERLINK(\"http://evil\")"),  # no year: attribute omitted
        NodeInfo("B", title="=1+1", year=2024, rank=2, authors="Ann; Bo"),
    ]
    net = network.build(nodes, [("A", "B"), ("B", "Z")], T)
    files = network.export(net, tmp_path)
    assert {f.name for f in files} == {
        "citation.graphml", "citation.gexf", "cocitation.graphml", "cocitation.gexf",
        "coupling.graphml", "coupling.gexf", "node_metrics.csv", "citation.svg"}
    svg = ElementTree.parse(tmp_path / "citation.svg").getroot()  # well-formed, text escaped
    assert "<img src=x onerror=alert(1)> & bell" in [t.text for t in svg.iter(SVG + "title")]
    back = nx.read_graphml(tmp_path / "citation.graphml")
    assert back.nodes["A"]["title"] == "<img src=x onerror=alert(1)> & bell"
    assert "year" not in back.nodes["A"] and back.nodes["B"]["year"] == 2024
    assert back.nodes["B"]["pagerank"] == pytest.approx(net.metrics_by_id()["B"].pagerank)
    assert set(back.edges) == {("A", "B"), ("A", T), ("B", T)}
    gexf = nx.read_gexf(tmp_path / "citation.gexf")
    assert gexf.number_of_edges() == 3
    with open(tmp_path / "node_metrics.csv", newline="", encoding="utf-8-sig") as handle:
        rows = {r["paper_id"]: r for r in csv.DictReader(handle)}
    assert rows["B"]["title"] == "'=1+1"  # not a formula in a spreadsheet
    assert rows["A"]["year"] == ""
    assert not list(tmp_path.glob(".*.tmp"))


def test_load_reads_the_current_selection_and_its_references_from_the_store(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        papers = [{"paperId": T, "title": "Target", "year": 2022}] + [
            {"paperId": pid, "title": f"Paper {pid}", "year": 2023, "citationCount": 10 - i,
             "authors": [{"name": "Ann Lee"}, {"name": None}]}
            for i, pid in enumerate(SELECTED)
        ]
        store.literature.upsert_papers(papers)
        store.literature.insert_selection(T, "citations", 5, None, 5, 0,
                                          [(pid, [pid], {}) for pid in SELECTED])
        by_citing: dict[str, list] = {}
        for citing, cited in REFERENCES:
            by_citing.setdefault(citing, []).append({"paperId": cited, "title": cited})
        for citing, refs in by_citing.items():
            store.literature.upsert_references(citing, refs)
        net = network.load(store)
        alone = network.load(store, include_target=False)
    assert set(alone.citation.nodes) == set(SELECTED) and alone.target_paper_id is None
    assert set(alone.citation.edges) == {(a, b) for a, b in REFERENCES
                                         if a in SELECTED and b in SELECTED}
    assert set(net.citation.nodes) == {T, *SELECTED}
    assert net.citation.nodes["A"]["rank"] == 1 and net.citation.nodes["A"]["authors"] == "Ann Lee"
    assert net.metrics_by_id()["C"].in_degree == 3
    assert net.citation.nodes[T]["is_target"] is True


def test_load_without_a_selection_says_what_to_run(tmp_path):
    with Store(tmp_path / "s.sqlite") as store, pytest.raises(Exception, match="citeaudit fetch"):
        network.load(store)


def test_the_static_drawing_has_an_arrow_per_citation_and_labels_the_central_papers(tmp_path):
    net = hand_network()
    svg = ElementTree.fromstring(network.citation_svg(net))
    lines = list(svg.iter(SVG + "line"))
    assert len(lines) == net.citation.number_of_edges()
    assert all(line.get("marker-end") == "url(#arrow)" for line in lines)
    texts = [t.text for t in svg.iter(SVG + "text")]
    assert texts[0] == "Citations among the 5 selected papers and the target"
    most_central = network.central_nodes(net.citation)[0]
    assert net.citation.nodes[most_central]["title"] in texts
    assert "Arrow: citing → cited" in texts


def test_labels_are_placed_where_they_overlap_nothing_or_left_out():
    points = {"a": (300.0, 100.0), "b": (304.0, 100.0), "c": (308.0, 100.0),
              "d": (312.0, 100.0), "e": (316.0, 100.0)}
    texts = {n: f"A long paper title {n}" for n in points}
    placed = network.place_labels(points, texts, {n: 4.0 for n in points}, 600, 400)
    assert 2 <= len(placed) < len(points)  # crowded: some stay for hover only
    boxes = []
    for label in placed:
        w = 0.62 * network.FONT_PX * len(label.text) + 4
        h = 1.35 * network.FONT_PX
        left = {"start": label.x, "end": label.x - w, "middle": label.x - w / 2}[label.anchor]
        boxes.append((left, label.y - h / 2, left + w, label.y + h / 2))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not network._overlap(a, b)
