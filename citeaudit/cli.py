"""The command line: thin click commands over the library; errors become one clear line."""

from __future__ import annotations

import csv
import functools
import logging
import sys
import warnings
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from citeaudit import fetch as fetch_stage
from citeaudit import select as select_stage
from citeaudit.config import Config, load_config
from citeaudit.errors import CiteauditError
from citeaudit.scholar import ScholarClient
from citeaudit.store import Store, loads

console = Console(stderr=True)
out = Console()


class Context:
    """What every command gets: the config, and the store opened on demand."""

    def __init__(self, config: Config, debug: bool):
        self.config = config
        self.debug = debug

    def store(self) -> Store:
        return Store(self.config.store_path)


def handle_errors(fn):
    """Turn library errors into one line on stderr and exit code 1 (traceback with --debug)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        debug = bool(ctx.obj and ctx.obj.debug)
        try:
            return fn(*args, **kwargs)
        except CiteauditError as exc:
            if debug:
                raise
            console.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
            sys.exit(1)
        except KeyboardInterrupt:
            console.print("interrupted: finished work is stored; rerun the command to resume")
            sys.exit(130)

    return wrapper


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="A citeaudit.toml (default: ./citeaudit.toml when present).")
@click.option("--store", "store_path", type=click.Path(path_type=Path),
              help="The corpus store [default: cache/citeaudit.sqlite].")
@click.option("--debug", is_flag=True, help="Show tracebacks and HTTP traffic (never the API key).")
@click.version_option(package_name="citeaudit")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, store_path: Path | None, debug: bool):
    """Audit a dataset and the literature that cites it (default: Anthropic HH-RLHF).

    Typical session: `citeaudit run` (everything), or step by step:
    fetch -> pdfs -> extract -> code auto -> network -> report.
    """
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not debug:
        logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        config = load_config(config_path)
    except CiteauditError as exc:
        console.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
    ctx.obj = Context(config.replace(store_path=store_path), debug)


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=False,
        disable=not console.is_terminal,
    )


# ---------------------------------------------------------------------------
# fetch, select, list
# ---------------------------------------------------------------------------
RULE_HELP = "; ".join(f"{name}: {desc}" for name, (desc, _) in select_stage.RULES.items())


@main.command()
@click.option("--target", help="The cited paper: S2 sha, CorpusId:, DOI:, ARXIV:, ACL: or an "
              "arxiv.org / semanticscholar.org URL [default: ARXIV:2204.05862, HH-RLHF].")
@click.option("--top", "top_n", type=int, help="How many papers to select [default: 100].")
@click.option("--rule", type=click.Choice(list(select_stage.RULES)), help=RULE_HELP)
@click.option("--as-of", help="Only papers published by this date (YYYY-MM-DD), to reproduce "
              "an earlier analysis.")
@click.option("--refresh", is_flag=True, help="Ask the API again even for stored pages.")
@pass_ctx
@handle_errors
def fetch(c: Context, target, top_n, rule, as_of, refresh):
    """Fetch every paper citing the target from Semantic Scholar and select the top N.

    A rerun makes no API calls unless --refresh; an interrupted run resumes from the
    last stored page. Set S2_API_KEY for the faster, keyed rate limit.

    Example: citeaudit fetch --top 100 --as-of 2025-06-30
    """
    if as_of:
        select_stage.parse_as_of(as_of)
    config = c.config.replace(target=target, top_n=top_n, rank_rule=rule, as_of=as_of)
    with c.store() as store, ScholarClient(config) as client, _progress() as progress:
        task = progress.add_task("citations", total=None)

        def on_page(done: int, total: int | None) -> None:
            if total:
                progress.update(task, total=total)
            progress.update(task, completed=done)

        summary = fetch_stage.run(store, config, client, refresh=refresh, on_page=on_page)
    for warning in summary.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")
    ranking = summary.ranking
    out.print(
        f"target: {summary.target_title} ({summary.target_paper_id})\n"
        f"citing papers stored: {summary.citations_stored:,}"
        f" (S2 reports {summary.target_citation_count or '?'})\n"
        f"selected: top {len(ranking.works)} by {ranking.rule}"
        f"{f' as of {ranking.as_of}' if ranking.as_of else ''}"
        f" ({ranking.n_twins_merged} preprint/published twins merged)\n"
        f"API requests this run: {summary.requests}",
        highlight=False,
    )
    if summary.not_found_in_batch:
        console.print(f"[yellow]warning:[/yellow] S2 had no details for "
                      f"{len(summary.not_found_in_batch)} selected papers")


@main.command("select")
@click.option("--top", "top_n", type=int, help="How many papers to select [default: 100].")
@click.option("--rule", type=click.Choice(list(select_stage.RULES)), help=RULE_HELP)
@click.option("--as-of", help="Only papers published by this date (YYYY-MM-DD).")
@pass_ctx
@handle_errors
def select_cmd(c: Context, top_n, rule, as_of):
    """Redo the selection from stored citations, without network.

    Example: citeaudit select --rule s2-influential --top 50
    """
    config = c.config.replace(top_n=top_n, rank_rule=rule, as_of=as_of)
    with c.store() as store:
        ranking = select_stage.run(store, config)
    out.print(f"selected top {len(ranking.works)} of {ranking.n_candidates:,} by {ranking.rule}"
              f"{f' as of {ranking.as_of}' if ranking.as_of else ''}; "
              f"{ranking.n_twins_merged} twins merged", highlight=False)


LIST_COLUMNS = ["rank", "paper_id", "year", "citations", "influential", "title", "venue",
                "arxiv_id", "doi", "twins"]


def selection_rows(store: Store) -> list[dict]:
    selection = store.current_selection()
    if selection is None:
        raise CiteauditError("no selection yet: run `citeaudit fetch` (or `citeaudit select`)")
    rows = []
    for item in store.selection_items(selection.selection_id):
        twins = [t for t in loads(item["twin_ids_json"], []) if t != item["paper_id"]]
        score = loads(item["score_json"], {})
        rows.append({
            "rank": item["rank"], "paper_id": item["paper_id"], "year": item["year"],
            "citations": score.get("citation_count"),
            "influential": score.get("influential_citation_count"),
            "title": item["title"], "venue": item["venue"], "arxiv_id": item["arxiv_id"],
            "doi": item["doi"], "twins": " ".join(twins),
        })
    return rows


@main.command("list")
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV to stdout instead of a table.")
@pass_ctx
@handle_errors
def list_cmd(c: Context, as_csv: bool):
    """Show the current selection of most influential citing papers.

    Example: citeaudit list --csv > top100.csv
    """
    with c.store() as store:
        rows = selection_rows(store)
        selection = store.current_selection()
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else LIST_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return
    table = Table(title=f"Top {selection.top_n} by {selection.rule}"
                  f"{f' as of {selection.as_of}' if selection.as_of else ''}"
                  f" (selected {selection.created_at})")
    for col in ("rank", "year", "citations", "title"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["rank"]), str(r["year"] or ""), str(r["citations"] or 0),
                      r["title"] or "")
    out.print(table)


# --- passages commands ---

# --- coding commands ---

# --- network and report commands ---

# --- audit commands ---
@main.group()
def audit():
    """Audit the HH-RLHF files themselves: sizes, duplicates, refusals, identity terms,
    red-team topics; a labelled sample; filtered variants.

    Example: citeaudit audit run --data-dir ../shared/data/hh-rlhf --subset harmless-base
    """


def _audit_run_id(store: Store, run_id: int | None) -> int:
    row = store.audit_run(run_id)
    if row is None:
        raise CiteauditError("no finished audit run in the store: run `citeaudit audit run`"
                             if run_id is None else f"no audit run {run_id}")
    return row["run_id"]


@audit.command("run")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A copy of github.com/anthropics/hh-rlhf (<subset>/<split>.jsonl.gz) or a "
              "folder of <subset>-<split>.jsonl.gz files.")
@click.option("--subset", "subsets", multiple=True, help="Only these subsets (repeatable): "
              "harmless-base, helpful-base, helpful-online, helpful-rejection-sampled, "
              "red-team-attempts. With FILES: the subset of every file.")
@click.option("--split", "splits", multiple=True, help="Only these splits (train, test).")
@click.option("--download", is_flag=True, help="Fetch missing files from the public source "
              "into cache/hh-rlhf (resumable, checksummed).")
@click.option("--source-url", help="Base URL of the files [default: raw.githubusercontent.com "
              "anthropics/hh-rlhf master; the HF hub's .../resolve/main also works].")
@click.option("--threshold", type=float, default=0.8, show_default=True,
              help="Jaccard threshold for near-duplicate prompts.")
@click.option("--classifier", default=None, help="Refusal classifier: 'builtin' or "
              "'package.module:name' [default: config audit_classifier or builtin].")
@click.option("--topics", "n_topics", type=int, default=10, show_default=True,
              help="Harm topics to fit on red-team prompts.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--force", is_flag=True, help="Audit again even if this exact run is stored.")
@pass_ctx
@handle_errors
def audit_run(c: Context, files, data_dir, subsets, splits, download, source_url, threshold,
              classifier, n_topics, seed, force):
    """Audit HH files in one streaming pass each; results go to the store.

    Reruns with the same files and settings reuse the stored run; an interrupted run
    resumes with the files it had not finished.

    Example: citeaudit audit run ../shared/data/hh-rlhf/harmless-base-test.jsonl.gz
    """
    from citeaudit.dataset_audit import audit as audit_stage
    from citeaudit.dataset_audit import sources as hh

    if files:
        if len(subsets) > 1 or len(splits) > 1:
            raise CiteauditError("with FILES give at most one --subset and one --split")
        chosen = [hh.guess_source(p, subsets[0] if subsets else None,
                                  splits[0] if splits else None) for p in files]
    else:
        selection = hh.parse_selection(list(subsets), list(splits))
        cfg = c.config
        with _progress() as progress:
            task = progress.add_task("download", total=None)
            chosen = hh.resolve_sources(
                selection, data_dir=data_dir or cfg.hh_data_dir, cache_dir=cfg.cache_dir,
                base_url=source_url or cfg.hh_source_url, download=download,
                timeout_s=cfg.http_timeout_s, max_retries=cfg.http_max_retries,
                user_agent=cfg.user_agent,
                on_progress=lambda name, done, total: progress.update(
                    task, description=name, completed=done, total=total))
    settings = audit_stage.AuditSettings(
        near_dup_threshold=threshold, classifier=classifier or getattr(
            c.config, "audit_classifier", None) or "builtin",
        lexicon=str(c.config.identity_lexicon) if c.config.identity_lexicon else None,
        n_topics=n_topics, seed=seed)
    with c.store() as store, _progress() as progress:
        tasks: dict[str, int] = {}

        def on_progress(label: str, n: int) -> None:
            if label not in tasks:
                tasks[label] = progress.add_task(label, total=None)
            progress.update(tasks[label], completed=n)

        summary = audit_stage.run(store, chosen, settings, force=force, on_progress=on_progress)
    out.print(f"audit run {summary.run_id}{' (stored, reused)' if summary.reused else ''}: "
              f"{summary.records:,} records from {len(summary.sources)} files, "
              f"{summary.problems:,} malformed; {summary.elapsed_s:.1f} s. "
              f"See `citeaudit audit show`.", highlight=False)


@audit.command("show")
@click.option("--run", "run_id", type=int, help="Audit run id [default: the latest].")
@click.option("--json", "as_json", is_flag=True, help="Print every stored measure as JSON.")
@pass_ctx
@handle_errors
def audit_show(c: Context, run_id, as_json):
    """Show the measures of an audit run.

    Example: citeaudit audit show --json > audit.json
    """
    import json as json_lib

    with c.store() as store:
        run_id = _audit_run_id(store, run_id)
        measures = store.audit_measures(run_id)
        identity = store.audit_identity(run_id)
        topics = store.audit_topics(run_id)
        problems = store.audit_problems(run_id, limit=20)
    if as_json:
        out.print_json(json_lib.dumps({
            "run_id": run_id,
            "measures": {f"{k[0]}/{k[1]}": v for k, v in measures.items()},
            "identity": [dict(r) for r in identity],
            "topics": [dict(r) for r in topics]}, default=str))
        return
    table = Table(title=f"HH audit run {run_id}")
    for col in ("file", "records", "bad", "turns", "words c/r", "identical", "empty c/r",
                "trunc c/r", "refusal c/r", "evasion c/r", "dup prompt", "near-dup"):
        table.add_column(col, overflow="fold")
    for (subset, split), m in sorted(measures.items()):
        size = m.get("size", {})
        n = size.get("pairs", size.get("attempts", 0))
        ref = m.get("refusal", {})

        def share(side: str, lab: str, ref=ref) -> float:
            return ref.get(side, {}).get("shares", {}).get(lab, 0)

        words = m.get("lengths_words", {})
        dup = m.get("duplicates", {})
        table.add_row(
            f"{subset}/{split}", f"{n:,}", str(size.get("malformed", 0)),
            str(m.get("turns", {}).get("mean", "")),
            f"{words.get('chosen', {}).get('p50', '')}/{words.get('rejected', {}).get('p50', '')}",
            str(m.get("identical_responses", {}).get("n", "")),
            f"{m.get('empty_responses', {}).get('chosen', '')}/"
            f"{m.get('empty_responses', {}).get('rejected', '')}",
            f"{m.get('truncated_responses', {}).get('chosen', '')}/"
            f"{m.get('truncated_responses', {}).get('rejected', '')}",
            f"{share('chosen', 'refusal'):.1%}/{share('rejected', 'refusal'):.1%}" if ref else "",
            f"{share('chosen', 'evasion'):.1%}/{share('rejected', 'evasion'):.1%}" if ref else "",
            str(dup.get("exact_duplicate_prompt", "")), str(dup.get("near_duplicate_prompt", "")))
    out.print(table)
    method = next((m["duplicates"]["method"] for m in measures.values() if "duplicates" in m),
                  None)
    if method:
        out.print(f"near duplicates: {method}", highlight=False)
    groups: dict[tuple[str, str], list[int]] = {}
    for r in identity:
        if r["part"] == "prompt":
            acc = groups.setdefault((r["axis"], r["grp"]), [0, 0])
            acc[0] += r["units_raw"]
            acc[1] += r["units_person"]
    if groups:
        ident = Table(title="Identity groups in prompts (prompts mentioning: raw / person)")
        for col in ("axis", "group", "raw", "person"):
            ident.add_column(col)
        for (axis, grp), (raw, person) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:20]:
            ident.add_row(axis, grp, f"{raw:,}", f"{person:,}")
        out.print(ident)
    for t in topics:
        out.print(f"topic {t['topic']} ({t['share']:.1%}): "
                  f"{', '.join(loads(t['top_terms_json'])[:8])}", highlight=False)
    for p in problems:
        out.print(f"[yellow]malformed[/yellow] {p['subset']}/{p['split']} line {p['line']}: "
                  f"{p['kind']}: {p['message']}")


@audit.command("sample")
@click.option("-n", "n", type=int, default=200, show_default=True, help="Pairs to draw.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--coder", "coders", multiple=True, required=True,
              help="An annotator's name; one workbook each (repeatable).")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("reports/audit-sample"), show_default=True)
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV instead of XLSX.")
@click.option("--run", "run_id", type=int, help="Audit run id [default: the latest].")
@pass_ctx
@handle_errors
def audit_sample(c: Context, n, seed, coders, out_dir, as_csv, run_id):
    """Draw a seeded sample stratified by subset, turns and identity mention, and export
    one labelling workbook per annotator (codebook coding_scheme/hh_pair_labels.yaml).

    Example: citeaudit audit sample -n 200 --coder alice --coder bob
    """
    from citeaudit.dataset_audit import sample as sampling

    with c.store() as store:
        summary = sampling.create_sample(store, _audit_run_id(store, run_id), n, seed,
                                         list(coders), out_dir, fmt="csv" if as_csv else "xlsx")
    out.print(f"{summary.n_units} pairs in {len(summary.strata)} strata; automatic labels "
              f"stored as coder '{sampling.AUTO_CODER}'", highlight=False)
    for path in summary.exports:
        out.print(f"  {path}", highlight=False)


@audit.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
@handle_errors
def audit_import(c: Context, files):
    """Import filled labelling workbooks (all problems reported, nothing stored on error).

    Example: citeaudit audit import reports/audit-sample/hh-labels-alice.xlsx
    """
    from citeaudit import coding

    with c.store() as store:
        for path in files:
            report = coding.import_file(store, path)
            state = "already imported" if report.already_imported else \
                f"{len(report.changes)} codes changed"
            out.print(f"{path}: {report.coder}: {state}", highlight=False)


@audit.command("labels")
@click.option("--coder", help="One annotator's labels [default: final agreed labels].")
@pass_ctx
@handle_errors
def audit_labels(c: Context, coder):
    """Label shares with 95% Wilson intervals, and agreement (people, automatic labels).

    Example: citeaudit audit labels
    """
    from citeaudit.dataset_audit import sample as sampling

    with c.store() as store:
        shares = sampling.label_shares(store, coder)
        report = sampling.label_agreement(store)
    table = Table(title=f"Chosen-response labels ({coder or 'final'})")
    for col in ("label", "n", "share", "95% CI"):
        table.add_column(col)
    for s in shares:
        table.add_row(s["label"], f"{s['n']}/{s['of']}",
                      "" if s["share"] is None else f"{s['share']:.1%}",
                      f"{s['ci_low']:.1%} - {s['ci_high']:.1%}")
    out.print(table)
    for row in report.rows():
        if row["value"] is not None:
            out.print(f"{row['measure']} {row['coder_a']} vs {row['coder_b'] or '-'}: "
                      f"{row['value']:.3f} (n={row['n_units']})", highlight=False)


@audit.command("filter")
@click.option("--drop", "rules", multiple=True, required=True,
              help="A rule (repeatable): refusal, evasion, harmful, unhelpful, identity, "
              "duplicate-pair, duplicate-prompt, near-duplicate, broken.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for <subset>/<split>.jsonl.gz and manifest.json.")
@click.option("--run", "run_id", type=int, help="Audit run id [default: the latest].")
@pass_ctx
@handle_errors
def audit_filter(c: Context, rules, out_dir, run_id):
    """Write a filtered variant of the audited pair files in HH's own format.

    Example: citeaudit audit filter --drop harmful --drop duplicate-pair --out-dir hh-clean
    """
    from citeaudit.dataset_audit import filter as filtering

    with c.store() as store:
        summary = filtering.write_filtered(store, _audit_run_id(store, run_id), list(rules),
                                           out_dir)
    for f in summary.manifest["files"]:
        out.print(f"{f['output']}: kept {f['kept']:,}, removed {f['removed']:,} "
                  f"{f['removed_by_rule']}", highlight=False)
    out.print(f"manifest: {out_dir / 'manifest.json'}", highlight=False)


# --- eval commands ---

# --- training commands ---
VARIANT_HELP = ("A variant named in the recipe's [variants] table; repeat for several "
                "[default: all].")


def _training_progress(progress: Progress, variant_label: list[str]):
    """An on_progress callback that keeps one bar per (variant, stage)."""
    tasks: dict[tuple[str, str], int] = {}

    def on_progress(stage: str, step: int, total: int) -> None:
        key = (variant_label[0], stage)
        if key not in tasks:
            tasks[key] = progress.add_task(f"{key[0]} {stage}", total=total or None)
        progress.update(tasks[key], completed=step, total=total or None)

    return on_progress


def _train_variants(recipe, names: list[str], config: Config) -> list:
    from citeaudit import training

    for name in names:
        training.variant_files(recipe, name, config)
    label = [""]
    trained = []
    with _progress() as progress, warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # library deprecation notices
        on_progress = _training_progress(progress, label)
        for name in names:
            label[0] = name
            trained.append(training.train_variant(recipe, name, on_progress, config=config))
    return trained


def _print_trained(trained: list) -> None:
    for model in trained:
        meta = model.metadata
        stages = meta["stages"]
        state = "already trained" if model.skipped else "trained"
        out.print(f"{model.variant}: {state} -> {model.model_dir} "
                  f"(pairs {meta['data']['pairs_used']:,}; SFT {stages['sft']['global_step']} "
                  f"steps, loss {stages['sft']['train_loss']:.4f}; DPO "
                  f"{stages['dpo']['global_step']} steps, loss "
                  f"{stages['dpo']['train_loss']:.4f}; {meta['device']['name']})",
                  highlight=False)


@main.command("train")
@click.argument("recipe_path", required=False, type=click.Path(path_type=Path))
@click.option("--variant", "variants", multiple=True, help=VARIANT_HELP)
@click.option("--example-recipe", is_flag=True,
              help="Print a commented example recipe (Pythia-410M) and exit.")
@pass_ctx
@handle_errors
def train_cmd(c: Context, recipe_path: Path | None, variants: tuple[str, ...],
              example_recipe: bool):
    """Fine-tune a base model on HH variants: SFT on chosen responses, then DPO (TRL).

    RECIPE_PATH is a TOML recipe: one base model, one set of hyper-parameters, and the
    variants (helpful-only, harmless-only, full, or filtered JSONL files from the audit).
    Each variant goes to <output_dir>/<variant>/model with training.json (data checksums,
    seed, steps, losses, versions). Reruns skip finished variants and resume interrupted
    ones from their last checkpoint. Needs `pip install 'citeaudit[models]'`.

    \b
    Example:
      citeaudit train --example-recipe > recipe.toml
      citeaudit train recipe.toml --variant harmless-only
    """
    from citeaudit import training

    if example_recipe:
        click.echo(training.EXAMPLE_RECIPE, nl=False)
        return
    if recipe_path is None:
        raise click.UsageError("give a RECIPE_PATH (or --example-recipe to write one)")
    recipe = training.load_recipe(recipe_path)
    _print_trained(_train_variants(recipe, list(variants) or list(recipe.variants), c.config))


@main.command("experiment")
@click.argument("recipe_path", type=click.Path(path_type=Path))
@click.option("--variant", "variants", multiple=True, help=VARIANT_HELP)
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="Folder for the tables and comparison.html [default: reports/experiment-"
                   "<recipe name>].")
@click.option("--reference", help="Variant the others are tested against "
              "[default: full when trained, else the first].")
@click.option("--suite", "suite_name", default="identity", show_default=True,
              type=click.Choice(["identity", "xstest", "file"]),
              help="Prompt suite (prompts without a group or safety label are left out).")
@click.option("--suite-source", help="The suite's file or URL (xstest: CSV; file: CSV/JSONL).")
@click.option("--groups", help="Comma-separated groups to keep, e.g. 'Women,Muslim,Gay' "
              "[default: every group of the suite].")
@click.option("--max-new-tokens", type=int, default=64, show_default=True,
              help="Length of each generated response.")
@pass_ctx
@handle_errors
def experiment_cmd(c: Context, recipe_path: Path, variants: tuple[str, ...], out_dir: Path | None,
                   reference: str | None, suite_name: str, suite_source: str | None,
                   groups: str | None, max_new_tokens: int):
    """Train every variant of a recipe, then compare how each model refuses.

    Trains what is not trained yet (as `citeaudit train`), asks every model the same safe
    and unsafe prompts about each identity group (default: the identity suite, 56 templates
    x 42 lexicon groups), labels responses with the response taxonomy, and writes refusal rates
    per group and variant with 95% Wilson intervals, chi-square tests across groups, Fisher
    tests against the reference variant (Holm-adjusted), all as CSV, plus comparison.html.
    Generations are cached in <out>/generations, so a rerun only generates what is new.

    \b
    Example:
      citeaudit experiment recipe.toml --reference full --out reports/hh-variants
    """
    from citeaudit import experiment, training

    recipe = training.load_recipe(recipe_path)
    names = list(variants) or list(recipe.variants)
    if reference and reference not in names:
        raise click.BadParameter(f"{reference!r} is not among the variants ({', '.join(names)})",
                                 param_hint="--reference")
    suite = experiment.experiment_suite(  # checked before any training
        suite_name, suite_source, [g for g in groups.split(",") if g.strip()] if groups else None)
    trained = _train_variants(recipe, names, c.config)
    _print_trained(trained)
    out_dir = out_dir or c.config.reports_dir / f"experiment-{recipe_path.stem}"
    with _progress() as progress:
        task = progress.add_task("evaluating variants", total=len(trained))

        def on_variant(name: str) -> None:
            progress.update(task, description=f"evaluating {name}",
                            completed=names.index(name))

        tables = experiment.run_experiment(
            {m.variant: m.model_dir for m in trained}, suite,
            params=experiment.GenerationParams(max_new_tokens=max_new_tokens, seed=recipe.seed),
            reference_variant=reference, cache_dir=out_dir / "generations",
            on_variant=on_variant)
        progress.update(task, completed=len(trained))
    section = experiment.comparison_section(tables)
    experiment.write_section(section, tables, out_dir)
    for paragraph in section.paragraphs:
        out.print(paragraph, highlight=False)
    out.print(f"tables and comparison.html in {out_dir}", highlight=False)
