"""Benchmark the HH audit against the raw gzip + JSON parse of the same input.

Builds inputs by repeating the shared harmless-base test split (2,312 pairs) into a temp
folder: a small one and one the size of HH's full training data (~170,000 pairs). For each
it prints pairs/s of a bare gzip + json.loads pass, pairs/s of the full audit (parse,
classifier, harm signal, identity terms, MinHash, store, duplicates), the audit's rate as a
share of the raw parse rate (the goal is at least 0.3x) and how many times slower it is, and
the peak resident memory of a fresh process that ran only the audit (VmHWM on Linux: Linux
carries ru_maxrss over an exec, so that would report this script's own size when larger) and
of its largest worker process. CPU seconds (audit process plus workers, and the audit process alone:
its reading, transport and SQLite threads) are printed too: on a
shared machine they are steadier than wall-clock rates.

With --compare REV the audit of git revision REV (its citeaudit/ and coding_scheme/,
taken with `git archive`) runs on the same inputs in the same run, just before the
working tree's, and a speed-up line follows each pair of rows, then whether the two
stores hold the same rows in every audit table (all columns but timestamps and settings).

    python -m benchmarks.bench_audit            # ~170k pairs (several minutes)
    python -m benchmarks.bench_audit --pairs 20000 --workers 1
    python -m benchmarks.bench_audit --small 20000 --compare d10e616
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from citeaudit.store.audit import dump_tables

ROOT = Path(__file__).resolve().parents[1]
SPLIT = ROOT.parent / "shared" / "data" / "hh-rlhf" / "harmless-base-test.jsonl.gz"

# Runs in a fresh interpreter whose `citeaudit` is the code under test (argv: code root,
# input, store, workers or 0 for the default); prints one JSON line.
_AUDIT_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
root, path, store_path, workers = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], \
    int(sys.argv[4]) or None
import citeaudit
assert Path(citeaudit.__file__).resolve().is_relative_to(root.resolve()), citeaudit.__file__
from citeaudit.audit import stage as audit
from citeaudit.audit.sources import HHSource
from citeaudit.core.config import Config
from citeaudit.store import Store
start, cpu_start = time.perf_counter(), time.process_time()
with Store(store_path) as store:
    summary = audit.run(store, Config(), sources=[HHSource("helpful-base", "train", path)],
                        workers=workers)
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
children = resource.getrusage(resource.RUSAGE_CHILDREN)
status = Path("/proc/self/status")
hwm = [line.split()[1] for line in status.read_text().splitlines()
       if line.startswith("VmHWM:")] if status.exists() else []
print(json.dumps({
    "records": summary.records, "rate": summary.records / elapsed,
    "peak_mib": (int(hwm[0]) if hwm else
                 resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024,
    "cpu_s": cpu + children.ru_utime + children.ru_stime, "parent_cpu_s": cpu,
    "worker_peak_mib": children.ru_maxrss / 1024,
}))
"""


@dataclass
class AuditRun:
    records: int
    rate: float
    peak_mib: float
    cpu_s: float
    parent_cpu_s: float
    worker_peak_mib: float


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


def audit_tables(store_path: Path) -> dict[str, list[tuple]]:
    """Every audit table of a store (`citeaudit.store.audit.dump_tables`), read as it is."""
    conn = sqlite3.connect(store_path)
    try:
        return dump_tables(conn)
    finally:
        conn.close()


def same_tables(a: Path, b: Path) -> str:
    """'identical', or the audit tables whose rows differ between two stores."""
    tables_a, tables_b = audit_tables(a), audit_tables(b)
    differ = sorted(t for t in tables_a.keys() | tables_b.keys()
                    if tables_a.get(t) != tables_b.get(t))
    return "identical" if not differ else "DIFFER in " + ", ".join(differ)


def code_at(rev: str, folder: Path) -> Path:
    """citeaudit/ and coding_scheme/ of git revision `rev`, extracted into `folder`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "citeaudit", "coding_scheme"],
        capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python >= 3.10.12 / 3.11.4
            tar.extractall(folder, filter="data")
        else:  # our own repository's archive
            tar.extractall(folder)  # noqa: S202
    return folder


def audit_run(code: Path, path: Path, store_path: Path, workers: int | None) -> AuditRun:
    """The audit of `path` by the citeaudit in `code`, in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, "-c", _AUDIT_CHILD, str(code), str(path), str(store_path),
         str(workers or 0)], cwd=code, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"audit with the code in {code} failed:\n{done.stderr}")
    return AuditRun(**json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Example: python -m benchmarks.bench_audit --small 20000 --compare d10e616")
    parser.add_argument("--pairs", type=int, default=170_000,
                        help="pairs in the large input [default: 170,000]")
    parser.add_argument("--small", type=int, default=10_000,
                        help="pairs in the small input [default: 10,000]")
    parser.add_argument("--workers", type=int, default=None,
                        help="audit worker processes [default: as many as CPUs, at most 8]")
    parser.add_argument("--compare", metavar="REV", default=None,
                        help="also time the audit of this git revision, in the same run")
    args = parser.parse_args()
    if not SPLIT.exists():
        raise SystemExit(f"shared split not found: {SPLIT}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    try:
        codes = [("working tree", ROOT)]
        if args.compare:
            codes.insert(0, (args.compare, code_at(args.compare, tmp / "baseline")))
        print(f"audit workers: {args.workers or 'default (CPUs, at most 8)'}; "
              f"CPUs: {os.cpu_count()}")
        print(f"{'pairs':>8} {'code':>13} {'raw pairs/s':>12} {'audit pairs/s':>14} "
              f"{'audit/raw':>9} {'slower':>7} {'audit CPU s':>12} {'of it parent':>12} "
              f"{'audit peak RSS MiB':>19} "
              f"{'worker peak MiB':>16}")
        for n in dict.fromkeys((args.small, args.pairs)):
            folder = tmp / str(n)
            path = build_input(folder, n)
            parsed, raw = raw_parse_rate(path)
            runs = []
            for label, code in codes:
                run = audit_run(code, path, folder / f"store-{len(runs)}.sqlite", args.workers)
                assert parsed == run.records == n, (parsed, run.records, n)
                runs.append(run)
                print(f"{n:>8,} {label[:13]:>13} {raw:>12,.0f} {run.rate:>14,.0f} "
                      f"{run.rate / raw:>8.3f}x {raw / run.rate:>6.1f}x {run.cpu_s:>12.1f} "
                      f"{run.parent_cpu_s:>12.1f} "
                      f"{run.peak_mib:>19.1f} "
                      f"{run.worker_peak_mib:>16.1f}", flush=True)
            if len(runs) == 2:
                before, after = runs
                print(f"{'':>8} speed-up: {after.rate / before.rate:.2f}x pairs/s, "
                      f"{before.cpu_s / after.cpu_s:.2f}x fewer CPU seconds "
                      f"({before.parent_cpu_s / after.parent_cpu_s:.2f}x in the parent); stores: "
                      f"{same_tables(folder / 'store-0.sqlite', folder / 'store-1.sqlite')}",
                      flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
