"""Shared helpers for the coding tests: a tiny codebook, a store with units, a coder's hands."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.store import Store

TINY_CODEBOOK = """
name: tiny
version: 1
unit_type: item
title: Tiny test codebook
unit_sheet: Items
evidence_sheet: Evidence
dimensions:
  - name: colour
    label: Colour
    question: What colour is it?
    codes:
      - {code: red, label: Red, definition: It is red.}
      - {code: blue, label: Blue, definition: It is blue.}
      - {code: green, label: Green, definition: It is green.}
  - name: tags
    label: Tags
    question: Which tags apply?
    multiple: true
    codes:
      - {code: round, label: Round shape, definition: It is round.}
      - {code: soft, label: Soft, definition: It is soft.}
      - {code: big, label: Big, definition: It is big.}
"""


def tiny_codebook() -> coding.Codebook:
    return coding.parse_codebook(TINY_CODEBOOK, "tiny.yaml")


def store_with_items(path: Path, n: int = 6) -> Store:
    store = Store(path)
    coding.register_units(store, "item", [
        coding.Unit(f"item-{i}", display={"title": f"Item number {i}", "size": i},
                    evidence=[{"evidence_id": f"e{i}", "text": f"Item {i} looks red and round."}],
                    position=i)
        for i in range(1, n + 1)
    ])
    return store


def code_history(store: Store, unit_type: str, unit_id: str,
                 codebook: str | None = None) -> list:
    """Every recorded change of a unit's codes, oldest first (the store's audit trail)."""
    sql = "SELECT * FROM code_history WHERE unit_type=? AND unit_id=?"
    params = [unit_type, unit_id]
    if codebook is not None:
        sql += " AND codebook=?"
        params.append(codebook)
    return store.query(sql + " ORDER BY history_id", params)


def fill(path: Path, values: dict[tuple[str, str], str | None], sheet: str = "Items") -> None:
    """Type values into a workbook as a person would: find the row by unit_id, the column by
    header, write the text, save."""
    wb = load_workbook(path)
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    for (unit_id, header), value in values.items():
        ws.cell(row=rows[unit_id], column=headers.index(header) + 1).value = value
    wb.save(path)
