"""Where the audit's parent process spends its CPU, with the workers' cost taken out.

The input is built like bench_audit's (the shared harmless-base test split repeated). Each
audit runs with two forked workers that return, for every chunk, the measured results of
the file's first chunk (computed once, before the fork), so the workers cost next to
nothing and the parent's CPU seconds are its own: reading and splitting the gzip lines,
sending chunks out and taking results in, the row loop, and the SQLite inserts. The
cross-file pass (near duplicates, duplicate counts) is left out. Printed per variant:

- reading: `iter_line_chunks` alone over the file;
- no store writes: the audit with `insert_rows` doing nothing (transport and loop);
- indexes kept: the audit with the hash and LSH-bucket indexes kept while pairs go in;
- indexes built after: the audit as it runs (indexes dropped, then built), and of that the
  index build.

    python -m benchmarks.bench_audit_parent            # 170,000 pairs
    python -m benchmarks.bench_audit_parent --pairs 20000 --chunk 2000
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.bench_audit import SPLIT, build_input
from citeaudit.audit import stage
from citeaudit.audit.harm import load_harm_detector
from citeaudit.audit.neardup import Signer, lsh_params
from citeaudit.audit.parse import iter_line_chunks
from citeaudit.audit.refusal import load_classifier
from citeaudit.audit.sources import HHSource
from citeaudit.core.config import Config
from citeaudit.core.lexicon import load_lexicon
from citeaudit.store import Store
from citeaudit.store.audit import Audit

_CANNED: list[tuple] = []


def _canned_chunk(chunk: list) -> tuple:
    return _CANNED[0]


# Pickled by name as the stage's worker function, which the forked workers find replaced.
_canned_chunk.__module__, _canned_chunk.__qualname__ = stage.__name__, "_measure_chunk"


def canned_results(source: HHSource) -> tuple:
    """What a worker returns for the file's first chunk."""
    settings = stage.AuditSettings()
    stage._WORKER_STATE.update(source=source, context=(
        load_lexicon(None), load_classifier("builtin"),
        Signer(lsh_params(settings.near_dup_threshold, settings.num_perm), settings.seed),
        load_harm_detector()))
    try:
        return stage._measure_chunk(next(iter_line_chunks(source.path, stage.MEASURE_CHUNK)))
    finally:
        stage._WORKER_STATE.clear()


def parent_cpu(source: HHSource, store_path: Path, spent: dict[str, float]) -> float:
    """CPU seconds of this process over one audit (the workers are children)."""
    start = time.process_time()
    with Store(store_path) as store:
        stage.run(store, Config(), sources=[source], workers=2)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=170_000, help="pairs [default: 170,000]")
    parser.add_argument("--chunk", type=int, default=stage.MEASURE_CHUNK,
                        help=f"lines a worker gets at once [default: {stage.MEASURE_CHUNK}]")
    args = parser.parse_args()
    if not SPLIT.exists():
        raise SystemExit(f"shared split not found: {SPLIT}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-audit-parent-"))
    chunk_size = stage.MEASURE_CHUNK
    stage.MEASURE_CHUNK = args.chunk
    originals = (stage._measure_chunk, stage.finalize, Audit.insert_rows,
                 Audit.drop_bulk_indexes, Audit.create_bulk_indexes)
    try:
        source = HHSource("helpful-base", "train", build_input(tmp, args.pairs))
        _CANNED[:] = [canned_results(source)]
        stage._measure_chunk = _canned_chunk
        stage.finalize = lambda *args, **kwargs: None
        spent: dict[str, float] = {}

        def timed_build(self: Audit) -> None:
            start = time.thread_time()
            originals[4](self)
            spent["build"] = spent.get("build", 0.0) + time.thread_time() - start

        Audit.create_bulk_indexes = timed_build
        start = time.process_time()
        for _ in iter_line_chunks(source.path, stage.MEASURE_CHUNK):
            pass
        rows = [("reading", time.process_time() - start)]
        Audit.insert_rows = lambda self, run_id, chunks, problems: None
        rows.append(("no store writes", parent_cpu(source, tmp / "none.sqlite", spent)))
        Audit.insert_rows = originals[2]
        Audit.drop_bulk_indexes = lambda self, token, new_pairs: False
        rows.append(("indexes kept", parent_cpu(source, tmp / "kept.sqlite", spent)))
        Audit.drop_bulk_indexes = originals[3]
        spent.clear()
        rows.append(("indexes built after", parent_cpu(source, tmp / "after.sqlite", spent)))
        rows.append(("  of it the index build", spent.get("build", 0.0)))
        print(f"{args.pairs:,} pairs in chunks of {args.chunk} lines, parent CPU seconds "
              "(workers return canned results)")
        for label, seconds in rows:
            print(f"{label:<26} {seconds:7.3f} s  {seconds / args.pairs * 1e6:7.2f} us a pair")
    finally:
        (stage._measure_chunk, stage.finalize, Audit.insert_rows, Audit.drop_bulk_indexes,
         Audit.create_bulk_indexes) = originals
        stage.MEASURE_CHUNK = chunk_size
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
