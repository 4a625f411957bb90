"""Every command and group says what it does and shows an example that survives wrapping."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from citeaudit.cli import main


def _commands(command: click.Command, path: list[str]):
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _commands(sub, [*path, name])


COMMANDS = [path for path, _ in _commands(main, [])]


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) or "citeaudit" for p in COMMANDS])
def test_help_describes_the_command_with_an_example(path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*path, "--help"], terminal_width=80)
    assert result.exit_code == 0, result.output
    text = result.output.split("\nOptions:")[0]
    assert "Example" in text, text
    # Example lines are kept as written (click's \b blocks), so they can be copied whole:
    # every line after "Example(s):" up to the blank line starts a command or continues one.
    block = text.split("Example", 1)[1].split(":", 1)[1].strip("\n").split("\n\n")[0]
    for line in block.splitlines():
        assert line.strip().startswith(("citeaudit ", "--")), f"wrapped example line: {line!r}"
    assert "Example: citeaudit" not in text  # an inline example gets rewrapped mid-word
    assert not list(tmp_path.iterdir())  # --help writes nothing (no store, no folders)


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) or "citeaudit" for p in COMMANDS])
def test_every_option_is_explained(path):
    command = main
    for name in path:
        command = command.commands[name]
    unexplained = [p.opts[0] for p in command.params
                   if isinstance(p, click.Option) and not (p.help or "").strip()]
    assert not unexplained, f"options without help text: {unexplained}"
