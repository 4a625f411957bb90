"""Worker processes change the speed of the audit, never its results."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from audit_fixtures import convo, real_split

from citeaudit.audit import stage as audit
from citeaudit.audit.sources import guess_source
from citeaudit.core.config import Config
from citeaudit.core.workers import WorkerDied
from citeaudit.store import Store


def _results(store: Store, run_id: int):
    pairs = [tuple(r) for r in store.query(
        "SELECT subset, split, line, n_turns, flags, prompt_hash, pair_hash, chosen_label, "
        "rejected_label, chosen_words, rejected_words, identity_groups, minhash, near_dup_of, "
        "chosen_harm FROM audit_pairs WHERE run_id=? ORDER BY pair_id", (run_id,))]
    problems = [tuple(r) for r in store.audit.list_problems(run_id)]
    identity = [tuple(r)[1:] for r in store.audit.list_identity(run_id)]
    return store.audit.get_measures(run_id), pairs, problems, identity


def test_two_workers_store_what_one_worker_stores(tmp_path):
    lines = gzip.decompress(real_split().read_bytes()).splitlines()[:1500]
    lines.insert(700, b"{not json")
    lines.insert(1200, b'{"chosen": "' + convo("hi").encode().replace(b"\n", b"\\n") + b'"}')
    data = gzip.compress(b"\n".join(lines) + b"\n")
    path = tmp_path / "harmless-base-train.jsonl.gz"
    path.write_bytes(data[: len(data) - 200])  # cut short: ends with a truncated_file problem
    outcomes = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.sqlite") as store:
            run = audit.run(store, Config(), sources=[guess_source(path)], workers=workers)
            outcomes.append(_results(store, run.run_id))
    serial, parallel = outcomes
    assert serial == parallel
    kinds = [p[4] for p in serial[2]]
    assert kinds[:2] == ["bad_json", "bad_record"] and kinds[-1] == "truncated_file"
    assert serial[0][("harmless-base", "train")]["size"]["pairs"] > 1000


def _kill_the_first_worker() -> threading.Thread:
    """A thread that kills (SIGKILL, as the out-of-memory killer does) the first worker
    process it sees."""
    def kill() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            children = multiprocessing.active_children()
            if children:
                os.kill(children[0].pid, signal.SIGKILL)
                return
            time.sleep(0.01)

    thread = threading.Thread(target=kill, daemon=True)
    thread.start()
    return thread


def test_a_killed_worker_stops_the_audit_with_an_error_and_a_rerun_completes_it(tmp_path):
    path = tmp_path / "harmless-base-train.jsonl.gz"
    path.write_bytes(gzip.compress(gzip.decompress(real_split().read_bytes()) * 4))
    with Store(tmp_path / "clean.sqlite") as store:
        run = audit.run(store, Config(), sources=[guess_source(path)], workers=1)
        clean = _results(store, run.run_id)
    with Store(tmp_path / "killed.sqlite") as store:
        killer = _kill_the_first_worker()
        with pytest.raises(WorkerDied, match="ended abruptly"):
            audit.run(store, Config(), sources=[guess_source(path)], workers=2)
        killer.join()
        assert store.audit.list_sources(1)[0]["status"] != "done"
        run = audit.run(store, Config(), sources=[guess_source(path)], workers=2)
        assert _results(store, run.run_id) == clean
    assert clean[0][("harmless-base", "train")]["size"]["pairs"] == 4 * 2312


def test_ctrl_c_stops_an_audit_with_two_workers_at_once(tmp_path):
    path = tmp_path / "harmless-base-train.jsonl.gz"
    path.write_bytes(gzip.compress(gzip.decompress(real_split().read_bytes()) * 20))
    audit_run = subprocess.Popen(
        [sys.executable, "-m", "citeaudit", "--store", str(tmp_path / "s.sqlite"), "audit", "run",
         str(path), "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,  # its own process group, as a terminal's job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    shown = []
    for line in audit_run.stdout:  # wait until pairs are being measured
        shown.append(line)
        if "harmless-base/train:" in line and not line.strip().endswith(": 0"):
            break
    os.killpg(audit_run.pid, signal.SIGINT)  # what Ctrl-C sends: the whole group
    rest, _ = audit_run.communicate(timeout=60)
    assert audit_run.returncode == 130, "".join(shown) + rest
    assert "interrupted: finished work is stored; rerun the command to resume" in rest
    assert "records from 1 files" not in rest  # it stopped, it did not run to the end
