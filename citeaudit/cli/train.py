"""`citeaudit train`: fine-tune a base model on HH variants (SFT, then DPO)."""

from __future__ import annotations

import warnings
from pathlib import Path

import click
from rich.progress import Progress

from citeaudit.cli.common import Context, handle_errors, out, pass_ctx, progress_bars
from citeaudit.core.config import Config

VARIANT_HELP = ("A variant named in the recipe's [variants] table; repeat for several "
                "[default: all].")


def _training_progress(progress: Progress):
    """An on_progress callback that keeps one bar per "<variant> <stage>"."""
    tasks: dict[str, int] = {}

    def on_progress(label: str, step: int, total: int) -> None:
        if label not in tasks:
            tasks[label] = progress.add_task(label, total=total or None)
        progress.update(tasks[label], completed=step, total=total or None)

    return on_progress


def train_variants(recipe, names: list[str], config: Config) -> list:
    """Train the named variants (`train`, `experiment`), every variant's files found first."""
    from citeaudit.training import train

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # library deprecation notices
        if not train.is_main_process():  # under a launcher only the main process reports
            return list(train.run(None, config, recipe=recipe, variants=names).models)
        with progress_bars() as progress:
            summary = train.run(None, config, recipe=recipe, variants=names,
                                on_progress=_training_progress(progress))
    return list(summary.models)


def print_trained(trained: list) -> None:
    """One line per trained variant: where it is, its data, steps and losses (printed by the
    main process only, under a launcher)."""
    from citeaudit.training import train

    if not train.is_main_process():
        return
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


@click.command("train")
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
    Under a launcher (`accelerate launch --num_processes 8 -m citeaudit train recipe.toml`,
    or torchrun) every process trains its share of each batch ([distributed] in the recipe:
    ddp, fsdp or deepspeed); the main process writes and prints.

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
    print_trained(train_variants(recipe, list(variants) or list(recipe.variants), c.config))
