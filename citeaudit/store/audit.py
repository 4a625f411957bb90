"""store.audit: dataset audit runs, their sources, pairs, measures, near duplicates, topics."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from citeaudit.core.errors import StoreError
from citeaudit.store.common import Part, dumps, loads, utc_now

# The audit_pairs columns an audit fills for each pair, in the order `insert_rows` takes them
# (pair_id and run_id are the store's; near_dup_of comes later, from `update_near_duplicates`).
PAIR_COLUMNS = ("subset", "split", "line", "n_turns", "flags", "prompt_hash", "pair_hash",
                "chosen_label", "rejected_label", "chosen_words", "rejected_words",
                "identity_groups", "minhash", "chosen_harm", "chosen_auto")
# (pair rows, LSH entries): one chunk of `insert_rows`.
PairChunk = tuple[Sequence[tuple], Sequence[tuple[int, int, int]]]
# The secondary indexes that an audit's inserts would update at random (prompt hash, LSH
# buckets). An audit that runs alone drops them while it stores pairs and builds them
# again, in one sorted pass each, before its cross-file pass (which reads them).
BULK_INDEXES = {
    "audit_pairs_prompt": "audit_pairs(run_id, prompt_hash)",
    "audit_lsh_bucket": "audit_lsh(run_id, band, bucket, pair_id)",
}

# Not results: when a run was made, and its settings (which hold the code's own paths).
VOLATILE_COLUMNS = frozenset({"created_at", "finished_at", "settings_json"})


def dump_tables(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every audit table of the store open on `conn`, all columns but `VOLATILE_COLUMNS`,
    rows sorted by those columns: two audits stored the same results when their dumps are
    equal. Takes a bare connection, so that a store an older citeaudit made is read as is."""
    out = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                 "AND name LIKE 'audit_%' ORDER BY name").fetchall():
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                   if row[1] not in VOLATILE_COLUMNS]
        order = ", ".join(str(i) for i in range(1, len(columns) + 1))
        out[table] = [tuple(row) for row in conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")]
    return out


class Audit(Part):
    """Audit runs (one per fingerprint of files and settings) and what each found per source."""

    def get_run_by_fingerprint(self, fingerprint: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM audit_runs WHERE fingerprint=? "
                          "ORDER BY run_id DESC LIMIT 1", (fingerprint,))
        return rows[0] if rows else None

    def get_run(self, run_id: int | None = None) -> sqlite3.Row | None:
        """The given run, or the latest finished one."""
        if run_id is not None:
            rows = self.query("SELECT * FROM audit_runs WHERE run_id=?", (run_id,))
        else:
            rows = self.query("SELECT * FROM audit_runs WHERE status='done' "
                              "ORDER BY run_id DESC LIMIT 1")
        return rows[0] if rows else None

    def insert_run(self, fingerprint: str, settings: dict[str, Any]) -> int:
        """Record a new run, status running; returns its id."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO audit_runs (fingerprint, settings_json, status, created_at) "
                "VALUES (?, ?, 'running', ?)", (fingerprint, dumps(settings), utc_now()))
            return int(cur.lastrowid)

    def update_run(self, run_id: int, *, status: str) -> None:
        """Set a run's status: 'running' (resumed), 'failed' (stopped on an error; a rerun
        resumes it) or 'done' (also stamps finished_at)."""
        finished_at = utc_now() if status == "done" else None
        with self.transaction() as conn:
            conn.execute("UPDATE audit_runs SET status=?, finished_at=COALESCE(?, finished_at) "
                         "WHERE run_id=?", (status, finished_at, run_id))

    def list_sources(self, run_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_sources WHERE run_id=? ORDER BY subset, split",
                          (run_id,))

    def upsert_source(self, run_id: int, subset: str, split: str, path: str,
                      sha256: str, size: int) -> None:
        """Mark a source as running and drop what an interrupted pass left of it."""
        with self.transaction() as conn:
            for table in ("audit_problems", "audit_measures", "audit_identity"):
                conn.execute(f"DELETE FROM {table} WHERE run_id=? AND subset=? AND split=?",
                             (run_id, subset, split))
            conn.execute(
                "DELETE FROM audit_lsh WHERE run_id=? AND pair_id IN (SELECT pair_id FROM "
                "audit_pairs WHERE run_id=? AND subset=? AND split=?)",
                (run_id, run_id, subset, split))
            conn.execute("DELETE FROM audit_pairs WHERE run_id=? AND subset=? AND split=?",
                         (run_id, subset, split))
            conn.execute(
                "INSERT OR REPLACE INTO audit_sources (run_id, subset, split, path, sha256, "
                "bytes, status) VALUES (?, ?, ?, ?, ?, ?, 'running')",
                (run_id, subset, split, path, sha256, size))

    def insert_rows(self, run_id: int, chunks: Iterable[PairChunk],
                    problems: list[tuple[str, str, int, str, str]]) -> None:
        """Append batches of pair rows (with their LSH band keys) and problems, in one
        transaction. Each chunk is (pairs, lsh): pair rows as tuples in `PAIR_COLUMNS`
        order, and LSH entries as (band, bucket, index of the pair in `pairs`).

        Pair ids go on from both the largest id and the AUTOINCREMENT sequence (what
        SQLite gives a row without one), so a chunk's LSH entries know their pairs' ids
        before they are stored; the ids are checked after."""
        run = int(run_id)
        pair_sql = (f"INSERT INTO audit_pairs (run_id, {', '.join(PAIR_COLUMNS)}) VALUES "
                    f"({run}{', ?' * len(PAIR_COLUMNS)})")
        with self.transaction() as conn:
            first = next_id = 1 + conn.execute(
                "SELECT MAX(COALESCE((SELECT MAX(pair_id) FROM audit_pairs), 0), "
                "COALESCE((SELECT seq FROM sqlite_sequence WHERE name='audit_pairs'), 0))"
            ).fetchone()[0]
            for pairs, lsh in chunks:
                conn.executemany(pair_sql, pairs)
                # The ids are literals, so the entries go in as the worker packed them.
                conn.executemany(f"INSERT INTO audit_lsh (run_id, band, bucket, pair_id) "
                                 f"VALUES ({run}, ?, ?, {int(next_id)} + ?)", lsh)
                next_id += len(pairs)
            if next_id > first:
                last = conn.execute("SELECT MAX(pair_id) FROM audit_pairs").fetchone()[0]
                if last != next_id - 1:
                    raise StoreError(f"audit_pairs ids ran to {last}, not {next_id - 1}: "
                                     "the LSH entries of this batch would miss their pairs")
            conn.executemany(
                "INSERT INTO audit_problems (run_id, subset, split, line, kind, message) "
                "VALUES (?, ?, ?, ?, ?, ?)", [(run_id, *p) for p in problems])

    def drop_bulk_indexes(self, token: str, new_pairs: int) -> bool:
        """Drop `BULK_INDEXES` before a bulk insert of about `new_pairs` pairs; True when
        dropped. Kept when the store already holds more pairs (rebuilding their entries
        would cost more than the random inserts save) or when a live process other than the
        holder of claim `token` holds an audit claim (its cross-file pass may be reading
        them). Only speed depends on them: a run cut short leaves them to its rerun, and
        `create_bulk_indexes` builds what is missing."""
        with self.transaction() as conn:
            if conn.execute("SELECT COUNT(*) FROM audit_pairs").fetchone()[0] > new_pairs:
                return False
            if any(row["token"] != token for row in self.store.live_claims("audit ")):
                return False
            for name in BULK_INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
        return True

    def create_bulk_indexes(self) -> None:
        """Build whichever of `BULK_INDEXES` is missing."""
        with self.transaction() as conn:
            for name, columns in BULK_INDEXES.items():
                conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}")

    def dump_tables(self) -> dict[str, list[tuple]]:
        """Every audit table's results (`dump_tables`), to compare two stores."""
        with self.store._lock:
            return dump_tables(self.store.conn)

    def update_source(self, run_id: int, subset: str, split: str, n_records: int,
                      n_problems: int, measures: dict[str, Any],
                      identity_rows: list[tuple]) -> None:
        """Record a finished source: its counts, measures and identity rows; status done."""
        with self.transaction() as conn:
            self.upsert_measures(run_id, subset, split, measures)
            conn.executemany(
                "INSERT OR REPLACE INTO audit_identity VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, subset, split, *r) for r in identity_rows])
            conn.execute(
                "UPDATE audit_sources SET status='done', n_records=?, n_problems=?, "
                "finished_at=? WHERE run_id=? AND subset=? AND split=?",
                (n_records, n_problems, utc_now(), run_id, subset, split))

    def upsert_measures(self, run_id: int, subset: str, split: str,
                        measures: dict[str, Any]) -> None:
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO audit_measures VALUES (?, ?, ?, ?, ?)",
                [(run_id, subset, split, name, dumps(value)) for name, value in measures.items()])

    def get_measures(self, run_id: int) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for r in self.query("SELECT * FROM audit_measures WHERE run_id=? "
                            "ORDER BY subset, split, name", (run_id,)):
            out.setdefault((r["subset"], r["split"]), {})[r["name"]] = loads(r["value_json"])
        return out

    def list_identity(self, run_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_identity WHERE run_id=? "
                          "ORDER BY subset, split, part, axis, grp", (run_id,))

    def list_problems(self, run_id: int, limit: int = 1000) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_problems WHERE run_id=? "
                          "ORDER BY subset, split, line LIMIT ?", (run_id, limit))

    def count_duplicates(self, run_id: int) -> list[sqlite3.Row]:
        """Per source: pairs, distinct prompts, pairs whose prompt (or whole pair) occurs
        again in the same source, pairs whose prompt occurs in another source, and pairs
        with a near-duplicate prompt."""
        return self.query(
            """
            SELECT subset, split, COUNT(*) AS pairs,
                COUNT(DISTINCT prompt_hash) AS distinct_prompts,
                SUM(n_prompt > 1) AS exact_dup_prompt,
                SUM(n_pair > 1) AS exact_dup_pair,
                SUM(n_prompt_run > n_prompt) AS prompt_in_other_source,
                SUM(near_dup_of IS NOT NULL) AS near_dup_prompt
            FROM (
                SELECT subset, split, prompt_hash, near_dup_of,
                    COUNT(*) OVER (PARTITION BY subset, split, prompt_hash) AS n_prompt,
                    COUNT(*) OVER (PARTITION BY subset, split, pair_hash) AS n_pair,
                    COUNT(*) OVER (PARTITION BY prompt_hash) AS n_prompt_run
                FROM audit_pairs WHERE run_id=?
            ) GROUP BY subset, split ORDER BY subset, split
            """, (run_id,))

    def list_lsh_candidates(self, run_id: int, page: int = 20000
                            ) -> Iterator[tuple[int, int, int, bytes]]:
        """(band, bucket, pair_id, minhash) of every LSH entry that shares its bucket with
        another entry, in bucket order, fetched page by page (keyset paging on the index)
        so memory stays flat. Entries alone in their bucket have nothing to compare with.
        Plain tuples: there can be millions of them."""
        last = (-1, -(1 << 63), -1)
        while True:
            rows = self.store.query_tuples(
                """
                SELECT l.band, l.bucket, l.pair_id, p.minhash
                FROM audit_lsh l JOIN audit_pairs p ON p.pair_id=l.pair_id
                WHERE l.run_id=? AND (l.band, l.bucket, l.pair_id) > (?, ?, ?)
                    AND EXISTS (SELECT 1 FROM audit_lsh o WHERE o.run_id=l.run_id
                                AND o.band=l.band AND o.bucket=l.bucket
                                AND o.pair_id<>l.pair_id)
                ORDER BY l.band, l.bucket, l.pair_id LIMIT ?
                """, (run_id, *last, page))
            if not rows:
                return
            yield from rows
            last = rows[-1][:3]

    def delete_near_duplicates(self, run_id: int) -> None:
        """Clear a run's near-duplicate marks (the pairs stay)."""
        with self.transaction() as conn:
            conn.execute("UPDATE audit_pairs SET near_dup_of=NULL WHERE run_id=? "
                         "AND near_dup_of IS NOT NULL", (run_id,))

    def update_near_duplicates(self, marks: list[tuple[int, int]]) -> None:
        """[(pair_id, representative_id)]: keep the smallest representative per pair."""
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE audit_pairs SET near_dup_of=?2 WHERE pair_id=?1 "
                "AND (near_dup_of IS NULL OR near_dup_of > ?2)", marks)

    def upsert_topics(self, run_id: int, topics: list[dict[str, Any]]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM audit_topics WHERE run_id=?", (run_id,))
            conn.executemany(
                "INSERT INTO audit_topics VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, t["topic"], dumps(t["top_terms"]), t["n_docs"], t["share"],
                  dumps(t["examples"])) for t in topics])

    def list_topics(self, run_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_topics WHERE run_id=? ORDER BY n_docs DESC",
                          (run_id,))

    def list_pair_runs(self, subset: str, split: str, lines: Iterable[int]) -> dict[int, int]:
        """For each line of one source, the latest finished run that holds that pair."""
        wanted = sorted(set(lines))
        found: dict[int, int] = {}
        for start in range(0, len(wanted), 500):  # below SQLite's variable limit
            chunk = wanted[start:start + 500]
            found.update((int(line), int(run_id)) for line, run_id in self.query(
                "SELECT p.line, MAX(p.run_id) FROM audit_pairs p JOIN audit_runs r "
                "USING (run_id) WHERE r.status='done' AND p.subset=? AND p.split=? "
                f"AND p.line IN ({','.join('?' * len(chunk))}) GROUP BY p.line",
                [subset, split, *chunk]))
        return found

    def list_pairs(self, run_id: int, subset: str | None = None,
                   split: str | None = None) -> list[sqlite3.Row]:
        """Pair rows (without signatures) of a run, optionally one source, in file order."""
        sql = ("SELECT pair_id, run_id, subset, split, line, n_turns, flags, prompt_hash, "
               "pair_hash, chosen_label, rejected_label, chosen_words, rejected_words, "
               "identity_groups, near_dup_of, chosen_harm, chosen_auto FROM audit_pairs "
               "WHERE run_id=?")
        params: list[Any] = [run_id]
        if subset:
            sql += " AND subset=?"
            params.append(subset)
        if split:
            sql += " AND split=?"
            params.append(split)
        return self.query(sql + " ORDER BY subset, split, line", params)

    def upsert_judge_answers(self, rows: list[dict[str, Any]]) -> None:
        """Store LLM-judge answers for sampled pairs (judge_key, unit_id, model, format,
        label or None, problem, answers: the raw texts) in one transaction."""
        now = utc_now()
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO audit_judge_answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(r["judge_key"], r["unit_id"], r["model"], r["format"], r.get("label"),
                  r.get("problem"), dumps(list(r.get("answers") or [])), now) for r in rows])

    def get_judge_answers(self, keys: Iterable[str]) -> dict[str, sqlite3.Row]:
        """Cached judge answers by judge_key (only stored keys)."""
        rows = self.query_in("SELECT * FROM audit_judge_answers WHERE judge_key IN", keys)
        return {row["judge_key"]: row for row in rows}
