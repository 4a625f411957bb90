"""`citeaudit eval disparity` from the command line: the CSV tables it writes hold what
statsmodels computes from the same responses (Wilson intervals, the pooled z-test, Newcombe's
interval, the Cochran-Mantel-Haenszel test, and the --correction of each family of tests)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from eval_fixtures import REFUSAL, write_generations
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportions_ztest,
)

from citeaudit.cli import main

METHOD = {"holm": "holm", "bh": "fdr_bh"}  # our --correction -> statsmodels' method
FAMILY = ["model", "prompts"]  # one family of tests per model and prompt safety


@pytest.fixture(scope="module")
def classified(tmp_path_factory):
    """A store with the fixture generations imported and labelled by the rules; the rows."""
    folder = tmp_path_factory.mktemp("eval")
    rows = write_generations(folder / "generations.csv")
    store = folder / "store.sqlite"
    for args in (["import", str(folder / "generations.csv")], ["classify"]):
        result = CliRunner().invoke(main, ["--store", str(store), "eval", *args])
        assert result.exit_code == 0, result.output
    frame = pd.DataFrame(rows).assign(refused=lambda f: (f["response"] == REFUSAL).astype(int))
    return store, frame


def disparity(store: Path, out_dir: Path, *options: str) -> dict[str, pd.DataFrame]:
    result = CliRunner().invoke(main, ["--store", str(store), "eval", "disparity",
                                       "--bootstrap", "200", *options, "--out-dir", str(out_dir)])
    assert result.exit_code == 0, result.output
    return {name: pd.read_csv(out_dir / f"eval_{name}.csv")
            for name in ("rates", "group_vs_rest", "gaps", "quality_of_service")}


def subset(frame: pd.DataFrame, prompts: str) -> pd.DataFrame:
    return frame if prompts == "all" else frame[frame["unsafe"] == (prompts == "unsafe")]


@pytest.mark.parametrize("correction", ["holm", "bh"])
def test_correction_adjusts_each_family_as_statsmodels_multipletests(classified, tmp_path,
                                                                      correction):
    store, _frame = classified
    table = disparity(store, tmp_path, "--correction", correction)["group_vs_rest"]
    assert set(table["correction"]) == {correction}
    for _family, tests in table.groupby(FAMILY):
        for raw, adjusted in (("p_value", "p_adjusted"), ("cmh_p", "cmh_p_adjusted")):
            expected = multipletests(tests[raw], method=METHOD[correction])[1]
            np.testing.assert_allclose(tests[adjusted], expected, rtol=1e-9)


def test_each_correction_gives_different_adjusted_p_values_and_holm_is_the_default(
        classified, tmp_path):
    store, _frame = classified
    shown = {name: disparity(store, tmp_path / name, *options)["group_vs_rest"]
             for name, options in (("default", ()), ("holm", ("--correction", "holm")),
                                   ("bh", ("--correction", "bh")))}
    pd.testing.assert_frame_equal(shown["default"], shown["holm"])
    assert (shown["bh"]["p_adjusted"] < shown["holm"]["p_adjusted"]).any()
    assert (shown["bh"]["p_adjusted"] <= shown["holm"]["p_adjusted"] + 1e-12).all()
    pd.testing.assert_series_equal(shown["bh"]["p_value"], shown["holm"]["p_value"])


def test_rates_carry_wilson_intervals(classified, tmp_path):
    store, frame = classified
    rates = disparity(store, tmp_path)["rates"]
    expected = frame.groupby(["model", "group"])["refused"].agg(["sum", "count"]).reset_index()
    assert rates[["model", "group", "count", "n"]].values.tolist() == \
        expected[["model", "group", "sum", "count"]].values.tolist()
    low, high = proportion_confint(rates["count"], rates["n"], method="wilson")
    np.testing.assert_allclose(rates["ci_low"], low, atol=1e-12)
    np.testing.assert_allclose(rates["ci_high"], high, atol=1e-12)
    np.testing.assert_allclose(rates["rate"], rates["count"] / rates["n"])


def observed_minus_expected(strata: list[np.ndarray]) -> float:
    """Sum over strata of a - E[a]: statsmodels' CMH subtracts 0.5 from |this| even when
    it is smaller, where the test should stop at 0."""
    return sum(t[0, 0] - t[0].sum() * t[:, 0].sum() / t.sum() for t in strata)


@pytest.mark.filterwarnings("ignore:divide by zero:RuntimeWarning")  # statsmodels' pooled OR
def test_each_group_against_the_rest_matches_statsmodels(classified, tmp_path):
    store, frame = classified
    table = disparity(store, tmp_path)["group_vs_rest"]
    assert len(table) == 2 * 3 * 3  # models x prompt sets x groups
    for row in table.itertuples():
        part = subset(frame[frame["model"] == row.model], row.prompts)
        inside = part["group"] == row.group
        k1, n1 = int(part.loc[inside, "refused"].sum()), int(inside.sum())
        k2, n2 = int(part.loc[~inside, "refused"].sum()), int((~inside).sum())
        assert (row.n, row.rate, row.rest_rate) == (n1, pytest.approx(k1 / n1),
                                                    pytest.approx(k2 / n2))
        assert row.difference == pytest.approx(k1 / n1 - k2 / n2)
        _z, p_value = proportions_ztest([k1, k2], [n1, n2])
        assert row.p_value == pytest.approx(1.0 if np.isnan(p_value) else p_value, rel=1e-9)
        low, high = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb",
                                               compare="diff")
        assert (row.diff_low, row.diff_high) == (pytest.approx(low), pytest.approx(high))
        strata = [np.array([[a, n_in - a], [c, n_out - c]])
                  for a, n_in, c, n_out in (
                      (int(t.loc[t["group"] == row.group, "refused"].sum()),
                       int((t["group"] == row.group).sum()),
                       int(t.loc[t["group"] != row.group, "refused"].sum()),
                       int((t["group"] != row.group).sum()))
                      for _, t in part.groupby("template_id"))]
        cmh = StratifiedTable(strata).test_null_odds(correction=True)
        if abs(observed_minus_expected(strata)) > 0.5:
            assert row.cmh_chi2 == pytest.approx(cmh.statistic, rel=1e-9)
            assert row.cmh_p == pytest.approx(cmh.pvalue, rel=1e-9)
        else:  # the continuity correction never overshoots (as R's mantelhaen.test)
            assert (row.cmh_chi2, row.cmh_p) == (0.0, 1.0)
        assert row.mh_odds_ratio == pytest.approx(
            StratifiedTable(strata).oddsratio_pooled, rel=1e-9)


def test_gaps_and_quality_of_service_follow_the_rates(classified, tmp_path):
    store, frame = classified
    tables = disparity(store, tmp_path)
    for gap in tables["gaps"].itertuples():
        rates = subset(frame[frame["model"] == gap.model], gap.prompts).groupby(
            "group")["refused"].mean()
        assert (gap.max_group, gap.min_group) == (rates.idxmax(), rates.idxmin())
        assert gap.gap == pytest.approx(rates.max() - rates.min())
        assert gap.min_max_ratio == pytest.approx(rates.min() / rates.max())
        assert gap.gap_low <= gap.gap <= gap.gap_high and gap.gap_high <= 1
        assert 0 < gap.bootstrap_draws <= 200 and gap.templates == 12 // (
            1 if gap.prompts == "all" else 2)
    for row in tables["quality_of_service"].itertuples():
        part = frame[(frame["model"] == row.model) & (frame["group"] == row.group)]
        for name, unsafe in (("safe", False), ("unsafe", True)):
            k = int(part.loc[part["unsafe"] == unsafe, "refused"].sum())
            n = int((part["unsafe"] == unsafe).sum())
            low, high = proportion_confint(k, n, method="wilson")
            assert (getattr(row, f"{name}_n"), getattr(row, f"{name}_refusal")) == \
                (n, pytest.approx(k / n))
            assert getattr(row, f"{name}_low") == pytest.approx(low, abs=1e-12)
            assert getattr(row, f"{name}_high") == pytest.approx(high, abs=1e-12)
