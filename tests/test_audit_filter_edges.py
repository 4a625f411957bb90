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
    root = tmp_path / "hh"
    source = write_jsonl_gz(root / "harmless-base" / "test.jsonl.gz", [
        pair(1), "{broken", pair(2, "I'm sorry, but I can't help with that."),
        {"chosen": 7, "rejected": "x"}, pair(3), "[1, 2]", "null"])
    red = root / "red-team-attempts" / "red_team_attempts.jsonl.gz"
    red.parent.mkdir(parents=True)
    red.write_bytes(gzip.compress(json.dumps([red_team_record(i) for i in range(4)]).encode()))
    store = tmp_path / "s.sqlite"
    assert invoke(store, "audit", "run", str(source), str(red), "--workers", "1").exit_code == 0
    out_dir = tmp_path / "filtered"
    result = invoke(store, "audit", "filter", "--drop", "refusal", "--out-dir", str(out_dir))
    assert result.exit_code == 0, result.output
    written = out_dir / "harmless-base" / "test.jsonl.gz"
    assert records(written) == [pair(1), pair(3)]
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    (info,) = manifest["files"]  # the red-team file is not a pair file: not written
    assert (info["subset"], info["kept"], info["removed"], info["removed_by_rule"],
            info["malformed_skipped"]) == ("harmless-base", 2, 1, {"refusal": 1}, 4)
    assert sorted(p.name for p in out_dir.iterdir()) == ["harmless-base", "manifest.json"]
    assert sorted(p.name for p in (out_dir / "harmless-base").iterdir()) == ["test.jsonl.gz"]


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
