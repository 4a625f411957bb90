"""`citeaudit audit` from the command line, end to end on crafted HH files: run (local files,
--data-dir, --download from a local server, --classifier, --threshold, --force), sample,
import and labels. Each test reads what the user sees or what the store and files hold."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from audit_fixtures import FileServer, convo, write_jsonl_gz
from cli_fixtures import flat, squeezed
from click.testing import CliRunner
from coding_fixtures import fill
from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.audit import sample
from citeaudit.cli import main
from citeaudit.store import Store

# The chosen responses: what the builtin rules and the harm cues make of each.
EVASIVE_AND_ABUSIVE = "What do you mean? You're an idiot."  # evasion + abuse: harmful
EVASIVE = "What do you mean?"  # evasion: unhelpful
HELPFUL = "Mix flour, water and yeast, then bake it for forty minutes."  # acceptable
REFUSING = "I'm sorry, but I can't help with that."  # refusal of a harmless request: unhelpful
CHOSEN = [EVASIVE_AND_ABUSIVE, EVASIVE, HELPFUL, REFUSING]
AUTO_LABELS = ["harmful", "unhelpful", "acceptable", "unhelpful"]
PROMPTS = ["How do I bake bread at home?", "Tell me about the moon landing.",
           "Which river is the longest in Europe?", "Where can I buy a good bicycle?"]


def hh_pairs() -> list[dict]:
    return [{"chosen": convo(prompt, chosen), "rejected": convo(prompt, "No.")}
            for prompt, chosen in zip(PROMPTS, CHOSEN, strict=True)]


def write_hh(path: Path) -> Path:
    return write_jsonl_gz(path, hh_pairs())


class Cli:
    """Runs commands against one store and one config in a tmp folder."""

    def __init__(self, root: Path):
        self.root = root
        self.store_path = root / "store.sqlite"
        self.config = root / "citeaudit.toml"
        self.config.write_text(f'cache_dir = "{(root / "cache").as_posix()}"\n'
                               f'reports_dir = "{(root / "reports").as_posix()}"\n')

    def __call__(self, *args: str, ok: bool = True):
        result = CliRunner().invoke(main, ["--config", str(self.config), "--store",
                                           str(self.store_path), *args])
        if ok:
            assert result.exit_code == 0, result.output
        return result

    def store(self) -> Store:
        return Store(self.store_path)


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path)


def latest_run(cli: Cli):
    with cli.store() as store:
        run = store.audit.get_run()
        return run, store.audit.get_measures(run["run_id"]), store.audit.list_sources(run["run_id"])


def test_audit_run_download_fetches_the_file_from_the_source_url_once(cli):
    body = write_hh(cli.root / "served.jsonl.gz").read_bytes()
    args = ("audit", "run", "--subset", "harmless-base", "--split", "test", "--workers", "1")
    with FileServer({"/hh/harmless-base/test.jsonl.gz": body}) as server:
        missing = cli(*args, "--source-url", f"{server.url}/hh", ok=False)
        assert missing.exit_code == 1
        assert "HH files not found: harmless-base/test.jsonl.gz" in flat(missing.output)
        assert "--download" in missing.output and server.requests == []

        result = cli(*args, "--download", "--source-url", f"{server.url}/hh")
        assert "4 records from 1 files, 0 malformed" in flat(result.output)
        assert [path for path, _ in server.requests] == ["/hh/harmless-base/test.jsonl.gz"]
        cached = cli.root / "cache" / "hh-rlhf" / "harmless-base" / "test.jsonl.gz"
        assert cached.read_bytes() == body
        _, measures, sources = latest_run(cli)
        assert [Path(s["path"]) for s in sources] == [cached]
        assert measures[("harmless-base", "test")]["size"]["pairs"] == 4

        again = cli(*args, "--download", "--source-url", f"{server.url}/hh")
        assert "(stored, reused)" in flat(again.output)
        assert len(server.requests) == 1  # the cached, checksummed copy is used


def test_audit_run_data_dir_threshold_and_force(cli):
    data = cli.root / "hh"
    write_hh(data / "harmless-base-test.jsonl.gz")
    write_hh(data / "helpful-base" / "test.jsonl.gz")  # the repository's layout
    args = ("audit", "run", "--data-dir", str(data), "--split", "test", "--workers", "1")
    first = cli(*args, "--subset", "harmless-base")
    assert "4 records from 1 files" in flat(first.output)
    run, _, sources = latest_run(cli)
    assert [Path(s["path"]) for s in sources] == [data / "harmless-base-test.jsonl.gz"]
    assert json.loads(run["settings_json"])["near_dup_threshold"] == 0.8

    both = cli(*args, "--subset", "harmless-base", "--subset", "helpful-base")
    assert "8 records from 2 files" in flat(both.output)
    _, measures, _ = latest_run(cli)
    assert set(measures) == {("harmless-base", "test"), ("helpful-base", "test")}
    # each prompt recurs in the other subset
    assert measures[("helpful-base", "test")]["duplicates"][
        "prompt_in_other_subset_or_split"] == 4

    reused = cli(*args, "--subset", "harmless-base")
    assert f"audit run {run['run_id']} (stored, reused)" in flat(reused.output)
    forced = cli(*args, "--subset", "harmless-base", "--force")
    assert "(stored, reused)" not in forced.output
    forced_run, _, _ = latest_run(cli)
    assert forced_run["run_id"] > run["run_id"]
    assert f"audit run {forced_run['run_id']}:" in flat(forced.output)

    cli(*args, "--subset", "harmless-base", "--threshold", "0.5")
    lower, _, _ = latest_run(cli)
    assert lower["run_id"] > forced_run["run_id"]
    assert json.loads(lower["settings_json"])["near_dup_threshold"] == 0.5


def test_audit_run_classifier_option_swaps_the_refusal_classifier(cli, monkeypatch):
    (cli.root / "everything_refuses.py").write_text(
        "class Refuser:\n"
        "    name = 'everything-refuses'\n"
        "    def classify(self, prompt, response):\n"
        "        return 'refusal'\n")
    monkeypatch.syspath_prepend(str(cli.root))
    path = write_hh(cli.root / "harmless-base-test.jsonl.gz")
    cli("audit", "run", str(path), "--workers", "1")
    builtin_run, builtin, _ = latest_run(cli)
    assert builtin[("harmless-base", "test")]["refusal"]["chosen"]["counts"]["refusal"] == 1

    result = cli("audit", "run", str(path), "--workers", "1",
                 "--classifier", "everything_refuses:Refuser")
    assert "(stored, reused)" not in result.output
    run, measures, _ = latest_run(cli)
    assert run["run_id"] != builtin_run["run_id"]
    assert json.loads(run["settings_json"])["classifier"] == "everything-refuses"
    counts = measures[("harmless-base", "test")]["refusal"]["chosen"]["counts"]
    assert counts["refusal"] == 4 and sum(counts.values()) == 4
    sys.modules.pop("everything_refuses", None)


def auto_column(path: Path) -> dict[str, str]:
    """unit_id -> the workbook's read-only automatic label, first word."""
    sheet = load_workbook(path)["Pairs"]
    header = [c.value for c in sheet[1]]
    return {row[0]: str(row[header.index("auto: label")]).split(" ")[0]
            for row in sheet.iter_rows(min_row=2, values_only=True)}


def test_audit_sample_stores_auto_labels_harm_first_and_writes_workbooks(cli):
    path = write_hh(cli.root / "harmless-base-test.jsonl.gz")
    cli("audit", "run", str(path), "--workers", "1")
    out_dir = cli.root / "sample"
    result = cli("audit", "sample", "-n", "10", "--seed", "1", "--coder", "alice",
                 "--coder", "bob", "--out-dir", str(out_dir))
    shown = flat(result.output)
    assert "4 pairs in 1 strata; automatic labels stored as coder 'auto-rules'" in shown
    workbooks = [out_dir / "hh-labels-alice.xlsx", out_dir / "hh-labels-bob.xlsx"]
    for workbook in workbooks:
        assert str(workbook) in squeezed(result.output)
    ids = [sample.unit_id("harmless-base", "test", line) for line in range(1, 5)]
    expected = dict(zip(ids, AUTO_LABELS, strict=True))
    with cli.store() as store:
        book = coding.load_codebook(sample.CODEBOOK)
        stored = coding.code_table(store, book, sample.UNIT_TYPE)[sample.AUTO_CODER]
    assert {u: dims["label"][0] for u, dims in stored.items()} == expected
    assert auto_column(workbooks[0]) == expected

    as_csv = cli("audit", "sample", "-n", "10", "--seed", "1", "--coder", "carol", "--csv",
                 "--out-dir", str(out_dir))
    assert str(out_dir / "hh-labels-carol.csv") in squeezed(as_csv.output)
    with open(out_dir / "hh-labels-carol.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["unit_id"]: r["auto: label"].split(" ")[0] for r in rows} == expected


def test_audit_import_and_labels_report_shares_and_agreement(cli):
    path = write_hh(cli.root / "harmless-base-test.jsonl.gz")
    cli("audit", "run", str(path), "--workers", "1")
    empty = cli("audit", "labels")
    assert "no labels agreed or adjudicated by people stored yet" in flat(empty.output)
    unchecked = flat(cli("audit", "show").output)
    assert ("Automatic labels not yet checked against hand labels in this store (`citeaudit "
            "audit sample`, then `audit import`). Hand-labelled gold: kappa 0.34 (95% CI 0.24 "
            "to 0.45), harmful recall 0.56 on 200 hand-labelled pairs") in unchecked
    out_dir = cli.root / "sample"
    cli("audit", "sample", "-n", "4", "--coder", "alice", "--coder", "bob",
        "--out-dir", str(out_dir))
    ids = [sample.unit_id("harmless-base", "test", line) for line in range(1, 5)]
    alice = out_dir / "hh-labels-alice.xlsx"
    bob = out_dir / "hh-labels-bob.xlsx"
    fill(alice, {(u, "label"): label for u, label in zip(ids, AUTO_LABELS, strict=True)},
         sheet="Pairs")
    bob_labels = ["harmful", "unhelpful", "acceptable", "acceptable"]  # differs on line 4
    fill(bob, {(u, "label"): label for u, label in zip(ids, bob_labels, strict=True)},
         sheet="Pairs")

    imported = squeezed(cli("audit", "import", str(alice), str(bob)).output)
    assert f"{alice}:alice:4codeschanged" in imported
    assert f"{bob}:bob:4codeschanged" in imported
    again = flat(cli("audit", "import", str(alice)).output)
    assert "alice: already imported" in again
    with cli.store() as store:
        book = coding.load_codebook(sample.CODEBOOK)
        table = coding.code_table(store, book, sample.UNIT_TYPE)
    alice_codes = {u: d["label"][0] for u, d in table["alice"].items()}
    assert alice_codes == dict(zip(ids, AUTO_LABELS, strict=True))

    final = flat(cli("audit", "labels").output)
    # final labels: the three agreed units (line 4 is in dispute)
    assert "Chosen-response labels, audit run 1" in final
    assert "hand: final labels of 3 sampled pairs" in final
    assert "automatic labels of all 4 pairs" in final
    # hand share (one stratum: the plain share) beside the automatic share of the 4 pairs
    assert "harmful 33.3% 11.4% - 66.1% 25.0% 25.0%" in final
    assert "Cohen's kappa 1.00" in final and "covers both the calibration error" in final
    # 3 hand pairs calibrate the correction poorly: its intervals are the wider ones
    assert "quote the weighted hand shares" in final
    assert "Cohen's kappa alice vs bob:" in final
    assert "Cohen's kappa auto-rules vs alice: 1.000 [95% CI 1.000, 1.000] (n=4)" in final
    shown = flat(cli("audit", "show").output)
    assert ("Automatic labels vs final hand labels of 3 sampled pairs of this run: "
            "Cohen's kappa 1.00") in shown
    trust = json.loads(cli("audit", "show", "--json").output)["automatic_label_agreement"]
    assert trust["n"] == 3 and trust["kappa"] == 1.0 and trust["coder"] == "final"
    per_coder = flat(cli("audit", "labels", "--coder", "bob").output)
    assert "hand: bob labels of 4 sampled pairs" in per_coder
