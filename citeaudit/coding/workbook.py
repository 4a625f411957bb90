"""The coding file's format, shared by export and import: sheet and column names, the export's
snapshot keys, codes as cell text, and how each sheet of the workbook (or the CSV) is written.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from citeaudit.coding.codebook import MULTI_SEPARATOR, Codebook, Dimension
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

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
CODE_HEADER_FILL = PatternFill("solid", fgColor="548235")
READ_ONLY_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def cell_key(unit_id: str, dimension: str) -> str:
    """The key of one unit's dimension in an export's snapshot (stored as JSON: keep it)."""
    return f"{unit_id}\t{dimension}"


def coder_values(store: Store, codebook: Codebook, unit_type: str, coder: str) -> dict[str, Any]:
    """One coder's stored codes and notes by `cell_key`, as an export's snapshot keeps them."""
    return {
        cell_key(r["unit_id"], r["dimension"]): loads(r["value_json"])
        for r in store.coding.list_codes(codebook.name, codebook.version, unit_type, coder)
    }


def export_meta(store: Store, codebook: Codebook, unit_type: str, coder: str, export_id: str,
                kind: str) -> dict[str, str]:
    """What the hidden metadata sheet holds: the store and export a workbook belongs to."""
    return {
        "format_version": FILE_FORMAT_VERSION, "store_id": store.store_id,
        "export_id": export_id, "kind": kind, "codebook": codebook.name,
        "codebook_version": codebook.version, "unit_type": unit_type, "coder": coder,
    }


def cell_value(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return dumps(value)


def codes_text(codes: list[str] | None) -> str:
    return "" if not codes else f"{MULTI_SEPARATOR} ".join(codes)


def _cell(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write one cell; text stays text even when it starts with "=" (titles, passages and model
    responses come from outside and must never become live formulas)."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def write_csv(path: Path, headers: list[str], rows: list[list[Any]], export_id: str) -> None:
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


def _data_cell(ws: Any, row: int, column: int, value: Any, code_columns: set[int]) -> Any:
    """A data row's cell: wrapped, and grey unless it is a column the coder fills."""
    cell = _cell(ws, row, column, value)
    cell.alignment = WRAP
    if column not in code_columns:
        cell.fill = READ_ONLY_FILL
    return cell


def write_units_sheet(ws: Any, codebook: Codebook, headers: list[str], rows: list[list[Any]],
                      n_display: int, code_ranges: dict[str, str]) -> None:
    n_dims = len(codebook.dimensions)
    first_code_col = 2 + n_display + n_dims
    code_columns = set(range(first_code_col, first_code_col + n_dims + 1))
    _style_header(ws, headers, code_columns)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = _data_cell(ws, r, c, value, code_columns)
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


def write_adjudication_sheet(ws: Any, headers: list[str], rows: list[list[Any]],
                             code_ranges: dict[str, str]) -> None:
    final_col = headers.index(FINAL_HEADER) + 1
    code_columns = {final_col, final_col + 1}
    _style_header(ws, headers, code_columns)
    validations: dict[str, DataValidation] = {}
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _data_cell(ws, r, c, value, code_columns)
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


def write_codebook_sheet(wb: Workbook, codebook: Codebook) -> dict[str, str]:
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


def write_evidence_sheet(wb: Workbook, codebook: Codebook, exported_units: list) -> None:
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
            values = [unit.unit_id] + [cell_value(row.get(k)) for k in keys]
            for c, value in enumerate(values, start=1):
                _cell(ws, r, c, value).alignment = WRAP
            r += 1
    for c, key in enumerate(headers, start=1):
        long_text = key in ("text", "sentence", "context", "passage", "prompt", "response",
                            "chosen", "rejected")
        ws.column_dimensions[get_column_letter(c)].width = 90 if long_text else 16
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(2, r - 1)}"


def write_instructions(wb: Workbook, codebook: Codebook, coder: str, kind: str) -> None:
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


def write_meta_sheet(wb: Workbook, meta: dict[str, str]) -> None:
    ws = wb.create_sheet(META_SHEET)
    _cell(ws, 1, 1, "citeaudit export metadata: do not edit")
    for r, (key, value) in enumerate(meta.items(), start=2):
        _cell(ws, r, 1, key)
        _cell(ws, r, 2, value)
    ws.sheet_state = "hidden"
