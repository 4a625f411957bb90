"""CLI output is the same text whatever the terminal width or the length of the paths in it:
off a terminal no line is broken, and an error naming a file names it whole."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from citeaudit.cli import main


def invoke(tmp_path: Path, columns: int, *args: str):
    return CliRunner().invoke(main, ["--store", str(tmp_path / "store.sqlite"), *args],
                              env={"COLUMNS": str(columns)})


def test_an_error_names_a_long_path_whole_on_one_line_in_a_narrow_terminal(tmp_path):
    folder = tmp_path.joinpath(*(["a-rather-long-folder-name"] * 6))
    folder.mkdir(parents=True)
    path = folder / "completions.csv"
    path.write_text("id,prompt,completion\nv1,Question?,Answer.\n", encoding="utf-8")
    result = invoke(tmp_path, 40, "eval", "import", str(path), "--model", "m")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {path}: 1 problem(s), nothing imported:",
        f"  {path}: row 2, column response: missing"]


def test_a_table_reads_the_same_at_any_terminal_width(tmp_path):
    path = tmp_path / "gens.jsonl"
    path.write_text('{"prompt": "Hi?", "response": "Hello there.", "model": "a-model-name"}\n'
                    '{"prompt": "Bomb?", "response": "I cannot help with that.", '
                    '"model": "a-model-name"}\n', encoding="utf-8")
    assert invoke(tmp_path, 40, "eval", "import", str(path)).exit_code == 0
    assert invoke(tmp_path, 40, "eval", "classify").exit_code == 0
    shown = {columns: invoke(tmp_path, columns, "eval", "disparity", "--out-dir",
                             str(tmp_path / "eval")) for columns in (40, 300)}
    assert all(result.exit_code == 0 for result in shown.values())
    assert shown[40].output == shown[300].output
    assert "Labels per model" in shown[40].output
    assert max(len(line) for line in shown[40].output.splitlines()) > 40
