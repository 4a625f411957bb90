"""`citeaudit run` end to end: the fake Semantic Scholar API, a local PDF host over the real
shared PDFs, and the report's numbers checked against the store."""

from __future__ import annotations

import csv
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import SHARED_DATA
from fake_s2 import FakeS2, make_corpus
from report_servers import PdfHost, outcome_for

from citeaudit.cli import main
from citeaudit.core.config import Config
from citeaudit.literature import pipeline
from citeaudit.store import Store

TOP = 20


@pytest.fixture
def world(tmp_path, monkeypatch):
    """Fake S2 whose open-access links point at the local PDF host; a citeaudit.toml."""
    pdf_dir = SHARED_DATA / "corpus" / "pdfs"
    if not pdf_dir.exists():
        pytest.skip(f"shared real PDFs not found at {pdf_dir}")
    with PdfHost(pdf_dir) as host:
        corpus = make_corpus(200, seed=11, twins=4)
        for paper in corpus.citing:
            paper["openAccessPdf"] = {"url": f"{host.url}/oa/{paper['paperId']}.pdf",
                                      "status": "GREEN"}
        with FakeS2(corpus) as s2:
            (tmp_path / "citeaudit.toml").write_text(
                "[citeaudit]\n"
                f's2_api_url = "{s2.url}"\n'
                "s2_min_interval_s = 0.0\n"
                "s2_backoff_base_s = 0.01\n"
                f'arxiv_pdf_url = "{host.url}/arxiv"\n'
                f'acl_pdf_url = "{host.url}/acl"\n'
                "arxiv_min_interval_s = 0.0\n"
                "host_min_interval_s = 0.0\n"
                "http_timeout_s = 5.0\n"
                "http_max_retries = 1\n",
                encoding="utf-8")
            monkeypatch.chdir(tmp_path)
            yield tmp_path, s2, host


def run_cli(*args: str):
    result = CliRunner().invoke(main, ["run", "--top", str(TOP), "--name", "hh", *args])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def test_run_writes_a_report_whose_numbers_match_the_store(world):
    tmp_path, s2, host = world
    result = run_cli()
    index = tmp_path / "reports" / "hh" / "index.html"
    assert f"report: {index.resolve()}" in result.output
    html = index.read_text(encoding="utf-8")
    with Store(tmp_path / "cache" / "citeaudit.sqlite") as store:
        selection = store.literature.get_current_selection()
        items = store.literature.list_selection_items(selection.selection_id)
        n_citing = len(store.literature.list_citing_papers(selection.target_paper_id))
        internal_refs = {(r["citing_paper_id"], r["cited_paper_id"])
                         for r in store.literature.list_references([i["paper_id"] for i in items])}
    ids = [i["paper_id"] for i in items]
    assert len(ids) == TOP

    stats = {label: value for value, label in re.findall(
        r'<span class="value">([^<]*)</span><span class="label">([^<]*)</span>', html)}
    assert stats["citing papers"] == f"{n_citing:,}"
    assert stats["selected"] == str(TOP)

    with open(index.parent / "papers.csv", newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["paper_id"] for r in rows] == ids
    assert [int(r["citations"]) for r in rows] == sorted(
        (int(r["citations"]) for r in rows), reverse=True)

    graph = nx.read_graphml(index.parent / "network" / "citation.graphml")
    assert set(graph.nodes) == set(ids) | {selection.target_paper_id}
    expected_edges = {(a, b) for a, b in internal_refs if b in graph and a != b}
    expected_edges |= {(pid, selection.target_paper_id) for pid in ids}
    assert set(graph.edges) == expected_edges

    # PDFs: when the pdfs stage is part of this build, the report's count is what the host
    # actually served as a PDF (the ground truth outside citeaudit).
    if "pdfs" in {r.split()[0] for r in result.output.splitlines()
                  if r.split()[1:2] == ["done"]}:
        served = sum(1 for pid in ids if outcome_for(pid) == "pdf")
        assert re.search(rf"<dd>{served} of {TOP} obtained", html)


def test_a_rerun_makes_no_api_calls_and_rewrites_the_report(world):
    tmp_path, s2, host = world
    run_cli()
    calls, pdf_calls = len(s2.log), len(host.log)
    first = (tmp_path / "reports" / "hh" / "papers.csv").read_text(encoding="utf-8")
    run_cli()
    assert len(s2.log) == calls
    assert len(host.log) == pdf_calls
    assert (tmp_path / "reports" / "hh" / "papers.csv").read_text(encoding="utf-8") == first


def test_skipping_fetch_on_an_empty_store_says_what_to_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run", "--skip", "fetch"])
    assert result.exit_code == 1
    assert "citeaudit fetch" in result.output


def test_stages_are_listed_in_order_and_unknown_skips_are_refused(tmp_path):
    assert pipeline.STAGE_NAMES == ("fetch", "pdfs", "extract", "code", "network", "report")
    with Store(tmp_path / "s.sqlite") as store, pytest.raises(ValueError, match="stages:"):
        pipeline.run(store, Config(), skip=["nonsense"])


def test_off_a_terminal_run_prints_progress_lines(world):
    """CI logs and `run > log` get lines, not an invisible bar: each stage as it starts,
    how far it got, and the whole run's count at the end."""
    result = run_cli()
    lines = result.stderr.splitlines()
    for stage in pipeline.STAGES:
        assert any(line.startswith(f"{stage.label}:") for line in lines), (stage, lines)
    assert f"citeaudit run: {len(pipeline.STAGES)}/{len(pipeline.STAGES)} (100%)" in lines
    assert any(re.fullmatch(rf"download PDFs: {TOP}/{TOP} \(100%\)", line) for line in lines)
