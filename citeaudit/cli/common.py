"""What every command shares: the consoles, the context, error handling, progress display."""

from __future__ import annotations

import functools
import sys
import time

import click
from rich.console import Console, ConsoleDimensions
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.store import Store

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
            print_error(exc)
            sys.exit(1)
        except KeyboardInterrupt:
            console.print("interrupted: finished work is stored; rerun the command to resume")
            sys.exit(130)

    return wrapper


pass_ctx = click.make_pass_decorator(Context)


def print_error(exc: BaseException) -> None:
    """One red `error:` line; the message is plain text (brackets such as `'.[models]'`
    or `[12]` are shown, never read as rich markup)."""
    console.print(Text.assemble(("error:", "red"), " ", str(exc)), highlight=False)


def print_warning(message: str, **kwargs) -> None:
    console.print(Text.assemble(("warning:", "yellow"), " ", str(message)), highlight=False,
                  **kwargs)


LINE_EVERY_S = 5.0  # off a terminal, how often a running task says how far it is


class _Progress(Progress):
    """Rich's bars on a terminal. Off one (a pipe, a log file, CI, nohup), where no bar is
    drawn, a line to stderr when a task starts or is renamed, then at most every `every_s`
    seconds while it moves, and when it reaches its total or the display stops, so a log
    shows long work move without a line per item."""

    def __init__(self, *columns, lines: bool, every_s: float = LINE_EVERY_S, **kwargs) -> None:
        super().__init__(*columns, **kwargs)
        self._lines = lines and not console.is_terminal
        self._every_s = every_s
        self._said: dict[TaskID, tuple[str, int, float]] = {}

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
        last_label, last_done, last_at = self._said.get(task_id, (None, None, 0.0))
        now = time.monotonic()
        finished = bool(total) and done >= total
        moved = done != last_done
        if label == last_label and not (moved and (final or finished
                                                   or now - last_at >= self._every_s)):
            return
        self._said[task_id] = (label, done, now)
        where = (f"{done:,}/{int(total):,} ({min(100, int(100 * done / total))}%)" if total
                 else f"{done:,}")
        click.echo(f"{label}: {where}", err=True)


def progress_bars(lines: bool = True, every_s: float = LINE_EVERY_S) -> Progress:
    """A progress display; `lines=False` where the caller prints its own lines; off a
    terminal a running task's line comes at most every `every_s` seconds."""
    return _Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=False,
        disable=not console.is_terminal, lines=lines, every_s=every_s,
    )


# Every command that writes a file a person fills in (code, audit and eval review exports).
OVERWRITE_OPTION = click.option(
    "--overwrite", is_flag=True,
    help="Replace the output file even if it holds codes not yet imported (they are lost); "
    "without it such a file, or one that is not a citeaudit export, is left as it is.")


def agreement_line(row: dict) -> str:
    """One agreement figure with its 95% bootstrap interval where there is one:
    "Cohen's kappa alice vs bob: 0.812 [95% CI 0.701, 0.905] (n=40)"; n/a when undefined."""
    value = row["value"]
    shown = "n/a" if value is None or value != value else f"{value:.3f}"  # NaN != NaN
    from citeaudit.core.stats import interval_text

    shown += interval_text(row.get("low"), row.get("high"))
    measure = {"krippendorff_alpha": "Krippendorff's alpha",
               "cohen_kappa": "Cohen's kappa"}.get(row["measure"], row["measure"])
    who = (f"{row['coder_a']} vs {row['coder_b']}" if row["coder_b"]
           else f"across {row['coder_a']}")
    return f"{measure} {who}: {shown} (n={row['n_units']})"
