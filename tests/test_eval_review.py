"""`citeaudit eval review export`: the sample has the size asked for, or says why not."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from coding_fixtures import fill
from eval_fixtures import REFUSAL
from openpyxl import load_workbook

from citeaudit.cli import main
from citeaudit.core.errors import InputError
from citeaudit.evals.review import ReviewExport, cell_quotas, export_review
from citeaudit.store import Store


def write_generations(path: Path, cells: dict[tuple[str, bool], int], start: int = 0) -> None:
    """Generations of model m1, `n` per (group, refused) cell; prompt ids from `start` on."""
    rows, k = [], start
    for (group, refused), n in cells.items():
        for _ in range(n):
            k += 1
            rows.append({"prompt_id": f"p{k}", "prompt": f"Question {k} about {group}?",
                         "response": REFUSAL if refused else f"Here is answer {k}.",
                         "model": "m1", "group": group, "axis": "demo",
                         "template_id": f"t{k}", "unsafe": False})
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def classified(tmp_path: Path, cells: dict[tuple[str, bool], int]) -> list[str]:
    """A store with these generations imported and classified; the CLI's base arguments."""
    base = ["--store", str(tmp_path / "s.sqlite"), "eval"]
    write_generations(tmp_path / "gens.csv", cells)
    runner = CliRunner()
    for args in (["import", str(tmp_path / "gens.csv")], ["classify"]):
        result = runner.invoke(main, [*base, *args])
        assert result.exit_code == 0, result.output
    return base


def export(base: list[str], path: Path, size: int) -> tuple[str, list[dict]]:
    result = CliRunner().invoke(main, [*base, "review", "export", str(path), "--coder", "alice",
                                       "--size", str(size)])
    assert result.exit_code == 0, result.output
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return " ".join(result.output.split()), list(csv.DictReader(handle))


def cell_counts(rows: list[dict]) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row["group"], row["auto: label"])
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_size_not_divisible_by_the_cells_is_still_met(tmp_path):
    # Three cells of 10 and 10 asked: 10 // 3 per cell used to give 9.
    base = classified(tmp_path, {("A", True): 10, ("B", True): 10, ("C", True): 10})
    said, rows = export(base, tmp_path / "r.csv", 10)
    assert len(rows) == 10 and "wrote 10 responses" in said and "warning" not in said
    assert sorted(cell_counts(rows).values()) == [3, 3, 4]


def test_a_small_cell_leaves_its_share_to_the_others(tmp_path):
    # Cells of 1, 10, 10 and 12 asked: a share of 4 each used to give 1 + 4 + 4 = 9.
    base = classified(tmp_path, {("A", True): 1, ("B", True): 10, ("B", False): 10})
    said, rows = export(base, tmp_path / "r.csv", 12)
    assert len(rows) == 12 and "wrote 12 responses" in said and "warning" not in said
    assert sorted(cell_counts(rows).values()) == [1, 5, 6]


def test_fewer_labelled_responses_than_asked_is_said_with_counts(tmp_path):
    base = classified(tmp_path, {("A", True): 2, ("B", False): 4})
    said, rows = export(base, tmp_path / "r.csv", 10)
    assert len(rows) == 6
    assert "wrote 6 responses" in said and "6 of 10 asked" in said
    assert "only 6 responses are labelled by 'rules'" in said
    assert "eval classify" not in said  # every generation is labelled: nothing to run


def test_unclassified_generations_are_named_as_the_cause(tmp_path):
    base = classified(tmp_path, {("A", True): 3, ("B", False): 3})
    write_generations(tmp_path / "more.csv", {("C", True): 4}, start=100)
    result = CliRunner().invoke(main, [*base, "import", str(tmp_path / "more.csv")])
    assert result.exit_code == 0, result.output
    said, rows = export(base, tmp_path / "r.csv", 10)
    assert len(rows) == 6 and {row["group"] for row in rows} == {"A", "B"}
    assert "6 of 10 asked" in said and "only 6 responses are labelled by 'rules'" in said
    assert "4 generations have no label yet" in said and "citeaudit eval classify" in said


def test_an_exact_size_is_written_without_a_warning(tmp_path):
    base = classified(tmp_path, {("A", True): 3, ("B", False): 3})
    said, rows = export(base, tmp_path / "r.csv", 6)
    assert len(rows) == 6 and "wrote 6 responses" in said and "warning" not in said


@pytest.mark.parametrize("size", ["0", "-3"])
def test_a_size_below_one_is_refused(tmp_path, size):
    base = classified(tmp_path, {("A", True): 2})
    result = CliRunner().invoke(main, [*base, "review", "export", str(tmp_path / "r.csv"),
                                       "--coder", "alice", "--size", size])
    assert result.exit_code == 2 and "--size" in result.output
    assert not (tmp_path / "r.csv").exists()


def test_allocation_is_as_even_as_the_cells_allow():
    assert cell_quotas([10, 10, 10], 10, seed=0) in ([4, 3, 3], [3, 4, 3], [3, 3, 4])
    assert cell_quotas([1, 10, 10], 12, seed=0) in ([1, 5, 6], [1, 6, 5])
    assert cell_quotas([2, 3], 10, seed=0) == [2, 3]  # everything there is
    assert cell_quotas([5, 5, 5, 5], 2, seed=0).count(1) == 2  # more cells than rows
    assert sum(cell_quotas([7, 0, 9, 3], 11, seed=4)) == 11


def test_the_library_refuses_a_size_below_one_and_hints_per_classifier(tmp_path):
    base = classified(tmp_path, {("A", True): 2})
    with Store(Path(base[1])) as store:
        with pytest.raises(InputError, match="size of 1 or more"):
            export_review(store, tmp_path / "r.csv", "alice", size=0)
    assert not (tmp_path / "r.csv").exists()
    judged = ReviewExport(tmp_path / "r.csv", 3, 5, 3, 2, "judge:big-model")
    assert "labelled by 'judge:big-model'" in judged.shortfall()
    assert "--retry-unlabelled" in judged.shortfall()
    assert ReviewExport(tmp_path / "r.csv", 5, 5, 9, 0).shortfall() is None


def test_review_import_of_a_formula_names_the_cell_and_stores_nothing(tmp_path):
    base = classified(tmp_path, {("A", True): 2, ("B", False): 2})
    review = tmp_path / "review.xlsx"
    result = CliRunner().invoke(main, [*base, "review", "export", str(review), "--coder",
                                       "alice", "--size", "4"])
    assert result.exit_code == 0, result.output
    unit_id = load_workbook(review)["Responses"]["A2"].value
    fill(review, {(unit_id, "label"): '=IF(TRUE,"full_refusal")'}, sheet="Responses")
    result = CliRunner().invoke(main, [*base, "review", "import", str(review)])
    said = " ".join(result.output.split())
    assert result.exit_code == 1, result.output
    assert "Responses!" in said and ': a formula (=IF(TRUE,"full_refusal")), not a value' in said
    with Store(tmp_path / "s.sqlite") as store:
        assert store.evals.get_labels("human") == {}
