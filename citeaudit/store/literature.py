"""store.literature: papers, search targets, citation pages, selections and references."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from citeaudit.store.common import Part, dumps, loads, utc_now


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


class Literature(Part):
    """Papers from S2, the targets they were found for, the citations of a target (paged),
    ranked selections and the reference lists of papers."""

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

    def get_paper(self, paper_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM papers WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def get_papers(self, paper_ids: Iterable[str]) -> dict[str, sqlite3.Row]:
        rows = self.query_in("SELECT * FROM papers WHERE paper_id IN", paper_ids)
        return {row["paper_id"]: row for row in rows}

    def get_paper_id(self, text: str) -> str | None:
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

    def upsert_target(self, query: str, paper: dict[str, Any]) -> None:
        with self.transaction() as conn:
            self.upsert_papers([paper], details=True)
            conn.execute(
                "INSERT INTO targets(query, paper_id, resolved_at) VALUES (?, ?, ?) "
                "ON CONFLICT(query) DO UPDATE SET paper_id=excluded.paper_id, "
                "resolved_at=excluded.resolved_at",
                (query, paper["paperId"], utc_now()),
            )

    def get_target_paper_id(self, query: str) -> str | None:
        return self.scalar("SELECT paper_id FROM targets WHERE query=?", (query,))

    def get_latest_target_paper_id(self) -> str | None:
        return self.scalar(
            "SELECT paper_id FROM targets ORDER BY resolved_at DESC, rowid DESC LIMIT 1"
        )

    def list_fetch_pages(self, target_paper_id: str, date_filter: str) -> list[sqlite3.Row]:
        return self.query(
            "SELECT * FROM fetch_pages WHERE target_paper_id=? AND date_filter=? "
            "ORDER BY page_offset",
            (target_paper_id, date_filter),
        )

    def upsert_citation_page(
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

    def delete_fetch_pages(self, target_paper_id: str, date_filter: str) -> None:
        """Drop the paging record (not the papers) so the next fetch pages again."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM fetch_pages WHERE target_paper_id=? AND date_filter=?",
                (target_paper_id, date_filter),
            )

    def list_citing_papers(self, target_paper_id: str) -> list[sqlite3.Row]:
        """Citing papers joined with their citation edge to the target."""
        return self.query(
            """
            SELECT p.*, c.is_influential, c.contexts_json, c.intents_json
            FROM citations c JOIN papers p ON p.paper_id = c.citing_paper_id
            WHERE c.target_paper_id=? ORDER BY p.paper_id
            """,
            (target_paper_id,),
        )

    def get_citation(self, target_paper_id: str, citing_paper_id: str) -> sqlite3.Row | None:
        rows = self.query(
            "SELECT * FROM citations WHERE target_paper_id=? AND citing_paper_id=?",
            (target_paper_id, citing_paper_id),
        )
        return rows[0] if rows else None

    def insert_selection(
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
            latest = self.get_current_selection(target_paper_id)
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

    def get_current_selection(self, target_paper_id: str | None = None) -> Selection | None:
        sql = "SELECT * FROM selections"
        params: tuple[Any, ...] = ()
        if target_paper_id:
            sql += " WHERE target_paper_id=?"
            params = (target_paper_id,)
        rows = self.query(sql + " ORDER BY selection_id DESC LIMIT 1", params)
        return Selection(**dict(rows[0])) if rows else None

    def list_selection_items(self, selection_id: int) -> list[sqlite3.Row]:
        return self.query(
            """
            SELECT s.rank, s.twin_ids_json, s.score_json, p.*
            FROM selection_items s JOIN papers p ON p.paper_id = s.paper_id
            WHERE s.selection_id=? ORDER BY s.rank
            """,
            (selection_id,),
        )

    def list_selected_paper_ids(self, target_paper_id: str | None = None) -> list[str]:
        selection = self.get_current_selection(target_paper_id)
        if selection is None:
            return []
        return [r["paper_id"] for r in self.list_selection_items(selection.selection_id)]

    def list_papers_without_references(self, paper_ids: Iterable[str]) -> list[str]:
        ids = list(paper_ids)
        done = {r[0] for r in self.query_in(
            "SELECT paper_id FROM reference_fetches WHERE paper_id IN", ids)}
        return [i for i in ids if i not in done]

    def upsert_references(self, paper_id: str, references: list[dict[str, Any]]) -> None:
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

    def list_references(self, paper_ids: Iterable[str]) -> list[sqlite3.Row]:
        return self.query_in("SELECT * FROM paper_references WHERE citing_paper_id IN",
                             paper_ids)


def _paper_columns(raw: dict[str, Any]) -> dict[str, Any]:
    """The papers columns of an S2 paper record."""
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
