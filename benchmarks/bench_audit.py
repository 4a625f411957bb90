"""Benchmark the HH audit against the raw gzip + JSON parse of the same input.

Builds inputs by repeating the shared harmless-base test split (2,312 pairs) into a temp
folder: a small one and one the size of HH's full training data (~170,000 pairs). For each
it prints pairs/s of a bare gzip + json.loads pass, pairs/s of the full audit (parse,
classifier, identity terms, MinHash, store, duplicates), their ratio, and the peak
resident memory of a fresh process that ran only the audit (ru_maxrss) and of its
largest worker process, so you can see that memory does not grow with the input. CPU
seconds (audit process plus workers) are printed too: on a shared machine they are steadier
than wall-clock rates.

    python -m benchmarks.bench_audit            # ~170k pairs (several minutes)
    python -m benchmarks.bench_audit --pairs 20000 --workers 1
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import resource
import shutil
import tempfile
import time
from pathlib import Path

from citeaudit.dataset_audit import audit
from citeaudit.dataset_audit.sources import HHSource
from citeaudit.store import Store

SPLIT = Path(__file__).resolve().parents[2] / "shared" / "data" / "hh-rlhf" / \
    "harmless-base-test.jsonl.gz"


def build_input(folder: Path, n_pairs: int) -> Path:
    """A <subset>/train.jsonl.gz of n_pairs, made by repeating the shared split."""
    lines = gzip.decompress(SPLIT.read_bytes()).splitlines(keepends=True)
    target = folder / "helpful-base" / "train.jsonl.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(target, "wb", compresslevel=6) as out:
        for i in range(n_pairs):
            out.write(lines[i % len(lines)])
    return target


def raw_parse_rate(path: Path) -> tuple[int, float]:
    start = time.perf_counter()
    n = 0
    with gzip.open(path, "rb") as fh:
        for line in fh:
            record = json.loads(line)
            n += bool(record["chosen"])
    return n, n / (time.perf_counter() - start)


def _audit_child(path: Path, store_path: Path, results, workers: int | None) -> None:
    start, cpu_start = time.perf_counter(), time.process_time()
    with Store(store_path) as store:
        summary = audit.run(store, [HHSource("helpful-base", "train", path)], workers=workers)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += children.ru_utime + children.ru_stime
    results.put((summary.records, summary.records / elapsed, peak_kib / 1024, cpu,
                 worker_kib / 1024))


def audit_rate(path: Path, store_path: Path, workers: int | None = None
               ) -> tuple[int, float, float, float, float]:
    """(records, pairs/s, peak RSS MiB, CPU seconds, largest worker's peak RSS MiB) of an
    audit run in a fresh process. CPU seconds (the process and its workers) are steadier
    than wall time on a machine shared with other work."""
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    child = ctx.Process(target=_audit_child, args=(path, store_path, results, workers))
    child.start()
    outcome = results.get()
    child.join()
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=170_000,
                        help="pairs in the large input [default: 170,000]")
    parser.add_argument("--small", type=int, default=10_000,
                        help="pairs in the small input [default: 10,000]")
    parser.add_argument("--workers", type=int, default=None,
                        help="audit worker processes [default: audit.default_workers()]")
    args = parser.parse_args()
    print(f"audit workers: {args.workers or audit.default_workers()}")
    if not SPLIT.exists():
        raise SystemExit(f"shared split not found: {SPLIT}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    try:
        print(f"{'pairs':>8} {'raw pairs/s':>12} {'audit pairs/s':>14} {'ratio':>7} "
              f"{'audit CPU s':>12} {'audit peak RSS MiB':>19} {'worker peak MiB':>16}")
        for n in (args.small, args.pairs):
            folder = tmp / str(n)
            path = build_input(folder, n)
            parsed, raw = raw_parse_rate(path)
            audited, rate, peak, cpu, worker_peak = audit_rate(path, folder / "store.sqlite",
                                                               args.workers)
            assert parsed == audited == n, (parsed, audited, n)
            print(f"{n:>8,} {raw:>12,.0f} {rate:>14,.0f} {raw / rate:>6.1f}x {cpu:>12.1f} "
                  f"{peak:>19.1f} {worker_peak:>16.1f}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
