"""`citeaudit code ...`: suggest codes, export and import coding sheets, agreement."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from citeaudit.cli.common import (
    OVERWRITE_OPTION,
    Context,
    console,
    handle_errors,
    out,
    pass_ctx,
    print_warning,
    progress_bars,
)
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import write_csv

CODEBOOK_OPTION = click.option(
    "--codebook", "codebook_name", default="hh_usage", show_default=True,
    help="A codebook name in coding_scheme/ or a path to a codebook YAML file.")


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _interval(low: float, high: float) -> str:
    return "" if low != low or high != high else f"{low:.2f} - {high:.2f}"


@click.group("code")
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
    with c.store() as store, progress_bars() as progress:
        task = progress.add_task("coding", total=None)
        summary = autocode.run(store, c.config, codebook=book, use_llm=llm, refresh=refresh,
                               refresh_unrecorded=refresh_unrecorded,
                               on_progress=lambda done, total: progress.update(
                                   task, completed=done, total=total))
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
                print_warning(warning)
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
    for col in ("dimension", "code", "alpha", "95% CI", "units"):
        alphas.add_column(col)
    for a in report.alphas:
        alphas.add_row(a.dimension, a.code or "", _pct(a.alpha), _interval(a.low, a.high),
                       str(a.n_units))
    pairs = Table(title="Cohen's kappa per pair")
    for col in ("dimension", "code", "coders", "kappa", "95% CI", "accuracy", "units"):
        pairs.add_column(col)
    for p in report.pairs:
        pairs.add_row(p.dimension, p.code or "", f"{p.coder_a} vs {p.coder_b}", _pct(p.kappa),
                      _interval(p.low, p.high), _pct(p.accuracy), str(p.n_units))
    out.print(alphas)
    out.print(pairs)
    out.print("95% CI: percentile bootstrap over units (1,000 draws, seed 0); blank where "
              "undefined.", highlight=False)
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
@click.option("--stored", is_flag=True, help="Score the codes `code auto` stored (rules and "
              "LLM) for the gold papers in the store, instead of coding the PDFs.")
@click.option("--held-out", "held_out", multiple=True, metavar="FILE",
              help="A gold paper kept out of rule writing (its file, name or arXiv id; "
              "repeat): held-out and development papers are scored apart.")
@click.option("--bootstrap", "n_boot", type=click.IntRange(1), default=1000, show_default=True,
              help="Bootstrap draws (papers resampled) for each kappa's 95% interval.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the bootstrap draws.")
@click.option("--per-paper", is_flag=True, help="Also show each paper's gold and auto codes.")
@pass_ctx
@handle_errors
def code_score_auto(c: Context, gold: Path, codebook_name: str, pdf_dir: Path, stored: bool,
                    held_out: tuple[str, ...], n_boot: int, seed: int, per_paper: bool):
    """Measure the automatic coders against hand codes: kappa per column, with evidence.

    Reads each PDF named in the gold file, extracts its passages, codes them by rule and
    compares: accuracy and kappa per dimension, then Cohen's kappa with a bootstrap interval
    on the seven columns of the literature analysis (trains on HH, evaluates on HH, reward
    model, red-team subset, mention only, critiques HH, harmlessness definition), and for each
    paper the evidence behind every disagreement. LLM codes in the store (`code auto --llm`)
    are scored the same way, matched to the gold papers by arXiv id. With --stored, only the
    stored codes (rules and LLM) are scored; no PDF is read.

    \b
    Example:
      citeaudit code score-auto tests/data/hh_usage_gold.yaml --held-out 2402.01306
    """
    from citeaudit import coding
    from citeaudit.coding.units import AUTO_CODER
    from citeaudit.literature import gold as gold_mod
    from citeaudit.literature.llmcode import LLM_CODER

    book = coding.load_codebook(codebook_name)
    options = {"held_out": held_out, "n_boot": n_boot, "seed": seed}
    report = None
    if not stored:
        with progress_bars() as progress:
            task = progress.add_task("papers", total=None)
            report = gold_mod.score_rules(
                gold, pdf_dir, book, c.config, **options,
                progress=lambda done, total: progress.update(task, completed=done, total=total))
        _print_dimension_rows(report, gold)
    from_store = None
    if stored or c.config.store_path.exists():  # never create a store just to look in it
        with c.store() as store:
            from_store = gold_mod.score_stored(
                store, gold, book, (AUTO_CODER, LLM_CODER) if stored else (LLM_CODER,),
                **options)
    if stored and not (from_store and from_store.tables):
        raise CiteauditError(f"{c.config.store_path}: no stored automatic codes for the papers "
                             f"of {gold}; run `citeaudit code auto` first")
    for table in (report.tables if report else []) + (from_store.tables if from_store else []):
        _print_column_table(table, gold)
    if from_store:
        for coder, files in from_store.unmatched.items():
            if files and any(t.coder == coder for t in from_store.tables):
                out.print(f"{coder}: no stored codes for {len(files)} gold paper(s): "
                          f"{', '.join(files)}", highlight=False, soft_wrap=True)
    if per_paper and report:
        for paper in report.per_paper:
            out.print(f"{paper['file']} ({paper['passages']} passages)", highlight=False,
                      soft_wrap=True)
            for dim, codes in paper["gold"].items():
                auto_codes = paper["auto"].get(dim, [])
                mark = "" if auto_codes == codes else "   <- differs"
                out.print(f"  {dim}: gold {', '.join(codes)} | auto {', '.join(auto_codes)}"
                          f"{mark}", highlight=False, soft_wrap=True)


def _print_dimension_rows(report, gold: Path) -> None:
    table = Table(title=f"auto (rules) vs {gold.name}: {report.n_papers} papers, "
                  f"{report.n_passages} passages")
    for col in ("dimension", "code", "accuracy", "kappa", "n"):
        table.add_column(col)
    for row in report.rows:
        table.add_row(row.dimension, row.code or "", _pct(row.accuracy), _pct(row.kappa),
                      str(row.n_units))
    out.print(table)


PAPER_SETS = {"all": "all papers", "held-out": "held-out papers",
              "development": "development papers (the rules were written from these)"}


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _print_column_table(table, gold: Path) -> None:
    """One coder's kappa per column with its interval, then the evidence per disagreement."""
    title = (f"{table.coder} vs {gold.name}, {PAPER_SETS[table.papers]}: "
             f"{table.n_papers} papers")
    shown = Table(title=title)
    for col in ("column", "gold yes", "auto yes", "kappa", "95% interval"):
        shown.add_column(col)
    for col in table.columns:
        interval = ("n/a" if col.low is None
                    else f"{col.low:.2f} to {col.high:.2f}")
        shown.add_row(col.label, str(col.gold_yes), str(col.auto_yes), _pct(col.kappa),
                      interval)
    out.print(shown)
    out.print(f"mean kappa {_pct(table.mean_kappa)} over the {table.n_defined} columns where "
              "it is defined", highlight=False, soft_wrap=True)
    if not table.disagreements:
        return
    out.print(f"disagreements of {table.coder} ({table.papers}), with their evidence:",
              highlight=False, soft_wrap=True)
    for d in table.disagreements:
        out.print(f"  {d.file} {escape(d.title)}: {d.column}: gold {_yes_no(d.gold)}, "
                  f"auto {_yes_no(d.auto)}", highlight=False, soft_wrap=True)
        for line in d.auto_evidence:
            out.print(f"    auto: {escape(line)}", highlight=False, soft_wrap=True)
        out.print(f"    gold: {escape(d.gold_evidence) or '(no note in the gold file)'}",
                  highlight=False, soft_wrap=True)
