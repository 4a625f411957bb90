"""The literature commands: fetch, select, list, pdfs, extract, passages, network, report, run."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import Progress, TaskID
from rich.table import Table

from citeaudit.cli.common import (
    Context,
    console,
    handle_errors,
    out,
    pass_ctx,
    print_warning,
    progress_bars,
)
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import csv_cells, write_csv
from citeaudit.core.text import shorten
from citeaudit.literature import pipeline
from citeaudit.literature import select as select_stage
from citeaudit.literature.target import stored_target_id


def _paper_progress(progress: Progress, task: TaskID, label: str, total: int):
    """on_paper(pid, state) that advances the bar, or off a terminal (where the bar is not
    drawn) prints one line per paper to stderr, so a log shows the run moving."""
    done = 0

    def on_paper(pid: str, state: str) -> None:
        nonlocal done
        done += 1
        progress.advance(task)
        if not console.is_terminal:
            click.echo(f"{label} {done}/{total}: {pid} {state}", err=True)

    return on_paper


# ---------------------------------------------------------------------------
# fetch, select, list
# ---------------------------------------------------------------------------
RULE_HELP = "; ".join(f"{name}: {desc}" for name, (desc, _) in select_stage.RULES.items())


@click.command()
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

    \b
    Example:
      citeaudit fetch --top 100 --as-of 2025-06-30
    """
    if as_of:
        select_stage.parse_as_of(as_of)
    config = c.config.replace(target=target, top_n=top_n, rank_rule=rule, as_of=as_of)
    from citeaudit.literature import fetch as fetch_stage
    from citeaudit.literature.scholar import ScholarClient

    with c.store() as store, ScholarClient(config) as client, progress_bars() as progress:
        task = progress.add_task("citations", total=None)

        def on_page(done: int, total: int | None) -> None:
            if total:
                progress.update(task, total=total)
            progress.update(task, completed=done)

        summary = fetch_stage.run(store, config, client, refresh=refresh, on_page=on_page)
    for warning in summary.warnings:
        print_warning(warning)
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


@click.command("select")
@click.option("--top", "top_n", type=int, help="How many papers to select [default: 100].")
@click.option("--rule", type=click.Choice(list(select_stage.RULES)), help=RULE_HELP)
@click.option("--as-of", help="Only papers published by this date (YYYY-MM-DD).")
@pass_ctx
@handle_errors
def select_cmd(c: Context, top_n, rule, as_of):
    """Redo the selection from stored citations, without network.

    \b
    Example:
      citeaudit select --rule s2-influential --top 50
    """
    config = c.config.replace(top_n=top_n, rank_rule=rule, as_of=as_of)
    with c.store() as store:
        ranking = select_stage.run(store, config)
    out.print(f"selected top {len(ranking.works)} of {ranking.n_candidates:,} by {ranking.rule}"
              f"{f' as of {ranking.as_of}' if ranking.as_of else ''}; "
              f"{ranking.n_twins_merged} twins merged", highlight=False)


@click.command("list")
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV to stdout instead of a table.")
@pass_ctx
@handle_errors
def list_cmd(c: Context, as_csv: bool):
    """Show the current selection of most influential citing papers.

    The CSV has one row per work: rank, the rule and the columns it ranked by (ranked_by,
    score = the first of them), citation_count, influential_citation_count, s2_is_influential
    (1 when S2 marks the paper's citation of the target as influential), title, venue, ids,
    twins, PDF state and passage count.

    \b
    Example:
      citeaudit list --csv > top100.csv
    """
    with c.store() as store:
        rows = select_stage.selection_rows(store)
        selection = store.literature.get_current_selection()
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(select_stage.LIST_COLUMNS)
        writer.writerows(csv_cells(select_stage.LIST_COLUMNS, row) for row in rows)
        return
    table = Table(title=f"Top {selection.top_n} by {selection.rule}"
                  f"{f' as of {selection.as_of}' if selection.as_of else ''}"
                  f" (selected {selection.created_at})")
    key = select_stage.key_column(selection.rule)
    table.add_column("rank", justify="right")
    table.add_column("year")
    if key:
        table.add_column(key[0], justify="right")
    table.add_column("citations", justify="right")
    table.add_column("passages", justify="right")
    table.add_column("title", overflow="fold")
    for r in rows:
        key_cell = [select_stage.key_text(key[1], r[key[1]])] if key else []
        table.add_row(str(r["rank"]), str(r["year"] or ""), *key_cell,
                      str(r["citation_count"] or 0), str(r["passages"]),
                      escape(r["title"] or ""))
    out.print(table)


# --- passages commands ---
def _short_title(title: str | None, limit: int = 60) -> str:
    """A title cut to `limit` characters (with an ellipsis), escaped for the console."""
    return escape(shorten(" ".join((title or "(no title)").split()), limit))


def _print_problems(problems: list[tuple[str, str, str]], limit: int = 15,
                    titles: dict[str, str | None] | None = None) -> None:
    for pid, state, reason in problems[:limit]:
        title = f" {_short_title(titles.get(pid), 50)}" if titles and pid in titles else ""
        console.print(f"  [yellow]{escape(state)}[/yellow] {escape(pid)}{title}: "
                      f"{escape(reason)}", highlight=False)
    if len(problems) > limit:
        console.print(f"  ... and {len(problems) - limit} more (see `citeaudit pdfs --status`)")


@click.command("pdfs")
@click.option("--pdf-dir", "hand_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Also take PDFs you obtained by hand from this folder, matched to the "
              "selected papers by arXiv id (file name or first page), DOI or title.")
@click.option("--retry-failed", is_flag=True,
              help="Ask again sources that failed for a lasting reason (403, 404, not a "
              "PDF, ...).")
@click.option("--status", "show_status", is_flag=True,
              help="Only print each selected paper's recorded state and reason (with "
              "rank, title and S2 id); download nothing.")
@click.option("--no-download", is_flag=True,
              help="Make no request: take PDFs only from --pdf-dir (config: pdf_download = "
              "false, which `run` honours too).")
@pass_ctx
@handle_errors
def pdfs_cmd(c: Context, hand_dir: Path | None, retry_failed: bool, show_status: bool,
             no_download: bool):
    """Download a PDF for every selected paper (open access, then arXiv, then ACL).

    Polite (arXiv: one request per 3 s), resumable, and validated; every paper ends in a
    recorded state (ok, no-open-access, http-403, not-a-pdf, truncated, corrupt,
    encrypted, too-large, too-complex, timeout, offline, ...) and one bad paper never stops
    the run. A host that cannot be reached (no such name, connection refused) is tried
    once per run; its other papers are recorded as offline, retried next run. When every
    source fails, the state is the most telling failure (a network error first: it is
    retried) and the reason lists each source's answer. Files go to cache/pdfs/. A rerun
    asks again only the sources that failed for a passing reason (timeouts, 429, 5xx) or
    are new; --retry-failed asks every source again.

    \b
    Example:
      citeaudit pdfs --pdf-dir ~/papers-from-the-library
    """
    from citeaudit.literature import pdfs as pdfs_stage
    from citeaudit.literature.target import stored_target_id

    with c.store() as store:
        ids = store.literature.list_selected_paper_ids(stored_target_id(store, c.config))
        if not ids:
            raise CiteauditError("no selection yet: run `citeaudit fetch` first")
        titles = {pid: row["title"] for pid, row in store.literature.get_papers(ids).items()}
        if show_status:
            table = Table(title="PDF state of the selected papers", show_lines=True)
            table.add_column("#", justify="right")
            table.add_column("paper: title, S2 id, reason", overflow="fold")
            table.add_column("state", no_wrap=True)
            for rank, pid in enumerate(ids, start=1):
                row = store.documents.get_download(pid)
                reason = f"\n{escape(row['reason'])}" if row and row["reason"] else ""
                table.add_row(str(rank), f"[bold]{_short_title(titles.get(pid))}[/bold]\n"
                              f"[dim]{escape(pid)}[/dim]{reason}",
                              row["state"] if row else "not-tried")
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
        with progress_bars(lines=False) as progress:
            task = progress.add_task("PDFs", total=len(ids))
            summary = pdfs_stage.run_pdfs(
                store, c.config, paper_ids=ids, retry_failed=retry_failed,
                download=c.config.pdf_download and not no_download,
                on_paper=_paper_progress(progress, task, "PDFs", len(ids)))
    states = ", ".join(f"{n} {s}" for s, n in sorted(summary.states.items()))
    out.print(f"{summary.n_papers} papers: {states}\n"
              f"downloaded now: {summary.n_downloaded}; HTTP requests: {summary.n_requests}",
              highlight=False)
    _print_problems(summary.problems, titles=titles)


@click.command("extract")
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
    from citeaudit.literature.download import folder_pdfs
    from citeaudit.literature.extract import stage as passages_stage

    if from_dir is not None:
        target = passages_stage.folder_target(c.config)
        files, refused = folder_pdfs(from_dir)
        with progress_bars() as progress:
            task = progress.add_task("PDFs", total=len(files) + len(refused))
            states: dict[str, int] = {}

            def on_file(path: Path, result) -> None:
                states[result.state] = states.get(result.state, 0) + 1
                if result.state != "ok":
                    console.print(f"  [yellow]{result.state}[/yellow] {path.name}: "
                                  f"{result.reason}", highlight=False)
                progress.advance(task)

            rows = passages_stage.extract_folder(from_dir, target, c.config, on_file)
        out.print(f"{len(files) + len(refused)} PDFs "
                  f"({', '.join(f'{n} {s}' for s, n in states.items())}): "
                  f"{len(rows)} passages", highlight=False)
    else:
        with c.store() as store:
            ids = store.literature.list_selected_paper_ids(
                stored_target_id(store, c.config))
            if not ids:
                raise CiteauditError("no selection yet: run `citeaudit fetch` first")
            with progress_bars() as progress:
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
        write_csv(csv_path, passages_stage.CSV_COLUMNS, rows)
        click.echo(f"wrote {len(rows)} passages to {csv_path}")


@click.command("passages")
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
    from citeaudit.literature.extract import stage as passages_stage
    from citeaudit.store.documents import COUNTED_KINDS

    with c.store() as store:
        target_id = stored_target_id(store, c.config)
        ids = store.literature.list_selected_paper_ids(target_id)
        if paper is None:
            if store.literature.get_current_selection(target_id) is None:
                raise CiteauditError("no selection yet: run `citeaudit fetch` (or `citeaudit "
                                     "select`); for a folder of PDFs without fetching, "
                                     "`citeaudit extract --from-dir DIR --csv FILE`")
            if csv_path:
                rows = [r for r in passages_stage.passage_rows(store, ids)
                        if source is None or r["source"] == source]
                write_csv(csv_path, passages_stage.CSV_COLUMNS, rows)
                click.echo(f"wrote {len(rows)} passages of {len(ids)} papers to {csv_path}")
                return
            counts = store.documents.count_passages()
            table = Table(title="Passages per selected paper (dataset use and citations; "
                                "model names, tables and figures under 'other')")
            for col in ("rank", "pdf", "s2-context", "s2-snippet", "other", "title"):
                table.add_column(col, overflow="fold")
            for rank, pid in enumerate(ids, start=1):
                per = counts.get(pid, {})
                row = store.literature.get_paper(pid)
                table.add_row(str(rank), str(per.get("pdf", 0)), str(per.get("s2-context", 0)),
                              str(per.get("s2-snippet", 0)), str(per.get("other", 0)),
                              escape(row["title"] or "") if row else pid)
            out.print(table)
            return
        pid = select_stage.paper_by_rank_or_id(store, ids, paper)
        row = store.literature.get_paper(pid)
        rows = [r for r in passages_stage.passage_rows(store, [pid])
                if source is None or r["source"] == source]
    if csv_path:
        write_csv(csv_path, passages_stage.CSV_COLUMNS, rows)
        click.echo(f"wrote {len(rows)} passages to {csv_path}")
        return
    n_counted = sum(r["passage_kind"] in COUNTED_KINDS for r in rows)
    out.print(f"[bold]{escape(row['title'] or '')}[/bold] ({pid}): {n_counted} passages"
              + (f" (and {len(rows) - n_counted} naming a model or in a table or figure)"
                 if n_counted < len(rows) else ""), highlight=False)
    for r in rows:
        where = " · ".join(x for x in (f"p. {r['page']}" if r["page"] else "", r["section"] or "",
                                        r["source"], r["passage_kind"].replace("_", " ")) if x)
        dup = f" (repeats {r['duplicate_of']})" if r["duplicate_of"] else ""
        label = f"{where} · {r['match_kind'] or ''} {r['matched'] or ''}{dup}"
        out.print(f"\n[dim]{escape(label)}[/dim]", highlight=False)
        out.print(" ".join(x for x in (escape(r["context_before"] or ""),
                                       f"[bold]{escape(r['sentence'])}[/bold]",
                                       escape(r["context_after"] or "")) if x),
                  highlight=False)


# --- network and report commands ---
@click.command("network")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the graph files [default: reports/<target>/network]; "
              "replaced if citeaudit wrote it, refused if it holds other files.")
@click.option("--without-target", is_flag=True,
              help="Leave the target out: the graphs, metrics and drawing show only how the "
              "selected papers cite each other.")
@pass_ctx
@handle_errors
def network_cmd(c: Context, out_dir: Path | None, without_target: bool):
    """Build the citation network among the selected papers and export it.

    Writes citation, co-citation and bibliographic-coupling graphs as GraphML and GEXF
    (open them in Gephi, VOSviewer or Cytoscape), node_metrics.csv (in-degree, PageRank,
    betweenness, Louvain community) and citation.svg (a static drawing: arrows from citing to
    cited paper, the most central papers labelled). Reads only the store; no network access.

    \b
    Example:
      citeaudit network --out reports/hh-network
      citeaudit network --without-target --out reports/hh-network-among
    """
    from citeaudit.literature import network as network_stage

    with c.store() as store:
        summary = network_stage.run(store, c.config, out_dir, include_target=not without_target)
    table = Table(title=f"Citation network: {summary.n_nodes} papers, "
                  f"{summary.n_citation_edges} citations, {summary.n_communities} communities")
    for col in ("rank", "PageRank", "cited by", "community", "title"):
        table.add_column(col, overflow="fold")
    for m in summary.top_by_pagerank:
        table.add_row("target" if m.is_target else str(m.rank), f"{m.pagerank:.4f}",
                      str(m.in_degree), "-" if m.community < 0 else str(m.community),
                      escape(m.title or ""))
    out.print(table)
    out.print(f"co-citation pairs: {summary.n_cocitation_edges}; coupled pairs: "
              f"{summary.n_coupling_edges}\nwrote {len(summary.files)} files to "
              f"{summary.files[0].parent}", highlight=False)


@click.command("report")
@click.option("--name", help="Report folder name under reports/ [default: from the target, "
              "e.g. arxiv-2204.05862].")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write the report to this folder instead of reports/<name>.")
@pass_ctx
@handle_errors
def report_cmd(c: Context, name: str | None, out_dir: Path | None):
    """Write the HTML report (plus CSV, XLSX and graph files) from the store.

    The page is self-contained: it opens from disk in any browser, without network access.
    Sections for stages that have not run yet (PDFs, coding, ...) are left out. Without
    fetched literature (no `citeaudit fetch`), the report holds the dataset audit, model
    evaluation and experiment sections alone, and no literature tables.

    A rerun replaces the report folder whole; a folder citeaudit did not write (no
    .citeaudit file in it) is never replaced: the command stops and says so.

    \b
    Example:
      citeaudit report --name hh-2025 && xdg-open reports/hh-2025/index.html
    """
    from citeaudit import report as report_stage

    with c.store() as store:
        summary = report_stage.run(store, c.config, name=name, out_dir=out_dir)
    click.echo(f"report: {summary.path}")
    if summary.has_literature:
        out.print(f"{summary.n_papers} papers, {len(summary.sections)} sections, "
                  f"{summary.n_figures} charts; tables and graph files beside it",
                  highlight=False)
    else:
        out.print(f"{len(summary.sections)} sections ({', '.join(summary.sections)}), "
                  f"{summary.n_figures} charts; no citing literature in this store "
                  "(`citeaudit fetch` adds it)", highlight=False, markup=False)


@click.command("run")
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

    \b
    Example:
      citeaudit run --top 100 --as-of 2025-06-30
    """
    if as_of:
        select_stage.parse_as_of(as_of)
    config = c.config.replace(target=target, top_n=top_n, rank_rule=rule, as_of=as_of)
    with c.store() as store, progress_bars() as progress:
        overall = progress.add_task("citeaudit run", total=len(pipeline.STAGES))
        current = progress.add_task("", total=None, visible=False)

        def on_stage(stage: pipeline.Stage, status: str) -> None:
            if status == "start":
                progress.reset(current, total=None, description=f"  {stage.label}",
                               visible=True)
                return
            progress.advance(overall)

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


# Top-level commands (no group of their own), added to `citeaudit` by cli/__init__.py.
LITERATURE_COMMANDS = (fetch, select_cmd, list_cmd, pdfs_cmd, extract_cmd, passages_cmd,
                       network_cmd, report_cmd, run_cmd)
