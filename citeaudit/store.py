"""The corpus store: one SQLite file, a versioned schema per component, and every SQL statement.

Stages call the methods here; nothing else writes SQL. Each component (core, passages,
coding, audit, eval, ...) owns an ordered list of migrations; the version reached by each
is kept in `schema_versions`, so a newer citeaudit upgrades an older store in place.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from citeaudit.errors import StoreError


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

# --- coding migrations ---

# --- audit migrations ---

# --- eval migrations ---


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

    def __init__(self, path: Path | str):
        self.path = Path(path)
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

    # -- schema ---------------------------------------------------------------
    def _migrate(self) -> None:
        try:
            with self.transaction() as conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_versions "
                    "(component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
                )
                versions = {
                    r["component"]: r["version"]
                    for r in conn.execute("SELECT component, version FROM schema_versions")
                }
                for component, steps in MIGRATIONS.items():
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
        ids = list(paper_ids)
        out: dict[str, sqlite3.Row] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.query(f"SELECT * FROM papers WHERE paper_id IN ({marks})", chunk):
                out[row["paper_id"]] = row
        return out

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
        return self.scalar("SELECT paper_id FROM targets ORDER BY resolved_at DESC LIMIT 1")

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
        """Store a ranked selection [(paper_id, twin_ids, score), ...]; returns its id."""
        with self.transaction() as conn:
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
        done = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            done |= {
                r[0]
                for r in self.query(
                    f"SELECT paper_id FROM reference_fetches WHERE paper_id IN ({marks})", chunk
                )
            }
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
        ids = list(paper_ids)
        out: list[sqlite3.Row] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out += self.query(
                f"SELECT * FROM paper_references WHERE citing_paper_id IN ({marks})", chunk
            )
        return out

    # --- passages queries ---

    # --- coding queries ---

    # --- audit queries ---

    # --- eval queries ---


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
