"""The command line: thin click commands over the library, one module per command group;
errors become one clear line (cli.common). `citeaudit.cli:main` is the console entry point."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from citeaudit.cli.audit import audit_group
from citeaudit.cli.code import code_group
from citeaudit.cli.common import Context, print_error
from citeaudit.cli.eval import eval_group, experiment_cmd
from citeaudit.cli.literature import LITERATURE_COMMANDS
from citeaudit.cli.train import train_cmd
from citeaudit.core.config import load_config
from citeaudit.core.errors import CiteauditError


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
        print_error(exc)
        sys.exit(1)
    ctx.obj = Context(config.replace(store_path=store_path), debug)


for command in (*LITERATURE_COMMANDS, code_group, audit_group, eval_group, experiment_cmd,
                train_cmd):
    main.add_command(command)
