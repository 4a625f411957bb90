"""Files people open in spreadsheets: formula-safe text, and writes that are never half done.

Every CSV a user opens goes through `write_csv`: UTF-8 with a byte-order mark (so Excel reads
accents), text that a spreadsheet would run as a formula neutralised, written to a temporary
file in the same folder and renamed into place.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` on a temporary file beside `path`, then rename it into place; on any
    failure (or Ctrl-C) the old file, if any, is left as it was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def csv_cells(columns: Sequence[str], row: Sequence[Any] | Mapping[str, Any]) -> list[Any]:
    """One CSV row: values in column order, None as empty, formula-looking text neutralised."""
    values = [row.get(c) for c in columns] if isinstance(row, Mapping) else list(row)
    return ["" if v is None else spreadsheet_safe(v) for v in values]


def write_csv(path: Path, columns: Sequence[str],
              rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> Path:
    """Write a CSV for people (see the module docstring); rows are sequences or mappings."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(csv_cells(columns, row) for row in rows)

    return atomic_write(path, write)


def write_frame_csv(path: Path, frame: Any) -> Path:
    """A pandas DataFrame through `write_csv` (missing values as empty cells)."""
    cells = frame.astype(object).where(frame.notna(), None)
    return write_csv(path, [str(c) for c in frame.columns],
                     cells.itertuples(index=False, name=None))
