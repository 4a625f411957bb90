"""Filtered variants of HH in HH's own format, with a manifest of what was removed and why.

Each rule names pairs to drop; rules combine (a pair is dropped if any rule names it; the
manifest counts every rule that named it). The output loads back with the same loader.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeaudit import coding
from citeaudit.audit.parse import iter_raw_records
from citeaudit.audit.sample import CODEBOOK, UNIT_TYPE
from citeaudit.audit.sources import RED_TEAM, relative_path, sha256_file
from citeaudit.core.errors import InputError
from citeaudit.core.files import replace_folder
from citeaudit.store import Store, utc_now

STRUCTURE_FLAGS = {"broken_alternation", "response_has_role_marker", "no_shared_assistant_turn",
                   "starts_with_assistant", "text_before_first_turn", "no_turns"}

RULES = {
    "refusal": "the automatic classifier labels the chosen response a refusal",
    "evasion": "the automatic classifier labels the chosen response evasive or empty",
    "harmful": "a human (final code) labelled the chosen response harmful",
    "unhelpful": "a human (final code) labelled the chosen response unhelpful",
    "auto-harmful": "the automatic label (audit.pairlabel) of the chosen response is harmful",
    "identity": "the prompt mentions an identity group (person-referring)",
    "duplicate-pair": "the same chosen and rejected text occurred earlier in the run",
    "duplicate-prompt": "the same prompt occurred earlier in the run",
    "near-duplicate": "a near-duplicate prompt occurred earlier in the run",
    "broken": "the conversation structure is broken (" + ", ".join(sorted(STRUCTURE_FLAGS)) + ")",
}


@dataclass
class FilterSummary:
    out_dir: str
    manifest: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def _matches(rule: str, row: Any, human_label: str | None) -> bool:
    """Whether a per-row rule (not the duplicate rules, which need history) drops `row`."""
    if rule == "refusal":
        return row["chosen_label"] == "refusal"
    if rule == "evasion":
        return row["chosen_label"] in ("evasion", "empty")
    if rule in ("harmful", "unhelpful"):
        return human_label == rule
    if rule == "auto-harmful":
        return bool(row["chosen_harm"])
    if rule == "identity":
        return bool(row["identity_groups"])
    if rule == "broken":
        return bool(STRUCTURE_FLAGS & set(row["flags"].split()))
    if rule == "near-duplicate":
        return row["near_dup_of"] not in (None, row["pair_id"])
    return False


def _rule_hits(row: Any, rules: list[str], seen: dict[str, set], human: dict[str, str]
               ) -> list[str]:
    key = f"{row['subset']}/{row['split']}:{row['line']}"
    hits = [rule for rule in rules if _matches(rule, row, human.get(key))]
    for rule, column in (("duplicate-pair", "pair_hash"), ("duplicate-prompt", "prompt_hash")):
        if rule in rules:
            if row[column] in seen[rule]:
                hits.append(rule)
            seen[rule].add(row[column])
    return hits


def write_filtered(store: Store, run_id: int, rules: list[str], out_dir: Path) -> FilterSummary:
    """Write `<out>/<subset>/<split>.jsonl.gz` for every pair file of the run, plus
    `manifest.json` (rules, removals per rule and file, checksums in and out). The folder is
    written whole and replaces only a folder citeaudit wrote (tables.replace_folder)."""
    unknown = [r for r in rules if r not in RULES]
    if unknown or not rules:
        raise InputError(f"unknown or no filter rules {unknown}; known: {', '.join(RULES)}")
    human: dict[str, str] = {}
    if {"harmful", "unhelpful"} & set(rules):
        book = coding.load_codebook(CODEBOOK)
        for uid, dims in coding.final_codes(store, book, UNIT_TYPE).items():
            if dims.get("label"):
                human[uid] = dims["label"][0]
    warnings = []
    label_rules = sorted({"harmful", "unhelpful"} & set(rules))
    if label_rules and not human:
        warnings.append(
            f"no final human labels are stored, so {' and '.join(label_rules)} removed nothing: "
            "label a sample (`citeaudit audit sample`, then `citeaudit audit import`), or drop "
            "auto-harmful for the automatic harm signal")
    out_dir = Path(out_dir).resolve()
    manifest: dict[str, Any] = {}

    def write(staging: Path) -> None:
        seen: dict[str, set] = {"duplicate-pair": set(), "duplicate-prompt": set()}
        files = []
        for source in store.audit.list_sources(run_id):
            if source["subset"] == RED_TEAM:
                continue
            drop: dict[int, list[str]] = {}
            for row in store.audit.list_pairs(run_id, source["subset"], source["split"]):
                hits = _rule_hits(row, rules, seen, human)
                if hits:
                    drop[row["line"]] = hits
            files.append(_write_one(source, drop, staging, out_dir))
        manifest.update({
            "created_at": utc_now(), "audit_run": run_id,
            "rules": {r: RULES[r] for r in rules},
            "removed_by_rule": dict(sum((Counter(f["removed_by_rule"]) for f in files),
                                        Counter())),
            "files": files,
        })
        (staging / "manifest.json").write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")

    replace_folder(out_dir, write)
    return FilterSummary(str(out_dir), manifest, warnings)


def _write_one(source: Any, drop: dict[int, list[str]], staging: Path, out_dir: Path
               ) -> dict[str, Any]:
    """One filtered pair file, written into `staging`; the manifest names its final place
    under `out_dir`."""
    path = Path(source["path"])
    if sha256_file(path) != source["sha256"]:
        raise InputError(f"{path}: changed since the audit (checksum differs); rerun the audit")
    name = relative_path(source["subset"], source["split"])
    target = staging / name
    target.parent.mkdir(parents=True, exist_ok=True)
    kept = malformed = 0
    by_rule: Counter = Counter()
    with gzip.open(target, "wt", encoding="utf-8") as out:
        for item in iter_raw_records(path):
            if not isinstance(item, tuple):
                malformed += 1
                continue
            line, record = item
            if line in drop:
                by_rule.update(drop[line])
                continue
            if not isinstance(record, dict) or not isinstance(record.get("chosen"), str):
                malformed += 1
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            kept += 1
    return {"subset": source["subset"], "split": source["split"], "source": str(path),
            "source_sha256": source["sha256"], "output": str(out_dir / name),
            "output_sha256": sha256_file(target), "kept": kept, "removed": len(drop),
            "removed_by_rule": dict(by_rule), "malformed_skipped": malformed}
