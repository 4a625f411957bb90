"""Importing a filled file: a three-way merge against the snapshot its export recorded.

A cell the coder did not change is skipped (so an older file never undoes a newer one), a
changed cell is stored, and a cell the file and the store both changed since the export is a
conflict. With any problem (validate.py collects them all) nothing is stored. `unimported`
is the same merge as a dry run: what a file holds that the store lacks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeaudit.coding.codebook import Codebook
from citeaudit.coding.validate import CodingImportError, FileCell, Problem, read_export
from citeaudit.coding.workbook import KIND_CODING, Progress, cell_key, coder_values, codes_text
from citeaudit.core.errors import InputError
from citeaudit.store import Store


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
    filled = read_export(store, path, data, codebook)
    cells, problems, warnings = filled.cells()
    export = filled.export
    report = ImportReport(str(path), kind=export["kind"], coder=export["coder"],
                          export_id=export["export_id"], warnings=warnings)
    with store.transaction():
        if store.coding.get_import(sha) is not None:  # imported meanwhile
            return _already_imported(path, store.coding.get_import(sha))
        current = coder_values(store, filled.codebook, export["unit_type"], export["coder"])
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


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _already_imported(path: Path, done: Any) -> ImportReport:
    return ImportReport(str(path), coder=done["coder"], export_id=done["export_id"],
                        already_imported=True, import_id=done["import_id"])


def _merge(cells: list[FileCell], base_values: dict[str, Any], current: dict[str, Any],
           prefer_file: bool, report: ImportReport) -> list[Problem]:
    """The three-way merge: each cell the file changed goes to `report.changes`, the others
    to its counts; returns the conflicts (a cell changed in the file and in the store)."""
    conflicts = []
    for cell in cells:
        key = cell_key(cell.unit_id, cell.dimension)
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
        return repr(codes_text(value) or "(none)")
    return repr(value)


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
    filled = read_export(store, path, data, None)
    cells, problems, _ = filled.cells()
    export = filled.export
    current = coder_values(store, filled.codebook, export["unit_type"], export["coder"])
    report = ImportReport(str(path))
    conflicts = _merge(cells, filled.snapshot["values"], current, False, report)
    return Unimported(export["coder"], report.n_changed + len(conflicts), problems)
