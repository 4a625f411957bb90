"""`audit labels --csv`: every sampled pair's labels leave the store as a CSV."""

from __future__ import annotations

import csv

from audit_fixtures import convo, write_jsonl_gz
from cli_fixtures import flat
from click.testing import CliRunner
from coding_fixtures import fill

from citeaudit.audit import sample
from citeaudit.cli import main

CHOSEN = ["What do you mean? You're an idiot.", "What do you mean?",
          "Mix flour, water and yeast, then bake it.", "I'm sorry, but I can't help with that."]
# the pair labeller's labels: an insult is harmful, a question back or a refusal of a harmless
# request unhelpful
AUTO = ["harmful", "unhelpful", "acceptable", "unhelpful"]
ALICE = ["harmful", "unhelpful", "acceptable", "acceptable"]
BOB = ["harmful", "unhelpful", "acceptable", "unhelpful"]  # differs from alice on line 4


def cli(tmp_path, *args, ok=True):
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), *args])
    assert (result.exit_code == 0) == ok, result.output
    return flat(result.output)


def labelled_sample(tmp_path):
    """An audit run of four pairs, sampled for alice and bob, both workbooks imported."""
    hh = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", [
        {"chosen": convo(f"Question {i}?", chosen), "rejected": convo(f"Question {i}?", "No.")}
        for i, chosen in enumerate(CHOSEN)])
    cli(tmp_path, "audit", "run", str(hh), "--workers", "1")
    cli(tmp_path, "audit", "sample", "-n", "4", "--coder", "alice", "--coder", "bob",
        "--out-dir", str(tmp_path / "sample"))
    ids = [sample.unit_id("harmless-base", "test", line) for line in range(1, 5)]
    for coder, labels in (("alice", ALICE), ("bob", BOB)):
        workbook = tmp_path / "sample" / f"hh-labels-{coder}.xlsx"
        fill(workbook, {(u, "label"): v for u, v in zip(ids, labels, strict=True)}, sheet="Pairs")
        cli(tmp_path, "audit", "import", str(workbook))


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_labels_csv_holds_run_source_line_auto_and_each_persons_label(tmp_path):
    labelled_sample(tmp_path)
    path = tmp_path / "labels.csv"
    shown = cli(tmp_path, "audit", "labels", "--csv", str(path))
    assert f"wrote 4 pairs (labels of alice, bob) to {path}" in shown
    assert "Chosen-response labels, audit run 1" in shown  # the usual output is still printed
    rows = read_rows(path)
    assert list(rows[0]) == ["run", "source", "subset", "split", "line", "unit_id", "stratum",
                             "auto_label", "label_alice", "label_bob", "adjudicated",
                             "final_label"]
    assert [(r["run"], r["source"], r["line"], r["auto_label"], r["label_alice"],
             r["label_bob"], r["adjudicated"], r["final_label"]) for r in rows] == [
        ("1", "harmless-base/test", str(line), auto, alice, bob, "",
         alice if alice == bob else "")
        for line, auto, alice, bob in zip(range(1, 5), AUTO, ALICE, BOB, strict=True)]
    assert all(r["stratum"].startswith("harmless-base/test|turns 1") for r in rows)

    again = cli(tmp_path, "audit", "labels", "--csv", str(path))  # its own file: replaced
    assert "wrote 4 pairs" in again and read_rows(path) == rows


def test_labels_csv_never_replaces_another_file_and_needs_a_sample(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("my,own\nnotes,here\n", encoding="utf-8")
    hh = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", [
        {"chosen": convo("Hi?", "Hello."), "rejected": convo("Hi?", "No.")}])
    cli(tmp_path, "audit", "run", str(hh), "--workers", "1")
    shown = cli(tmp_path, "audit", "labels", "--csv", str(tmp_path / "x.csv"), ok=False)
    assert "no audit sample stored: run `citeaudit audit sample` first" in shown
    assert not (tmp_path / "x.csv").exists()

    labelled = tmp_path / "labelled"
    labelled.mkdir()
    labelled_sample(labelled)
    refused = cli(labelled, "audit", "labels", "--csv", str(path), ok=False)
    assert f"{path}: exists and is not a citeaudit audit labels CSV" in refused
    assert path.read_text(encoding="utf-8") == "my,own\nnotes,here\n"
    cli(labelled, "audit", "labels", "--csv", str(path), "--overwrite")
    assert len(read_rows(path)) == 4
