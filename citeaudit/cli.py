"""The command line: thin click commands over the library; errors become one clear line."""

from __future__ import annotations

import csv
import functools
import logging
import sys
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


def _train_variants(recipe, names: list[str]) -> list:
    from citeaudit import training

    for name in names:
        training.variant_files(recipe, name)
    label = [""]
    trained = []
    with _progress() as progress:
        on_progress = _training_progress(progress, label)
        for name in names:
            label[0] = name
            trained.append(training.train_variant(recipe, name, on_progress))
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

    Example: citeaudit train --example-recipe > recipe.toml;
    citeaudit train recipe.toml --variant full
    """
    from citeaudit import training

    if example_recipe:
        click.echo(training.EXAMPLE_RECIPE, nl=False)
        return
    if recipe_path is None:
        raise click.UsageError("give a RECIPE_PATH (or --example-recipe to write one)")
    recipe = training.load_recipe(recipe_path)
    _print_trained(_train_variants(recipe, list(variants) or list(recipe.variants)))


@main.command("experiment")
@click.argument("recipe_path", type=click.Path(path_type=Path))
@click.option("--variant", "variants", multiple=True, help=VARIANT_HELP)
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="Folder for the tables and comparison.html [default: reports/experiment-"
                   "<recipe name>].")
@click.option("--reference", help="Variant the others are tested against "
              "[default: full when trained, else the first].")
@click.option("--groups", help="Comma-separated identity groups for the prompt suite "
              "[default: 12 groups, see citeaudit.experiment.IDENTITY_GROUPS].")
@click.option("--max-new-tokens", type=int, default=64, show_default=True,
              help="Length of each generated response.")
@pass_ctx
@handle_errors
def experiment_cmd(c: Context, recipe_path: Path, variants: tuple[str, ...], out_dir: Path | None,
                   reference: str | None, groups: str | None, max_new_tokens: int):
    """Train every variant of a recipe, then compare how each model refuses.

    Trains what is not trained yet (as `citeaudit train`), asks every model the same safe
    and unsafe prompts about each identity group, labels refusals, and writes refusal rates
    per group and variant with 95% Wilson intervals, chi-square tests across groups, Fisher
    tests against the reference variant (Holm-adjusted), all as CSV, plus comparison.html.
    Generations are cached in <out>/generations, so a rerun only generates what is new.

    Example: citeaudit experiment recipe.toml --reference full --out reports/hh-variants
    """
    from citeaudit import experiment, training

    recipe = training.load_recipe(recipe_path)
    names = list(variants) or list(recipe.variants)
    trained = _train_variants(recipe, names)
    _print_trained(trained)
    suite = experiment.identity_suite(
        [g.strip() for g in groups.split(",") if g.strip()] if groups
        else experiment.IDENTITY_GROUPS)
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
