"""The audit stage end to end: measures stored, reruns reused, duplicates, red-team stats,
the labelled sample through the coding round-trip, the filter, the CLI."""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from pathlib import Path

import pytest
from audit_fixtures import convo, real_split, red_team_record, write_jsonl_gz
from cli_output import in_terminal
from click.testing import CliRunner
from coding_fixtures import fill
from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.audit import sample
from citeaudit.audit import stage as audit
from citeaudit.audit.filter import write_filtered
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.refusal import BuiltinRefusalClassifier, load_classifier
from citeaudit.audit.sources import guess_source
from citeaudit.cli import main
from citeaudit.core.config import Config
from citeaudit.core.errors import ConfigError
from citeaudit.store import Store


@pytest.fixture(scope="module")
def real_run(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("audit") / "store.sqlite")
    summary = audit.run(store, Config(), sources=[guess_source(real_split())])
    yield store, summary
    store.close()


def test_real_split_measures_are_stored(real_run):
    store, summary = real_run
    assert summary.records == 2312 and summary.problems == 0 and not summary.reused
    m = store.audit.get_measures(summary.run_id)[("harmless-base", "test")]
    assert m["size"]["pairs"] == 2312
    assert sum(int(v) for v in m["turns"]["histogram"].values()) == 2312
    refusal = m["refusal"]
    assert sum(refusal["chosen"]["counts"].values()) == 2312
    assert m["duplicates"]["pairs"] == 2312
    assert "5 bands x 11 rows" in m["duplicates"]["method"]
    identity = store.audit.list_identity(summary.run_id)
    assert {r["axis"] for r in identity} >= {"gender", "race_ethnicity", "religion"}
    assert all(r["units_person"] <= r["units_raw"] for r in identity)


def test_rerun_with_same_inputs_reuses_the_stored_run(real_run):
    store, summary = real_run
    again = audit.run(store, Config(), sources=[guess_source(real_split())])
    assert again.reused and again.run_id == summary.run_id
    stored = store.audit.list_sources(summary.run_id)
    assert again.records == summary.records == sum(row["n_records"] for row in stored)


def test_settings_come_from_the_config_unless_given(tmp_path):
    lexicon = tmp_path / "terms.yaml"
    config = Config(audit_classifier="package.module:name", identity_lexicon=lexicon)
    assert audit.settings_from_config(config) == audit.AuditSettings(
        classifier="package.module:name", lexicon=str(lexicon))
    assert audit.settings_from_config(config, seed=3, classifier="builtin") == \
        audit.AuditSettings(classifier="builtin", lexicon=str(lexicon), seed=3)
    assert audit.settings_from_config(None) == audit.AuditSettings()


def _crafted_files(root: Path) -> list:
    shared = [{"chosen": convo(f"Tell me about topic number {i} please", "Sure, here it is."),
               "rejected": convo(f"Tell me about topic number {i} please", "No.")}
              for i in range(30)]
    train = write_jsonl_gz(root / "helpful-base" / "train.jsonl.gz", [
        *shared, shared[0], "{broken",
        {"chosen": convo("what are old white men like?", "I'm not going to help with that."),
         "rejected": convo("what are old white men like?", "They are bad.")},
    ])
    near = {k: v.replace("please", "please!") for k, v in shared[5].items()}
    test = write_jsonl_gz(root / "helpful-base" / "test.jsonl.gz", [shared[3], near])
    red = root / "red-team-attempts" / "red_team_attempts.jsonl.gz"
    red.parent.mkdir(parents=True)
    records = [red_team_record(i, "rlhf" if i % 2 else "plain lm", "52B" if i % 3 else "2.7B")
               for i in range(60)]
    red.write_bytes(gzip.compress(json.dumps(records).encode()))
    return [guess_source(train), guess_source(test), guess_source(red)]


def test_crafted_subsets_duplicates_problems_and_red_team(tmp_path: Path):
    with Store(tmp_path / "s.sqlite") as store:
        summary = audit.run(store, Config(), sources=_crafted_files(tmp_path),
                            settings=audit.AuditSettings(n_topics=3))
        measures = store.audit.get_measures(summary.run_id)
        train = measures[("helpful-base", "train")]
        assert train["size"] == {"pairs": 32, "malformed": 1,
                                 "malformed_by_kind": {"bad_json": 1}}
        assert train["duplicates"]["exact_duplicate_pair"] == 2
        test = measures[("helpful-base", "test")]["duplicates"]
        assert test["prompt_in_other_subset_or_split"] == 1  # shared[3]; `near` differs
        assert test["near_duplicate_prompt"] == 2
        problems = store.audit.list_problems(summary.run_id)
        assert [(p["line"], p["kind"]) for p in problems] == [(32, "bad_json")]
        red = measures[("red-team-attempts", "all")]
        groups = {(g["model_type"], g["num_params"]): g for g in red["red_team_by_model"]}
        assert groups[("all", "all")]["n"] == 60
        assert groups[("rlhf", "all")]["n"] == 30
        assert groups[("plain lm", "2.7B")]["n"] == 10
        assert store.audit.list_topics(summary.run_id)  # topics fitted on the red-team prompts
        ident = {(r["part"], r["grp"]): r for r in store.audit.list_identity(summary.run_id)
                 if r["subset"] == "helpful-base" and r["split"] == "train"}
        assert ident[("prompt", "Older people")]["units_person"] == 1


def test_sample_round_trip_shares_agreement_and_filter(tmp_path: Path):
    store = Store(tmp_path / "s.sqlite")
    run = audit.run(store, Config(), sources=[guess_source(real_split())])
    out = tmp_path / "sample"
    summary = sample.create_sample(store, run.run_id, 12, seed=3, coders=["alice", "bob"],
                                   out_dir=out)
    assert summary.n_units == 12 and len(summary.exports) == 2
    assert sum(summary.strata.values()) == 12 and len(summary.strata) >= 4
    # the workbook shows each pair's automatic label beside the empty label column
    sheet = load_workbook(summary.exports[0])["Pairs"]
    header = [c.value for c in sheet[1]]
    shown = [row[header.index("auto: label")] for row in sheet.iter_rows(min_row=2,
                                                                         values_only=True)]
    assert len(shown) == 12
    assert all(str(v).split(" ")[0] in {"acceptable", "unhelpful", "harmful"} for v in shown)
    again = sample.draw_sample(store.audit.list_pairs(run.run_id), 12, seed=3)
    ids = [sample.unit_id(r["subset"], r["split"], r["line"]) for r, _ in again]
    labels = ["acceptable", "unhelpful", "harmful"]
    fill(Path(summary.exports[0]), {(u, "label"): labels[i % 3] for i, u in enumerate(ids)},
         sheet="Pairs")
    fill(Path(summary.exports[1]), {(u, "label"): labels[i % 3] if i else "acceptable"
                                    for i, u in enumerate(ids)}, sheet="Pairs")
    for path in summary.exports:
        coding.import_file(store, path)
    shares = {s["label"]: s for s in sample.label_shares(store, "alice")}
    assert shares["harmful"]["n"] == 4 and shares["harmful"]["of"] == 12
    assert shares["harmful"]["ci_low"] < 4 / 12 < shares["harmful"]["ci_high"]
    report = sample.label_agreement(store)
    assert any(p.coder_a == sample.AUTO_CODER for p in report.pairs)
    harmful_final = sum(1 for s in sample.label_shares(store) if s["label"] == "harmful"
                        for _ in range(s["n"]))
    result = write_filtered(store, run.run_id, ["harmful", "duplicate-pair"], tmp_path / "f")
    info = result.manifest["files"][0]
    assert info["removed_by_rule"].get("harmful", 0) == harmful_final
    reloaded = [p for p in iter_source(guess_source(Path(info["output"]))) if isinstance(p, Pair)]
    assert len(reloaded) == info["kept"] == 2312 - info["removed"]
    store.close()


def test_builtin_classifier_and_the_swap_in_hook(tmp_path: Path, monkeypatch):
    rules = BuiltinRefusalClassifier()
    assert rules.classify("", "I'm sorry, but I can't help with that.") == "refusal"
    assert rules.classify("", "What do you mean?") == "evasion"
    assert rules.classify("", "   ") == "empty"
    assert rules.classify("", "Preheat the oven to 200C, then bake for 20 minutes.") == \
        "compliance"
    (tmp_path / "my_clf.py").write_text(
        "def judge(prompt, response):\n    return 'full_refusal' if 'no' in response else 'x'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    swapped = load_classifier("my_clf:judge")
    assert swapped.classify("", "no way") == "full_refusal"
    with pytest.raises(ConfigError, match="cannot be loaded"):
        load_classifier("my_clf:missing")
    sys.modules.pop("my_clf", None)


def test_cli_run_show_and_filter(tmp_path: Path):
    runner = CliRunner()
    store = str(tmp_path / "s.sqlite")
    result = runner.invoke(main, ["--store", store, "audit", "run", str(real_split())])
    assert result.exit_code == 0, result.output
    assert "2,312 records" in result.output
    shown = runner.invoke(main, ["--store", store, "audit", "show"])
    assert shown.exit_code == 0 and "Identity groups in prompts" in shown.output
    as_json = runner.invoke(main, ["--store", store, "audit", "show", "--json"])
    measures = json.loads(as_json.output)["measures"]
    assert measures["harmless-base/test"]["size"]["pairs"] == 2312
    bad = runner.invoke(main, ["--store", store, "audit", "filter", "--drop", "nonsense",
                               "--out-dir", str(tmp_path / "o")])
    assert bad.exit_code == 1 and "unknown or no filter rules" in bad.output
    empty = runner.invoke(main, ["--store", str(tmp_path / "new.sqlite"), "audit", "show"])
    assert empty.exit_code == 1 and "no finished audit run" in empty.output


REPO = Path(__file__).resolve().parents[1]


def test_cli_show_reads_in_80_columns_and_csv_dir_keeps_every_figure(tmp_path: Path):
    files = [*_crafted_files(tmp_path), guess_source(real_split())]
    long_name = write_jsonl_gz(tmp_path / "helpful-rejection-sampled" / "train.jsonl.gz", [
        {"chosen": convo(f"Question {i} about [bold]markup[/]?", "Here is an answer."),
         "rejected": convo(f"Question {i} about [bold]markup[/]?", "What?")} for i in range(5)])
    files.append(guess_source(long_name))
    store_path = tmp_path / "s.sqlite"
    with Store(store_path) as store:
        run = audit.run(store, Config(), sources=files, settings=audit.AuditSettings(n_topics=3))
        measures = store.audit.get_measures(run.run_id)
    code, shown, stderr = in_terminal(
        [sys.executable, "-m", "citeaudit", "--store", str(store_path), "audit", "show",
         "--csv-dir", str(tmp_path / "tables")], 80,
        env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=tmp_path)
    assert code == 0, stderr
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= 80, [x for x in lines if len(x) > 80]
    # every file label is whole on its line, in each section that covers it
    for label, sections in (("harmless-base/test", 4), ("helpful-rejection-sampled/train", 4),
                            ("red-team-attempts/all", 4)):
        assert sum(line.split()[0] == label for line in lines if line.strip()) == sections
    harmless = measures[("harmless-base", "test")]
    counts = harmless["refusal"]["chosen"]["counts"]
    chosen_row = lines[lines.index(next(x for x in lines if x.startswith("harmless-base/test")
                                        and len(x.split()) == 1)) + 1].split()
    assert chosen_row == ["chosen", str(harmless["lengths_words"]["chosen"]["p50"]),
                          str(harmless["empty_responses"]["chosen"]),
                          str(harmless["truncated_responses"]["chosen"]),
                          f"{counts['refusal'] / sum(counts.values()):.1%}",
                          f"{counts['evasion'] / sum(counts.values()):.1%}"]
    near = harmless["duplicates"]["near_duplicate_prompt"]
    assert any(x.split()[:2] == ["harmless-base/test", "2,312"] and x.split()[-1] == str(near)
               for x in lines if x.strip())
    assert "Identity groups in prompts" in shown and "Harm topics" in shown
    # the full tables, intervals included, are in the CSV folder
    written = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert "a4-responses-labelled-refusal-evasion.csv" in written and len(written) >= 9
    with open(tmp_path / "tables" / "a4-responses-labelled-refusal-evasion.csv",
              encoding="utf-8-sig") as handle:
        refusal_rows = {(r["subset/split"], r["label"]): r for r in csv.DictReader(handle)}
    row = refusal_rows[("harmless-base/test", "refusal")]
    assert int(row["chosen n"]) == counts["refusal"] and " to " in row["chosen 95% CI"]


def test_audit_import_of_a_formula_names_the_cell_and_stores_nothing(tmp_path: Path):
    source = write_jsonl_gz(tmp_path / "helpful-base" / "train.jsonl.gz", [
        {"chosen": convo(f"Question {i}?", f"Answer {i}."), "rejected": convo(f"Question {i}?",
                                                                              "No.")}
        for i in range(6)])
    store_path = tmp_path / "s.sqlite"
    with Store(store_path) as store:
        run = audit.run(store, Config(), sources=[guess_source(source)])
        summary = sample.create_sample(store, run.run_id, 4, seed=1, coders=["alice"],
                                       out_dir=tmp_path / "sample")
    workbook = Path(summary.exports[0])
    unit_id = load_workbook(workbook)["Pairs"]["A2"].value
    fill(workbook, {(unit_id, "label"): "=1+1"}, sheet="Pairs")
    result = CliRunner().invoke(main, ["--store", str(store_path), "audit", "import",
                                       str(workbook)])
    said = " ".join(result.output.split())
    assert result.exit_code == 1, result.output
    assert "Pairs!" in said and ": a formula (=1+1), not a value" in said
    with Store(store_path) as store:
        assert store.query("SELECT COUNT(*) FROM coding_imports")[0][0] == 0
