"""Exporting units for a coder (XLSX or CSV), recorded in the store with a snapshot of the
coder's codes at that moment; the file carries its export id. A file already at the path is
replaced only if importing it would change nothing (`check_export_target`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from citeaudit.coding.codebook import NOTES_DIMENSION, Codebook
from citeaudit.coding.importing import unimported
from citeaudit.coding.layout import evidence_id, evidence_label, lead_key
from citeaudit.coding.units import AUTO_CODER, check_human_coder, register_codebook, units
from citeaudit.coding.validate import CodingImportError
from citeaudit.coding.workbook import (
    EXPORT_ID_HEADER,
    ID_HEADER,
    IMPORT_COMMAND,
    KIND_CODING,
    NOTES_HEADER,
    SUGGESTED_PREFIX,
    Progress,
    cell_key,
    cell_value,
    coder_values,
    codes_text,
    export_meta,
    write_codebook_sheet,
    write_csv,
    write_evidence_sheet,
    write_instructions,
    write_meta_sheet,
    write_units_sheet,
)
from citeaudit.core.errors import CiteauditError, InputError, WouldOverwriteError
from citeaudit.core.files import atomic_write, spreadsheet_safe
from citeaudit.store import Store, loads

SHOWN_EVIDENCE = 3  # evidence rows named in a suggestion cell


@dataclass
class ExportSummary:
    path: Path
    export_id: str
    kind: str
    coder: str
    n_units: int
    n_rows: int
    n_evidence: int


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
class ExportTarget:
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
    return _export(store, codebook, coder, ExportTarget(Path(path), overwrite, import_command),
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
    return _export(store, codebook, coder, ExportTarget(Path(path), overwrite, import_command),
                   unit_type, unit_ids, "csv", progress, suggestions_from)


def _export(store: Store, codebook: Codebook, coder: str, target: ExportTarget,
            unit_type: str | None, unit_ids: list[str] | None, file_format: str,
            progress: Progress | None, suggestions_from: str = AUTO_CODER) -> ExportSummary:
    coder = check_human_coder(coder)
    target.check(store)
    path = target.path
    unit_type = unit_type or codebook.unit_type
    register_codebook(store, codebook)
    with store.read_snapshot():
        exported_units = units(store, unit_type, unit_ids)
        mine = coder_values(store, codebook, unit_type, coder)
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
    headers, rows, lead_col = units_table(codebook, exported_units, mine, auto)
    n_evidence = sum(len(u.evidence) for u in exported_units)
    meta = export_meta(store, codebook, unit_type, coder, export_id, KIND_CODING)
    # Recorded before the file exists, so no file can be filled that the store cannot import.
    store.coding.insert_export(export_id, KIND_CODING, codebook.name, codebook.version, unit_type,
                               coder, file_format, str(path), snapshot)
    if file_format == "csv":
        # display text (titles, passages, responses) is neutralised for spreadsheets; the
        # import reads only ids, codes and notes, which are written as they are
        own = {headers.index(n) for n in [ID_HEADER, *codebook.dimension_names, NOTES_HEADER]}
        csv_rows = [[v if i in own else spreadsheet_safe(v) for i, v in enumerate(row)]
                    for row in rows]
        target.write(store, lambda tmp: write_csv(tmp, headers, csv_rows, export_id))
    else:
        def build(tmp: Path) -> None:
            wb = Workbook()
            ws = wb.active
            ws.title = codebook.unit_sheet
            code_ranges = write_codebook_sheet(wb, codebook)
            write_units_sheet(ws, codebook, headers, rows, code_ranges, lead_col)
            write_evidence_sheet(wb, codebook, exported_units)
            write_instructions(wb, codebook, coder, KIND_CODING)
            write_meta_sheet(wb, meta)
            wb.active = 0
            wb.save(tmp)

        target.write(store, build)
    if progress:
        progress("write", len(rows), len(rows))
    return ExportSummary(path, export_id, KIND_CODING, coder, len(exported_units),
                         len(rows), n_evidence)


def units_table(codebook: Codebook, exported_units: list, mine: dict[str, Any],
                auto: dict[tuple[str, str], Any]) -> tuple[list[str], list[list[Any]], int | None]:
    """The units sheet (and CSV) as headers and rows, and the lead column's number: the id,
    the lead display field (a title, the conversation), the coder's columns (dimensions,
    notes), the automatic suggestions, then the other display fields."""
    display_keys = _display_keys(exported_units, codebook)
    lead = lead_key(k for k, _ in display_keys)
    first = [(k, h) for k, h in display_keys if k == lead]
    rest = [(k, h) for k, h in display_keys if k != lead]
    headers = ([ID_HEADER] + [h for _, h in first] + codebook.dimension_names + [NOTES_HEADER]
               + [SUGGESTED_PREFIX + d.name for d in codebook.dimensions]
               + [h for _, h in rest])
    rows = []
    for unit in exported_units:
        row = [unit.unit_id] + [cell_value(unit.display.get(k)) for k, _ in first]
        row += [codes_text(mine.get(cell_key(unit.unit_id, d.name))) for d in codebook.dimensions]
        row.append(mine.get(cell_key(unit.unit_id, NOTES_DIMENSION)) or "")
        evidence = {evidence_id(e): e for e in unit.evidence}
        row += [_suggestion_text(auto.get((unit.unit_id, d.name)), evidence)
                for d in codebook.dimensions]
        row += [cell_value(unit.display.get(k)) for k, _ in rest]
        rows.append(row)
    return headers, rows, (2 if first else None)


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


def _suggestion_text(row: Any, evidence: dict[str | None, dict[str, Any]]) -> str:
    """The automatic code, its confidence, and the evidence it read as a person recognises
    it ('p. 4: We fine-tune ...'), one per line; an id only where the row is unknown."""
    if row is None:
        return ""
    text = codes_text(loads(row["value_json"])) or "(none)"
    if row["confidence"] is not None:
        text += f" ({row['confidence']:.2f})"
    cited = [str(e) for e in loads(row["evidence_json"], [])]
    lines = [evidence_label(evidence[e]) if e in evidence else e
             for e in cited[:SHOWN_EVIDENCE]]
    if len(cited) > SHOWN_EVIDENCE:
        lines.append(f"and {len(cited) - SHOWN_EVIDENCE} more")
    return "\n".join([text, *lines])
