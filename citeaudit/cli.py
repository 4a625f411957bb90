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
from citeaudit import network as network_stage
from citeaudit import pipeline
from citeaudit import report as report_stage
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
CODEBOOK_OPTION = click.option(
    "--codebook", "codebook_name", default="hh_usage", show_default=True,
    help="A codebook name in coding_scheme/ or a path to a codebook YAML file.")


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


@main.group("code")
def code_group():
    """Code how papers (or other units) use the dataset: suggest, export, import, agree.

    Typical round: `code auto`, then `code export --coder alice` for each person, each fills
    the XLSX, `code import alice.xlsx`, `code agreement`, `code adjudicate`, import the
    adjudication sheet.
    """


@code_group.command("auto")
@CODEBOOK_OPTION
@click.option("--llm", is_flag=True, help="Also ask the OpenAI-compatible endpoint "
              "(openai_base_url, openai_model, OPENAI_API_KEY); stored as coder auto-llm.")
@click.option("--refresh", is_flag=True, help="Ask the LLM again for units it already coded.")
@pass_ctx
@handle_errors
def code_auto(c: Context, codebook_name: str, llm: bool, refresh: bool):
    """Suggest codes for the selected papers from their passages (coder `auto`).

    Rules come from the codebook's patterns; each suggestion keeps its evidence passages and
    a confidence. People's codes are never touched. Run `citeaudit extract` first.

    Example: citeaudit code auto --codebook hh_usage
    """
    from citeaudit import coding
    from citeaudit.coding import auto

    book = coding.load_codebook(codebook_name)
    with c.store() as store, _progress() as progress:
        task = progress.add_task("coding", total=None)
        summary = auto.run(store, c.config, book, use_llm=llm, refresh=refresh,
                           progress=lambda done, total: progress.update(task, completed=done,
                                                                        total=total))
    for warning in summary.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False, soft_wrap=True)
    out.print(f"{summary.n_units} units ({summary.n_without_passages} without passages, not "
              f"coded); {summary.n_codes_changed} suggestions stored"
              + (f"; LLM coded {summary.n_llm_units}, skipped {summary.n_llm_skipped} already "
                 f"coded, {summary.llm_requests} requests" if llm else ""),
              highlight=False, soft_wrap=True)


@code_group.command("export")
@CODEBOOK_OPTION
@click.option("--coder", required=True, help="Who will code this file (name or initials).")
@click.option("--format", "file_format", type=click.Choice(["xlsx", "csv"]), default="xlsx",
              show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Where to write [default: reports/coding/<codebook>-<coder>.<format>].")
@click.option("--unit-type", help="Units to export [default: the codebook's unit_type].")
@pass_ctx
@handle_errors
def code_export(c: Context, codebook_name: str, coder: str, file_format: str,
                output: Path | None, unit_type: str | None):
    """Write a spreadsheet for one coder: units, evidence, codebook, instructions.

    The coder's earlier codes come back pre-filled; the automatic suggestions are shown in
    read-only columns. Give the file to the coder and import it when it comes back.

    Example: citeaudit code export --coder alice -o alice.xlsx
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name)
    path = output or c.config.reports_dir / "coding" / f"{book.name}-{coder}.{file_format}"
    export = coding.export_xlsx if file_format == "xlsx" else coding.export_csv
    with c.store() as store:
        summary = export(store, book, coder, path, unit_type=unit_type)
    out.print(f"wrote {summary.path}: {summary.n_units} units, {summary.n_evidence} evidence "
              f"rows, for {summary.coder} (codebook {book.name} v{book.version})",
              highlight=False, soft_wrap=True)


@code_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--codebook", "codebook_name", help="Check the files were exported with this "
              "codebook's current version (name or path).")
@click.option("--prefer-file", is_flag=True, help="Where the file and the store both changed "
              "a code since the export, keep the file's (the old code stays in the history).")
@pass_ctx
@handle_errors
def code_import(c: Context, files: tuple[Path, ...], codebook_name: str | None,
                prefer_file: bool):
    """Import filled spreadsheets (XLSX or CSV, coding or adjudication sheets).

    Every cell is checked first; with any problem nothing is stored and each problem is
    listed with its sheet and cell. Importing the same file twice does nothing.

    Example: citeaudit code import alice.xlsx bob.csv
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name) if codebook_name else None
    with c.store() as store:
        for path in files:
            report = coding.import_file(store, path, codebook=book, prefer_file=prefer_file)
            for warning in report.warnings:
                console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False,
                              soft_wrap=True)
            out.print(report.summary(), highlight=False, soft_wrap=True)


@code_group.command("agreement")
@CODEBOOK_OPTION
@click.option("--csv", "csv_path", type=click.Path(path_type=Path),
              help="Also write every figure to this CSV file.")
@pass_ctx
@handle_errors
def code_agreement(c: Context, codebook_name: str, csv_path: Path | None):
    """Agreement: Krippendorff's alpha across people, Cohen's kappa per pair, auto vs people.

    Multi-label dimensions are measured per code (present/absent) and as the exact set.

    Example: citeaudit code agreement --csv agreement.csv
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name)
    with c.store() as store:
        report = coding.agreement(store, book)
    alphas = Table(title=f"Krippendorff's alpha across {', '.join(report.coders) or 'nobody'}")
    for col in ("dimension", "code", "alpha", "units"):
        alphas.add_column(col)
    for a in report.alphas:
        alphas.add_row(a.dimension, a.code or "", _pct(a.alpha), str(a.n_units))
    pairs = Table(title="Cohen's kappa per pair")
    for col in ("dimension", "code", "coders", "kappa", "accuracy", "units"):
        pairs.add_column(col)
    for p in report.pairs:
        pairs.add_row(p.dimension, p.code or "", f"{p.coder_a} vs {p.coder_b}", _pct(p.kappa),
                      _pct(p.accuracy), str(p.n_units))
    out.print(alphas)
    out.print(pairs)
    if csv_path:
        rows = report.rows()
        with open(csv_path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["measure"])
            writer.writeheader()
            writer.writerows(rows)
        out.print(f"wrote {csv_path}")


@code_group.command("adjudicate")
@CODEBOOK_OPTION
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Where to write [default: reports/coding/<codebook>-adjudication.xlsx].")
@click.option("--all", "include_agreed", is_flag=True,
              help="List every coded unit and dimension, not only disagreements.")
@pass_ctx
@handle_errors
def code_adjudicate(c: Context, codebook_name: str, output: Path | None, include_agreed: bool):
    """Write an adjudication sheet of the disagreements between coders.

    Fill its `final` column and import it with `citeaudit code import`: the final codes are
    stored as coder `adjudicated` (unanimous codes count as final without adjudication).

    Example: citeaudit code adjudicate -o adjudicate.xlsx
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name)
    path = output or c.config.reports_dir / "coding" / f"{book.name}-adjudication.xlsx"
    with c.store() as store:
        summary = coding.export_adjudication(store, book, path, include_agreed=include_agreed)
    out.print(f"wrote {summary.path}: {summary.n_rows} rows to adjudicate over "
              f"{summary.n_units} units", highlight=False, soft_wrap=True)


@code_group.command("score-auto")
@click.argument("gold", type=click.Path(path_type=Path, exists=True))
@CODEBOOK_OPTION
@click.option("--pdf-dir", type=click.Path(path_type=Path), default=Path("../shared/data/corpus"),
              show_default=True, help="Folder the gold file's PDF paths are relative to.")
@click.option("--per-paper", is_flag=True, help="Also show each paper's gold and auto codes.")
@pass_ctx
@handle_errors
def code_score_auto(c: Context, gold: Path, codebook_name: str, pdf_dir: Path,
                    per_paper: bool):
    """Measure the rule-based coder against hand codes: accuracy and kappa per dimension.

    Reads each PDF named in the gold file, extracts its passages, codes them by rule and
    compares. No store is used.

    Example: citeaudit code score-auto tests/data/hh_usage_gold.yaml
    """
    from citeaudit import coding
    from citeaudit.coding import gold as gold_mod

    book = coding.load_codebook(codebook_name)
    with _progress() as progress:
        task = progress.add_task("papers", total=None)
        report = gold_mod.score_rules(
            gold, pdf_dir, book, c.config,
            progress=lambda done, total: progress.update(task, completed=done, total=total))
    table = Table(title=f"auto (rules) vs {gold.name}: {report.n_papers} papers, "
                  f"{report.n_passages} passages")
    for col in ("dimension", "code", "accuracy", "kappa", "n"):
        table.add_column(col)
    for row in report.rows:
        table.add_row(row.dimension, row.code or "", _pct(row.accuracy), _pct(row.kappa),
                      str(row.n_units))
    out.print(table)
    if per_paper:
        for paper in report.per_paper:
            out.print(f"{paper['file']} ({paper['passages']} passages)", highlight=False,
                      soft_wrap=True)
            for dim, codes in paper["gold"].items():
                auto_codes = paper["auto"].get(dim, [])
                mark = "" if auto_codes == codes else "   <- differs"
                out.print(f"  {dim}: gold {', '.join(codes)} | auto {', '.join(auto_codes)}"
                          f"{mark}", highlight=False, soft_wrap=True)


# --- network and report commands ---
@main.command("network")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the graph files [default: reports/<target>/network].")
@pass_ctx
@handle_errors
def network_cmd(c: Context, out_dir: Path | None):
    """Build the citation network among the selected papers and export it.

    Writes citation, co-citation and bibliographic-coupling graphs as GraphML and GEXF
    (open them in Gephi, VOSviewer or Cytoscape) and node_metrics.csv (in-degree, PageRank,
    betweenness, Louvain community). Reads only the store; no network access.

    Example: citeaudit network --out reports/hh-network
    """
    with c.store() as store:
        summary = network_stage.run(store, c.config, out_dir)
    table = Table(title=f"Citation network: {summary.n_nodes} papers, "
                  f"{summary.n_citation_edges} citations, {summary.n_communities} communities")
    for col in ("rank", "PageRank", "cited by", "community", "title"):
        table.add_column(col, overflow="fold")
    for m in summary.top_by_pagerank:
        table.add_row("target" if m.is_target else str(m.rank), f"{m.pagerank:.4f}",
                      str(m.in_degree), str(m.community), m.title)
    out.print(table)
    out.print(f"co-citation pairs: {summary.n_cocitation_edges}; coupled pairs: "
              f"{summary.n_coupling_edges}\nwrote {len(summary.files)} files to "
              f"{summary.files[0].parent}", highlight=False)


@main.command("report")
@click.option("--name", help="Report folder name under reports/ [default: from the target, "
              "e.g. arxiv-2204.05862].")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write the report to this folder instead of reports/<name>.")
@pass_ctx
@handle_errors
def report_cmd(c: Context, name: str | None, out_dir: Path | None):
    """Write the HTML report (plus CSV, XLSX and graph files) from the store.

    The page is self-contained: it opens from disk in any browser, without network access.
    Sections for stages that have not run yet (PDFs, coding, ...) are left out.

    Example: citeaudit report --name hh-2025 && xdg-open reports/hh-2025/index.html
    """
    with c.store() as store:
        summary = report_stage.run(store, c.config, name=name, out_dir=out_dir)
    click.echo(f"report: {summary.path}")
    out.print(f"{summary.n_papers} papers, {len(summary.sections)} sections, "
              f"{summary.n_figures} charts; tables and graph files beside it", highlight=False)


@main.command("run")
@click.option("--target", help="The cited paper [default: ARXIV:2204.05862, HH-RLHF].")
@click.option("--top", "top_n", type=int, help="How many papers to select [default: 100].")
@click.option("--rule", type=click.Choice(list(select_stage.RULES)), help=RULE_HELP)
@click.option("--as-of", help="Only papers published by this date (YYYY-MM-DD).")
@click.option("--refresh", is_flag=True, help="Ask the APIs again even for stored data.")
@click.option("--skip", multiple=True, type=click.Choice(list(pipeline.STAGE_NAMES)),
              help="Leave out a stage (repeatable), e.g. --skip pdfs.")
@click.option("--name", help="Report folder name under reports/.")
@pass_ctx
@handle_errors
def run_cmd(c: Context, target, top_n, rule, as_of, refresh, skip, name):
    """The main job: fetch, select, PDFs, passages, automatic codes, network, report.

    Safe to interrupt and rerun: finished work is kept and skipped, so a rerun
    resumes where the last one stopped and makes no repeated network calls.

    Example: citeaudit run --top 100 --as-of 2025-06-30
    """
    if as_of:
        select_stage.parse_as_of(as_of)
    config = c.config.replace(target=target, top_n=top_n, rank_rule=rule, as_of=as_of)
    with c.store() as store, _progress() as progress:
        overall = progress.add_task("citeaudit run", total=len(pipeline.STAGES))
        current = progress.add_task("", total=None, visible=False)

        def on_stage(stage: pipeline.Stage, status: str) -> None:
            if status == "start":
                progress.reset(current, total=None, description=f"  {stage.label}",
                               visible=True)
                return
            progress.advance(overall)
            if status == "missing":
                console.print(f"[yellow]{stage.name}:[/yellow] not part of this build; "
                              "skipped")

        def on_progress(done: int, total: int | None) -> None:
            if total:
                progress.update(current, total=total)
            progress.update(current, completed=done)

        summary = pipeline.run(store, config, skip=skip, refresh=refresh, report_name=name,
                               on_stage=on_stage, on_progress=on_progress)
        progress.update(current, visible=False)
    for result in summary.results:
        out.print(f"{result.name:<8} {result.status:<8} "
                  f"{f'{result.seconds:.1f} s' if result.status == 'done' else ''}",
                  highlight=False)
    if summary.report is not None:
        click.echo(f"report: {summary.report.path}")


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
@click.option("--workers", type=int, default=None, help="Processes sharing the work "
              "[default: one per CPU, at most 8]; the results do not depend on it.")
@pass_ctx
@handle_errors
def audit_run(c: Context, files, data_dir, subsets, splits, download, source_url, threshold,
              classifier, n_topics, seed, force, workers):
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

        summary = audit_stage.run(store, chosen, settings, force=force, on_progress=on_progress,
                                  workers=workers)
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
                "trunc c/r", "refusal c/r", "evasion c/r", "harmful c/r", "dup prompt",
                "near-dup"):
        table.add_column(col, overflow="fold")
    for (subset, split), m in sorted(measures.items()):
        size = m.get("size", {})
        n = size.get("pairs", size.get("attempts", 0))
        ref = m.get("refusal", {})

        def share(side: str, lab: str, ref=ref) -> float:
            return ref.get(side, {}).get("shares", {}).get(lab, 0)

        words = m.get("lengths_words", {})
        dup = m.get("duplicates", {})
        harm = m.get("harm", {}).get("responses", {})
        harmful = "/".join(f"{harm[side]['harmful_share']:.1%}"
                           for side in ("chosen", "rejected", "response") if side in harm)
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
            harmful, str(dup.get("exact_duplicate_prompt", "")),
            str(dup.get("near_duplicate_prompt", "")))
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


@audit.command("score-labels")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--file", "files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An HH file the gold rows point into (repeatable) [default: the files of "
              "the latest audit run in the store].")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@pass_ctx
@handle_errors
def audit_score_labels(c: Context, gold, files, as_json):
    """Score the automatic chosen-response labels (acceptable / unhelpful / harmful) against
    hand labels in a CSV with columns subset, split, line, label: accuracy, per-class
    precision, recall and F1, Cohen's kappa and the confusion matrix.

    Example: citeaudit audit score-labels tests/data/hh_pair_gold.csv
    --file ../shared/data/hh-rlhf/harmless-base-test.jsonl.gz
    """
    import json as json_lib
    from dataclasses import asdict

    from citeaudit.dataset_audit import score as scoring
    from citeaudit.dataset_audit import sources as hh

    if files:
        chosen = [hh.guess_source(p) for p in files]
    else:
        with c.store() as store:
            run_id = _audit_run_id(store, None)
            chosen = [hh.HHSource(r["subset"], r["split"], Path(r["path"]))
                      for r in store.audit_sources(run_id)]
    result = scoring.score_file(gold, chosen)
    if as_json:
        out.print_json(json_lib.dumps(asdict(result)))
        return
    out.print(f"{result.n} pairs; automatic labels by {result.classifier} + "
              f"{result.harm_detector}", highlight=False)
    out.print(f"accuracy {result.accuracy:.3f}   Cohen's kappa {result.kappa:.3f}",
              highlight=False)
    table = Table(title="Per class (hand label = truth)")
    for col in ("label", "precision", "recall", "F1", "hand-labelled"):
        table.add_column(col)
    for label, m in result.per_class.items():
        table.add_row(label, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                      str(m["support"]))
    out.print(table)
    matrix = Table(title="Confusion (rows: hand, columns: automatic)")
    matrix.add_column("hand \\ auto")
    for label in scoring.LABELS:
        matrix.add_column(label)
    for label, row in zip(scoring.LABELS, result.confusion, strict=True):
        matrix.add_row(label, *(str(v) for v in row))
    out.print(matrix)


@audit.command("filter")
@click.option("--drop", "rules", multiple=True, required=True,
              help="A rule (repeatable): refusal, evasion, harmful, unhelpful, auto-harmful, "
              "identity, duplicate-pair, duplicate-prompt, near-duplicate, broken.")
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
