"""Output folders a user names: a command replaces only a folder citeaudit wrote (one holding
the .citeaudit mark), refuses any other non-empty folder and report names that leave
reports/, and writes files with the user's usual permissions. Everything through the CLI in
a working folder that holds a store, notes and other people's files."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
import report_fixtures as fx
from audit_fixtures import audit_store
from click.testing import CliRunner
from eval_fixtures import write_generations

from citeaudit.cli import main
from citeaudit.core.files import OWNER_MARK

USER_FILES = {
    "notes.md": b"my notes\n",
    "src/analysis.py": b"print('hello')\n",
    "reports/sample/alice.xlsx": b"a coder's filled-in workbook",
    "reports/older/index.html": b"<p>a report kept by hand</p>",
}


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A working folder: the store in cache/, the user's files, and it is the current folder."""
    folder = tmp_path / "work"
    fx.build_store(folder / "cache" / "citeaudit.sqlite").close()
    for name, content in USER_FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    monkeypatch.chdir(folder)
    return folder


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def compact(text: str) -> str:
    """Text without whitespace, so where the terminal wraps (even inside a path) does not
    matter."""
    return "".join(text.split())


def says(result, *words: str) -> bool:
    return all(compact(word) in compact(result.output) for word in words)


def files_under(folder: Path, skip: str = "cache") -> dict[str, bytes]:
    """Every file under `folder` (the store's folder aside: opening it may write) by content."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] != skip}


def assert_refused(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert says(result, *words), result.output


# --- report --name / --out, run --name ---
@pytest.mark.parametrize("name", ["..", ".", "../../x", "sub/dir", "back\\slash", ""])
def test_report_names_that_leave_reports_are_refused_and_nothing_changes(work, name):
    before = files_under(work)
    result = cli("report", "--name", name)
    assert_refused(result, "report name", "one folder name inside reports")
    assert files_under(work) == before
    assert not (work.parent / "x").exists()


def test_an_absolute_report_name_is_refused(work, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    before = files_under(work)
    assert_refused(cli("report", "--name", str(elsewhere)), "report name")
    assert files_under(work) == before and not elsewhere.exists()


def test_run_with_a_bad_report_name_is_refused_before_any_stage(work):
    before = files_under(work)
    result = cli("run", "--skip", "fetch", "--skip", "pdfs", "--skip", "extract",
                 "--skip", "code", "--name", "..")
    assert_refused(result, "report name '..'")
    assert files_under(work) == before and not (work / "network").exists()


def test_report_out_to_a_folder_with_a_users_file_is_refused_and_the_file_kept(work):
    before = files_under(work)
    result = cli("report", "--out", "src")
    assert_refused(result, "src: folder exists", "not written by citeaudit",
                   "choose another output folder")
    assert files_under(work) == before
    assert not list(work.glob(".src.*"))  # no staging folder left behind


@pytest.mark.parametrize("out", [".", "..", "notes.md", "link-to-src", "reports/../src"])
def test_report_out_to_the_working_folder_its_parent_a_file_or_a_link_is_refused(work, out):
    """Whatever --out names (the current folder, its parent, a file, a link to a user's
    folder, a path that climbs back), a folder citeaudit did not write is left as it is."""
    (work / "link-to-src").symlink_to(work / "src", target_is_directory=True)
    before = files_under(work)
    outside = files_under(work.parent, skip="work")
    result = cli("report", "--out", out)
    if out == "notes.md":  # click refuses a file before citeaudit runs (usage error, exit 2)
        assert result.exit_code == 2 and says(result, "'notes.md' is a file"), result.output
    else:
        assert_refused(result, "citeaudit", "choose another output folder")
    assert files_under(work) == before
    assert files_under(work.parent, skip="work") == outside
    assert (work / "link-to-src").is_symlink()
    assert not list(work.parent.glob(".*.tmp-*")) and not list(work.glob(".*.tmp-*"))


def test_report_out_to_an_empty_folder_writes_the_report(work):
    (work / "empty").mkdir()
    assert cli("report", "--out", "empty").exit_code == 0
    assert (work / "empty" / "index.html").is_file()


def test_a_second_report_replaces_the_first_and_leaves_siblings_alone(work):
    assert cli("report", "--name", "hh").exit_code == 0
    folder = work / "reports" / "hh"
    assert (folder / OWNER_MARK).is_file()
    (folder / "papers.csv").write_text("stale")
    before = files_under(work / "reports")
    result = cli("report", "--name", "hh")
    assert result.exit_code == 0, result.output
    after = files_under(work / "reports")
    assert after["hh/papers.csv"] != b"stale"
    assert {k: v for k, v in after.items() if not k.startswith("hh/")} == {
        k: v for k, v in before.items() if not k.startswith("hh/")}
    assert sorted(p.name for p in (work / "reports").iterdir()) == ["hh", "older", "sample"]


def test_a_folder_without_the_mark_is_never_replaced(work):
    """E.g. a folder the user made, or one from before citeaudit marked its folders."""
    before = files_under(work)
    result = cli("report", "--name", "older")
    assert_refused(result, "reports/older: folder exists", OWNER_MARK, "move this one away")
    assert files_under(work) == before


def test_leftovers_of_a_killed_report_do_not_stop_the_next_one(work):
    """A run killed while building leaves an unmarked staging folder beside the report;
    the next run builds its own and leaves the leftover as it is."""
    leftover = work / "reports" / ".hh.tmp-0badc0de"
    leftover.mkdir()
    (leftover / "papers.csv").write_text("half a tab")
    result = cli("report", "--name", "hh")
    assert result.exit_code == 0, result.output
    assert (work / "reports" / "hh" / "index.html").is_file()
    assert (work / "reports" / "hh" / OWNER_MARK).is_file()
    assert (leftover / "papers.csv").read_text() == "half a tab"


@pytest.mark.parametrize(("umask", "file_mode", "dir_mode"),
                         [(0o022, 0o644, 0o755), (0o002, 0o664, 0o775)])
def test_report_files_get_the_usual_permissions(work, umask, file_mode, dir_mode):
    old = os.umask(umask)
    try:
        result = cli("report", "--name", "hh")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    folder = work / "reports" / "hh"
    written = [folder, *folder.rglob("*")]
    suffixes = {p.suffix for p in written}
    assert {".csv", ".xlsx", ".html", ".graphml"} <= suffixes
    modes = {p.relative_to(work).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in written}
    assert modes == {name: dir_mode if (work / name).is_dir() else file_mode
                     for name in modes}


# --- network --out ---
def test_network_out_refuses_a_users_folder_and_replaces_its_own(work):
    (work / "graphs").mkdir()
    (work / "graphs" / "citation.graphml").write_bytes(b"<my hand-edited graph/>")
    before = files_under(work)
    assert_refused(cli("network", "--out", "graphs"), str(work / "graphs"),
                   "not written by citeaudit")
    assert files_under(work) == before
    assert cli("network", "--out", "net").exit_code == 0
    (work / "net" / "stale.gexf").write_text("old")
    assert cli("network", "--out", "net").exit_code == 0
    assert (work / "net" / OWNER_MARK).is_file() and not (work / "net" / "stale.gexf").exists()


def test_network_then_report_under_the_same_name(work):
    """The pipeline's order: the network stage makes reports/<name>/, the report replaces it."""
    assert cli("network").exit_code == 0
    result = cli("report")
    assert result.exit_code == 0, result.output
    default = next(p for p in (work / "reports").iterdir() if p.name not in ("older", "sample"))
    assert (default / "index.html").is_file() and (default / "network" / OWNER_MARK).is_file()
    assert cli("network").exit_code == 0  # and the report's network folder is replaceable


# --- audit show --csv-dir, audit filter --out-dir ---
@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    return audit_store(tmp_path_factory.mktemp("audited"), n_pairs=60)


def test_audit_csv_dir_refuses_a_users_folder_and_replaces_its_own(audited, tmp_path):
    mine = tmp_path / "tables"
    mine.mkdir()
    (mine / "keep.csv").write_text("mine")
    result = cli("--store", str(audited), "audit", "show", "--csv-dir", str(mine))
    assert_refused(result, str(mine), "not written by citeaudit")
    assert [p.name for p in mine.iterdir()] == ["keep.csv"]
    ours = tmp_path / "audit-tables"
    for _ in range(2):
        result = cli("--store", str(audited), "audit", "show", "--csv-dir", str(ours))
        assert result.exit_code == 0, result.output
    assert (ours / OWNER_MARK).is_file() and len(list(ours.glob("*.csv"))) >= 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit-tables", "tables"]


def test_audit_filter_refuses_a_users_folder_and_replaces_its_own(audited, tmp_path):
    data = tmp_path / "my-data"
    data.mkdir()
    (data / "train.jsonl.gz").write_bytes(b"my own data")
    args = ["--store", str(audited), "audit", "filter", "--drop", "duplicate-pair"]
    assert_refused(cli(*args, "--out-dir", str(data)), str(data), "not written by citeaudit")
    assert [p.name for p in data.iterdir()] == ["train.jsonl.gz"]
    clean = tmp_path / "hh-clean"
    for _ in range(2):
        result = cli(*args, "--out-dir", str(clean))
        assert result.exit_code == 0, result.output
    written = clean / "harmless-base" / "test.jsonl.gz"
    assert written.is_file() and (clean / OWNER_MARK).is_file()
    assert says(result, f"{written}: kept 60", f"manifest: {clean / 'manifest.json'}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hh-clean", "my-data"]


def test_filter_manifest_names_the_final_files(audited, tmp_path):
    import json
    clean = tmp_path / "hh-clean"
    assert cli("--store", str(audited), "audit", "filter", "--drop", "broken",
               "--out-dir", str(clean)).exit_code == 0
    manifest = json.loads((clean / "manifest.json").read_text())
    assert [f["output"] for f in manifest["files"]] == [
        str(clean / "harmless-base" / "test.jsonl.gz")]
    assert not re.search(r"\.tmp-", json.dumps(manifest))


# --- eval disparity --out-dir ---
@pytest.fixture(scope="module")
def evaluated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evaluated")
    write_generations(folder / "gens.csv")
    store = folder / "eval.sqlite"
    for args in (["import", str(folder / "gens.csv")], ["classify"]):
        result = cli("--store", str(store), "eval", *args)
        assert result.exit_code == 0, result.output
    return store


def test_eval_disparity_refuses_a_users_folder_and_replaces_its_own(evaluated, tmp_path):
    mine = tmp_path / "analysis"
    mine.mkdir()
    (mine / "eval_rates.csv").write_text("my own rates")
    args = ["--store", str(evaluated), "eval", "disparity", "--permutations", "200", "--out-dir"]
    assert_refused(cli(*args, str(mine)), "analysis: folder exists", "not written by citeaudit")
    assert (mine / "eval_rates.csv").read_text() == "my own rates"
    ours = tmp_path / "eval"
    for _ in range(2):
        result = cli(*args, str(ours))
        assert result.exit_code == 0, result.output
    assert (ours / OWNER_MARK).is_file() and (ours / "eval_rates.csv").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["analysis", "eval"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664)])
@pytest.mark.parametrize("as_csv", [False, True])
def test_coders_workbooks_get_the_usual_permissions(audited, tmp_path, umask, mode, as_csv):
    out = tmp_path / "audit-sample"
    old = os.umask(umask)
    try:
        result = cli("--store", str(audited), "audit", "sample", "-n", "6", "--coder", "alice",
                     "--out-dir", str(out), *(["--csv"] if as_csv else []))
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    (workbook,) = out.iterdir()
    assert workbook.suffix == (".csv" if as_csv else ".xlsx")
    assert stat.S_IMODE(workbook.stat().st_mode) == mode
