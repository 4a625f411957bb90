"""The report's content, escaping, exports and atomic writes (no browser; see
test_report_browser.py for what a browser makes of it)."""

from __future__ import annotations

import csv
import os
import re
import stat

import pytest
import report_fixtures as fx
from openpyxl import load_workbook

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.report import collect, run, write_report
from citeaudit.report.data import CodeRecord, final_codes
from citeaudit.report.render import code_spans, script_json
from citeaudit.report.sections import build_sections


@pytest.fixture
def store(tmp_path):
    s = fx.build_store(tmp_path / "store.sqlite")
    yield s
    s.close()


def test_final_codes_prefer_adjudication_then_unanimous_humans():
    codes = [
        CodeRecord("a", "role", "x", "ann"), CodeRecord("a", "role", "x", "bo"),
        CodeRecord("b", "role", "x", "ann"), CodeRecord("b", "role", "y", "bo"),
        CodeRecord("c", "role", "x", "ann"), CodeRecord("c", "role", "y", "bo"),
        CodeRecord("c", "role", "y", "lead", "adjudicated"),
        CodeRecord("d", "role", "z", "auto", "auto"),
    ]
    assert final_codes(codes) == {("a", "role"): {"x"}, ("c", "role"): {"y"}}


def test_a_store_with_only_fetched_data_gets_the_core_sections(store, tmp_path):
    data = collect(store, providers={})
    titles = [s.title for s in build_sections(data)]
    assert titles == ["Overview", "Venues and years", "Citation network", "The papers",
                      "Methods"]
    # Without the passages stage, S2's citation contexts are the evidence.
    assert {p.source for p in data.passages} == {"s2-context"}
    assert data.papers[0].authors == ("Author 0", "<script>x</script>")
    assert len(data.passages) == 12
    html = write_report(data, tmp_path / "r").path.read_text(encoding="utf-8")
    assert "not retrieved in this store" in html


def test_every_section_appears_when_every_stage_has_data(store):
    data = collect(store, providers=fx.PROVIDERS)
    titles = [s.title for s in build_sections(data)]
    assert titles == ["Overview", "Role of the dataset", "Subset used", "Critical engagement",
                      "Venues and years", "Citation network", "Coder agreement", "The papers",
                      "Dataset audit", "Methods"]
    # PDF passages replace S2 contexts for papers that have them, not for the others.
    sources = {p.paper_id: p.source for p in data.passages}
    assert sources["P01"] == "pdf" and sources["P12"] == "s2-context"


def test_numbers_in_the_report_come_from_the_store(store, tmp_path):
    summary = run(store, Config(reports_dir=tmp_path / "reports"), name="hh")
    html = summary.path.read_text(encoding="utf-8")
    stats = dict((label, value) for value, label in re.findall(
        r'<span class="value">([^<]*)</span><span class="label">([^<]*)</span>', html))
    assert stats["citing papers"] == str(len(store.literature.list_citing_papers(fx.TARGET)))
    assert stats["selected"] == str(len(store.literature.list_selected_paper_ids()))
    ranks = re.findall(r'<tr class="paper">\s*<td class="num" data-sort="(\d+)"', html)
    assert [int(r) for r in ranks] == list(range(1, 13))


def test_text_from_outside_is_escaped_everywhere(store, tmp_path):
    data = collect(store, providers=fx.PROVIDERS)
    html = write_report(data, tmp_path / "r").path.read_text(encoding="utf-8")
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>x</script>" not in html and "<b>Venue</b>" not in html
    assert fx.SCRIPT_BREAKOUT not in html
    # The only script elements are ours: five-plus JSON blocks, plotly.js and report.js.
    opened = html.count("<script")
    assert opened == html.count("</script>")
    assert opened == len(re.findall(r'<script (?:type="application/json"|nonce=)', html))


def test_script_json_cannot_close_its_element():
    text = str(script_json({"title": "</script><!-- & \u2028"}))
    assert "</" not in text and "<!--" not in text and "&" not in text
    import json
    assert json.loads(text) == {"title": "</script><!-- & \u2028"}


def test_page_loads_nothing_from_elsewhere(store, tmp_path):
    html = write_report(collect(store, providers=fx.PROVIDERS), tmp_path / "r").path.read_text(
        encoding="utf-8")
    assert not re.search(r"<(?:script|img|link|iframe)[^>]*\s(?:src|href)=", html)
    assert "connect-src 'none'" in html
    markup = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.DOTALL)
    links = re.findall(r'href="([^"]+)"', markup)
    assert all(h.startswith(("#", "https://arxiv.org/abs/", "https://doi.org/",
                             "https://www.semanticscholar.org/paper/", "papers.csv",
                             "report.xlsx", "network/")) for h in links), [
        h for h in links if not h.startswith("#")]


def test_tables_open_in_spreadsheets_with_text_kept_as_text(store, tmp_path):
    summary = run(store, Config(reports_dir=tmp_path), name="hh")
    folder = summary.folder
    with open(folder / "papers.csv", newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["paper_id"] for r in rows] == fx.paper_ids()
    assert rows[4]["title"] == "'" + fx.titles()["P05"]
    book = load_workbook(folder / "report.xlsx")
    assert book.sheetnames == ["Contents", "Papers", "Passages", "Codes", "Network", "PDFs",
                               "Agreement"]
    papers = book["Papers"]
    header = [c.value for c in papers[1]]
    cell = papers.cell(row=6, column=header.index("title") + 1)
    assert cell.value == fx.titles()["P05"] and cell.data_type == "s"
    assert papers.freeze_panes == "A2"
    assert (folder / "network" / "citation.graphml").exists()
    assert (folder / "network" / "node_metrics.csv").exists()


def test_rerun_replaces_the_folder_and_leaves_no_temporary_files(store, tmp_path):
    config = Config(reports_dir=tmp_path / "reports")
    first = run(store, config, name="hh")
    (first.folder / "stale.txt").write_text("old")
    second = run(store, config, name="hh")
    assert second.path.exists() and not (second.folder / "stale.txt").exists()
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["hh"]


def test_report_folder_gets_the_usual_permissions_not_private_ones(store, tmp_path):
    old = os.umask(0o022)
    try:
        summary = run(store, Config(reports_dir=tmp_path / "reports"), name="hh")
    finally:
        os.umask(old)
    assert stat.S_IMODE(summary.folder.stat().st_mode) == 0o755


def test_backticked_commands_become_code_and_everything_else_stays_escaped():
    shown = str(code_spans("run `citeaudit audit run` on <b>&`<script>`"))
    assert shown == ("run <code>citeaudit audit run</code> on &lt;b&gt;&amp;"
                     "<code>&lt;script&gt;</code>")


def test_a_provider_record_missing_a_field_is_named(store):
    def bad_codes(store, ids):
        return [{"paper_id": "P01", "dimension": "role", "code": "x"}, {"paper_id": "P02"}]

    with pytest.raises(CiteauditError, match=r"provider 'codes', record 2: missing 'dimension'"):
        collect(store, providers={"codes": bad_codes})


def test_no_selection_says_what_to_run(tmp_path):
    from citeaudit.store import Store
    with Store(tmp_path / "empty.sqlite") as empty, pytest.raises(CiteauditError,
                                                                  match="citeaudit fetch"):
        collect(empty, providers={})


def test_report_and_network_commands_write_their_files(store, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from citeaudit.cli import main
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["--store", str(store.path), "network", "--out", "net"])
    assert result.exit_code == 0, result.output
    assert "13 papers" in result.output and (tmp_path / "net" / "coupling.gexf").exists()
    result = runner.invoke(main, ["--store", str(store.path), "report", "--name", "hh"])
    assert result.exit_code == 0, result.output
    index = tmp_path / "reports" / "hh" / "index.html"
    assert f"report: {index.resolve()}" in result.output
    assert index.exists()
