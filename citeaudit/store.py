"""The corpus store: one SQLite file, a versioned schema per component, and every SQL statement.

Stages call the methods here; nothing else writes SQL. Each component (core, passages,
coding, audit, eval, ...) owns an ordered list of migrations; the version reached by each
is kept in `schema_versions`, so a newer citeaudit upgrades an older store in place.
"""

from __future__ import annotations

import functools
import json
import os
import re
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


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None, default: Any = None) -> Any:
    return default if text is None else json.loads(text)


# ---------------------------------------------------------------------------
# Schema. Append new migrations at the end of a component's list; never edit one
# that has shipped.
# ---------------------------------------------------------------------------
MIGRATIONS: dict[str, list[str]] = {}

MIGRATIONS["core"] = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE papers (
        paper_id TEXT PRIMARY KEY,
        corpus_id INTEGER,
        title TEXT,
        year INTEGER,
        publication_date TEXT,
        venue TEXT,
        authors_json TEXT,
        citation_count INTEGER,
        influential_citation_count INTEGER,
        arxiv_id TEXT,
        doi TEXT,
        acl_id TEXT,
        external_ids_json TEXT,
        open_access_pdf_url TEXT,
        publication_types_json TEXT,
        fields_of_study_json TEXT,
        abstract TEXT,
        raw_json TEXT NOT NULL,
        details_fetched_at TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX papers_arxiv ON papers(arxiv_id);
    CREATE INDEX papers_doi ON papers(doi);
    CREATE TABLE targets (
        query TEXT PRIMARY KEY,
        paper_id TEXT NOT NULL REFERENCES papers(paper_id),
        resolved_at TEXT NOT NULL
    );
    CREATE TABLE citations (
        target_paper_id TEXT NOT NULL,
        citing_paper_id TEXT NOT NULL REFERENCES papers(paper_id),
        is_influential INTEGER,
        contexts_json TEXT,
        intents_json TEXT,
        raw_json TEXT NOT NULL,
        PRIMARY KEY (target_paper_id, citing_paper_id)
    );
    CREATE TABLE fetch_pages (
        target_paper_id TEXT NOT NULL,
        date_filter TEXT NOT NULL,
        page_offset INTEGER NOT NULL,
        page_limit INTEGER NOT NULL,
        n_rows INTEGER NOT NULL,
        next_offset INTEGER,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (target_paper_id, date_filter, page_offset)
    );
    CREATE TABLE selections (
        selection_id INTEGER PRIMARY KEY AUTOINCREMENT,
        target_paper_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        top_n INTEGER NOT NULL,
        as_of TEXT,
        n_candidates INTEGER NOT NULL,
        n_twins_merged INTEGER NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE selection_items (
        selection_id INTEGER NOT NULL REFERENCES selections(selection_id),
        rank INTEGER NOT NULL,
        paper_id TEXT NOT NULL REFERENCES papers(paper_id),
        twin_ids_json TEXT NOT NULL,
        score_json TEXT NOT NULL,
        PRIMARY KEY (selection_id, rank)
    );
    CREATE TABLE paper_references (
        citing_paper_id TEXT NOT NULL,
        cited_paper_id TEXT NOT NULL,
        cited_title TEXT,
        raw_json TEXT NOT NULL,
        PRIMARY KEY (citing_paper_id, cited_paper_id)
    );
    CREATE TABLE reference_fetches (
        paper_id TEXT PRIMARY KEY,
        n_references INTEGER NOT NULL,
        fetched_at TEXT NOT NULL
    );
    """,
]

# --- passages migrations ---
MIGRATIONS["passages"] = [
    """
    CREATE TABLE pdf_downloads (
        paper_id TEXT PRIMARY KEY REFERENCES papers(paper_id),
        state TEXT NOT NULL,
        reason TEXT,
        source TEXT,
        url TEXT,
        file_name TEXT,
        sha256 TEXT,
        n_bytes INTEGER,
        n_pages INTEGER,
        http_status INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE pdf_extractions (
        paper_id TEXT PRIMARY KEY REFERENCES papers(paper_id),
        state TEXT NOT NULL,
        reason TEXT,
        sha256 TEXT,
        n_pages INTEGER,
        n_passages INTEGER,
        marker_style TEXT,
        markers_json TEXT,
        bib_entry TEXT,
        extracted_at TEXT NOT NULL
    );
    CREATE TABLE pages (
        paper_id TEXT NOT NULL REFERENCES papers(paper_id),
        page INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (paper_id, page)
    );
    CREATE TABLE passages (
        passage_id TEXT PRIMARY KEY,
        paper_id TEXT NOT NULL REFERENCES papers(paper_id),
        source TEXT NOT NULL CHECK (source IN ('pdf', 's2-context', 's2-snippet')),
        page INTEGER,
        section TEXT,
        sentence TEXT NOT NULL,
        context_before TEXT NOT NULL DEFAULT '',
        context_after TEXT NOT NULL DEFAULT '',
        matched TEXT,
        match_kind TEXT CHECK (match_kind IN ('alias', 'marker') OR match_kind IS NULL),
        duplicate_of TEXT REFERENCES passages(passage_id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE INDEX passages_paper ON passages(paper_id, source, page, position);
    CREATE TABLE snippet_fetches (
        paper_id TEXT PRIMARY KEY REFERENCES papers(paper_id),
        n_snippets INTEGER NOT NULL,
        fetched_at TEXT NOT NULL
    );
    """,
    "ALTER TABLE pdf_extractions ADD COLUMN extractor_version INTEGER",
    # what each candidate source (url) answered, so a rerun retries only the retryable ones
    "ALTER TABLE pdf_downloads ADD COLUMN sources_json TEXT",
]

# --- coding migrations ---
MIGRATIONS["coding"] = [
    """
    CREATE TABLE coding_units (
        unit_type TEXT NOT NULL,
        unit_id TEXT NOT NULL,
        position INTEGER,
        display_json TEXT NOT NULL,
        evidence_json TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (unit_type, unit_id)
    );
    CREATE TABLE codebooks (
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        unit_type TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        yaml_text TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        PRIMARY KEY (name, version)
    );
    CREATE TABLE codes (
        unit_type TEXT NOT NULL,
        unit_id TEXT NOT NULL,
        codebook TEXT NOT NULL,
        codebook_version TEXT NOT NULL,
        dimension TEXT NOT NULL,
        coder TEXT NOT NULL,
        value_json TEXT NOT NULL,
        confidence REAL,
        evidence_json TEXT NOT NULL DEFAULT '[]',
        source TEXT NOT NULL,
        import_id INTEGER,
        coded_at TEXT NOT NULL,
        PRIMARY KEY (unit_type, unit_id, codebook, codebook_version, dimension, coder)
    );
    CREATE INDEX codes_by_coder ON codes(codebook, codebook_version, unit_type, coder);
    CREATE TABLE code_history (
        history_id INTEGER PRIMARY KEY AUTOINCREMENT,
        unit_type TEXT NOT NULL,
        unit_id TEXT NOT NULL,
        codebook TEXT NOT NULL,
        codebook_version TEXT NOT NULL,
        dimension TEXT NOT NULL,
        coder TEXT NOT NULL,
        old_value_json TEXT,
        value_json TEXT NOT NULL,
        confidence REAL,
        evidence_json TEXT NOT NULL DEFAULT '[]',
        source TEXT NOT NULL,
        import_id INTEGER,
        coded_at TEXT NOT NULL
    );
    CREATE INDEX code_history_unit ON code_history(unit_type, unit_id, codebook, dimension);
    CREATE TABLE coding_exports (
        export_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        codebook TEXT NOT NULL,
        codebook_version TEXT NOT NULL,
        unit_type TEXT NOT NULL,
        coder TEXT NOT NULL,
        file_format TEXT NOT NULL,
        path TEXT NOT NULL,
        snapshot_json TEXT NOT NULL,
        exported_at TEXT NOT NULL
    );
    CREATE TABLE coding_imports (
        import_id INTEGER PRIMARY KEY AUTOINCREMENT,
        file_sha256 TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        export_id TEXT NOT NULL,
        coder TEXT NOT NULL,
        n_changed INTEGER NOT NULL,
        report_json TEXT NOT NULL,
        imported_at TEXT NOT NULL
    );
    """,
]

# --- audit migrations ---
MIGRATIONS["audit"] = [
    """
    CREATE TABLE audit_runs (
        run_id INTEGER PRIMARY KEY AUTOINCREMENT,
        fingerprint TEXT NOT NULL,
        settings_json TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE INDEX audit_runs_fingerprint ON audit_runs(fingerprint);
    CREATE TABLE audit_sources (
        run_id INTEGER NOT NULL REFERENCES audit_runs(run_id),
        subset TEXT NOT NULL,
        split TEXT NOT NULL,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        status TEXT NOT NULL,
        n_records INTEGER,
        n_problems INTEGER,
        finished_at TEXT,
        PRIMARY KEY (run_id, subset, split)
    );
    CREATE TABLE audit_problems (
        run_id INTEGER NOT NULL,
        subset TEXT NOT NULL,
        split TEXT NOT NULL,
        line INTEGER NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL
    );
    CREATE INDEX audit_problems_source ON audit_problems(run_id, subset, split, line);
    CREATE TABLE audit_measures (
        run_id INTEGER NOT NULL,
        subset TEXT NOT NULL,
        split TEXT NOT NULL,
        name TEXT NOT NULL,
        value_json TEXT NOT NULL,
        PRIMARY KEY (run_id, subset, split, name)
    );
    CREATE TABLE audit_identity (
        run_id INTEGER NOT NULL,
        subset TEXT NOT NULL,
        split TEXT NOT NULL,
        part TEXT NOT NULL,
        axis TEXT NOT NULL,
        grp TEXT NOT NULL,
        mentions_raw INTEGER NOT NULL,
        mentions_person INTEGER NOT NULL,
        units_raw INTEGER NOT NULL,
        units_person INTEGER NOT NULL,
        PRIMARY KEY (run_id, subset, split, part, axis, grp)
    );
    CREATE TABLE audit_pairs (
        pair_id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER NOT NULL,
        subset TEXT NOT NULL,
        split TEXT NOT NULL,
        line INTEGER NOT NULL,
        n_turns INTEGER NOT NULL,
        flags TEXT NOT NULL,
        prompt_hash TEXT NOT NULL,
        pair_hash TEXT NOT NULL,
        chosen_label TEXT,
        rejected_label TEXT,
        chosen_words INTEGER,
        rejected_words INTEGER,
        identity_groups TEXT NOT NULL,
        minhash BLOB,
        near_dup_of INTEGER
    );
    CREATE INDEX audit_pairs_source ON audit_pairs(run_id, subset, split, line);
    CREATE INDEX audit_pairs_prompt ON audit_pairs(run_id, prompt_hash);
    CREATE INDEX audit_pairs_pair ON audit_pairs(run_id, pair_hash);
    CREATE TABLE audit_lsh (
        run_id INTEGER NOT NULL,
        band INTEGER NOT NULL,
        bucket INTEGER NOT NULL,
        pair_id INTEGER NOT NULL
    );
    CREATE INDEX audit_lsh_bucket ON audit_lsh(run_id, band, bucket, pair_id);
    CREATE TABLE audit_topics (
        run_id INTEGER NOT NULL,
        topic INTEGER NOT NULL,
        top_terms_json TEXT NOT NULL,
        n_docs INTEGER NOT NULL,
        share REAL NOT NULL,
        examples_json TEXT NOT NULL,
        PRIMARY KEY (run_id, topic)
    );
    """,
    # The harm signal of the chosen response (its category, NULL when not flagged).
    """
    ALTER TABLE audit_pairs ADD COLUMN chosen_harm TEXT;
    """,
]

# --- eval migrations ---
MIGRATIONS["eval"] = [
    """
    CREATE TABLE eval_prompts (
        prompt_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        suite TEXT NOT NULL,
        grp TEXT,
        axis TEXT,
        template_id TEXT,
        unsafe INTEGER,
        meta_json TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE eval_generations (
        gen_key TEXT PRIMARY KEY,
        backend TEXT NOT NULL,
        model TEXT NOT NULL,
        revision TEXT NOT NULL DEFAULT '',
        prompt_id TEXT NOT NULL REFERENCES eval_prompts(prompt_id),
        params_json TEXT NOT NULL,
        sample_index INTEGER NOT NULL,
        seed INTEGER,
        response TEXT NOT NULL,
        source TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX eval_generations_model ON eval_generations(model, prompt_id);
    CREATE TABLE eval_labels (
        gen_key TEXT NOT NULL REFERENCES eval_generations(gen_key),
        classifier TEXT NOT NULL,
        label TEXT NOT NULL,
        labelled_at TEXT NOT NULL,
        PRIMARY KEY (gen_key, classifier)
    );
    """,
    """
    CREATE TABLE eval_judge_answers (
        judge_key TEXT NOT NULL,
        gen_key TEXT NOT NULL REFERENCES eval_generations(gen_key),
        classifier TEXT NOT NULL,
        label TEXT,
        problem TEXT,
        answers_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (judge_key, gen_key)
    );
    CREATE INDEX eval_judge_answers_gen ON eval_judge_answers(gen_key, classifier);
    """,
    # `eval import` stored a file's bare prompt id ("1"), so prompt 1 of a second file replaced
    # the first's; imported prompts are now known within their suite ("suite:1") like every
    # suite's. Prompts only imported generations use move to that id unless it is taken.
    """
    CREATE TEMP TABLE eval_prompt_moves AS
        SELECT prompt_id AS old_id, suite || ':' || prompt_id AS new_id FROM eval_prompts p
        WHERE substr(prompt_id, 1, length(suite) + 1) <> suite || ':'
          AND EXISTS (SELECT 1 FROM eval_generations g
                      WHERE g.prompt_id = p.prompt_id AND g.backend = 'import')
          AND NOT EXISTS (SELECT 1 FROM eval_generations g
                          WHERE g.prompt_id = p.prompt_id AND g.backend <> 'import')
          AND NOT EXISTS (SELECT 1 FROM eval_prompts q
                          WHERE q.prompt_id = p.suite || ':' || p.prompt_id);
    INSERT INTO eval_prompts
        SELECT m.new_id, text, suite, grp, axis, template_id, unsafe, meta_json, updated_at
        FROM eval_prompts JOIN eval_prompt_moves m ON prompt_id = m.old_id;
    UPDATE eval_generations
        SET prompt_id = (SELECT new_id FROM eval_prompt_moves WHERE old_id = prompt_id)
        WHERE prompt_id IN (SELECT old_id FROM eval_prompt_moves);
    DELETE FROM eval_prompts WHERE prompt_id IN (SELECT old_id FROM eval_prompt_moves);
    DROP TABLE eval_prompt_moves;
    """,
]

# --- training migrations ---
MIGRATIONS["training"] = [
    """
    CREATE TABLE experiments (
        experiment_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        hyperparameters_sha256 TEXT NOT NULL,
        base_model TEXT NOT NULL,
        reference_variant TEXT NOT NULL,
        params_json TEXT NOT NULL,
        prompt_ids_json TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE experiment_models (
        experiment_id INTEGER NOT NULL REFERENCES experiments(experiment_id),
        variant TEXT NOT NULL,
        model TEXT NOT NULL,
        revision TEXT NOT NULL,
        metadata_json TEXT NOT NULL,
        PRIMARY KEY (experiment_id, variant)
    );
    """,
]


# --- claims migrations ---
MIGRATIONS["claims"] = [
    # Who is doing a piece of work that two processes must not do at once (`Store.claim`).
    """
    CREATE TABLE claims (
        claim_key TEXT PRIMARY KEY,
        what TEXT NOT NULL,
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        token TEXT NOT NULL,
        started_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL
    );
    """,
]

F = TypeVar("F", bound=Callable[..., Any])
HEARTBEAT_S = 30.0  # how often a held claim says it is alive
STALE_AFTER_S = 600.0  # a claim silent this long is abandoned (its host may have died)


@dataclass(frozen=True)
class Selection:
    selection_id: int
    target_paper_id: str
    rule: str
    top_n: int
    as_of: str | None
    n_candidates: int
    n_twins_merged: int
    created_at: str


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

    def describe_claim(self, token: str, what: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE claims SET what=? WHERE token=?", (what, token))

    def claims(self) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM claims ORDER BY claim_key")

    # -- papers ---------------------------------------------------------------
    def upsert_papers(self, papers: Iterable[dict[str, Any]], *, details: bool = False) -> int:
        """Insert or refresh papers from S2 JSON; returns how many were written.

        Fields absent from `raw` keep their stored value, so a thin record never
        erases a fuller one; the stored raw JSON is the union of both.
        """
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for raw in papers:
                pid = raw.get("paperId")
                if not pid:
                    continue
                old = conn.execute(
                    "SELECT raw_json FROM papers WHERE paper_id=?", (pid,)
                ).fetchone()
                merged = {**loads(old["raw_json"], {}), **raw} if old else dict(raw)
                row = _paper_columns(merged)
                conn.execute(
                    """
                    INSERT INTO papers (paper_id, corpus_id, title, year, publication_date, venue,
                        authors_json, citation_count, influential_citation_count, arxiv_id, doi,
                        acl_id, external_ids_json, open_access_pdf_url, publication_types_json,
                        fields_of_study_json, abstract, raw_json, details_fetched_at, updated_at)
                    VALUES (:paper_id, :corpus_id, :title, :year, :publication_date, :venue,
                        :authors_json, :citation_count, :influential_citation_count, :arxiv_id,
                        :doi, :acl_id, :external_ids_json, :open_access_pdf_url,
                        :publication_types_json, :fields_of_study_json, :abstract, :raw_json,
                        :details_fetched_at, :updated_at)
                    ON CONFLICT(paper_id) DO UPDATE SET
                        corpus_id=excluded.corpus_id, title=excluded.title, year=excluded.year,
                        publication_date=excluded.publication_date, venue=excluded.venue,
                        authors_json=excluded.authors_json, citation_count=excluded.citation_count,
                        influential_citation_count=excluded.influential_citation_count,
                        arxiv_id=excluded.arxiv_id, doi=excluded.doi, acl_id=excluded.acl_id,
                        external_ids_json=excluded.external_ids_json,
                        open_access_pdf_url=excluded.open_access_pdf_url,
                        publication_types_json=excluded.publication_types_json,
                        fields_of_study_json=excluded.fields_of_study_json,
                        abstract=excluded.abstract, raw_json=excluded.raw_json,
                        details_fetched_at=COALESCE(excluded.details_fetched_at,
                                                    papers.details_fetched_at),
                        updated_at=excluded.updated_at
                    """,
                    {**row, "details_fetched_at": now if details else None, "updated_at": now},
                )
                n += 1
        return n

    def paper(self, paper_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM papers WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def papers(self, paper_ids: Iterable[str]) -> dict[str, sqlite3.Row]:
        rows = self.query_in("SELECT * FROM papers WHERE paper_id IN", paper_ids)
        return {row["paper_id"]: row for row in rows}

    def find_paper_id(self, text: str) -> str | None:
        """A stored paper by S2 id, arXiv id, DOI or corpus id (case-insensitive)."""
        text = text.strip()
        bare = re.sub(r"^(arxiv|doi|corpusid):", "", text, flags=re.IGNORECASE)
        for sql, value in (
            ("SELECT paper_id FROM papers WHERE paper_id=?", text),
            ("SELECT paper_id FROM papers WHERE lower(arxiv_id)=lower(?)", bare),
            ("SELECT paper_id FROM papers WHERE lower(doi)=lower(?)", bare),
            ("SELECT paper_id FROM papers WHERE CAST(corpus_id AS TEXT)=?", bare),
        ):
            found = self.scalar(sql, (value,))
            if found:
                return found
        return None

    # -- targets --------------------------------------------------------------
    def remember_target(self, query: str, paper: dict[str, Any]) -> None:
        with self.transaction() as conn:
            self.upsert_papers([paper], details=True)
            conn.execute(
                "INSERT INTO targets(query, paper_id, resolved_at) VALUES (?, ?, ?) "
                "ON CONFLICT(query) DO UPDATE SET paper_id=excluded.paper_id, "
                "resolved_at=excluded.resolved_at",
                (query, paper["paperId"], utc_now()),
            )

    def target_paper_id(self, query: str) -> str | None:
        return self.scalar("SELECT paper_id FROM targets WHERE query=?", (query,))

    def latest_target_paper_id(self) -> str | None:
        return self.scalar(
            "SELECT paper_id FROM targets ORDER BY resolved_at DESC, rowid DESC LIMIT 1"
        )

    # -- citation pages ---------------------------------------------------------
    def fetch_pages(self, target_paper_id: str, date_filter: str) -> list[sqlite3.Row]:
        return self.query(
            "SELECT * FROM fetch_pages WHERE target_paper_id=? AND date_filter=? "
            "ORDER BY page_offset",
            (target_paper_id, date_filter),
        )

    def save_citation_page(
        self,
        target_paper_id: str,
        date_filter: str,
        page_offset: int,
        page_limit: int,
        rows: list[dict[str, Any]],
        next_offset: int | None,
    ) -> None:
        """Store one page of citations and its bookkeeping in one transaction."""
        with self.transaction() as conn:
            citing = [r["citingPaper"] for r in rows if (r.get("citingPaper") or {}).get("paperId")]
            self.upsert_papers(citing)
            for r in rows:
                pid = (r.get("citingPaper") or {}).get("paperId")
                if not pid:
                    continue
                edge = {k: v for k, v in r.items() if k != "citingPaper"}
                conn.execute(
                    """
                    INSERT INTO citations (target_paper_id, citing_paper_id, is_influential,
                        contexts_json, intents_json, raw_json)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(target_paper_id, citing_paper_id) DO UPDATE SET
                        is_influential=excluded.is_influential,
                        contexts_json=excluded.contexts_json,
                        intents_json=excluded.intents_json, raw_json=excluded.raw_json
                    """,
                    (
                        target_paper_id,
                        pid,
                        None if r.get("isInfluential") is None else int(bool(r["isInfluential"])),
                        dumps(r.get("contexts") or []),
                        dumps(r.get("intents") or []),
                        dumps(edge),
                    ),
                )
            conn.execute(
                "INSERT OR REPLACE INTO fetch_pages VALUES (?, ?, ?, ?, ?, ?, ?)",
                (target_paper_id, date_filter, page_offset, page_limit, len(rows), next_offset,
                 utc_now()),
            )

    def forget_fetch(self, target_paper_id: str, date_filter: str) -> None:
        """Drop the paging record (not the papers) so the next fetch pages again."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM fetch_pages WHERE target_paper_id=? AND date_filter=?",
                (target_paper_id, date_filter),
            )

    def citing_papers(self, target_paper_id: str) -> list[sqlite3.Row]:
        """Citing papers joined with their citation edge to the target."""
        return self.query(
            """
            SELECT p.*, c.is_influential, c.contexts_json, c.intents_json
            FROM citations c JOIN papers p ON p.paper_id = c.citing_paper_id
            WHERE c.target_paper_id=? ORDER BY p.paper_id
            """,
            (target_paper_id,),
        )

    def citation_edge(self, target_paper_id: str, citing_paper_id: str) -> sqlite3.Row | None:
        rows = self.query(
            "SELECT * FROM citations WHERE target_paper_id=? AND citing_paper_id=?",
            (target_paper_id, citing_paper_id),
        )
        return rows[0] if rows else None

    # -- selections -------------------------------------------------------------
    def save_selection(
        self,
        target_paper_id: str,
        rule: str,
        top_n: int,
        as_of: str | None,
        n_candidates: int,
        n_twins_merged: int,
        items: list[tuple[str, list[str], dict[str, Any]]],
    ) -> int:
        """Store a ranked selection [(paper_id, twin_ids, score), ...]; returns its id.

        Re-storing the same ranking with the same settings keeps the existing record.
        """
        with self.transaction() as conn:
            latest = self.current_selection(target_paper_id)
            if latest and (latest.rule, latest.top_n, latest.as_of) == (rule, top_n, as_of):
                stored = [
                    (r["paper_id"], loads(r["twin_ids_json"]), loads(r["score_json"]))
                    for r in conn.execute(
                        "SELECT * FROM selection_items WHERE selection_id=? ORDER BY rank",
                        (latest.selection_id,),
                    )
                ]
                if stored == [(p, list(t), dict(s)) for p, t, s in items]:
                    return latest.selection_id
            cur = conn.execute(
                "INSERT INTO selections (target_paper_id, rule, top_n, as_of, n_candidates, "
                "n_twins_merged, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (target_paper_id, rule, top_n, as_of, n_candidates, n_twins_merged, utc_now()),
            )
            selection_id = int(cur.lastrowid)
            conn.executemany(
                "INSERT INTO selection_items VALUES (?, ?, ?, ?, ?)",
                [
                    (selection_id, rank, pid, dumps(twins), dumps(score))
                    for rank, (pid, twins, score) in enumerate(items, start=1)
                ],
            )
        return selection_id

    def current_selection(self, target_paper_id: str | None = None) -> Selection | None:
        sql = "SELECT * FROM selections"
        params: tuple[Any, ...] = ()
        if target_paper_id:
            sql += " WHERE target_paper_id=?"
            params = (target_paper_id,)
        rows = self.query(sql + " ORDER BY selection_id DESC LIMIT 1", params)
        return Selection(**dict(rows[0])) if rows else None

    def selection_items(self, selection_id: int) -> list[sqlite3.Row]:
        return self.query(
            """
            SELECT s.rank, s.twin_ids_json, s.score_json, p.*
            FROM selection_items s JOIN papers p ON p.paper_id = s.paper_id
            WHERE s.selection_id=? ORDER BY s.rank
            """,
            (selection_id,),
        )

    def selected_paper_ids(self, target_paper_id: str | None = None) -> list[str]:
        selection = self.current_selection(target_paper_id)
        if selection is None:
            return []
        return [r["paper_id"] for r in self.selection_items(selection.selection_id)]

    # -- references -------------------------------------------------------------
    def papers_without_references(self, paper_ids: Iterable[str]) -> list[str]:
        ids = list(paper_ids)
        done = {r[0] for r in self.query_in(
            "SELECT paper_id FROM reference_fetches WHERE paper_id IN", ids)}
        return [i for i in ids if i not in done]

    def save_references(self, paper_id: str, references: list[dict[str, Any]]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM paper_references WHERE citing_paper_id=?", (paper_id,))
            for ref in references:
                cited = (ref or {}).get("paperId")
                if not cited:
                    continue
                conn.execute(
                    "INSERT OR REPLACE INTO paper_references VALUES (?, ?, ?, ?)",
                    (paper_id, cited, ref.get("title"), dumps(ref)),
                )
            conn.execute(
                "INSERT OR REPLACE INTO reference_fetches VALUES (?, ?, ?)",
                (paper_id, len(references), utc_now()),
            )

    def references_of(self, paper_ids: Iterable[str]) -> list[sqlite3.Row]:
        return self.query_in("SELECT * FROM paper_references WHERE citing_paper_id IN",
                             paper_ids)

    # --- passages queries ---
    def pdf_download(self, paper_id: str) -> sqlite3.Row | None:
        """The recorded download state of one paper's PDF, or None if never tried."""
        rows = self.query("SELECT * FROM pdf_downloads WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def pdf_downloads(self) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM pdf_downloads ORDER BY paper_id")

    def record_pdf_download(self, paper_id: str, state: str, **fields: Any) -> None:
        """Set a paper's download state (ok, no-open-access, http-403, not-a-pdf, ...).

        `fields` are columns of pdf_downloads (reason, source, url, file_name, sha256,
        n_bytes, n_pages, http_status, attempts, sources_json: a JSON list of what each
        candidate source answered); those not given are cleared.
        """
        columns = ("reason", "source", "url", "file_name", "sha256", "n_bytes", "n_pages",
                   "http_status", "attempts", "sources_json")
        unknown = set(fields) - set(columns)
        if unknown:
            raise ValueError(f"unknown pdf_downloads columns: {sorted(unknown)}")
        row = {c: fields.get(c) for c in columns}
        row["attempts"] = row["attempts"] or 0
        with self.transaction() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO pdf_downloads (paper_id, state, {', '.join(columns)}, "
                f"updated_at) VALUES (:paper_id, :state, {', '.join(':' + c for c in columns)}, "
                ":updated_at)",
                {**row, "paper_id": paper_id, "state": state, "updated_at": utc_now()},
            )

    def pdf_extraction(self, paper_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM pdf_extractions WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def pdf_extractions(self) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM pdf_extractions ORDER BY paper_id")

    def save_extraction(
        self,
        paper_id: str,
        state: str,
        *,
        reason: str | None = None,
        sha256: str | None = None,
        pages: list[str] | None = None,
        passages: list[dict[str, Any]] | None = None,
        marker_style: str | None = None,
        markers: list[str] | None = None,
        bib_entry: str | None = None,
        extractor_version: int | None = None,
    ) -> None:
        """Replace a paper's pages and PDF passages and record the extraction, atomically.

        Each passage dict has the passages columns except paper_id, source and created_at;
        S2 passages of the paper are kept (their duplicate_of links are re-derived by the
        caller through `link_duplicates`).
        """
        passages = passages or []
        now = utc_now()
        with self.transaction() as conn:
            conn.execute("DELETE FROM pages WHERE paper_id=?", (paper_id,))
            conn.execute("DELETE FROM passages WHERE paper_id=? AND source='pdf'", (paper_id,))
            conn.executemany(
                "INSERT INTO pages (paper_id, page, text) VALUES (?, ?, ?)",
                [(paper_id, number, text) for number, text in enumerate(pages or [], start=1)],
            )
            self._insert_passages(conn, paper_id, "pdf", passages, now)
            conn.execute(
                "INSERT OR REPLACE INTO pdf_extractions (paper_id, state, reason, sha256, "
                "n_pages, n_passages, marker_style, markers_json, bib_entry, extracted_at, "
                "extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (paper_id, state, reason, sha256, len(pages) if pages is not None else None,
                 len(passages), marker_style, dumps(markers or []), bib_entry, now,
                 extractor_version),
            )

    def replace_s2_passages(
        self, paper_id: str, source: str, passages: list[dict[str, Any]]
    ) -> None:
        """Replace a paper's passages from one S2 source ('s2-context' or 's2-snippet')."""
        if source not in ("s2-context", "s2-snippet"):
            raise ValueError(f"not an S2 passage source: {source!r}")
        with self.transaction() as conn:
            conn.execute("DELETE FROM passages WHERE paper_id=? AND source=?", (paper_id, source))
            self._insert_passages(conn, paper_id, source, passages, utc_now())

    @staticmethod
    def _insert_passages(
        conn: sqlite3.Connection, paper_id: str, source: str, passages: list[dict[str, Any]],
        now: str,
    ) -> None:
        conn.executemany(
            "INSERT OR REPLACE INTO passages (passage_id, paper_id, source, page, section, "
            "sentence, context_before, context_after, matched, match_kind, duplicate_of, "
            "position, created_at) VALUES (:passage_id, :paper_id, :source, :page, :section, "
            ":sentence, :context_before, :context_after, :matched, :match_kind, :duplicate_of, "
            ":position, :created_at)",
            [
                {
                    "page": None, "section": None, "context_before": "", "context_after": "",
                    "matched": None, "match_kind": None, "duplicate_of": None,
                    "position": position, **p,
                    "paper_id": paper_id, "source": source, "created_at": now,
                }
                for position, p in enumerate(passages)
            ],
        )

    def set_duplicate_of(self, links: dict[str, str | None]) -> None:
        """Point S2 passages at the PDF passage they duplicate ({passage_id: pdf_id or None})."""
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE passages SET duplicate_of=? WHERE passage_id=?",
                [(target, pid) for pid, target in links.items()],
            )

    def passages_for_paper(
        self, paper_id: str, source: str | None = None
    ) -> list[sqlite3.Row]:
        """A paper's passages in reading order: PDF ones by page, then S2 ones."""
        sql = "SELECT * FROM passages WHERE paper_id=?"
        params: list[Any] = [paper_id]
        if source:
            sql += " AND source=?"
            params.append(source)
        sql += (" ORDER BY CASE source WHEN 'pdf' THEN 0 WHEN 's2-snippet' THEN 1 ELSE 2 END, "
                "page, position")
        return self.query(sql, params)

    def passage(self, passage_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM passages WHERE passage_id=?", (passage_id,))
        return rows[0] if rows else None

    def all_passages(self, paper_ids: Iterable[str] | None = None) -> list[sqlite3.Row]:
        """Every passage (or those of `paper_ids`), ordered by paper then reading order."""
        order = (" ORDER BY paper_id, CASE source WHEN 'pdf' THEN 0 WHEN 's2-snippet' THEN 1 "
                 "ELSE 2 END, page, position")
        if paper_ids is None:
            return self.query("SELECT * FROM passages" + order)
        return self.query_in("SELECT * FROM passages WHERE paper_id IN", paper_ids, order)

    def passage_counts(self) -> dict[str, dict[str, int]]:
        """{paper_id: {source: n, ..., 'total': n}}; S2 duplicates of PDF passages not in total."""
        counts: dict[str, dict[str, int]] = {}
        for row in self.query(
            "SELECT paper_id, source, COUNT(*) AS n, SUM(duplicate_of IS NULL) AS n_unique "
            "FROM passages GROUP BY paper_id, source"
        ):
            per = counts.setdefault(row["paper_id"], {"total": 0})
            per[row["source"]] = row["n"]
            per["total"] += row["n_unique"]
        return counts

    def page_texts(self, paper_id: str) -> list[str]:
        """A paper's extracted page texts, page 1 first."""
        return [r[0] for r in self.query(
            "SELECT text FROM pages WHERE paper_id=? ORDER BY page", (paper_id,))]

    def snippet_fetch(self, paper_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM snippet_fetches WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def save_snippet_passages(self, paper_id: str, passages: list[dict[str, Any]]) -> None:
        """Store a paper's s2-snippet passages and remember that its snippets were fetched."""
        with self.transaction() as conn:
            self.replace_s2_passages(paper_id, "s2-snippet", passages)
            conn.execute(
                "INSERT OR REPLACE INTO snippet_fetches VALUES (?, ?, ?)",
                (paper_id, len(passages), utc_now()),
            )

    # --- coding queries ---
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

    def register_codebook(
        self, name: str, version: str, unit_type: str, sha256: str, yaml_text: str
    ) -> None:
        """Remember a codebook version; the same version with other content is refused."""
        known = self.scalar("SELECT sha256 FROM codebooks WHERE name=? AND version=?",
                            (name, version))
        if known == sha256:
            return  # no write transaction, so exports do not wait for a running import
        with self.transaction() as conn:
            old = conn.execute(
                "SELECT sha256 FROM codebooks WHERE name=? AND version=?", (name, version)
            ).fetchone()
            if old is None:
                conn.execute(
                    "INSERT INTO codebooks VALUES (?, ?, ?, ?, ?, ?)",
                    (name, version, unit_type, sha256, yaml_text, utc_now()),
                )
            elif old["sha256"] != sha256:
                raise StoreError(
                    f"codebook {name!r} version {version} differs from the one already used in "
                    f"this store; give the edited codebook a new version"
                )

    def upsert_coding_units(
        self, unit_type: str, units: Iterable[tuple[str, int | None, Any, Any]]
    ) -> int:
        """Insert or refresh units [(unit_id, position, display, evidence)]; codes are untouched."""
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for unit_id, position, display, evidence in units:
                conn.execute(
                    "INSERT INTO coding_units VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(unit_type, unit_id) DO UPDATE SET position=excluded.position, "
                    "display_json=excluded.display_json, evidence_json=excluded.evidence_json, "
                    "updated_at=excluded.updated_at",
                    (unit_type, unit_id, position, dumps(display), dumps(evidence), now, now),
                )
                n += 1
        return n

    def coding_units(
        self, unit_type: str, unit_ids: Iterable[str] | None = None
    ) -> list[sqlite3.Row]:
        rows = self.query(
            "SELECT * FROM coding_units WHERE unit_type=? "
            "ORDER BY position IS NULL, position, unit_id",
            (unit_type,),
        )
        if unit_ids is None:
            return rows
        wanted = set(unit_ids)
        return [r for r in rows if r["unit_id"] in wanted]

    def current_codes(
        self, codebook: str, version: str, unit_type: str, coder: str | None = None
    ) -> list[sqlite3.Row]:
        sql = "SELECT * FROM codes WHERE codebook=? AND codebook_version=? AND unit_type=?"
        params: list[Any] = [codebook, version, unit_type]
        if coder is not None:
            sql += " AND coder=?"
            params.append(coder)
        return self.query(sql + " ORDER BY unit_id, dimension, coder", params)

    def code_history(
        self, unit_type: str, unit_id: str, codebook: str | None = None
    ) -> list[sqlite3.Row]:
        sql = "SELECT * FROM code_history WHERE unit_type=? AND unit_id=?"
        params: list[Any] = [unit_type, unit_id]
        if codebook is not None:
            sql += " AND codebook=?"
            params.append(codebook)
        return self.query(sql + " ORDER BY history_id", params)

    def write_codes(
        self,
        codes: Iterable[dict[str, Any]],
        *,
        source: str,
        import_id: int | None = None,
        on_write: Any = None,
    ) -> int:
        """Set current codes and append each change to the history, in one transaction.

        Each dict holds unit_type, unit_id, codebook, codebook_version, dimension, coder,
        value (JSON-able) and optionally confidence and evidence. Unchanged values are skipped.
        """
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for i, c in enumerate(codes):
                key = (c["unit_type"], c["unit_id"], c["codebook"], c["codebook_version"],
                       c["dimension"], c["coder"])
                old = conn.execute(
                    "SELECT value_json, confidence, evidence_json FROM codes WHERE unit_type=? "
                    "AND unit_id=? AND codebook=? AND codebook_version=? AND dimension=? "
                    "AND coder=?",
                    key,
                ).fetchone()
                value_json = dumps(c["value"])
                evidence_json = dumps(c.get("evidence") or [])
                confidence = c.get("confidence")
                if old is not None and (old["value_json"], old["confidence"],
                                        old["evidence_json"]) == (value_json, confidence,
                                                                  evidence_json):
                    continue
                conn.execute(
                    "INSERT INTO code_history (unit_type, unit_id, codebook, codebook_version, "
                    "dimension, coder, old_value_json, value_json, confidence, evidence_json, "
                    "source, import_id, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*key, None if old is None else old["value_json"], value_json, confidence,
                     evidence_json, source, import_id, now),
                )
                conn.execute(
                    "INSERT INTO codes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(unit_type, unit_id, codebook, codebook_version, dimension, coder) "
                    "DO UPDATE SET value_json=excluded.value_json, "
                    "confidence=excluded.confidence, evidence_json=excluded.evidence_json, "
                    "source=excluded.source, import_id=excluded.import_id, "
                    "coded_at=excluded.coded_at",
                    (*key, value_json, confidence, evidence_json, source, import_id, now),
                )
                n += 1
                if on_write is not None:
                    on_write(i)
        return n

    def save_coding_export(
        self, export_id: str, kind: str, codebook: str, version: str, unit_type: str,
        coder: str, file_format: str, path: str, snapshot: Any,
    ) -> str:
        exported_at = utc_now()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO coding_exports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (export_id, kind, codebook, version, unit_type, coder, file_format, path,
                 dumps(snapshot), exported_at),
            )
        return exported_at

    def coding_export(self, export_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM coding_exports WHERE export_id=?", (export_id,))
        return rows[0] if rows else None

    def coding_import_by_hash(self, file_sha256: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM coding_imports WHERE file_sha256=?", (file_sha256,))
        return rows[0] if rows else None

    def record_coding_import(
        self, file_sha256: str, path: str, export_id: str, coder: str, n_changed: int,
        report: Any,
    ) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO coding_imports (file_sha256, path, export_id, coder, n_changed, "
                "report_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (file_sha256, path, export_id, coder, n_changed, dumps(report), utc_now()),
            )
            return int(cur.lastrowid)

    def set_import_changes(self, import_id: int, n_changed: int, report: Any) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE coding_imports SET n_changed=?, report_json=? WHERE import_id=?",
                (n_changed, dumps(report), import_id),
            )

    def coding_imports(self) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM coding_imports ORDER BY import_id")

    # --- audit queries ---
    @contextmanager
    def audit_page_cache(self, mib: int = 64) -> Iterator[None]:
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

    def audit_run_by_fingerprint(self, fingerprint: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM audit_runs WHERE fingerprint=? "
                          "ORDER BY run_id DESC LIMIT 1", (fingerprint,))
        return rows[0] if rows else None

    def audit_run(self, run_id: int | None = None) -> sqlite3.Row | None:
        """The given run, or the latest finished one."""
        if run_id is not None:
            rows = self.query("SELECT * FROM audit_runs WHERE run_id=?", (run_id,))
        else:
            rows = self.query("SELECT * FROM audit_runs WHERE status='done' "
                              "ORDER BY run_id DESC LIMIT 1")
        return rows[0] if rows else None

    def start_audit_run(self, fingerprint: str, settings: dict[str, Any]) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO audit_runs (fingerprint, settings_json, status, created_at) "
                "VALUES (?, ?, 'running', ?)", (fingerprint, dumps(settings), utc_now()))
            return int(cur.lastrowid)

    def resume_audit_run(self, run_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE audit_runs SET status='running' WHERE run_id=?", (run_id,))

    def fail_audit_run(self, run_id: int) -> None:
        """Mark a run that stopped on an error (a rerun resumes it)."""
        with self.transaction() as conn:
            conn.execute("UPDATE audit_runs SET status='failed' WHERE run_id=?", (run_id,))

    def finish_audit_run(self, run_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE audit_runs SET status='done', finished_at=? WHERE run_id=?",
                         (utc_now(), run_id))

    def audit_sources(self, run_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_sources WHERE run_id=? ORDER BY subset, split",
                          (run_id,))

    def begin_audit_source(self, run_id: int, subset: str, split: str, path: str,
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

    def add_audit_rows(self, run_id: int, pairs: list[dict[str, Any]],
                       problems: list[tuple[str, str, int, str, str]]) -> None:
        """Append a batch of pair rows (with their LSH band keys) and problems.

        Pair ids are assigned here, past both the largest id and the AUTOINCREMENT
        sequence, so the whole batch goes in with two `executemany` calls."""
        with self.transaction() as conn:
            first = 1 + conn.execute(
                "SELECT MAX(COALESCE((SELECT MAX(pair_id) FROM audit_pairs), 0), "
                "COALESCE((SELECT seq FROM sqlite_sequence WHERE name='audit_pairs'), 0))"
            ).fetchone()[0]
            conn.executemany(
                "INSERT INTO audit_pairs (pair_id, run_id, subset, split, line, n_turns, flags, "
                "prompt_hash, pair_hash, chosen_label, rejected_label, chosen_words, "
                "rejected_words, identity_groups, minhash, chosen_harm) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(first + i, run_id, row["subset"], row["split"], row["line"], row["n_turns"],
                  row["flags"], row["prompt_hash"], row["pair_hash"], row["chosen_label"],
                  row["rejected_label"], row["chosen_words"], row["rejected_words"],
                  row["identity_groups"], row["minhash"], row.get("chosen_harm"))
                 for i, row in enumerate(pairs)])
            conn.executemany(
                "INSERT INTO audit_lsh (run_id, band, bucket, pair_id) VALUES (?, ?, ?, ?)",
                [(run_id, band, key, first + i) for i, row in enumerate(pairs)
                 for band, key in enumerate(row["bands"])])
            conn.executemany(
                "INSERT INTO audit_problems (run_id, subset, split, line, kind, message) "
                "VALUES (?, ?, ?, ?, ?, ?)", [(run_id, *p) for p in problems])

    def finish_audit_source(self, run_id: int, subset: str, split: str, n_records: int,
                            n_problems: int, measures: dict[str, Any],
                            identity_rows: list[tuple]) -> None:
        with self.transaction() as conn:
            self.save_audit_measures(run_id, subset, split, measures)
            conn.executemany(
                "INSERT OR REPLACE INTO audit_identity VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, subset, split, *r) for r in identity_rows])
            conn.execute(
                "UPDATE audit_sources SET status='done', n_records=?, n_problems=?, "
                "finished_at=? WHERE run_id=? AND subset=? AND split=?",
                (n_records, n_problems, utc_now(), run_id, subset, split))

    def save_audit_measures(self, run_id: int, subset: str, split: str,
                            measures: dict[str, Any]) -> None:
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO audit_measures VALUES (?, ?, ?, ?, ?)",
                [(run_id, subset, split, name, dumps(value)) for name, value in measures.items()])

    def audit_measures(self, run_id: int) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for r in self.query("SELECT * FROM audit_measures WHERE run_id=? "
                            "ORDER BY subset, split, name", (run_id,)):
            out.setdefault((r["subset"], r["split"]), {})[r["name"]] = loads(r["value_json"])
        return out

    def audit_identity(self, run_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_identity WHERE run_id=? "
                          "ORDER BY subset, split, part, axis, grp", (run_id,))

    def audit_problems(self, run_id: int, limit: int = 1000) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_problems WHERE run_id=? "
                          "ORDER BY subset, split, line LIMIT ?", (run_id, limit))

    def audit_duplicate_counts(self, run_id: int) -> list[sqlite3.Row]:
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

    def iter_lsh_candidates(self, run_id: int, page: int = 20000
                            ) -> Iterator[tuple[int, int, int, bytes]]:
        """(band, bucket, pair_id, minhash) of every LSH entry that shares its bucket with
        another entry, in bucket order, fetched page by page (keyset paging on the index)
        so memory stays flat. Entries alone in their bucket have nothing to compare with.
        Plain tuples: there can be millions of them."""
        last = (-1, -(1 << 63), -1)
        while True:
            with self._lock:
                cursor = self.conn.cursor()
                cursor.row_factory = None
                rows = cursor.execute(
                    """
                    SELECT l.band, l.bucket, l.pair_id, p.minhash
                    FROM audit_lsh l JOIN audit_pairs p ON p.pair_id=l.pair_id
                    WHERE l.run_id=? AND (l.band, l.bucket, l.pair_id) > (?, ?, ?)
                        AND EXISTS (SELECT 1 FROM audit_lsh o WHERE o.run_id=l.run_id
                                    AND o.band=l.band AND o.bucket=l.bucket
                                    AND o.pair_id<>l.pair_id)
                    ORDER BY l.band, l.bucket, l.pair_id LIMIT ?
                    """, (run_id, *last, page)).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1][:3]

    def reset_near_duplicates(self, run_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE audit_pairs SET near_dup_of=NULL WHERE run_id=? "
                         "AND near_dup_of IS NOT NULL", (run_id,))

    def mark_near_duplicates(self, marks: list[tuple[int, int]]) -> None:
        """[(pair_id, representative_id)]: keep the smallest representative per pair."""
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE audit_pairs SET near_dup_of=?2 WHERE pair_id=?1 "
                "AND (near_dup_of IS NULL OR near_dup_of > ?2)", marks)

    def save_audit_topics(self, run_id: int, topics: list[dict[str, Any]]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM audit_topics WHERE run_id=?", (run_id,))
            conn.executemany(
                "INSERT INTO audit_topics VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, t["topic"], dumps(t["top_terms"]), t["n_docs"], t["share"],
                  dumps(t["examples"])) for t in topics])

    def audit_topics(self, run_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM audit_topics WHERE run_id=? ORDER BY n_docs DESC",
                          (run_id,))

    def audit_pair_rows(self, run_id: int, subset: str | None = None,
                        split: str | None = None) -> list[sqlite3.Row]:
        """Pair rows (without signatures) of a run, optionally one source, in file order."""
        sql = ("SELECT pair_id, run_id, subset, split, line, n_turns, flags, prompt_hash, "
               "pair_hash, chosen_label, rejected_label, chosen_words, rejected_words, "
               "identity_groups, near_dup_of, chosen_harm FROM audit_pairs WHERE run_id=?")
        params: list[Any] = [run_id]
        if subset:
            sql += " AND subset=?"
            params.append(subset)
        if split:
            sql += " AND split=?"
            params.append(split)
        return self.query(sql + " ORDER BY subset, split, line", params)


    # --- eval queries ---
    def save_eval_prompts(self, prompts: Iterable[dict[str, Any]]) -> int:
        """Insert or refresh prompts (dicts with EvalPrompt's fields); returns how many."""
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for p in prompts:
                unsafe = p.get("unsafe")
                conn.execute(
                    "INSERT INTO eval_prompts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(prompt_id) DO UPDATE SET text=excluded.text, "
                    "suite=excluded.suite, grp=excluded.grp, axis=excluded.axis, "
                    "template_id=excluded.template_id, unsafe=excluded.unsafe, "
                    "meta_json=excluded.meta_json, updated_at=excluded.updated_at",
                    (p["prompt_id"], p["text"], p["suite"], p.get("group"), p.get("axis"),
                     p.get("template_id"), None if unsafe is None else int(bool(unsafe)),
                     dumps(p.get("meta") or {}), now),
                )
                n += 1
        return n

    def eval_prompts(self, prompt_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Stored prompts among `prompt_ids`, as dicts with EvalPrompt's fields."""
        rows = self.query_in("SELECT * FROM eval_prompts WHERE prompt_id IN", set(prompt_ids))
        return [{"prompt_id": r["prompt_id"], "text": r["text"], "suite": r["suite"],
                 "group": r["grp"], "axis": r["axis"], "template_id": r["template_id"],
                 "unsafe": None if r["unsafe"] is None else bool(r["unsafe"]),
                 "meta": loads(r["meta_json"])} for r in rows]

    def eval_generation_responses(self, keys: Iterable[str]) -> dict[str, sqlite3.Row]:
        """Stored generations among `keys`: gen_key -> (prompt_id, response, source)."""
        return {r["gen_key"]: r for r in self.query_in(
            "SELECT gen_key, prompt_id, response, source FROM eval_generations "
            "WHERE gen_key IN", set(keys))}

    def eval_generation_keys(self, keys: Iterable[str]) -> set[str]:
        """The subset of generation keys already stored."""
        return {r[0] for r in self.query_in(
            "SELECT gen_key FROM eval_generations WHERE gen_key IN", keys)}

    def save_eval_generations(self, rows: Iterable[dict[str, Any]]) -> int:
        """Store generations (keys already present are left as they are); returns new rows."""
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for r in rows:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO eval_generations VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (r["gen_key"], r["backend"], r["model"], r.get("revision") or "",
                     r["prompt_id"], dumps(r.get("params") or {}), int(r["sample_index"]),
                     r.get("seed"), r["response"], r["source"], now),
                )
                n += cur.rowcount
        return n

    def eval_generations(self, models: Iterable[str] | None = None) -> list[sqlite3.Row]:
        """Generations joined with their prompts, in a stable order."""
        sql = (
            "SELECT g.*, p.text AS prompt, p.suite, p.grp, p.axis, p.template_id, p.unsafe, "
            "p.meta_json FROM eval_generations g JOIN eval_prompts p USING (prompt_id)"
        )
        wanted = list(models or [])
        params: list[Any] = []
        if wanted:
            sql += f" WHERE g.model IN ({','.join('?' * len(wanted))})"
            params = wanted
        return self.query(sql + " ORDER BY g.model, g.prompt_id, g.sample_index", params)

    def save_eval_labels(self, classifier: str, labels: Iterable[tuple[str, str]]) -> int:
        """Store (gen_key, label) from one classifier, replacing its earlier labels."""
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for gen_key, label in labels:
                conn.execute(
                    "INSERT INTO eval_labels VALUES (?, ?, ?, ?) ON CONFLICT(gen_key, classifier) "
                    "DO UPDATE SET label=excluded.label, labelled_at=excluded.labelled_at",
                    (gen_key, classifier, label, now),
                )
                n += 1
        return n

    def eval_labels(self, classifier: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.query(
            "SELECT gen_key, label FROM eval_labels WHERE classifier=?", (classifier,))}

    def save_eval_judge_answers(self, rows: Iterable[dict[str, Any]]) -> int:
        """Store LLM-judge verdicts, one row per generation (generations with the same
        prompt and response share a judge_key and its answers: judge_key, gen_key, classifier,
        label or None, problem, answers: the raw texts) and copy the labels to eval_labels,
        in one transaction."""
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for r in rows:
                conn.execute(
                    "INSERT OR REPLACE INTO eval_judge_answers VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (r["judge_key"], r["gen_key"], r["classifier"], r.get("label"),
                     r.get("problem"), dumps(list(r.get("answers") or [])), now))
                if r.get("label"):
                    self.save_eval_labels(r["classifier"], [(r["gen_key"], r["label"])])
                n += 1
        return n

    def eval_judge_answers(self, keys: Iterable[str]) -> dict[str, sqlite3.Row]:
        """Cached judge answers by judge_key (one row per key; only stored keys)."""
        rows = self.query_in("SELECT * FROM eval_judge_answers WHERE judge_key IN", keys)
        return {row["judge_key"]: row for row in rows}

    def eval_judge_unlabelled(self) -> dict[str, int]:
        """Per judge classifier, how many stored answers left a response unlabelled."""
        return {r[0]: r[1] for r in self.query(
            "SELECT classifier, COUNT(DISTINCT gen_key) FROM eval_judge_answers "
            "WHERE label IS NULL "
            "GROUP BY classifier ORDER BY classifier")}

    def eval_classifiers(self) -> dict[str, int]:
        """Each classifier with stored labels and how many generations it labelled."""
        return {r[0]: r[1] for r in self.query(
            "SELECT classifier, COUNT(*) FROM eval_labels GROUP BY classifier ORDER BY classifier")}

    def eval_unlabelled_count(self, classifier: str) -> int:
        """How many stored generations (with their prompt) have no label from `classifier`."""
        return self.query(
            "SELECT COUNT(*) FROM eval_generations g JOIN eval_prompts p USING (prompt_id) "
            "WHERE NOT EXISTS (SELECT 1 FROM eval_labels l "
            "WHERE l.gen_key = g.gen_key AND l.classifier = ?)", (classifier,))[0][0]

    # --- training queries ---
    def save_experiment(self, name: str, hyperparameters_sha256: str, base_model: str,
                        reference_variant: str, params: dict[str, Any], prompt_ids: list[str],
                        models: Iterable[dict[str, Any]]) -> int:
        """Record one training experiment and its models (variant, model, revision, metadata)."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO experiments (name, hyperparameters_sha256, base_model, "
                "reference_variant, params_json, prompt_ids_json, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, hyperparameters_sha256, base_model, reference_variant, dumps(params),
                 dumps(prompt_ids), utc_now()))
            experiment_id = int(cur.lastrowid)
            for m in models:
                conn.execute("INSERT INTO experiment_models VALUES (?, ?, ?, ?, ?)",
                             (experiment_id, m["variant"], m["model"], m["revision"],
                              dumps(m["metadata"])))
        return experiment_id

    def experiment(self, experiment_id: int | None = None) -> sqlite3.Row | None:
        """The given experiment, or the latest."""
        if experiment_id is not None:
            rows = self.query("SELECT * FROM experiments WHERE experiment_id=?",
                              (experiment_id,))
        else:
            rows = self.query("SELECT * FROM experiments ORDER BY experiment_id DESC LIMIT 1")
        return rows[0] if rows else None

    def experiment_models(self, experiment_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM experiment_models WHERE experiment_id=? "
                          "ORDER BY rowid", (experiment_id,))


@dataclass(frozen=True)
class Claim:
    """A claim held in a `Store.claim` block."""

    store: Store
    token: str

    def describe(self, what: str) -> None:
        """Say what the holder is doing, as a second process will be told."""
        self.store.describe_claim(self.token, what)


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


def _paper_columns(raw: dict[str, Any]) -> dict[str, Any]:
    ext = raw.get("externalIds") or {}
    oa = raw.get("openAccessPdf") or {}
    authors = raw.get("authors")
    return {
        "paper_id": raw["paperId"],
        "corpus_id": raw.get("corpusId") or ext.get("CorpusId"),
        "title": raw.get("title"),
        "year": raw.get("year"),
        "publication_date": raw.get("publicationDate"),
        "venue": raw.get("venue"),
        "authors_json": None if authors is None else dumps(authors),
        "citation_count": raw.get("citationCount"),
        "influential_citation_count": raw.get("influentialCitationCount"),
        "arxiv_id": ext.get("ArXiv"),
        "doi": ext.get("DOI"),
        "acl_id": ext.get("ACL"),
        "external_ids_json": dumps(ext),
        "open_access_pdf_url": oa.get("url") or None,
        "publication_types_json": dumps(raw.get("publicationTypes") or []),
        "fields_of_study_json": dumps(raw.get("fieldsOfStudy") or []),
        "abstract": raw.get("abstract"),
        "raw_json": dumps(raw),
    }
