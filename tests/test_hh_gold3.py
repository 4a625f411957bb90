"""The third blind hand-labelled gold of 200 HH pairs (issue 15, for a one-shot out-of-sample
test): readable by `audit score-labels`, pointing at real pairs of the shared split, disjoint
from both earlier golds, and drawn as `tools/hh_gold_fresh_sample.py --seed 1503 --exclude
... --out ...` says."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from audit_fixtures import real_split

from citeaudit.audit.parse import Pair, iter_raw_records, pair_from_record
from citeaudit.audit.score import LABELS, read_gold

DATA = Path(__file__).resolve().parent / "data"
GOLD3 = DATA / "hh_pair_gold3.csv"
GOLD3_SAMPLE = DATA / "hh_pair_gold3_sample.csv"
OLD_GOLD = DATA / "hh_pair_gold.csv"
FRESH_GOLD = DATA / "hh_pair_fresh_gold.csv"
ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"


def sample_rows() -> list[dict[str, str]]:
    with open(GOLD3_SAMPLE, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def gold_rows() -> list[dict[str, str]]:
    with open(GOLD3, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def samplers():
    sys.path.insert(0, str(TOOLS))
    try:
        import hh_gold_fresh_sample
        import hh_gold_sample
    finally:
        sys.path.remove(str(TOOLS))
    return hh_gold_sample, hh_gold_fresh_sample


@pytest.fixture(scope="module")
def strata(samplers) -> dict[str, list[int]]:
    return samplers[0].strata_of_source(real_split())


def test_gold3_has_200_valid_labels_of_the_sampled_pairs():
    gold = read_gold(GOLD3)
    assert len(gold) == 200
    assert {g.label for g in gold} <= set(LABELS)
    assert {(g.subset, g.split) for g in gold} == {("harmless-base", "test")}
    assert sorted(g.line for g in gold) == sorted(int(r["line"]) for r in sample_rows())
    rows = gold_rows()
    assert list(rows[0]) == ["subset", "split", "line", "stratum", "label", "note"]
    assert {int(r["line"]): r["stratum"] for r in rows} == {
        int(r["line"]): r["stratum"] for r in sample_rows()}
    assert all(r["note"].strip() for r in rows), "every row has a note"


def test_gold3_is_disjoint_from_both_earlier_golds():
    gold3 = {g.line for g in read_gold(GOLD3)}
    old = {g.line for g in read_gold(OLD_GOLD)}
    fresh = {g.line for g in read_gold(FRESH_GOLD)}
    assert (len(old), len(fresh)) == (420, 200)
    assert not gold3 & old
    assert not gold3 & fresh


def test_every_gold3_line_is_a_pair_of_the_shared_split():
    wanted = {g.line for g in read_gold(GOLD3)}
    found = set()
    for line, record in iter_raw_records(real_split()):
        if line in wanted:
            pair = pair_from_record(record, line, "harmless-base", "test")
            assert isinstance(pair, Pair), f"line {line}: {pair}"
            assert pair.chosen.strip(), f"line {line}: empty chosen response"
            found.add(line)
    assert found == wanted


def test_gold3_strata_match_a_recomputation_with_the_v1_cues(strata):
    recomputed = {line: name for name, lines in strata.items() for line in lines}
    listed = {int(r["line"]): r["stratum"] for r in gold_rows()}
    assert {line: recomputed[line] for line in listed} == listed


def test_the_committed_gold3_sample_is_the_seeded_draw(samplers, strata):
    fresh = samplers[1]
    excluded = fresh.old_gold_lines(OLD_GOLD) | fresh.old_gold_lines(FRESH_GOLD)
    rows = fresh.draw_fresh(strata, excluded, 200, 15, 1503)
    assert [{k: str(v) for k, v in row.items()} for row in rows] == sample_rows()
    assert Counter(row["stratum"] for row in rows) == {
        "1-cue": 15, "1-nocue": 43, "2-cue": 15, "2-nocue": 36, "3+-cue": 36, "3+-nocue": 55}
    sizes = {row["stratum"]: row["stratum_size"] for row in rows}
    assert sum(sizes.values()) == 2312 - 420 - 200


def run_sampler(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(TOOLS / "hh_gold_fresh_sample.py"), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=False)


def test_the_sampler_command_writes_the_committed_gold3_sample(tmp_path):
    real_split()
    out = tmp_path / "sample.csv"
    done = run_sampler("--seed", "1503", "--exclude", str(OLD_GOLD), "--exclude",
                       str(FRESH_GOLD), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == GOLD3_SAMPLE.read_bytes()
    assert f"200 pairs -> {out}" in done.stdout


def test_the_sampler_rejects_a_missing_exclude_file(tmp_path):
    out = tmp_path / "sample.csv"
    done = run_sampler("--exclude", str(tmp_path / "nope.csv"), "--out", str(out))
    assert done.returncode == 2
    assert "--exclude: no such file" in done.stderr
    assert not out.exists()
