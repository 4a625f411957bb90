"""The corpus store: one SQLite file, a versioned schema per component, and every SQL statement.

`Store` opens (creating or upgrading) the file and holds the connection, transactions, query
helpers and claims; each domain's queries live in a part reachable as an attribute:
`store.literature`, `store.documents`, `store.coding`, `store.audit`, `store.evals` and
`store.experiments`. Stages call these; nothing else writes SQL.
"""

from __future__ import annotations

import functools
import os
import socket
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from citeaudit.core.errors import InProgressError, StoreError
from citeaudit.store.audit import Audit
from citeaudit.store.coding import Coding
from citeaudit.store.common import utc_now
from citeaudit.store.documents import Documents
from citeaudit.store.evals import Evals
from citeaudit.store.experiments import Experiments
from citeaudit.store.literature import Literature
from citeaudit.store.migrations import MIGRATIONS

F = TypeVar("F", bound=Callable[..., Any])
HEARTBEAT_S = 30.0  # how often a held claim says it is alive
STALE_AFTER_S = 600.0  # a claim silent this long is abandoned (its host may have died)



class Store:
    """An open corpus store. Use as a context manager or call close()."""

    def __init__(self, path: Path | str, *, schema_versions: dict[str, int] | None = None):
        """Open (creating or upgrading) the store at `path`. `schema_versions` stops the
        named components at that many migrations: only for tests that build a store as an
        older citeaudit left it."""
        self.path = Path(path)
        self._migrations = {c: steps[:(schema_versions or {}).get(c, len(steps))]
                            for c, steps in MIGRATIONS.items()}
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=30.0, check_same_thread=False
            )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        self._lock = threading.RLock()
        self._depth = 0
        self._claims: dict[str, Claim] = {}
        self._migrate()
        self.literature = Literature(self)
        self.documents = Documents(self)
        self.coding = Coding(self)
        self.audit = Audit(self)
        self.evals = Evals(self)
        self.experiments = Experiments(self)

    # -- lifecycle ----------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing block; nests as savepoints. Writers wait for each other."""
        with self._lock:
            if self._depth == 0:
                self.conn.execute("BEGIN IMMEDIATE")
            else:
                self.conn.execute(f"SAVEPOINT sp{self._depth}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                    self.conn.execute(f"RELEASE sp{self._depth}")
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    self.conn.execute("COMMIT")
                else:
                    self.conn.execute(f"RELEASE sp{self._depth}")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, tuple(params)).fetchall()

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def query_in(self, sql: str, values: Iterable[Any], suffix: str = "") -> list[sqlite3.Row]:
        """`sql` ends in "IN"; runs it over `values` in chunks below SQLite's variable limit."""
        ids = list(values)
        out: list[sqlite3.Row] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            out += self.query(f"{sql} ({','.join('?' * len(chunk))}){suffix}", chunk)
        return out

    def query_tuples(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        """Like `query`, as plain tuples: cheaper where there are millions of rows."""
        with self._lock:
            cursor = self.conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, tuple(params)).fetchall()

    @contextmanager
    def read_snapshot(self) -> Iterator[sqlite3.Connection]:
        """A consistent read-only view (WAL snapshot) that does not wait for writers."""
        with self._lock:
            if self._depth:
                yield self.conn
                return
            self.conn.execute("BEGIN DEFERRED")
            try:
                yield self.conn
            finally:
                self.conn.execute("COMMIT")

    @contextmanager
    def page_cache(self, mib: int = 64) -> Iterator[None]:
        """SQLite's page cache raised to `mib` MiB for the block (restored after), so the
        index pages that the audit's bulk inserts hit at random stay in memory."""
        with self._lock:
            before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
            self.conn.execute(f"PRAGMA cache_size={-1024 * int(mib)}")
        try:
            yield
        finally:
            with self._lock:
                self.conn.execute(f"PRAGMA cache_size={int(before)}")

    # -- schema ---------------------------------------------------------------
    def _up_to_date(self) -> bool:
        """True when no migration is due: then opening takes no write lock at all."""
        try:
            have = dict(self.conn.execute("SELECT component, version FROM schema_versions"))
            has_id = self.conn.execute("SELECT 1 FROM meta WHERE key='store_id'").fetchone()
        except sqlite3.OperationalError:
            return False
        return bool(has_id) and all(
            have.get(c) == len(steps) for c, steps in self._migrations.items()
        )

    def _migrate(self) -> None:
        try:
            if self._up_to_date():
                return
            with self.transaction() as conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_versions "
                    "(component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
                )
                versions = {
                    r["component"]: r["version"]
                    for r in conn.execute("SELECT component, version FROM schema_versions")
                }
                for component, steps in self._migrations.items():
                    have = versions.get(component, 0)
                    if have > len(steps):
                        raise StoreError(
                            f"{self.path}: the store's {component!r} schema is version {have}, "
                            f"newer than this citeaudit knows ({len(steps)}); upgrade citeaudit"
                        )
                    for step in steps[have:]:
                        for statement in _split_sql(step):
                            conn.execute(statement)
                    if len(steps) != have:
                        conn.execute(
                            "INSERT INTO schema_versions(component, version) VALUES (?, ?) "
                            "ON CONFLICT(component) DO UPDATE SET version=excluded.version",
                            (component, len(steps)),
                        )
                if conn.execute("SELECT 1 FROM meta WHERE key='store_id'").fetchone() is None:
                    conn.execute(
                        "INSERT INTO meta(key, value) VALUES ('store_id', ?), ('created_at', ?)",
                        (uuid.uuid4().hex, utc_now()),
                    )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a citeaudit store or damaged ({exc})") from exc

    def schema_versions(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.query("SELECT component, version FROM schema_versions")}

    @property
    def store_id(self) -> str:
        return self.scalar("SELECT value FROM meta WHERE key='store_id'")

    # -- claims ---------------------------------------------------------------
    @contextmanager
    def claim(self, key: str, what: str, heartbeat_s: float = HEARTBEAT_S) -> Iterator[Claim]:
        """Hold `key` for the block, so that no other process does the same work meanwhile.

        Taken in one BEGIN IMMEDIATE transaction. A claim that a live process holds raises
        InProgressError naming `what`, the process and the host; one left behind by a dead
        process (its pid gone on this host, or no heartbeat for STALE_AFTER_S) is taken
        over. A thread renews the heartbeat every `heartbeat_s` while the block runs;
        leaving it releases the claim, whatever happened inside."""
        if key in self._claims:  # nested in a block that holds it already
            yield self._claims[key]
            return
        token = uuid.uuid4().hex
        with self.transaction() as conn:
            held = conn.execute("SELECT * FROM claims WHERE claim_key=?", (key,)).fetchone()
            if held is not None and _claim_alive(held):
                raise InProgressError(
                    f"{held['what']} is in progress in process {held['pid']} on "
                    f"{held['host']}; wait for it or use another store (--store)")
            now = utc_now()
            conn.execute("INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (key, what, os.getpid(), socket.gethostname(), token, now, now))
        stop = threading.Event()
        beat = threading.Thread(target=self._heartbeat, args=(token, stop, heartbeat_s),
                                daemon=True, name="claim-heartbeat")
        beat.start()
        self._claims[key] = Claim(self, token)
        try:
            yield self._claims[key]
        finally:
            del self._claims[key]
            stop.set()
            beat.join()
            with self.transaction() as conn:
                conn.execute("DELETE FROM claims WHERE token=?", (token,))

    def _heartbeat(self, token: str, stop: threading.Event, every_s: float) -> None:
        while not stop.wait(every_s):
            try:
                with self.transaction() as conn:
                    conn.execute("UPDATE claims SET heartbeat_at=? WHERE token=?",
                                 (utc_now(), token))
            except sqlite3.OperationalError:  # the store stayed busy: beat next time
                continue

    def live_claims(self, prefix: str = "") -> list[sqlite3.Row]:
        """The claims whose key starts with `prefix` that a live process may hold."""
        rows = self.query("SELECT * FROM claims WHERE substr(claim_key, 1, ?)=? "
                          "ORDER BY claim_key", (len(prefix), prefix))
        return [row for row in rows if _claim_alive(row)]

    def update_claim(self, token: str, what: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE claims SET what=? WHERE token=?", (what, token))


@dataclass(frozen=True)
class Claim:
    """A claim held in a `Store.claim` block."""

    store: Store
    token: str

    def describe(self, what: str) -> None:
        """Say what the holder is doing, as a second process will be told."""
        self.store.update_claim(self.token, what)


def claimed(key: str, what: str) -> Callable[[F], F]:
    """Decorator: run a stage function (the store its first argument) inside
    `store.claim(key, what)`."""

    def wrap(stage: F) -> F:
        @functools.wraps(stage)
        def run_claimed(store: Store, *args: Any, **kwargs: Any) -> Any:
            with store.claim(key, what):
                return stage(store, *args, **kwargs)

        return run_claimed  # type: ignore[return-value]

    return wrap


def _claim_alive(row: sqlite3.Row) -> bool:
    """Whether the process holding a claim may still be at work."""
    beat = datetime.fromisoformat(row["heartbeat_at"])
    if (datetime.now(timezone.utc) - beat).total_seconds() > STALE_AFTER_S:
        return False
    return row["host"] != socket.gethostname() or _pid_alive(row["pid"])


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there: trust the heartbeat
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
