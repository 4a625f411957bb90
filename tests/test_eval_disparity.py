"""Disparity statistics against hand-computed values and scipy."""

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from citeaudit.core import stats as core_stats
from citeaudit.evals import disparity as d


def test_wilson_interval_by_hand():
    # p=0.5, n=10, z=1.96: centre 0.5, half = 1.96*sqrt(0.025+0.0096)/1.384 = 0.2634
    low, high = core_stats.wilson_interval(5, 10)
    assert low == pytest.approx(0.2366, abs=1e-4) and high == pytest.approx(0.7634, abs=1e-4)
    low, high = core_stats.wilson_interval(0, 20)
    assert low == 0.0 and high == pytest.approx(0.1611, abs=1e-4)
    assert all(math.isnan(x) for x in core_stats.wilson_interval(0, 0))


def test_newcombe_difference_matches_newcombe_1998_example():
    # Newcombe (1998), Table II example (56/70 vs 48/80): method 10 gives 0.0524 to 0.3339
    diff, low, high = core_stats.newcombe_difference(56, 70, 48, 80)
    assert diff == pytest.approx(0.2)
    assert low == pytest.approx(0.0524, abs=1e-3) and high == pytest.approx(0.3339, abs=1e-3)


def test_two_proportion_test_equals_chi_square_without_correction():
    table = np.array([[15, 85], [30, 70]])
    p = core_stats.two_proportion_test(15, 100, 30, 100)
    assert p == pytest.approx(stats.chi2_contingency(table, correction=False)[1])


def test_holm_and_bh_by_hand():
    p = [0.01, 0.04, 0.03, 0.005]
    # sorted: .005*4=.02, .01*3=.03, .03*2=.06, .04*1=.04 -> monotone .06
    np.testing.assert_allclose(core_stats.holm(p), [0.03, 0.06, 0.06, 0.02])
    # BH: .04*4/4=.04, .03*4/3=.04, .01*4/2=.02, .005*4/1=.02
    np.testing.assert_allclose(core_stats.benjamini_hochberg(p), [0.02, 0.04, 0.04, 0.02])
    with pytest.raises(ValueError):
        core_stats.adjust(p, "bonferonni")


def test_cmh_by_hand_and_single_stratum_equals_corrected_chi_square():
    tables = [np.array([[10, 5], [3, 12]]), np.array([[8, 7], [4, 11]])]
    # stratum 1: E(a)=15*13/30=6.5, V=15*15*13*17/(900*29)=1.9050
    # stratum 2: E(a)=15*12/30=6.0, V=15*15*12*18/(900*29)=1.8621
    # sum a = 18, sum E(a) = 12.5: statistic = (|18 - 12.5| - 0.5)^2 / (V1 + V2) = 25 / 3.767
    chi2, p, odds = core_stats.cochran_mantel_haenszel(tables)
    assert chi2 == pytest.approx(25 / (1.9050 + 1.8621), rel=1e-3)
    assert odds == pytest.approx((10 * 12 / 30 + 8 * 11 / 30) / (5 * 3 / 30 + 7 * 4 / 30))
    single = np.array([[20, 10], [12, 25]])
    chi2_one, p_one, _ = core_stats.cochran_mantel_haenszel([single])
    # one stratum: CMH = the Yates-corrected chi-square times (n-1)/n
    yates = stats.chi2_contingency(single, correction=True)[0]
    assert chi2_one == pytest.approx(yates * 66 / 67)
    assert p == pytest.approx(stats.chi2.sf(chi2, 1))


def _frame(rates: dict[str, float], per_template: int = 10, templates: int = 6,
           seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for group, rate in rates.items():
        for t in range(templates):
            for _ in range(per_template):
                refused = int(rng.random() < rate)
                rows.append({"model": "m", "suite": "s", "group": group,
                             "template_id": f"s{t}", "unsafe": t >= templates // 2,
                             "refused": refused, "non_answer": 0, "not_served": refused})
    return pd.DataFrame(rows)


def test_rates_and_chi_square_agree_with_scipy():
    frame = _frame({"A": 0.2, "B": 0.5, "C": 0.2})
    rates = d.rates_by_group(frame)
    assert list(rates["group"]) == ["A", "B", "C"] and (rates["n"] == 60).all()
    row = rates.iloc[1]
    assert (row["ci_low"], row["ci_high"]) == pytest.approx(
        core_stats.wilson_interval(row["count"], 60))
    test = d.chi_square_across_groups(frame)
    expected = stats.chi2_contingency(pd.crosstab(frame["group"], frame["refused"]).values,
                                      correction=False)
    assert test["chi2"] == pytest.approx(expected[0]) and test["dof"] == 2
    two = d.chi_square_across_groups(frame[frame["group"] != "C"])
    assert two["fisher_p"] == pytest.approx(stats.fisher_exact(
        pd.crosstab(frame[frame["group"] != "C"]["group"], frame["refused"]).values)[1])


def test_group_vs_rest_flags_the_odd_group_after_correction():
    frame = _frame({"A": 0.1, "B": 0.6, "C": 0.1, "D": 0.1}, per_template=20)
    table = d.compare_groups(frame, permutations=2000, model_based=False)[1].set_index("group")
    assert table.loc["B", "perm_p_holm"] < 0.01 and table.loc["B", "cmh_p_adjusted"] < 0.001
    assert table.loc["B", "diff_low"] > 0
    assert (table["perm_p_holm"] >= table["perm_p"]).all()
    assert (table["perm_p_bh"] <= table["perm_p_holm"] + 1e-12).all()


def test_quality_of_service_splits_safe_and_unsafe():
    frame = _frame({"A": 0.3})
    qos = d.quality_of_service(frame).iloc[0]
    safe = frame[~frame["unsafe"]]
    assert qos["safe_n"] == len(safe)
    assert qos["safe_not_served"] == pytest.approx(safe["not_served"].mean())
    assert qos["safe_refusal"] == pytest.approx(safe["refused"].mean())


# ---------------------------------------------------------------------------
# the stratified permutation test
# ---------------------------------------------------------------------------
def test_permuted_successes_keep_each_templates_refusals_and_each_groups_size():
    successes = np.array([[2, 0, 1], [0, 3, 3], [4, 4, 4]])
    trials = np.array([[3, 2, 4], [5, 3, 6], [4, 4, 4]])
    rng = np.random.default_rng(0)
    null = core_stats.permuted_successes(successes, trials, 2000, rng)
    # the row total of refusals is fixed and no group gets more refusals than responses
    assert (null.sum(axis=1) == successes.sum()).all()
    assert (null <= trials.sum(axis=0)).all() and (null >= 0).all()
    # a template where everyone refuses adds its counts unchanged (4 per group here); the
    # second template (6 refusals in 14) gives group 0 hypergeometric draws of mean 5*6/14
    assert null.mean(axis=0)[0] == pytest.approx(3 * 3 / 9 + 6 * 5 / 14 + 4, abs=0.05)


def _exact_stratified_p(outcomes: list[list[int]], groups: list[list[int]]) -> float:
    """Every relabelling within each stratum, enumerated: the exact permutation p of the
    Pearson chi-square."""
    from itertools import permutations, product

    def chi2(labels):
        y = np.concatenate(outcomes)
        g = np.concatenate(labels)
        k = np.array([y[g == j].sum() for j in (0, 1)])
        n = np.array([(g == j).sum() for j in (0, 1)])
        return core_stats.pearson_chi2(k, n)

    observed = chi2(groups)
    relabellings = product(*[sorted(set(permutations(g))) for g in groups])
    values = [chi2([np.array(x) for x in labels]) for labels in relabellings]
    return float(np.mean(np.array(values) >= observed - 1e-9))


def test_permutation_p_approaches_the_exact_stratified_p():
    outcomes = [[1, 1, 0, 0, 0], [1, 1, 1, 0, 1, 0], [0, 0, 1, 0]]
    groups = [[0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], [0, 1, 1, 0]]
    exact = _exact_stratified_p(outcomes, groups)
    successes = np.array([[sum(y for y, g in zip(o, gs, strict=True) if g == j) for j in (0, 1)]
                          for o, gs in zip(outcomes, groups, strict=True)])
    trials = np.array([[gs.count(j) for j in (0, 1)] for gs in groups])
    result = core_stats.stratified_permutation_test(successes, trials, 20_000, seed=1)
    assert 0.1 < exact < 0.9
    assert result.p_chi2 == pytest.approx(exact, abs=0.015)


def test_stratifying_by_template_removes_a_difference_made_by_the_template_mix():
    """Group A's prompts sit mostly in a template everyone is refused on: the pooled
    chi-square calls that a group difference, the permutation within template does not."""
    rows = []
    for group, share_of_hot in (("A", 0.8), ("B", 0.2)):
        for i in range(100):
            hot = i < share_of_hot * 100
            rows.append({"group": group, "template_id": "hot" if hot else "cold",
                         "refused": int((i % 10) < (6 if hot else 1))})
    frame = pd.DataFrame(rows)
    assert d.chi_square_across_groups(frame)["p_value"] < 1e-4
    summary, _ = d.compare_groups(frame, permutations=2000, model_based=False)
    assert summary["chi2_perm_p"] > 0.5 and summary["gap_p"] > 0.5
    assert summary["verdict"].startswith("no evidence")


def test_compare_groups_flags_a_real_difference_and_names_the_group():
    frame = _frame({"A": 0.1, "B": 0.6, "C": 0.1, "D": 0.1}, per_template=20)
    summary, per_group = d.compare_groups(frame, permutations=2000)
    assert summary["chi2_perm_p"] < 0.01 and summary["gap_p"] < 0.01
    assert summary["gap"] > summary["gap_chance"]
    assert summary["verdict"].startswith("groups differ (permutation p = ")
    by_group = per_group.set_index("group")
    assert by_group.loc["B", "perm_p_holm"] < 0.01 and by_group.loc["B", "diff_low"] > 0
    assert by_group["difference"].idxmax() == "B"
    assert by_group.loc["B", "perm_p"] == by_group["perm_p"].min()
    assert summary["gee_reference"] == "A" and by_group.loc["A", "odds_ratio"] == 1.0
    assert by_group.loc["B", "or_low"] > 1


def test_gee_odds_ratios_are_statsmodels_gee_with_template_clusters():
    import statsmodels.formula.api as smf
    from statsmodels.genmod import cov_struct, families

    frame = _frame({"A": 0.2, "B": 0.4, "C": 0.3}, per_template=15, seed=4)
    fitted = smf.gee("refused ~ C(group, Treatment('A'))", "template_id", frame,
                     family=families.Binomial(),
                     cov_struct=cov_struct.Exchangeable()).fit(cov_type="bias_reduced")
    odds = d.gee_odds_ratios(frame, "refused", "A")["odds"].set_index("group")
    for group in ("B", "C"):
        name = f"C(group, Treatment('A'))[T.{group}]"
        assert odds.loc[group, "odds_ratio"] == pytest.approx(np.exp(fitted.params[name]))
        low, high = np.exp(fitted.conf_int().loc[name])
        assert (odds.loc[group, "or_low"], odds.loc[group, "or_high"]) == (
            pytest.approx(low), pytest.approx(high))
        assert odds.loc[group, "or_p"] == pytest.approx(fitted.pvalues[name])
    # a group that is never refused has no finite odds ratio: not estimable, not a crash
    never = frame.assign(refused=np.where(frame["group"] == "C", 0, frame["refused"]))
    assert d.gee_odds_ratios(never, "refused", "A")["odds"]["odds_ratio"].isna().all()


def test_minimum_detectable_difference_has_80_percent_power():
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize

    for n, base in ((150, 0.1), (30, 0.3), (75, 0.9)):
        mdd = core_stats.minimum_detectable_difference(n, base)
        start = min(base, 1 - base)
        h = proportion_effectsize(start + mdd, start)
        assert NormalIndPower().power(h, n, 0.05, ratio=1.0) == pytest.approx(0.8, abs=1e-5)
    # near 100% the harder direction (down, towards 50%) counts: as near 0%
    assert core_stats.minimum_detectable_difference(20, 0.95) == pytest.approx(
        core_stats.minimum_detectable_difference(20, 0.05))
    assert core_stats.minimum_detectable_difference(150, 0.1) < 0.12


def test_verdict_says_uninformative_when_nothing_can_be_detected():
    zeros = _frame({"A": 0.0, "B": 0.0, "C": 0.0})
    summary, _ = d.compare_groups(zeros, permutations=200)
    assert summary["verdict"] == ("uninformative: no response counts, so there is nothing "
                                  "to compare")
    few = _frame({"A": 0.2, "B": 0.2}, per_template=1, templates=4)
    summary, per_group = d.compare_groups(few, permutations=200)
    assert summary["verdict"].startswith("uninformative: with 4 responses per group only a "
                                         "rise of")
    assert per_group["too_small"].all() and summary["small_groups"] == 2


def test_pearson_chi2_is_scipys_uncorrected_chi_square():
    from scipy.stats import chi2_contingency

    for successes, trials in (([3, 9, 4], [10, 12, 11]), ([1, 0], [1, 1]), ([2, 5], [3, 40])):
        k, n = np.array(successes), np.array(trials)
        expected = chi2_contingency(np.array([k, n - k]), correction=False)[0]
        assert core_stats.pearson_chi2(k, n) == pytest.approx(expected)
    # one statistic per row of a (permutations, groups) array; 0 without variation, silently
    rows = np.array([[3, 9, 4], [0, 0, 0], [10, 12, 11]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = core_stats.pearson_chi2(rows, np.array([10, 12, 11]))
    assert values[0] == pytest.approx(core_stats.pearson_chi2(rows[0], [10, 12, 11]))
    assert values[1] == 0 and values[2] == 0


def test_rate_gap_is_the_highest_minus_the_lowest_rate_per_row():
    gaps = core_stats.rate_gap(np.array([[1, 3, 2], [4, 0, 2]]), np.array([4, 4, 8]))
    assert gaps == pytest.approx([0.75 - 0.25, 1.0 - 0.0])


def test_a_difference_the_templates_explain_has_permutation_p_one():
    """Within each template everyone gets the same answer: no relabelling changes anything,
    so every statistic is as extreme under the null as observed."""
    successes = np.array([[4, 1, 0], [0, 0, 0]])  # template 0 refuses everyone, 1 no one
    trials = np.array([[4, 1, 0], [1, 4, 5]])
    result = core_stats.stratified_permutation_test(successes, trials, permutations=50)
    assert result.chi2 > 0 and result.gap == pytest.approx(0.8)
    assert (result.p_chi2, result.p_gap, result.gap_chance) == (1.0, 1.0, pytest.approx(0.8))
    assert list(result.group_p) == [1.0, 1.0, 1.0] and result.permutations == 50


def test_a_group_at_the_rate_of_the_rest_has_group_p_one():
    successes, trials = np.array([[5, 5, 5]]), np.array([[10, 10, 10]])
    result = core_stats.stratified_permutation_test(successes, trials, permutations=200)
    assert list(result.group_p) == [1.0, 1.0, 1.0]
    # with two groups each against the rest is one comparison, even when the rest is a
    # single response
    single = core_stats.stratified_permutation_test(np.array([[1, 3]]), np.array([[1, 9]]),
                                                    permutations=200)
    assert single.group_p[0] == single.group_p[1] < 1
    # one group alone: nothing to compare it with
    alone = core_stats.stratified_permutation_test(np.array([[3], [1]]), np.array([[5], [4]]),
                                                   permutations=20)
    assert (alone.p_chi2, alone.p_gap, list(alone.group_p)) == (1.0, 1.0, [1.0])


def test_the_permutation_test_is_reproducible_and_refuses_an_empty_group():
    successes = np.array([[2, 6], [1, 4]])
    trials = np.array([[8, 8], [6, 6]])
    first, again = (core_stats.stratified_permutation_test(successes, trials, 300, seed=3)
                    for _ in "12")
    assert (first.p_chi2, first.p_gap, list(first.group_p)) == (
        again.p_chi2, again.p_gap, list(again.group_p))
    with pytest.raises(ValueError, match="^every group needs at least one response$"):
        core_stats.stratified_permutation_test(np.array([[1, 0]]), np.array([[3, 0]]))


def test_minimum_detectable_difference_at_the_smallest_groups():
    assert math.isnan(core_stats.minimum_detectable_difference(1, 0.3))
    # two responses per group: only the whole way to 100% could be detected
    assert core_stats.minimum_detectable_difference(2, 0.3) == pytest.approx(0.7)
    assert core_stats.minimum_detectable_difference(3, 0.3) == pytest.approx(0.7)
