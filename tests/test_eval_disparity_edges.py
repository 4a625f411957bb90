"""Disparity statistics where the data leave nothing to test: one group, no refusals, tiny
strata, prompts without a template. The figures the report shows must still be exact."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from citeaudit.core import stats as core_stats
from citeaudit.evals import disparity as d


def test_chi_square_with_one_group_or_one_outcome_reports_nothing_to_test():
    nothing = {"chi2": 0.0, "dof": 0, "p_value": 1.0, "fisher_p": None}
    one_group = pd.DataFrame({"group": ["A"] * 4, "refused": [0, 1, 1, 0]})
    assert d.chi_square_across_groups(one_group) == {"groups": 1, "n": 4, **nothing}
    # every response refused: no variation in the outcome, though three groups
    all_refused = pd.DataFrame({"group": ["A", "B", "C", "C"], "refused": [1, 1, 1, 1]})
    assert d.chi_square_across_groups(all_refused) == {"groups": 3, "n": 4, **nothing}
    # one group never refuses: still testable
    some = pd.DataFrame({"group": ["A", "A", "B", "B", "C", "C"], "refused": [0, 0, 1, 0, 1, 1]})
    result = d.chi_square_across_groups(some)
    expected = stats.chi2_contingency(np.array([[2, 0], [1, 1], [0, 2]]), correction=False)
    assert result == {"groups": 3, "n": 6, "chi2": pytest.approx(expected[0]), "dof": 2,
                      "p_value": pytest.approx(expected[1]), "fisher_p": None}


def test_chi_square_of_two_groups_is_uncorrected_with_fisher_beside_it():
    frame = pd.DataFrame({"group": ["A"] * 10 + ["B"] * 10,
                          "refused": [1] * 2 + [0] * 8 + [1] * 7 + [0] * 3})
    table = np.array([[8, 2], [3, 7]])
    result = d.chi_square_across_groups(frame)
    assert result["chi2"] == pytest.approx(stats.chi2_contingency(table, correction=False)[0])
    assert result["fisher_p"] == pytest.approx(stats.fisher_exact(table)[1])


def test_two_proportion_test_without_variation_is_one():
    assert core_stats.two_proportion_test(0, 10, 0, 20) == 1.0
    assert core_stats.two_proportion_test(10, 10, 20, 20) == 1.0


def test_wilson_upper_bound_of_all_successes_is_one():
    assert d.wilson_interval(10, 10)[1] == pytest.approx(1.0)
    assert d.wilson_interval(10, 10, z=1.0)[0] == pytest.approx(10 / 11)


def test_adjust_names_the_unknown_correction_and_accepts_fdr_bh():
    p = [0.01, 0.04, 0.03]
    np.testing.assert_allclose(d.adjust(p, "fdr_bh"), core_stats.benjamini_hochberg(p))
    np.testing.assert_allclose(d.adjust(p), core_stats.holm(p))
    with pytest.raises(ValueError, match=r"^unknown correction 'bonferroni' \(holm, bh\)$"):
        d.adjust(p, "bonferroni")


def test_cmh_uses_strata_of_two_skips_smaller_ones_and_reports_nothing_without_variance():
    two = np.array([[1, 0], [0, 1]])
    # one stratum of two: E(a) = 1 * 1 / 2, V = 1 * 1 * 1 * 1 / (4 * 1) = 0.25
    chi2, p, odds = d.cochran_mantel_haenszel([np.array([[1, 0], [0, 0]]), two],
                                              continuity=False)
    assert chi2 == pytest.approx((1 - 0.5) ** 2 / 0.25) and odds == math.inf
    assert p == pytest.approx(stats.chi2.sf(1.0, 1))
    # the single-response stratum first must not end the sum
    assert d.cochran_mantel_haenszel([np.array([[0, 0], [1, 0]]), two, two],
                                     continuity=False)[0] == pytest.approx(1.0 ** 2 / 0.5)
    corrected = d.cochran_mantel_haenszel([two, two])[0]
    assert corrected == pytest.approx((1.0 - 0.5) ** 2 / 0.5)
    chi2, p, odds = d.cochran_mantel_haenszel([np.array([[3, 0], [2, 0]])])
    assert (chi2, p) == (0.0, 1.0) and math.isnan(odds)


def test_group_vs_rest_keeps_prompts_without_a_template_in_the_strata():
    frame = pd.DataFrame({"group": ["A", "B"] * 4,
                          "template_id": [None, None, None, None, "t", "t", "t", "t"],
                          "refused": [1, 0, 1, 0, 1, 0, 0, 1]})
    table = d.compare_groups(frame, permutations=200, model_based=False)[1].set_index("group")
    strata = [np.array([[2, 0], [0, 2]]), np.array([[1, 1], [1, 1]])]
    assert table.loc["A", "cmh_chi2"] == pytest.approx(d.cochran_mantel_haenszel(strata)[0])
    assert list(table.index) == ["A", "B"]


def test_rates_keep_a_missing_group_and_sort_the_rest():
    frame = pd.DataFrame({"model": ["m"] * 4, "group": ["B", None, "A", "B"],
                          "refused": [1, 0, 1, 0]})
    rates = d.rates_by_group(frame)
    assert list(rates["group"].fillna("(none)")) == ["A", "B", "(none)"]
    assert list(rates["n"]) == [1, 2, 1] and list(rates["rate"]) == [1.0, 0.5, 0.0]
    by_group = d.rates_by_group(frame.dropna(), by=("group",))
    assert list(by_group.columns[:3]) == ["group", "n", "count"]


def test_quality_of_service_of_a_group_with_only_safe_prompts():
    frame = pd.DataFrame({"model": ["m", "m", "m"], "suite": "s", "group": ["B", "A", "A"],
                          "unsafe": [False, False, True], "refused": [1, 0, 1],
                          "non_answer": [0, 1, 0], "not_served": [1, 1, 1]})
    table = d.quality_of_service(frame)
    assert list(table["group"]) == ["A", "B"]
    b = table.set_index("group").loc["B"]
    assert b["safe_refusal"] == 1.0 and b["unsafe_n"] == 0 and math.isnan(b["unsafe_refusal"])
    a = table.set_index("group").loc["A"]
    assert (a["safe_refusal"], a["safe_non_answer"], a["safe_not_served"]) == (0.0, 1.0, 1.0)
