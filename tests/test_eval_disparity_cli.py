"""`citeaudit eval disparity` from the command line: nothing is pooled across suites or prompt
classes, the CSV tables hold what statsmodels computes from the same responses (Wilson and
Newcombe intervals, the Cochran-Mantel-Haenszel test, Holm and BH), small cells are flagged,
and --suite / --model filter."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from cli_fixtures import flat
from click.testing import CliRunner
from eval_fixtures import REFUSAL, write_generations
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

from citeaudit.cli import main

METHOD = {"holm": "holm", "bh": "fdr_bh"}  # our --correction -> statsmodels' method
CELL = ["model", "suite", "prompt_class"]
FAMILY = [*CELL, "outcome"]  # one family of tests per model, suite, prompt class and outcome
NON_ANSWER_TEXT = "..."  # letterless: the rules label it non_answer


def _with_non_answers(rows: list[dict]) -> list[dict]:
    """Every fifth compliant response becomes a non-answer, so not-served differs from
    refused."""
    for i, row in enumerate(rows):
        if row["response"] != REFUSAL and i % 5 == 0:
            row["response"] = NON_ANSWER_TEXT
    return rows


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def classified(tmp_path_factory):
    """A store with two suites of safe and unsafe prompts from two models, labelled by the
    rules; the rows with their truth (refused, not_served)."""
    folder = tmp_path_factory.mktemp("eval")
    store = folder / "store.sqlite"
    frames = []
    for suite, seed in (("identity", 0), ("names", 1)):
        rows = _with_non_answers(write_generations(folder / f"{suite}.csv", seed=seed))
        for row in rows:  # another suite asks other questions
            row["prompt"] = f"{suite}: {row['prompt']}"
        _write(folder / f"{suite}.csv", rows)
        result = CliRunner().invoke(main, ["--store", str(store), "eval", "import",
                                           str(folder / f"{suite}.csv"), "--suite", suite])
        assert result.exit_code == 0, result.output
        frames.append(pd.DataFrame(rows).assign(suite=suite))
    result = CliRunner().invoke(main, ["--store", str(store), "eval", "classify"])
    assert result.exit_code == 0, result.output
    frame = pd.concat(frames, ignore_index=True)
    frame["prompt_class"] = np.where(frame["unsafe"], "unsafe", "safe")
    frame["refused"] = (frame["response"] == REFUSAL).astype(int)
    frame["not_served"] = frame["response"].isin([REFUSAL, NON_ANSWER_TEXT]).astype(int)
    return store, frame


def disparity(store: Path, out_dir: Path, *options: str) -> tuple[dict[str, pd.DataFrame], str]:
    result = CliRunner().invoke(main, ["--store", str(store), "eval", "disparity",
                                       "--permutations", "500", *options,
                                       "--out-dir", str(out_dir)])
    assert result.exit_code == 0, result.output
    names = ("rates", "tests", "group_vs_rest", "quality_of_service", "heatmap")
    return ({name: pd.read_csv(out_dir / f"eval_{name}.csv", encoding="utf-8-sig")
             for name in names}, flat(result.output))


def test_no_table_pools_suites_or_safe_and_unsafe_prompts(classified, tmp_path):
    store, frame = classified
    tables, _shown = disparity(store, tmp_path)
    truth = frame.groupby([*CELL, "group"]).agg(n=("refused", "size"),
                                               refusals=("refused", "sum"),
                                               not_served=("not_served", "sum"))
    rates = tables["rates"].set_index([*CELL, "group"]).sort_index()
    # one row per model, suite, prompt class and group, and each holds only that cell
    assert list(rates.index) == list(truth.index)
    assert (rates[["n", "refusals", "not_served"]] == truth).all().all()
    assert rates["n"].max() == 6  # a pooled row would have 12 (safe + unsafe) or 24 (suites)
    for name in ("tests", "group_vs_rest", "heatmap"):
        table = tables[name]
        assert set(table["suite"]) == {"identity", "names"}, name
        assert set(table["prompt_class"]) == {"safe", "unsafe"}, name
    tests = tables["tests"]
    assert (tests["n"] == 18).all()  # 3 groups x 6 prompts of one suite and class
    # the headline on safe prompts is not being served; refusal is the outcome on unsafe ones
    assert set(tests.loc[tests["prompt_class"] == "safe", "outcome"]) == {"not_served",
                                                                          "refused"}
    assert set(tests.loc[tests["prompt_class"] == "unsafe", "outcome"]) == {"refused"}
    assert len(tables["heatmap"]) == 2 * 2 * 2  # models x suites x classes


def test_quality_of_service_counts_non_answers_as_not_served(classified, tmp_path):
    store, frame = classified
    tables, shown = disparity(store, tmp_path)
    qos = tables["quality_of_service"]
    assert len(qos) == 2 * 2 * 3  # models x suites x groups, safe and unsafe side by side
    for row in qos.itertuples():
        part = frame[(frame["model"] == row.model) & (frame["suite"] == row.suite)
                     & (frame["group"] == row.group)]
        safe, unsafe = part[~part["unsafe"]], part[part["unsafe"]]
        k = int(safe["not_served"].sum())
        low, high = proportion_confint(k, len(safe), method="wilson")
        assert (row.safe_n, row.safe_not_served) == (len(safe), pytest.approx(k / len(safe)))
        assert (row.safe_not_served_low, row.safe_not_served_high) == (
            pytest.approx(low, abs=1e-12), pytest.approx(high, abs=1e-12))
        assert row.safe_refusal == pytest.approx(safe["refused"].mean())
        assert row.safe_non_answer == pytest.approx((safe["response"] == NON_ANSWER_TEXT).mean())
        assert row.unsafe_refusal == pytest.approx(unsafe["refused"].mean())
        assert row.safe_too_small and row.unsafe_too_small  # 6 < 30
    assert (qos["safe_not_served"] > qos["safe_refusal"]).any()
    first = qos.iloc[0]
    assert (f"{first.group} 6 (too small) {first.safe_not_served:.1%} "
            f"{first.safe_not_served_low:.1%} - {first.safe_not_served_high:.1%} "
            f"{first.safe_refusal:.1%} {first.safe_non_answer:.1%} 6 (too small) "
            f"{first.unsafe_refusal:.1%}") in shown
    assert "m1 · identity: safe prompts not served vs unsafe prompts refused" in shown
    assert "Cells under 30 responses (--min-n) are too small to compare" in shown


def test_min_n_sets_which_cells_are_too_small(classified, tmp_path):
    store, _frame = classified
    tables, shown = disparity(store, tmp_path, "--min-n", "6")
    assert "too small)" not in shown and not tables["rates"]["too_small"].any()
    assert "Cells under 6 responses (--min-n)" in shown
    tables, _shown = disparity(store, tmp_path / "seven", "--min-n", "7")
    assert tables["rates"]["too_small"].all() and tables["group_vs_rest"]["too_small"].all()


def test_suite_and_model_options_filter(classified, tmp_path):
    store, _frame = classified
    tables, shown = disparity(store, tmp_path, "--suite", "names", "--model", "m2")
    for name in ("rates", "tests", "group_vs_rest", "quality_of_service"):
        assert set(tables[name]["suite"]) == {"names"} and set(tables[name]["model"]) == {"m2"}
    assert "m2 · names" in shown and "identity" not in shown and "m1" not in shown
    result = CliRunner().invoke(main, ["--store", str(store), "eval", "disparity", "--suite",
                                       "xstest", "--out-dir", str(tmp_path / "none")])
    assert result.exit_code != 0
    assert ("no labelled generations in suite xstest; stored: identity, names"
            in " ".join(result.output.split()))
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("correction", ["holm", "bh"])
def test_corrections_adjust_each_family_as_statsmodels_multipletests(classified, tmp_path,
                                                                      correction):
    store, _frame = classified
    table = disparity(store, tmp_path, "--correction", correction)[0]["group_vs_rest"]
    assert set(table["correction"]) == {correction}
    for _family, tests in table.groupby(FAMILY):
        np.testing.assert_allclose(tests["cmh_p_adjusted"],
                                   multipletests(tests["cmh_p"], method=METHOD[correction])[1])
        for method, column in (("holm", "perm_p_holm"), ("fdr_bh", "perm_p_bh")):
            np.testing.assert_allclose(tests[column],
                                       multipletests(tests["perm_p"], method=method)[1])


def observed_minus_expected(strata: list[np.ndarray]) -> float:
    """Sum over strata of a - E[a]: statsmodels' CMH subtracts 0.5 from |this| even when
    it is smaller, where the test should stop at 0."""
    return sum(t[0, 0] - t[0].sum() * t[:, 0].sum() / t.sum() for t in strata)


def test_each_group_against_the_rest_matches_statsmodels(classified, tmp_path):
    store, frame = classified
    table = disparity(store, tmp_path)[0]["group_vs_rest"]
    assert len(table) == 2 * 2 * 3 * 3  # models x suites x (2 safe + 1 unsafe outcome) x groups
    for row in table.itertuples():
        part = frame[(frame["model"] == row.model) & (frame["suite"] == row.suite)
                     & (frame["prompt_class"] == row.prompt_class)]
        inside = part["group"] == row.group
        k1, n1 = int(part.loc[inside, row.outcome].sum()), int(inside.sum())
        k2, n2 = int(part.loc[~inside, row.outcome].sum()), int((~inside).sum())
        assert (row.n, row.rate, row.rest_rate) == (n1, pytest.approx(k1 / n1),
                                                    pytest.approx(k2 / n2))
        low, high = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb",
                                               compare="diff")
        assert (row.diff_low, row.diff_high) == (pytest.approx(low), pytest.approx(high))
        strata = [np.array([[a, n_in - a], [c, n_out - c]])
                  for a, n_in, c, n_out in (
                      (int(t.loc[t["group"] == row.group, row.outcome].sum()),
                       int((t["group"] == row.group).sum()),
                       int(t.loc[t["group"] != row.group, row.outcome].sum()),
                       int((t["group"] != row.group).sum()))
                      for _, t in part.groupby("template_id"))]
        cmh = StratifiedTable(strata).test_null_odds(correction=True)
        if abs(observed_minus_expected(strata)) > 0.5:
            assert row.cmh_chi2 == pytest.approx(cmh.statistic, rel=1e-9)
            assert row.cmh_p == pytest.approx(cmh.pvalue, rel=1e-9)
        else:  # the continuity correction never overshoots (as R's mantelhaen.test)
            assert (row.cmh_chi2, row.cmh_p) == (0.0, 1.0)
        assert 1 / 501 <= row.perm_p <= 1


def test_tests_table_gives_gap_chance_level_power_and_verdict(classified, tmp_path):
    store, frame = classified
    tables, shown = disparity(store, tmp_path)
    tests = tables["tests"]
    for row in tests.itertuples():
        part = frame[(frame["model"] == row.model) & (frame["suite"] == row.suite)
                     & (frame["prompt_class"] == row.prompt_class)]
        rates = part.groupby("group")[row.outcome].mean()
        assert row.gap == pytest.approx(rates.max() - rates.min())
        assert (row.max_group, row.min_group) == (rates.idxmax(), rates.idxmin())
        assert 0 <= row.gap_chance <= 1 and row.permutations == 500
        assert row.mdd_80 > 0.25 or row.base_rate in (0, 1) or row.chi2_perm_p < 0.05
    # six responses per group cannot show a 25-point difference: the output says so
    quiet = tests[tests["chi2_perm_p"] >= 0.05]
    assert len(quiet) and quiet["verdict"].str.startswith("uninformative").all()
    assert "uninformative: with 6 responses per group only a rise of" in shown
    assert "chance gap" in shown and "500 permutations" in shown
    assert not re.search(r"groups differ", " ".join(quiet["verdict"]))


def test_the_bootstrap_option_is_gone(classified, tmp_path):
    store, _frame = classified
    result = CliRunner().invoke(main, ["--store", str(store), "eval", "disparity",
                                       "--bootstrap", "200", "--out-dir", str(tmp_path)])
    assert result.exit_code == 2 and "No such option '--bootstrap'" in result.output


def test_prompts_without_a_safety_label_form_their_own_class(tmp_path):
    rows = write_generations(tmp_path / "plain.csv")
    for row in rows:
        del row["unsafe"]
    _write(tmp_path / "plain.csv", rows)
    store = tmp_path / "s.sqlite"
    for args in (["import", str(tmp_path / "plain.csv")], ["classify"]):
        result = CliRunner().invoke(main, ["--store", str(store), "eval", *args])
        assert result.exit_code == 0, result.output
    tables, shown = disparity(store, tmp_path / "out")
    assert set(tables["rates"]["prompt_class"]) == {"unknown"}
    assert set(tables["tests"]["outcome"]) == {"refused"} and tables["quality_of_service"].empty
    assert (tables["rates"]["n"] == 12).all()
    assert "m1 · plain: refusal per group (prompts without a safety label" in shown
