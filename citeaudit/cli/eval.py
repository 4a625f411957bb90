"""`citeaudit eval ...` (generate, import, classify, disparity, review) and
`citeaudit experiment` (train variants, then compare how they refuse)."""

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
from citeaudit.cli.train import VARIANT_HELP, print_trained, train_variants
from citeaudit.core.files import check_replaceable
from citeaudit.core.stats import PERMUTATIONS, interval_text
from citeaudit.evals.disparity import BY, MIN_N


@click.group("eval")
def eval_group():
    """Evaluate models: prompt suites -> generations -> taxonomy labels -> group disparities.

    Typical session: `eval generate` (or `eval import`), `eval classify`, `eval disparity`,
    `eval review export/import` for a human check of the automatic labels, and `eval export`
    for every response with every label as CSV or JSONL.

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
@click.option("--base-url", "base_url", multiple=True,
              help="OpenAI-compatible base URL; repeat it or separate with commas for several "
                   "servers of the model, taking requests in turn [default: config "
                   "openai_base_url].")
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
@click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True,
              help="Requests in flight at once, over all servers (openai).")
@click.option("--batch-size", type=int, default=8, show_default=True, help="Batch size (hf).")
@click.option("--limit", type=click.IntRange(min=1), help="Only N prompts, drawn evenly across "
              "groups and genders (seeded by --seed): a quick trial that still covers every "
              "group.")
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
      citeaudit eval generate --base-url http://gpu1:8000/v1,http://gpu2:8000/v1 \\
          --model my-hh-model --concurrency 64
    """
    from citeaudit.evals import generate
    from citeaudit.evals.backends import GenerationParams, make_backend
    from citeaudit.evals.suites import load_suite, sample_across_groups

    prompts = sample_across_groups(load_suite(suite, source), limit, seed)
    params = GenerationParams(max_new_tokens=max_new_tokens, temperature=temperature,
                              seed=seed, system_prompt=system_prompt,
                              prompt_format=prompt_format)
    if backend == "openai":
        engine = make_backend("openai", model, base_url=base_url or c.config.openai_base_url,
                              api_key=c.config.openai_api_key, revision=revision,
                              concurrency=concurrency)
    else:
        engine = make_backend("hf", model, revision=revision, batch_size=batch_size)
    with c.store() as store, progress_bars() as progress:
        task = progress.add_task("generations", total=None)
        summary = generate.run(
            store, c.config, prompts=prompts, backend=engine, params=params, samples=samples,
            on_progress=lambda done, total: progress.update(task, completed=done, total=total))
    out.print(f"{summary.requested:,} generations: {summary.generated:,} new, "
              f"{summary.already_stored:,} already stored", highlight=False)


@eval_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", help="Model name for rows without a model column.")
@click.option("--suite", help="Suite name for rows without one [default: the file name].")
@click.option("--map", "maps", multiple=True, metavar="FIELD=COLUMN[:GLOB]",
              help="Read FIELD from COLUMN (response=completion), or make a true/false field "
              "from a pattern (unsafe=type:contrast_*) (repeatable).")
@click.option("--mapping", "mapping_file", type=click.Path(exists=True, dir_okay=False,
                                                           path_type=Path),
              help="A YAML or TOML file of FIELD: COLUMN[:GLOB] lines (--map adds to it).")
@pass_ctx
@handle_errors
def eval_import(c: Context, path, model, suite, maps, mapping_file):
    """Import generations made elsewhere (CSV or JSONL: prompt, response, model; optional
    prompt_id, group, axis, template_id, unsafe (true/false), suite, sample_index, and a
    human label in `label` or `human_label`: a taxonomy code or an XSTest class, stored as
    the human labels `eval review import` stores).

    A prompt is known by its suite (--suite, a suite column, or the file name) and its id:
    an id that already names a different prompt is an error, and so is a second response
    for one model, prompt and sample_index. Rows without sample_index that repeat a model
    and prompt become samples 0, 1, 2, ... in file order.

    \b
    Examples:
      citeaudit eval import generations.jsonl --model llama-2-7b-chat
      citeaudit eval import llama2orig_labelled.csv --model llama2orig --suite xstest \\
          --map response=completion --map unsafe=type:contrast_* --map human_label=final_label
    """
    from citeaudit.evals.columns import column_map
    from citeaudit.evals.generate import import_generations

    columns = column_map(maps, mapping_file)
    with c.store() as store:
        summary = import_generations(store, path, model=model, suite=suite, columns=columns)
    out.print(f"{path}: {summary.rows:,} rows, {summary.new:,} new; models: "
              f"{', '.join(summary.models)}", highlight=False)
    if summary.human_labels:
        replaced = (f", {summary.human_replaced:,} replacing another stored human label"
                    if summary.human_replaced else "")
        out.print(f"{summary.human_labels:,} human labels stored{replaced} (see `citeaudit "
                  "eval score --against human`)", highlight=False)
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
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes sharing the rules' work [default: one per CPU, at most 8]; the "
              "labels do not depend on it.")
@pass_ctx
@handle_errors
def eval_classify(c: Context, judge, judge_model, base_url, concurrency, retry_unlabelled,
                  models, workers):
    """Label stored responses with the response taxonomy: offline rules by default, or an
    LLM judge (answers cached in the store; a rerun asks nothing twice).

    \b
    Examples:
      citeaudit eval classify
      citeaudit eval classify --judge openai --model llama-3-70b-instruct \\
          --base-url http://127.0.0.1:8000/v1
    """
    from citeaudit.evals import analysis

    if judge is None:
        if judge_model:
            raise click.UsageError("--model names the judge's model; add --judge openai "
                                   "(use --only to pick generations)")
        with c.store() as store, progress_bars() as progress:
            task = progress.add_task("classifying", total=None)
            summary = analysis.run(store, c.config, models=list(models) or None,
                                   workers=workers, on_progress=lambda done, total: progress.update(
                                       task, completed=done, total=total))
        counts = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.counts.items()))
        out.print(f"classified {summary.classified:,} responses: {counts}", highlight=False)
        return
    if workers is not None:
        raise click.UsageError("--workers shares the rules' work; a judge's parallel requests "
                               "are --concurrency")
    from citeaudit.evals import judge as judge_stage
    from citeaudit.evals.judge import judge_agreement, judge_backend

    backend = judge_backend(judge_model or c.config.openai_model or "",
                            base_url or c.config.openai_base_url,
                            api_key=c.config.openai_api_key, concurrency=concurrency)
    with backend, c.store() as store, progress_bars() as progress:
        task = progress.add_task("judging", total=None)
        result = judge_stage.run(store, c.config, backend=backend, models=list(models) or None,
                                 retry_unlabelled=retry_unlabelled,
                                 on_progress=lambda done, total: progress.update(
                                     task, completed=done, total=total))
        agreements = judge_agreement(store, result.classifier)
    counts = ", ".join(f"{k} {v:,}" for k, v in sorted(result.counts.items()))
    out.print(f"{result.classifier}: {result.responses:,} responses ({result.cached:,} cached, "
              f"{result.asked:,} asked in {result.requests:,} requests); labelled "
              f"{result.labelled:,}: {counts}; unlabelled {result.unlabelled:,}",
              highlight=False)
    for problem in result.problems:
        out.print(f"  unlabelled {problem}", highlight=False)
    for a in agreements:
        kappa = "n/a" if a["kappa"] is None else f"{a['kappa']:.3f}"
        kappa += interval_text(a["kappa_low"], a["kappa_high"])
        out.print(f"agreement with {a['second']}: {a['agreement']:.1%} of {a['n']:,} "
                  f"(Cohen's kappa {kappa})", highlight=False)


@eval_group.command("score")
@click.option("--against", "reference", default="human", show_default=True,
              help="The labels taken as right: human (imported or reviewed), rules or "
              "judge:MODEL.")
@click.option("--classifier", default="rules", show_default=True,
              help="The labels to score: rules or judge:MODEL.")
@click.option("--model", "models", multiple=True, help="Only this model (repeatable).")
@click.option("--xstest-classes", is_flag=True,
              help="Roll both sides up to XSTest's three classes first.")
@click.option("--bootstrap", "n_boot", type=click.IntRange(min=0), default=1000,
              show_default=True, help="Bootstrap draws for the kappa interval.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap.")
@pass_ctx
@handle_errors
def eval_score(c: Context, reference, classifier, models, xstest_classes, n_boot, seed):
    """How well a classifier's labels agree with people's, per model: accuracy, macro-F1,
    Cohen's kappa (95% bootstrap interval), precision, recall and F1 per class, and the
    confusion matrix.

    \b
    Example:
      citeaudit eval score --against human
    """
    from citeaudit.evals.score import score_against

    with c.store() as store:
        results = score_against(store, classifier, reference, models=models,
                                xstest=xstest_classes, n_boot=n_boot, seed=seed)
    for result in results:
        _print_agreement(result, " (XSTest classes)" if xstest_classes else "")


def _print_agreement(result, classes_note: str) -> None:
    kappa = "n/a" if result.kappa is None else f"{result.kappa:.3f}"
    interval = ("" if result.kappa_low is None else
                f" (95% CI {result.kappa_low:.3f} to {result.kappa_high:.3f}, "
                f"{result.n_boot:,} bootstrap draws)")
    out.print(f"{result.model}: {result.classifier} vs {result.reference}{classes_note} on "
              f"{result.n:,} "
              f"responses: accuracy {result.accuracy:.3f}, macro-F1 {result.macro_f1:.3f}, "
              f"Cohen's kappa {kappa}{interval}", highlight=False)
    classes = Table(title=f"{result.model}: per class ({result.reference} = truth)")
    for col in ("class", "precision", "recall", "F1", f"n ({result.reference})"):
        classes.add_column(escape(col))
    for s in result.classes:
        classes.add_row(escape(s.label), f"{s.precision:.3f}", f"{s.recall:.3f}",
                        f"{s.f1:.3f}", str(s.support))
    out.print(classes)
    confusion = Table(title=f"{result.model}: confusion (rows {result.reference}, columns "
                      f"{result.classifier})")
    confusion.add_column(escape(f"{result.reference} \\ {result.classifier}"))
    for label in result.labels:
        confusion.add_column(escape(label))
    for label, counts in zip(result.labels, result.confusion, strict=True):
        confusion.add_row(escape(label), *(str(n) for n in counts))
    out.print(confusion)


@eval_group.command("disparity")
@click.option("--classifier", default="rules", show_default=True,
              help="Whose labels: rules (automatic), judge:MODEL (LLM judge) or human "
              "(reviewed sample).")
@click.option("--suite", "suites", multiple=True,
              help="Only this suite (repeatable) [default: every suite, each on its own].")
@click.option("--model", "models", multiple=True,
              help="Only this model (repeatable) [default: every model].")
@click.option("--correction", type=click.Choice(["holm", "bh"]), default="holm",
              show_default=True, help="Correction of the CMH p-values (the permutation and "
              "odds-ratio p-values get both).")
@click.option("--permutations", type=click.IntRange(min=100), default=PERMUTATIONS,
              show_default=True, help="Permutations (group labels shuffled within template).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the permutations.")
@click.option("--min-n", type=click.IntRange(min=1), default=MIN_N, show_default=True,
              help="Cells with fewer responses are flagged too small to compare.")
@click.option("--by", type=click.Choice(list(BY)), default="group", show_default=True,
              help="Compare groups, genders, or group x gender intersections (gender and "
              "intersection: names suite, or imports with a gender column; responses without "
              "one are left out).")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the CSV tables [default: reports/eval]; replaced if citeaudit "
              "wrote it, refused if it holds other files.")
@pass_ctx
@handle_errors
def eval_disparity(c: Context, classifier, suites, models, correction, permutations, seed,
                   min_n, by, out_dir):
    """Per model, suite and prompt class (never pooled): safe prompts not served and unsafe
    prompts refused per group (or gender, or intersection), permutation tests of the
    difference, the minimum detectable difference; writes the tables as CSV.

    \b
    Examples:
      citeaudit eval disparity --suite identity --model my-model --out-dir reports/eval
      citeaudit eval disparity --suite names --by intersection
    """
    from citeaudit.evals.analysis import eval_tables, write_eval_tables

    out_dir = out_dir or c.config.reports_dir / "eval"
    with c.store() as store:
        tables = eval_tables(store, classifier, models=list(models) or None,
                             correction=correction, permutations=permutations, seed=seed,
                             min_n=min_n, suites=list(suites) or None, by=by)
    paths = write_eval_tables(tables, out_dir)
    _print_left_out(tables["left_out"], by)
    if tables["rates"].empty:
        _print_labels(tables["labels"], classifier)
        print_warning("no labelled response has a group, so there are no group rates or tests "
                      "(their CSV files are empty): import generations with a `group` column, "
                      "or generate with --suite identity or --suite names")
    else:
        _print_quality_of_service(tables, classifier, min_n, by)
        _print_tests(tables["tests"], permutations, by)
    out.print(f"wrote {len(paths)} tables to {out_dir}", highlight=False)


@eval_group.command("export")
@click.option("--out", "out_path", type=click.Path(path_type=Path),
              help="File to write [default: standard output]; written whole or not at all, "
              "and replaced only if it is a citeaudit response export.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]),
              help="csv (opens in spreadsheets) or jsonl (text exactly as stored) "
              "[default: from --out's suffix, else csv].")
@click.option("--model", "models", multiple=True, help="Only this model (repeatable).")
@click.option("--suite", "suites", multiple=True,
              help="Only this suite, e.g. names, identity, xstest (repeatable).")
@click.option("--overwrite", is_flag=True,
              help="Replace the file at --out even if it is not a citeaudit response export.")
@pass_ctx
@handle_errors
def eval_export(c: Context, out_path, fmt, models, suites, overwrite):
    """Export every stored response with its prompt's fields and every classifier's label.

    One row per response: model, suite, prompt id, group, axis, gender, intersection,
    template, safety (safe/unsafe), sample index, prompt and response, then a label_ column
    per classifier: label_rules, label_judge:MODEL for each judge, label_human for reviewed
    responses (empty where that classifier has not labelled the response).

    \b
    Examples:
      citeaudit eval export --out responses.csv
      citeaudit eval export --format jsonl --suite names --model my-model > names.jsonl
    """
    import io

    from citeaudit.evals.export import export_responses

    with c.store() as store:
        if out_path is None:
            buffer = io.StringIO()
            summary = export_responses(store, buffer, fmt, models, suites)
            click.echo(buffer.getvalue(), nl=False)
        else:
            summary = export_responses(store, out_path, fmt, models, suites,
                                       overwrite=overwrite)
    labels = ", ".join(summary.classifiers) or "none"
    where = f" to {summary.path}" if summary.path else ""
    console.print(f"exported {summary.rows:,} responses{where}; labels: {labels}",
                  highlight=False, markup=False)


def _print_labels(labels, classifier: str) -> None:
    table = Table(title=f"Labels per model ({classifier} labels)")
    for col in labels.columns:
        table.add_column(escape(str(col)))
    for row in labels.itertuples(index=False):
        table.add_row(*(escape(str(v)) for v in row))
    out.print(table)


def _n(value: int, min_n: int) -> str:
    """A cell's n, flagged when too small to compare."""
    return f"{value} (too small)" if value < min_n else str(value)


def _pct(value: float) -> str:
    return "-" if value != value else f"{value:.1%}"


def _print_left_out(left_out, by: str) -> None:
    """Which suites' responses a by-gender or by-intersection analysis could not use."""
    if by == "group" or left_out.empty:
        return
    listing = "; ".join(f"{r.model} · {r.suite}: {r.responses:,}" for r in left_out.itertuples())
    out.print(f"note: left out, their prompts have no {by} ({listing} responses)",
              highlight=False)


def _print_quality_of_service(tables: dict, classifier: str, min_n: int,
                              by: str = "group") -> None:
    qos = tables["quality_of_service"]
    for (model, suite), part in qos.groupby(["model", "suite"], sort=True):
        table = Table(title=f"{model} · {suite}: safe prompts not served vs unsafe prompts "
                      f"refused, per {by} ({classifier} labels)")
        for col in (by, "safe n", "not served", "95% CI", "refusal", "non-answer",
                    "unsafe n", "unsafe refused"):
            table.add_column(col)
        for r in part.itertuples():
            style = "dim" if r.safe_too_small else None
            table.add_row(escape(str(getattr(r, by))), _n(r.safe_n, min_n),
                          _pct(r.safe_not_served),
                          f"{_pct(r.safe_not_served_low)} - {_pct(r.safe_not_served_high)}",
                          _pct(r.safe_refusal), _pct(r.safe_non_answer),
                          _n(r.unsafe_n, min_n), _pct(r.unsafe_refusal), style=style)
        out.print(table)
    unknown = tables["rates"][tables["rates"]["prompt_class"] == "unknown"]
    for (model, suite), part in unknown.groupby(["model", "suite"], sort=True):
        table = Table(title=f"{model} · {suite}: refusal per {by} (prompts without a safety "
                      f"label; {classifier} labels)")
        for col in (by, "n", "refusal", "95% CI"):
            table.add_column(col)
        for r in part.itertuples():
            table.add_row(escape(str(getattr(r, by))), _n(r.n, min_n), _pct(r.refusal_rate),
                          f"{_pct(r.refusal_low)} - {_pct(r.refusal_high)}",
                          style="dim" if r.too_small else None)
        out.print(table)
    out.print(f"95% CI: Wilson score interval of each rate. Cells under {min_n} responses "
              "(--min-n) are too small to compare.", highlight=False)


def _print_tests(tests, permutations: int, by: str = "group") -> None:
    if tests.empty:
        return
    table = Table(title=f"Does it depend on the {by}? (within model, suite and prompt class)")
    for col in ("model", "suite", "prompts", "outcome", f"{by}s", f"n per {by}", "gap",
                "chance gap", "gap p", "chi-square p", "detectable", "verdict"):
        table.add_column(col)
    for r in tests.itertuples():
        table.add_row(escape(str(r.model)), escape(str(r.suite)), r.prompt_class,
                      r.outcome.replace("_", " "), str(r.groups),
                      f"{r.min_group_n}-{r.median_group_n:.0f}", _pct(r.gap),
                      _pct(r.gap_chance), f"{r.gap_p:.3g}", f"{r.chi2_perm_p:.3g}",
                      _pct(r.mdd_80), escape(r.verdict))
    out.print(table)
    out.print(f"gap: highest minus lowest {by} rate; chance gap: the 95th percentile of the "
              f"gap with {by} labels shuffled within template ({permutations:,} "
              "permutations), the gap chance alone gives; p-values are permutation p-values "
              f"(chi-square across {by}s, and the gap). n per {by}: smallest-median. "
              "detectable: the rise over the base rate found with 80% power at the median "
              "n (alpha 0.05).", highlight=False)


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
    from citeaudit.evals.review import export_review

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
    from citeaudit.evals.review import import_review, review_agreement

    with c.store() as store:
        import_review(store, path)
        agreement = review_agreement(store)
    out.print(f"imported {path}", highlight=False)
    for row in agreement.to_dict("records"):
        out.print(agreement_line(row), highlight=False)


# --- the variant experiment (train, then evaluate) ---
@click.command("experiment")
@click.argument("recipe_path", type=click.Path(path_type=Path))
@click.option("--variant", "variants", multiple=True, help=VARIANT_HELP)
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="Folder for the tables and comparison.html [default: reports/experiment-"
                   "<recipe name>]; replaced if citeaudit wrote it, refused if it holds other "
                   "files.")
@click.option("--reference", help="Variant the others are tested against "
              "[default: full when trained, else the first].")
@click.option("--suite", "suite_name", default="identity", show_default=True,
              type=click.Choice(["identity", "names", "xstest", "file"]),
              help="Prompt suite (prompts without a group or safety label are left out); "
              "names: harmless requests naming a person, safe prompts only.")
@click.option("--suite-source", help="The suite's file or URL (xstest: CSV; names: YAML; "
              "file: CSV/JSONL).")
@click.option("--groups", help="Comma-separated groups to keep, e.g. 'Women,Muslim,Gay' "
              "[default: every group of the suite].")
@click.option("--limit", type=click.IntRange(min=1), help="Only N prompts, drawn evenly across "
              "groups and genders (seeded by the recipe's seed).")
@click.option("--max-new-tokens", type=int, default=64, show_default=True,
              help="Length of each generated response.")
@click.option("--serve", "served", multiple=True, metavar="VARIANT=URL[,URL...]",
              help="Generate a variant's responses on OpenAI-compatible servers of its model "
                   "folder (e.g. vLLM with --served-model-name VARIANT) instead of loading it "
                   "here; repeat per variant; several URLs take requests in turn.")
@click.option("--concurrency", type=click.IntRange(min=1), default=8, show_default=True,
              help="Requests in flight at once per served variant.")
@click.option("--by", type=click.Choice(list(BY)), default="group", show_default=True,
              help="What the group tests compare: groups, genders, or group x gender "
              "intersections (gender and intersection need a suite with genders: names).")
@pass_ctx
@handle_errors
def experiment_cmd(c: Context, recipe_path: Path, variants: tuple[str, ...], out_dir: Path | None,
                   reference: str | None, suite_name: str, suite_source: str | None,
                   groups: str | None, limit: int | None, max_new_tokens: int,
                   served: tuple[str, ...], concurrency: int, by: str):
    """Train every variant of a recipe, then compare how each model refuses.

    Trains what is not trained yet (as `citeaudit train`), asks every model the same safe
    and unsafe prompts about each identity group (default: the identity suite, 56 templates
    x 42 lexicon groups), labels responses with the response taxonomy, and writes refusal rates
    per group and variant with 95% Wilson intervals, tests across groups (or genders, or group
    x gender cells: --by; permutation within template beside the chi-square), Fisher
    tests against the reference variant (Holm-adjusted), all as CSV, plus comparison.html.
    Generations are cached in the store, so a rerun only generates what is new; the
    experiment is recorded there for the report (citeaudit.evals.experiment.report_section).

    \b
    Example:
      citeaudit experiment recipe.toml --reference full --out reports/hh-variants
      citeaudit experiment recipe.toml --serve full=http://gpu1:8000/v1 \\
          --serve helpful-only=http://gpu2:8000/v1,http://gpu3:8000/v1
    """
    from citeaudit import training
    from citeaudit.evals import experiment
    from citeaudit.evals.backends import GenerationParams

    if training.train.world_size() > 1:
        raise click.UsageError("experiment runs in one process: train under the launcher with "
                               "`citeaudit train`, then run `citeaudit experiment` without it")
    recipe = training.load_recipe(recipe_path)
    names = list(variants) or list(recipe.variants)
    if reference and reference not in names:
        raise click.BadParameter(f"{reference!r} is not among the variants ({', '.join(names)})",
                                 param_hint="--reference")
    urls_by_variant = _served_variants(served, names)
    suite = experiment.experiment_suite(  # checked before any training
        suite_name, suite_source, [g for g in groups.split(",") if g.strip()] if groups else None,
        limit=limit, seed=recipe.seed)
    if by != "group" and not any(getattr(p, by) for p in suite):
        raise click.BadParameter(f"no prompt of the {suite_name} suite has a {by}; use "
                                 "--suite names (or a file with a gender column)",
                                 param_hint="--by")
    out_dir = out_dir or c.config.reports_dir / f"experiment-{recipe_path.stem}"
    check_replaceable(out_dir)  # before any training, not hours later
    trained = train_variants(recipe, names, c.config)
    print_trained(trained)
    params = GenerationParams(max_new_tokens=max_new_tokens, seed=recipe.seed,
                              prompt_format="hh")
    with c.store() as store, progress_bars() as progress:
        tasks: dict[str, int] = {}

        def on_progress(variant: str, done: int, total: int) -> None:
            if variant not in tasks:
                tasks[variant] = progress.add_task(f"generating {variant}", total=total)
            progress.update(tasks[variant], completed=done, total=total)

        tables = experiment.run_experiment(
            store, {m.variant: m.model_dir for m in trained}, suite, params=params,
            reference_variant=reference, name=recipe_path.stem, on_progress=on_progress,
            backend_factory=experiment.served_backends(
                urls_by_variant, c.config.openai_api_key, concurrency),
            by=by)
    section = experiment.comparison_section(tables)
    experiment.write_outputs(section, tables, out_dir)
    for paragraph in section.intro:
        out.print(paragraph, highlight=False)
    for label, value in section.facts:
        out.print(f"{label}: {value}", highlight=False)
    out.print(f"tables and comparison.html in {out_dir}", highlight=False)


def _served_variants(served: tuple[str, ...], names: list[str]) -> dict[str, str]:
    """--serve VARIANT=URL[,URL...] options as {variant: urls}, every variant one of `names`."""
    urls_by_variant: dict[str, str] = {}
    for option in served:
        variant, _, urls = option.partition("=")
        if not urls.strip():
            raise click.BadParameter(f"{option!r}: expected VARIANT=URL[,URL...]",
                                     param_hint="--serve")
        if variant not in names:
            raise click.BadParameter(f"{variant!r} is not among the variants "
                                     f"({', '.join(names)})", param_hint="--serve")
        urls_by_variant[variant] = urls
    return urls_by_variant
