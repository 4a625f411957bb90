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

from citeaudit.errors import InputError
from citeaudit.model_eval.backends import Backend, GenerationParams
from citeaudit.model_eval.suites import EvalPrompt, _safety, read_records
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


def run_generation(store: Store, prompts: Sequence[EvalPrompt], backend: Backend,
                   params: GenerationParams, samples: int = 1, chunk_size: int = 16,
                   on_progress: Callable[[int, int], None] | None = None) -> GenerationSummary:
    """Generate `samples` responses per prompt; each chunk is stored in one transaction."""
    if samples < 1:
        raise InputError("samples must be at least 1")
    store.save_eval_prompts(p.to_dict() for p in prompts)
    params_dict = params.to_dict()
    jobs = []
    for k in range(samples):
        for p in prompts:
            key = generation_key(backend.name, backend.model, backend.revision, p.text,
                                 params_dict, k)
            jobs.append((key, p, k))
    done = store.eval_generation_keys(key for key, _, _ in jobs)
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
        store.save_eval_generations(
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


def import_generations(store: Store, path: Path, model: str | None = None,
                       suite: str | None = None) -> ImportSummary:
    """Ingest generations made elsewhere from CSV/JSONL: prompt, response, model (or --model);
    optional prompt_id, group, axis, template_id, unsafe/label, suite, sample_index.

    Every row is checked before anything is stored; errors name the file, row and column.
    """
    path = Path(path)
    suite = suite or path.stem
    prompts: dict[str, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    known = {"prompt", "response", "model", "prompt_id", "id", "group", "axis", "template_id",
             "unsafe", "label", "suite", "sample_index", "revision"}
    problems: list[str] = []
    columns_seen: dict[str, None] = {}
    for where, record in read_records(path):
        columns_seen.update(dict.fromkeys(record))
        text, response = record.get("prompt"), record.get("response")
        row_model = record.get("model") or model
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}, column prompt: missing or empty")
            continue
        if not isinstance(response, str):
            problems.append(f"{where}, column response: missing")
            continue
        if not row_model:
            problems.append(f"{where}, column model: missing (or give --model NAME for all rows)")
            continue
        try:
            sample_index = int(record.get("sample_index") or 0)
            safety_column = "unsafe" if "unsafe" in record else "label"
            unsafe = _safety(record.get(safety_column), f"{where}, column {safety_column}")
        except (TypeError, ValueError) as exc:
            problems.append(f"{where}, column sample_index: {exc}")
            continue
        except InputError as exc:
            problems.append(str(exc))
            continue
        row_suite = record.get("suite") or suite
        raw_id = record.get("prompt_id") or record.get("id")
        prompt_id = (str(raw_id) if raw_id not in (None, "") else
                     f"{row_suite}:{hashlib.sha256(text.encode()).hexdigest()[:12]}")
        prompts[prompt_id] = {
            "prompt_id": prompt_id, "text": text, "suite": row_suite,
            "group": record.get("group") or None, "axis": record.get("axis") or None,
            "template_id": record.get("template_id") or None, "unsafe": unsafe,
            "meta": {k: v for k, v in record.items() if k not in known},
        }
        revision = str(record.get("revision") or "")
        rows.append({
            "gen_key": generation_key("import", str(row_model), revision, text, {}, sample_index),
            "backend": "import", "model": str(row_model), "revision": revision,
            "prompt_id": prompt_id, "params": {}, "sample_index": sample_index, "seed": None,
            "response": response, "source": f"import:{path.name}",
        })
    required = ["prompt", "response"] + ([] if model else ["model"])
    absent = [col for col in required if col not in columns_seen]
    if len(problems) > 1 and absent:  # one line, not one per row
        raise InputError(
            f"{path}: no {' or '.join(absent)} column in any row (columns: "
            f"{', '.join(columns_seen)}); expected prompt, response and model (or --model NAME)"
            "; rename the columns and import again, nothing was imported")
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise InputError(f"{path}: {len(problems)} problem(s), nothing imported:\n  {shown}{more}")
    if not rows:
        raise InputError(f"{path}: no generations found")
    with store.transaction():
        store.save_eval_prompts(prompts.values())
        new = store.save_eval_generations(rows)
    return ImportSummary(len(rows), new, sorted({r["model"] for r in rows}))
