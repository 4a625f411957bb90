"""`citeaudit audit filter`: every rule run from the command line over a crafted HH file, with
what each writes (the pairs kept, in order), what the manifest counts and what it prints."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from audit_fixtures import convo, write_jsonl_gz
from cli_output import flat
from click.testing import CliRunner
from coding_fixtures import fill

from citeaudit.audit.filter import RULES
from citeaudit.audit.sample import unit_id
from citeaudit.cli import main

BRIDGE = ("Please tell me about the history of the old stone bridge over the river in our small "
          "town and who built it and why they chose that spot near the mill")


def pair(prompt: str, chosen: str, rejected: str, *, before: str = "") -> dict:
    return {"chosen": before + convo(prompt, chosen), "rejected": before + convo(prompt, rejected)}


# One pair per rule to catch, named; the file holds them in this order (lines 1..12).
PAIRS = {
    "plain": pair("How do I bake bread?", "Mix flour, water and yeast, then bake.", "No."),
    "refusal": pair("How do I bake a cake?", "I'm sorry, but I can't help with that.",
                    "Use flour."),
    "evasion": pair("How do I boil an egg?", "What do you mean?", "Boil it."),
    "empty": pair("How do I fry rice?", "   ", "Fry it."),
    "violent": pair("How do I make a poison to kill my neighbor?",
                    "Sure, here is how: mix the toxic chemical and put it in the drink.",
                    "I can't help."),
    "abusive": pair("What do you think of me?", "You are a stupid worthless idiot.",
                    "You seem nice."),
    "identity": pair("What holidays do Muslims celebrate?", "Eid al-Fitr and Eid al-Adha.",
                     "Some."),
    "same-pair": pair("How do I bake bread?", "Mix flour, water and yeast, then bake.", "No."),
    "same-prompt": pair("How do I bake bread?", "Knead the dough well and bake it hot.",
                        "Buy it."),
    "bridge": pair(BRIDGE + "?", "It was built in 1820 by the miller.", "I don't know."),
    "near-bridge": pair(BRIDGE + " please?", "The miller built it long ago.", "No idea."),
    "broken": pair("How do I plant seeds?", "Dig a hole and plant them.", "Throw them.",
                   before="Some text first"),
}
LINE = {name: i for i, name in enumerate(PAIRS, start=1)}

# What each rule drops from the file above.
DROPS = {
    "refusal": {"refusal"},
    "evasion": {"evasion", "empty"},
    "auto-harmful": {"violent", "abusive"},
    "identity": {"identity"},
    "duplicate-pair": {"same-pair"},
    "duplicate-prompt": {"same-pair", "same-prompt"},
    # every pair whose prompt is close to an earlier one's, exact copies included
    "near-duplicate": {"same-pair", "same-prompt", "near-bridge"},
    "broken": {"broken"},
}
# Human (final) labels typed into the labelling workbook; the rest are "acceptable".
HUMAN_LABELS = {"violent": "harmful", "abusive": "harmful", "evasion": "unhelpful"}
DROPS |= {label: {n for n, given in HUMAN_LABELS.items() if given == label}
          for label in ("harmful", "unhelpful")}


def invoke(store: Path, *args: str):
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def audited(tmp_path_factory) -> Path:
    """A store with a finished audit of the crafted file and alice's labels of every pair."""
    folder = tmp_path_factory.mktemp("audited")
    store = folder / "store.sqlite"
    data = write_jsonl_gz(folder / "hh" / "harmless-base-test.jsonl.gz", list(PAIRS.values()))
    invoke(store, "audit", "run", str(data), "--workers", "1")
    invoke(store, "audit", "sample", "-n", str(len(PAIRS)), "--coder", "alice",
           "--out-dir", str(folder / "sample"))
    (workbook,) = (folder / "sample").glob("*alice*.xlsx")
    fill(workbook, {(unit_id("harmless-base", "test", line), "label"):
                    HUMAN_LABELS.get(name, "acceptable") for name, line in LINE.items()},
         sheet="Pairs")
    invoke(store, "audit", "import", str(workbook))
    return store


def filtered(store: Path, out_dir: Path, *rules: str):
    """Run `audit filter`; what it printed, the pairs written (by name, in order), and the
    manifest."""
    args = [arg for rule in rules for arg in ("--drop", rule)]
    result = invoke(store, "audit", "filter", *args, "--out-dir", str(out_dir))
    written = out_dir / "harmless-base" / "test.jsonl.gz"
    with gzip.open(written, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    return result, records, manifest


def kept_records(dropped: set[str]) -> list[dict]:
    return [record for name, record in PAIRS.items() if name not in dropped]


def test_the_tests_cover_every_rule():
    assert set(DROPS) == set(RULES)


@pytest.mark.parametrize("rule", sorted(DROPS))
def test_each_rule_drops_exactly_its_pairs(audited, tmp_path, rule):
    result, records, manifest = filtered(audited, tmp_path / "out", rule)
    dropped = DROPS[rule]
    assert records == kept_records(dropped)
    (entry,) = manifest["files"]
    assert (entry["kept"], entry["removed"]) == (len(PAIRS) - len(dropped), len(dropped))
    assert manifest["removed_by_rule"] == {rule: len(dropped)}
    assert manifest["rules"] == {rule: RULES[rule]}
    assert (f"kept {len(PAIRS) - len(dropped)}, removed {len(dropped)} ({rule} {len(dropped)})"
            in flat(result.output))
    assert "warning" not in result.output


def test_rules_combine_and_the_manifest_counts_every_rule_that_named_a_pair(audited, tmp_path):
    rules = ("duplicate-pair", "near-duplicate", "harmful", "refusal")
    result, records, manifest = filtered(audited, tmp_path / "out", *rules)
    dropped = set().union(*(DROPS[rule] for rule in rules))
    assert records == kept_records(dropped)
    counts = {rule: len(DROPS[rule]) for rule in rules}
    assert manifest["removed_by_rule"] == counts
    (entry,) = manifest["files"]
    assert entry["removed_by_rule"] == counts and entry["removed"] == len(dropped) == 6
    assert (f"kept {len(PAIRS) - 6}, removed 6 (duplicate-pair 1, near-duplicate 3, harmful 2, "
            "refusal 1)" in flat(result.output))


def test_the_written_file_is_hh_format_with_checksums_in_the_manifest(audited, tmp_path):
    from citeaudit.audit.sources import sha256_file

    out_dir = tmp_path / "out"
    result, _records, manifest = filtered(audited, out_dir, "broken")
    (entry,) = manifest["files"]
    written = out_dir / "harmless-base" / "test.jsonl.gz"
    assert entry["output"] == str(written) and entry["output_sha256"] == sha256_file(written)
    assert entry["source_sha256"] == sha256_file(Path(entry["source"]))
    assert entry["malformed_skipped"] == 0
    assert f"manifest: {out_dir / 'manifest.json'}" in flat(result.output)
    # the filtered file audits again, with the broken pair gone
    again = invoke(audited.parent / "again.sqlite", "audit", "run", str(written), "--workers",
                   "1")
    assert f"{len(PAIRS) - 1} records" in flat(again.output)


def test_label_rules_without_human_labels_warn_and_drop_nothing(tmp_path):
    store = tmp_path / "store.sqlite"
    data = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", list(PAIRS.values()))
    invoke(store, "audit", "run", str(data), "--workers", "1")
    result, records, manifest = filtered(store, tmp_path / "out", "harmful", "unhelpful")
    assert records == list(PAIRS.values())
    assert manifest["removed_by_rule"] == {}
    assert ("warning: no final human labels are stored, so harmful and unhelpful removed "
            "nothing" in flat(result.output))


def test_an_unknown_rule_is_named_with_the_known_ones_and_nothing_is_written(audited, tmp_path):
    out_dir = tmp_path / "out"
    result = CliRunner().invoke(main, ["--store", str(audited), "audit", "filter", "--drop",
                                       "refusal", "--drop", "nonsense", "--out-dir",
                                       str(out_dir)])
    assert result.exit_code == 1
    assert flat(result.output) == (f"error: unknown or no filter rules ['nonsense']; known: "
                                   f"{', '.join(RULES)}")
    assert not out_dir.exists()
