"""One process at a time per piece of work: two `audit run`s (or extracts, downloads, ...)
on one store never write into the same result; a claim left by a dead process is taken
over; an exception never leaves an audit run `running`; bad audit input is refused."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from audit_fixtures import convo, real_split, write_jsonl_gz
from coding_fixtures import code_history

from citeaudit.audit import stage as audit
from citeaudit.audit.sources import guess_source
from citeaudit.core.config import Config
from citeaudit.core.errors import InProgressError
from citeaudit.store import Store, utc_now
from citeaudit.store.audit import BULK_INDEXES

# A classifier for the swap-in hook that waits at a prompt holding HOLD until the file
# named by $AUDIT_GATE exists: the audit is then caught mid-run, claim held.
GATE_CLASSIFIER = """
import os, time
from pathlib import Path
from citeaudit.audit.refusal import BuiltinRefusalClassifier

_rules = BuiltinRefusalClassifier()


def judge(prompt, response):
    gate = os.environ.get("AUDIT_GATE")
    while "HOLD" in prompt and gate and not Path(gate).exists():
        time.sleep(0.05)
    return _rules.classify(prompt, response)
"""


def held_claims(store: Store) -> list:
    """The claims table: who holds what, by claim key."""
    return store.query("SELECT * FROM claims ORDER BY claim_key")


def flat(text: str) -> str:
    """Text without white space: line wrapping by the terminal width cannot matter."""
    return "".join(text.split())


@pytest.fixture
def gated(tmp_path: Path) -> dict[str, str]:
    """The environment of a CLI run whose classifier waits at HOLD for tmp/gate."""
    (tmp_path / "gate_clf.py").write_text(GATE_CLASSIFIER)
    return {**os.environ, "AUDIT_GATE": str(tmp_path / "gate"),
            "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
            "COLUMNS": "200"}


def held_file(tmp_path: Path) -> Path:
    """A small helpful-base file whose third pair waits at the gate."""
    return write_jsonl_gz(tmp_path / "helpful-base-test.jsonl.gz", [
        {"chosen": convo(f"Question {i}{' HOLD' if i == 2 else ''}?", "Sure, here it is."),
         "rejected": convo(f"Question {i}{' HOLD' if i == 2 else ''}?", "No.")}
        for i in range(5)])


def audit_cmd(store: Path, *files: Path) -> list[str]:
    return [sys.executable, "-m", "citeaudit", "--store", str(store), "audit", "run",
            *map(str, files), "--classifier", "gate_clf:judge", "--workers", "1"]


def wait_until_held(store_path: Path, timeout_s: float = 60.0) -> None:
    """Wait until the audit has stored the real split and waits at HOLD in the small file."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if store_path.exists():
            with Store(store_path) as store:
                states = {r[0]: r[1] for r in store.query(
                    "SELECT subset, status FROM audit_sources")}
            if states == {"harmless-base": "done", "helpful-base": "running"}:
                return
        time.sleep(0.1)
    raise AssertionError("the first audit never reached the held pair")


def stored_result(store_path: Path) -> dict:
    """What a user reads of the latest run: per-file counts, duplicates, all measures."""
    with Store(store_path) as store:
        run = store.audit.get_run()
        assert run is not None, "no finished run"
        return {
            "sources": [(r["subset"], r["split"], r["status"], r["n_records"], r["n_problems"])
                        for r in store.audit.list_sources(run["run_id"])],
            "pairs": store.scalar("SELECT COUNT(*) FROM audit_pairs WHERE run_id=?",
                                  (run["run_id"],)),
            "duplicates": [dict(r) for r in store.audit.count_duplicates(run["run_id"])],
            "measures": store.audit.get_measures(run["run_id"]),
        }


def clean_run(tmp_path: Path, env: dict[str, str], *files: Path) -> dict:
    (tmp_path / "gate").touch()
    clean = tmp_path / "clean.sqlite"
    done = subprocess.run(audit_cmd(clean, *files), env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return stored_result(clean)


def test_a_second_audit_of_the_same_files_refuses_and_stores_nothing(tmp_path, gated):
    split, held = real_split(), held_file(tmp_path)
    n_pairs = sum(1 for line in gzip.open(split) if line.strip())
    store_path = tmp_path / "store.sqlite"
    first = subprocess.Popen(audit_cmd(store_path, split, held), env=gated,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_held(store_path)
        with Store(store_path) as store:
            before = store.scalar("SELECT COUNT(*) FROM audit_pairs")
        ungated = {k: v for k, v in gated.items() if k != "AUDIT_GATE"}  # would not wait
        second = subprocess.run(audit_cmd(store_path, split, held), env=ungated,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 1, second.stdout
        assert flat(f"error: audit run 1 is in progress in process {first.pid} on "
                    f"{socket.gethostname()}; wait for it or use another store (--store)"
                    ) in flat(second.stderr)
        with Store(store_path) as store:
            assert store.scalar("SELECT COUNT(*) FROM audit_runs") == 1
            assert store.scalar("SELECT COUNT(*) FROM audit_pairs") == before
        (tmp_path / "gate").touch()
        assert first.wait(timeout=300) == 0, first.stderr.read()
    finally:
        first.kill()
        first.wait()
    result = stored_result(store_path)
    assert result["pairs"] == n_pairs + 5
    assert result == clean_run(tmp_path, gated, split, held)
    with Store(store_path) as store:
        assert held_claims(store) == []


def test_a_run_killed_mid_way_is_taken_over_and_equals_a_clean_run(tmp_path, gated):
    split, held = real_split(), held_file(tmp_path)
    store_path = tmp_path / "store.sqlite"
    first = subprocess.Popen(audit_cmd(store_path, split, held), env=gated,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_held(store_path)
    finally:
        first.kill()  # SIGKILL: no cleanup runs
        first.wait()
    with Store(store_path) as store:
        assert store.audit.get_run(1)["status"] == "running"
        assert [(r["pid"], r["what"]) for r in held_claims(store)] == [(first.pid, "audit run 1")]
        assert bulk_indexes(store) == set()  # killed while storing pairs without them
    (tmp_path / "gate").touch()
    rerun = subprocess.run(audit_cmd(store_path, split, held), env=gated, capture_output=True,
                           text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert flat("audit run 1:") in flat(rerun.stdout)
    assert stored_result(store_path) == clean_run(tmp_path, gated, split, held)
    with Store(store_path) as resumed, Store(tmp_path / "clean.sqlite") as clean:
        assert bulk_indexes(resumed) == bulk_indexes(clean) == set(BULK_INDEXES)
        assert resumed.audit.dump_tables() == clean.audit.dump_tables()


def bulk_indexes(store: Store) -> set[str]:
    return {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type='index'")
            } & set(BULK_INDEXES)


def test_the_bulk_indexes_stay_while_another_process_holds_an_audit_claim(tmp_path):
    with Store(tmp_path / "store.sqlite") as store:
        write_claim(store, "audit other-files", os.getpid(), socket.gethostname(), utc_now())
        assert not store.audit.drop_bulk_indexes(token="mine", new_pairs=10)
        assert bulk_indexes(store) == set(BULK_INDEXES)
        with store.transaction() as conn:
            conn.execute("DELETE FROM claims")
        write_claim(store, "audit other-files", dead_pid(), socket.gethostname(), utc_now())
        write_claim(store, "extract", os.getpid(), socket.gethostname(), utc_now())
        store.audit.insert_rows(1, [([("s", "train", 1, 1, "", "p", "q", None, None, 1, 1, "",
                                       None, None, None)] * 2, [])], [])
        assert not store.audit.drop_bulk_indexes(token="mine", new_pairs=1)  # fewer than held
        assert bulk_indexes(store) == set(BULK_INDEXES)
        assert store.audit.drop_bulk_indexes(token="mine", new_pairs=2)
        assert bulk_indexes(store) == set()
        store.audit.create_bulk_indexes()
        assert bulk_indexes(store) == set(BULK_INDEXES)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_claim(store: Store, key: str, pid: int, host: str, heartbeat_at: str) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO claims VALUES (?, 'audit run 7', ?, ?, 'old', ?, ?)",
                     (key, pid, host, heartbeat_at, heartbeat_at))


def test_claims_of_live_dead_and_silent_processes(tmp_path):
    with Store(tmp_path / "store.sqlite") as store:
        write_claim(store, "live", os.getpid(), socket.gethostname(), utc_now())
        with pytest.raises(InProgressError, match=f"audit run 7 is in progress in process "
                                                  f"{os.getpid()} on "):
            with store.claim("live", "x"):
                pass
        write_claim(store, "other-host", 1, "elsewhere.example", utc_now())
        with pytest.raises(InProgressError, match="on elsewhere.example"):
            with store.claim("other-host", "x"):
                pass
        write_claim(store, "dead", dead_pid(), socket.gethostname(), utc_now())
        write_claim(store, "silent", 1, "elsewhere.example", "2020-01-01T00:00:00+00:00")
        for key in ("dead", "silent"):
            with store.claim(key, "mine"):
                (row,) = [r for r in held_claims(store) if r["claim_key"] == key]
                assert (row["pid"], row["what"]) == (os.getpid(), "mine")
        assert {r["claim_key"] for r in held_claims(store)} == {"live", "other-host"}


def test_a_held_claim_beats_and_is_released_on_an_error(tmp_path):
    with Store(tmp_path / "store.sqlite") as store:
        with pytest.raises(KeyError):
            with store.claim("work", "some work", heartbeat_s=0.1):
                (started,) = [r["heartbeat_at"] for r in held_claims(store)]
                deadline = time.monotonic() + 10
                while held_claims(store)[0]["heartbeat_at"] == started:  # seconds resolution
                    assert time.monotonic() < deadline, "the heartbeat never moved"
                    time.sleep(0.1)
                raise KeyError("stopped")
        assert held_claims(store) == []


def stage_calls():
    """(claim key, a call of the stage) for every claimed stage but the audit."""
    from citeaudit.evals import analysis, judge
    from citeaudit.literature import autocode, fetch, pdfs
    from citeaudit.literature.extract import stage as extract_stage
    from citeaudit.literature.extract.s2 import run_snippets

    return [("fetch", lambda store: fetch.run(store, None, None)),
            ("pdfs", lambda store: pdfs.run_pdfs(store, None)),
            ("pdfs", lambda store: pdfs.ingest_dir(store, None, Path("."))),
            ("extract", lambda store: extract_stage.run_extract(store, None)),
            ("snippets", lambda store: run_snippets(store, None, None)),
            ("code auto", lambda store: autocode.run(store, None, codebook=None)),
            ("eval classify", lambda store: analysis.run(store, None)),
            ("eval judge", lambda store: judge.run(store, None, backend=None))]


def test_every_claimed_stage_refuses_while_another_process_holds_it(tmp_path):
    with Store(tmp_path / "store.sqlite") as store:
        for key, call in stage_calls():
            write_claim(store, key, os.getpid(), socket.gethostname(), utc_now())
            with pytest.raises(InProgressError, match="audit run 7 is in progress"):
                call(store)
            with store.transaction() as conn:
                conn.execute("DELETE FROM claims")


def deep_line() -> str:
    return "[" * 100_000 + "]" * 100_000


def good_pairs(n: int) -> list[dict]:
    return [{"chosen": convo(f"Tell me about topic {i}.", f"Topic {i} is fine."),
             "rejected": convo(f"Tell me about topic {i}.", "No.")} for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_line_nested_100000_deep_is_one_malformed_line(tmp_path, workers):
    pairs = good_pairs(6)
    path = write_jsonl_gz(tmp_path / "harmless-base-train.jsonl.gz",
                          [*pairs[:3], deep_line(), *pairs[3:]])
    with Store(tmp_path / "store.sqlite") as store:
        summary = audit.run(store, Config(), sources=[guess_source(path)], workers=workers)
        assert (summary.records, summary.problems) == (6, 1)
        (problem,) = store.audit.list_problems(summary.run_id)
        assert (problem["line"], problem["kind"]) == (4, "bad_json")
        assert "nested deeper" in problem["message"]
        assert store.audit.get_run(summary.run_id)["status"] == "done"
        assert [r["line"] for r in store.audit.list_pairs(summary.run_id)] == [1, 2, 3, 5, 6, 7]


def test_a_json_array_element_nested_100000_deep_is_one_malformed_element(tmp_path):
    pairs = [json.dumps(p) for p in good_pairs(4)]
    path = tmp_path / "harmless-base-train.json"
    path.write_text("[\n" + ",\n".join([*pairs[:2], deep_line(), *pairs[2:]]) + "\n]\n")
    with Store(tmp_path / "store.sqlite") as store:
        summary = audit.run(store, Config(), sources=[guess_source(path)], workers=1)
        assert (summary.records, summary.problems) == (4, 1)
        (problem,) = store.audit.list_problems(summary.run_id)
        assert (problem["line"], problem["kind"]) == (4, "bad_json")
        assert [r["line"] for r in store.audit.list_pairs(summary.run_id)] == [2, 3, 5, 6]


class FailsOnce:
    """A classifier (swap-in hook) that raises the first time it meets BOOM."""

    name = "fails-once"

    def __init__(self) -> None:
        self.failed = False

    def classify(self, prompt: str, response: str) -> str:
        if "BOOM" in prompt and not self.failed:
            self.failed = True
            raise RuntimeError("classifier crashed")
        return "compliance"


def test_an_exception_marks_the_run_failed_and_a_rerun_finishes_it(tmp_path):
    pairs = good_pairs(4) + [{"chosen": convo("BOOM?", "Yes."), "rejected": convo("BOOM?", "No.")}]
    source = guess_source(write_jsonl_gz(tmp_path / "harmless-base-train.jsonl.gz", pairs))
    classifier = FailsOnce()
    with Store(tmp_path / "store.sqlite") as store:
        with pytest.raises(RuntimeError, match="classifier crashed"):
            audit.run(store, Config(), sources=[source], classifier=classifier, workers=1)
        assert store.audit.get_run(1)["status"] == "failed"
        assert held_claims(store) == []
        summary = audit.run(store, Config(), sources=[source], classifier=classifier, workers=1)
        assert (summary.run_id, summary.records) == (1, 5)
        assert store.audit.get_run(1)["status"] == "done"


def cli_audit(tmp_path: Path, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "citeaudit", "--store",
                           str(tmp_path / "store.sqlite"), "audit", "run", str(path)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})


@pytest.mark.parametrize("content", [b"", gzip.compress(b""), b"\n \n"])
def test_an_empty_input_is_an_error_naming_the_file(tmp_path, content):
    path = tmp_path / "harmless-base-test.jsonl.gz"
    path.write_bytes(content)
    done = cli_audit(tmp_path, path)
    assert done.returncode == 1
    assert flat(f"error: {path} is empty: no pairs to audit") in flat(done.stderr)
    with Store(tmp_path / "store.sqlite") as store:
        assert store.scalar("SELECT COUNT(*) FROM audit_runs") == 0


def test_an_input_of_only_malformed_lines_says_so(tmp_path):
    path = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz",
                          ["{not json", '{"chosen": 1}', "[]"])
    done = cli_audit(tmp_path, path)
    assert done.returncode == 1
    assert flat(f"error: {path}: all 3 records are malformed (first: line 1, not valid JSON"
                ) in flat(done.stderr)
    assert flat("no pairs to audit") in flat(done.stderr)
    with Store(tmp_path / "store.sqlite") as store:
        assert store.audit.get_run() is None
        assert {r["status"] for r in store.query("SELECT status FROM audit_runs")} == {"failed"}


def _import_when_released(store_path: str, path: str, start, results) -> None:
    from citeaudit import coding

    start.wait()
    with Store(store_path) as store:
        try:
            report = coding.import_file(store, path)
        except coding.CodingImportError as exc:
            results.put((path, "refused", str(exc)))
        else:
            results.put((path, "imported", report.n_changed))


def import_together(store_path: Path, files: list[Path]) -> dict[str, tuple[str, object]]:
    """Import the files from separate processes released at the same moment."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=_import_when_released,
                               args=(str(store_path), str(f), start, results)) for f in files]
    for worker in workers:
        worker.start()
    start.set()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return {Path(path).name: (what, detail) for path, what, detail in outcomes}


def test_two_imports_at_once_never_lose_or_duplicate_a_code(tmp_path):
    from coding_fixtures import fill, store_with_items, tiny_codebook

    from citeaudit import coding

    book = tiny_codebook()
    store_path = tmp_path / "s.sqlite"
    with store_with_items(store_path) as store:
        coding.export_xlsx(store, book, "alice", tmp_path / "export.xlsx")
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    for path, codes in ((first, {"item-1": "red", "item-2": "blue"}),
                        (second, {"item-1": "green", "item-3": "red"})):
        path.write_bytes((tmp_path / "export.xlsx").read_bytes())
        fill(path, {(unit, "colour"): code for unit, code in codes.items()})
    outcomes = import_together(store_path, [first, second])
    assert sorted(what for what, _ in outcomes.values()) == ["imported", "refused"]
    (winner,) = [name for name, (what, _) in outcomes.items() if what == "imported"]
    (loser,) = [name for name, (what, _) in outcomes.items() if what == "refused"]
    assert "conflict" in outcomes[loser][1] and "Items!C2" in outcomes[loser][1]
    with Store(store_path) as store:
        table = coding.code_table(store, book)["alice"]
        expected = {"first.xlsx": {"item-1": "red", "item-2": "blue"},
                    "second.xlsx": {"item-1": "green", "item-3": "red"}}[winner]
        assert {unit: codes["colour"] for unit, codes in table.items()} == {
            unit: [code] for unit, code in expected.items()}
        assert len(code_history(store, "item", "item-1", "tiny")) == 1
        assert store.scalar("SELECT COUNT(*) FROM coding_imports") == 1
