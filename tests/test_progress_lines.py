"""Off a terminal (logs, CI, nohup) long stages print progress lines to stderr: when a task
starts, every few seconds while it moves, and where it ended."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from audit_fixtures import convo, write_jsonl_gz
from eval_fixtures import write_generations

from citeaudit.cli.common import progress_bars

REPO = Path(__file__).resolve().parents[1]


def test_a_running_task_says_how_far_it_is_every_few_seconds_not_every_tenth(capsys):
    with progress_bars(every_s=1.0) as progress:
        task = progress.add_task("work", total=100)
        progress.update(task, completed=10)  # moved, but too soon for another line
        progress.update(task, completed=50)
        time.sleep(1.1)
        progress.update(task, completed=60)  # a second later: a line
        progress.update(task, completed=70)
        progress.update(task, completed=100)  # the end: always a line
        other = progress.add_task("no total", total=None)
        progress.update(other, completed=3)
    assert capsys.readouterr().err.splitlines() == [
        "work: 0/100 (0%)", "work: 60/100 (60%)", "work: 100/100 (100%)",
        "no total: 0", "no total: 3"]  # the last when the display stops


def run_piped(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "citeaudit", "--store",
                           str(tmp_path / "s.sqlite"), *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300, check=False)


def test_piped_stages_print_progress_lines_to_stderr(tmp_path):
    hh = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", [
        {"chosen": convo(f"Question {i}?", "An answer."), "rejected": convo(f"Question {i}?",
                                                                           "No.")}
        for i in range(5)])
    write_generations(tmp_path / "gens.csv")
    audit = run_piped(tmp_path, "audit", "run", str(hh), "--workers", "1")
    assert audit.returncode == 0, audit.stderr
    assert audit.stderr.splitlines()[:2] == ["harmless-base/test: 0", "harmless-base/test: 5"]
    assert run_piped(tmp_path, "eval", "import", str(tmp_path / "gens.csv")).returncode == 0
    classify = run_piped(tmp_path, "eval", "classify")
    assert classify.returncode == 0, classify.stderr
    assert classify.stderr.splitlines() == ["classifying: 0", "classifying: 72/72 (100%)"]
    for result in (audit, classify):  # the results alone on stdout
        assert not any(":" in line and line.split(":")[0] in ("classifying",
                                                              "harmless-base/test")
                       for line in result.stdout.splitlines())
