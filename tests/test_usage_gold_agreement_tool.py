"""tools/usage_gold_agreement.py: two hand codings of the usage gold on the seven columns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "usage_gold_agreement.py"
GOLD = ROOT / "tests" / "data" / "hh_usage_gold.yaml"


def agreement(first: Path, second: Path) -> str:
    return subprocess.run([sys.executable, str(TOOL), str(first), str(second), "--draws", "50"],
                          capture_output=True, text=True, check=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout


def test_a_changed_code_lowers_its_column_and_is_listed_with_both_evidences(tmp_path):
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    paper = next(p for p in data["papers"] if "reward_model" not in p["codes"]["role"]
                 and "mention_only" not in p["codes"]["role"])
    paper["codes"]["role"] = [*paper["codes"]["role"], "reward_model"]
    paper["evidence"]["reward_model"] = "p. 99: the second coder's reading"
    data["papers"] = [p for p in data["papers"] if p is paper or p["file"] < paper["file"]]
    second = tmp_path / "second.yaml"
    second.write_text(yaml.safe_dump(data), encoding="utf-8")
    out = agreement(GOLD, second)
    n = len(data["papers"])
    assert f"{n} papers coded by both (first 22, second {n})" in out
    lines = {line.split(" kappa")[0].strip(): line
             for line in out.splitlines() if " kappa " in line}
    assert "kappa 1.00" in lines["trains on HH"]
    assert "kappa 1.00" not in lines["reward model"]
    assert f"{paper['file']} [reward model] first no, second yes" in out
    assert "second: reward_model: p. 99: the second coder's reading" in out


def test_identical_codings_agree_fully():
    out = agreement(GOLD, GOLD)
    assert "mean over 7 defined columns: 1.00" in out
    assert "first no" not in out and "first yes" not in out
