"""The spreadsheet round-trip as a person does it: export, fill, import, errors, fix, agree."""

from __future__ import annotations

import csv

import pytest
from coding_fixtures import code_history, fill, store_with_items, tiny_codebook
from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.coding.units import ADJUDICATED


def test_exported_workbook_is_ready_for_a_person(tmp_path):
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    coding.store_auto_codes(store, book, [coding.Suggestion("item-1", "colour", ["red"], 0.8,
                                                            ["e1"])])
    coding.export_xlsx(store, book, "alice", tmp_path / "alice.xlsx")
    wb = load_workbook(tmp_path / "alice.xlsx")
    assert wb.sheetnames[:4] == ["Items", "Codebook", "Evidence", "Instructions"]
    assert wb["_citeaudit"].sheet_state == "hidden"
    ws = wb["Items"]
    headers = [c.value for c in ws[1]]
    # the title frozen beside the id, the coder's columns next, suggestions and the rest after
    assert headers == ["unit_id", "title", "colour", "tags", "notes", "auto: colour",
                       "auto: tags", "size"]
    assert ws.freeze_panes == "C2"
    # the evidence a suggestion read is shown as text, not as its id
    assert ws["F2"].value == "red (0.80)\nItem 1 looks red and round."
    validations = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    colour = validations["C2:C7"]
    assert colour.formula1 == "'Codebook'!$B$2:$B$4" and colour.errorStyle == "stop"
    assert validations["D2:D7"].errorStyle == "warning"  # several codes typed with ';'
    codebook_ws = wb["Codebook"]
    assert [codebook_ws.cell(row=r, column=2).value for r in range(2, 5)] == [
        "red", "blue", "green"]
    assert ws.column_dimensions["B"].width >= 10 and ws["B2"].alignment.wrap_text
    assert wb["Evidence"]["C2"].value == "Item 1 looks red and round."


def test_person_round_trip_two_coders_agreement_and_adjudication(tmp_path):
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    alice_file = tmp_path / "alice.xlsx"
    coding.export_xlsx(store, book, "alice", alice_file)

    # Alice works: a dropdown value, a typo, a blank, a pasted value with trailing spaces,
    # two codes in a single-choice column, a label instead of a code, an edited id.
    fill(alice_file, {
        ("item-1", "colour"): "red",
        ("item-2", "colour"): "bleu",
        ("item-3", "colour"): None,
        ("item-4", "colour"): "green   ",
        ("item-5", "colour"): "red; blue",
        ("item-1", "tags"): "Round shape; big",
        ("item-6", "notes"): "unsure about the size",
    })
    wb = load_workbook(alice_file)
    wb["Items"]["A7"] = "item-66"  # row of item-6
    wb.save(alice_file)
    with pytest.raises(coding.CodingImportError) as caught:
        coding.import_file(store, alice_file)
    problems = {p.where: p.message for p in caught.value.problems}
    assert set(problems) == {"Items!C3", "Items!C6", "Items!A7"}
    assert "unknown code 'bleu'" in problems["Items!C3"] and "'blue'" in problems["Items!C3"]
    assert "takes one code" in problems["Items!C6"]
    assert "item-66" in problems["Items!A7"]
    assert coding.code_table(store, book) == {}  # nothing stored on error

    # She fixes the cells and imports again.
    wb = load_workbook(alice_file)
    wb["Items"]["A7"] = "item-6"
    wb.save(alice_file)
    fill(alice_file, {("item-2", "colour"): "blue", ("item-5", "colour"): "red",
                      ("item-3", "colour"): "blue", ("item-6", "colour"): "green"})
    report = coding.import_file(store, alice_file)
    assert report.n_changed == 8 and report.coder == "alice"  # 6 colours, tags, a note
    alice = coding.code_table(store, book)["alice"]
    assert alice["item-4"]["colour"] == ["green"]  # trailing spaces trimmed
    assert alice["item-1"]["tags"] == ["round", "big"]  # label matched, codebook order
    assert coding.notes_of(store, book, "alice") == {"item-6": "unsure about the size"}
    again = coding.import_file(store, alice_file)
    assert again.already_imported and again.n_changed == 0

    # Bob codes the same items through CSV.
    bob_file = tmp_path / "bob.csv"
    coding.export_csv(store, book, "bob", bob_file)
    with open(bob_file, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    bob_colours = {"item-1": "red", "item-2": "green", "item-3": "blue", "item-4": "green",
                   "item-5": "red", "item-6": "green"}
    for row in rows:
        row["colour"] = bob_colours[row["unit_id"]]
        assert row["colour"] and row["auto: colour"] == ""
    with open(bob_file, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert coding.import_file(store, bob_file).n_changed == 6

    # Agreement: alice red blue blue green red green; bob red green blue green red green.
    # po = 5/6; marginals alice r2 b2 g2, bob r2 b1 g3: pe = (4 + 2 + 6)/36 = 1/3;
    # kappa = (5/6 - 1/3) / (2/3) = 3/4
    report = coding.agreement(store, book)
    kappa = next(p for p in report.pairs if p.dimension == "colour" and p.coder_b == "bob")
    assert kappa.kappa == pytest.approx(0.75) and kappa.n_units == 6

    # Adjudication lists the one disagreement; its import gives the final codes.
    adjudication = tmp_path / "adjudicate.xlsx"
    summary = coding.export_adjudication(store, book, adjudication)
    assert summary.n_rows == 1
    wb = load_workbook(adjudication)
    ws = wb["Adjudication"]
    headers = [c.value for c in ws[1]]
    assert [ws.cell(row=2, column=headers.index(h) + 1).value
            for h in ("unit_id", "dimension", "alice", "bob")] == [
        "item-2", "colour", "blue", "green"]
    ws.cell(row=2, column=headers.index("final") + 1, value="Blue")
    wb.save(adjudication)
    coding.import_file(store, adjudication)
    final = coding.final_codes(store, book)
    assert final["item-2"]["colour"] == ["blue"]
    assert final["item-4"]["colour"] == ["green"]
    assert coding.code_table(store, book)[ADJUDICATED] == {"item-2": {"colour": ["blue"]}}


def test_newer_file_from_same_coder_updates_only_that_coder(tmp_path):
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    for coder in ("alice", "bob"):
        path = tmp_path / f"{coder}.xlsx"
        coding.export_xlsx(store, book, coder, path)
        fill(path, {("item-1", "colour"): "red"})
        coding.import_file(store, path)
    newer = tmp_path / "alice2.xlsx"
    coding.export_xlsx(store, book, "alice", newer)
    assert load_workbook(newer)["Items"]["C2"].value == "red"  # her codes come back pre-filled
    fill(newer, {("item-1", "colour"): "blue"})
    coding.import_file(store, newer)
    table = coding.code_table(store, book)
    assert table["alice"]["item-1"]["colour"] == ["blue"]
    assert table["bob"]["item-1"]["colour"] == ["red"]
    history = code_history(store, "item", "item-1", "tiny")
    assert [(h["coder"], h["value_json"]) for h in history] == [
        ("alice", '["red"]'), ("bob", '["red"]'), ("alice", '["blue"]')]


def test_a_workbook_in_the_previous_layout_still_imports(tmp_path):
    """Files exported before the coder's columns moved next to the title (they were last)
    import as before: columns are found by their headers, and problems name the cell where
    it is in that file."""
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    path = tmp_path / "alice.xlsx"
    coding.export_xlsx(store, book, "alice", path)
    wb = load_workbook(path)
    ws = wb["Items"]
    old_order = ["unit_id", "title", "size", "auto: colour", "auto: tags", "colour", "tags",
                 "notes"]
    table = [[c.value for c in row] for row in ws.iter_rows()]
    where = [table[0].index(h) for h in old_order]
    for r, row in enumerate(table, start=1):
        for c, i in enumerate(where, start=1):
            ws.cell(row=r, column=c).value = row[i]
    wb.save(path)
    fill(path, {("item-1", "colour"): "red", ("item-2", "tags"): "soft; big",
                ("item-3", "notes"): "faded", ("item-4", "colour"): "bleu"})
    with pytest.raises(coding.CodingImportError) as caught:
        coding.import_file(store, path)
    assert [p.where for p in caught.value.problems] == ["Items!F5"]  # colour is column F
    fill(path, {("item-4", "colour"): "blue"})
    assert coding.import_file(store, path).n_changed == 4
    alice = coding.code_table(store, book)["alice"]
    assert alice["item-1"]["colour"] == ["red"] and alice["item-2"]["tags"] == ["soft", "big"]
    assert coding.notes_of(store, book, "alice") == {"item-3": "faded"}
