"""Files people open in spreadsheets: formula-safe text, and writes that are never half done.

Every CSV a user opens goes through `write_csv`: UTF-8 with a byte-order mark (so Excel reads
accents), text that a spreadsheet would run as a formula neutralised, written to a temporary
file in the same folder and renamed into place (`atomic_write`, with the user's usual
permissions). A folder of outputs (a report, graph files, filtered data, a model) is built
beside its place and swapped in whole by `replace_folder`, which replaces only a folder
citeaudit wrote (one holding `OWNER_MARK`): no command empties a folder a user made.
"""

from __future__ import annotations

import csv
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from citeaudit.core.errors import CiteauditError

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
    tmp = _new_temp_file(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _new_temp_file(path: Path) -> Path:
    """An empty, new file beside `path`, created with mode 0666 so the umask applies as for
    any file the user writes (tempfile.mkstemp's 0600 would make reports private)."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue


OWNER_MARK = ".citeaudit"
OWNER_NOTE = ("Written by citeaudit. The command that wrote this folder replaces it whole "
              "when run again, files added here included; delete this file to keep the folder "
              "from being replaced.\n")


def mark_owned(folder: Path) -> None:
    """Mark `folder` as citeaudit's, so a later run may replace it."""
    (folder / OWNER_MARK).write_text(OWNER_NOTE, encoding="utf-8")


def check_replaceable(folder: Path) -> None:
    """Raise unless `folder` is absent, empty, or marked as written by citeaudit."""
    folder = Path(folder)
    if not folder.exists():
        return
    if not folder.is_dir():
        raise CiteauditError(f"{folder}: exists and is not a folder citeaudit wrote; choose "
                             "another output folder")
    if (folder / OWNER_MARK).is_file() or not any(folder.iterdir()):
        return
    raise CiteauditError(
        f"{folder}: folder exists, is not empty and was not written by citeaudit (no "
        f"{OWNER_MARK} file), so it is left as it is; choose another output folder or name, "
        "or move this one away")


def replace_folder(folder: Path, write: Callable[[Path], Iterable[Path] | None]
                   ) -> list[Path]:
    """Call `write(staging)` on a new folder beside `folder`, mark it as citeaudit's and swap
    it in whole (see `swap_in`); returns the paths `write` returned, at their final place.
    A failure (or Ctrl-C) removes the staging folder and leaves `folder` as it was."""
    folder = Path(folder).resolve()
    check_replaceable(folder)  # before the work, not only at the swap
    folder.parent.mkdir(parents=True, exist_ok=True)
    # mkdir, not mkdtemp: the folder gets the user's usual permissions (mkdtemp's are 0700,
    # and a report is meant to be shared or served).
    staging = folder.with_name(f".{folder.name}.tmp-{secrets.token_hex(4)}")
    staging.mkdir()
    try:
        written = list(write(staging) or [])
        swap_in(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [folder / Path(p).relative_to(staging) for p in written]


def swap_in(staging: Path, folder: Path) -> None:
    """Put the finished folder `staging` at `folder` (marking it as citeaudit's), replacing
    what is there only if `check_replaceable` allows it."""
    check_replaceable(folder)
    mark_owned(staging)
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}.old-{secrets.token_hex(4)}")
        folder.rename(old)
    staging.rename(folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


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
