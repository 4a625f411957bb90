"""store.coding: codebooks, coding units, codes with their history, exports and imports."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from citeaudit.core.errors import StoreError
from citeaudit.store.common import Part, dumps, utc_now


class Coding(Part):
    """Codebook versions, the units coders code, the current codes (each change kept in
    code_history), and the spreadsheets exported and imported."""

    def insert_codebook(
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

    def upsert_units(
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

    def list_units(
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

    def list_codes(
        self, codebook: str, version: str, unit_type: str, coder: str | None = None
    ) -> list[sqlite3.Row]:
        sql = "SELECT * FROM codes WHERE codebook=? AND codebook_version=? AND unit_type=?"
        params: list[Any] = [codebook, version, unit_type]
        if coder is not None:
            sql += " AND coder=?"
            params.append(coder)
        return self.query(sql + " ORDER BY unit_id, dimension, coder", params)

    def upsert_codes(
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

    def insert_export(
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

    def get_export(self, export_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM coding_exports WHERE export_id=?", (export_id,))
        return rows[0] if rows else None

    def get_import(self, file_sha256: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM coding_imports WHERE file_sha256=?", (file_sha256,))
        return rows[0] if rows else None

    def insert_import(
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

    def update_import(self, import_id: int, n_changed: int, report: Any) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE coding_imports SET n_changed=?, report_json=? WHERE import_id=?",
                (n_changed, dumps(report), import_id),
            )
