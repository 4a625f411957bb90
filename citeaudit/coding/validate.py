"""Reading a filled file back: the workbook or CSV matched to its export in the store, and every
cell checked. Each problem names its place (sheet, row, cell) and what was expected; the import
stores nothing while there is one.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter

from citeaudit.coding.codebook import MULTI_SEPARATOR, NOTES_DIMENSION, Codebook, Dimension
from citeaudit.coding.units import stored_codebook
from citeaudit.coding.workbook import (
    ADJUDICATION_SHEET,
    DIMENSION_HEADER,
    EXPORT_ID_HEADER,
    FINAL_HEADER,
    ID_HEADER,
    KIND_ADJUDICATION,
    META_SHEET,
    NOTES_HEADER,
)
from citeaudit.core.errors import InputError
from citeaudit.store import Store, loads

# Far above any export (thousands of units take a few MB unpacked); a workbook that unpacks to
# more is not one of ours, or a zip bomb, and is refused before anything is inflated.
MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024


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
class FileCell:
    """One checked cell of a filled file, with its place."""

    unit_id: str
    dimension: str  # a codebook dimension, or _notes / _notes:<dimension>
    value: Any  # list of codes, or note text; None when blank
    where: str


@dataclass
class FilledExport:
    """A file read back and matched to its export in the store; its cells not yet checked."""

    file_format: str
    table: dict[str, _Table] | _Table
    export: Any  # the store's coding_exports row
    codebook: Codebook  # the version the file was exported with
    snapshot: dict[str, Any]

    def cells(self) -> tuple[list[FileCell], list[Problem], list[str]]:
        read = (_adjudication_cells if self.export["kind"] == KIND_ADJUDICATION
                else _coding_cells)
        return read(self.table, self.codebook, self.snapshot)


def read_export(store: Store, path: Path, data: bytes,
                codebook: Codebook | None) -> FilledExport:
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
    return FilledExport(file_format, table, export, stored, loads(export["snapshot_json"]))


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
                  snapshot: dict[str, Any]) -> tuple[list[FileCell], list[Problem], list[str]]:
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
    cells: list[FileCell] = []
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
                cells.append(FileCell(unit_id, dim.name, codes, where))
        if NOTES_HEADER in columns:
            col = columns[NOTES_HEADER]
            cells.append(FileCell(unit_id, NOTES_DIMENSION, _text(values[col]),
                               table.ref(row_number, col)))
    missing = exported - set(first_row)
    if missing:
        warnings.append(f"{len(missing)} exported unit(s) are not in the file (rows deleted?); "
                        "their stored codes are unchanged")
    return cells, problems, warnings


def _adjudication_cells(
    tables: dict[str, _Table] | _Table, codebook: Codebook, snapshot: dict[str, Any]
) -> tuple[list[FileCell], list[Problem], list[str]]:
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
    cells: list[FileCell] = []
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
            cells.append(FileCell(unit_id, dim_name, codes, where))
        if NOTES_HEADER in columns:
            col = columns[NOTES_HEADER]
            cells.append(FileCell(unit_id, f"{NOTES_DIMENSION}:{dim_name}", _text(values[col]),
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
