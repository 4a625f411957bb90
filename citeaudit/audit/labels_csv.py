"""The audit's pair labels as one CSV (`audit labels --csv`): every sampled pair with the
audit run that holds it, its source and line, the automatic label, each person's label, the
adjudicated label and the final one, so the labels leave the store without Python."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citeaudit import coding
from citeaudit.audit.sample import AUTO_CODER, CODEBOOK, UNIT_TYPE
from citeaudit.coding.units import human_coders
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import write_csv
from citeaudit.store import Store

COLUMNS = ("run", "source", "subset", "split", "line", "unit_id", "stratum", "auto_label")
CODER_PREFIX = "label_"  # one column per person: label_alice, label_bob
TRAILING = ("adjudicated", "final_label")  # after the people's columns


@dataclass
class LabelsCsv:
    path: Path
    pairs: int
    coders: list[str]  # people, in column order


def labels_rows(store: Store) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and one row per sampled pair (in the sample's order)."""
    book = coding.load_codebook(CODEBOOK)
    units = coding.units(store, UNIT_TYPE)
    if not units:
        raise CiteauditError("no audit sample stored: run `citeaudit audit sample` first")
    table = coding.code_table(store, book, UNIT_TYPE)
    people = human_coders(table)
    final = coding.final_codes(store, book, UNIT_TYPE)
    runs = _runs_of(store, units)

    def label(coder: str, unit_id: str) -> str | None:
        return _first(table.get(coder, {}).get(unit_id, {}).get("label"))

    rows = []
    for unit in units:
        shown = unit.display
        where = (shown.get("subset"), shown.get("split"), shown.get("line"))
        rows.append({
            "run": runs.get(where), "source": f"{where[0]}/{where[1]}", "subset": where[0],
            "split": where[1], "line": where[2], "unit_id": unit.unit_id,
            "stratum": shown.get("stratum"), "auto_label": label(AUTO_CODER, unit.unit_id),
            **{CODER_PREFIX + p: label(p, unit.unit_id) for p in people},
            "adjudicated": label(coding.ADJUDICATED, unit.unit_id),
            "final_label": _first(final.get(unit.unit_id, {}).get("label")),
        })
    return [*COLUMNS, *(CODER_PREFIX + p for p in people), *TRAILING], rows


def _first(codes: list[str] | None) -> str | None:
    return codes[0] if codes else None


def _runs_of(store: Store, units: list[coding.Unit]) -> dict[tuple, int]:
    """(subset, split, line) -> the latest finished audit run holding that pair."""
    lines: dict[tuple[str, str], set[int]] = defaultdict(set)
    for unit in units:
        lines[(unit.display.get("subset"), unit.display.get("split"))].add(
            unit.display.get("line"))
    return {(subset, split, line): run
            for (subset, split), wanted in lines.items()
            for line, run in store.audit.list_pair_runs(subset, split, wanted).items()}


def write_labels_csv(store: Store, path: Path, overwrite: bool = False) -> LabelsCsv:
    """Write the labels table to `path` atomically; a file already there is replaced only
    when it is such a table (or with `overwrite`)."""
    path = Path(path)
    if not overwrite:
        check_replaceable(path)
    columns, rows = labels_rows(store)
    write_csv(path, columns, rows)
    return LabelsCsv(path, len(rows), [c[len(CODER_PREFIX):] for c in columns
                                       if c.startswith(CODER_PREFIX)])


def check_replaceable(path: Path) -> None:
    """Raise unless `path` is absent, empty, or an audit labels CSV (its header starts with
    COLUMNS): no other file is lost."""
    if not path.exists() and not path.is_symlink():
        return
    refusal = (f"{path}: exists and is not a citeaudit audit labels CSV; choose another path "
               "or pass --overwrite to replace it")
    if not path.is_file() or path.is_symlink():
        raise CiteauditError(refusal)
    if path.stat().st_size == 0:
        return
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CiteauditError(refusal) from exc
    if header[:len(COLUMNS)] != list(COLUMNS):
        raise CiteauditError(refusal)
