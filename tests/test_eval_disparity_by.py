"""`citeaudit eval disparity --by gender|intersection` on the names suite: a local
OpenAI-compatible server refuses women's names more often; by gender the difference is found,
by group it is not (each group holds both genders, one row each), by intersection every
group / gender cell is listed with its n and too-small flag; CSV columns, a bad --by, and
suites without gender."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from cli_fixtures import flat
from click.testing import CliRunner
from eval_fixtures import REFUSAL, refuse_women_more
from fake_openai import FakeOpenAI

from citeaudit.cli import main
from citeaudit.core.errors import CiteauditError
from citeaudit.evals.analysis import eval_tables
from citeaudit.store import Store

PER_CELL = 20  # prompts per group x gender: 440 in all (22 cells)


def invoke(store: Path, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, ["--store", str(store), "eval", *map(str, args)])
    assert result.exit_code == code, result.output
    return flat(result.output)


@pytest.fixture(scope="module")
def names_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("by") / "store.sqlite"
    with FakeOpenAI(refuse_women_more) as server:
        invoke(store, "generate", "--suite", "names", "--limit", str(22 * PER_CELL),
               "--backend", "openai", "--base-url", server.base_url, "--model", "m")
    invoke(store, "classify")
    return store


def disparity(store: Path, out_dir: Path, *options: str) -> tuple[dict[str, pd.DataFrame], str]:
    shown = invoke(store, "disparity", "--permutations", "500", *options, "--out-dir", out_dir)
    tables = {name: pd.read_csv(out_dir / f"eval_{name}.csv", encoding="utf-8-sig")
              for name in ("rates", "tests", "group_vs_rest", "quality_of_service")}
    return tables, shown


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def test_by_gender_finds_that_women_are_refused_more(names_store, tmp_path):
    tables, shown = disparity(names_store, tmp_path, "--by", "gender")
    qos = tables["quality_of_service"].set_index("gender")
    assert list(qos.index) == ["female", "male"] and (qos["safe_n"] == 11 * PER_CELL).all()
    assert qos.loc["female", "safe_refusal"] > qos.loc["male", "safe_refusal"] + 0.2
    tests = tables["tests"]
    assert set(tests["by"]) == {"gender"} and (tests["groups"] == 2).all()
    assert tests["verdict"].str.startswith("groups differ").all()
    assert "Does it depend on the gender?" in shown and "groups differ" in shown
    assert "m · names: safe prompts not served vs unsafe prompts refused, per gender" in shown
    assert f"female {11 * PER_CELL} " in shown
    assert set(tables["group_vs_rest"]["gender"]) == {"female", "male"}


def test_by_group_keeps_both_genders_in_each_group_and_finds_no_group_difference(
        names_store, tmp_path):
    tables, shown = disparity(names_store, tmp_path, "--by", "group")
    by_cell, _ = disparity(names_store, tmp_path / "cells", "--by", "intersection")
    rates = tables["rates"][tables["rates"]["prompt_class"] == "safe"].set_index("group")
    cells = by_cell["rates"][by_cell["rates"]["prompt_class"] == "safe"]
    summed = cells.groupby("group")[["n", "refusals"]].sum()
    assert len(rates) == 11 and (rates["n"] == 2 * PER_CELL).all()
    assert (rates[["n", "refusals"]] == summed.loc[rates.index]).all().all()
    assert not tables["tests"]["verdict"].str.startswith("groups differ").any()
    assert set(tables["tests"]["by"]) == {"group"} and "groups differ" not in shown
    assert "gender" not in tables["rates"].columns


def test_by_intersection_lists_every_group_and_gender_cell_with_n_and_small_flags(
        names_store, tmp_path):
    tables, shown = disparity(names_store, tmp_path, "--by", "intersection")
    rates = tables["rates"][tables["rates"]["prompt_class"] == "safe"]
    assert len(rates) == 22 and (rates["n"] == PER_CELL).all() and rates["too_small"].all()
    assert (rates["intersection"] == rates["group"] + " / " + rates["gender"]).all()
    assert set(rates["gender"]) == {"female", "male"} and rates["group"].nunique() == 11
    assert "Black / female 20 (too small)" in shown and "Sikh / male 20 (too small)" in shown
    assert "Does it depend on the intersection?" in shown
    tests = tables["tests"]
    assert (tests["groups"] == 22).all() and (tests["small_groups"] == 22).all()
    vs_rest = tables["group_vs_rest"]
    assert len(vs_rest) == 2 * 22 and vs_rest["too_small"].all()  # two outcomes on safe prompts
    female = vs_rest[(vs_rest["gender"] == "female") & (vs_rest["outcome"] == "refused")]
    assert (female["rate"] > female["rest_rate"]).mean() > 0.8
    shown_small, _ = disparity(names_store, tmp_path / "small", "--by", "intersection",
                               "--min-n", "20")
    assert not shown_small["rates"]["too_small"].any()


def test_csv_columns_name_what_was_compared(names_store, tmp_path):
    disparity(names_store, tmp_path, "--by", "intersection")
    rates = header(tmp_path / "eval_rates.csv")
    assert rates[:7] == ["model", "suite", "prompt_class", "intersection", "group", "gender",
                         "n"]
    qos = header(tmp_path / "eval_quality_of_service.csv")
    assert qos[:6] == ["model", "suite", "intersection", "group", "gender", "safe_n"]
    vs_rest = header(tmp_path / "eval_group_vs_rest.csv")
    assert vs_rest[:7] == ["model", "suite", "prompt_class", "outcome", "intersection",
                           "group", "gender"]
    assert header(tmp_path / "eval_tests.csv")[:5] == ["model", "suite", "prompt_class",
                                                       "outcome", "by"]
    heatmap = header(tmp_path / "eval_heatmap.csv")
    assert "Black / female" in heatmap and len(heatmap) == 3 + 22
    disparity(names_store, tmp_path / "gender", "--by", "gender")
    assert header(tmp_path / "gender" / "eval_rates.csv")[:5] == [
        "model", "suite", "prompt_class", "gender", "n"]


def test_a_bad_by_value_is_refused(names_store, tmp_path):
    shown = invoke(names_store, "disparity", "--by", "race", "--out-dir", tmp_path / "x",
                   code=2)
    assert "Invalid value for '--by': 'race' is not one of 'group', 'gender', 'intersection'" \
        in shown
    assert not (tmp_path / "x").exists()
    with Store(names_store) as store, pytest.raises(
            CiteauditError, match="cannot analyse by 'race': choose one of group, gender, "
                                  "intersection"):
        eval_tables(store, by="race")


def _file_suite(store: Path, folder: Path) -> None:
    """Six safe prompts with a group but no gender, answered by model m."""
    path = folder / "plain.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["prompt_id", "prompt", "response", "model", "group", "template_id",
                         "unsafe"])
        writer.writerows([i, f"Question {i} on {g}?", REFUSAL if i % 2 else "An answer.", "m",
                          g, f"t{i % 3}", "false"] for i, g in enumerate(["A", "B"] * 3))
    invoke(store, "import", path)
    invoke(store, "classify")


def test_a_suite_without_gender_is_an_error_by_gender_and_left_out_beside_names(tmp_path):
    store = tmp_path / "store.sqlite"
    _file_suite(store, tmp_path)
    shown = invoke(store, "disparity", "--by", "gender", "--out-dir", tmp_path / "none",
                   code=1)
    assert ("no labelled response has a gender (suites: plain): gender and intersection come "
            "with the names suite") in shown
    assert not (tmp_path / "none").exists()
    with FakeOpenAI(refuse_women_more) as server:
        invoke(store, "generate", "--suite", "names", "--limit", "44", "--backend", "openai",
               "--base-url", server.base_url, "--model", "m")
    invoke(store, "classify")
    tables, shown = disparity(store, tmp_path / "out", "--by", "intersection")
    assert "note: left out, their prompts have no intersection (m · plain: 6 responses)" in shown
    assert set(tables["rates"]["suite"]) == {"names"}
    left_out = pd.read_csv(tmp_path / "out" / "eval_left_out.csv", encoding="utf-8-sig")
    assert left_out.to_dict("records") == [{"model": "m", "suite": "plain", "responses": 6,
                                            "missing": "intersection"}]
