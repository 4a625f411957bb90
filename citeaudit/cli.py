"""The command line: thin click commands over the library; errors become one clear line."""

from __future__ import annotations

import csv
import functools
import logging
import sys
import time
import warnings
from pathlib import Path

import click
from rich.console import Console, ConsoleDimensions
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from citeaudit.config import Config, load_config
from citeaudit.errors import CiteauditError
from citeaudit.literature import pipeline
from citeaudit.literature import select as select_stage
from citeaudit.literature.target import stored_target_id
from citeaudit.store import Store
from citeaudit.tables import check_replaceable, csv_cells, replace_folder, write_csv

# Off a terminal no line is ever broken: wider than any path or table row we print.
UNWRAPPED_WIDTH = 1000


class _Console(Console):
    """A rich console that fits lines to the terminal it writes to, and to nothing else:
    into a pipe, a file or a test's capture it never breaks a line (a path, a table row),
    whatever COLUMNS says, so the text does not depend on where the command ran."""

    @property
    def size(self) -> ConsoleDimensions:
        size = super().size
        return size if self.is_terminal else ConsoleDimensions(UNWRAPPED_WIDTH, size.height)


# Messages (errors, warnings) are never soft-wrapped, even on a terminal: the terminal folds
# a long line for display, and a path copied from it comes out whole.
console = _Console(stderr=True, soft_wrap=True)
out = _Console()


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
            _print_error(exc)
            sys.exit(1)
        except KeyboardInterrupt:
            console.print("interrupted: finished work is stored; rerun the command to resume")
            sys.exit(130)

    return wrapper


pass_ctx = click.make_pass_decorator(Context)


def _print_error(exc: BaseException) -> None:
    """One red `error:` line; the message is plain text (brackets such as `'.[models]'`
    or `[12]` are shown, never read as rich markup)."""
    console.print(Text.assemble(("error:", "red"), " ", str(exc)), highlight=False)


def _print_warning(message: str, **kwargs) -> None:
    console.print(Text.assemble(("warning:", "yellow"), " ", str(message)), highlight=False,
                  **kwargs)


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

    \b
    Example:
      citeaudit run --top 100 && citeaudit passages 1
    """
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not debug:
        logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        config = load_config(config_path)
    except CiteauditError as exc:
        _print_error(exc)
        sys.exit(1)
    ctx.obj = Context(config.replace(store_path=store_path), debug)


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


LINE_EVERY_S = 10.0  # off a terminal, how often a task without a total says how far it is


class _Progress(Progress):
    """Rich's bars on a terminal. Off one (a pipe, a log file, CI), where no bar is drawn,
    a line to stderr when a task starts or is renamed, at every tenth of its total, when it
    ends, and every LINE_EVERY_S for a task without a total, so a log shows long work move."""

    def __init__(self, *columns, lines: bool, **kwargs) -> None:
        super().__init__(*columns, **kwargs)
        self._lines = lines and not console.is_terminal
        self._said: dict[TaskID, tuple[tuple, int, float]] = {}

    def add_task(self, *args, **kwargs) -> TaskID:
        task_id = super().add_task(*args, **kwargs)
        self._say(task_id)
        return task_id

    def update(self, task_id: TaskID, **kwargs) -> None:
        super().update(task_id, **kwargs)
        self._say(task_id)

    def advance(self, task_id: TaskID, advance: float = 1) -> None:
        super().advance(task_id, advance)
        self._say(task_id)

    def reset(self, task_id: TaskID, **kwargs) -> None:
        super().reset(task_id, **kwargs)
        self._say(task_id)

    def stop(self) -> None:
        super().stop()
        for task_id in list(self._said):  # where each task ended, unless just said
            self._say(task_id, final=True)

    def _say(self, task_id: TaskID, final: bool = False) -> None:
        if not self._lines:
            return
        task = self._tasks[task_id]
        label = task.description.strip()
        if not task.visible or not label:
            return
        done, total = int(task.completed), task.total
        tenth = min(10, int(10 * done / total)) if total else None
        key = (label, tenth)
        last_key, last_done, last_at = self._said.get(task_id, (None, None, 0.0))
        now = time.monotonic()
        if final:
            if done == last_done:
                return
        elif key == last_key and (total or now - last_at < LINE_EVERY_S):
            return
        self._said[task_id] = (key, done, now)
        where = f"{done:,}/{int(total):,} ({10 * tenth}%)" if total else f"{done:,}"
        click.echo(f"{label}: {where}", err=True)


def _progress(lines: bool = True) -> Progress:
    """A progress display; `lines=False` where the caller prints its own lines."""
    return _Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=False,
        disable=not console.is_terminal, lines=lines,
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

    \b
    Example:
      citeaudit fetch --top 100 --as-of 2025-06-30
    """
    if as_of:
        select_stage.parse_as_of(as_of)
    config = c.config.replace(target=target, top_n=top_n, rank_rule=rule, as_of=as_of)
    from citeaudit.literature import fetch as fetch_stage
    from citeaudit.literature.scholar import ScholarClient

    with c.store() as store, ScholarClient(config) as client, _progress() as progress:
        task = progress.add_task("citations", total=None)

        def on_page(done: int, total: int | None) -> None:
            if total:
                progress.update(task, total=total)
            progress.update(task, completed=done)

        summary = fetch_stage.run(store, config, client, refresh=refresh, on_page=on_page)
    for warning in summary.warnings:
        _print_warning(warning)
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


@main.command("list")
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
        selection = store.current_selection()
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(select_stage.LIST_COLUMNS)
        writer.writerows(csv_cells(select_stage.LIST_COLUMNS, row) for row in rows)
        return
    table = Table(title=f"Top {selection.top_n} by {selection.rule}"
                  f"{f' as of {selection.as_of}' if selection.as_of else ''}"
                  f" (selected {selection.created_at})")
    # the rule's first key gets its own column unless it is the citation count itself
    first = (select_stage.RANKED_BY.get(selection.rule) or ("citation_count",))[0]
    extra = {"influential_citation_count": ("influential", "influential_citation_count"),
             "is_influential": ("S2 infl.", "s2_is_influential")}.get(first)
    table.add_column("rank", justify="right")
    table.add_column("year")
    if extra:
        table.add_column(extra[0], justify="right")
    table.add_column("citations", justify="right")
    table.add_column("passages", justify="right")
    table.add_column("title", overflow="fold")
    for r in rows:
        key_cell = []
        if extra:
            value = r[extra[1]]
            key_cell = [("yes" if value else "no") if first == "is_influential" and value != ""
                        else str(value)]
        table.add_row(str(r["rank"]), str(r["year"] or ""), *key_cell,
                      str(r["citation_count"] or 0), str(r["passages"]),
                      escape(r["title"] or ""))
    out.print(table)


# --- passages commands ---
def _short_title(title: str | None, limit: int = 60) -> str:
    """A title cut to `limit` characters (with an ellipsis), escaped for the console."""
    text = " ".join((title or "(no title)").split())
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return escape(text)


def _print_problems(problems: list[tuple[str, str, str]], limit: int = 15,
                    titles: dict[str, str | None] | None = None) -> None:
    for pid, state, reason in problems[:limit]:
        title = f" {_short_title(titles.get(pid), 50)}" if titles and pid in titles else ""
        console.print(f"  [yellow]{escape(state)}[/yellow] {escape(pid)}{title}: "
                      f"{escape(reason)}", highlight=False)
    if len(problems) > limit:
        console.print(f"  ... and {len(problems) - limit} more (see `citeaudit pdfs --status`)")


@main.command("pdfs")
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
        ids = store.selected_paper_ids(stored_target_id(store, c.config))
        if not ids:
            raise CiteauditError("no selection yet: run `citeaudit fetch` first")
        titles = {pid: row["title"] for pid, row in store.papers(ids).items()}
        if show_status:
            table = Table(title="PDF state of the selected papers", show_lines=True)
            table.add_column("#", justify="right")
            table.add_column("paper: title, S2 id, reason", overflow="fold")
            table.add_column("state", no_wrap=True)
            for rank, pid in enumerate(ids, start=1):
                row = store.pdf_download(pid)
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
        with _progress(lines=False) as progress:
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
    from citeaudit.literature.download import folder_pdfs
    from citeaudit.literature.extract import stage as passages_stage
    from citeaudit.literature.scholar import normalize_paper_id

    if from_dir is not None:
        target = None
        if c.config.store_path.exists():  # nothing is stored: do not create a store
            with c.store() as store:
                target = passages_stage.target_ref(store, c.config)
        target = target or passages_stage.KNOWN_TARGETS.get(normalize_paper_id(c.config.target))
        if target is None:
            raise CiteauditError(f"the target {c.config.target} is not resolved yet: run "
                                 "`citeaudit fetch` first")
        files, refused = folder_pdfs(from_dir)
        with _progress() as progress:
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
            ids = store.selected_paper_ids(stored_target_id(store, c.config))
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
        write_csv(csv_path, passages_stage.CSV_COLUMNS, rows)
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
    from citeaudit.literature.extract import stage as passages_stage

    with c.store() as store:
        target_id = stored_target_id(store, c.config)
        ids = store.selected_paper_ids(target_id)
        if paper is None:
            if store.current_selection(target_id) is None:
                raise CiteauditError("no selection yet: run `citeaudit fetch` (or `citeaudit "
                                     "select`); for a folder of PDFs without fetching, "
                                     "`citeaudit extract --from-dir DIR --csv FILE`")
            if csv_path:
                rows = [r for r in passages_stage.passage_rows(store, ids)
                        if source is None or r["source"] == source]
                write_csv(csv_path, passages_stage.CSV_COLUMNS, rows)
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
                              str(per.get("s2-snippet", 0)),
                              escape(row["title"] or "") if row else pid)
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
        write_csv(csv_path, passages_stage.CSV_COLUMNS, rows)
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
CODEBOOK_OPTION = click.option(
    "--codebook", "codebook_name", default="hh_usage", show_default=True,
    help="A codebook name in coding_scheme/ or a path to a codebook YAML file.")
OVERWRITE_OPTION = click.option(
    "--overwrite", is_flag=True,
    help="Replace the output file even if it holds codes not yet imported (they are lost); "
    "without it such a file, or one that is not a citeaudit export, is left as it is.")


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _agreement_line(row: dict) -> str:
    """One agreement figure: "Cohen's kappa alice vs bob: 0.812 (n=40)"; n/a when undefined."""
    value = row["value"]
    shown = "n/a" if value is None or value != value else f"{value:.3f}"  # NaN != NaN
    measure = {"krippendorff_alpha": "Krippendorff's alpha",
               "cohen_kappa": "Cohen's kappa"}.get(row["measure"], row["measure"])
    who = (f"{row['coder_a']} vs {row['coder_b']}" if row["coder_b"]
           else f"across {row['coder_a']}")
    return f"{measure} {who}: {shown} (n={row['n_units']})"


@main.group("code")
def code_group():
    """Code how papers (or other units) use the dataset: suggest, export, import, agree.

    Typical round: `code auto`, then `code export --coder alice` for each person, each fills
    the XLSX, `code import alice.xlsx`, `code agreement`, `code adjudicate`, import the
    adjudication sheet.

    \b
    Example:
      citeaudit code auto && citeaudit code export --coder alice -o alice.xlsx
    """


@code_group.command("auto")
@CODEBOOK_OPTION
@click.option("--llm", is_flag=True, help="Also ask the OpenAI-compatible endpoint "
              "(openai_base_url, openai_model, OPENAI_API_KEY); stored as coder auto-llm.")
@click.option("--refresh", is_flag=True, help="Ask the LLM again for every paper, even those "
              "coded from the same prompt.")
@click.option("--refresh-unrecorded", is_flag=True, help="Ask the LLM again for papers whose "
              "LLM codes an older citeaudit stored without recording what it asked.")
@pass_ctx
@handle_errors
def code_auto(c: Context, codebook_name: str, llm: bool, refresh: bool,
              refresh_unrecorded: bool):
    """Suggest codes for the selected papers from their passages (coder `auto`).

    Rules come from the codebook's patterns; each suggestion keeps its evidence passages and
    a confidence. People's codes are never touched. Run `citeaudit extract` first.
    With --llm, each paper's codes are stored with a fingerprint of the prompt (passages,
    title, codebook version, model); a rerun asks again only papers whose prompt changed
    (e.g. re-extracted passages) and those whose answer had no usable code. --refresh asks
    every paper. LLM codes from before fingerprints were recorded are kept and reported
    (--refresh-unrecorded asks for them). --debug shows each answer's problems.

    \b
    Example:
      citeaudit code auto --codebook hh_usage
    """
    from citeaudit import coding
    from citeaudit.literature import autocode

    book = coding.load_codebook(codebook_name)
    with c.store() as store, _progress() as progress:
        task = progress.add_task("coding", total=None)
        summary = autocode.run(store, c.config, book, use_llm=llm, refresh=refresh,
                               refresh_unrecorded=refresh_unrecorded,
                               progress=lambda done, total: progress.update(task, completed=done,
                                                                            total=total))
    partial = (f" ({summary.n_llm_partial} with some dimensions left out)"
               if summary.n_llm_partial else "")
    out.print(f"{summary.n_units} units ({summary.n_without_passages} without passages, not "
              f"coded, {summary.n_unchanged} unchanged since they were coded); "
              f"{summary.n_codes_changed} suggestions stored"
              + (f"; LLM coded {summary.n_llm_units}{partial}, {summary.n_llm_unusable} "
                 f"unusable, skipped {summary.n_llm_skipped} already coded, "
                 f"{summary.n_llm_changed} asked again because their inputs changed, "
                 f"{summary.llm_requests} requests" if llm else ""),
              highlight=False, soft_wrap=True)
    for note in (autocode.unusable_note(summary), autocode.unrecorded_note(summary)):
        if note:
            console.print(f"[yellow]warning:[/yellow] {escape(note)}", highlight=False)


@code_group.command("export")
@CODEBOOK_OPTION
@click.option("--coder", required=True, help="Who will code this file (name or initials).")
@click.option("--format", "file_format", type=click.Choice(["xlsx", "csv"]), default="xlsx",
              show_default=True,
              help="xlsx: a workbook with dropdowns, passages and codebook sheets; csv: one "
              "row per unit (no dropdowns or passages).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Where to write [default: reports/coding/<codebook>-<coder>.<format>].")
@click.option("--unit-type", help="Units to export [default: the codebook's unit_type].")
@OVERWRITE_OPTION
@pass_ctx
@handle_errors
def code_export(c: Context, codebook_name: str, coder: str, file_format: str,
                output: Path | None, unit_type: str | None, overwrite: bool):
    """Write a spreadsheet for one coder: units, evidence, codebook, instructions.

    The coder's earlier codes come back pre-filled; the automatic suggestions are shown in
    read-only columns. Give the file to the coder and import it when it comes back. A file
    already at the path is replaced only when all its codes are imported (or --overwrite).

    \b
    Example:
      citeaudit code export --coder alice -o alice.xlsx
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name)
    path = output or c.config.reports_dir / "coding" / f"{book.name}-{coder}.{file_format}"
    export = coding.export_xlsx if file_format == "xlsx" else coding.export_csv
    with c.store() as store:
        summary = export(store, book, coder, path, unit_type=unit_type, overwrite=overwrite)
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

    \b
    Example:
      citeaudit code import alice.xlsx bob.csv
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name) if codebook_name else None
    with c.store() as store:
        for path in files:
            report = coding.import_file(store, path, codebook=book, prefer_file=prefer_file)
            for warning in report.warnings:
                _print_warning(warning)
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

    \b
    Example:
      citeaudit code agreement --csv agreement.csv
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name)
    with c.store() as store:
        report = coding.agreement(store, book)
    if not report.coders:
        raise CiteauditError(
            f"no codes from people for codebook {book.name} yet: `citeaudit code export "
            "--coder NAME` writes a sheet per person; fill it and `citeaudit code import` it "
            "(agreement needs two people, or one person and `citeaudit code auto`)")
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
        write_csv(csv_path, list(rows[0]) if rows else ["measure"], rows)
        out.print(f"wrote {csv_path}")


@code_group.command("adjudicate")
@CODEBOOK_OPTION
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Where to write [default: reports/coding/<codebook>-adjudication.xlsx].")
@click.option("--all", "include_agreed", is_flag=True,
              help="List every coded unit and dimension, not only disagreements.")
@OVERWRITE_OPTION
@pass_ctx
@handle_errors
def code_adjudicate(c: Context, codebook_name: str, output: Path | None, include_agreed: bool,
                    overwrite: bool):
    """Write an adjudication sheet of the disagreements between coders.

    Fill its `final` column and import it with `citeaudit code import`: the final codes are
    stored as coder `adjudicated` (unanimous codes count as final without adjudication).

    \b
    Example:
      citeaudit code adjudicate -o adjudicate.xlsx
    """
    from citeaudit import coding

    book = coding.load_codebook(codebook_name)
    path = output or c.config.reports_dir / "coding" / f"{book.name}-adjudication.xlsx"
    with c.store() as store:
        summary = coding.export_adjudication(store, book, path, include_agreed=include_agreed,
                                             overwrite=overwrite)
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

    \b
    Example:
      citeaudit code score-auto tests/data/hh_usage_gold.yaml
    """
    from citeaudit import coding
    from citeaudit.literature import gold as gold_mod

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
              help="Folder for the graph files [default: reports/<target>/network]; "
              "replaced if citeaudit wrote it, refused if it holds other files.")
@pass_ctx
@handle_errors
def network_cmd(c: Context, out_dir: Path | None):
    """Build the citation network among the selected papers and export it.

    Writes citation, co-citation and bibliographic-coupling graphs as GraphML and GEXF
    (open them in Gephi, VOSviewer or Cytoscape) and node_metrics.csv (in-degree, PageRank,
    betweenness, Louvain community). Reads only the store; no network access.

    \b
    Example:
      citeaudit network --out reports/hh-network
    """
    from citeaudit.literature import network as network_stage

    with c.store() as store:
        summary = network_stage.run(store, c.config, out_dir)
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

    \b
    Example:
      citeaudit run --top 100 --as-of 2025-06-30
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

    \b
    Example:
      citeaudit audit run --data-dir ../shared/data/hh-rlhf --subset harmless-base --split test
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
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the MinHash permutations and of the topic sample and model.")
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

    \b
    Example:
      citeaudit audit run ../shared/data/hh-rlhf/harmless-base-test.jsonl.gz
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
@click.option("--csv-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write the report's audit tables (every figure, intervals included) "
              "as one CSV file each into this folder (replaced if citeaudit wrote it).")
@pass_ctx
@handle_errors
def audit_show(c: Context, run_id, as_json, csv_dir):
    """Show the measures of an audit run: one small table per section, 80 columns wide.

    The terminal tables give the key figures; --json prints every stored measure and
    --csv-dir writes the full tables of the HTML report's audit section.

    \b
    Example:
      citeaudit audit show
      citeaudit audit show --csv-dir reports/audit-tables
      citeaudit audit show --json > audit.json
    """
    import json as json_lib

    from citeaudit.dataset_audit import show

    with c.store() as store:
        run_id = _audit_run_id(store, run_id)
        measures = store.audit_measures(run_id)
        identity = store.audit_identity(run_id)
        topics = store.audit_topics(run_id)
        problems = store.audit_problems(run_id, limit=20)
        written = _write_audit_csvs(store, run_id, csv_dir) if csv_dir else []
    if as_json:
        out.print_json(json_lib.dumps({
            "run_id": run_id,
            "measures": {f"{k[0]}/{k[1]}": v for k, v in measures.items()},
            "identity": [dict(r) for r in identity],
            "topics": [dict(r) for r in topics]}, default=str))
    else:
        out.print(f"HH audit run {run_id}", style="bold", highlight=False)
        for table in show.show_tables(measures, identity, topics, problems):
            _print_show_table(table)
    if written:
        console.print(f"{len(written)} CSV tables in {csv_dir}", highlight=False)


def _print_show_table(table) -> None:
    """A ShowTable as a compact rich table: text left, numbers right and never wrapped."""
    from rich import box

    view = Table(title=escape(table.title), title_justify="left", box=box.SIMPLE_HEAD,
                 show_edge=False, pad_edge=False)
    for i, col in enumerate(table.columns):
        if i < table.n_label_columns:
            view.add_column(escape(col), overflow="fold")
        else:
            view.add_column(escape(col), justify="right", no_wrap=True)
    for row in table.rows:
        view.add_row(*(escape(cell) for cell in row))
    out.print(view)
    for note in table.notes:
        out.print(escape(note), style="dim", highlight=False)
    out.print()


def _write_audit_csvs(store: Store, run_id: int, csv_dir: Path) -> list[Path]:
    """The report's audit tables, one CSV each (written whole, then renamed into place)."""
    from citeaudit.dataset_audit.report import report_section
    from citeaudit.dataset_audit.show import csv_name
    section = report_section(store, run_id=run_id, problem_limit=1000)

    def write(folder: Path) -> list[Path]:
        return [write_csv(folder / csv_name(table.caption), table.columns, table.rows)
                for table in (section.tables if section else [])]

    return replace_folder(csv_dir, write)


@audit.command("sample")
@click.option("-n", "n", type=int, default=200, show_default=True, help="Pairs to draw.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the draw (the same seed and n give the same sample).")
@click.option("--coder", "coders", multiple=True, required=True,
              help="An annotator's name; one workbook each (repeatable).")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("reports/audit-sample"), show_default=True,
              help="Folder for the workbooks (hh-labels-<coder>.xlsx).")
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV instead of XLSX.")
@click.option("--run", "run_id", type=int, help="Audit run id [default: the latest].")
@OVERWRITE_OPTION
@pass_ctx
@handle_errors
def audit_sample(c: Context, n, seed, coders, out_dir, as_csv, run_id, overwrite):
    """Draw a seeded sample stratified by subset, turns and identity mention, and export
    one labelling workbook per annotator (codebook coding_scheme/hh_pair_labels.yaml).
    A workbook with labels not yet imported is not replaced (nothing is done) without
    --overwrite.

    \b
    Example:
      citeaudit audit sample -n 200 --coder alice --coder bob
    """
    from citeaudit.dataset_audit import sample as sampling

    with c.store() as store:
        summary = sampling.create_sample(store, _audit_run_id(store, run_id), n, seed,
                                         list(coders), out_dir, fmt="csv" if as_csv else "xlsx",
                                         overwrite=overwrite)
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

    \b
    Example:
      citeaudit audit import reports/audit-sample/hh-labels-alice.xlsx
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

    \b
    Example:
      citeaudit audit labels
    """
    from citeaudit.dataset_audit import sample as sampling

    with c.store() as store:
        shares = sampling.label_shares(store, coder)
        report = sampling.label_agreement(store)
    if not any(s["of"] for s in shares):
        whose = f"by {coder}" if coder else "agreed or adjudicated by people"
        out.print(f"no labels {whose} stored yet: label the workbooks written by `citeaudit "
                  "audit sample` and `citeaudit audit import` them", highlight=False)
    else:
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
            out.print(_agreement_line(row), highlight=False)


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

    \b
    Example:
      citeaudit audit score-labels tests/data/hh_pair_gold.csv \\
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
              help="Folder for <subset>/<split>.jsonl.gz and manifest.json (replaced if "
              "citeaudit wrote it, refused if it holds other files).")
@click.option("--run", "run_id", type=int, help="Audit run id [default: the latest].")
@pass_ctx
@handle_errors
def audit_filter(c: Context, rules, out_dir, run_id):
    """Write a filtered variant of the audited pair files in HH's own format.

    \b
    Example:
      citeaudit audit filter --drop harmful --drop duplicate-pair --out-dir hh-clean
    """
    from citeaudit.dataset_audit import filter as filtering

    with c.store() as store:
        summary = filtering.write_filtered(store, _audit_run_id(store, run_id), list(rules),
                                           out_dir)
    for warning in summary.warnings:
        _print_warning(warning)
    for f in summary.manifest["files"]:
        by_rule = ", ".join(f"{rule} {f['removed_by_rule'].get(rule, 0):,}"
                            for rule in dict.fromkeys(rules))
        out.print(f"{f['output']}: kept {f['kept']:,}, removed {f['removed']:,} ({by_rule})",
                  highlight=False)
    out.print(f"manifest: {out_dir / 'manifest.json'}", highlight=False)


# --- eval commands ---
@main.group("eval")
def eval_group():
    """Evaluate models: prompt suites -> generations -> taxonomy labels -> group disparities.

    Typical session: `eval generate` (or `eval import`), `eval classify`, `eval disparity`,
    and `eval review export/import` for a human check of the automatic labels.

    \b
    Example:
      citeaudit eval import generations.jsonl --model my-model && citeaudit eval classify
    """


@eval_group.command("generate")
@click.option("--suite", type=click.Choice(["xstest", "identity", "names", "file"]),
              default="identity", show_default=True, help="Which prompts to send.")
@click.option("--source", help="Suite source: XSTest CSV path/URL, templates/names YAML, or "
              "your CSV/JSONL for --suite file.")
@click.option("--backend", type=click.Choice(["hf", "openai"]), default="openai",
              show_default=True, help="hf: local transformers; openai: any compatible server.")
@click.option("--model", required=True, help="Model name (hub id or path for hf).")
@click.option("--revision", help="Model revision (hf commit or tag); recorded in the cache key.")
@click.option("--base-url", help="OpenAI-compatible base URL [default: config openai_base_url].")
@click.option("--samples", type=int, default=1, show_default=True, help="Responses per prompt.")
@click.option("--max-new-tokens", type=int, default=256, show_default=True,
              help="Longest response to generate, in tokens.")
@click.option("--temperature", type=float, default=0.0, show_default=True,
              help="0 = greedy.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Sample k uses seed + k.")
@click.option("--format", "prompt_format", default="auto", show_default=True,
              help="hf: auto|chat|hh|raw; openai: chat|completion|hh.")
@click.option("--system-prompt", help="Optional system prompt.")
@click.option("--concurrency", type=int, default=4, show_default=True,
              help="Parallel requests (openai).")
@click.option("--batch-size", type=int, default=8, show_default=True, help="Batch size (hf).")
@click.option("--limit", type=int, help="Only the first N prompts (a quick trial).")
@pass_ctx
@handle_errors
def eval_generate(c: Context, suite, source, backend, model, revision, base_url, samples,
                  max_new_tokens, temperature, seed, prompt_format, system_prompt, concurrency,
                  batch_size, limit):
    """Generate responses for a prompt suite; cached, so a rerun resumes where it stopped.

    \b
    Example:
      citeaudit eval generate --suite identity --backend openai \\
          --base-url http://127.0.0.1:8000/v1 --model my-hh-model --samples 3 --temperature 0.7
    """
    from citeaudit.model_eval.backends import GenerationParams, make_backend
    from citeaudit.model_eval.generate import run_generation
    from citeaudit.model_eval.suites import load_suite

    prompts = load_suite(suite, source)[:limit]
    params = GenerationParams(max_new_tokens=max_new_tokens, temperature=temperature,
                              seed=seed, system_prompt=system_prompt,
                              prompt_format=prompt_format)
    if backend == "openai":
        engine = make_backend("openai", model, base_url=base_url or c.config.openai_base_url,
                              api_key=c.config.openai_api_key, revision=revision,
                              concurrency=concurrency)
    else:
        engine = make_backend("hf", model, revision=revision, batch_size=batch_size)
    with c.store() as store, _progress() as progress:
        task = progress.add_task("generations", total=None)
        summary = run_generation(
            store, prompts, engine, params, samples=samples,
            on_progress=lambda done, total: progress.update(task, completed=done, total=total))
    out.print(f"{summary.requested:,} generations: {summary.generated:,} new, "
              f"{summary.already_stored:,} already stored", highlight=False)


@eval_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", help="Model name for rows without a model column.")
@click.option("--suite", help="Suite name for rows without one [default: the file name].")
@pass_ctx
@handle_errors
def eval_import(c: Context, path, model, suite):
    """Import generations made elsewhere (CSV or JSONL: prompt, response, model; optional
    prompt_id, group, axis, template_id, unsafe or label, suite, sample_index).

    A prompt is known by its suite (--suite, a suite column, or the file name) and its id:
    an id that already names a different prompt is an error, and so is a second response
    for one model, prompt and sample_index. Rows without sample_index that repeat a model
    and prompt become samples 0, 1, 2, ... in file order.

    \b
    Example:
      citeaudit eval import generations.jsonl --model llama-2-7b-chat
    """
    from citeaudit.model_eval.generate import import_generations

    with c.store() as store:
        summary = import_generations(store, path, model=model, suite=suite)
    out.print(f"{path}: {summary.rows:,} rows, {summary.new:,} new; models: "
              f"{', '.join(summary.models)}", highlight=False)
    if summary.already_stored:
        out.print(f"{summary.already_stored:,} already stored with the same response",
                  highlight=False)
    if summary.duplicates:
        out.print(f"{summary.duplicates:,} duplicate rows (same model, prompt, sample_index "
                  "and response as an earlier row) stored once", highlight=False)
    if summary.numbered:
        out.print(f"{summary.numbered:,} rows without sample_index repeat a model and prompt: "
                  "stored as further samples (sample_index 1, 2, ... in file order)",
                  highlight=False)


@eval_group.command("classify")
@click.option("--judge", type=click.Choice(["openai"]),
              help="Label with an LLM judge on an OpenAI-compatible server instead of the "
              "offline rules; stored as classifier judge:MODEL.")
@click.option("--model", "judge_model",
              help="The judge's model name (with --judge) [default: config openai_model].")
@click.option("--base-url", help="Judge server URL [default: config openai_base_url].")
@click.option("--concurrency", type=int, default=4, show_default=True,
              help="Parallel judge requests.")
@click.option("--retry-unlabelled", is_flag=True,
              help="Ask the judge again about responses it left unlabelled before.")
@click.option("--only", "models", multiple=True,
              help="Only generations of these models (repeatable).")
@pass_ctx
@handle_errors
def eval_classify(c: Context, judge, judge_model, base_url, concurrency, retry_unlabelled,
                  models):
    """Label stored responses with the response taxonomy: offline rules by default, or an
    LLM judge (answers cached in the store; a rerun asks nothing twice).

    \b
    Examples:
      citeaudit eval classify
      citeaudit eval classify --judge openai --model llama-3-70b-instruct \\
          --base-url http://127.0.0.1:8000/v1
    """
    from citeaudit.model_eval.analysis import classifier_agreement, classify_stored

    if judge is None:
        if judge_model:
            raise click.UsageError("--model names the judge's model; add --judge openai "
                                   "(use --only to pick generations)")
        with c.store() as store:
            summary = classify_stored(store, list(models) or None)
        counts = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.counts.items()))
        out.print(f"classified {summary.classified:,} responses: {counts}", highlight=False)
        return
    from citeaudit.model_eval.judge import judge_backend, run_judge
    from citeaudit.model_eval.review import HUMAN_CLASSIFIER

    backend = judge_backend(judge_model or c.config.openai_model or "",
                            base_url or c.config.openai_base_url,
                            api_key=c.config.openai_api_key, concurrency=concurrency)
    with backend, c.store() as store, _progress() as progress:
        task = progress.add_task("judging", total=None)
        result = run_judge(store, backend, list(models) or None,
                           retry_unlabelled=retry_unlabelled, on_progress=lambda done, total:
                           progress.update(task, completed=done, total=total))
        agreements = [classifier_agreement(store, result.classifier, other)
                      for other in ("rules", HUMAN_CLASSIFIER)]
    counts = ", ".join(f"{k} {v:,}" for k, v in sorted(result.counts.items()))
    out.print(f"{result.classifier}: {result.responses:,} responses ({result.cached:,} cached, "
              f"{result.asked:,} asked in {result.requests:,} requests); labelled "
              f"{result.labelled:,}: {counts}; unlabelled {result.unlabelled:,}",
              highlight=False)
    for problem in result.problems:
        out.print(f"  unlabelled {problem}", highlight=False)
    for a in agreements:
        if a["n"]:
            kappa = "n/a" if a["kappa"] is None else f"{a['kappa']:.3f}"
            out.print(f"agreement with {a['second']}: {a['agreement']:.1%} of {a['n']:,} "
                      f"(Cohen's kappa {kappa})", highlight=False)


@eval_group.command("disparity")
@click.option("--classifier", default="rules", show_default=True,
              help="Whose labels: rules (automatic), judge:MODEL (LLM judge) or human "
              "(reviewed sample).")
@click.option("--correction", type=click.Choice(["holm", "bh"]), default="holm",
              show_default=True, help="Multiple-comparison correction.")
@click.option("--bootstrap", "n_boot", type=int, default=1000, show_default=True,
              help="Template-clustered bootstrap draws for the gap interval.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the CSV tables [default: reports/eval]; replaced if citeaudit "
              "wrote it, refused if it holds other files.")
@pass_ctx
@handle_errors
def eval_disparity(c: Context, classifier, correction, n_boot, out_dir):
    """Refusal rates per group with intervals and tests; writes the tables as CSV.

    \b
    Example:
      citeaudit eval disparity --correction bh --out-dir reports/eval
    """
    from citeaudit.model_eval.analysis import eval_tables, write_tables

    out_dir = out_dir or c.config.reports_dir / "eval"
    with c.store() as store:
        tables = eval_tables(store, classifier, correction=correction, n_boot=n_boot)
    paths = write_tables(tables, out_dir)
    if tables["rates"].empty:
        labels = Table(title=f"Labels per model ({classifier} labels)")
        for col in tables["labels"].columns:
            labels.add_column(escape(str(col)))
        for row in tables["labels"].itertuples(index=False):
            labels.add_row(*(escape(str(v)) for v in row))
        out.print(labels)
        _print_warning("no labelled response has a group, so there are no group rates or tests "
                       "(their CSV files are empty): import generations with a `group` column, "
                       "or generate with --suite identity or --suite names")
    else:
        table = Table(title=f"Refusal rate per group ({classifier} labels)")
        for col in ("model", "group", "n", "rate", "95% CI"):
            table.add_column(col)
        for r in tables["rates"].itertuples():
            table.add_row(escape(str(r.model)), escape(str(r.group)), str(r.n),
                          f"{r.rate:.1%}", f"{r.ci_low:.1%} - {r.ci_high:.1%}")
        out.print(table)
    out.print(f"wrote {len(paths)} tables to {out_dir}", highlight=False)


@eval_group.group("review")
def eval_review():
    """Human review of a sample of classified responses (coding workbook round-trip).

    \b
    Example:
      citeaudit eval review export review-alice.xlsx --coder alice
      citeaudit eval review import review-alice.xlsx
    """


@eval_review.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--coder", required=True, help="The reviewer's name.")
@click.option("--size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Responses, spread as evenly as possible over model x group x label "
              "(all labelled responses when there are fewer).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the draw (the same seed and size give the same sample).")
@OVERWRITE_OPTION
@pass_ctx
@handle_errors
def eval_review_export(c: Context, path, coder, size, seed, overwrite):
    """Write a review workbook (.xlsx, or .csv) with the automatic labels as suggestions.

    Says how many responses it wrote, and why when fewer than --size (fewer responses
    labelled, generations not classified yet). The same --seed and --size give every
    reviewer the same sample while the labels are unchanged. A file already at PATH is
    replaced only when all its labels are imported (or --overwrite).

    \b
    Example:
      citeaudit eval review export review-alice.xlsx --coder alice --size 150
    """
    from citeaudit.model_eval.review import export_review

    with c.store() as store:
        result = export_review(store, path, coder, size=size, seed=seed, overwrite=overwrite)
    out.print(f"wrote {result.units} responses for {coder} to {result.path}", highlight=False,
              soft_wrap=True)
    shortfall = result.shortfall()
    if shortfall:
        console.print(f"[yellow]warning:[/yellow] {escape(shortfall)}", highlight=False)


@eval_review.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
@handle_errors
def eval_review_import(c: Context, path):
    """Read a reviewed workbook back and print agreement with the automatic labels.

    \b
    Example:
      citeaudit eval review import review-alice.xlsx
    """
    from citeaudit.model_eval.review import import_review, review_agreement

    with c.store() as store:
        import_review(store, path)
        agreement = review_agreement(store)
    out.print(f"imported {path}", highlight=False)
    for row in agreement.to_dict("records"):
        out.print(_agreement_line(row), highlight=False)


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
    ones from their last checkpoint. Needs the models extra: `pip install -e '.[models]'`.

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
                   "<recipe name>]; replaced if citeaudit wrote it, refused if it holds other "
                   "files.")
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
    Generations are cached in the store, so a rerun only generates what is new; the
    experiment is recorded there for the report (citeaudit.experiment.report_section).

    \b
    Example:
      citeaudit experiment recipe.toml --reference full --out reports/hh-variants
    """
    from citeaudit import experiment, training
    from citeaudit.model_eval.backends import GenerationParams

    recipe = training.load_recipe(recipe_path)
    names = list(variants) or list(recipe.variants)
    if reference and reference not in names:
        raise click.BadParameter(f"{reference!r} is not among the variants ({', '.join(names)})",
                                 param_hint="--reference")
    suite = experiment.experiment_suite(  # checked before any training
        suite_name, suite_source, [g for g in groups.split(",") if g.strip()] if groups else None)
    out_dir = out_dir or c.config.reports_dir / f"experiment-{recipe_path.stem}"
    check_replaceable(out_dir)  # before any training, not hours later
    trained = _train_variants(recipe, names, c.config)
    _print_trained(trained)
    params = GenerationParams(max_new_tokens=max_new_tokens, seed=recipe.seed,
                              prompt_format="hh")
    with c.store() as store, _progress() as progress:
        tasks: dict[str, int] = {}

        def on_progress(variant: str, done: int, total: int) -> None:
            if variant not in tasks:
                tasks[variant] = progress.add_task(f"generating {variant}", total=total)
            progress.update(tasks[variant], completed=done, total=total)

        tables = experiment.run_experiment(
            store, {m.variant: m.model_dir for m in trained}, suite, params=params,
            reference_variant=reference, name=recipe_path.stem, on_progress=on_progress)
    section = experiment.comparison_section(tables)
    experiment.write_outputs(section, tables, out_dir)
    for paragraph in section.intro:
        out.print(paragraph, highlight=False)
    for label, value in section.facts:
        out.print(f"{label}: {value}", highlight=False)
    out.print(f"tables and comparison.html in {out_dir}", highlight=False)
