"""Memory that does not grow with the input: SQLite lets each sort use as much memory as
the page cache holds, so only the audit's inserts get the larger cache; the index builds
and the duplicate counts, which sort every pair of the run, get the default one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from audit_fixtures import convo, write_jsonl_gz

from citeaudit.audit import stage as audit
from citeaudit.audit.sources import guess_source
from citeaudit.core.config import Config
from citeaudit.store import Store

_CACHE_SET = re.compile(r"PRAGMA cache_size=(-?\d+)")


def cache_size(store: Store) -> int:
    return store.conn.execute("PRAGMA cache_size").fetchone()[0]


def test_page_cache_is_raised_in_the_block_and_restored_after_an_error(tmp_path: Path):
    with Store(tmp_path / "store.sqlite") as store:
        before = cache_size(store)
        with pytest.raises(RuntimeError, match="stop"), store.page_cache(48):
            assert cache_size(store) == -48 * 1024  # negative: KiB, as SQLite reads it
            raise RuntimeError("stop")
        assert cache_size(store) == before != -48 * 1024


def statements_with_cache(store: Store, default: int, run) -> list[tuple[int, str]]:
    """Every SQL statement `run()` makes the store execute, with the page cache it ran with."""
    seen: list[tuple[int, str]] = []
    current = [default]

    def trace(sql: str) -> None:
        match = _CACHE_SET.search(sql)
        if match:
            current[0] = int(match.group(1))
        seen.append((current[0], " ".join(sql.split())))

    store.conn.set_trace_callback(trace)
    try:
        run()
    finally:
        store.conn.set_trace_callback(None)
    return seen


@pytest.mark.parametrize("workers", [1, 2])
def test_only_the_inserts_run_with_the_larger_page_cache(tmp_path: Path, workers: int):
    rows = [{"chosen": convo(f"How do I bake bread number {i}?", f"Mix flour {i} and water."),
             "rejected": convo(f"How do I bake bread number {i}?", "I can't help with that.")}
            for i in range(40)]
    source = guess_source(write_jsonl_gz(tmp_path / "helpful-base" / "train.jsonl.gz", rows))
    with Store(tmp_path / "store.sqlite") as store:
        default = cache_size(store)
        seen = statements_with_cache(store, default, lambda: audit.run(
            store, Config(), sources=[source], workers=workers))
        assert cache_size(store) == default
        assert store.query_tuples("SELECT COUNT(*) FROM audit_pairs") == [(40,)]

    def caches(pattern: str) -> set[int]:
        found = {cache for cache, sql in seen if re.search(pattern, sql)}
        assert found, f"no statement matched {pattern!r}"
        return found

    assert caches(r"^INSERT INTO audit_pairs") == {-audit.PAGE_CACHE_MIB * 1024}
    assert caches(r"^INSERT INTO audit_lsh") == {-audit.PAGE_CACHE_MIB * 1024}
    assert caches(r"^CREATE INDEX IF NOT EXISTS audit_") == {default}
    assert caches(r"COUNT\(\*\) OVER \(PARTITION BY") == {default}
    assert caches(r"FROM audit_lsh l JOIN audit_pairs") == {default}
