"""The command line: thin click commands over the library; errors become one clear line."""

from __future__ import annotations

import csv
import functools
import logging
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
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
                "arxiv_id", "doi", "twins", "pdf", "passages"]


def selection_rows(store: Store) -> list[dict]:
    selection = store.current_selection()
    if selection is None:
        raise CiteauditError("no selection yet: run `citeaudit fetch` (or `citeaudit select`)")
    rows = []
    passage_counts = store.passage_counts()  # from the passages component
    for item in store.selection_items(selection.selection_id):
        twins = [t for t in loads(item["twin_ids_json"], []) if t != item["paper_id"]]
        score = loads(item["score_json"], {})
        download = store.pdf_download(item["paper_id"])
        rows.append({
            "rank": item["rank"], "paper_id": item["paper_id"], "year": item["year"],
            "citations": score.get("citation_count"),
            "influential": score.get("influential_citation_count"),
            "title": item["title"], "venue": item["venue"], "arxiv_id": item["arxiv_id"],
            "doi": item["doi"], "twins": " ".join(twins),
            "pdf": download["state"] if download is not None else "",
            "passages": passage_counts.get(item["paper_id"], {}).get("total", 0),
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
    for col in ("rank", "year", "citations", "passages", "title"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["rank"]), str(r["year"] or ""), str(r["citations"] or 0),
                      str(r["passages"]), r["title"] or "")
    out.print(table)


# --- passages commands ---
def _write_csv(rows: list[dict], columns: list[str], path: Path) -> None:
    """Write rows to `path` atomically, UTF-8 with a BOM so spreadsheets read accents."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)


def _print_problems(problems: list[tuple[str, str, str]], limit: int = 15) -> None:
    for pid, state, reason in problems[:limit]:
        console.print(f"  [yellow]{state}[/yellow] {pid}: {reason}", highlight=False)
    if len(problems) > limit:
        console.print(f"  ... and {len(problems) - limit} more (see `citeaudit pdfs --status`)")


@main.command("pdfs")
@click.option("--pdf-dir", "hand_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Also take PDFs you obtained by hand from this folder, matched to the "
              "selected papers by arXiv id (file name or first page), DOI or title.")
@click.option("--retry-failed", is_flag=True,
              help="Try again papers that failed for a lasting reason (403, not a PDF, ...).")
@click.option("--status", "show_status", is_flag=True,
              help="Only print each selected paper's recorded state; download nothing.")
@pass_ctx
@handle_errors
def pdfs_cmd(c: Context, hand_dir: Path | None, retry_failed: bool, show_status: bool):
    """Download a PDF for every selected paper (open access, then arXiv, then ACL).

    Polite (arXiv: one request per 3 s), resumable, and validated; every paper ends in a
    recorded state (ok, no-open-access, http-403, not-a-pdf, truncated, corrupt,
    encrypted, too-large, timeout, ...) and one bad paper never stops the run. Files go
    to cache/pdfs/. A rerun downloads only what is missing.

    Example: citeaudit pdfs --pdf-dir ~/papers-from-the-library
    """
    from citeaudit import pdfs as pdfs_stage
    from citeaudit.passages import target_paper_id

    with c.store() as store:
        ids = store.selected_paper_ids(target_paper_id(store, c.config))
        if not ids:
            raise CiteauditError("no selection yet: run `citeaudit fetch` first")
        if show_status:
            table = Table(title="PDF state of the selected papers")
            for col in ("paper", "state", "reason"):
                table.add_column(col, overflow="fold")
            for pid in ids:
                row = store.pdf_download(pid)
                table.add_row(pid, row["state"] if row else "not-tried",
                              (row["reason"] or "") if row else "")
            out.print(table)
            return
        if hand_dir is not None:
            ingested = pdfs_stage.ingest_dir(store, c.config, hand_dir, paper_ids=ids)
            out.print(f"{hand_dir}: {len(ingested.matched)} PDFs matched to selected papers",
                      highlight=False)
            for name, state, reason in ingested.invalid:
                console.print(f"  [yellow]{state}[/yellow] {name}: {reason}", highlight=False)
            if ingested.unmatched:
                console.print(f"[yellow]not matched[/yellow] ({len(ingested.unmatched)}): "
                              + ", ".join(ingested.unmatched), highlight=False)
        with _progress() as progress:
            task = progress.add_task("PDFs", total=len(ids))
            summary = pdfs_stage.run_pdfs(
                store, c.config, paper_ids=ids, retry_failed=retry_failed,
                on_paper=lambda _pid, _state: progress.advance(task))
    states = ", ".join(f"{n} {s}" for s, n in sorted(summary.states.items()))
    out.print(f"{summary.n_papers} papers: {states}\n"
              f"downloaded now: {summary.n_downloaded}; HTTP requests: {summary.n_requests}",
              highlight=False)
    _print_problems(summary.problems)


@main.command("extract")
@click.option("--force", is_flag=True, help="Re-extract PDFs whose passages are stored.")
@click.option("--no-snippets", is_flag=True,
              help="Do not ask S2 for full-text snippets of papers without a PDF.")
@click.option("--from-dir", "from_dir", type=click.Path(path_type=Path, file_okay=False,
                                                        exists=True),
              help="Read every PDF in this folder instead of the store's papers (paper id = "
              "file name); nothing is stored. Use with --csv.")
@click.option("--csv", "csv_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the passages to this CSV file.")
@pass_ctx
@handle_errors
def extract_cmd(c: Context, force: bool, no_snippets: bool, from_dir: Path | None,
                csv_path: Path | None):
    """Find the passages that use or cite the dataset in each downloaded PDF.

    A passage is a sentence that names the dataset (aliases in the config) or cites the
    target through its marker ([12] or Bai et al., 2022a, read from the paper's own
    bibliography), with one sentence of context either side, its page and section.
    Papers without a PDF get S2's full-text snippets instead; S2 citation contexts are
    kept too, linked to the PDF passage they repeat.

    \b
    Examples:
      citeaudit extract
      citeaudit extract --from-dir ../shared/data/corpus/pdfs --csv passages.csv
    """
    from citeaudit import passages as passages_stage
    from citeaudit.scholar import normalize_paper_id

    if from_dir is not None:
        with c.store() as store:
            target = passages_stage.target_ref(store, c.config)
        target = target or passages_stage.KNOWN_TARGETS.get(normalize_paper_id(c.config.target))
        if target is None:
            raise CiteauditError(f"the target {c.config.target} is not resolved yet: run "
                                 "`citeaudit fetch` first")
        files = sorted(from_dir.glob("*.pdf"))
        with _progress() as progress:
            task = progress.add_task("PDFs", total=len(files))
            states: dict[str, int] = {}

            def on_file(path: Path, result) -> None:
                states[result.state] = states.get(result.state, 0) + 1
                if result.state != "ok":
                    console.print(f"  [yellow]{result.state}[/yellow] {path.name}: "
                                  f"{result.reason}", highlight=False)
                progress.advance(task)

            rows = passages_stage.extract_folder(from_dir, target, c.config, on_file)
        out.print(f"{len(files)} PDFs ({', '.join(f'{n} {s}' for s, n in states.items())}): "
                  f"{len(rows)} passages", highlight=False)
    else:
        with c.store() as store:
            ids = store.selected_paper_ids(passages_stage.target_paper_id(store, c.config))
            if not ids:
                raise CiteauditError("no selection yet: run `citeaudit fetch` first")
            with _progress() as progress:
                task = progress.add_task("passages", total=len(ids))
                summary = passages_stage.run(
                    store, c.config, refresh=force, snippets=not no_snippets,
                    on_progress=lambda done, _total: progress.update(task, completed=done))
            rows = passages_stage.passage_rows(store, ids) if csv_path else []
        states = ", ".join(f"{n} {s}" for s, n in sorted(summary.states.items()))
        snip = summary.snippets
        out.print(
            f"{summary.n_papers} papers: {summary.n_extracted} PDFs read now, "
            f"{summary.n_unchanged} unchanged, {summary.n_without_pdf} without a PDF"
            f"{f' ({states})' if states else ''}\n"
            f"passages from PDFs read now: {summary.n_passages}; S2 citation contexts: "
            f"{summary.n_s2_contexts} ({summary.n_s2_duplicates} repeat a PDF passage)"
            + (f"\nS2 snippets: {snip.n_fetched} papers asked, {snip.n_passages} passages"
               if snip else ""),
            highlight=False)
        if not summary.target_found:
            console.print("[yellow]warning:[/yellow] the target is not in the store, so no "
                          "citation markers were looked for; run `citeaudit fetch`")
        _print_problems(summary.problems)
    if csv_path:
        _write_csv(rows, passages_stage.CSV_COLUMNS, csv_path)
        click.echo(f"wrote {len(rows)} passages to {csv_path}")


@main.command("passages")
@click.argument("paper", required=False)
@click.option("--csv", "csv_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the passages (of PAPER, or of every selected paper) to a CSV file.")
@click.option("--source", type=click.Choice(["pdf", "s2-context", "s2-snippet"]),
              help="Only passages from this source.")
@pass_ctx
@handle_errors
def passages_cmd(c: Context, paper: str | None, csv_path: Path | None, source: str | None):
    """Print the passages of one paper (S2 id, arXiv id, DOI or rank in `citeaudit list`).

    Without PAPER, prints how many passages each selected paper has.

    \b
    Examples:
      citeaudit passages 2305.18290
      citeaudit passages 3 --source pdf
      citeaudit passages --csv passages.csv
    """
    from citeaudit import passages as passages_stage

    with c.store() as store:
        ids = store.selected_paper_ids(passages_stage.target_paper_id(store, c.config))
        if paper is None:
            if csv_path:
                rows = [r for r in passages_stage.passage_rows(store, ids)
                        if source is None or r["source"] == source]
                _write_csv(rows, passages_stage.CSV_COLUMNS, csv_path)
                click.echo(f"wrote {len(rows)} passages of {len(ids)} papers to {csv_path}")
                return
            counts = store.passage_counts()
            table = Table(title="Passages per selected paper")
            for col in ("rank", "pdf", "s2-context", "s2-snippet", "title"):
                table.add_column(col, overflow="fold")
            for rank, pid in enumerate(ids, start=1):
                per = counts.get(pid, {})
                row = store.paper(pid)
                table.add_row(str(rank), str(per.get("pdf", 0)), str(per.get("s2-context", 0)),
                              str(per.get("s2-snippet", 0)), row["title"] if row else pid)
            out.print(table)
            return
        pid = ids[int(paper) - 1] if paper.isdigit() and 0 < int(paper) <= len(ids) else \
            store.find_paper_id(paper)
        if pid is None:
            raise CiteauditError(f"no stored paper matches {paper!r} (give an S2 id, arXiv id, "
                                 "DOI, or a rank from `citeaudit list`)")
        row = store.paper(pid)
        rows = [r for r in passages_stage.passage_rows(store, [pid])
                if source is None or r["source"] == source]
    if csv_path:
        _write_csv(rows, passages_stage.CSV_COLUMNS, csv_path)
        click.echo(f"wrote {len(rows)} passages to {csv_path}")
        return
    out.print(f"[bold]{escape(row['title'] or '')}[/bold] ({pid}): {len(rows)} passages",
              highlight=False)
    for r in rows:
        where = " · ".join(x for x in (f"p. {r['page']}" if r["page"] else "", r["section"] or "",
                                        r["source"]) if x)
        dup = f" (repeats {r['duplicate_of']})" if r["duplicate_of"] else ""
        label = f"{where} · {r['match_kind'] or ''} {r['matched'] or ''}{dup}"
        out.print(f"\n[dim]{escape(label)}[/dim]", highlight=False)
        out.print(" ".join(x for x in (escape(r["context_before"] or ""),
                                       f"[bold]{escape(r['sentence'])}[/bold]",
                                       escape(r["context_after"] or "")) if x),
                  highlight=False)


# --- coding commands ---

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

# --- eval commands ---
