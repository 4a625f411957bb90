"""store.documents: PDF downloads, extractions, page texts and passages (PDF, S2, snippets)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from citeaudit.store.common import Part, dumps, utc_now

# What a passage is (literature.extract.kinds); only COUNTED_KINDS count as evidence of use.
PASSAGE_KINDS = ("dataset_use", "citation", "model_name", "table_figure")
COUNTED_KINDS = ("dataset_use", "citation")


class Documents(Part):
    """Each paper's PDF download state and extraction, its page texts and its passages."""

    def get_download(self, paper_id: str) -> sqlite3.Row | None:
        """The recorded download state of one paper's PDF, or None if never tried."""
        rows = self.query("SELECT * FROM pdf_downloads WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def upsert_download(self, paper_id: str, state: str, **fields: Any) -> None:
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

    def get_extraction(self, paper_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM pdf_extractions WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def upsert_extraction(
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
        S2 passages of the paper are kept (a duplicate_of link to a PDF passage now gone
        becomes NULL; links are derived again when the S2 passages are stored).
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

    def upsert_s2_passages(
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
            "sentence, context_before, context_after, matched, match_kind, passage_kind, "
            "duplicate_of, position, created_at) VALUES (:passage_id, :paper_id, :source, "
            ":page, :section, :sentence, :context_before, :context_after, :matched, "
            ":match_kind, :passage_kind, :duplicate_of, :position, :created_at)",
            [
                {
                    "page": None, "section": None, "context_before": "", "context_after": "",
                    "matched": None, "match_kind": None, "passage_kind": "dataset_use",
                    "duplicate_of": None,
                    "position": position, **p,
                    "paper_id": paper_id, "source": source, "created_at": now,
                }
                for position, p in enumerate(passages)
            ],
        )

    def list_paper_passages(
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

    def list_passages(self, paper_ids: Iterable[str] | None = None) -> list[sqlite3.Row]:
        """Every passage (or those of `paper_ids`), ordered by paper then reading order."""
        order = (" ORDER BY paper_id, CASE source WHEN 'pdf' THEN 0 WHEN 's2-snippet' THEN 1 "
                 "ELSE 2 END, page, position")
        if paper_ids is None:
            return self.query("SELECT * FROM passages" + order)
        return self.query_in("SELECT * FROM passages WHERE paper_id IN", paper_ids, order)

    def count_passages(self) -> dict[str, dict[str, int]]:
        """{paper_id: {source: n, ..., 'total': n}} over the kinds that count as evidence
        (dataset use, citation); S2 duplicates of PDF passages not in total. 'other', when
        there are any, counts the model-name and table or figure passages."""
        counted = ", ".join(f"'{kind}'" for kind in COUNTED_KINDS)
        counts: dict[str, dict[str, int]] = {}
        for row in self.query(
            f"SELECT paper_id, source, passage_kind IN ({counted}) AS counted, COUNT(*) AS n, "
            "SUM(duplicate_of IS NULL) AS n_unique FROM passages "
            "GROUP BY paper_id, source, counted"
        ):
            per = counts.setdefault(row["paper_id"], {"total": 0})
            if row["counted"]:
                per[row["source"]] = row["n"]
                per["total"] += row["n_unique"]
            else:
                per["other"] = per.get("other", 0) + row["n"]
        return counts

    def list_page_texts(self, paper_id: str) -> list[str]:
        """A paper's extracted page texts, page 1 first."""
        return [r[0] for r in self.query(
            "SELECT text FROM pages WHERE paper_id=? ORDER BY page", (paper_id,))]

    def get_snippet_fetch(self, paper_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM snippet_fetches WHERE paper_id=?", (paper_id,))
        return rows[0] if rows else None

    def upsert_snippet_passages(self, paper_id: str, passages: list[dict[str, Any]]) -> None:
        """Store a paper's s2-snippet passages and remember that its snippets were fetched."""
        with self.transaction() as conn:
            self.upsert_s2_passages(paper_id, "s2-snippet", passages)
            conn.execute(
                "INSERT OR REPLACE INTO snippet_fetches VALUES (?, ?, ?)",
                (paper_id, len(passages), utc_now()),
            )
