"""Options shared by the CLI's commands, seen from the command line: `--run` picks an audit
run, `--csv-dir` writes the report's tables, `--debug` shows the traceback that is otherwise
one `error:` line, and agreement figures are printed as one line each."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from audit_fixtures import convo, write_jsonl_gz
from cli_output import flat
from click.testing import CliRunner
from coding_fixtures import fill, store_with_items, tiny_codebook
from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.audit import show
from citeaudit.audit.report import report_section
from citeaudit.audit.show import csv_name
from citeaudit.cli import main
from citeaudit.core.errors import CiteauditError
from citeaudit.store import Store


def invoke(store: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store), *args])


@pytest.fixture(scope="module")
def audited_twice(tmp_path_factory) -> Path:
    """A store with two finished audit runs: run 1 of eight pairs, run 2 of six."""
    folder = tmp_path_factory.mktemp("audited")
    pairs = [{"chosen": convo(f"How do I bake bread number {i}?", f"Mix flour and water {i}."),
              "rejected": convo(f"How do I bake bread number {i}?", "No.")} for i in range(8)]
    store = folder / "store.sqlite"
    for n in (8, 6):
        data = write_jsonl_gz(folder / str(n) / "harmless-base-test.jsonl.gz", pairs[:n])
        result = invoke(store, "audit", "run", str(data), "--workers", "1")
        assert result.exit_code == 0, result.output
    return store


def test_audit_show_shows_the_latest_run_or_the_one_asked_for(audited_twice):
    latest = invoke(audited_twice, "audit", "show")
    assert latest.exit_code == 0, latest.output
    assert latest.output.startswith("HH audit run 2\n")
    first = invoke(audited_twice, "audit", "show", "--run", "1")
    assert first.exit_code == 0, first.output
    assert first.output.startswith("HH audit run 1\n")
    assert _size_row(first.output)[:2] == ["harmless-base/test", "8"]
    assert _size_row(latest.output)[:2] == ["harmless-base/test", "6"]


def _size_row(shown: str) -> list[str]:
    """The first table row of `audit show`: the file and its number of pairs."""
    return next(line.split() for line in shown.splitlines()
                if line.strip().startswith("harmless-base/test"))


def test_audit_show_of_an_unknown_run_names_it_and_of_an_empty_store_says_what_to_run(
        audited_twice, tmp_path):
    unknown = invoke(audited_twice, "audit", "show", "--run", "99")
    assert unknown.exit_code == 1
    assert flat(unknown.output) == "error: no audit run 99"
    empty = invoke(tmp_path / "new.sqlite", "audit", "show")
    assert empty.exit_code == 1
    assert flat(empty.output) == ("error: no finished audit run in the store: run "
                                  "`citeaudit audit run`")


def test_audit_show_csv_dir_writes_each_report_table_of_the_run_asked_for(audited_twice,
                                                                          tmp_path):
    out_dir = tmp_path / "tables" / "run1"
    result = invoke(audited_twice, "audit", "show", "--run", "1", "--csv-dir", str(out_dir))
    assert result.exit_code == 0, result.output
    with Store(audited_twice) as store:
        tables = report_section(store, run_id=1, problem_limit=1000).tables
        latest = report_section(store, run_id=2, problem_limit=1000).tables
    assert tables and [t.rows for t in tables] != [t.rows for t in latest]
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        [".citeaudit", *(csv_name(t.caption) for t in tables)])
    for table in tables:
        with (out_dir / csv_name(table.caption)).open(newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        assert rows[0] == [str(c) for c in table.columns]
        assert rows[1:] == [["" if v is None else str(v) for v in row] for row in table.rows]
    assert f"{len(tables)} CSV tables in {out_dir}" in flat(result.output)


def test_debug_shows_the_traceback_an_error_otherwise_hides(tmp_path):
    store = tmp_path / "new.sqlite"
    plain = invoke(store, "audit", "show")
    assert plain.exit_code == 1 and isinstance(plain.exception, SystemExit)
    assert "Traceback" not in plain.output
    debug = CliRunner().invoke(main, ["--store", str(store), "--debug", "audit", "show"])
    assert isinstance(debug.exception, CiteauditError)
    assert str(debug.exception) == ("no finished audit run in the store: run "
                                    "`citeaudit audit run`")


def test_audit_labels_prints_one_line_per_agreement_figure(audited_twice, tmp_path):
    store = tmp_path / "labels.sqlite"
    store.write_bytes(audited_twice.read_bytes())
    out_dir = tmp_path / "sample"
    result = invoke(store, "audit", "sample", "-n", "6", "--coder", "alice", "--coder", "bob",
                    "--out-dir", str(out_dir))
    assert result.exit_code == 0, result.output
    # alice and bob agree on pairs 1, 2, 4 and 5
    labels = {"alice": ["acceptable", "harmful", "unhelpful", "acceptable", "harmful",
                        "acceptable"],
              "bob": ["acceptable", "harmful", "acceptable", "acceptable", "harmful",
                      "unhelpful"]}
    for coder, coder_labels in labels.items():
        (workbook,) = out_dir.glob(f"*{coder}*.xlsx")
        ids = sorted(r[0] for r in load_workbook(workbook)["Pairs"].iter_rows(
            min_row=2, max_col=1, values_only=True))
        assert len(ids) == 6
        fill(workbook, {(u, "label"): label for u, label in zip(ids, coder_labels, strict=True)},
             sheet="Pairs")
        imported = invoke(store, "audit", "import", str(workbook))
        assert imported.exit_code == 0, imported.output
    shown = invoke(store, "audit", "labels")
    assert shown.exit_code == 0, shown.output
    lines = [" ".join(line.split()) for line in shown.output.splitlines()]
    # alpha: acceptable 6, harmful 4, unhelpful 2 (n = 12); 2 disagreeing pairs give 4
    # coincidences; expected 144 - (36 + 16 + 4) = 88; 1 - 11 * 4 / 88 = 0.5
    assert "Krippendorff's alpha across all people: 0.500 [95% CI -0.375, 1.000] (n=6)" in lines
    # kappa: po = 4/6; both acceptable 3, harmful 2, unhelpful 1: pe = 14/36; 10/22
    assert "Cohen's kappa alice vs bob: 0.455 [95% CI -0.364, 1.000] (n=6)" in lines
    assert any(line.startswith("Cohen's kappa auto-rules vs alice: ") and line.endswith("(n=6)")
               for line in lines)


def test_audit_show_lays_each_table_out_under_its_title(audited_twice):
    with Store(audited_twice) as store:
        tables = show.show_tables(store.audit.get_measures(2), store.audit.list_identity(2),
                                  store.audit.list_topics(2),
                                  store.audit.list_problems(2, limit=20))
    lines = [line.rstrip() for line in invoke(audited_twice, "audit", "show").output.splitlines()]
    assert len(tables) >= 3
    for table in tables:
        # the title flush left; the header (words may wrap) down to a rule; then the rows
        at = lines.index(table.title)
        ruled = next(i for i in range(at + 1, len(lines)) if lines[i] and set(lines[i]) == {"─"})
        assert " ".join(lines[at + 1:ruled]).split() and sorted(
            " ".join(lines[at + 1:ruled]).split()) == sorted(" ".join(table.columns).split())
        width = len(lines[ruled])
        rows = lines[ruled + 1:ruled + 1 + len(table.rows)]
        for row, cells in zip(rows, table.rows, strict=True):
            assert row.startswith(cells[0]), (row, cells)
            if cells[-1]:  # numbers are right-aligned: the last one ends at the rule's end
                assert row.endswith(cells[-1]) and len(row) == width, (row, cells)
        notes = lines[ruled + 1 + len(table.rows):ruled + 1 + len(table.rows) + len(table.notes)]
        assert notes == table.notes


def test_audit_show_csv_dir_can_be_written_again(audited_twice, tmp_path):
    out_dir = tmp_path / "tables"
    for _ in range(2):
        result = invoke(audited_twice, "audit", "show", "--csv-dir", str(out_dir))
        assert result.exit_code == 0, result.output
    assert (out_dir / ".citeaudit").is_file()
    assert all(p.suffix == ".csv" for p in out_dir.iterdir() if p.name != ".citeaudit")


def test_a_warning_is_one_line_starting_with_warning(tmp_path):
    store_path = tmp_path / "s.sqlite"
    with store_with_items(store_path, n=2) as store:
        book = tiny_codebook()
        coding.register_codebook(store, book)
        path = tmp_path / "alice.csv"
        coding.export_csv(store, book, "alice", path)
    rows = path.read_text(encoding="utf-8-sig").splitlines()
    path.write_text("\n".join(rows[:2]) + "\n", encoding="utf-8")  # item-2's row deleted
    result = invoke(store_path, "code", "import", str(path))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "warning: 1 exported unit(s) are not in the file (rows deleted?); their stored codes "
        "are unchanged")


@pytest.mark.parametrize("workers", ["0", "-2"])
def test_audit_run_refuses_fewer_than_one_worker_before_touching_the_store(tmp_path, workers):
    data = write_jsonl_gz(tmp_path / "helpful-base-test.jsonl.gz", [
        {"chosen": convo("Hi?", "Hello."), "rejected": convo("Hi?", "No.")}])
    result = invoke(tmp_path / "s.sqlite", "audit", "run", str(data), "--workers", workers)
    assert result.exit_code == 2
    assert f"Invalid value for '--workers': {workers} is not in the range x>=1" in flat(
        result.output)
    assert not (tmp_path / "s.sqlite").exists()
