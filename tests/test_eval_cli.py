"""`citeaudit eval` end to end on imported generations: import, classify, disparity, review."""

import csv
import re

import pandas as pd
from click.testing import CliRunner
from eval_fixtures import REFUSAL
from eval_fixtures import write_generations as _write_generations

from citeaudit.cli import main
from citeaudit.evals.analysis import eval_tables
from citeaudit.store import Store


def test_eval_end_to_end(tmp_path):
    runner = CliRunner()
    store_path = tmp_path / "s.sqlite"
    rows = _write_generations(tmp_path / "gens.csv")
    base = ["--store", str(store_path), "eval"]

    result = runner.invoke(main, [*base, "import", str(tmp_path / "gens.csv")])
    assert result.exit_code == 0, result.output
    assert "72 rows, 72 new" in result.output
    result = runner.invoke(main, [*base, "classify"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, [*base, "disparity", "--out-dir", str(tmp_path / "out"),
                                  "--permutations", "200"])
    assert result.exit_code == 0, result.output

    rates = pd.read_csv(tmp_path / "out" / "eval_rates.csv")
    truth = pd.DataFrame(rows).assign(refused=lambda f: f["response"] == REFUSAL)
    expected = truth.groupby(["model", "unsafe", "group"])["refused"].mean()
    assert len(rates) == len(expected) == 12  # per prompt class, never pooled
    for r in rates.itertuples():
        assert r.refusal_rate == expected[(r.model, r.prompt_class == "unsafe", r.group)]
        assert r.refusal_low <= r.refusal_rate <= r.refusal_high
    for name in ("tests", "group_vs_rest", "quality_of_service", "heatmap", "labels"):
        assert (tmp_path / "out" / f"eval_{name}.csv").exists()
    with Store(store_path) as store:
        tables = eval_tables(store, permutations=200)
    assert set(tables) >= {"rates", "tests", "group_vs_rest", "quality_of_service"}
    qos = tables["quality_of_service"]
    assert (qos["unsafe_refusal"] >= 0).all() and len(qos) == 6

    # human review round-trip: export, a reviewer disagrees once, import, agreement
    review = tmp_path / "review.csv"
    result = runner.invoke(main, [*base, "review", "export", str(review), "--coder", "alice",
                                  "--size", "12"])
    assert result.exit_code == 0, result.output
    with review.open(encoding="utf-8-sig", newline="") as handle:
        reviewed = list(csv.DictReader(handle))
    for i, row in enumerate(reviewed):
        row["label"] = "partial_refusal" if i == 0 else row["auto: label"]
    with review.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(reviewed[0]))
        writer.writeheader()
        writer.writerows(reviewed)
    result = runner.invoke(main, [*base, "review", "import", str(review)])
    assert result.exit_code == 0, result.output
    assert re.search(r"Cohen's kappa auto vs alice: \d\.\d{3} \[95% CI -?\d\.\d{3}, "
                     r"\d\.\d{3}\] \(n=12\)", " ".join(result.output.split()))
    # one reviewer: alpha across people is undefined and says so, not "nan"
    assert "nan" not in result.output
    with Store(store_path) as store:
        human = store.evals.get_labels("human")
    assert len(human) == len(reviewed)
    assert sorted(human.values()).count("partial_refusal") == 1


def test_eval_commands_report_bad_input_in_one_line(tmp_path):
    runner = CliRunner()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "x"}\n')
    result = runner.invoke(main, ["--store", str(tmp_path / "s.sqlite"), "eval", "import",
                                  str(bad), "--model", "m"])
    assert result.exit_code == 1
    squeezed = "".join(result.output.split())  # rich wraps long lines at any width
    assert "line1,columnresponse:missing" in squeezed
    result = runner.invoke(main, ["--store", str(tmp_path / "s.sqlite"), "eval", "classify"])
    assert result.exit_code == 1 and "no generations stored" in result.output


def test_eval_import_summary_says_what_it_numbered_and_dropped(tmp_path):
    path = tmp_path / "gens.csv"
    path.write_text("prompt_id,prompt,response,model,sample_index\n1,Why?,A.,m,\n1,Why?,B.,m,\n"
                    "2,How?,C.,m,0\n2,How?,C.,m,0\n", encoding="utf-8")
    base = ["--store", str(tmp_path / "s.sqlite"), "eval", "import", str(path)]
    first = CliRunner().invoke(main, base)
    again = CliRunner().invoke(main, base)
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    said, said_again = (" ".join(r.output.split()) for r in (first, again))
    assert "4 rows, 3 new" in said
    assert "1 duplicate rows (same model, prompt, sample_index and response" in said
    assert "1 rows without sample_index repeat a model and prompt: stored as further samples" \
        in said
    assert "4 rows, 0 new" in said_again and "3 already stored with the same response" in said_again
