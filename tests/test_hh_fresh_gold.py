"""The blind hand-labelled golds of 200 HH pairs drawn after the 420-pair development gold
(issue 15): the fresh gold and the third gold (kept for a one-shot out-of-sample test). Each is
readable by `audit score-labels`, points at real pairs of the shared split, is disjoint from the
golds before it, and is the draw `tools/hh_gold_fresh_sample.py` makes with its seed."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest
from audit_fixtures import real_split

from citeaudit.audit.parse import Pair, iter_raw_records, pair_from_record
from citeaudit.audit.score import LABELS, read_gold

DATA = Path(__file__).resolve().parent / "data"
OLD_GOLD = DATA / "hh_pair_gold.csv"
FRESH_GOLD = DATA / "hh_pair_fresh_gold.csv"
ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"


class Gold(NamedTuple):
    gold: Path
    sample: Path
    earlier: tuple[Path, ...]  # the golds it must not overlap, as the sampler excludes them
    seed: int


FRESH = Gold(FRESH_GOLD, DATA / "hh_pair_fresh_sample.csv", (OLD_GOLD,), 1502)
THIRD = Gold(DATA / "hh_pair_gold3.csv", DATA / "hh_pair_gold3_sample.csv",
             (OLD_GOLD, FRESH_GOLD), 1503)
GOLDS = pytest.mark.parametrize("gold", [FRESH, THIRD], ids=["fresh", "third"])


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
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


@GOLDS
def test_the_gold_has_200_valid_labels_of_the_sampled_pairs(gold):
    labels = read_gold(gold.gold)
    sample = read_rows(gold.sample)
    assert len(labels) == 200
    assert {g.label for g in labels} <= set(LABELS)
    assert {(g.subset, g.split) for g in labels} == {("harmless-base", "test")}
    assert sorted(g.line for g in labels) == sorted(int(r["line"]) for r in sample)
    rows = read_rows(gold.gold)
    assert list(rows[0]) == ["subset", "split", "line", "stratum", "label", "note"]
    assert {int(r["line"]): r["stratum"] for r in rows} == {
        int(r["line"]): r["stratum"] for r in sample}
    assert all(r["note"].strip() for r in rows), "every row has a note"


@GOLDS
def test_the_gold_is_disjoint_from_the_golds_before_it(gold):
    lines = {g.line for g in read_gold(gold.gold)}
    sizes = {OLD_GOLD: 420, FRESH_GOLD: 200}
    for earlier in gold.earlier:
        before = {g.line for g in read_gold(earlier)}
        assert len(before) == sizes[earlier]
        assert not lines & before


@GOLDS
def test_every_line_of_the_gold_is_a_pair_of_the_shared_split(gold):
    wanted = {g.line for g in read_gold(gold.gold)}
    found = set()
    for line, record in iter_raw_records(real_split()):
        if line in wanted:
            pair = pair_from_record(record, line, "harmless-base", "test")
            assert isinstance(pair, Pair), f"line {line}: {pair}"
            assert pair.chosen.strip(), f"line {line}: empty chosen response"
            found.add(line)
    assert found == wanted


@GOLDS
def test_the_strata_match_a_recomputation_with_the_v1_cues(gold, strata):
    recomputed = {line: name for name, lines in strata.items() for line in lines}
    listed = {int(r["line"]): r["stratum"] for r in read_rows(gold.gold)}
    assert {line: recomputed[line] for line in listed} == listed
    assert sum(len(lines) for lines in strata.values()) == 2312


@GOLDS
def test_the_committed_sample_is_the_seeded_draw(gold, samplers, strata):
    fresh = samplers[1]
    excluded = frozenset().union(*(fresh.old_gold_lines(path) for path in gold.earlier))
    rows = fresh.draw_fresh(strata, excluded, 200, 15, gold.seed)
    assert [{k: str(v) for k, v in row.items()} for row in rows] == read_rows(gold.sample)
    assert Counter(row["stratum"] for row in rows) == {
        "1-cue": 15, "1-nocue": 43, "2-cue": 15, "2-nocue": 36, "3+-cue": 36, "3+-nocue": 55}
    sizes = {row["stratum"]: row["stratum_size"] for row in rows}
    assert sum(sizes.values()) == 2312 - 420 - 200 * (len(gold.earlier) - 1)


def run_sampler(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(TOOLS / "hh_gold_fresh_sample.py"), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=False)


def test_the_sampler_command_writes_the_committed_third_sample(tmp_path):
    real_split()
    out = tmp_path / "sample.csv"
    done = run_sampler("--seed", "1503", "--exclude", str(OLD_GOLD), "--exclude",
                       str(FRESH_GOLD), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == THIRD.sample.read_bytes()
    assert f"200 pairs -> {out}" in done.stdout


def test_the_sampler_rejects_a_missing_exclude_file(tmp_path):
    out = tmp_path / "sample.csv"
    done = run_sampler("--exclude", str(tmp_path / "nope.csv"), "--out", str(out))
    assert done.returncode == 2
    assert "--exclude: no such file" in done.stderr
    assert not out.exists()
