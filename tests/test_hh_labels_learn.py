"""tools/hh_labels_learn.py: the pooled golds it reads are checked before anything is fitted."""

from __future__ import annotations

import csv
import gzip
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from audit_fixtures import real_split

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "hh_labels_learn.py"


def write_gold(path: Path, lines: list[int]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["subset", "split", "line", "stratum", "label", "note"])
        for line in lines:
            writer.writerow(["harmless-base", "test", line, "1-cue", "harmful", ""])
    return path


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_golds_sharing_a_line_are_refused_naming_the_file(tmp_path):
    first = write_gold(tmp_path / "first.csv", [1, 2, 3])
    second = write_gold(tmp_path / "second.csv", [3, 4])
    done = run_tool(str(first), str(second), "--source", str(tmp_path / "absent.jsonl.gz"))
    assert done.returncode != 0
    assert "second.csv: lines also in an earlier gold: [3]" in done.stderr


def test_gold_lines_outside_the_split_are_refused(tmp_path):
    lines = gzip.decompress(real_split().read_bytes()).splitlines()[:20]
    source = tmp_path / "harmless-base-test.jsonl.gz"
    source.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    gold = write_gold(tmp_path / "gold.csv", [5, 40, 41])
    done = run_tool(str(gold), "--source", str(source))
    assert done.returncode != 0
    assert "2 gold lines are not pairs of" in done.stderr


def test_a_cut_training_fold_keeps_each_label_share():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from hh_labels_learn import _stratified_take
    finally:
        sys.path.remove(str(ROOT / "tools"))
    labels = np.array(["harmful"] * 30 + ["unhelpful"] * 50 + ["acceptable"] * 20)
    taken = _stratified_take(np.arange(100), labels, 50)
    assert Counter(labels[taken]) == {"harmful": 15, "unhelpful": 25, "acceptable": 10}
