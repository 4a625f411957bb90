"""A report without citing literature: a store that holds only a dataset audit (the real audit
of a slice of the shared harmless-base test split) or only a model evaluation (imported and
classified generations) still gets its report, with a note where the literature would be;
a store with nothing at all gets an error naming the commands that fill it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import report_fixtures as fx
from audit_fixtures import audit_store
from browser_fixtures import open_report
from click.testing import CliRunner
from eval_fixtures import write_generations
from openpyxl import load_workbook

from citeaudit.cli import main
from citeaudit.core.errors import CiteauditError
from citeaudit.report import collect, write_report
from citeaudit.report.sections import LITERATURE_NOTE, build_sections
from citeaudit.store import Store


def cli(store_path: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store_path), *args])


def evaluate(store_path: Path, folder: Path) -> None:
    """Import and classify the evaluation fixtures' generations (through the CLI)."""
    write_generations(folder / "gens.csv")
    for args in (["import", str(folder / "gens.csv")], ["classify"]):
        result = cli(store_path, "eval", *args)
        assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """{'audit': audit only, 'evaluation': evaluation only, 'both': audit and evaluation}."""
    root = tmp_path_factory.mktemp("no-literature")
    audited = audit_store(root)
    both = root / "both.sqlite"
    shutil.copy(audited, both)
    evaluate(both, root)
    evaluated = root / "eval.sqlite"
    evaluate(evaluated, root)
    return {"audit": audited, "evaluation": evaluated, "both": both}


def report_of(store_path: Path, folder: Path):
    with Store(store_path) as store:
        data = collect(store)
    return data, write_report(data, folder)


@pytest.mark.parametrize(("kind", "section_id", "missing"), [
    ("audit", "ext-audit", ["citeaudit eval ...", "citeaudit experiment"]),
    ("evaluation", "ext-evaluation", ["citeaudit audit run", "citeaudit experiment"]),
])
def test_one_part_alone_gets_its_section_and_the_literature_note(stores, tmp_path, kind,
                                                                 section_id, missing):
    data, summary = report_of(stores[kind], tmp_path / "r")
    assert not data.has_literature and data.papers == [] and data.network is None
    sections = build_sections(data)
    assert [s.id for s in sections] == ["overview", section_id, "methods"]
    assert not summary.has_literature and summary.n_papers == 0
    assert summary.n_figures == len(sections[1].figures) > 0
    html = summary.path.read_text(encoding="utf-8")
    assert html.count('id="literature-note"') == 1
    assert "<code>citeaudit fetch</code>" in html
    for command in missing:  # the overview says what else the store lacks
        assert f"<code>{command}</code>" in html
    # no literature sections, no download links to files that do not exist
    for absent in ('id="papers-table"', 'id="corpus"', 'id="network"', 'href="papers.csv"'):
        assert absent not in html
    # the overview and Methods speak of the part present, not of the literature
    overview = html[html.index('id="overview"'):html.index(f'id="{section_id}"')]
    assert f'<a href="#{section_id}">{sections[1].title}</a>' in overview
    methods = html[html.index('id="methods"'):]
    assert f"<dt>{sections[1].title}</dt>" in methods


def test_no_literature_tables_are_written_only_the_parts_workbook(stores, tmp_path):
    _, summary = report_of(stores["audit"], tmp_path / "r")
    assert [f.name for f in summary.files] == ["report.xlsx"]
    assert sorted(p.name for p in summary.folder.iterdir()) == [
        ".citeaudit", "index.html", "report.xlsx"]
    book = load_workbook(summary.folder / "report.xlsx")
    contents = list(book["Contents"].values)
    assert contents[0] == ("sheet", "part", "what it holds")
    assert {row[1] for row in contents[1:]} == {"Dataset audit: HH-RLHF"}
    assert book.sheetnames[1:] == [row[0] for row in contents[1:]]
    assert book.sheetnames[1] == "Table 1"


def test_audit_and_evaluation_together_name_both_in_the_title(stores, tmp_path):
    data, summary = report_of(stores["both"], tmp_path / "r")
    assert data.title == "Dataset audit and model evaluation"
    assert summary.sections[0] == "Overview"
    assert [s.id for s in build_sections(data)] == ["overview", "ext-audit", "ext-evaluation",
                                                     "methods"]
    assert data.stages_missing == ["the training experiment (`citeaudit experiment`)"]
    html = summary.path.read_text(encoding="utf-8")
    assert "<title>Dataset audit and model evaluation</title>" in html


def test_nothing_stored_names_the_commands(tmp_path):
    with Store(tmp_path / "empty.sqlite") as empty, pytest.raises(CiteauditError) as caught:
        collect(empty)
    for command in ("citeaudit fetch", "citeaudit audit run", "citeaudit eval classify"):
        assert command in str(caught.value)


def test_imported_but_unclassified_generations_are_not_a_report(tmp_path):
    write_generations(tmp_path / "gens.csv")
    store_path = tmp_path / "s.sqlite"
    assert cli(store_path, "eval", "import", str(tmp_path / "gens.csv")).exit_code == 0
    result = cli(store_path, "report", "--out", str(tmp_path / "r"))
    assert result.exit_code == 1
    assert "citeaudit eval classify" in " ".join(result.output.split())
    assert not (tmp_path / "r").exists()


def test_cli_report_on_an_audit_only_store(stores, tmp_path):
    result = cli(stores["audit"], "report", "--out", str(tmp_path / "r"))
    assert result.exit_code == 0, result.output
    index = (tmp_path / "r" / "index.html").resolve()
    assert f"report: {index}" in result.output
    assert "no citing literature in this store (`citeaudit fetch` adds it)" in \
        " ".join(result.output.split())
    assert "Dataset audit: HH-RLHF" in result.output and "0 papers" not in result.output
    assert 'id="literature-note"' in index.read_text(encoding="utf-8")


def test_cli_report_on_an_empty_store_is_an_error_naming_the_commands(tmp_path):
    result = cli(tmp_path / "empty.sqlite", "report", "--out", str(tmp_path / "r"))
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert said.startswith("error: nothing to report yet")
    for command in ("citeaudit fetch", "citeaudit audit run", "citeaudit eval classify"):
        assert command in said
    assert not (tmp_path / "r").exists()


def test_with_a_selection_the_report_is_unchanged(tmp_path):
    with fx.build_store(tmp_path / "s.sqlite") as store:
        data = collect(store, providers=fx.PROVIDERS)
    assert data.has_literature
    summary = write_report(data, tmp_path / "r")
    html = summary.path.read_text(encoding="utf-8")
    assert LITERATURE_NOTE.split(",")[0] not in html and "literature-note" not in html
    nav = re.search(r'<span class="downloads">(.*?)</span>', html).group(1)
    assert re.findall(r'href="([^"]+)"', nav) == ["papers.csv", "report.xlsx",
                                                  "network/citation.graphml",
                                                  "network/citation.svg"]
    assert all((summary.folder / href).exists() for href in re.findall(r'href="([^"]+)"', nav))


# ---------------------------------------------------------------------------
# In a browser
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "section_id"), [("audit", "ext-audit"),
                                                  ("evaluation", "ext-evaluation")])
def test_the_page_works_in_chromium(stores, browser, tmp_path, kind, section_id):
    _, summary = report_of(stores[kind], tmp_path / "r")
    page, events = open_report(browser, summary.path)
    try:
        assert events["console_errors"] == events["page_errors"] == []
        assert set(events["requests"]) == {summary.path.as_uri()}
        note = page.locator("#literature-note")
        assert note.is_visible()
        assert "No citing literature has been fetched" in note.inner_text()
        assert note.locator("code").all_inner_texts() == ["citeaudit fetch", "citeaudit run"]
        # every chart of the section is drawn, and there are no charts outside it
        drawn = page.evaluate("""(id) => Array.from(document.querySelectorAll('.plot')).map(
            d => [d.closest('section').id, d.querySelectorAll(
              'svg.main-svg .bars, svg.main-svg .scatterlayer .trace, '
              + 'svg.main-svg .heatmaplayer .hm image').length])""", section_id)
        assert len(drawn) == summary.n_figures > 0
        assert all(where == section_id and n > 0 for where, n in drawn), drawn
        tables = page.locator(f"#{section_id} table.data")
        assert tables.count() > 0
        assert page.locator(f"#{section_id} table.data tbody tr").count() > 0
        # the table of contents points at the sections that are there, in order
        links = page.locator("nav.toc .wrap > a").evaluate_all("as => as.map(a => a.hash)")
        ids = page.locator("main > section").evaluate_all("ss => ss.map(s => '#' + s.id)")
        assert links == ids == ["#overview", f"#{section_id}", "#methods"]
        assert page.locator("nav.toc .downloads a").all_inner_texts() == ["report.xlsx"]
        text = page.evaluate("document.body.innerText")
        assert not re.search(r"\b(None|undefined|NaN)\b", text)
    finally:
        page.context.close()
