"""Every stored response with its prompt's fields and each classifier's label, as a file.

`export_responses(store, out, fmt)` writes one row per generation: model, suite, prompt id,
group, axis, gender, intersection, template, safety, sample index, prompt and response, then
one `label_<classifier>` column per classifier with stored labels (rules, each LLM judge by
name, human review), empty where that classifier has not labelled the response. CSV (for
spreadsheets: formula-looking text gets a leading apostrophe, as every citeaudit CSV) or JSONL
(text exactly as stored). A file is written whole or not at all, and only replaces a file that
is a citeaudit response export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import atomic_write, csv_cells, write_csv
from citeaudit.store import Store

FORMATS = ("csv", "jsonl")
COLUMNS = ("gen_key", "model", "revision", "backend", "suite", "prompt_id", "group", "axis",
           "gender", "intersection", "template_id", "safety", "sample_index", "prompt",
           "response")
LABEL_PREFIX = "label_"


@dataclass
class ExportSummary:
    rows: int
    classifiers: list[str]  # in column order
    path: Path | None  # None: written to a stream


def format_for(path: Path | None, fmt: str | None) -> str:
    """The export format: `fmt`, else from the file's suffix (.jsonl/.ndjson), else csv; a
    suffix that names the other format is an error."""
    suffix = path.suffix.lower() if path else ""
    implied = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}.get(suffix)
    if fmt is not None and fmt not in FORMATS:
        raise CiteauditError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt and implied and fmt != implied:
        raise CiteauditError(f"{path}: a {suffix} file cannot hold the {fmt} format; name it "
                             f".{fmt} or leave out the format")
    return fmt or implied or "csv"


def _classifier_order(classifier: str) -> tuple[int, str]:
    """rules first, then judges by name, then human review, then anything else."""
    rank = 0 if classifier == "rules" else 1 if classifier.startswith("judge:") else \
        2 if classifier == "human" else 3
    return rank, classifier


def export_rows(store: Store, models: Sequence[str] | None = None,
                suites: Sequence[str] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and rows of the export (values as JSON would hold them)."""
    generations = store.evals.list_generations(models or None)
    if not generations:
        known = sorted({r["model"] for r in store.evals.list_generations()})
        if models and known:
            raise CiteauditError(f"no stored responses of model {', '.join(models)}; stored "
                                 f"models: {', '.join(known)}")
        raise CiteauditError("no generations stored: run `citeaudit eval generate` or "
                             "`citeaudit eval import` first")
    if suites:
        kept = [r for r in generations if r["suite"] in set(suites)]
        if not kept:
            raise CiteauditError(f"no stored responses in suite {', '.join(suites)}; stored "
                                 f"suites: {', '.join(sorted({r['suite'] for r in generations}))}")
        generations = kept
    classifiers = sorted(store.evals.count_labels(), key=_classifier_order)
    labels = {c: store.evals.get_labels(c) for c in classifiers}
    rows = [{**_prompt_cells(r),
             **{LABEL_PREFIX + c: labels[c].get(r["gen_key"]) for c in classifiers}}
            for r in generations]
    return [*COLUMNS, *(LABEL_PREFIX + c for c in classifiers)], rows


def _prompt_cells(row: Any) -> dict[str, Any]:
    unsafe = row["unsafe"]
    return {"gen_key": row["gen_key"], "model": row["model"], "revision": row["revision"],
            "backend": row["backend"], "suite": row["suite"], "prompt_id": row["prompt_id"],
            "group": row["grp"], "axis": row["axis"], "gender": row["gender"],
            "intersection": row["intersection"], "template_id": row["template_id"],
            "safety": None if unsafe is None else "unsafe" if unsafe else "safe",
            "sample_index": row["sample_index"], "prompt": row["prompt"],
            "response": row["response"]}


def export_responses(store: Store, out: Path | TextIO, fmt: str | None = None,
                     models: Sequence[str] | None = None, suites: Sequence[str] | None = None,
                     overwrite: bool = False) -> ExportSummary:
    """Write every stored response (of `models`, in `suites`) with every classifier's label
    to a file (atomically) or an open text stream. A file already at `out` is replaced only
    when it is a citeaudit response export, or with `overwrite`."""
    path = Path(out) if isinstance(out, (str, Path)) else None
    fmt = format_for(path, fmt)
    if path is not None and not overwrite:
        check_replaceable_export(path)
    columns, rows = export_rows(store, models, suites)
    classifiers = [c[len(LABEL_PREFIX):] for c in columns[len(COLUMNS):]]
    if path is None:
        _write_stream(out, columns, rows, fmt)  # type: ignore[arg-type]
    elif fmt == "csv":
        write_csv(path, columns, rows)
    else:
        atomic_write(path, lambda tmp: tmp.write_text(_jsonl(rows), encoding="utf-8"))
    return ExportSummary(len(rows), classifiers, path)


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _write_stream(stream: TextIO, columns: list[str], rows: list[dict[str, Any]],
                  fmt: str) -> None:
    if fmt == "jsonl":
        stream.write(_jsonl(rows))
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(csv_cells(columns, row) for row in rows)
    stream.write(buffer.getvalue())


def check_replaceable_export(path: Path) -> None:
    """Raise unless `path` is absent or holds a citeaudit response export (CSV whose header
    starts with COLUMNS, or JSONL whose first line is an object with them)."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return
    refusal = (f"{path}: exists and is not a citeaudit response export; choose another path "
               "or pass --overwrite to replace it")
    if not path.is_file() or path.is_symlink():
        raise CiteauditError(refusal)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise CiteauditError(refusal) from exc
    if not first.strip() and path.stat().st_size == 0:
        return  # an empty file holds nothing to lose
    if _is_export_header(first):
        return
    raise CiteauditError(refusal)


def _is_export_header(first_line: str) -> bool:
    header = next(csv.reader([first_line]), [])
    if header[:len(COLUMNS)] == list(COLUMNS):
        return True
    try:
        record = json.loads(first_line)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and list(record)[:len(COLUMNS)] == list(COLUMNS)
