"""Agreement figures against values worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from coding_fixtures import store_with_items, tiny_codebook

from citeaudit import coding
from citeaudit.coding.reliability import EXACT_SET
from citeaudit.store import Store


def test_alpha_matches_krippendorffs_published_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C:
    # 4 observers, 12 units, missing values; nominal alpha = 0.743.
    observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    units = [[o[u] for o in observers if o[u] is not None] for u in range(12)]
    assert coding.krippendorff_alpha_nominal(units) == pytest.approx(0.743, abs=0.0005)


def test_alpha_and_kappa_two_coders_by_hand():
    alice = ["red", "red", "blue", "blue", "green", "red"]
    bob = ["red", "blue", "blue", "blue", "green", "green"]
    # kappa: po = 4/6; pe = (3*1 + 2*3 + 1*2) / 36 = 11/36; (24/36 - 11/36) / (25/36) = 13/25
    assert coding.cohen_kappa(list(zip(alice, bob, strict=True))) == pytest.approx(13 / 25)
    # alpha: n = 12 values (red 4, blue 5, green 3); 2 disagreeing units give 4 off-diagonal
    # coincidences; expected = 12^2 - (16 + 25 + 9) = 94; alpha = 1 - 11 * 4 / 94 = 50/94
    assert coding.krippendorff_alpha_nominal(list(zip(alice, bob, strict=True))) == pytest.approx(
        50 / 94)


def test_undefined_when_nobody_varies():
    assert coding.krippendorff_alpha_nominal([["a", "a"], ["a", "a"]]) is None
    assert coding.cohen_kappa([("a", "a"), ("a", "a")]) is None
    assert coding.krippendorff_alpha_nominal([["a"], ["b"]]) is None  # nothing pairable


def _set_codes(store: Store, book, coder: str, values: dict[str, dict[str, list[str]]]) -> None:
    store.coding.upsert_codes(
        [{"unit_type": "item", "unit_id": u, "codebook": book.name,
          "codebook_version": book.version, "dimension": d, "coder": coder, "value": v}
         for u, dims in values.items() for d, v in dims.items()],
        source="test",
    )


def test_agreement_report_per_dimension_per_code_and_auto(tmp_path):
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite")
    coding.register_codebook(store, book)
    alice = ["red", "red", "blue", "blue", "green", "red"]
    bob = ["red", "blue", "blue", "blue", "green", "green"]
    auto = ["red", "red", "red", "blue", "green", "green"]
    alice_tags = [["round"], ["round", "big"], [], ["soft"], ["big"], ["round"]]
    bob_tags = [["round"], ["round"], ["soft"], ["soft"], ["big"], ["round", "big"]]
    ids = [f"item-{i}" for i in range(1, 7)]
    _set_codes(store, book, "alice", {u: {"colour": [c], "tags": t}
                                      for u, c, t in zip(ids, alice, alice_tags, strict=True)})
    _set_codes(store, book, "bob", {u: {"colour": [c], "tags": t}
                                    for u, c, t in zip(ids, bob, bob_tags, strict=True)})
    coding.store_auto_codes(store, book, [coding.Suggestion(u, "colour", [c], 0.5)
                                          for u, c in zip(ids, auto, strict=True)])
    report = coding.agreement(store, book)
    assert report.coders == ["alice", "bob"]
    alpha = {(a.dimension, a.code): a for a in report.alphas}
    assert alpha[("colour", None)].alpha == pytest.approx(50 / 94)
    assert alpha[("colour", None)].n_units == 6
    # a bootstrap interval around each alpha (units resampled, seeded)
    colour = alpha[("colour", None)]
    assert colour.low < colour.alpha < colour.high <= 1
    again = coding.agreement(store, book).alphas[0]
    assert (again.dimension, again.code, again.low, again.high) == (
        "colour", None, colour.low, colour.high)  # seeded: the same interval on a rerun
    assert alpha[("tags", EXACT_SET)].low is not None
    big = alpha[("tags", "big")]
    assert big.low < big.alpha < big.high  # per code too (the CLI and CSV print it)
    # "big" present/absent: alice F T F F T F, bob F F F F T T -> 4 agree of 6.
    # values: True 4 (alice 2, bob 2), False 8; disagreements 2 units -> 4 coincidences
    # alpha = 1 - 11 * 4 / (2 * 4 * 8) = 1 - 44/64 = 20/64
    assert alpha[("tags", "big")].alpha == pytest.approx(20 / 64)
    # kappa for "big": po = 4/6, pe = (2*2 + 4*4)/36 = 20/36 -> (24-20)/(36-20) = 4/16
    pairs = {(p.dimension, p.code, p.coder_a, p.coder_b): p for p in report.pairs}
    assert pairs[("tags", "big", "alice", "bob")].kappa == pytest.approx(0.25)
    assert pairs[("tags", EXACT_SET, "alice", "bob")].accuracy == pytest.approx(3 / 6)
    # auto vs alice on colour: agree on 1,2,4,5 -> 4/6; auto marginals red 3, blue 1, green 2,
    # alice red 3, blue 2, green 1; pe = (9 + 2 + 2)/36 = 13/36; kappa = (24-13)/(36-13) = 11/23
    auto_alice = pairs[("colour", None, "auto", "alice")]
    assert auto_alice.kappa == pytest.approx(11 / 23)
    assert auto_alice.accuracy == pytest.approx(4 / 6) and auto_alice.n_units == 6
    # final codes (unanimous only, no adjudication yet): units 1, 3... colour agreed on 1,3,4,5
    auto_final = pairs[("colour", None, "auto", "final")]
    assert auto_final.n_units == 4
    assert auto_final.accuracy == pytest.approx(3 / 4)  # auto says red on unit 3 (final blue)
    assert not math.isnan(auto_final.accuracy)


def test_alpha_is_the_krippendorff_package_and_its_interval_a_bootstrap_over_units():
    import krippendorff

    from citeaudit.coding.reliability import alpha_interval, krippendorff_alpha_nominal

    rng = np.random.default_rng(5)
    units = [[str(v) for v in rng.choice(3, size=int(rng.integers(2, 4)), p=[0.6, 0.3, 0.1])]
             for _ in range(40)]
    values = ["0", "1", "2"]
    counts = np.array([[u.count(v) for v in values] for u in units], dtype=float)
    assert krippendorff_alpha_nominal(units) == pytest.approx(
        krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))
    # the same draws by hand: units resampled with replacement, percentile interval
    draws = np.random.default_rng(0)
    alphas = []
    for _ in range(200):
        picked = counts[draws.integers(0, len(units), size=len(units))]
        alphas.append(krippendorff.alpha(value_counts=picked, level_of_measurement="nominal"))
    low, high = alpha_interval(units, draws=200, seed=0)
    assert (low, high) == pytest.approx(tuple(np.percentile(alphas, [2.5, 97.5])))
    assert low < krippendorff_alpha_nominal(units) < high


def test_kappa_interval_is_a_percentile_bootstrap_of_sklearns_kappa():
    from sklearn.metrics import cohen_kappa_score

    from citeaudit.coding.reliability import cohen_kappa, kappa_interval

    rng = np.random.default_rng(2)
    first = list(rng.choice(["a", "b", "c"], size=60))
    second = [x if rng.random() < 0.7 else "b" for x in first]
    pairs = list(zip(first, second, strict=True))
    picks = np.random.default_rng(0).integers(0, 60, size=(300, 60))
    kappas = [cohen_kappa_score([first[i] for i in row], [second[i] for i in row])
              for row in picks]
    low, high = kappa_interval(pairs, draws=300, seed=0)
    assert (low, high) == pytest.approx(tuple(np.percentile(kappas, [2.5, 97.5])))
    assert low < cohen_kappa(pairs) < high
    # one unit, or no variation in any draw: no interval
    assert all(np.isnan(kappa_interval([("a", "a")])))
    assert all(np.isnan(kappa_interval([("a", "a")] * 5)))


def test_intervals_of_two_units_skip_the_draws_without_variation():
    """Two units that disagree with each other: a draw of one unit twice has no variation
    (kappa and alpha undefined) and is left out; the others all agree perfectly."""
    from citeaudit.coding.reliability import alpha_interval, kappa_interval

    assert kappa_interval([("a", "a"), ("b", "b")], draws=50) == (1.0, 1.0)
    assert alpha_interval([["a", "a"], ["b", "b"]], draws=50) == (1.0, 1.0)
    # no draw varies: no interval
    assert all(np.isnan(alpha_interval([["a", "a"]] * 3, draws=50)))
