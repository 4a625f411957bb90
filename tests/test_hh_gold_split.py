"""tools/hh_gold_split.py: halves and stratified folds of the HH pair gold."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "hh_gold_split.py"


def write_gold(path: Path) -> Path:
    strata = ["1-cue"] * 12 + ["2-nocue"] * 8 + ["3+-cue"] * 5
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["subset", "split", "line", "stratum", "label", "note"])
        for line, stratum in enumerate(strata, start=1):
            writer.writerow(["harmless-base", "test", line, stratum, "acceptable", ""])
    return path


def read(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True,
                          timeout=60)


def test_folds_partition_the_gold_and_spread_every_stratum(tmp_path):
    gold = write_gold(tmp_path / "gold.csv")
    done = run_tool(str(gold), str(tmp_path / "out"), "--folds", "5")
    assert done.returncode == 0, done.stderr
    parts = [read(tmp_path / "out" / f"hh_pair_gold_fold{i}.csv") for i in range(5)]
    lines = [row["line"] for part in parts for row in part]
    assert sorted(lines, key=int) == [str(n) for n in range(1, 26)]  # each row once
    assert [len(part) for part in parts] == [5] * 5
    for part in parts:  # 12 rows of a stratum over 5 folds: 2 or 3 in each
        assert 2 <= Counter(row["stratum"] for row in part)["1-cue"] <= 3


def test_the_same_seed_gives_the_same_folds(tmp_path):
    gold = write_gold(tmp_path / "gold.csv")
    for out in ("a", "b"):
        assert run_tool(str(gold), str(tmp_path / out), "--folds", "3").returncode == 0
    assert all(read(tmp_path / "a" / f"hh_pair_gold_fold{i}.csv")
               == read(tmp_path / "b" / f"hh_pair_gold_fold{i}.csv") for i in range(3))


def test_one_fold_is_refused(tmp_path):
    done = run_tool(str(write_gold(tmp_path / "gold.csv")), str(tmp_path / "out"), "--folds", "1")
    assert done.returncode != 0 and "--folds must be at least 2" in done.stderr
