"""`citeaudit audit filter` on what the plain rules tests leave out: malformed lines in the
source, a source changed since the audit, red-team transcripts in the run."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from audit_fixtures import convo, red_team_record, write_jsonl_gz
from cli_output import flat
from click.testing import CliRunner

from citeaudit.cli import main


def invoke(store: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store), *args])


def pair(i: int, chosen: str = "Mix flour and water.") -> dict:
    prompt = f"How do I bake bread number {i}?"
    return {"chosen": convo(prompt, chosen), "rejected": convo(prompt, "No.")}


def records(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_malformed_lines_are_counted_and_left_out_and_red_team_is_not_written(tmp_path):
    root = tmp_path / "données"  # the manifest keeps paths and text as written, in UTF-8
    source = write_jsonl_gz(root / "harmless-base" / "test.jsonl.gz", [
        pair(1, "Mix flour and water, then bake at 220°C."), "{broken",
        pair(2, "I'm sorry, but I can't help with that."), {"chosen": 7, "rejected": "x"},
        pair(3), "[1, 2", "[1, 2]", "null"])
    # a second pair file of the same split: each file gets its own rows
    other = write_jsonl_gz(root / "helpful-base" / "test.jsonl.gz", [
        pair(4, "I'm sorry, but I can't help with that."), pair(5), pair(6)])
    red = root / "red-team-attempts" / "red_team_attempts.jsonl.gz"
    red.parent.mkdir(parents=True)
    red.write_bytes(gzip.compress(json.dumps([red_team_record(i) for i in range(4)]).encode()))
    store = tmp_path / "s.sqlite"
    result = invoke(store, "audit", "run", str(source), str(other), str(red), "--workers", "1")
    assert result.exit_code == 0, result.output
    out_dir = tmp_path / "filtered"
    for _ in range(2):  # a second filter into the same folder replaces the first
        result = invoke(store, "audit", "filter", "--drop", "refusal", "--out-dir", str(out_dir))
        assert result.exit_code == 0, result.output
    written = out_dir / "harmless-base" / "test.jsonl.gz"
    assert records(written) == [pair(1, "Mix flour and water, then bake at 220°C."), pair(3)]
    with gzip.open(written, "rt", encoding="utf-8") as lines:
        assert "220°C" in lines.readline()
    assert records(out_dir / "helpful-base" / "test.jsonl.gz") == [pair(5), pair(6)]
    text = (out_dir / "manifest.json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "created_at": ') and "données" in text
    manifest = json.loads(text)
    assert manifest["audit_run"] == 1 and manifest["removed_by_rule"] == {"refusal": 2}
    harmless, helpful = manifest["files"]  # the red-team file is not a pair file: not written
    assert (harmless["subset"], harmless["split"], harmless["kept"], harmless["removed"],
            harmless["removed_by_rule"], harmless["malformed_skipped"]) == (
        "harmless-base", "test", 2, 1, {"refusal": 1}, 5)
    assert (helpful["subset"], helpful["split"], helpful["kept"], helpful["malformed_skipped"]
            ) == ("helpful-base", "test", 2, 0)
    assert sorted(p.name for p in out_dir.iterdir()) == [".citeaudit", "harmless-base",
                                                         "helpful-base", "manifest.json"]
    assert sorted(p.name for p in (out_dir / "harmless-base").iterdir()) == ["test.jsonl.gz"]


def test_label_rules_without_labels_say_how_to_get_them(tmp_path):
    source = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", [pair(1), pair(2)])
    store = tmp_path / "s.sqlite"
    assert invoke(store, "audit", "run", str(source), "--workers", "1").exit_code == 0
    result = invoke(store, "audit", "filter", "--drop", "unhelpful", "--drop", "harmful",
                    "--out-dir", str(tmp_path / "filtered"))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "warning: no final human labels are stored, so harmful and unhelpful removed nothing: "
        "label a sample (`citeaudit audit sample`, then `citeaudit audit import`), or drop "
        "auto-harmful for the automatic harm signal")


def test_a_source_changed_since_the_audit_is_refused_and_nothing_is_written(tmp_path):
    source = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", [pair(1), pair(2)])
    store = tmp_path / "s.sqlite"
    assert invoke(store, "audit", "run", str(source), "--workers", "1").exit_code == 0
    write_jsonl_gz(source, [pair(1), pair(2), pair(3)])
    out_dir = tmp_path / "filtered"
    result = invoke(store, "audit", "filter", "--drop", "refusal", "--out-dir", str(out_dir))
    assert result.exit_code == 1
    assert flat(result.output) == (f"error: {source}: changed since the audit (checksum "
                                   "differs); rerun the audit")
    assert not out_dir.exists() or not any(out_dir.rglob("*"))
