"""Run prompts through a backend k times each, caching every generation in the store.

A generation's key hashes (backend, model, revision, prompt text, params, sample index), so a
rerun, or a run after a kill, generates only what is missing. Imported generations go to the
same table with backend "import".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.evals.backends import Backend, GenerationParams
from citeaudit.evals.columns import HUMAN_LABEL, ColumnMap
from citeaudit.evals.suites import EvalPrompt, _safety, intersection_of, read_records
from citeaudit.store import Store


def generation_key(backend: str, model: str, revision: str, prompt: str,
                   params: dict[str, Any], sample_index: int) -> str:
    blob = json.dumps([backend, model, revision or "", prompt, params, sample_index],
                      sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class GenerationSummary:
    requested: int
    already_stored: int
    generated: int


def run(store: Store, config: Config | None, *, prompts: Sequence[EvalPrompt], backend: Backend,
        params: GenerationParams, samples: int = 1, chunk_size: int | None = None,
        on_progress: Callable[[int, int], None] | None = None) -> GenerationSummary:
    """Generate `samples` responses per prompt; each chunk is stored in one transaction.
    `config` is unused (the backend carries its settings); it keeps the stage contract.
    Default chunk: 16 prompts, or four per request a backend keeps in flight (so a chunk
    never caps its concurrency)."""
    if samples < 1:
        raise InputError("samples must be at least 1")
    chunk_size = chunk_size or max(16, 4 * getattr(backend, "concurrency", 1))
    store.evals.upsert_prompts(p.to_dict() for p in prompts)
    params_dict = params.to_dict()
    jobs = []
    for k in range(samples):
        for p in prompts:
            key = generation_key(backend.name, backend.model, backend.revision, p.text,
                                 params_dict, k)
            jobs.append((key, p, k))
    done = store.evals.list_generation_keys(key for key, _, _ in jobs)
    todo = [job for job in jobs if job[0] not in done]
    finished = len(jobs) - len(todo)
    if on_progress:
        on_progress(finished, len(jobs))
    for start in range(0, len(todo), chunk_size):
        chunk = todo[start:start + chunk_size]
        seeds = [params.seed + k for _, _, k in chunk]
        texts = backend.generate([p.text for _, p, _ in chunk], params, seeds)
        if len(texts) != len(chunk):
            raise InputError(f"backend returned {len(texts)} texts for {len(chunk)} prompts")
        store.evals.insert_generations(
            {"gen_key": key, "backend": backend.name, "model": backend.model,
             "revision": backend.revision, "prompt_id": p.prompt_id, "params": params_dict,
             "sample_index": k, "seed": params.seed + k, "response": text,
             "source": "generated"}
            for (key, p, k), text in zip(chunk, texts, strict=True)
        )
        finished += len(chunk)
        if on_progress:
            on_progress(finished, len(jobs))
    return GenerationSummary(len(jobs), len(jobs) - len(todo), len(todo))


@dataclass
class ImportSummary:
    rows: int
    new: int
    models: list[str]
    already_stored: int = 0  # rows whose generation the store already held, same response
    duplicates: int = 0  # rows repeating an earlier row of the file exactly
    numbered: int = 0  # rows without sample_index that repeat a model and prompt
    human_labels: int = 0  # human labels stored (classifier "human")
    human_replaced: int = 0  # of those, how many replaced another stored human label


_IMPORT_COLUMNS = {"prompt", "response", "model", "prompt_id", "id", "group", "axis",
                   "template_id", "unsafe", "label", HUMAN_LABEL, "suite", "sample_index",
                   "revision", "gender", "intersection"}
# What makes two prompts with one id different prompts (meta columns are notes, not identity).
_PROMPT_FIELDS = ("text", "group", "axis", "template_id", "unsafe", "gender", "intersection")


@dataclass
class _ImportRow:
    where: str
    prompt: dict[str, Any]
    model: str
    revision: str
    sample_index: int | None  # None: not given, numbered in file order
    response: str
    human_label: str | None = None  # a taxonomy code

    @property
    def sample_key(self) -> tuple[str, str, str, int | None]:
        return (self.model, self.revision, self.prompt["prompt_id"], self.sample_index)


def import_generations(store: Store, path: Path, model: str | None = None,
                       suite: str | None = None, columns: ColumnMap | None = None
                       ) -> ImportSummary:
    """Ingest generations made elsewhere from CSV/JSONL: prompt, response, model (or --model);
    optional prompt_id, group, axis, template_id, unsafe, suite, sample_index, and a human
    label (column `label` or `human_label`: a taxonomy code or an XSTest class), stored as
    classifier "human". `columns` says which column holds which field (evals.columns).

    A prompt is known by its suite (or the file name) and id. Every row is checked before
    anything is stored: errors name the file, row and column; an id that names two prompts,
    or a (model, prompt, sample_index) with two responses, stores nothing.
    """
    from citeaudit.evals.review import HUMAN_CLASSIFIER  # where people's labels are kept

    path = Path(path)
    rows = _read_import_rows(path, model, suite or path.stem, columns or ColumnMap())
    prompts, problems = _merged_prompts(rows, store)
    numbered = _number_samples(rows)
    unique_rows, duplicates, sample_problems = _drop_repeated_samples(rows)
    problems += sample_problems
    generations = [_generation(row, path) for row in unique_rows]
    already, store_problems = _compare_with_stored(generations, unique_rows, store)
    _raise_problems(path, problems + store_problems)
    human = [(g["gen_key"], row.human_label)
             for g, row in zip(generations, unique_rows, strict=True) if row.human_label]
    stored_human = store.evals.get_labels(HUMAN_CLASSIFIER)
    replaced = sum(key in stored_human and stored_human[key] != label for key, label in human)
    with store.transaction():
        store.evals.upsert_prompts(prompts.values())
        new = store.evals.insert_generations(generations)
        store.evals.upsert_labels(HUMAN_CLASSIFIER, human)
    return ImportSummary(len(rows), new, sorted({r.model for r in rows}), already,
                         duplicates, numbered, len(human), replaced)


def _read_import_rows(path: Path, model: str | None, suite: str,
                      columns: ColumnMap) -> list[_ImportRow]:
    """Every row of the file, or an InputError listing every bad cell."""
    rows: list[_ImportRow] = []
    problems: list[str] = []
    records = list(read_records(path))
    columns_seen: dict[str, None] = {}
    for _, record in records:
        columns_seen.update(dict.fromkeys(record))
    columns.check_columns(path, columns_seen)
    columns.check_globs(path, [record for _, record in records])
    for where, record in records:
        try:
            rows.append(_import_row(where, record, model, suite, columns))
        except InputError as exc:
            problems.append(str(exc))
    required = ["prompt", "response"] + ([] if model else ["model"])
    absent = [col for col in required if col not in columns_seen and col not in columns.rules]
    if len(problems) > 1 and absent:  # one line, not one per row
        raise InputError(
            f"{path}: no {' or '.join(absent)} column in any row (columns: "
            f"{', '.join(columns_seen)}); expected prompt, response and model (or --model NAME)"
            "; rename the columns or map them (--map response=COLUMN) and import again, "
            "nothing was imported")
    _raise_problems(path, problems)
    if not rows:
        raise InputError(f"{path}: no generations found")
    return rows


def _import_row(where: str, original: dict[str, Any], model: str | None, suite: str,
                columns: ColumnMap) -> _ImportRow:
    record = columns.apply(original)
    text, response = record.get("prompt"), record.get("response")
    row_model = record.get("model") or model
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}, column {columns.column_of('prompt', original)}: missing "
                         "or empty")
    if not isinstance(response, str):
        raise InputError(f"{where}, column {columns.column_of('response', original)}: missing")
    if not row_model:
        raise InputError(f"{where}, column {columns.column_of('model', original)}: missing "
                         "(or give --model NAME for all rows)")
    raw_index = record.get("sample_index")
    try:
        sample_index = None if raw_index in (None, "") else int(raw_index)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}, column sample_index: {exc}") from exc
    unsafe = _safety(record.get("unsafe"),
                     f"{where}, column {columns.column_of('unsafe', original)}")
    human_label = _human_label(record.get(HUMAN_LABEL),
                               f"{where}, column {columns.column_of(HUMAN_LABEL, original)}")
    row_suite = record.get("suite") or suite
    raw_id = record.get("prompt_id") or record.get("id")
    local_id = (str(raw_id) if raw_id not in (None, "") else
                hashlib.sha256(text.encode()).hexdigest()[:12])
    prompt = {
        "prompt_id": f"{row_suite}:{local_id}", "text": text, "suite": row_suite,
        "group": record.get("group") or None, "axis": record.get("axis") or None,
        "template_id": record.get("template_id") or None, "unsafe": unsafe,
        "gender": record.get("gender") or None,
        "intersection": record.get("intersection") or intersection_of(
            record.get("group") or None, record.get("gender") or None),
        "meta": {k: v for k, v in record.items() if k not in _IMPORT_COLUMNS},
    }
    return _ImportRow(where, prompt, str(row_model), str(record.get("revision") or ""),
                      sample_index, response, human_label)


def _human_label(value: Any, where: str) -> str | None:
    """A taxonomy code from a taxonomy code or an XSTest class; None for an empty cell."""
    from citeaudit.evals.classifier import FROM_XSTEST, LABELS

    text = "" if value is None else str(value).strip()
    if not text:
        return None
    if text in LABELS:
        return text
    if text in FROM_XSTEST:
        return FROM_XSTEST[text]
    hint = ("; a prompt-safety column is called `unsafe` (true/false): rename it or map it "
            "with --map unsafe=COLUMN" if text.lower() in ("safe", "unsafe") else "")
    raise InputError(f"{where}: {text!r} is not a response label (taxonomy: "
                     f"{', '.join(LABELS)}; XSTest: {', '.join(FROM_XSTEST)}){hint}")


def _merged_prompts(rows: list[_ImportRow], store: Store,
                    ) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The prompts to store (stored ones with blanks filled from the file) and a problem
    for each row whose prompt id already names a different prompt (in the store or the file).
    A blank field is not given, so it never differs."""
    merged: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    for stored in store.evals.list_prompts(r.prompt["prompt_id"] for r in rows):
        merged[stored["prompt_id"]] = stored
        origin[stored["prompt_id"]] = "the stored prompt"
    problems: list[str] = []
    for row in rows:
        prompt_id = row.prompt["prompt_id"]
        known = merged.get(prompt_id)
        if known is None:
            merged[prompt_id] = dict(row.prompt)
            origin[prompt_id] = row.where.rsplit(": ", 1)[-1]
            continue
        differs = [f"{field} {known[field]!r} vs {row.prompt[field]!r}"
                   for field in _PROMPT_FIELDS
                   if None not in (known[field], row.prompt[field])
                   and known[field] != row.prompt[field]]
        if differs:
            problems.append(f"{row.where}: prompt id {prompt_id!r} names another prompt than "
                            f"{origin[prompt_id]} ({'; '.join(differs)})")
            continue
        for field in _PROMPT_FIELDS:
            if known[field] is None:
                known[field] = row.prompt[field]
        known["meta"] = {**row.prompt["meta"], **known["meta"]}
    return merged, problems


def _number_samples(rows: list[_ImportRow]) -> int:
    """Give rows without sample_index 0, 1, 2, ... per (model, revision, prompt) in file
    order; returns how many got an index above 0 (repeats of an earlier row's prompt)."""
    counts: dict[tuple[str, str, str, None], int] = {}
    numbered = 0
    for row in rows:
        if row.sample_index is None:
            key = row.sample_key
            row.sample_index = counts.get(key, 0)
            counts[key] = row.sample_index + 1
            numbered += row.sample_index > 0
    return numbered


def _drop_repeated_samples(rows: list[_ImportRow]) -> tuple[list[_ImportRow], int, list[str]]:
    """Rows with one of each generation (model, revision, prompt text, sample index: the
    generation key, so the same text under two suites is one generation too), how many exact
    repeats were dropped, and a problem for each repeat with another response or another
    human label."""
    first: dict[tuple[str, str, str, int | None], _ImportRow] = {}
    duplicates = 0
    problems: list[str] = []
    for row in rows:
        key = (row.model, row.revision, row.prompt["text"], row.sample_index)
        earlier = first.setdefault(key, row)
        if earlier is row:
            continue
        if earlier.response == row.response and None not in (earlier.human_label,
                                                              row.human_label) \
                and earlier.human_label != row.human_label:
            problems.append(
                f"{row.where}: the same response as {earlier.where.rsplit(': ', 1)[-1]} with "
                f"another human label ({row.human_label} vs {earlier.human_label}); keep one")
        elif earlier.response == row.response:
            duplicates += 1
        else:
            problems.append(
                f"{row.where}: model {row.model!r}, prompt {row.prompt['prompt_id']!r}, "
                f"sample_index {row.sample_index} has another response than "
                f"{earlier.where.rsplit(': ', 1)[-1]}; give each sample its own sample_index")
    return list(first.values()), duplicates, problems


def _generation(row: _ImportRow, path: Path) -> dict[str, Any]:
    text = row.prompt["text"]
    return {
        "gen_key": generation_key("import", row.model, row.revision, text, {}, row.sample_index),
        "backend": "import", "model": row.model, "revision": row.revision,
        "prompt_id": row.prompt["prompt_id"], "params": {}, "sample_index": row.sample_index,
        "seed": None, "response": row.response, "source": f"import:{path.name}",
    }


def _compare_with_stored(generations: list[dict[str, Any]], rows: list[_ImportRow],
                         store: Store) -> tuple[int, list[str]]:
    """How many generations the store already holds with the same response, and a problem
    for each it holds with another response."""
    stored = store.evals.get_responses(g["gen_key"] for g in generations)
    problems = [
        f"{row.where}: model {row.model!r}, prompt {row.prompt['prompt_id']!r}, sample_index "
        f"{row.sample_index} is stored (from {stored[g['gen_key']]['source']}) with another "
        "response; give it another sample_index to keep both"
        for g, row in zip(generations, rows, strict=True)
        if g["gen_key"] in stored and stored[g["gen_key"]]["response"] != g["response"]]
    already = sum(g["gen_key"] in stored for g in generations) - len(problems)
    return already, problems


def _raise_problems(path: Path, problems: list[str]) -> None:
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise InputError(f"{path}: {len(problems)} problem(s), nothing imported:\n  {shown}{more}")
