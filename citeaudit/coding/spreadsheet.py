"""Spreadsheet round-trip: export units for a coder (XLSX or CSV), import the filled file safely.

An export is recorded in the store with a snapshot of the coder's codes at that moment, and the
file carries its export id. Import is a three-way merge: a cell the coder did not change is
skipped (so an older file never undoes a newer one), a changed cell is stored, and a cell the
file and the store both changed since the export is a conflict. Every problem in a file is
collected first (sheet, cell, what was expected); with any problem nothing is stored.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from citeaudit.coding.codebook import MULTI_SEPARATOR, NOTES_DIMENSION, Codebook, Dimension
from citeaudit.coding.units import (
    ADJUDICATED,
    AUTO_CODER,
    check_human_coder,
    code_table,
    human_coders,
    register_codebook,
    stored_codebook,
    units,
)
from citeaudit.core.errors import CiteauditError, InputError, WouldOverwriteError
from citeaudit.core.files import atomic_write, spreadsheet_safe
from citeaudit.store import Store, dumps, loads

FILE_FORMAT_VERSION = "1"
Progress = Callable[[str, int, int], None]  # (stage, done, total)
META_SHEET = "_citeaudit"
CODEBOOK_SHEET = "Codebook"
INSTRUCTIONS_SHEET = "Instructions"
ADJUDICATION_SHEET = "Adjudication"
ID_HEADER = "unit_id"
NOTES_HEADER = "notes"
DIMENSION_HEADER = "dimension"
FINAL_HEADER = "final"
EXPORT_ID_HEADER = "export_id"
SUGGESTED_PREFIX = "auto: "
KIND_CODING = "coding"
KIND_ADJUDICATION = "adjudication"
IMPORT_COMMAND = "citeaudit code import"
# Far above any export (thousands of units take a few MB unpacked); a workbook that unpacks to
# more is not one of ours, or a zip bomb, and is refused before anything is inflated.
MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
CODE_HEADER_FILL = PatternFill("solid", fgColor="548235")
READ_ONLY_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------
@dataclass
class Problem:
    """One thing wrong with an imported file, with its place (`Papers!F7`, or the file)."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class CodingImportError(InputError):
    """A file could not be imported; `problems` lists every problem found. Nothing was stored."""

    def __init__(self, path: str, problems: list[Problem]):
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"{path}: {len(problems)} problem(s); nothing was imported. Fix them and import "
            f"again:\n{lines}"
        )


@dataclass
class ExportSummary:
    path: Path
    export_id: str
    kind: str
    coder: str
    n_units: int
    n_rows: int
    n_evidence: int


@dataclass
class Change:
    unit_id: str
    dimension: str
    old: Any
    new: Any
    where: str


@dataclass
class ImportReport:
    path: str
    kind: str = KIND_CODING
    coder: str = ""
    export_id: str = ""
    already_imported: bool = False
    import_id: int | None = None
    changes: list[Change] = field(default_factory=list)
    n_unchanged: int = 0
    n_blank: int = 0
    n_kept_newer: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def n_changed(self) -> int:
        return len(self.changes)

    def summary(self) -> str:
        if self.already_imported:
            return f"{self.path}: already imported (import #{self.import_id}); nothing to do"
        return (f"{self.path}: {self.n_changed} code(s) stored for {self.coder}, "
                f"{self.n_unchanged} unchanged, {self.n_blank} blank, "
                f"{self.n_kept_newer} newer stored code(s) kept")


@dataclass
class _Table:
    """A sheet read as text: header row and data rows, with Excel-style cell names."""

    sheet: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    csv: bool = False

    def ref(self, row: int, col: int | None = None) -> str:
        if col is None:
            return f"{self.sheet} row {row}"
        if self.csv:
            return f"{self.sheet} row {row}, column {self.headers[col]!r}"
        return f"{self.sheet}!{get_column_letter(col + 1)}{row}"


@dataclass(frozen=True)
class _Formula:
    """A cell holding a formula. Its value is whatever a spreadsheet program last computed
    (nothing at all in a file openpyxl saved), so the import asks for the value instead."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass
class _Cell:
    unit_id: str
    dimension: str  # a codebook dimension, or _notes / _notes:<dimension>
    value: Any  # list of codes, or note text; None when blank
    where: str


def _key(unit_id: str, dimension: str) -> str:
    return f"{unit_id}\t{dimension}"


# ---------------------------------------------------------------------------
# replacing a file: never one holding codes the store does not have
# ---------------------------------------------------------------------------
@dataclass
class Unimported:
    """What importing a filled file would store: `n_codes` codes and notes of `coder`, unless
    `problems` stop its import."""

    coder: str
    n_codes: int
    problems: list[Problem]


def unimported(store: Store, path: Path | str) -> Unimported:
    """A dry run of `import_file` (nothing stored): which codes in the file the store lacks.
    Raises CodingImportError (or InputError) when the file is not an export of this store."""
    path = Path(path)
    data = _read_bytes(path)
    done = store.coding.get_import(hashlib.sha256(data).hexdigest())
    if done is not None:
        return Unimported(done["coder"], 0, [])
    filled = _read_export(store, path, data, None)
    cells, problems, _ = filled.cells()
    export = filled.export
    current = _coder_values(store, filled.codebook, export["unit_type"], export["coder"])
    report = ImportReport(str(path))
    conflicts = _merge(cells, filled.snapshot["values"], current, False, report)
    return Unimported(export["coder"], report.n_changed + len(conflicts), problems)


def check_export_target(store: Store, path: Path | str, *,
                        import_command: str = IMPORT_COMMAND) -> tuple[int, ...] | None:
    """Raise WouldOverwriteError unless an export may replace the file at `path`: there is
    none, or it is an export of this store whose codes and notes are all imported (or blank).
    Returns the file's state when checked, to notice a change before the write."""
    path = Path(path)
    state = _file_state(path)
    if state is None:
        return None
    keep = "so it was left as it is"
    elsewhere = "choose another output path, or pass --overwrite to"
    try:
        pending = unimported(store, path)
    except CiteauditError as exc:
        raise WouldOverwriteError(
            f"{path}: exists and is not a citeaudit export that this store can import "
            f"({_first_problem(path, exc)}), {keep}; {elsewhere} replace it") from exc
    if pending.problems:
        raise WouldOverwriteError(
            f"{path}: holds codes of coder {pending.coder!r} that cannot be imported as they "
            f"are ({pending.problems[0]}; {len(pending.problems)} problem(s) in all), {keep}; "
            f"fix them and import it with `{import_command} {path}`, or {elsewhere} discard "
            "them")
    if pending.n_codes:
        raise WouldOverwriteError(
            f"{path}: holds {pending.n_codes} code(s) or note(s) of coder {pending.coder!r} "
            f"that are not imported yet, {keep}; import it first with `{import_command} "
            f"{path}`, or {elsewhere} discard them")
    return state


def _file_state(path: Path) -> tuple[int, ...] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _first_problem(path: Path, exc: CiteauditError) -> str:
    if isinstance(exc, CodingImportError) and exc.problems:
        return str(exc.problems[0])
    return str(exc).removeprefix(f"{path}: ")


@dataclass
class _Target:
    """The file an export writes: checked before any work (so a refusal stores nothing), and
    again just before the write if it changed meanwhile (a coder saving it)."""

    path: Path
    overwrite: bool
    import_command: str
    checked: tuple[int, ...] | None = None

    def check(self, store: Store) -> None:
        if not self.overwrite:
            self.checked = check_export_target(store, self.path,
                                               import_command=self.import_command)

    def write(self, store: Store, build: Callable[[Path], None]) -> None:
        if not self.overwrite and _file_state(self.path) != self.checked:
            self.check(store)
        atomic_write(self.path, build)


# ---------------------------------------------------------------------------
# export
# ---------------------------------------------------------------------------
def export_xlsx(
    store: Store,
    codebook: Codebook,
    coder: str,
    path: Path | str,
    *,
    unit_type: str | None = None,
    unit_ids: list[str] | None = None,
    progress: Progress | None = None,
    suggestions_from: str = AUTO_CODER,
    overwrite: bool = False,
    import_command: str = IMPORT_COMMAND,
) -> ExportSummary:
    """Write a coding workbook for one coder: units, evidence, codebook, instructions.

    The read-only 'auto:' columns show the codes of the automatic coder `suggestions_from`.
    A file already at `path` is replaced only if `check_export_target` allows it (or with
    `overwrite`); `import_command` is the command its refusal suggests.
    """
    return _export(store, codebook, coder, _Target(Path(path), overwrite, import_command),
                   unit_type, unit_ids, "xlsx", progress, suggestions_from)


def export_csv(
    store: Store,
    codebook: Codebook,
    coder: str,
    path: Path | str,
    *,
    unit_type: str | None = None,
    unit_ids: list[str] | None = None,
    progress: Progress | None = None,
    suggestions_from: str = AUTO_CODER,
    overwrite: bool = False,
    import_command: str = IMPORT_COMMAND,
) -> ExportSummary:
    """The Units sheet as CSV (UTF-8); codes go in the dimension columns, several joined by ';'.
    An existing file is replaced as by `export_xlsx`."""
    return _export(store, codebook, coder, _Target(Path(path), overwrite, import_command),
                   unit_type, unit_ids, "csv", progress, suggestions_from)


def _export(store: Store, codebook: Codebook, coder: str, target: _Target,
            unit_type: str | None, unit_ids: list[str] | None, file_format: str,
            progress: Progress | None, suggestions_from: str = AUTO_CODER) -> ExportSummary:
    coder = check_human_coder(coder)
    target.check(store)
    path = target.path
    unit_type = unit_type or codebook.unit_type
    register_codebook(store, codebook)
    with store.read_snapshot():
        exported_units = units(store, unit_type, unit_ids)
        mine = _coder_values(store, codebook, unit_type, coder)
        auto = {
            (r["unit_id"], r["dimension"]): r
            for r in store.coding.list_codes(codebook.name, codebook.version, unit_type,
                                             suggestions_from)
        }
    if not exported_units:
        hint = ("run `citeaudit code auto` first (it registers the selected papers)"
                if unit_type == "paper" else "register or select units first")
        raise InputError(f"no {unit_type} units to export; {hint}")
    if progress:
        progress("read", len(exported_units), len(exported_units))
    export_id = uuid.uuid4().hex
    ids = [u.unit_id for u in exported_units]
    snapshot = {"units": ids,
                "values": {k: v for k, v in mine.items() if k.split("\t")[0] in set(ids)}}
    display_keys = _display_keys(exported_units, codebook)
    headers = ([ID_HEADER] + [h for _, h in display_keys]
               + [SUGGESTED_PREFIX + d.name for d in codebook.dimensions]
               + codebook.dimension_names + [NOTES_HEADER])
    rows = []
    for unit in exported_units:
        row = [unit.unit_id] + [_cell_value(unit.display.get(k)) for k, _ in display_keys]
        for dim in codebook.dimensions:
            row.append(_suggestion_text(auto.get((unit.unit_id, dim.name))))
        for dim in codebook.dimensions:
            row.append(_codes_text(mine.get(_key(unit.unit_id, dim.name))))
        row.append(mine.get(_key(unit.unit_id, NOTES_DIMENSION)) or "")
        rows.append(row)
    n_evidence = sum(len(u.evidence) for u in exported_units)
    meta = _meta(store, codebook, unit_type, coder, export_id, KIND_CODING)
    # Recorded before the file exists, so no file can be filled that the store cannot import.
    store.coding.insert_export(export_id, KIND_CODING, codebook.name, codebook.version, unit_type,
                               coder, file_format, str(path), snapshot)
    if file_format == "csv":
        # display text (titles, passages, responses) is neutralised for spreadsheets; the
        # import reads only ids, codes and notes, which are written as they are
        shown = range(1, 1 + len(display_keys))
        csv_rows = [[spreadsheet_safe(v) if i in shown else v for i, v in enumerate(row)]
                    for row in rows]
        target.write(store, lambda tmp: _write_csv(tmp, headers, csv_rows, export_id))
    else:
        def build(tmp: Path) -> None:
            wb = Workbook()
            ws = wb.active
            ws.title = codebook.unit_sheet
            code_ranges = _write_codebook_sheet(wb, codebook)
            _write_units_sheet(ws, codebook, headers, rows, len(display_keys), code_ranges)
            _write_evidence_sheet(wb, codebook, exported_units)
            _write_instructions(wb, codebook, coder, KIND_CODING)
            _write_meta_sheet(wb, meta)
            wb.active = 0
            wb.save(tmp)

        target.write(store, build)
    if progress:
        progress("write", len(rows), len(rows))
    return ExportSummary(path, export_id, KIND_CODING, coder, len(exported_units),
                         len(rows), n_evidence)


def export_adjudication(
    store: Store,
    codebook: Codebook,
    path: Path | str,
    *,
    unit_type: str | None = None,
    include_agreed: bool = False,
    overwrite: bool = False,
) -> ExportSummary:
    """A sheet with one row per unit and dimension on which human coders disagree.

    Fill the `final` column; importing it stores the codes as coder `adjudicated`. A file
    already at `path` is replaced as by `export_xlsx`.
    """
    target = _Target(Path(path), overwrite, IMPORT_COMMAND)
    target.check(store)
    path = target.path
    unit_type = unit_type or codebook.unit_type
    register_codebook(store, codebook)
    with store.read_snapshot():
        table = code_table(store, codebook, unit_type)
        all_units = {u.unit_id: u for u in units(store, unit_type)}
        adjudicated = _coder_values(store, codebook, unit_type, ADJUDICATED)
    humans = human_coders(table)
    if len(humans) < 2 and not include_agreed:
        raise InputError(f"adjudication needs codes from two or more people; found "
                         f"{len(humans)} ({', '.join(humans) or 'none'})")
    pairs: list[tuple[str, str]] = []
    for unit_id in all_units:
        for dim in codebook.dimension_names:
            values = [table[c][unit_id][dim] for c in humans if dim in table[c].get(unit_id, {})]
            if not values:
                continue
            disagree = len(values) >= 2 and any(v != values[0] for v in values)
            if disagree or include_agreed:
                pairs.append((unit_id, dim))
    export_id = uuid.uuid4().hex
    keys = {_key(u, d) for u, d in pairs} | {_key(u, f"{NOTES_DIMENSION}:{d}") for u, d in pairs}
    snapshot = {"units": sorted({u for u, _ in pairs}), "rows": [list(p) for p in pairs],
                "values": {k: v for k, v in adjudicated.items() if k in keys}}
    title_key = _title_key(all_units.values())
    auto = table.get(AUTO_CODER, {})
    headers = ([ID_HEADER, title_key or "title", DIMENSION_HEADER] + humans + [AUTO_CODER]
               + [FINAL_HEADER, NOTES_HEADER])
    rows = []
    for unit_id, dim in pairs:
        unit = all_units[unit_id]
        rows.append(
            [unit_id, _cell_value(unit.display.get(title_key)) if title_key else "", dim]
            + [_codes_text(table[c].get(unit_id, {}).get(dim)) for c in humans]
            + [_codes_text(auto.get(unit_id, {}).get(dim)),
               _codes_text(adjudicated.get(_key(unit_id, dim))),
               adjudicated.get(_key(unit_id, f"{NOTES_DIMENSION}:{dim}")) or ""]
        )
    meta = _meta(store, codebook, unit_type, ADJUDICATED, export_id, KIND_ADJUDICATION)

    def build(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = ADJUDICATION_SHEET
        code_ranges = _write_codebook_sheet(wb, codebook)
        _write_adjudication_sheet(ws, headers, rows, code_ranges)
        _write_evidence_sheet(wb, codebook, [all_units[u] for u in snapshot["units"]])
        _write_instructions(wb, codebook, ADJUDICATED, KIND_ADJUDICATION)
        _write_meta_sheet(wb, meta)
        wb.active = 0
        wb.save(tmp)

    store.coding.insert_export(export_id, KIND_ADJUDICATION, codebook.name, codebook.version,
                               unit_type, ADJUDICATED, "xlsx", str(path), snapshot)
    target.write(store, build)
    return ExportSummary(path, export_id, KIND_ADJUDICATION, ADJUDICATED,
                         len(snapshot["units"]), len(rows), 0)


def _coder_values(store: Store, codebook: Codebook, unit_type: str, coder: str) -> dict[str, Any]:
    return {
        _key(r["unit_id"], r["dimension"]): loads(r["value_json"])
        for r in store.coding.list_codes(codebook.name, codebook.version, unit_type, coder)
    }


def _meta(store: Store, codebook: Codebook, unit_type: str, coder: str, export_id: str,
          kind: str) -> dict[str, str]:
    return {
        "format_version": FILE_FORMAT_VERSION, "store_id": store.store_id,
        "export_id": export_id, "kind": kind, "codebook": codebook.name,
        "codebook_version": codebook.version, "unit_type": unit_type, "coder": coder,
    }


def _display_keys(exported_units: list, codebook: Codebook) -> list[tuple[str, str]]:
    """Display fields in first-seen order, as (key, header) with headers that cannot clash."""
    reserved = {ID_HEADER, NOTES_HEADER, EXPORT_ID_HEADER, *codebook.dimension_names}
    keys: list[str] = []
    for unit in exported_units:
        for key in unit.display:
            if key not in keys:
                keys.append(key)
    return [(k, f"{k} (info)" if k.casefold() in reserved or k.startswith(SUGGESTED_PREFIX)
             else k) for k in keys]


def _title_key(all_units: Any) -> str | None:
    for unit in all_units:
        for key in ("title", "prompt", "text", "name"):
            if key in unit.display:
                return key
        return next(iter(unit.display), None)
    return None


def _cell_value(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return dumps(value)


def _codes_text(codes: list[str] | None) -> str:
    return "" if not codes else f"{MULTI_SEPARATOR} ".join(codes)


def _suggestion_text(row: Any) -> str:
    if row is None:
        return ""
    text = _codes_text(loads(row["value_json"])) or "(none)"
    extra = []
    if row["confidence"] is not None:
        extra.append(f"{row['confidence']:.2f}")
    evidence = loads(row["evidence_json"], [])
    if evidence:
        extra.append("evidence " + ", ".join(str(e) for e in evidence[:6])
                     + (" ..." if len(evidence) > 6 else ""))
    return f"{text} ({'; '.join(extra)})" if extra else text


def _cell(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write one cell; text stays text even when it starts with "=" (titles, passages and model
    responses come from outside and must never become live formulas)."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _write_csv(path: Path, headers: list[str], rows: list[list[Any]], export_id: str) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([EXPORT_ID_HEADER] + headers)
        for row in rows:
            writer.writerow([export_id] + ["" if v is None else v for v in row])


def _style_header(ws: Any, headers: list[str], code_columns: set[int]) -> None:
    for col, header in enumerate(headers, start=1):
        cell = _cell(ws, 1, col, header)
        cell.font = HEADER_FONT
        cell.fill = CODE_HEADER_FILL if col in code_columns else HEADER_FILL
        cell.alignment = WRAP
    ws.freeze_panes = "B2"


def _write_units_sheet(ws: Any, codebook: Codebook, headers: list[str], rows: list[list[Any]],
                       n_display: int, code_ranges: dict[str, str]) -> None:
    n_dims = len(codebook.dimensions)
    first_code_col = 2 + n_display + n_dims
    code_columns = set(range(first_code_col, first_code_col + n_dims + 1))
    _style_header(ws, headers, code_columns)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = _cell(ws, r, c, value)
            cell.alignment = WRAP
            if c not in code_columns:
                cell.fill = READ_ONLY_FILL
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                cell.hyperlink = value
                cell.font = Font(color="0563C1", underline="single")
    last_row = max(2, len(rows) + 1)
    for i, dim in enumerate(codebook.dimensions):
        col = get_column_letter(first_code_col + i)
        ws[f"{col}1"].comment = Comment(_dimension_help(dim), "citeaudit")
        _add_dropdown(ws, dim, code_ranges[dim.name], f"{col}2:{col}{last_row}")
    widths = {1: 14}
    for c, header in enumerate(headers, start=1):
        longest = max([len(str(row[c - 1] or "")) for row in rows[:200]] + [len(header)])
        widths.setdefault(c, min(max(10, longest + 2), 60))
    for c in code_columns:
        widths[c] = max(18, min(28, len(headers[c - 1]) + 4))
    widths[len(headers)] = 40
    for c, width in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last_row}"


def _write_adjudication_sheet(ws: Any, headers: list[str], rows: list[list[Any]],
                              code_ranges: dict[str, str]) -> None:
    final_col = headers.index(FINAL_HEADER) + 1
    code_columns = {final_col, final_col + 1}
    _style_header(ws, headers, code_columns)
    validations: dict[str, DataValidation] = {}
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = _cell(ws, r, c, value)
            cell.alignment = WRAP
            if c not in code_columns:
                cell.fill = READ_ONLY_FILL
        dim = row[2]
        if dim not in validations:
            validations[dim] = DataValidation(type="list", formula1=code_ranges[dim],
                                              allow_blank=True, showDropDown=False)
            validations[dim].errorStyle = "warning"
            validations[dim].error = "Not a code of this dimension; see the Codebook sheet."
            ws.add_data_validation(validations[dim])
        validations[dim].add(f"{get_column_letter(final_col)}{r}")
    for c, header in enumerate(headers, start=1):
        width = 50 if c == 2 else max(14, len(header) + 4)
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.column_dimensions[get_column_letter(final_col + 1)].width = 40


def _add_dropdown(ws: Any, dim: Dimension, source: str, cells: str) -> None:
    validation = DataValidation(type="list", formula1=source, allow_blank=True)
    validation.promptTitle = dim.name[:32]
    validation.prompt = (dim.question or dim.label)[:255]
    validation.showInputMessage = True
    if dim.multiple:
        # Several codes are typed as "a; b", which a list validation cannot accept: warn only.
        validation.errorStyle = "warning"
        validation.error = (f"Several codes are fine: separate them with '{MULTI_SEPARATOR}'. "
                            "Each must be a code from the Codebook sheet.")[:255]
    else:
        validation.errorStyle = "stop"
        validation.error = "Pick one code from the list (see the Codebook sheet)."
    validation.showErrorMessage = True
    ws.add_data_validation(validation)
    validation.add(cells)


def _dimension_help(dim: Dimension) -> str:
    choice = "several codes may apply (separate with ';')" if dim.multiple else "one code"
    return f"{dim.label}: {dim.question}\n({choice}; codes: {', '.join(dim.code_ids)})"


def _write_codebook_sheet(wb: Workbook, codebook: Codebook) -> dict[str, str]:
    """The codebook as a table; returns each dimension's code range for dropdowns."""
    ws = wb.create_sheet(CODEBOOK_SHEET)
    headers = ["dimension", "code", "label", "choice", "definition", "include when",
               "exclude when", "examples", "question"]
    _style_header(ws, headers, set())
    ranges: dict[str, str] = {}
    r = 2
    for dim in codebook.dimensions:
        first = r
        for code in dim.codes:
            values = [dim.name, code.code, code.label, "several" if dim.multiple else "one",
                      code.definition, "\n".join(code.include), "\n".join(code.exclude),
                      "\n".join(code.examples), dim.question]
            for c, value in enumerate(values, start=1):
                _cell(ws, r, c, value).alignment = WRAP
            r += 1
        ranges[dim.name] = f"'{CODEBOOK_SHEET}'!$B${first}:$B${r - 1}"
    for c, width in enumerate([16, 22, 28, 9, 60, 45, 45, 50, 40], start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    return ranges


def _write_evidence_sheet(wb: Workbook, codebook: Codebook, exported_units: list) -> None:
    ws = wb.create_sheet(codebook.evidence_sheet)
    keys: list[str] = []
    for unit in exported_units:
        for row in unit.evidence:
            for key in row:
                if key not in keys:
                    keys.append(key)
    headers = [ID_HEADER] + keys
    _style_header(ws, headers, set())
    r = 2
    for unit in exported_units:
        for row in unit.evidence:
            values = [unit.unit_id] + [_cell_value(row.get(k)) for k in keys]
            for c, value in enumerate(values, start=1):
                _cell(ws, r, c, value).alignment = WRAP
            r += 1
    for c, key in enumerate(headers, start=1):
        long_text = key in ("text", "sentence", "context", "passage", "prompt", "response",
                            "chosen", "rejected")
        ws.column_dimensions[get_column_letter(c)].width = 90 if long_text else 16
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(2, r - 1)}"


def _write_instructions(wb: Workbook, codebook: Codebook, coder: str, kind: str) -> None:
    ws = wb.create_sheet(INSTRUCTIONS_SHEET)
    if kind == KIND_CODING:
        lines = [
            f"{codebook.title} (codebook {codebook.name}, version {codebook.version})",
            f"Coder: {coder}",
            "",
            (f"1. Work in the '{codebook.unit_sheet}' sheet: one row per {codebook.unit_type}. "
             "Grey columns are for reading only; fill the green columns."),
            ("2. For each green column pick a code from the dropdown. Where a dimension allows "
             f"several codes, type them separated by '{MULTI_SEPARATOR}' (e.g. 'a; b')."),
            (f"3. The '{codebook.evidence_sheet}' sheet holds the evidence for each row; filter "
             "it by unit_id."),
            (f"4. The '{CODEBOOK_SHEET}' sheet defines every code, with when to use it and when "
             "not, and examples."),
            (f"5. The '{SUGGESTED_PREFIX.strip()}' columns show the automatic coder's suggestion "
             "(with its confidence and evidence ids); judge for yourself."),
            "6. Leave a cell blank if you have not decided; blank cells change nothing.",
            "7. Do not edit unit_id, rename columns, or add rows; sorting and filtering are fine.",
            ("8. Save as .xlsx and give the file back; it can be imported more than once and "
             "only your changes are stored."),
        ]
    else:
        lines = [
            (f"Adjudication for {codebook.title} (codebook {codebook.name}, version "
             f"{codebook.version})"),
            "",
            ("Each row is a unit and dimension on which coders disagree. Their codes are shown "
             "side by side (and the automatic coder's)."),
            ("Fill the 'final' column with the code that applies (several separated by "
             f"'{MULTI_SEPARATOR}' where the dimension allows); blank rows stay undecided."),
            "Importing this file stores the final codes as coder 'adjudicated'.",
        ]
    if codebook.instructions:
        lines += ["", *codebook.instructions.strip().splitlines()]
    for r, line in enumerate(lines, start=1):
        _cell(ws, r, 1, line).alignment = WRAP
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110


def _write_meta_sheet(wb: Workbook, meta: dict[str, str]) -> None:
    ws = wb.create_sheet(META_SHEET)
    _cell(ws, 1, 1, "citeaudit export metadata: do not edit")
    for r, (key, value) in enumerate(meta.items(), start=2):
        _cell(ws, r, 1, key)
        _cell(ws, r, 2, value)
    ws.sheet_state = "hidden"


# ---------------------------------------------------------------------------
# import
# ---------------------------------------------------------------------------
def import_file(
    store: Store,
    path: Path | str,
    *,
    codebook: Codebook | None = None,
    prefer_file: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a filled XLSX or CSV export (coding or adjudication).

    Validates every cell first and raises CodingImportError listing all problems, storing
    nothing. `codebook`, when given, must be the version the file was exported with.
    `prefer_file` resolves conflicts in favour of the file (the replaced codes stay in the
    history). Re-importing an identical file is a no-op.
    """
    path = Path(path)
    data = _read_bytes(path)
    sha = hashlib.sha256(data).hexdigest()
    done = store.coding.get_import(sha)
    if done is not None:
        return _already_imported(path, done)
    filled = _read_export(store, path, data, codebook)
    cells, problems, warnings = filled.cells()
    export = filled.export
    report = ImportReport(str(path), kind=export["kind"], coder=export["coder"],
                          export_id=export["export_id"], warnings=warnings)
    with store.transaction():
        if store.coding.get_import(sha) is not None:  # imported meanwhile
            return _already_imported(path, store.coding.get_import(sha))
        current = _coder_values(store, filled.codebook, export["unit_type"], export["coder"])
        problems += _merge(cells, filled.snapshot["values"], current, prefer_file, report)
        if problems:
            raise CodingImportError(str(path), problems)
        writes = [{
            "unit_type": export["unit_type"], "unit_id": change.unit_id,
            "codebook": filled.codebook.name, "codebook_version": filled.codebook.version,
            "dimension": change.dimension, "coder": export["coder"], "value": change.new,
        } for change in report.changes]
        import_id = store.coding.insert_import(sha, str(path), export["export_id"],
                                               export["coder"], len(writes), {})
        store.coding.upsert_codes(
            writes, source=f"{filled.file_format}:{path.name}", import_id=import_id,
            on_write=(lambda i: progress("write", i + 1, len(writes))) if progress else None,
        )
        report.import_id = import_id
        store.coding.update_import(import_id, len(writes), {
            "changes": len(writes), "unchanged": report.n_unchanged, "blank": report.n_blank,
            "kept_newer": report.n_kept_newer, "warnings": report.warnings,
            "kind": export["kind"],
        })
    return report


@dataclass
class _FilledExport:
    """A file read back and matched to its export in the store; its cells not yet checked."""

    file_format: str
    table: dict[str, _Table] | _Table
    export: Any  # the store's coding_exports row
    codebook: Codebook  # the version the file was exported with
    snapshot: dict[str, Any]

    def cells(self) -> tuple[list[_Cell], list[Problem], list[str]]:
        read = (_adjudication_cells if self.export["kind"] == KIND_ADJUDICATION
                else _coding_cells)
        return read(self.table, self.codebook, self.snapshot)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _already_imported(path: Path, done: Any) -> ImportReport:
    return ImportReport(str(path), coder=done["coder"], export_id=done["export_id"],
                        already_imported=True, import_id=done["import_id"])


def _read_export(store: Store, path: Path, data: bytes,
                 codebook: Codebook | None) -> _FilledExport:
    """The file as a table and its export record; CodingImportError if it is not an export
    of this store (or of `codebook`'s version, when given)."""
    file_format = _sniff_format(path, data)
    if file_format == "xlsx":
        meta, table = _read_xlsx(path, data)
        export = _check_meta(store, path, meta)
    else:
        table = _read_csv(path, data)
        export = _csv_export(store, path, table)
    stored = stored_codebook(store, export["codebook"], export["codebook_version"])
    if stored is None:  # pragma: no cover - an export always registers its codebook
        raise CodingImportError(str(path), [Problem("file", "its codebook is not in this store")])
    if codebook is not None and (codebook.name, codebook.version) != (stored.name, stored.version):
        raise CodingImportError(str(path), [Problem(
            "file", f"exported with codebook {stored.name} version {stored.version}, but you "
            f"are importing with {codebook.name} version {codebook.version}; re-export with the "
            "current codebook (and copy the codes over) or import with the old version")])
    return _FilledExport(file_format, table, export, stored, loads(export["snapshot_json"]))


def _merge(cells: list[_Cell], base_values: dict[str, Any], current: dict[str, Any],
           prefer_file: bool, report: ImportReport) -> list[Problem]:
    """The three-way merge: each cell the file changed goes to `report.changes`, the others
    to its counts; returns the conflicts (a cell changed in the file and in the store)."""
    conflicts = []
    for cell in cells:
        key = _key(cell.unit_id, cell.dimension)
        base, now = base_values.get(key), current.get(key)
        if cell.value is None:
            report.n_blank += 1
            if base is not None:
                report.warnings.append(
                    f"{cell.where}: emptied; the stored code {_show(base)} is kept "
                    "(codes are never deleted by an import)")
            continue
        if cell.value == base or cell.value == now:
            if cell.value == base and now != base:
                report.n_kept_newer += 1
            else:
                report.n_unchanged += 1
            continue
        if now != base and not prefer_file:
            conflicts.append(Problem(cell.where, (
                f"conflict: this file changes {cell.dimension} from {_show(base)} to "
                f"{_show(cell.value)}, but since this file was exported the store's code "
                f"became {_show(now)} (a newer file was imported?); re-export and redo "
                "this cell, or import with --prefer-file to let this file win")))
            continue
        report.changes.append(Change(cell.unit_id, cell.dimension, now, cell.value,
                                     cell.where))
    return conflicts


def import_xlsx(store: Store, path: Path | str, **kwargs: Any) -> ImportReport:
    """Import a filled workbook; see import_file."""
    return import_file(store, path, **kwargs)


def import_csv(store: Store, path: Path | str, **kwargs: Any) -> ImportReport:
    """Import a filled CSV; see import_file."""
    return import_file(store, path, **kwargs)


def _show(value: Any) -> str:
    if value is None:
        return "(blank)"
    if isinstance(value, list):
        return repr(_codes_text(value) or "(none)")
    return repr(value)


def _sniff_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise CodingImportError(str(path), [Problem(
            "file", "this is an old binary .xls (or other OLE) file, not .xlsx; in your "
            "spreadsheet program choose Save As > Excel workbook (.xlsx)")])
    if suffix in (".xlsx", ".xlsm"):
        raise CodingImportError(str(path), [Problem(
            "file", "not an XLSX file (an .xlsx is a ZIP archive and this is not one); was it "
            "saved as CSV or another format under an .xlsx name?")])
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    raise CodingImportError(str(path), [Problem(
        "file", f"unknown file type {suffix or '(no extension)'}; expected .xlsx or .csv")])


def _read_xlsx(path: Path, data: bytes) -> tuple[dict[str, str], dict[str, _Table]]:
    _check_unpacked_size(path, data)
    try:
        wb = load_workbook(io.BytesIO(data))  # formulas as formulas, to name them
    except SyntaxError as exc:  # malformed XML: ElementTree's (or lxml's) ParseError
        raise CodingImportError(str(path), [Problem(
            _malformed_part(data), f"its XML is damaged ({exc}); export the file again, or "
            "open and save it in your spreadsheet program to repair it")]) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise CodingImportError(str(path), [Problem(
            "file", f"cannot be read as an XLSX workbook ({exc.__class__.__name__}: {exc})")]
        ) from exc
    if META_SHEET not in wb.sheetnames:
        raise CodingImportError(str(path), [Problem(
            "file", f"no hidden '{META_SHEET}' sheet: this workbook was not exported by "
            "citeaudit code export (or the sheet was deleted); export again")])
    meta: dict[str, str] = {}
    for key, value, *_ in wb[META_SHEET].iter_rows(min_row=2, max_col=2, values_only=True):
        if key is not None:
            meta[str(key).strip()] = "" if value is None else str(value).strip()
    tables = {}
    for ws in wb.worksheets:
        if ws.title == META_SHEET:
            continue
        rows = [[_Formula(str(getattr(c.value, "text", c.value))) if c.data_type == "f"
                 else c.value for c in row] for row in ws.iter_rows()]
        headers = ["" if v is None else str(v) for v in (rows[0] if rows else [])]
        tables[ws.title] = _Table(
            ws.title, headers, [(i, list(r)) for i, r in enumerate(rows[1:], start=2)]
        )
    return meta, tables


def _check_unpacked_size(path: Path, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise CodingImportError(str(path), [Problem(
            "file", f"cannot be read as an XLSX workbook (BadZipFile: {exc})")]) from exc
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise CodingImportError(str(path), [Problem(
            "file", f"unpacks to {unpacked / 2**20:,.0f} MiB, far more than any export "
            f"(limit {MAX_XLSX_UNPACKED_BYTES // 2**20} MiB); is it the file you exported?")])


def _malformed_part(data: bytes) -> str:
    """Where a workbook's XML does not parse: "sheet 'Items'", or the part's name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = _sheet_parts(data)
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                ElementTree.fromstring(archive.read(name))
            except ElementTree.ParseError:
                return f"sheet {sheets[name]!r}" if name in sheets else f"part {name}"
    return "file"


def _sheet_parts(data: bytes) -> dict[str, str]:
    """Zip member name -> sheet name, as the workbook lists them (empty if that is damaged)."""
    try:
        reader = ExcelReader(io.BytesIO(data))
        reader.read_manifest()
        reader.read_workbook()
        return {rel.target.lstrip("/"): sheet.name for sheet, rel in reader.parser.find_sheets()}
    except (SyntaxError, KeyError, ValueError, TypeError, zipfile.BadZipFile):
        return {}


def _check_meta(store: Store, path: Path, meta: dict[str, str]) -> Any:
    problems = []
    needed = ["store_id", "export_id", "kind", "codebook", "codebook_version", "unit_type",
              "coder"]
    missing = [k for k in needed if not meta.get(k)]
    if missing:
        raise CodingImportError(str(path), [Problem(
            META_SHEET, f"metadata is missing {', '.join(missing)}; export the file again")])
    if meta["store_id"] != store.store_id:
        raise CodingImportError(str(path), [Problem(
            "file", f"exported from another store (store id {meta['store_id']}), not from "
            f"{store.path} (store id {store.store_id}); import it into the store it came from, "
            "or export again from this one")])
    export = store.coding.get_export(meta["export_id"])
    if export is None:
        raise CodingImportError(str(path), [Problem(
            META_SHEET, f"export id {meta['export_id']} is unknown to this store; export again")])
    for key, column in (("kind", "kind"), ("codebook", "codebook"),
                        ("codebook_version", "codebook_version"), ("unit_type", "unit_type"),
                        ("coder", "coder")):
        if meta[key] != export[column]:
            problems.append(Problem(META_SHEET, (
                f"{key} is {meta[key]!r} but this export was made with {export[column]!r}; "
                "the metadata was edited or copied from another file")))
    if problems:
        raise CodingImportError(str(path), problems)
    return export


def _read_csv(path: Path, data: bytes) -> _Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CodingImportError(str(path), [Problem(
            "file", f"not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8'")]) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise CodingImportError(str(path), [Problem("file", f"not valid CSV ({exc})")]) from exc
    if not rows:
        raise CodingImportError(str(path), [Problem("file", "the file is empty")])
    return _Table(path.name, rows[0], [(i, r) for i, r in enumerate(rows[1:], start=2)],
                  csv=True)


def _csv_export(store: Store, path: Path, table: _Table) -> Any:
    headers = [h.strip().casefold() for h in table.headers]
    if EXPORT_ID_HEADER not in headers:
        raise CodingImportError(str(path), [Problem(
            "file", f"no '{EXPORT_ID_HEADER}' column: this CSV was not exported by citeaudit "
            "code export (or the column was deleted); export again")])
    col = headers.index(EXPORT_ID_HEADER)
    ids = {str(r[col]).strip() for _, r in table.rows if col < len(r) and str(r[col]).strip()}
    if len(ids) != 1:
        raise CodingImportError(str(path), [Problem(
            f"column {EXPORT_ID_HEADER!r}", f"expected one export id in every row, found "
            f"{len(ids)}; rows from different exports were mixed or the column was edited")])
    export = store.coding.get_export(ids.pop())
    if export is None:
        raise CodingImportError(str(path), [Problem(
            "file", "its export id is unknown to this store: it was exported from another "
            "store (or the export id was edited); import it into the store it came from")])
    return export


def _header_columns(table: _Table, wanted: list[str], optional: set[str],
                    problems: list[Problem]) -> dict[str, int]:
    """Column index of each wanted header (trimmed, any case); reports missing ones."""
    found: dict[str, int] = {}
    seen: dict[str, int] = {}
    for i, header in enumerate(table.headers):
        norm = header.strip().casefold()
        if not norm:
            continue
        if norm in seen:
            problems.append(Problem(table.ref(1, i), f"column {header!r} appears twice (also "
                                    f"{table.ref(1, seen[norm])})"))
            continue
        seen[norm] = i
    known_norms = {w.casefold() for w in wanted}
    unexpected = [table.headers[i] for n, i in seen.items() if n not in known_norms]
    for name in wanted:
        if name.casefold() in seen:
            found[name] = seen[name.casefold()]
        elif name not in optional:
            hint = (f"; found unexpected column(s) {', '.join(repr(u) for u in unexpected[:5])}"
                    " - was it renamed?" if unexpected else "")
            problems.append(Problem(f"{table.sheet} header row",
                                    f"column {name!r} is missing{hint}"))
    return found


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = text.strip()
    return text or None


def parse_codes(dim: Dimension, raw: Any) -> tuple[list[str] | None, str | None]:
    """A cell's codes for a dimension (None if blank), or an error message saying why not."""
    text = _text(raw)
    if text is None:
        return None, None
    parts = [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]
    codes, unknown = [], []
    for part in parts:
        code = dim.match_code(part)
        (codes.append(code) if code else unknown.append(part))
    if unknown:
        messages = []
        for part in unknown:
            close = difflib.get_close_matches(part.casefold(), dim.code_ids, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            if "," in part and all(dim.match_code(p) for p in part.split(",")):
                hint = f" (separate several codes with '{MULTI_SEPARATOR}', not ',')"
            messages.append(f"{part!r}{hint}")
        return None, (f"unknown code {', '.join(messages)} for {dim.name}; expected "
                      f"{'codes' if dim.multiple else 'one'} of: {', '.join(dim.code_ids)}")
    unique = list(dict.fromkeys(codes))
    if not dim.multiple and len(unique) > 1:
        return None, (f"{dim.name} takes one code, found {len(unique)}: "
                      f"{', '.join(unique)}")
    return [c for c in dim.code_ids if c in unique], None


def _unit_rows(table: _Table, id_col: int, value_cols: list[int], exported: set[str],
               problems: list[Problem]) -> list[tuple[int, str, list[Any]]]:
    """Data rows with a valid, exported unit id; reports edited and blank ids."""
    out = []
    for row_number, row in table.rows:
        values = list(row) + [None] * (len(table.headers) - len(row))
        formulas = [Problem(table.ref(row_number, col), (
            f"a formula ({values[col]}), not a value; type the "
            f"{'unit id' if col == id_col else 'code or note'} itself"))
            for col in (id_col, *value_cols)
            if col < len(values) and isinstance(values[col], _Formula)]
        if formulas:
            problems += formulas
            continue
        unit_id = _text(values[id_col]) if id_col < len(values) else None
        if unit_id is None:
            if any(_text(values[c]) for c in value_cols if c < len(values)):
                problems.append(Problem(table.ref(row_number, id_col),
                                        "this row has codes but no unit_id; restore the id"))
            continue
        if unit_id not in exported:
            problems.append(Problem(table.ref(row_number, id_col), (
                f"unit_id {unit_id!r} was not in this export (edited, or a row was added); "
                "restore the original id")))
            continue
        out.append((row_number, unit_id, values))
    return out


def _coding_cells(tables: dict[str, _Table] | _Table, codebook: Codebook,
                  snapshot: dict[str, Any]) -> tuple[list[_Cell], list[Problem], list[str]]:
    problems: list[Problem] = []
    warnings: list[str] = []
    table = _pick_table(tables, codebook.unit_sheet, problems)
    if table is None:
        return [], problems, warnings
    wanted = [ID_HEADER, *codebook.dimension_names, NOTES_HEADER]
    columns = _header_columns(table, wanted, {NOTES_HEADER}, problems)
    if ID_HEADER not in columns:
        return [], problems, warnings
    exported = set(snapshot["units"])
    value_cols = [columns[n] for n in wanted[1:] if n in columns]
    first_row: dict[str, int] = {}
    cells: list[_Cell] = []
    for row_number, unit_id, values in _unit_rows(table, columns[ID_HEADER], value_cols,
                                                  exported, problems):
        if unit_id in first_row:
            problems.append(Problem(table.ref(row_number, columns[ID_HEADER]), (
                f"unit_id {unit_id!r} appears twice (also row {first_row[unit_id]}); delete "
                "one of the rows")))
            continue
        first_row[unit_id] = row_number
        for dim in codebook.dimensions:
            if dim.name not in columns:
                continue
            col = columns[dim.name]
            codes, error = parse_codes(dim, values[col])
            where = table.ref(row_number, col)
            if error:
                problems.append(Problem(where, error))
            else:
                cells.append(_Cell(unit_id, dim.name, codes, where))
        if NOTES_HEADER in columns:
            col = columns[NOTES_HEADER]
            cells.append(_Cell(unit_id, NOTES_DIMENSION, _text(values[col]),
                               table.ref(row_number, col)))
    missing = exported - set(first_row)
    if missing:
        warnings.append(f"{len(missing)} exported unit(s) are not in the file (rows deleted?); "
                        "their stored codes are unchanged")
    return cells, problems, warnings


def _adjudication_cells(tables: dict[str, _Table] | _Table, codebook: Codebook,
                        snapshot: dict[str, Any]) -> tuple[list[_Cell], list[Problem], list[str]]:
    problems: list[Problem] = []
    table = _pick_table(tables, ADJUDICATION_SHEET, problems)
    if table is None:
        return [], problems, []
    wanted = [ID_HEADER, DIMENSION_HEADER, FINAL_HEADER, NOTES_HEADER]
    columns = _header_columns(table, wanted, {NOTES_HEADER}, problems)
    if {ID_HEADER, DIMENSION_HEADER, FINAL_HEADER} - set(columns):
        return [], problems, []
    exported_pairs = {tuple(p) for p in snapshot["rows"]}
    value_cols = [columns[n] for n in (FINAL_HEADER, NOTES_HEADER) if n in columns]
    seen: dict[tuple[str, str], int] = {}
    cells: list[_Cell] = []
    for row_number, unit_id, values in _unit_rows(table, columns[ID_HEADER], value_cols,
                                                  set(snapshot["units"]), problems):
        dim_name = _text(values[columns[DIMENSION_HEADER]]) or ""
        pair = (unit_id, dim_name)
        if pair not in exported_pairs:
            problems.append(Problem(table.ref(row_number, columns[DIMENSION_HEADER]), (
                f"{unit_id!r} / {dim_name!r} was not a row of this adjudication sheet "
                "(edited id or dimension?)")))
            continue
        if pair in seen:
            problems.append(Problem(table.ref(row_number), (
                f"{unit_id!r} / {dim_name!r} appears twice (also row {seen[pair]})")))
            continue
        seen[pair] = row_number
        dim = codebook.dimension(dim_name)
        codes, error = parse_codes(dim, values[columns[FINAL_HEADER]])
        where = table.ref(row_number, columns[FINAL_HEADER])
        if error:
            problems.append(Problem(where, error))
        else:
            cells.append(_Cell(unit_id, dim_name, codes, where))
        if NOTES_HEADER in columns:
            col = columns[NOTES_HEADER]
            cells.append(_Cell(unit_id, f"{NOTES_DIMENSION}:{dim_name}", _text(values[col]),
                               table.ref(row_number, col)))
    return cells, problems, []


def _pick_table(tables: dict[str, _Table] | _Table, sheet: str,
                problems: list[Problem]) -> _Table | None:
    if isinstance(tables, _Table):
        return tables
    if sheet in tables:
        return tables[sheet]
    problems.append(Problem("file", f"no sheet named {sheet!r} (renamed or deleted?); sheets: "
                            f"{', '.join(tables)}"))
    return None
