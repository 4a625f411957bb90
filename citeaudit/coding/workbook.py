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
from citeaudit.coding.layout import (
    TURNS_KEYS,
    fit_text,
    fit_turns,
    is_url,
    link_text,
    page_setup,
    set_widths,
    size_rows,
)
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

HEADER_FONT = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
CODE_HEADER_FILL = PatternFill("solid", fgColor="548235")
READ_ONLY_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
LINK_FONT = Font(name="Calibri", size=11, color="0563C1", underline="single")


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


def _style_header(ws: Any, headers: list[str], code_columns: set[int],
                  freeze: str = "B2") -> None:
    for col, header in enumerate(headers, start=1):
        cell = _cell(ws, 1, col, header)
        cell.font = HEADER_FONT
        cell.fill = CODE_HEADER_FILL if col in code_columns else HEADER_FILL
        cell.alignment = WRAP
    ws.freeze_panes = freeze


def _data_cell(ws: Any, row: int, column: int, value: Any, code_columns: set[int]) -> Any:
    """A data row's cell: wrapped, and grey unless it is a column the coder fills."""
    cell = _cell(ws, row, column, value)
    cell.alignment = WRAP
    if column not in code_columns:
        cell.fill = READ_ONLY_FILL
    return cell


def _shown_cell(ws: Any, row: int, column: int, value: Any, width: float,
                code_columns: set[int], turns: bool = False, where_rest: str = "") -> Any:
    """A cell as a person reads it: read-only text cut to the tallest row (the coder's own
    cells never are), links clickable and shown by file name and page or address."""
    if is_url(value) and column not in code_columns:
        cell = _data_cell(ws, row, column, link_text(value), code_columns)
        cell.hyperlink = value
        cell.font = LINK_FONT
        return cell
    if isinstance(value, str) and column not in code_columns:
        fit = fit_turns if turns else fit_text
        value = fit(value, width, where_rest=where_rest)
    return _data_cell(ws, row, column, value, code_columns)


def _longest(rows: list[list[Any]], column: int, header: str) -> int:
    return max([len(str(row[column - 1] or "")) for row in rows[:200]] + [len(header)])


def units_widths(codebook: Codebook, headers: list[str], rows: list[list[Any]],
                 lead_col: int | None) -> dict[int, float]:
    """Column widths of the units sheet: the id and lead field narrow enough to stay frozen,
    the coder's columns as wide as their codes, suggestions wide enough for their evidence."""
    widths: dict[int, float] = {1: min(16, max(8, _longest(rows, 1, headers[0]) + 1))}
    dims = {d.name: d for d in codebook.dimensions}
    for c, header in enumerate(headers[1:], start=2):
        if c == lead_col:
            widths[c] = min(60, max(16, _longest(rows, c, header) + 2))
        elif header in dims:
            longest_code = max(len(code) for code in dims[header].code_ids)
            widths[c] = min(24, max(12, len(header) + 3, longest_code + 3))
        elif header == NOTES_HEADER:
            widths[c] = 28
        elif header.startswith(SUGGESTED_PREFIX):
            widths[c] = 34
        else:
            widths[c] = min(50, max(8, _longest(rows, c, header) + 2))
    return widths


def write_units_sheet(ws: Any, codebook: Codebook, headers: list[str], rows: list[list[Any]],
                      code_ranges: dict[str, str], lead_col: int | None = None) -> None:
    """The sheet a coder fills: id and lead field frozen at the left, the coder's columns
    (dimensions, notes) next, then the automatic suggestions and the other fields; rows as
    tall as their text (capped), printed with the coder's columns on the first page."""
    code_columns = {headers.index(n) + 1 for n in [*codebook.dimension_names, NOTES_HEADER]}
    frozen = lead_col or 1
    _style_header(ws, headers, code_columns, freeze=f"{get_column_letter(frozen + 1)}2")
    widths = units_widths(codebook, headers, rows, lead_col)
    rest = f"the full text is in the {codebook.evidence_sheet} sheet"
    turns = lead_col is not None and headers[lead_col - 1] in TURNS_KEYS
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _shown_cell(ws, r, c, value, widths[c], code_columns,
                        turns=turns and c == lead_col,
                        where_rest=rest if c == lead_col else "")
    last_row = max(2, len(rows) + 1)
    for dim in codebook.dimensions:
        col = get_column_letter(headers.index(dim.name) + 1)
        ws[f"{col}1"].comment = Comment(_dimension_help(dim), "citeaudit")
        _add_dropdown(ws, dim, code_ranges[dim.name], f"{col}2:{col}{last_row}")
    set_widths(ws, widths)
    size_rows(ws, widths)
    page_setup(ws, widths, max(code_columns))
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last_row}"


def write_adjudication_sheet(ws: Any, headers: list[str], rows: list[list[Any]],
                             code_ranges: dict[str, str], evidence_sheet: str) -> None:
    """One row per unit and dimension in dispute: id and the unit's text frozen at the left,
    the coders' codes and the automatic ones, then the adjudicator's `final` and notes."""
    final_col = headers.index(FINAL_HEADER) + 1
    code_columns = {final_col, final_col + 1}
    _style_header(ws, headers, code_columns, freeze="C2")
    widths = {c: float(max(12, len(h) + 3)) for c, h in enumerate(headers, start=1)}
    widths[1] = min(16, max(8, _longest(rows, 1, headers[0]) + 1))
    widths[2] = 60
    widths[final_col + 1] = 28
    validations: dict[str, DataValidation] = {}
    turns = headers[1] in TURNS_KEYS
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _shown_cell(ws, r, c, value, widths[c], code_columns, turns=turns and c == 2,
                        where_rest=f"the full text is in the {evidence_sheet} sheet"
                        if c == 2 else "")
        dim = row[2]
        if dim not in validations:
            validations[dim] = DataValidation(type="list", formula1=code_ranges[dim],
                                              allow_blank=True, showDropDown=False)
            validations[dim].errorStyle = "warning"
            validations[dim].error = "Not a code of this dimension; see the Codebook sheet."
            ws.add_data_validation(validations[dim])
        validations[dim].add(f"{get_column_letter(final_col)}{r}")
    set_widths(ws, widths)
    size_rows(ws, widths)
    page_setup(ws, widths, len(headers))


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
    widths = dict(enumerate([16, 22, 28, 9, 60, 45, 45, 50, 40], start=1))
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
                _cell(ws, r, c, fit_text(value or "", widths[c])).alignment = WRAP
            r += 1
        ranges[dim.name] = f"'{CODEBOOK_SHEET}'!$B${first}:$B${r - 1}"
    set_widths(ws, widths)
    size_rows(ws, widths)
    page_setup(ws, widths, 5)
    return ranges


EVIDENCE_FIRST = ("page", "role", "text")
LONG_TEXT_KEYS = ("text", "sentence", "context", "passage", "prompt", "response", "chosen",
                  "rejected")


def evidence_headers(exported_units: list) -> tuple[str | None, list[str]]:
    """The evidence sheet's title column (the unit's title, when units have one) and the
    evidence keys: page, role and text first, links last."""
    keys: list[str] = []
    for unit in exported_units:
        for row in unit.evidence:
            keys += [k for k in row if k not in keys]
    first = [k for k in EVIDENCE_FIRST if k in keys]
    links = [k for k in keys if k == "link"]
    keys = first + [k for k in keys if k not in first and k not in links] + links
    titled = any("title" in unit.display for unit in exported_units if unit.evidence)
    return ("title" if titled and "title" not in keys else None), keys


def write_evidence_sheet(wb: Workbook, codebook: Codebook, exported_units: list) -> None:
    """One row per evidence row (a passage, a turn), beside its unit's id and title; links
    open the local PDF at the passage's page where there is one."""
    ws = wb.create_sheet(codebook.evidence_sheet)
    title, keys = evidence_headers(exported_units)
    headers = [ID_HEADER] + ([title] if title else []) + keys
    widths: dict[int, float] = {}
    for c, key in enumerate(headers, start=1):
        widths[c] = (16 if c == 1 else 40 if key == title
                     else 80 if key in LONG_TEXT_KEYS else 6 if key == "page"
                     else 10 if key == "role" else 16)
    _style_header(ws, headers, set(), freeze="C2" if title else "B2")
    r = 2
    for unit in exported_units:
        for row in unit.evidence:
            values = ([unit.unit_id] + ([cell_value(unit.display.get(title))] if title else [])
                      + [cell_value(row.get(k)) for k in keys])
            for c, value in enumerate(values, start=1):
                _shown_cell(ws, r, c, value, widths[c], set())
            r += 1
    set_widths(ws, widths)
    size_rows(ws, widths)
    text_col = next((c for c, k in enumerate(headers, start=1) if k in LONG_TEXT_KEYS), 1)
    page_setup(ws, widths, text_col)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(2, r - 1)}"


def write_instructions(wb: Workbook, codebook: Codebook, coder: str, kind: str) -> None:
    ws = wb.create_sheet(INSTRUCTIONS_SHEET)
    if kind == KIND_CODING:
        lines = [
            f"{codebook.title} (codebook {codebook.name}, version {codebook.version})",
            f"Coder: {coder}",
            "",
            (f"1. Work in the '{codebook.unit_sheet}' sheet: one row per {codebook.unit_type}. "
             "Grey columns are for reading only; fill the green columns, right after the "
             "frozen id and title."),
            ("2. For each green column pick a code from the dropdown. Where a dimension allows "
             f"several codes, type them separated by '{MULTI_SEPARATOR}' (e.g. 'a; b')."),
            (f"3. The '{codebook.evidence_sheet}' sheet holds the evidence for each row; filter "
             "it by unit_id. Long text cut to fit a row (marked […]) is there in full."),
            (f"4. The '{CODEBOOK_SHEET}' sheet defines every code, with when to use it and when "
             "not, and examples."),
            (f"5. The '{SUGGESTED_PREFIX.strip()}' columns show the automatic coder's suggestion "
             "(with its confidence and the evidence it read); judge for yourself."),
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
             "side by side (and the automatic coders')."),
            ("Fill the 'final' column with the code that applies (several separated by "
             f"'{MULTI_SEPARATOR}' where the dimension allows); blank rows stay undecided."),
            "Importing this file stores the final codes as coder 'adjudicated'.",
        ]
    if codebook.instructions:
        lines += ["", *codebook.instructions.strip().splitlines()]
    widths = {1: 110.0}
    for r, line in enumerate(lines, start=1):
        _cell(ws, r, 1, line).alignment = WRAP
    ws["A1"].font = Font(bold=True, size=13)
    set_widths(ws, widths)
    size_rows(ws, widths)
    ws.row_dimensions[1].height += 4  # the larger title font
    page_setup(ws, widths, 1)


def write_meta_sheet(wb: Workbook, meta: dict[str, str]) -> None:
    ws = wb.create_sheet(META_SHEET)
    _cell(ws, 1, 1, "citeaudit export metadata: do not edit")
    for r, (key, value) in enumerate(meta.items(), start=2):
        _cell(ws, r, 1, key)
        _cell(ws, r, 2, value)
    ws.sheet_state = "hidden"
