"""`citeaudit code import` checking a filled sheet as a person returns it: every problem named
with its file, sheet and cell (nothing stored), and what it stores when the sheet is good."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from cli_output import flat
from click.testing import CliRunner
from coding_fixtures import TINY_CODEBOOK, fill, store_with_items, tiny_codebook
from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.cli import main
from citeaudit.coding import ADJUDICATED
from citeaudit.store import Store

MANY_COMMAS = ", ".join(f"point {i}" for i in range(60))


@pytest.fixture
def store_path(tmp_path) -> Path:
    """A store with items 1-3 and the tiny codebook."""
    path = tmp_path / "s.sqlite"
    with store_with_items(path, n=3) as store:
        coding.register_codebook(store, tiny_codebook())
    return path


def export(store_path: Path, path: Path, coder: str = "alice") -> Path:
    with Store(store_path) as store:
        if path.suffix == ".csv":
            coding.export_csv(store, tiny_codebook(), coder, path)
        else:
            coding.export_xlsx(store, tiny_codebook(), coder, path)
    return path


def edit_csv(path: Path, values: dict[tuple[str, str], str], *, delimiter: str = ",",
             encoding: str = "utf-8", add_rows: list[dict[str, str]] | None = None) -> None:
    """Type values into an exported CSV by unit_id and header, and save it as a spreadsheet
    program would (any delimiter, CRLF line ends)."""
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
        headers = list(rows[0])
    by_id = {r["unit_id"]: r for r in rows}
    for (unit_id, header), value in values.items():
        by_id[unit_id][header] = value
    rows += [{"export_id": rows[0]["export_id"], **row} for row in add_rows or []]
    with path.open("w", newline="", encoding=encoding) as f:
        writer = csv.DictWriter(f, headers, delimiter=delimiter, restval="")
        writer.writeheader()
        writer.writerows(rows)


def import_(store_path: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store_path), "code", "import", *args])


def codes(store_path: Path, coder: str = "alice") -> dict:
    with Store(store_path) as store:
        return coding.code_table(store, tiny_codebook()).get(coder, {})


def refused(result, path: Path, *problems: str) -> None:
    """The import failed naming `path` and exactly these problems."""
    assert result.exit_code == 1, result.output
    expected = (f"error: {path}: {len(problems)} problem(s); nothing was imported. Fix them "
                "and import again: " + " ".join(f"- {p}" for p in problems))
    assert flat(result.output) == flat(expected)


def test_csv_saved_with_semicolons_or_tabs_imports_and_reimport_does_nothing(store_path,
                                                                            tmp_path):
    for import_id, coder, delimiter in ((1, "alice", ";"), (2, "bob", "\t")):
        path = export(store_path, tmp_path / f"{coder}.csv", coder)
        # a note full of commas must not make the comma look like the delimiter
        edit_csv(path, {("item-1", "colour"): "Red", ("item-1", "tags"): "big; Round",
                        ("item-2", "tags"): "soft\nround",
                        ("item-3", "notes"): MANY_COMMAS},
                 delimiter=delimiter)
        result = import_(store_path, str(path))
        assert result.exit_code == 0, result.output
        assert flat(result.output) == (f"{path}: 4 code(s) stored for {coder}, 0 unchanged, "
                                       "5 blank, 0 newer stored code(s) kept")
        assert codes(store_path, coder) == {"item-1": {"colour": ["red"], "tags": ["round", "big"]},
                                            "item-2": {"tags": ["round", "soft"]}}
        with Store(store_path) as store:
            notes = coding.notes_of(store, tiny_codebook(), coder)
        assert notes == {"item-3": MANY_COMMAS}
        again = import_(store_path, str(path))
        assert again.exit_code == 0, again.output
        assert flat(again.output) == (f"{path}: already imported (import #{import_id}); "
                                      "nothing to do")


def test_note_with_windows_line_ends_is_stored_as_typed(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-1", "notes"): "first line\r\nsecond line"})
    assert import_(store_path, str(path)).exit_code == 0
    with Store(store_path) as store:
        assert coding.notes_of(store, tiny_codebook(), "alice") == {
            "item-1": "first line\r\nsecond line"}


def test_import_csv_and_import_xlsx_take_the_import_options(store_path, tmp_path):
    csv_path = export(store_path, tmp_path / "alice.csv")
    xlsx_path = export(store_path, tmp_path / "alice.xlsx")
    edit_csv(csv_path, {("item-1", "colour"): "red"})
    fill(xlsx_path, {("item-1", "colour"): "blue"})
    with Store(store_path) as store:
        assert coding.import_csv(store, csv_path).n_changed == 1
        # the workbook was exported before the CSV was imported: a conflict unless preferred
        report = coding.import_xlsx(store, xlsx_path, prefer_file=True)
        assert [(c.unit_id, c.old, c.new) for c in report.changes] == [
            ("item-1", ["red"], ["blue"])]
    assert codes(store_path) == {"item-1": {"colour": ["blue"]}}


def test_csv_that_is_not_utf8_or_empty_or_not_an_export_is_refused(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-1", "notes"): "café"}, encoding="latin-1")
    offset = path.read_bytes().index(b"caf\xe9") + 3
    refused(import_(store_path, str(path)), path,
            f"file: not UTF-8 text (byte {offset}); save it as 'CSV UTF-8'")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused(import_(store_path, str(empty)), empty, "file: the file is empty")
    no_id = tmp_path / "no_id.csv"
    no_id.write_text("unit_id,colour\nitem-1,red\n", encoding="utf-8")
    refused(import_(store_path, str(no_id)), no_id,
            "file: no 'export_id' column: this CSV was not exported by citeaudit code export "
            "(or the column was deleted); export again")
    mixed = export(store_path, tmp_path / "mixed.csv")
    text = mixed.read_text(encoding="utf-8-sig").splitlines()
    text[2] = "another-export" + text[2][text[2].index(","):]
    mixed.write_text("\n".join(text) + "\n", encoding="utf-8")
    refused(import_(store_path, str(mixed)), mixed,
            "column 'export_id': expected one export id in every row, found 2; rows from "
            "different exports were mixed or the column was edited")
    foreign = tmp_path / "foreign.csv"
    foreign.write_text(" EXPORT_ID ,unit_id,colour\nsomewhere-else,item-1,red\n,item-2,\n",
                       encoding="utf-8")
    refused(import_(store_path, str(foreign)), foreign,
            "file: its export id is unknown to this store: it was exported from another store "
            "(or the export id was edited); import it into the store it came from")
    assert codes(store_path) == {}


def test_files_by_type_and_name(store_path, tmp_path):
    cases = {
        "old.xls": (b"\xd0\xcf\x11\xe0" + b"\0" * 60, "file: this is an old binary .xls (or "
                    "other OLE) file, not .xlsx; in your spreadsheet program choose Save As > "
                    "Excel workbook (.xlsx)"),
        "renamed.XLSM": (b"unit_id,colour\n", "file: not an XLSX file (an .xlsx is a ZIP "
                         "archive and this is not one); was it saved as CSV or another format "
                         "under an .xlsx name?"),
        "sheet.ods": (b"x", "file: unknown file type .ods; expected .xlsx or .csv"),
        "noext": (b"x", "file: unknown file type (no extension); expected .xlsx or .csv"),
    }
    for name, (data, problem) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        refused(import_(store_path, str(path)), path, problem)
    for name in ("text.TXT", "tabs.tsv"):  # CSV under another name: read as CSV
        path = tmp_path / name
        path.write_text("unit_id\nitem-1\n", encoding="utf-8")
        refused(import_(store_path, str(path)), path,
                "file: no 'export_id' column: this CSV was not exported by citeaudit code "
                "export (or the column was deleted); export again")
    missing = tmp_path / "missing.csv"
    result = import_(store_path, str(missing))
    assert result.exit_code == 1 and flat(result.output).startswith(
        f"error: {missing}: cannot read (No such file or directory")


def test_headers_found_in_any_case_and_every_header_problem_named(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-1", "colour"): "red"})
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace("colour", " COLOUR ").replace("notes", "Notes")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_(store_path, str(path)).exit_code == 0
    assert codes(store_path) == {"item-1": {"colour": ["red"]}}
    bad = export(store_path, tmp_path / "bad.csv")
    lines = bad.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    header[header.index("tags")] = "labels"
    header[header.index("notes")] = "colour"
    lines[0] = ",".join(header)
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_(store_path, str(bad))
    assert result.exit_code == 1 and codes(store_path) == {"item-1": {"colour": ["red"]}}
    shown = flat(result.output)
    assert shown.startswith(f"error: {bad}: 2 problem(s); nothing was imported.")
    # the hint names at most five columns; the coder's columns come right after the title,
    # so the renamed one is among them
    assert shown.endswith(
        "- bad.csv row 1, column 'colour': column 'colour' appears twice (also bad.csv row 1, "
        "column 'colour') - bad.csv header row: column 'tags' is missing; found unexpected "
        "column(s) 'export_id', 'title', 'labels', 'auto: colour', 'auto: tags' - was it "
        "renamed?")
    # a workbook cut down to the columns it needs, less one: nothing else to suggest
    lost = export(store_path, tmp_path / "lost.xlsx")
    wb = load_workbook(lost)
    wb["Items"].delete_cols(2)  # title
    wb["Items"].delete_cols(5, 3)  # both auto: columns and size
    wb["Items"].delete_cols(3)  # tags
    wb.save(lost)
    refused(import_(store_path, str(lost)), lost, "Items header row: column 'tags' is missing")


def test_every_bad_cell_is_named_and_nothing_is_stored(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-1", "colour"): "redd", ("item-1", "tags"): "round,big",
                    ("item-2", "colour"): "red; blue", ("item-2", "tags"): "square",
                    ("item-3", "unit_id"): "item-9"},
             add_rows=[{"export_id": "", "unit_id": "", "colour": "blue"},
                       {"unit_id": "", "notes": ""},
                       {"unit_id": "item-1", "colour": "green"}])
    refused(import_(store_path, str(path)), path,
            "alice.csv row 4, column 'unit_id': unit_id 'item-9' was not in this export "
            "(edited, or a row was added); restore the original id",
            "alice.csv row 5, column 'unit_id': this row has codes but no unit_id; restore the id",
            "alice.csv row 2, column 'colour': unknown code 'redd' (did you mean 'red'?) for "
            "colour; expected one of: red, blue, green",
            "alice.csv row 2, column 'tags': unknown code 'round,big' (separate several codes "
            "with ';', not ',') for tags; expected codes of: round, soft, big",
            "alice.csv row 3, column 'colour': colour takes one code, found 2: red, blue",
            "alice.csv row 3, column 'tags': unknown code 'square' for tags; expected codes of: "
            "round, soft, big",
            "alice.csv row 7, column 'unit_id': unit_id 'item-1' appears twice (also row 2); "
            "delete one of the rows")
    assert codes(store_path) == {}


def test_blank_conflicting_and_newer_cells(store_path, tmp_path):
    old = export(store_path, tmp_path / "old.csv")
    first = export(store_path, tmp_path / "first.csv")
    edit_csv(first, {("item-1", "colour"): "red", ("item-2", "colour"): "blue",
                     ("item-3", "colour"): "green"})
    assert import_(store_path, str(first)).exit_code == 0
    # a file exported before those codes: blank keeps them, a change conflicts
    edit_csv(old, {("item-1", "colour"): "green", ("item-2", "colour"): "blue"})
    result = import_(store_path, str(old))
    refused(result, old, "old.csv row 2, column 'colour': conflict: this file changes colour "
            "from (blank) to 'green', but since this file was exported the store's code "
            "became 'red' (a newer file was imported?); re-export and redo this cell, or "
            "import with --prefer-file to let this file win")
    preferred = import_(store_path, str(old), "--prefer-file")
    assert preferred.exit_code == 0, preferred.output
    assert flat(preferred.output) == (f"{old}: 1 code(s) stored for alice, 1 unchanged, "
                                      "7 blank, 0 newer stored code(s) kept")
    # a file exported now, blanked and with one cell as it was when exported
    now = export(store_path, tmp_path / "now.csv")
    edit_csv(now, {("item-1", "colour"): "", ("item-2", "tags"): "big"})
    with Store(store_path) as store:
        coding.import_csv(store, first)  # already imported: nothing happens
    assert import_(store_path, str(now)).exit_code == 0
    stale = export(store_path, tmp_path / "stale.csv")
    edit_csv(stale, {("item-2", "tags"): "soft"})  # item-1 left as exported: green
    newer = export(store_path, tmp_path / "newer.csv")
    edit_csv(newer, {("item-1", "colour"): "red"})
    assert import_(store_path, str(newer)).exit_code == 0
    result = import_(store_path, str(stale), "--prefer-file")
    assert result.exit_code == 0, result.output
    # item-1 as exported (the store has a newer code): kept; item-2 changed by the file
    assert flat(result.output) == (f"{stale}: 1 code(s) stored for alice, 2 unchanged, "
                                   "5 blank, 1 newer stored code(s) kept")
    assert codes(store_path) == {"item-1": {"colour": ["red"]},
                                 "item-2": {"colour": ["blue"], "tags": ["soft"]},
                                 "item-3": {"colour": ["green"]}}
    blanked = export(store_path, tmp_path / "blanked.csv")
    edit_csv(blanked, {("item-1", "colour"): " "})
    result = import_(store_path, str(blanked))
    assert result.exit_code == 0
    assert "warning: blanked.csv row 2, column 'colour': emptied; the stored code 'red' is " \
           "kept (codes are never deleted by an import)" in flat(result.output)
    assert codes(store_path)["item-1"] == {"colour": ["red"]}


def test_workbook_cells_numbers_and_booleans_are_read_as_text(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.xlsx")
    fill(path, {("item-1", "notes"): 3.0, ("item-2", "notes"): True, ("item-3", "notes"): 2.5,
                ("item-1", "colour"): "  Blue "})
    wb = load_workbook(path)
    wb["Items"]["E4"].value = False  # notes
    wb.save(path)
    result = import_(store_path, str(path))
    assert result.exit_code == 0, result.output
    with Store(store_path) as store:
        assert coding.notes_of(store, tiny_codebook(), "alice") == {
            "item-1": "3", "item-2": "TRUE", "item-3": "FALSE"}
    assert codes(store_path) == {"item-1": {"colour": ["blue"]}}


def test_workbook_metadata_checked(store_path, tmp_path):
    def edited(name: str, **meta: str | None) -> Path:
        path = export(store_path, tmp_path / f"{name}.xlsx")
        wb = load_workbook(path)
        ws = wb["_citeaudit"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value in meta:
                row[1].value = meta[row[0].value]
        wb.save(path)
        return path

    missing = edited("missing", coder=None, unit_type="")
    refused(import_(store_path, str(missing)), missing,
            "_citeaudit: metadata is missing unit_type, coder; export the file again")
    other = edited("other", store_id="elsewhere")
    with Store(store_path) as store:
        store_id = store.store_id
    refused(import_(store_path, str(other)), other,
            f"file: exported from another store (store id elsewhere), not from {store_path} "
            f"(store id {store_id}); import it into the store it came from, or export again "
            "from this one")
    unknown = edited("unknown", export_id="nope")
    refused(import_(store_path, str(unknown)), unknown,
            "_citeaudit: export id nope is unknown to this store; export again")
    changed = edited("changed", kind="adjudication", codebook="big", codebook_version="2",
                     unit_type="pair", coder="bob")
    refused(import_(store_path, str(changed)), changed, *(
        f"_citeaudit: {key} is {new!r} but this export was made with {old!r}; the metadata "
        "was edited or copied from another file"
        for key, new, old in (("kind", "adjudication", "coding"), ("codebook", "big", "tiny"),
                              ("codebook_version", "2", "1"), ("unit_type", "pair", "item"),
                              ("coder", "bob", "alice"))))
    stray = export(store_path, tmp_path / "stray.xlsx")
    wb = load_workbook(stray)
    wb["_citeaudit"].append([None, "a value without a key"])
    wb["_citeaudit"].append([" coder ", " alice "])
    wb["Items"].title = "Things"
    wb.save(stray)
    refused(import_(store_path, str(stray)), stray,
            "file: no sheet named 'Items' (renamed or deleted?); sheets: Things, Codebook, "
            "Evidence, Instructions")
    no_meta = export(store_path, tmp_path / "no_meta.xlsx")
    wb = load_workbook(no_meta)
    del wb["_citeaudit"]
    wb.save(no_meta)
    refused(import_(store_path, str(no_meta)), no_meta,
            "file: no hidden '_citeaudit' sheet: this workbook was not exported by citeaudit "
            "code export (or the sheet was deleted); export again")


def test_import_with_another_codebook_version_is_refused(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    newer = tmp_path / "tiny2.yaml"
    newer.write_text(TINY_CODEBOOK.replace("version: 1", "version: 2"), encoding="utf-8")
    refused(import_(store_path, str(path), "--codebook", str(newer)), path,
            "file: exported with codebook tiny version 1, but you are importing with tiny "
            "version 2; re-export with the current codebook (and copy the codes over) or "
            "import with the old version")
    same = tmp_path / "tiny.yaml"
    same.write_text(TINY_CODEBOOK, encoding="utf-8")
    assert import_(store_path, str(path), "--codebook", str(same)).exit_code == 0


def _adjudication(store_path: Path, tmp_path: Path) -> Path:
    """alice and bob disagree on item-1 colour and item-2 tags; the adjudication sheet."""
    with Store(store_path) as store:
        book = tiny_codebook()
        store.coding.upsert_codes([
            {"unit_type": "item", "unit_id": u, "codebook": "tiny", "codebook_version": "1",
             "dimension": d, "coder": c, "value": v}
            for u, d, c, v in (("item-1", "colour", "alice", ["red"]),
                               ("item-1", "colour", "bob", ["blue"]),
                               ("item-2", "tags", "alice", ["big"]),
                               ("item-2", "tags", "bob", []))], source="test")
        # a new file each call: a re-export over a sheet holding codes is refused
        path = tmp_path / f"adjudicate-{len(list(tmp_path.glob('adjudicate*.xlsx')))}.xlsx"
        coding.export_adjudication(store, book, path)
    return path


def _set(path: Path, rows: list[dict[str, object]]) -> None:
    """Write cells of the Adjudication sheet: each dict by header, row 2 onwards."""
    wb = load_workbook(path)
    ws = wb["Adjudication"]
    headers = [c.value for c in ws[1]]
    for r, values in enumerate(rows, start=2):
        for header, value in values.items():
            ws.cell(row=r, column=headers.index(header) + 1).value = value
    wb.save(path)


def test_adjudication_import_stores_final_codes_and_notes(store_path, tmp_path):
    path = _adjudication(store_path, tmp_path)
    _set(path, [{"final": "Blue", "notes": "bob is right"}, {"final": "big; round"}])
    result = import_(store_path, str(path))
    assert result.exit_code == 0, result.output
    assert flat(result.output) == (f"{path}: 3 code(s) stored for adjudicated, 0 unchanged, "
                                   "1 blank, 0 newer stored code(s) kept")
    assert codes(store_path, ADJUDICATED) == {"item-1": {"colour": ["blue"]},
                                              "item-2": {"tags": ["round", "big"]}}
    with Store(store_path) as store:
        notes = [(r["unit_id"], r["dimension"], r["value_json"]) for r in store.coding.list_codes(
            "tiny", "1", "item", ADJUDICATED) if r["dimension"].startswith("_")]
    assert notes == [("item-1", "_notes:colour", '"bob is right"')]


def test_adjudication_problems_are_named_by_cell(store_path, tmp_path):
    path = _adjudication(store_path, tmp_path)
    _set(path, [{"final": "purple"}, {"dimension": "colour", "final": "red"},
                {"unit_id": "item-1", "dimension": "colour", "final": "red"},
                {"unit_id": "item-1", "dimension": "colour", "final": "blue"}])
    refused(import_(store_path, str(path)), path,
            "Adjudication!G2: unknown code 'purple' for colour; expected one of: red, blue, "
            "green",
            "Adjudication!C3: 'item-2' / 'colour' was not a row of this adjudication sheet "
            "(edited id or dimension?)",
            "Adjudication row 4: 'item-1' / 'colour' appears twice (also row 2)",
            "Adjudication row 5: 'item-1' / 'colour' appears twice (also row 2)")
    assert codes(store_path, ADJUDICATED) == {}
    renamed = _adjudication(store_path, tmp_path)
    wb = load_workbook(renamed)
    ws = wb["Adjudication"]
    for cell in ws[1]:
        if cell.value == "final":
            cell.value = "decision"
    wb.save(renamed)
    refused(import_(store_path, str(renamed)), renamed,
            "Adjudication header row: column 'final' is missing; found unexpected column(s) "
            "'title', 'alice', 'bob', 'auto', 'decision' - was it renamed?")


def test_blank_lines_in_a_csv_are_skipped(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-2", "colour"): "green"})
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], "", *lines[1:], ""]) + "\n", encoding="utf-8")
    result = import_(store_path, str(path))
    assert result.exit_code == 0, result.output
    assert codes(store_path) == {"item-2": {"colour": ["green"]}}


def test_a_csv_the_csv_module_cannot_read_is_named(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-1", "notes"): "x" * 200_000})
    refused(import_(store_path, str(path)), path,
            "file: not valid CSV (field larger than field limit (131072))")


def test_a_conflicting_note_is_shown_as_both_texts(store_path, tmp_path):
    first, second = (export(store_path, tmp_path / f"{n}.csv") for n in ("first", "second"))
    edit_csv(first, {("item-1", "notes"): "seen twice"})
    assert import_(store_path, str(first)).exit_code == 0
    edit_csv(second, {("item-1", "notes"): "seen once"})
    refused(import_(store_path, str(second)), second,
            "second.csv row 2, column 'notes': conflict: this file changes _notes from (blank) "
            "to 'seen once', but since this file was exported the store's code became 'seen "
            "twice' (a newer file was imported?); re-export and redo this cell, or import with "
            "--prefer-file to let this file win")


def _rewrite_member(path: Path, name: str, change) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = change(members[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)


def test_a_damaged_part_other_than_a_sheet_is_named(store_path, tmp_path):
    for part in ("xl/_rels/workbook.xml.rels", "xl/workbook.xml"):
        path = export(store_path, tmp_path / f"{part.replace('/', '_')}.xlsx")
        _rewrite_member(path, part, lambda xml: xml[:len(xml) // 2])
        result = import_(store_path, str(path))
        assert result.exit_code == 1
        assert f"- part {part}: its XML is damaged" in flat(result.output), result.output


def test_adjudication_rows_with_bad_ids_dimensions_and_sheet(store_path, tmp_path):
    path = _adjudication(store_path, tmp_path)
    _set(path, [{"final": "red"}, {"dimension": None},
                {"unit_id": "item-3", "dimension": "colour", "final": "red"},
                {"unit_id": None, "dimension": "colour", "final": "red"}])
    refused(import_(store_path, str(path)), path,
            "Adjudication!A4: unit_id 'item-3' was not in this export (edited, or a row was "
            "added); restore the original id",
            "Adjudication!A5: this row has codes but no unit_id; restore the id",
            "Adjudication!C3: 'item-2' / '' was not a row of this adjudication sheet (edited id "
            "or dimension?)")
    renamed = _adjudication(store_path, tmp_path)
    wb = load_workbook(renamed)
    wb["Adjudication"].title = "Decisions"
    wb.save(renamed)
    refused(import_(store_path, str(renamed)), renamed,
            "file: no sheet named 'Adjudication' (renamed or deleted?); sheets: Decisions, "
            "Codebook, Evidence, Instructions")


def test_emptied_adjudication_note_is_kept_with_a_warning_naming_its_cell(store_path, tmp_path):
    path = _adjudication(store_path, tmp_path)
    _set(path, [{"final": "blue", "notes": "bob is right"}])
    assert import_(store_path, str(path)).exit_code == 0
    again = tmp_path / "again.xlsx"
    with Store(store_path) as store:
        coding.export_adjudication(store, tiny_codebook(), again)
    _set(again, [{"notes": None}])
    result = import_(store_path, str(again))
    assert result.exit_code == 0, result.output
    assert flat(result.output).startswith(
        "warning: Adjudication!H2: emptied; the stored code 'bob is right' is kept (codes are "
        "never deleted by an import)")


def test_a_blank_or_repeated_header_does_not_hide_the_columns_after_it(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-1", "tags"): "soft", ("item-1", "notes"): "ok"})
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    header[header.index("title")] = ""
    header[header.index("auto: tags")] = "Colour"
    lines[0] = ",".join(header)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused(import_(store_path, str(path)), path,
            "alice.csv row 1, column 'Colour': column 'Colour' appears twice (also alice.csv "
            "row 1, column 'colour')")


def test_deleted_rows_warn_and_several_unknown_codes_are_named_together(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.csv")
    edit_csv(path, {("item-1", "colour"): "red"})
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")  # items 2 and 3 deleted
    with Store(store_path) as store:
        report = coding.import_csv(store, path, prefer_file=True)
    assert report.warnings == ["2 exported unit(s) are not in the file (rows deleted?); their "
                               "stored codes are unchanged"]
    bad = export(store_path, tmp_path / "bad.csv")
    edit_csv(bad, {("item-1", "tags"): "square; triangle", ("item-2", "tags"): "round,square"})
    refused(import_(store_path, str(bad)), bad,
            "bad.csv row 2, column 'tags': unknown code 'square', 'triangle' for tags; expected "
            "codes of: round, soft, big",
            "bad.csv row 3, column 'tags': unknown code 'round,square' for tags; expected "
            "codes of: round, soft, big")


def test_a_formula_in_the_unit_id_cell_asks_for_the_id(store_path, tmp_path):
    path = export(store_path, tmp_path / "alice.xlsx")
    wb = load_workbook(path)
    wb["Items"]["A2"].value = '=CONCAT("item-", 1)'
    wb.save(path)
    refused(import_(store_path, str(path)), path,
            "Items!A2: a formula (=CONCAT(\"item-\", 1)), not a value; type the unit id itself")
