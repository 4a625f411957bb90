"""store.evals: evaluation prompts, model generations, labels and LLM-judge answers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from citeaudit.store.common import Part, dumps, loads, utc_now


class Evals(Part):
    """Prompts, generations (keyed by what produced them), labels per classifier, judge
    answers."""

    def upsert_prompts(self, prompts: Iterable[dict[str, Any]]) -> int:
        """Insert or refresh prompts (dicts with EvalPrompt's fields); returns how many."""
        now = utc_now()
        n = 0
        with self.transaction() as conn:
            for p in prompts:
                unsafe = p.get("unsafe")
                conn.execute(
                    "INSERT INTO eval_prompts (prompt_id, text, suite, grp, axis, template_id, "
                    "unsafe, meta_json, updated_at, gender, intersection) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(prompt_id) DO UPDATE SET text=excluded.text, "
                    "suite=excluded.suite, grp=excluded.grp, axis=excluded.axis, "
                    "template_id=excluded.template_id, unsafe=excluded.unsafe, "
                    "meta_json=excluded.meta_json, updated_at=excluded.updated_at, "
                    "gender=excluded.gender, intersection=excluded.intersection",
                    (p["prompt_id"], p["text"], p["suite"], p.get("group"), p.get("axis"),
                     p.get("template_id"), None if unsafe is None else int(bool(unsafe)),
                     dumps(p.get("meta") or {}), now, p.get("gender"), p.get("intersection")),
                )
                n += 1
        return n

    def list_prompts(self, prompt_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Stored prompts among `prompt_ids`, as dicts with EvalPrompt's fields."""
        rows = self.query_in("SELECT * FROM eval_prompts WHERE prompt_id IN", set(prompt_ids))
        return [{"prompt_id": r["prompt_id"], "text": r["text"], "suite": r["suite"],
                 "group": r["grp"], "axis": r["axis"], "template_id": r["template_id"],
                 "unsafe": None if r["unsafe"] is None else bool(r["unsafe"]),
                 "gender": r["gender"], "intersection": r["intersection"],
                 "meta": loads(r["meta_json"])} for r in rows]

    def get_responses(self, keys: Iterable[str]) -> dict[str, sqlite3.Row]:
        """Stored generations among `keys`: gen_key -> (prompt_id, response, source)."""
        return {r["gen_key"]: r for r in self.query_in(
            "SELECT gen_key, prompt_id, response, source FROM eval_generations "
            "WHERE gen_key IN", set(keys))}

    def list_generation_keys(self, keys: Iterable[str]) -> set[str]:
        """The subset of generation keys already stored."""
        return {r[0] for r in self.query_in(
            "SELECT gen_key FROM eval_generations WHERE gen_key IN", keys)}

    def insert_generations(self, rows: Iterable[dict[str, Any]]) -> int:
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

    def list_generations(self, models: Iterable[str] | None = None) -> list[sqlite3.Row]:
        """Generations joined with their prompts, in a stable order."""
        sql = (
            "SELECT g.*, p.text AS prompt, p.suite, p.grp, p.axis, p.template_id, p.unsafe, "
            "p.gender, p.intersection, p.meta_json "
            "FROM eval_generations g JOIN eval_prompts p USING (prompt_id)"
        )
        wanted = list(models or [])
        params: list[Any] = []
        if wanted:
            sql += f" WHERE g.model IN ({','.join('?' * len(wanted))})"
            params = wanted
        return self.query(sql + " ORDER BY g.model, g.prompt_id, g.sample_index", params)

    def list_models(self) -> list[str]:
        """The model names of the stored generations, sorted."""
        rows = self.query("SELECT DISTINCT model FROM eval_generations ORDER BY model")
        return [r["model"] for r in rows]

    def upsert_labels(self, classifier: str, labels: Iterable[tuple[str, str]]) -> int:
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

    def get_labels(self, classifier: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.query(
            "SELECT gen_key, label FROM eval_labels WHERE classifier=?", (classifier,))}

    def upsert_judge_answers(self, rows: Iterable[dict[str, Any]]) -> int:
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
                    self.upsert_labels(r["classifier"], [(r["gen_key"], r["label"])])
                n += 1
        return n

    def get_judge_answers(self, keys: Iterable[str]) -> dict[str, sqlite3.Row]:
        """Cached judge answers by judge_key (one row per key; only stored keys)."""
        rows = self.query_in("SELECT * FROM eval_judge_answers WHERE judge_key IN", keys)
        return {row["judge_key"]: row for row in rows}

    def count_judge_unlabelled(self) -> dict[str, int]:
        """Per judge classifier, how many stored answers left a response unlabelled."""
        return {r[0]: r[1] for r in self.query(
            "SELECT classifier, COUNT(DISTINCT gen_key) FROM eval_judge_answers "
            "WHERE label IS NULL "
            "GROUP BY classifier ORDER BY classifier")}

    def count_labels(self) -> dict[str, int]:
        """Each classifier with stored labels and how many generations it labelled."""
        return {r[0]: r[1] for r in self.query(
            "SELECT classifier, COUNT(*) FROM eval_labels GROUP BY classifier ORDER BY classifier")}

    def count_unlabelled(self, classifier: str) -> int:
        """How many stored generations (with their prompt) have no label from `classifier`."""
        return self.query(
            "SELECT COUNT(*) FROM eval_generations g JOIN eval_prompts p USING (prompt_id) "
            "WHERE NOT EXISTS (SELECT 1 FROM eval_labels l "
            "WHERE l.gen_key = g.gen_key AND l.classifier = ?)", (classifier,))[0][0]
