"""The store's schema: an ordered list of migrations per component.

The version reached by each component is kept in `schema_versions`, so a newer citeaudit
upgrades an older store in place. Append new migrations at the end of a component's list;
never edit one that has shipped.
"""

from __future__ import annotations

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
    # what a passage is (literature.extract.kinds); rows from before were not told apart
    "ALTER TABLE passages ADD COLUMN passage_kind TEXT NOT NULL DEFAULT 'dataset_use' "
    "CHECK (passage_kind IN ('dataset_use', 'citation', 'model_name', 'table_figure'))",
    # match_kind 'redteam_marker': a sentence citing the paper that describes the target's
    # red-team data (Ganguli et al. 2022) for that data. SQLite cannot change a CHECK, so the
    # table is rebuilt (renamed first, so its self-reference moves with it; duplicates after
    # the passages they repeat).
    """
    ALTER TABLE passages RENAME TO passages_before_redteam;
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
        match_kind TEXT CHECK (match_kind IN ('alias', 'marker', 'redteam_marker')
                               OR match_kind IS NULL),
        duplicate_of TEXT REFERENCES passages(passage_id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        passage_kind TEXT NOT NULL DEFAULT 'dataset_use'
            CHECK (passage_kind IN ('dataset_use', 'citation', 'model_name', 'table_figure'))
    );
    INSERT INTO passages (passage_id, paper_id, source, page, section, sentence, context_before,
        context_after, matched, match_kind, duplicate_of, position, created_at, passage_kind)
        SELECT passage_id, paper_id, source, page, section, sentence, context_before,
        context_after, matched, match_kind, duplicate_of, position, created_at, passage_kind
        FROM passages_before_redteam ORDER BY duplicate_of IS NOT NULL;
    DROP TABLE passages_before_redteam;
    CREATE INDEX passages_paper ON passages(paper_id, source, page, position);
    """,
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
    # The automatic label of the chosen response over the whole conversation (audit.pairlabel;
    # NULL in runs made before it), and the LLM judge's cached answers for labelled pairs.
    """
    ALTER TABLE audit_pairs ADD COLUMN chosen_auto TEXT;
    CREATE TABLE audit_judge_answers (
        judge_key TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL,
        model TEXT NOT NULL,
        format TEXT NOT NULL,
        label TEXT,
        problem TEXT,
        answers_json TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX audit_judge_unit ON audit_judge_answers(unit_id, model, format);
    """,
    # No query reads pairs by (run_id, pair_hash): exact duplicate pairs are counted with a
    # window over the run's rows. The index only cost every insert and the audit's rebuild.
    """
    DROP INDEX IF EXISTS audit_pairs_pair;
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
    # The gender a prompt signals and its intersection with the group ("Black / female"), so
    # that group, gender and intersection are analysable; the old names suite kept gender in
    # meta_json.
    """
    ALTER TABLE eval_prompts ADD COLUMN gender TEXT;
    ALTER TABLE eval_prompts ADD COLUMN intersection TEXT;
    UPDATE eval_prompts SET gender = json_extract(meta_json, '$.gender')
        WHERE json_valid(meta_json) AND json_type(meta_json, '$.gender') = 'text';
    UPDATE eval_prompts SET intersection = grp || ' / ' || gender
        WHERE grp IS NOT NULL AND gender IS NOT NULL;
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
