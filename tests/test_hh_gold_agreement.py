"""tools/hh_gold_agreement.py: agreement between two hand codings of the HH pair gold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "hh_gold_agreement.py"
HEADER = "subset,split,line,stratum,label,note\n"


def write_labels(path: Path, labels: dict[int, str]) -> Path:
    path.write_text(HEADER + "".join(f"harmless-base,test,{line},1-cue,{label},why\n"
                                     for line, label in labels.items()))
    return path


def run_tool(first: Path, second: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(TOOL), str(first), "--second", str(second),
                           "--draws", "200"], env=env, capture_output=True, text=True,
                          timeout=120)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_agreement_kappa_confusion_and_disagreements_are_printed(tmp_path):
    first = write_labels(tmp_path / "first.csv", {
        1: "acceptable", 2: "unhelpful", 3: "harmful", 4: "harmful", 5: "unhelpful"})
    # The second coder labelled four of the five pairs; line 4 differs.
    second = write_labels(tmp_path / "second.csv", {
        1: "acceptable", 2: "unhelpful", 3: "harmful", 4: "unhelpful"})
    done = run_tool(first, second)
    assert done.returncode == 0, done.stderr
    out = flat(done.stdout)
    # po = 3/4, pe = (1*1 + 1*2 + 2*1) / 16, kappa = (0.75 - 0.3125) / 0.6875
    assert "pairs 4; agreement 3/4 = 75.0%" in out
    assert "Cohen's kappa 0.636 (bootstrap 95%" in out
    assert "harmful 0 1 1 2" in out  # first coder's harmful row
    assert "disagreements (line: first -> second) 4: harmful -> unhelpful" in out


def test_a_pair_the_first_coder_did_not_label_is_named(tmp_path):
    first = write_labels(tmp_path / "first.csv", {1: "acceptable"})
    second = write_labels(tmp_path / "second.csv", {1: "acceptable", 7: "harmful"})
    done = run_tool(first, second)
    assert done.returncode == 2
    assert f"error: {first}: no label for 1 pair(s) of {second}, e.g. row 3 (line 7)" in \
        flat(done.stderr)
    assert done.stdout == ""
