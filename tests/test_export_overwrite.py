"""Nothing lost, ever: an export never silently replaces a file holding codes the store lacks.

Each command that writes a coder's file (`code export`, `code adjudicate`, `audit sample`,
`eval review export`) reads a file already at its path as `code import` would, and refuses
(exit 1, the file untouched, nothing stored) when importing it would change something or it
is not a citeaudit export; `--overwrite` replaces it on purpose.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from audit_fixtures import convo, write_jsonl_gz
from cli_output import flat
from click.testing import CliRunner
from coding_fixtures import TINY_CODEBOOK, fill, store_with_items, tiny_codebook
from openpyxl import Workbook, load_workbook
from test_eval_review import classified

from citeaudit import coding
from citeaudit.cli import main
from citeaudit.core.errors import CiteauditError
from citeaudit.store import Store


def cli(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def n_exports(store_path: Path) -> int:
    with Store(store_path) as store:
        return store.query("SELECT COUNT(*) FROM coding_exports")[0][0]


def refused(command: list, path: Path, store_path: Path) -> str:
    """Run `command`, expecting a refusal that names `path`, leaves it byte for byte and
    records no export; the output with spaces collapsed."""
    before, exports = path.read_bytes(), n_exports(store_path)
    result = cli(*command)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert path.name in "".join(result.output.split())  # named, wherever a line wraps
    assert path.read_bytes() == before
    assert n_exports(store_path) == exports
    return flat(result.output)


def fill_csv(path: Path, values: dict[tuple[str, str], str]) -> None:
    """Type values into an exported CSV by unit_id and header, as a spreadsheet saves it."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    headers = rows[0]
    for (unit_id, header), value in values.items():
        row = next(r for r in rows[1:] if r[headers.index("unit_id")] == unit_id)
        row[headers.index(header)] = value
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def fill_any(path: Path, values: dict[tuple[str, str], str]) -> None:
    fill_csv(path, values) if path.suffix == ".csv" else fill(path, values)


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[Path, list]:
    """A store with six items; the `code export` arguments up to the coder's file."""
    store_path = tmp_path / "s.sqlite"
    store_with_items(store_path).close()
    book = tmp_path / "tiny.yaml"
    book.write_text(TINY_CODEBOOK, encoding="utf-8")
    return store_path, ["--store", store_path, "code", "export", "--codebook", book]


# --- code export ---
@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_code_export_keeps_a_filled_file_until_it_is_imported(tiny, tmp_path, file_format):
    store_path, export = tiny
    sheet = tmp_path / f"alice.{file_format}"
    command = [*export, "--coder", "alice", "--format", file_format, "-o", sheet]
    assert cli(*command).exit_code == 0
    assert cli(*command).exit_code == 0  # a blank export is replaced as before
    fill_any(sheet, {("item-1", "colour"): "red", ("item-2", "tags"): "round; big",
                     ("item-3", "notes"): "unsure"})

    said = refused(command, sheet, store_path)
    assert "holds 3 code(s) or note(s) of coder 'alice' that are not imported yet" in said
    assert "import it first with `citeaudit code import" in said
    assert "choose another output path, or pass --overwrite to discard them" in said

    result = cli("--store", store_path, "code", "import", sheet)
    assert result.exit_code == 0, result.output
    result = cli(*command)
    assert result.exit_code == 0, result.output
    with Store(store_path) as store:  # the imported codes come back in the new file
        assert coding.code_table(store, tiny_codebook())["alice"]["item-1"]["colour"] == ["red"]


def test_code_export_refuses_a_file_with_codes_that_cannot_be_imported(tiny, tmp_path):
    store_path, export = tiny
    sheet = tmp_path / "alice.xlsx"
    command = [*export, "--coder", "alice", "-o", sheet]
    assert cli(*command).exit_code == 0
    fill(sheet, {("item-2", "colour"): "bleu"})
    said = refused(command, sheet, store_path)
    assert "holds codes of coder 'alice' that cannot be imported as they are" in said
    assert "Items!C3: unknown code 'bleu'" in said


def test_code_export_overwrite_replaces_a_filled_file(tiny, tmp_path):
    store_path, export = tiny
    sheet = tmp_path / "alice.xlsx"
    command = [*export, "--coder", "alice", "-o", sheet]
    assert cli(*command).exit_code == 0
    fill(sheet, {("item-1", "colour"): "red"})
    old_export_id = dict(load_workbook(sheet)["_citeaudit"].iter_rows(values_only=True))
    result = cli(*command, "--overwrite")
    assert result.exit_code == 0, result.output
    wb = load_workbook(sheet)
    assert dict(wb["_citeaudit"].iter_rows(values_only=True)) != old_export_id
    assert wb["Items"]["F2"].value in (None, "")  # alice's unimported 'red' is gone


def not_citeaudit_xlsx(path: Path) -> None:
    wb = Workbook()
    wb.active["A1"] = "my own budget"
    wb.save(path)


@pytest.mark.parametrize("name, make", [
    ("alice.xlsx", not_citeaudit_xlsx),
    ("alice.xlsx", lambda p: p.write_text("my notes\n", encoding="utf-8")),
    ("alice.csv", lambda p: p.write_text("name,amount\nrent,900\n", encoding="utf-8")),
])
def test_code_export_keeps_a_file_that_is_not_a_citeaudit_export(tiny, tmp_path, name, make):
    store_path, export = tiny
    path = tmp_path / name
    make(path)
    command = [*export, "--coder", "alice", "--format", path.suffix[1:], "-o", path]
    said = refused(command, path, store_path)
    assert "exists and is not a citeaudit export that this store can import" in said
    assert "choose another output path, or pass --overwrite to replace it" in said
    result = cli(*command, "--overwrite")
    assert result.exit_code == 0, result.output
    with Store(store_path) as store:  # now alice's export
        assert coding.import_file(store, path).coder == "alice"


def test_a_file_saved_while_the_export_runs_is_checked_again(tmp_path):
    """A coder saving her workbook between the check and the write still keeps it."""
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    sheet = tmp_path / "alice.xlsx"
    coding.export_xlsx(store, book, "alice", sheet)

    def coder_saves(stage: str, done: int, total: int) -> None:
        if stage == "read":  # after the check, before the write
            fill(sheet, {("item-4", "colour"): "green"})

    with pytest.raises(CiteauditError, match="holds 1 code"):
        coding.export_xlsx(store, book, "alice", sheet, progress=coder_saves)
    assert load_workbook(sheet)["Items"]["C5"].value == "green"
    store.close()


# --- code adjudicate ---
def test_code_adjudicate_keeps_a_filled_sheet_until_it_is_imported(tiny, tmp_path):
    store_path, export = tiny
    for coder, colour in (("alice", "red"), ("bob", "blue")):
        sheet = tmp_path / f"{coder}.xlsx"
        assert cli(*export, "--coder", coder, "-o", sheet).exit_code == 0
        fill(sheet, {("item-1", "colour"): colour})
        assert cli("--store", store_path, "code", "import", sheet).exit_code == 0
    adjudication = tmp_path / "adjudicate.xlsx"
    command = ["--store", store_path, "code", "adjudicate", "--codebook", tmp_path / "tiny.yaml",
               "-o", adjudication]
    assert cli(*command).exit_code == 0
    fill(adjudication, {("item-1", "final"): "blue"}, sheet="Adjudication")

    said = refused(command, adjudication, store_path)
    assert "holds 1 code(s) or note(s) of coder 'adjudicated' that are not imported" in said
    result = cli(*command, "--overwrite")
    assert result.exit_code == 0, result.output
    assert load_workbook(adjudication)["Adjudication"]["G2"].value in (None, "")


# --- audit sample ---
def test_audit_sample_keeps_every_workbook_while_one_holds_unimported_labels(tmp_path):
    source = write_jsonl_gz(tmp_path / "helpful-base" / "train.jsonl.gz", [
        {"chosen": convo(f"Question {i}?", f"Answer {i}."),
         "rejected": convo(f"Question {i}?", "No.")} for i in range(6)])
    store_path = tmp_path / "s.sqlite"
    result = cli("--store", store_path, "audit", "run", source, "--workers", "1")
    assert result.exit_code == 0, result.output
    out = tmp_path / "sample"
    command = ["--store", store_path, "audit", "sample", "-n", "4", "--coder", "alice",
               "--coder", "bob", "--out-dir", out]
    assert cli(*command).exit_code == 0
    alice, bob = out / "hh-labels-alice.xlsx", out / "hh-labels-bob.xlsx"
    unit_id = load_workbook(alice)["Pairs"]["A2"].value
    fill(alice, {(unit_id, "label"): "harmful"}, sheet="Pairs")
    bob_before = bob.read_bytes()

    said = refused(command, alice, store_path)
    assert bob.read_bytes() == bob_before  # checked before any workbook is replaced
    assert "holds 1 code(s) or note(s) of coder 'alice' that are not imported yet" in said
    assert "import it first with `citeaudit audit import" in said

    assert cli("--store", store_path, "audit", "import", alice).exit_code == 0
    result = cli(*command)
    assert result.exit_code == 0, result.output
    assert load_workbook(alice)["Pairs"]["A2"].value == unit_id  # same seed, same sample
    fill(alice, {(unit_id, "label"): "unhelpful"}, sheet="Pairs")
    result = cli(*command, "--overwrite")
    assert result.exit_code == 0, result.output
    pairs = load_workbook(alice)["Pairs"]
    header = [c.value for c in pairs[1]]
    assert pairs.cell(row=2, column=header.index("label") + 1).value == "harmful"  # imported


# --- eval review export ---
def test_eval_review_export_keeps_a_filled_workbook_until_it_is_imported(tmp_path):
    base = classified(tmp_path, {("A", True): 2, ("B", False): 2})
    store_path = tmp_path / "s.sqlite"
    review = tmp_path / "review.xlsx"
    command = [*base, "review", "export", review, "--coder", "alice", "--size", "4"]
    assert cli(*command).exit_code == 0
    unit_id = load_workbook(review)["Responses"]["A2"].value
    fill(review, {(unit_id, "label"): "full_refusal"}, sheet="Responses")

    said = refused(command, review, store_path)
    assert "holds 1 code(s) or note(s) of coder 'alice' that are not imported yet" in said
    assert "import it first with `citeaudit eval review import" in said
    assert cli(*base, "review", "import", review).exit_code == 0
    result = cli(*command)
    assert result.exit_code == 0, result.output


def test_eval_review_export_keeps_a_file_that_is_not_a_review(tmp_path):
    base = classified(tmp_path, {("A", True): 2, ("B", False): 2})
    review = tmp_path / "review.csv"
    review.write_text("model,score\nmine,0.9\n", encoding="utf-8")
    command = [*base, "review", "export", review, "--coder", "alice", "--size", "4"]
    said = refused(command, review, tmp_path / "s.sqlite")
    assert "is not a citeaudit export" in said
    result = cli(*command, "--overwrite")
    assert result.exit_code == 0, result.output
    assert review.read_text(encoding="utf-8-sig").startswith("export_id,unit_id")
