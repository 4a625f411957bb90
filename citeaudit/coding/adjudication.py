"""The adjudication sheet: one row per unit and dimension on which human coders disagree, with
their codes side by side; its `final` column is imported as coder `adjudicated`.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from citeaudit.coding.codebook import NOTES_DIMENSION, Codebook
from citeaudit.coding.export import ExportSummary, ExportTarget
from citeaudit.coding.layout import lead_key
from citeaudit.coding.units import (
    ADJUDICATED,
    AUTO_CODER,
    code_table,
    human_coders,
    is_auto,
    register_codebook,
    units,
)
from citeaudit.coding.workbook import (
    ADJUDICATION_SHEET,
    DIMENSION_HEADER,
    FINAL_HEADER,
    ID_HEADER,
    IMPORT_COMMAND,
    KIND_ADJUDICATION,
    NOTES_HEADER,
    cell_key,
    cell_value,
    coder_values,
    codes_text,
    export_meta,
    write_adjudication_sheet,
    write_codebook_sheet,
    write_evidence_sheet,
    write_instructions,
    write_meta_sheet,
)
from citeaudit.core.errors import InputError
from citeaudit.store import Store


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
    target = ExportTarget(Path(path), overwrite, IMPORT_COMMAND)
    target.check(store)
    path = target.path
    unit_type = unit_type or codebook.unit_type
    register_codebook(store, codebook)
    with store.read_snapshot():
        table = code_table(store, codebook, unit_type)
        all_units = {u.unit_id: u for u in units(store, unit_type)}
        adjudicated = coder_values(store, codebook, unit_type, ADJUDICATED)
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
    keys = ({cell_key(u, d) for u, d in pairs}
            | {cell_key(u, f"{NOTES_DIMENSION}:{d}") for u, d in pairs})
    snapshot = {"units": sorted({u for u, _ in pairs}), "rows": [list(p) for p in pairs],
                "values": {k: v for k, v in adjudicated.items() if k in keys}}
    title_key = _title_key(all_units.values())
    # every automatic coder that coded these units (`auto`, `auto-rules`, `auto-llm`), or
    # the plain `auto` column, empty, when none did
    autos = sorted(c for c in table if is_auto(c)) or [AUTO_CODER]
    headers = ([ID_HEADER, title_key or "title", DIMENSION_HEADER] + humans + autos
               + [FINAL_HEADER, NOTES_HEADER])
    rows = []
    for unit_id, dim in pairs:
        unit = all_units[unit_id]
        rows.append(
            [unit_id, cell_value(unit.display.get(title_key)) if title_key else "", dim]
            + [codes_text(table[c].get(unit_id, {}).get(dim)) for c in humans]
            + [codes_text(table.get(c, {}).get(unit_id, {}).get(dim)) for c in autos]
            + [codes_text(adjudicated.get(cell_key(unit_id, dim))),
               adjudicated.get(cell_key(unit_id, f"{NOTES_DIMENSION}:{dim}")) or ""]
        )
    meta = export_meta(store, codebook, unit_type, ADJUDICATED, export_id, KIND_ADJUDICATION)

    def build(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = ADJUDICATION_SHEET
        code_ranges = write_codebook_sheet(wb, codebook)
        write_adjudication_sheet(ws, headers, rows, code_ranges, codebook.evidence_sheet)
        write_evidence_sheet(wb, codebook, [all_units[u] for u in snapshot["units"]])
        write_instructions(wb, codebook, ADJUDICATED, KIND_ADJUDICATION)
        write_meta_sheet(wb, meta)
        wb.active = 0
        wb.save(tmp)

    store.coding.insert_export(export_id, KIND_ADJUDICATION, codebook.name, codebook.version,
                               unit_type, ADJUDICATED, "xlsx", str(path), snapshot)
    target.write(store, build)
    return ExportSummary(path, export_id, KIND_ADJUDICATION, ADJUDICATED,
                         len(snapshot["units"]), len(rows), 0)


def _title_key(all_units: Any) -> str | None:
    first = next(iter(all_units), None)
    return None if first is None else lead_key(first.display)
