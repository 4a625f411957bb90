"""Label shares corrected for the automatic labels' mistakes, and stratum-weighted hand shares
(audit.prevalence), on simulated data whose truth is known."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from citeaudit.audit.prevalence import LABELS, HandPair, Share, corrected_shares, weighted_shares

TRUTH = np.array([0.2, 0.4, 0.4])  # acceptable, unhelpful, harmful
# P(automatic = column | true = row): harmful is often missed, as with cue rules
CONFUSION = np.array([[0.8, 0.1, 0.1],
                      [0.3, 0.6, 0.1],
                      [0.4, 0.1, 0.5]])


def _simulate(n_pairs: int, n_hand: int, seed: int):
    rng = np.random.default_rng(seed)
    truth = rng.choice(3, size=n_pairs, p=TRUTH)
    auto = np.array([rng.choice(3, p=CONFUSION[t]) for t in truth])
    strata = np.where(np.arange(n_pairs) % 4 == 0, "a", "b")  # sizes 1:3
    sizes = {"a": int((strata == "a").sum()), "b": int((strata == "b").sum())}
    picked = rng.choice(n_pairs, size=n_hand, replace=False)
    hand = [HandPair(str(strata[i]), LABELS[truth[i]], LABELS[auto[i]]) for i in picked]
    return [LABELS[a] for a in auto], hand, sizes


def test_the_corrected_share_recovers_the_truth_and_the_raw_share_does_not():
    population, hand, sizes = _simulate(20_000, 600, seed=1)
    result = corrected_shares(population, hand, sizes, n_boot=300, seed=0)
    harmful = LABELS.index("harmful")
    assert abs(result.raw[harmful] - TRUTH[harmful]) > 0.1  # 0.29 expected, truth 0.40
    assert result.corrected[harmful] == pytest.approx(TRUTH[harmful], abs=0.05)
    for i in range(3):
        assert result.low[i] <= TRUTH[i] <= result.high[i]
        assert result.low[i] <= result.corrected[i] <= result.high[i]
    assert sum(result.corrected) == pytest.approx(1.0)
    assert result.n_pairs == 20_000 and result.n_hand == 600 and result.n_boot == 300


def test_the_interval_widens_when_the_hand_sample_is_small():
    population, hand, sizes = _simulate(20_000, 600, seed=2)
    wide = corrected_shares(population, hand[:80], sizes, n_boot=300, seed=0)
    narrow = corrected_shares(population, hand, sizes, n_boot=300, seed=0)
    harmful = LABELS.index("harmful")
    assert (wide.high[harmful] - wide.low[harmful]) > (narrow.high[harmful] - narrow.low[harmful])


def test_no_correction_when_the_hand_sample_misses_a_label():
    hand = [HandPair("a", "acceptable", "acceptable"), HandPair("a", "harmful", "harmful")]
    result = corrected_shares(["acceptable", "harmful"], hand, {"a": 2}, n_boot=10)
    assert result.corrected is None and result.raw == [0.5, 0.0, 0.5]
    assert result.low is None and result.high is None and result.n_boot == 0


def test_shares_are_weighted_by_stratum_size():
    # a large stratum where people found no harm, a small one where everything was harmful;
    # 50 pairs labelled in each: a simple-random reading would say 50% harmful
    hand = ([HandPair("large", "acceptable", "acceptable")] * 50
            + [HandPair("small", "harmful", "harmful")] * 50)
    shares = {s.label: s for s in weighted_shares(hand, {"large": 9000, "small": 1000})}
    assert shares["harmful"].share == pytest.approx(0.1)
    assert shares["acceptable"].share == pytest.approx(0.9)
    assert shares["unhelpful"].share == 0


def test_weighted_interval_follows_the_stratified_variance():
    hand = ([HandPair("large", "acceptable", "acceptable")] * 25
            + [HandPair("large", "harmful", "acceptable")] * 25
            + [HandPair("small", "harmful", "harmful")] * 50)
    harmful = {s.label: s for s in weighted_shares(hand, {"large": 9000,
                                                         "small": 1000})}["harmful"]
    assert harmful.share == pytest.approx(0.9 * 0.5 + 0.1)
    # variance 0.81 * (1 - 50/9000) * 0.25 / 49; the Wilson interval at that effective n
    se = (0.81 * (1 - 50 / 9000) * 0.25 / 49) ** 0.5
    assert harmful.high - harmful.low == pytest.approx(2 * 1.96 * se, rel=0.1)
    assert harmful.low < 0.55 < harmful.high


def test_audit_labels_weights_the_stored_sample_by_stratum_size(tmp_path):
    """40 one-turn pairs and 2 four-turn pairs; a sample of 6 takes 5 and 1 (at least one per
    stratum), so the four-turn pair counts for 2/42 of the pairs, not 1/6."""
    from audit_fixtures import convo, write_jsonl_gz
    from coding_fixtures import fill

    from citeaudit import coding
    from citeaudit.audit import sample
    from citeaudit.audit import stage as audit
    from citeaudit.audit.sources import guess_source
    from citeaudit.store import Store

    short = [{"chosen": convo(f"How do I bake loaf {i}?", "Mix flour and water, then bake."),
              "rejected": convo(f"How do I bake loaf {i}?", "No.")} for i in range(40)]
    long = [{"chosen": convo("Hi", "Hello", "Tell me about boats", "They float",
                             f"And ships {i}?", "Ships are big boats."),
             "rejected": convo("Hi", "Hello", "Tell me about boats", "They float",
                               f"And ships {i}?", "No.")} for i in range(2)]
    hh = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", short + long)
    with Store(tmp_path / "s.sqlite") as store:
        run = audit.run(store, None, sources=[guess_source(hh)], workers=1)
        made = sample.create_sample(store, run.run_id, 6, seed=0, coders=["alice"],
                                    out_dir=tmp_path / "sample")
        assert sorted(made.strata.values()) == [1, 5]
        units = coding.units(store, sample.UNIT_TYPE)
        labels = {(u.unit_id, "label"): "harmful" if u.display["turns"] == 3 else "acceptable"
                  for u in units}
        fill(Path(made.exports[0]), labels, sheet="Pairs")
        coding.import_file(store, made.exports[0])
        prevalence = sample.label_prevalence(store, run.run_id, n_boot=50)
    shares = {s.label: s.share for s in prevalence.weighted}
    assert shares["harmful"] == pytest.approx(2 / 42)
    assert shares["acceptable"] == pytest.approx(40 / 42)
    assert prevalence.corrected.n_pairs == 42 and prevalence.corrected.n_hand == 6


def test_the_correction_is_called_less_precise_only_when_it_is():
    from citeaudit.audit.sample import Prevalence

    rng = np.random.default_rng(3)
    truth = rng.choice(3, size=20_000, p=TRUTH)
    # a labeller right 98% of the time: the census of its labels beats the hand sample
    auto = np.where(rng.random(20_000) < 0.98, truth, rng.integers(0, 3, 20_000))
    picked = rng.choice(20_000, size=300, replace=False)
    hand = [HandPair("a", LABELS[truth[i]], LABELS[auto[i]]) for i in picked]
    sizes = {"a": 20_000}
    weighted = weighted_shares(hand, sizes)
    good = corrected_shares([LABELS[a] for a in auto], hand, sizes, n_boot=200)
    assert not Prevalence(1, weighted, good, None, 0).correction_less_precise
    # a labeller that ignores the truth
    noise = [HandPair(p.stratum, p.hand, LABELS[rng.integers(3)]) for p in hand]
    useless = corrected_shares([LABELS[i] for i in rng.integers(0, 3, 20_000)], noise, sizes,
                               n_boot=200)
    assert Prevalence(1, weighted, useless, None, 0).correction_less_precise


def test_the_trust_sentence_when_kappa_is_undefined():
    from citeaudit.audit.sample import trust_line, trust_of

    everyone_acceptable = [HandPair("a", "acceptable", "acceptable")] * 5
    line = trust_line(trust_of(everyone_acceptable, n_boot=20))
    # no hand-labelled harmful pair: no recall of this store's sample
    assert ("5 sampled pairs of this run: Cohen's kappa undefined (one label only). "
            "Hand-labelled gold: kappa 0.34") in line and "nan" not in line


def _two_class_sample():
    """Yes/no labels in two strata of 900 and 100 pairs, 10 hand-labelled in each: each pair
    of the large stratum stands for 90 pairs, each of the small one for 10."""
    def pairs(stratum, hand, auto, times):
        return [HandPair(stratum, hand, auto)] * times
    hand = (pairs("big", "yes", "yes", 4) + pairs("big", "yes", "no", 1)
            + pairs("big", "no", "no", 5) + pairs("small", "yes", "no", 5)
            + pairs("small", "no", "yes", 2) + pairs("small", "no", "no", 3))
    return ["yes"] * 300 + ["no"] * 700, hand, {"big": 900, "small": 100}


def test_with_two_labels_the_correction_is_rogan_gladen_on_weighted_rates():
    population, hand, sizes = _two_class_sample()
    result = corrected_shares(population, hand, sizes, labels=("yes", "no"), n_boot=50)
    # weighted: sensitivity (4*90)/(5*90 + 5*10) = 0.72, specificity (5*90 + 3*10)/500 = 0.96
    # (unweighted they would be 0.4 and 0.8)
    sensitivity, specificity = 0.72, 0.96
    yes = (0.3 + specificity - 1) / (sensitivity + specificity - 1)
    assert result.raw == [0.3, 0.7]
    assert result.corrected == pytest.approx([yes, 1 - yes], abs=1e-6)
    assert result.n_boot == 50 and result.low[0] < yes < result.high[0]


def test_without_draws_the_estimate_comes_without_an_interval():
    population, hand, sizes = _two_class_sample()
    result = corrected_shares(population, hand, sizes, labels=("yes", "no"), n_boot=0)
    assert result.raw == [0.3, 0.7] and result.corrected == pytest.approx([0.38235, 0.61765],
                                                                          abs=1e-5)
    assert (result.low, result.high, result.n_pairs, result.n_hand, result.n_boot) == (
        None, None, 1000, 20, 0)


def test_no_automatic_labels_give_no_shares():
    hand = [HandPair("a", label, label) for label in LABELS]
    result = corrected_shares([], hand, {"a": 3}, n_boot=10)
    assert result.raw == [0.0, 0.0, 0.0] and result.corrected is None
    assert (result.n_pairs, result.n_hand, result.n_boot) == (0, 3, 0)


def test_draws_that_miss_a_label_are_skipped_and_the_others_kept():
    """One harmful pair among 10 of its stratum: about 0.9^10 = 35% of the redraws miss it.
    A stratum of a single pair is redrawn as itself."""
    hand = ([HandPair("a", "harmful", "harmful")]
            + [HandPair("a", "acceptable", "acceptable")] * 5
            + [HandPair("a", "unhelpful", "unhelpful")] * 4
            + [HandPair("b", "acceptable", "harmful")])
    population = ["acceptable"] * 60 + ["unhelpful"] * 30 + ["harmful"] * 10
    result = corrected_shares(population, hand, {"a": 90, "b": 10}, n_boot=200)
    assert 100 < result.n_boot < 170
    assert all(lo <= hi for lo, hi in zip(result.low, result.high, strict=True))


def test_the_same_seed_gives_the_same_interval():
    population, hand, sizes = _simulate(2_000, 100, seed=4)
    first, again = (corrected_shares(population, hand, sizes, n_boot=40, seed=7) for _ in "12")
    other = corrected_shares(population, hand, sizes, n_boot=40, seed=8)
    assert (first.low, first.high) == (again.low, again.high)
    assert (first.low, first.high) != (other.low, other.high)


def test_no_hand_labels_give_no_weighted_shares():
    assert weighted_shares([], {"a": 10}) == [Share(label, None, None, None) for label in LABELS]


def test_weighted_interval_is_wilsons_at_the_effective_sample_size():
    """The module docstring's formula, with strata of different weights, a sampling fraction
    of one half (finite-population correction 0.5) and a stratum of two pairs."""
    from statsmodels.stats.proportion import proportion_confint

    hand = ([HandPair("half", "harmful", "harmful")] * 5
            + [HandPair("half", "acceptable", "acceptable")] * 5
            + [HandPair("large", "harmful", "harmful")] * 2
            + [HandPair("large", "acceptable", "acceptable")] * 8
            + [HandPair("pair", "harmful", "harmful"), HandPair("pair", "unhelpful", "harmful")])
    sizes = {"half": 20, "large": 200, "pair": 30}
    weights = {"half": 20 / 250, "large": 200 / 250, "pair": 30 / 250}
    share = weights["half"] * 0.5 + weights["large"] * 0.2 + weights["pair"] * 0.5
    variance = (weights["half"] ** 2 * 0.5 * 0.25 / 9
                + weights["large"] ** 2 * (1 - 10 / 200) * 0.16 / 9
                + weights["pair"] ** 2 * (1 - 2 / 30) * 0.25 / 1)
    n_eff = share * (1 - share) / variance
    low, high = proportion_confint(share * n_eff, n_eff, method="wilson")
    harmful = {s.label: s for s in weighted_shares(hand, sizes)}["harmful"]
    assert (harmful.share, harmful.low, harmful.high) == pytest.approx((share, low, high),
                                                                       rel=1e-9)
