"""citeaudit: audit a safety dataset, the literature that cites it, and the models trained on it.

Every command is a library call on one open `Store` (an SQLite file); every stage is safe to
rerun (finished work is kept). The names below are the public API; each lives in one part.
A stage is `stage(store, config, *, options..., on_progress=None) -> a summary`:

- literature: `fetch_citations(store, config, ScholarClient(config))`, `select_papers`,
  `download_pdfs`, `extract_passages`, `auto_code(store, config,
  codebook=load_codebook("hh_usage"))`, `build_network`, `run_report`; `run_pipeline(store,
  config)` runs them all (`citeaudit run`).
- coding (shared by all parts): `load_codebook`, `export_codes(store, book, coder, path)`,
  `import_codes(store, path)`, `code_agreement(store, book)`.
- audit: `run_audit(store, config, sources=[guess_source(path), ...])`, `sample_pairs`,
  `filter_pairs`, `show_audit_tables` (the tables `citeaudit audit show` prints).
- evals: `load_suite`, `generate_responses(store, config, prompts=..., backend=make_backend(...),
  params=GenerationParams())`, `import_generations`, `classify_responses(store, config)`,
  `judge_responses(store, config, backend=...)`, `disparity_tables`,
  `export_responses(store, path)` (every response with every label, CSV or JSONL), `run_experiment`.
- training: `load_recipe` / `parse_recipe`, `train_models(store, config, recipe=...)` (the
  store is unused: models go to folders), `train_variant(recipe, variant)` (one variant).

`load_config()` reads defaults, then citeaudit.toml, then the environment; `Config.replace`
changes a setting. Errors a user can fix are `CiteauditError`s with a one-line message.

    import citeaudit

    config = citeaudit.load_config().replace(top_n=20)
    with citeaudit.Store(config.store_path) as store, citeaudit.ScholarClient(config) as s2:
        citeaudit.fetch_citations(store, config, s2)      # citing papers, ranked and selected
        citeaudit.download_pdfs(store, config)
        citeaudit.extract_passages(store, config)          # the sentences that use the dataset
        summary = citeaudit.run_report(store, config)      # reports/<name>/index.html
    print(summary.path)

Names are imported when first used, so `import citeaudit` loads no torch, spaCy or PyMuPDF.
The subpackages (`citeaudit.literature`, `.coding`, `.audit`, `.evals`, `.training`,
`.report`, `.store`, `.core`) hold the rest; docs/architecture.md maps them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# Public name -> "module:attribute", imported on first access (PEP 562).
_EXPORTS = {
    "Store": "citeaudit.store.base:Store",
    "Config": "citeaudit.core.config:Config",
    "load_config": "citeaudit.core.config:load_config",
    "CiteauditError": "citeaudit.core.errors:CiteauditError",
    # literature
    "ScholarClient": "citeaudit.literature.scholar:ScholarClient",
    "fetch_citations": "citeaudit.literature.fetch:run",
    "select_papers": "citeaudit.literature.select:run",
    "download_pdfs": "citeaudit.literature.pdfs:run",
    "extract_passages": "citeaudit.literature.extract.stage:run",
    "auto_code": "citeaudit.literature.autocode:run",
    "build_network": "citeaudit.literature.network:run",
    "run_report": "citeaudit.report:run",
    "run_pipeline": "citeaudit.literature.pipeline:run",
    # coding
    "load_codebook": "citeaudit.coding.codebook:load_codebook",
    "export_codes": "citeaudit.coding.export:export_xlsx",
    "import_codes": "citeaudit.coding.importing:import_file",
    "code_agreement": "citeaudit.coding.reliability:agreement",
    # audit
    "guess_source": "citeaudit.audit.sources:guess_source",
    "run_audit": "citeaudit.audit.stage:run",
    "sample_pairs": "citeaudit.audit.sample:create_sample",
    "filter_pairs": "citeaudit.audit.filter:write_filtered",
    "show_audit_tables": "citeaudit.audit.show:show_tables",
    # evals
    "load_suite": "citeaudit.evals.suites:load_suite",
    "make_backend": "citeaudit.evals.backends:make_backend",
    "GenerationParams": "citeaudit.evals.backends:GenerationParams",
    "generate_responses": "citeaudit.evals.generate:run",
    "import_generations": "citeaudit.evals.generate:import_generations",
    "classify_responses": "citeaudit.evals.analysis:run",
    "judge_responses": "citeaudit.evals.judge:run",
    "disparity_tables": "citeaudit.evals.analysis:eval_tables",
    "export_responses": "citeaudit.evals.export:export_responses",
    "run_experiment": "citeaudit.evals.experiment:run_experiment",
    # training
    "load_recipe": "citeaudit.training.recipe:load_recipe",
    "parse_recipe": "citeaudit.training.recipe:parse_recipe",
    "train_models": "citeaudit.training.train:run",
    "train_variant": "citeaudit.training.train:train_variant",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    target = _EXPORTS.get(name)
    if target is None:  # AttributeError, so `from citeaudit import audit` finds the subpackage
        raise AttributeError(f"module 'citeaudit' has no attribute {name!r}")
    module_name, attr = target.split(":")
    value = getattr(import_module(module_name), attr)
    globals()[name] = value  # the next access skips this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
