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


# ---------------------------------------------------------------------------
# What a reader sees (issue 18): numbering, parts, agreement, shares, rounding, names
# ---------------------------------------------------------------------------
def _html(store, tmp_path, providers=None):
    data = collect(store, providers=fx.PROVIDERS if providers is None else providers)
    summary = write_report(data, tmp_path / "r")
    return data, summary, summary.path.read_text(encoding="utf-8")


def test_figures_and_tables_are_numbered_in_one_sequence_and_references_follow(store,
                                                                                tmp_path):
    _, summary, html = _html(store, tmp_path)
    figures = [int(n) for n in re.findall(
        r'<figcaption><span class="label">Figure (\d+)\.</span>', html)]
    tables = [int(n) for n in re.findall(
        r'<caption><span class="label">Table (\d+)\.</span>', html)]
    assert figures == list(range(1, summary.n_figures + 1)) and summary.n_figures >= 7
    assert tables == list(range(1, len(tables) + 1)) and len(tables) >= 4
    audit = html[html.index('id="ext-audit"'):html.index('id="methods"')]
    # the audit's "Figure A2 ... (Table A3 lists them)" and "Table A3. Findings"
    [findings] = re.findall(r'Table (\d+)\.</span> Findings', audit)
    assert f"(Table {findings} lists them)" in audit
    assert "A2" not in audit and "A3" not in audit


def test_title_overview_methods_and_workbook_name_every_part_present(store, tmp_path):
    data, summary, html = _html(store, tmp_path)
    assert data.title.endswith(", with the dataset audit")
    overview = html[html.index('id="overview"'):html.index('id="dim-role"')]
    assert '<a href="#papers">How the literature uses the dataset</a>: the selected' in overview
    assert '<a href="#ext-audit">Dataset audit</a>: Checks over the HH-RLHF files.' in overview
    methods = html[html.index('id="methods"'):]
    assert "<dt>Dataset audit</dt><dd><code>citeaudit audit run</code> reads" in methods
    assert "Pairs audited: 2,312." in methods
    book = load_workbook(summary.folder / "report.xlsx")
    contents = {row[0]: row[1:] for row in book["Contents"].iter_rows(min_row=2,
                                                                      values_only=True)}
    audit_sheets = [sheet for sheet, (part, _) in contents.items() if part == "Dataset audit"]
    assert len(audit_sheets) == 2 and all(s in book.sheetnames for s in audit_sheets)
    assert contents[audit_sheets[0]][1] == "Findings"
    assert [c.value for c in book[audit_sheets[0]][1]] == ["check", "pairs"]


def test_the_methods_agreement_entry_is_complete(store, tmp_path):
    _, _, html = _html(store, tmp_path)
    entry = re.search(r"<dt>Agreement</dt><dd>(.*?)</dd>", html).group(1)
    assert "…" not in entry and "..." not in entry
    assert ("Role of the dataset 0.81 (95% interval 0.55 to 1.00), 8 papers; "
            "Critical engagement 0.42 (95% interval 0.05 to 0.80), 8 papers.") in entry
    assert "5 figures in the Coder agreement table" in entry


def test_the_agreement_chart_has_one_row_per_dimension_with_its_interval(store):
    data = collect(store, providers=fx.PROVIDERS)
    [section] = [s for s in build_sections(data) if s.id == "agreement"]
    [figure] = section.figures
    [dots] = figure.figure.data
    assert list(dots.y) == ["Critical engagement", "Role of the dataset"]  # bottom-up
    assert list(dots.x) == [pytest.approx(0.4167, abs=1e-4), 0.81]
    assert list(dots.error_x.arrayminus) == pytest.approx([0.4167 - 0.05, 0.81 - 0.55],
                                                          abs=1e-4)
    assert figure.figure.layout.height == 120 + 44 * 2
    [table] = [b.table for b in section.blocks if b.kind == "table"]
    assert len(table.rows) == len(data.agreement) == 5
    assert ["Role of the dataset", "all humans", "krippendorff alpha", 0.81, "0.55 to 1.00",
            8] in table.rows


def test_human_and_automatic_bars_are_shares_of_the_papers_each_coded(store):
    data = collect(store, providers=fx.PROVIDERS)
    [role] = [s for s in build_sections(data) if s.id == "dim-role"]
    auto, human = role.figures[0].figure.data
    assert auto.name == "automatic coder (12 papers)" and human.name == "human verdict (7 papers)"
    shares = dict(zip(human.y, human.x, strict=True))
    # humans: 8 papers coded, P02 disputed and not adjudicated, P03 adjudicated -> 7 verdicts;
    # P01 and P05 policy training (P03 was adjudicated to evaluation)
    assert shares["Policy training (SFT, RLHF or DPO-style)"] == pytest.approx(100 * 2 / 7)
    assert sum(auto.x) == pytest.approx(100)  # one role per paper in the fixture
    assert "7 a human verdict" in role.figures[0].caption


def test_codes_by_year_counts_papers_or_sets_papers_with_several_codes_side_by_side():
    from citeaudit.report import figures
    from citeaudit.report.data import CodeOption, Dimension, PaperRow

    dim = Dimension("role", "Role", True, (CodeOption("a", "A"), CodeOption("b", "B")))
    papers = [PaperRow(i, f"p{i}", "t", 2023, "", (), 0, 0) for i in range(3)]
    one_each = figures.codes_by_year(dim, {"p0": {"a"}, "p1": {"b"}, "p2": {"a"}}, papers)
    assert one_each.layout.barmode == "stack" and one_each.layout.yaxis.title.text == "papers"
    assert sum(sum(t.y) for t in one_each.data) == 3
    several = figures.codes_by_year(dim, {"p0": {"a", "b"}, "p1": {"b"}}, papers)
    assert several.layout.barmode == "group"
    assert several.layout.yaxis.title.text == "papers with the code"
    assert "(2 papers)" in several.layout.title.text


def test_numbers_are_rounded_for_people_and_cleaned_of_noise_in_the_files(store, tmp_path):
    from citeaudit.report.render import human

    assert [human(v) for v in (1.3877787807814457e-17, 0.4166666, 12.34567, 123456.789123, 12345,
                               0.000123456, 0.00001234, 0.3611, None, "x")] == [
        "0", "0.417", "12.3", "123,457", "12,345", "0.000123", "1.23e-05", "0.3611", "", "x"]
    _, summary, html = _html(store, tmp_path)
    assert "1.3877787807814457e-17" not in html.split("<script")[0]
    assert '<td class="num" data-sort="0.14285714285714285">0.143</td>' in html
    with open(summary.folder / "agreement.csv", newline="", encoding="utf-8-sig") as handle:
        values = [r["value"] for r in csv.DictReader(handle)]
    assert "0.0" in values and "0.416667" in values
    assert not any("e-1" in v for v in values)
    book = load_workbook(summary.folder / "report.xlsx")
    noise, alpha = book["Agreement"]["D4"], book["Agreement"]["D5"]
    assert noise.value == 0 and alpha.value == 0.416667 and alpha.number_format == "0.000"


def test_model_paths_show_as_folder_names(tmp_path):
    from eval_fixtures import write_generations

    from citeaudit.evals import analysis
    from citeaudit.evals.generate import import_generations
    from citeaudit.evals.report import report_section
    from citeaudit.report.data import display_names

    assert display_names(["/runs/a/final", "/runs/b/final", "/models/sft-hh", "org/hub-model",
                          "m1"]) == {"/runs/a/final": "a/final", "/runs/b/final": "b/final",
                                     "/models/sft-hh": "sft-hh"}
    rows = write_generations(tmp_path / "g.csv")
    paths = {"m1": "/home/ann/runs/sft-hh", "m2": "/home/ann/runs/sft-hh-filtered"}
    with open(tmp_path / "g.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**r, "model": paths[r["model"]]} for r in rows)
    with fx.build_store(tmp_path / "s.sqlite") as store:
        import_generations(store, tmp_path / "g.csv")
        analysis.run(store, None)
        data = collect(store, providers={**fx.PROVIDERS, "evaluation": report_section})
    html = write_report(data, tmp_path / "r").path.read_text(encoding="utf-8")
    assert "/home/ann" not in html.replace("\\/", "/")  # figure JSON may escape '/'
    assert "sft-hh-filtered" in html and "sft-hh" in html
    [evaluation] = [s for s in build_sections(data) if s.id == "ext-evaluation"]
    charts = " ".join(str(f.figure.to_plotly_json()) for f in evaluation.figures)
    assert "/home/ann" not in charts and "sft-hh-filtered" in charts


def test_the_network_chart_draws_arrows_labels_and_a_target_switch(store):
    data = collect(store, providers=fx.PROVIDERS)
    [section] = [s for s in build_sections(data) if s.id == "network"]
    figure = section.figures[0].figure
    graph = data.network.citation
    arrows = [a for a in figure.layout.annotations if a.showarrow]
    assert len(arrows) == graph.number_of_edges()
    labels = [a.text for a in figure.layout.annotations if not a.showarrow]
    assert labels and labels[0] == graph.nodes[
        max((n for n in graph if n != fx.TARGET), key=lambda n: graph.nodes[n]["pagerank"])
    ]["title"][:28]
    [menu] = figure.layout.updatemenus
    assert [b.label for b in menu.buttons] == ["with the target", "without the target"]
    without = menu.buttons[1].args
    hidden = [t.name for t, shown in zip(figure.data, without[0]["visible"], strict=True)
              if not shown]
    assert hidden == ["citations of the target", "the target"]
    assert sum(1 for a in without[1]["annotations"] if a["showarrow"]) == sum(
        1 for _, b in graph.edges if b != fx.TARGET)
    assert figure.layout.legend.x > 1  # beside the plot, away from the title


def test_network_without_target_from_the_command_line(store, tmp_path):
    from click.testing import CliRunner

    from citeaudit.cli import main
    result = CliRunner().invoke(main, ["--store", str(store.path), "network",
                                       "--without-target", "--out", str(tmp_path / "net")])
    assert result.exit_code == 0, result.output
    assert "12 papers" in " ".join(result.output.split())
    svg = (tmp_path / "net" / "citation.svg").read_text(encoding="utf-8")
    assert "Citations among the 12 selected papers</text>" in svg and "the target" not in svg
