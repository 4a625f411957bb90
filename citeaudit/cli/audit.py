"""`citeaudit audit ...`: audit the HH-RLHF files, label a sample, write filtered variants."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from citeaudit.cli.common import (
    OVERWRITE_OPTION,
    Context,
    agreement_line,
    console,
    handle_errors,
    out,
    pass_ctx,
    print_warning,
    progress_bars,
)
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import replace_folder, write_csv
from citeaudit.store import Store


@click.group("audit")
def audit_group():
    """Audit the HH-RLHF files themselves: sizes, duplicates, refusals, identity terms,
    red-team topics; a labelled sample; filtered variants.

    \b
    Example:
      citeaudit audit run --data-dir ../shared/data/hh-rlhf --subset harmless-base --split test
    """


def _audit_run_id(store: Store, run_id: int | None) -> int:
    row = store.audit.get_run(run_id)
    if row is None:
        raise CiteauditError("no finished audit run in the store: run `citeaudit audit run`"
                             if run_id is None else f"no audit run {run_id}")
    return row["run_id"]


@audit_group.command("run")
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
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes sharing the work "
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
    from citeaudit.audit import sources as hh
    from citeaudit.audit import stage as audit_stage

    if files:
        if len(subsets) > 1 or len(splits) > 1:
            raise CiteauditError("with FILES give at most one --subset and one --split")
        chosen = [hh.guess_source(p, subsets[0] if subsets else None,
                                  splits[0] if splits else None) for p in files]
    else:
        selection = hh.parse_selection(list(subsets), list(splits))
        cfg = c.config
        with progress_bars() as progress:
            task = progress.add_task("download", total=None)
            chosen = hh.resolve_sources(
                selection, data_dir=data_dir or cfg.hh_data_dir, cache_dir=cfg.cache_dir,
                base_url=source_url or cfg.hh_source_url, download=download,
                timeout_s=cfg.http_timeout_s, max_retries=cfg.http_max_retries,
                user_agent=cfg.user_agent,
                on_progress=lambda name, done, total: progress.update(
                    task, description=name, completed=done, total=total))
    settings = audit_stage.settings_from_config(
        c.config, near_dup_threshold=threshold, n_topics=n_topics, seed=seed,
        **({"classifier": classifier} if classifier else {}))
    with c.store() as store, progress_bars() as progress:
        tasks: dict[str, int] = {}

        def on_progress(label: str, n: int) -> None:
            if label not in tasks:
                tasks[label] = progress.add_task(label, total=None)
            progress.update(tasks[label], completed=n)

        summary = audit_stage.run(store, c.config, sources=chosen, settings=settings,
                                  force=force, workers=workers, on_progress=on_progress)
    out.print(f"audit run {summary.run_id}{' (stored, reused)' if summary.reused else ''}: "
              f"{summary.records:,} records from {len(summary.sources)} files, "
              f"{summary.problems:,} malformed; {summary.elapsed_s:.1f} s. "
              f"See `citeaudit audit show`.", highlight=False)


@audit_group.command("show")
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

    from citeaudit.audit import sample as sampling
    from citeaudit.audit import show

    with c.store() as store:
        run_id = _audit_run_id(store, run_id)
        measures = store.audit.get_measures(run_id)
        identity = store.audit.list_identity(run_id)
        topics = store.audit.list_topics(run_id)
        problems = store.audit.list_problems(run_id, limit=20)
        trust = sampling.label_trust(store, run_id)
        written = _write_audit_csvs(store, run_id, csv_dir) if csv_dir else []
    if as_json:
        out.print_json(json_lib.dumps({
            "run_id": run_id,
            "measures": {f"{k[0]}/{k[1]}": v for k, v in measures.items()},
            "identity": [dict(r) for r in identity],
            "topics": [dict(r) for r in topics],
            "automatic_label_agreement": None if trust is None else vars(trust)}, default=str))
    else:
        out.print(f"HH audit run {run_id}", style="bold", highlight=False)
        for table in show.show_tables(measures, identity, topics, problems):
            _print_show_table(table)
        out.print(escape(sampling.trust_line(trust)), highlight=False)
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
    from citeaudit.audit.report import report_section
    from citeaudit.audit.show import csv_name
    section = report_section(store, run_id=run_id, problem_limit=1000)

    def write(folder: Path) -> list[Path]:
        return [write_csv(folder / csv_name(table.caption), table.columns, table.rows)
                for table in (section.tables if section else [])]

    return replace_folder(csv_dir, write)


@audit_group.command("sample")
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
    from citeaudit.audit import sample as sampling

    with c.store() as store:
        summary = sampling.create_sample(store, _audit_run_id(store, run_id), n, seed,
                                         list(coders), out_dir, fmt="csv" if as_csv else "xlsx",
                                         overwrite=overwrite)
    out.print(f"{summary.n_units} pairs in {len(summary.strata)} strata; automatic labels "
              f"stored as coder '{sampling.AUTO_CODER}'", highlight=False)
    for path in summary.exports:
        out.print(f"  {path}", highlight=False)


@audit_group.command("import")
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


@audit_group.command("label")
@click.option("--judge", type=click.Choice(["openai"]), required=True,
              help="Label with an LLM judge on an OpenAI-compatible server (vLLM, Ollama, "
              "TGI); stored as coder auto-judge:MODEL.")
@click.option("--model", "judge_model",
              help="The judge's model name [default: config openai_model].")
@click.option("--base-url", help="Judge server URL [default: config openai_base_url].")
@click.option("--format", "fmt", type=click.Choice(["openai", "llama-guard"]),
              default="openai", show_default=True,
              help="openai: a prompt from the codebook, JSON answers; llama-guard: the "
              "conversation as chat turns, 'safe'/'unsafe' answers (unsafe = harmful, safe = "
              "the offline rules' acceptable/unhelpful).")
@click.option("--concurrency", type=int, default=4, show_default=True,
              help="Parallel judge requests.")
@click.option("--retry-unlabelled", is_flag=True,
              help="Ask the judge again about pairs it left unlabelled before.")
@pass_ctx
@handle_errors
def audit_label(c: Context, judge, judge_model, base_url, fmt, concurrency, retry_unlabelled):
    """Label the sampled pairs (`audit sample`) with an LLM judge, codebook
    coding_scheme/hh_pair_labels.yaml; answers are cached in the store (a rerun asks nothing
    twice, an interrupted one resumes); prints the judge's agreement with the hand labels.

    \b
    Example:
      citeaudit audit label --judge openai --model llama-3-70b-instruct \\
          --base-url http://127.0.0.1:8000/v1
    """
    from citeaudit.audit import judge as pair_judge
    from citeaudit.evals.judge import judge_backend

    backend = judge_backend(judge_model or c.config.openai_model or "",
                            base_url or c.config.openai_base_url,
                            api_key=c.config.openai_api_key, concurrency=concurrency)
    with backend, c.store() as store, progress_bars() as progress:
        task = progress.add_task("judging", total=None)
        result = pair_judge.run_judge(
            store, backend, fmt, retry_unlabelled=retry_unlabelled,
            on_progress=lambda done, total: progress.update(task, completed=done, total=total))
        report = pair_judge.judge_agreement(store, result.coder)
    counts = ", ".join(f"{k} {v:,}" for k, v in sorted(result.counts.items()))
    out.print(f"{result.coder}: {result.pairs:,} pairs ({result.cached:,} cached, "
              f"{result.asked:,} asked in {result.requests:,} requests); labelled "
              f"{result.labelled:,}: {counts}; unlabelled {result.unlabelled:,}",
              highlight=False, emoji=False)  # a model name may read as an emoji code
    for problem in result.problems:
        out.print(f"  unlabelled {escape(problem)}", highlight=False, emoji=False)
    rows = [r for r in report.rows() if r["value"] is not None and result.coder in
            (r["coder_a"], r["coder_b"]) and not r["code"]]
    if not rows:
        out.print("no hand labels stored for these pairs yet: agreement not measured",
                  highlight=False)
    for row in rows:
        out.print(agreement_line(row), highlight=False, emoji=False)


@audit_group.command("labels")
@click.option("--coder", help="One annotator's labels [default: final agreed labels].")
@click.option("--run", "run_id", type=int, help="Audit run whose pairs the shares are of "
              "[default: the latest].")
@click.option("--boot", "n_boot", type=int, default=2000, show_default=True,
              help="Bootstrap draws for the corrected shares and kappa.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write every sampled pair's labels to this CSV: run, source, line, "
              "automatic label, each person's, adjudicated and final label.")
@click.option("--overwrite", is_flag=True,
              help="Replace the --csv file even if it is not a citeaudit labels CSV.")
@pass_ctx
@handle_errors
def audit_labels(c: Context, coder, run_id, n_boot, csv_path, overwrite):
    """Label shares: from the hand-labelled sample weighted by stratum size, and from the
    automatic labels of every pair, raw and corrected with the confusion measured on the
    hand sample; how far the automatic labels agree with people.

    \b
    Example:
      citeaudit audit labels
    """
    from citeaudit.audit import sample as sampling

    with c.store() as store:
        shares = sampling.label_shares(store, coder)
        report = sampling.label_agreement(store)
        run = store.audit.get_run(run_id)
        if run_id is not None and run is None:
            raise CiteauditError(f"no audit run {run_id}")
        prevalence = (sampling.label_prevalence(store, run["run_id"], coder, n_boot=n_boot)
                      if run is not None else None)
    if not any(s["of"] for s in shares):
        whose = f"by {coder}" if coder else "agreed or adjudicated by people"
        out.print(f"no labels {whose} stored yet: label the workbooks written by `citeaudit "
                  "audit sample` and `citeaudit audit import` them", highlight=False)
    elif prevalence is None:
        _print_simple_shares(shares, coder)
    if prevalence is not None:
        _print_prevalence(prevalence, coder)
    for row in report.rows():
        if row["value"] is not None:
            out.print(agreement_line(row), highlight=False)
    if csv_path:
        _write_labels_csv(c, csv_path, overwrite)


def _write_labels_csv(c: Context, path: Path, overwrite: bool) -> None:
    """`audit labels --csv`: the per-pair labels table (audit.labels_csv)."""
    from citeaudit.audit.labels_csv import write_labels_csv

    with c.store() as store:
        written = write_labels_csv(store, path, overwrite=overwrite)
    out.print(f"wrote {written.pairs} pairs (labels of {', '.join(written.coders) or 'no one'}"
              f") to {written.path}", highlight=False)


def _print_simple_shares(shares, coder) -> None:
    table = Table(title=f"Chosen-response labels ({coder or 'final'}), as a simple random "
                  "sample (no audit run to weight by)")
    for col in ("label", "n", "share", "95% CI"):
        table.add_column(col)
    for s in shares:
        table.add_row(s["label"], f"{s['n']}/{s['of']}",
                      "" if s["share"] is None else f"{s['share']:.1%}",
                      f"{s['ci_low']:.1%} - {s['ci_high']:.1%}")
    out.print(table)


def _pct(value) -> str:
    return "" if value is None else f"{value:.1%}"


def _print_prevalence(p, coder) -> None:
    """Hand shares (weighted), raw and corrected automatic shares, and what each covers."""
    from citeaudit.audit.prevalence import LABELS
    from citeaudit.audit.sample import trust_line

    c = p.corrected
    table = Table(title=f"Chosen-response labels, audit run {p.run_id}")
    for col in ("label", "hand (weighted)", "95% CI", "automatic", "corrected", "95% CI "):
        table.add_column(col)
    for i, label in enumerate(LABELS):
        w = p.weighted[i]
        table.add_row(
            label, _pct(w.share), f"{_pct(w.low)} - {_pct(w.high)}" if w.low is not None else "",
            _pct(c.raw[i]), _pct(c.corrected[i]) if c.corrected else "",
            f"{_pct(c.low[i])} - {_pct(c.high[i])}" if c.low else "")
    out.print(table)
    notes = [
        f"hand: {coder or 'final'} labels of {c.n_hand} sampled pairs, each stratum weighted "
        "by its number of pairs; its interval covers the sampling error of the hand sample "
        "(stratified variance, Wilson at the effective n).",
        f"automatic: the automatic labels of all {c.n_pairs:,} pairs (no interval: a census).",
        "corrected: the automatic shares corrected with the confusion measured on the hand "
        f"sample; its interval (percentile bootstrap, {c.n_boot} draws) covers both the "
        "calibration error (hand sample redrawn within strata) and the sampling error of the "
        "automatic shares." if c.corrected else
        "corrected: not available until the hand sample holds every label.",
    ]
    if p.correction_less_precise:
        notes.append("Here the corrected intervals are wider than the weighted hand ones for "
                     "every label (the automatic labels are not accurate enough to add "
                     "precision to the hand sample): quote the weighted hand shares.")
    if p.not_in_run:
        notes.append(f"{p.not_in_run} hand-labelled pairs are not pairs of run {p.run_id} "
                     "and were left out.")
    notes.append(trust_line(p.trust))
    for note in notes:
        out.print(escape(note), highlight=False)


@audit_group.command("score-labels")
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
    precision, recall and F1, Cohen's kappa with a bootstrap interval, the majority-class
    baseline and the confusion matrix.

    \b
    Example:
      citeaudit audit score-labels tests/data/hh_pair_gold.csv \\
          --file ../shared/data/hh-rlhf/harmless-base-test.jsonl.gz
    """
    import json as json_lib
    from dataclasses import asdict

    from citeaudit.audit import score as scoring
    from citeaudit.audit import sources as hh

    if files:
        chosen = [hh.guess_source(p) for p in files]
    else:
        with c.store() as store:
            run_id = _audit_run_id(store, None)
            chosen = [hh.HHSource(r["subset"], r["split"], Path(r["path"]))
                      for r in store.audit.list_sources(run_id)]
    result = scoring.score_file(gold, chosen)
    if as_json:
        out.print_json(json_lib.dumps(asdict(result)))
        return
    out.print(f"{result.n} pairs; automatic labels by {result.harm_detector}", highlight=False)
    out.print(f"accuracy {result.accuracy:.3f}   Cohen's kappa {result.kappa:.3f} (95% "
              f"bootstrap CI {result.kappa_low:.3f} to {result.kappa_high:.3f})",
              highlight=False)
    out.print(f"majority-class baseline: every pair '{result.baseline_label}', accuracy "
              f"{result.baseline_accuracy:.3f}, kappa 0", highlight=False)
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


@audit_group.command("filter")
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
    from citeaudit.audit import filter as filtering

    with c.store() as store:
        summary = filtering.write_filtered(store, _audit_run_id(store, run_id), list(rules),
                                           out_dir)
    for warning in summary.warnings:
        print_warning(warning)
    for f in summary.manifest["files"]:
        by_rule = ", ".join(f"{rule} {f['removed_by_rule'].get(rule, 0):,}"
                            for rule in dict.fromkeys(rules))
        out.print(f"{f['output']}: kept {f['kept']:,}, removed {f['removed']:,} ({by_rule})",
                  highlight=False)
    out.print(f"manifest: {out_dir / 'manifest.json'}", highlight=False)
