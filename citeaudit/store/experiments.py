"""store.experiments: training experiments and the models they trained (component "training")."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from citeaudit.store.common import Part, dumps, utc_now


class Experiments(Part):
    """Trained variant experiments (hyperparameters, prompts) and their models."""

    def insert_experiment(self, name: str, hyperparameters_sha256: str, base_model: str,
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

    def get_experiment(self, experiment_id: int | None = None) -> sqlite3.Row | None:
        """The given experiment, or the latest."""
        if experiment_id is not None:
            rows = self.query("SELECT * FROM experiments WHERE experiment_id=?",
                              (experiment_id,))
        else:
            rows = self.query("SELECT * FROM experiments ORDER BY experiment_id DESC LIMIT 1")
        return rows[0] if rows else None

    def list_models(self, experiment_id: int) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM experiment_models WHERE experiment_id=? "
                          "ORDER BY rowid", (experiment_id,))
