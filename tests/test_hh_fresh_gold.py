"""The fresh, blind hand-labelled gold of 200 HH pairs (issue 15): readable by `audit
score-labels`, pointing at real pairs of the shared split, disjoint from the 420-pair
development gold, and drawn as tools/hh_gold_fresh_sample.py says."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import pytest
from audit_fixtures import real_split

from citeaudit.audit.parse import Pair, iter_raw_records, pair_from_record
from citeaudit.audit.score import LABELS, read_gold

DATA = Path(__file__).resolve().parent / "data"
FRESH_GOLD = DATA / "hh_pair_fresh_gold.csv"
FRESH_SAMPLE = DATA / "hh_pair_fresh_sample.csv"
OLD_GOLD = DATA / "hh_pair_gold.csv"
TOOLS = Path(__file__).resolve().parents[1] / "tools"


def sample_rows() -> list[dict[str, str]]:
    with open(FRESH_SAMPLE, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def gold_strata() -> dict[int, str]:
    with open(FRESH_GOLD, newline="", encoding="utf-8") as handle:
        return {int(row["line"]): row["stratum"] for row in csv.DictReader(handle)}


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


def test_fresh_gold_has_200_valid_labels_of_the_sampled_pairs():
    gold = read_gold(FRESH_GOLD)
    assert len(gold) == 200
    assert {g.label for g in gold} <= set(LABELS)
    assert {(g.subset, g.split) for g in gold} == {("harmless-base", "test")}
    assert sorted(g.line for g in gold) == sorted(int(r["line"]) for r in sample_rows())
    assert gold_strata() == {int(r["line"]): r["stratum"] for r in sample_rows()}


def test_fresh_gold_is_disjoint_from_the_development_gold():
    fresh = {g.line for g in read_gold(FRESH_GOLD)}
    old = {g.line for g in read_gold(OLD_GOLD)}
    assert len(old) == 420
    assert not fresh & old


def test_every_fresh_line_is_a_pair_of_the_shared_split():
    wanted = {g.line for g in read_gold(FRESH_GOLD)}
    found = set()
    for line, record in iter_raw_records(real_split()):
        if line in wanted:
            pair = pair_from_record(record, line, "harmless-base", "test")
            assert isinstance(pair, Pair), f"line {line}: {pair}"
            assert pair.chosen.strip(), f"line {line}: empty chosen response"
            found.add(line)
    assert found == wanted


def test_fresh_strata_match_a_recomputation_with_the_v1_cues(strata):
    recomputed = {line: name for name, lines in strata.items() for line in lines}
    assert {line: recomputed[line] for line in gold_strata()} == gold_strata()
    assert sum(len(lines) for lines in strata.values()) == 2312


def test_the_committed_sample_is_the_seeded_draw(samplers, strata):
    fresh = samplers[1]
    rows = fresh.draw_fresh(strata, fresh.old_gold_lines(OLD_GOLD), 200, 15, 1502)
    assert [{k: str(v) for k, v in row.items()} for row in rows] == sample_rows()
    assert Counter(row["stratum"] for row in rows) == {
        "1-cue": 15, "1-nocue": 43, "2-cue": 15, "2-nocue": 36, "3+-cue": 36, "3+-nocue": 55}
