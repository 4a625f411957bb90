"""Disparity statistics against hand-computed values and scipy."""

import math

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
                rows.append({"model": "m", "group": group, "template_id": f"s{t}",
                             "unsafe": t >= templates // 2, "refused": int(rng.random() < rate)})
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
    table = d.group_vs_rest(frame).set_index("group")
    assert table.loc["B", "p_adjusted"] < 0.001 and table.loc["B", "cmh_p_adjusted"] < 0.001
    assert table.loc["B", "diff_low"] > 0
    assert (table["p_adjusted"] >= table["p_value"]).all()


def test_gap_bootstrap_resamples_templates():
    frame = _frame({"A": 0.1, "B": 0.6}, per_template=20)
    gap = d.gap_with_bootstrap(frame, n_boot=200)
    rates = frame.groupby("group")["refused"].mean()
    assert gap["gap"] == pytest.approx(rates["B"] - rates["A"])
    assert gap["gap_low"] <= gap["gap"] <= gap["gap_high"]
    assert gap["max_group"] == "B" and gap["templates"] == 6


def test_gap_bootstrap_equals_resampling_whole_templates():
    """The weighted-count bootstrap gives exactly what concatenating drawn templates gives,
    including draws that lose a group (a sparse group lives in one template only)."""
    rng = np.random.default_rng(3)
    rows = [{"group": g, "template_id": f"t{t}", "refused": int(rng.random() < 0.3 + 0.2 * (t % 3))}
            for t in range(7) for g in ("A", "B") for _ in range(3)]
    rows += [{"group": "C", "template_id": "t0", "refused": 1}]
    frame = pd.DataFrame(rows)
    result = d.gap_with_bootstrap(frame, n_boot=300, seed=5)

    templates = frame["template_id"].unique()
    parts = {t: part for t, part in frame.groupby("template_id")}
    draws = np.random.default_rng(5)
    gaps, ratios = [], []
    for _ in range(300):
        sample = pd.concat([parts[t] for t in draws.choice(templates, size=len(templates))])
        boot = sample.groupby("group")["refused"].mean()
        if len(boot) == 3:
            gaps.append(boot.max() - boot.min())
            if boot.max() > 0:
                ratios.append(boot.min() / boot.max())
    assert 0 < result["bootstrap_draws"] == len(gaps) < 300
    assert [result["gap_low"], result["gap_high"]] == pytest.approx(
        np.percentile(gaps, [2.5, 97.5]))
    assert [result["ratio_low"], result["ratio_high"]] == pytest.approx(
        np.percentile(ratios, [2.5, 97.5]))
    rates = frame.groupby("group")["refused"].mean()
    assert result["min_max_ratio"] == pytest.approx(rates.min() / rates.max())


def test_quality_of_service_splits_safe_and_unsafe():
    frame = _frame({"A": 0.3})
    qos = d.quality_of_service(frame).iloc[0]
    safe = frame[~frame["unsafe"]]
    assert qos["safe_n"] == len(safe)
    assert qos["safe_refusal"] == pytest.approx(safe["refused"].mean())
