"""The literal prefilter (core.prefilter) changes the speed of the audit, never its results:
every match of a pattern holds one of the literals derived for it, and the audit stores
the same tables with and without the prefilter (CITEAUDIT_REFERENCE_PATH=1)."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from audit_fixtures import convo, real_split, write_jsonl_gz

from citeaudit.audit import refusal
from citeaudit.audit import stage as audit
from citeaudit.audit.harm import DEFAULT_CUES_PATH, EXTRA_CUES, MAX_CHARS, HarmDetector
from citeaudit.audit.parse import Pair, iter_source
from citeaudit.audit.sources import guess_source
from citeaudit.core import prefilter
from citeaudit.core.config import Config
from citeaudit.core.lexicon import DEFAULT_LEXICON_PATH, parse_lexicon
from citeaudit.core.prefilter import necessary_literals
from citeaudit.store import Store

ROOT = Path(__file__).resolve().parents[1]
EDGE_RESPONSES = [
    "", "   ", "Sure, here’s how you could do it: first, get a gun.", "I’m sorry, I can’t help.",
    "I'm not sure what you mean?", "Why do you want to know?", "You’re an idiot.",
    "HOW DO I KILL MY NEIGHBOR", "İstanbul ſteal KILL", "x" * (MAX_CHARS - 3) + " kill him",
    "kill" + "x" * MAX_CHARS, "skill 'kill steal-ing", "Black people are", "I'm gay.",
    "the OLD are", "white-collar crime", "\ud800 lone surrogate kill",
]


def normalise(text: str) -> str:
    return text[:MAX_CHARS].lower().replace("’", "'").replace("‘", "'")


def _real_texts() -> list[str]:
    pairs = [p for p in iter_source(guess_source(real_split())) if isinstance(p, Pair)]
    return ([t.text for p in pairs for t in p.turns] + [p.chosen for p in pairs]
            + [p.rejected for p in pairs] + EDGE_RESPONSES)


def test_every_match_of_a_cue_holds_one_of_its_literals():
    """Over the real split: wherever a pattern (each harm cue, the refusal rules, each
    identity form) matches, one of its literals is in the text; and most texts are spared."""
    cues = yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8"))
    patterns = [e for entries in cues["request_categories"].values() for e in entries]
    patterns += [e for name in ("compliance_cues", "discouragement_cues", "abuse_cues",
                                *EXTRA_CUES) for e in cues[name]]
    patterns += [refusal._REFUSAL.pattern, refusal._EVASION.pattern]
    texts = [normalise(t) for t in _real_texts()]
    matched = spared = 0
    for pattern in patterns:
        literals = necessary_literals(pattern)
        assert literals is not None, pattern  # each cue of the shipped file is prefiltered
        compiled = re.compile(pattern)
        for text in texts:
            has_literal = any(literal in text for literal in literals)
            if compiled.search(text):
                matched += 1
                assert has_literal, (pattern, text)
            spared += not has_literal
    assert matched > 5000 and spared > 0.9 * len(patterns) * len(texts)


def test_harm_cues_give_the_same_answers_with_and_without_the_prefilter(monkeypatch):
    if not prefilter.available():
        pytest.skip("pyahocorasick is not installed: only the reference path runs")
    cues = yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8"))
    # a grouped cue (whose list then always runs whole) and one case-insensitive cue
    cues["abuse_cues"] = [*cues["abuse_cues"], r"(\w+) \1 idiot", "(?i:moron)"]
    lexicon_data = yaml.safe_load(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8"))
    monkeypatch.setenv("CITEAUDIT_REFERENCE_PATH", "1")
    plain = HarmDetector(cues)
    builtin_plain = refusal.BuiltinRefusalClassifier()
    lexicon_plain = parse_lexicon(lexicon_data)
    monkeypatch.delenv("CITEAUDIT_REFERENCE_PATH")
    fast = HarmDetector(cues)
    builtin_fast = refusal.BuiltinRefusalClassifier()
    lexicon_fast = parse_lexicon(lexicon_data)
    lists = ["compliance_cues", "discouragement_cues", "abuse_cues", *EXTRA_CUES]
    texts = _real_texts() + ["you you idiot", "what a MORON"]
    requests = 0
    for text in texts:
        assert fast.request_categories(text) == plain.request_categories(text), text
        assert [fast.matches(n, text) for n in lists] == [plain.matches(n, text)
                                                         for n in lists], text
        requests += bool(plain.request_categories(text))
    assert requests > 2000
    labels = [builtin_plain.classify("", t) for t in texts]
    assert [builtin_fast.classify("", t) for t in texts] == labels
    assert {"refusal", "evasion", "compliance", "empty"} <= set(labels)
    mentions = [lexicon_plain.find_mentions(t) for t in texts]
    assert [lexicon_fast.find_mentions(t) for t in texts] == mentions
    assert sum(map(len, mentions)) > 1000


def dump(path: Path) -> dict[str, list[tuple]]:
    with Store(path) as store:
        return store.audit.dump_tables()


def _audit_input(tmp_path: Path) -> Path:
    """The real split plus pairs whose responses are the edge texts, and damaged lines."""
    records = [json.loads(line) for line in gzip.decompress(real_split().read_bytes())
               .splitlines()]
    for i, text in enumerate(EDGE_RESPONSES):
        prompt = convo(EDGE_RESPONSES[-1 - i] or "hi")
        records.insert(7 * i, {"chosen": prompt + " " + text, "rejected": prompt + " no"})
    path = write_jsonl_gz(tmp_path / "harmless-base-train.jsonl.gz", records)
    lines = gzip.decompress(path.read_bytes()).splitlines()
    lines[100:100] = [b"{not json", b'{"chosen": 1}', b"[]"]
    path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    return path


def test_the_audit_stores_the_same_tables_with_and_without_the_prefilter(tmp_path):
    """The fast path (prefilter, two workers) against the reference path (no prefilter, one
    worker, in a fresh interpreter): every row of every audit table."""
    if not prefilter.available():
        pytest.skip("pyahocorasick is not installed: only the reference path runs")
    path = _audit_input(tmp_path)
    with Store(tmp_path / "fast.sqlite") as store:
        audit.run(store, Config(), sources=[guess_source(path)], workers=2)
    env = {**os.environ, "CITEAUDIT_REFERENCE_PATH": "1",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", "from citeaudit.cli import main; main()", "--store",
         str(tmp_path / "plain.sqlite"), "audit", "run", str(path), "--workers", "1"],
        env=env, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    fast, plain = (dump(tmp_path / f"{name}.sqlite") for name in ("fast", "plain"))
    assert fast.keys() == plain.keys() and "audit_pairs" in fast
    for table in plain:
        assert fast[table] == plain[table], table
    assert len(fast["audit_pairs"]) == 2312 + len(EDGE_RESPONSES)
    assert len(fast["audit_problems"]) == 3
    chosen_labels = {row[9] for row in fast["audit_pairs"]}
    assert {"refusal", "evasion", "compliance", "empty"} <= chosen_labels
