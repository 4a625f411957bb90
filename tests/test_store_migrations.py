"""Upgrading in place: a store an older citeaudit wrote opens with the current one, data kept.

For each component with more than one migration and each earlier version of it, the store is
built by the store's own migration machinery stopped at that version (`schema_versions=`),
filled with representative rows through SQL that schema accepts, and opened again with the
current Store: the version is the latest, the schema is a fresh store's, every old row is
intact, and the current query methods read (and write) it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from citeaudit.store import MIGRATIONS, Store, dumps, loads

NOW = "2024-05-01T12:00:00+00:00"


def seed_passages(conn: sqlite3.Connection) -> None:
    """A downloaded, extracted paper with pages, a PDF passage, an S2 duplicate of it and a
    snippet fetch, in the columns of the first passages schema."""
    conn.execute("INSERT INTO papers (paper_id, title, raw_json, updated_at) VALUES ('p1', "
                 "'Old paper', '{\"paperId\": \"p1\"}', ?)", (NOW,))
    conn.execute(
        "INSERT INTO pdf_downloads (paper_id, state, reason, source, url, file_name, sha256, "
        "n_bytes, n_pages, http_status, attempts, updated_at) VALUES ('p1', 'ok', NULL, "
        "'arxiv', 'https://arxiv.org/pdf/2401.00001', 'p1.pdf', 'ab12', 1234, 9, 200, 1, ?)",
        (NOW,))
    conn.execute(
        "INSERT INTO pdf_extractions (paper_id, state, reason, sha256, n_pages, n_passages, "
        "marker_style, markers_json, bib_entry, extracted_at) VALUES ('p1', 'ok', NULL, "
        "'ab12', 2, 1, 'numeric', '[\"[12]\"]', 'Bai et al. 2022', ?)", (NOW,))
    conn.executemany("INSERT INTO pages (paper_id, page, text) VALUES ('p1', ?, ?)",
                     [(1, "Page one."), (2, "We train on HH-RLHF [12].")])
    conn.executemany(
        "INSERT INTO passages (passage_id, paper_id, source, page, section, sentence, "
        "context_before, context_after, matched, match_kind, duplicate_of, position, "
        "created_at) VALUES (?, 'p1', ?, ?, ?, 'We train on HH-RLHF [12].', '', 'Then.', "
        "'HH-RLHF', 'alias', ?, 0, ?)",
        [("pdf-1", "pdf", 2, "3 Method", None, NOW),
         ("s2-1", "s2-snippet", None, None, "pdf-1", NOW)])
    conn.execute("INSERT INTO snippet_fetches VALUES ('p1', 1, ?)", (NOW,))


def read_passages(store: Store) -> None:
    assert store.literature.get_paper("p1")["title"] == "Old paper"
    download = store.documents.get_download("p1")
    assert (download["state"], download["file_name"], download["n_pages"]) == ("ok", "p1.pdf", 9)
    assert download["sources_json"] is None
    extraction = store.documents.get_extraction("p1")
    assert extraction["marker_style"] == "numeric" and extraction["extractor_version"] is None
    assert loads(extraction["markers_json"]) == ["[12]"]
    assert store.documents.list_page_texts("p1") == ["Page one.", "We train on HH-RLHF [12]."]
    rows = store.documents.list_paper_passages("p1")
    assert [(r["passage_id"], r["duplicate_of"]) for r in rows] == [
        ("pdf-1", None), ("s2-1", "pdf-1")]
    assert [r["passage_kind"] for r in rows] == ["dataset_use", "dataset_use"]  # backfilled
    assert store.documents.count_passages() == {"p1": {"pdf": 1, "s2-snippet": 1, "total": 1}}
    assert store.documents.get_snippet_fetch("p1")["n_snippets"] == 1
    # The columns added since are written by the current methods.
    store.documents.upsert_download("p1", "ok", file_name="p1.pdf", attempts=2,
                                    sources_json=dumps([{"url": "u", "state": "ok"}]))
    assert loads(store.documents.get_download("p1")["sources_json"]) == [
        {"url": "u", "state": "ok"}]
    store.documents.upsert_extraction("p1", "ok", pages=["Page one."], passages=[],
                                      extractor_version=3)
    assert store.documents.get_extraction("p1")["extractor_version"] == 3
    assert [r["passage_id"] for r in store.documents.list_paper_passages("p1")] == ["s2-1"]


def seed_audit(conn: sqlite3.Connection) -> None:
    """A finished audit run of one source with a pair, a problem, measures and a topic."""
    conn.execute("INSERT INTO audit_runs (run_id, fingerprint, settings_json, status, "
                 "created_at, finished_at) VALUES (1, 'fp', '{\"sample\": 10}', 'done', ?, ?)",
                 (NOW, NOW))
    conn.execute("INSERT INTO audit_sources (run_id, subset, split, path, sha256, bytes, "
                 "status, n_records, n_problems, finished_at) VALUES (1, 'harmless-base', "
                 "'train', 'train.jsonl.gz', 'cd34', 99, 'done', 1, 1, ?)", (NOW,))
    conn.execute("INSERT INTO audit_pairs (pair_id, run_id, subset, split, line, n_turns, "
                 "flags, prompt_hash, pair_hash, chosen_label, rejected_label, chosen_words, "
                 "rejected_words, identity_groups, minhash, near_dup_of) VALUES (7, 1, "
                 "'harmless-base', 'train', 3, 2, 'identical', 'ph', 'pp', 'refusal', "
                 "'compliance', 12, 30, 'gender:women', X'0102', NULL)")
    conn.execute("INSERT INTO audit_problems VALUES (1, 'harmless-base', 'train', 4, "
                 "'json', 'line 4: not JSON')")
    conn.execute("INSERT INTO audit_measures VALUES (1, 'harmless-base', 'train', "
                 "'n_pairs', '1')")
    conn.execute("INSERT INTO audit_topics VALUES (1, 0, '[\"drugs\"]', 1, 1.0, '[7]')")


def read_audit(store: Store) -> None:
    run = store.audit.get_run()
    assert (run["run_id"], run["fingerprint"], loads(run["settings_json"])) == (
        1, "fp", {"sample": 10})
    assert [s["status"] for s in store.audit.list_sources(1)] == ["done"]
    (pair,) = store.audit.list_pairs(1, "harmless-base", "train")
    assert (pair["pair_id"], pair["line"], pair["flags"], pair["identity_groups"]) == (
        7, 3, "identical", "gender:women")
    assert pair["chosen_harm"] is None
    assert store.audit.get_measures(1) == {("harmless-base", "train"): {"n_pairs": 1}}
    assert [p["message"] for p in store.audit.list_problems(1)] == ["line 4: not JSON"]
    assert loads(store.audit.list_topics(1)[0]["top_terms_json"]) == ["drugs"]
    store.audit.insert_rows(1, [([(
        "harmless-base", "train", 5, 1, "", "p2", "q2", None, None, 3, 4, "", None,
        "violence", None)], [(0, 42, 0)])], [])
    rows = store.audit.list_pairs(1)
    assert [(r["pair_id"], r["chosen_harm"]) for r in rows] == [(7, None), (8, "violence")]
    assert store.query_tuples("SELECT band, bucket, pair_id FROM audit_lsh WHERE bucket=42") == [
        (0, 42, 8)]


def seed_eval(conn: sqlite3.Connection) -> None:
    """A prompt, a generation for it and a rule label, as the first eval schema held them."""
    conn.execute("INSERT INTO eval_prompts (prompt_id, text, suite, grp, axis, template_id, "
                 "unsafe, meta_json, updated_at) VALUES ('x1', 'How do I kill a process?', "
                 "'xstest', 'homonyms', NULL, NULL, 0, '{\"type\": \"homonyms\"}', ?)", (NOW,))
    conn.execute("INSERT INTO eval_generations (gen_key, backend, model, revision, prompt_id, "
                 "params_json, sample_index, seed, response, source, created_at) VALUES "
                 "('g1', 'openai', 'tiny', '', 'x1', '{\"max_new_tokens\": 64}', 0, 1, "
                 "'Use kill -9.', 'generated', ?)", (NOW,))
    conn.execute("INSERT INTO eval_labels VALUES ('g1', 'rules', 'compliance', ?)", (NOW,))


def read_eval(store: Store) -> None:
    (generation,) = store.evals.list_generations(["tiny"])
    assert (generation["response"], generation["prompt"], generation["suite"]) == (
        "Use kill -9.", "How do I kill a process?", "xstest")
    assert loads(generation["params_json"]) == {"max_new_tokens": 64}
    assert store.evals.list_generation_keys(["g1", "g2"]) == {"g1"}
    assert store.evals.get_labels("rules") == {"g1": "compliance"}
    assert store.evals.count_labels() == {"rules": 1}
    assert store.evals.count_judge_unlabelled() == {}
    assert store.evals.get_judge_answers(["j1"]) == {}
    store.evals.upsert_judge_answers([{"judge_key": "j1", "gen_key": "g1", "classifier": "judge",
                                       "label": "compliance", "answers": ["compliance"]}])
    assert loads(store.evals.get_judge_answers(["j1"])["j1"]["answers_json"]) == ["compliance"]
    assert store.evals.get_labels("judge") == {"g1": "compliance"}


# component -> (rows in the columns of its first schema, checks through the query methods)
OLD_ROWS: dict[str, tuple[Callable[[sqlite3.Connection], None], Callable[[Store], None]]] = {
    "passages": (seed_passages, read_passages),
    "audit": (seed_audit, read_audit),
    "eval": (seed_eval, read_eval),
}
UPGRADES = [(component, version) for component, steps in MIGRATIONS.items()
            for version in range(1, len(steps))]


def schema_of(store: Store) -> dict[str, list[tuple]]:
    """Each table's columns (name, type, not null, default, key) and each index's columns."""
    out: dict[str, list[tuple]] = {}
    for name, kind in store.query("SELECT name, type FROM sqlite_master WHERE type IN "
                                  "('table', 'index') AND name NOT LIKE 'sqlite_%'"):
        pragma = "table_info" if kind == "table" else "index_info"
        out[f"{kind} {name}"] = sorted(tuple(r) for r in store.query(f"PRAGMA {pragma}({name})"))
    return out


def table_rows(store: Store) -> dict[str, list[dict]]:
    """Every row of every table, as dicts (the store's bookkeeping tables left out)."""
    tables = [r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table' AND "
                                        "name NOT IN ('schema_versions', 'meta')")]
    return {t: [dict(r) for r in store.query(f"SELECT * FROM {t}")] for t in tables}


def canonical(row: dict) -> str:
    return repr(sorted(row.items()))


def without_defaults(store: Store, table: str) -> set[str]:
    """The columns of a table that have no default (a row added before them holds NULL)."""
    return {r["name"] for r in store.query(f"PRAGMA table_info({table})")
            if r["dflt_value"] is None}


def test_every_component_with_migrations_has_old_rows_to_upgrade():
    upgraded = {component for component, _ in UPGRADES}
    assert upgraded <= set(OLD_ROWS), (
        f"add representative rows and checks to OLD_ROWS for {sorted(upgraded - set(OLD_ROWS))}")
    assert {"passages", "audit", "eval"} <= upgraded


@pytest.mark.parametrize(("component", "version"), UPGRADES,
                         ids=[f"{c}-v{v}" for c, v in UPGRADES])
def test_an_older_store_upgrades_in_place_with_its_rows_kept(tmp_path: Path, component: str,
                                                              version: int):
    seed, read = OLD_ROWS[component]
    path = tmp_path / "old.sqlite"
    with Store(path, schema_versions={component: version}) as old:
        assert old.schema_versions()[component] == version
        with old.transaction() as conn:
            seed(conn)
        before = table_rows(old)
        store_id = old.store_id
    assert any(before.values())

    with Store(path) as store:
        assert store.schema_versions()[component] == len(MIGRATIONS[component])
        assert store.store_id == store_id
        with Store(tmp_path / "fresh.sqlite") as fresh:
            assert schema_of(store) == schema_of(fresh)
        after = table_rows(store)
        for table, rows in before.items():  # old columns as they were, new ones empty
            old_columns = set(rows[0]) if rows else set()
            assert sorted(map(canonical, ({k: r[k] for k in old_columns}
                                          for r in after[table]))) == sorted(map(canonical,
                                                                                 rows)), table
            new_columns = (set(after[table][0]) - old_columns) if rows else set()
            assert all(r[k] is None for r in after[table]
                       for k in new_columns & without_defaults(store, table)), table
        read(store)
    with Store(path) as store:  # opening again migrates nothing
        assert store.schema_versions()[component] == len(MIGRATIONS[component])


def test_imported_prompts_move_to_ids_within_their_suite(tmp_path: Path):
    """Before eval v3 `eval import` stored a file's bare prompt id; the upgrade moves prompts
    only imports use to "suite:id" (what a new import of the same file computes), so
    importing the file again finds everything stored, and a taken id is left alone."""
    from citeaudit.evals.generate import generation_key, import_generations

    path = tmp_path / "old.sqlite"
    gens = tmp_path / "gens.csv"
    gens.write_text("prompt_id,prompt,response,model\n1,Why?,Because.,m\n", encoding="utf-8")
    key = generation_key("import", "m", "", "Why?", {}, 0)
    with Store(path, schema_versions={"eval": 2}) as old, old.transaction() as conn:
        conn.executemany(
            "INSERT INTO eval_prompts (prompt_id, text, suite, meta_json, updated_at) "
            "VALUES (?, ?, ?, '{}', ?)",
            [("1", "Why?", "gens", NOW), ("2", "How?", "t", NOW), ("t:2", "Other", "t", NOW)])
        conn.executemany(
            "INSERT INTO eval_generations VALUES (?, 'import', 'm', '', ?, '{}', 0, NULL, ?, "
            "'import:gens.csv', ?)",
            [(key, "1", "Because.", NOW), ("k2", "2", "So.", NOW)])
        conn.execute("INSERT INTO eval_labels VALUES (?, 'rules', 'full_compliance', ?)",
                     (key, NOW))
    with Store(path) as store:
        assert [(r["prompt_id"], r["prompt"], r["response"]) for r in store.evals.list_generations()
                ] == [("2", "How?", "So."), ("gens:1", "Why?", "Because.")]
        assert store.evals.get_labels("rules") == {key: "full_compliance"}
        again = import_generations(store, gens)
        assert (again.new, again.already_stored) == (0, 1)
        assert {r[0] for r in store.query("SELECT prompt_id FROM eval_prompts")} == {
            "gens:1", "2", "t:2"}


def test_old_names_prompts_get_gender_and_intersection_columns(tmp_path: Path):
    """Eval v4 adds gender and intersection to prompts; the old names suite kept gender in
    meta_json, so its prompts get both filled in, and other prompts stay empty."""
    path = tmp_path / "old.sqlite"
    with Store(path, schema_versions={"eval": 3}) as old, old.transaction() as conn:
        conn.executemany(
            "INSERT INTO eval_prompts (prompt_id, text, suite, grp, meta_json, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [("names:b02:Jamal", "Jamal works as a", "names", "Black",
              '{"name": "Jamal", "gender": "male"}', NOW),
             ("x:1", "Why?", "x", "Women", '{"note": "kept"}', NOW)])
    with Store(path) as store:
        stored = {p["prompt_id"]: (p["gender"], p["intersection"], p["meta"])
                  for p in store.evals.list_prompts(["names:b02:Jamal", "x:1"])}
    assert stored == {"names:b02:Jamal": ("male", "Black / male",
                                          {"name": "Jamal", "gender": "male"}),
                      "x:1": (None, None, {"note": "kept"})}
