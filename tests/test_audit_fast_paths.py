"""The audit's fast paths give exactly what their plain definitions give, on the real split:
the LSH band layout (datasketch's, computed without it), MinHash signatures computed a
chunk at a time, the prompt split, the harm request categories found through one union
pattern, the near-duplicate pass, and the rows and measures of pairs measured in chunks
(with rows stored by a background writer)."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
import yaml
from audit_fixtures import convo, real_split, write_jsonl_gz

from citeaudit.audit import stage as audit
from citeaudit.audit.harm import DEFAULT_CUES_PATH, MAX_CHARS, HarmDetector
from citeaudit.audit.measures import PairStats
from citeaudit.audit.neardup import LshParams, Signer, lsh_params, similarity
from citeaudit.audit.pairlabel import NAME as PAIR_RULES
from citeaudit.audit.pairlabel import PairLabeller
from citeaudit.audit.parse import (
    ASSISTANT,
    HUMAN,
    Pair,
    common_prefix_length,
    iter_source,
    last_shared_marker,
)
from citeaudit.audit.refusal import BuiltinRefusalClassifier, normalize_label
from citeaudit.audit.sources import guess_source
from citeaudit.core.config import Config
from citeaudit.core.lexicon import load_lexicon
from citeaudit.store import Store

EDGE_TEXTS = ["", "one", "two words", "exactly three words", "!!! ... ???", "Ünïcödé ß straße",
              "word " * 3000, "a\u2028b\u00a0c d", "\ud800 lone surrogate here"]


@pytest.fixture(scope="module")
def real_pairs() -> list[Pair]:
    return [p for p in iter_source(guess_source(real_split())) if isinstance(p, Pair)]


def _human_text(pair: Pair) -> str:
    return "\n".join(t.text for t in pair.turns if t.role == "Human")


@pytest.mark.parametrize("num_perm", [2, 5, 16, 64, 128])
def test_band_layout_is_the_one_datasketch_chooses(num_perm):
    """lsh_params computes datasketch's MinHashLSH (bands, rows) without importing it."""
    datasketch = pytest.importorskip("datasketch", reason="datasketch (test extra) not installed")
    for step in range(1, 20):
        threshold = step / 20
        try:
            index = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
        except ValueError:  # a single band: both refuse
            with pytest.raises(ValueError, match="single LSH band"):
                lsh_params(threshold, num_perm)
            continue
        params = lsh_params(threshold, num_perm)
        assert (params.bands, params.rows) == (index.b, index.r), (threshold, num_perm)


@pytest.mark.parametrize("params", [lsh_params(0.8, 64), LshParams(0.5, 32, 8, 4, 1),
                                    LshParams(0.9, 16, 2, 8, 5)])
def test_signatures_of_a_chunk_equal_signatures_one_text_at_a_time(real_pairs, params):
    texts = [_human_text(p) for p in real_pairs] + [p.chosen for p in real_pairs[:500]]
    texts += EDGE_TEXTS
    signer = Signer(params, seed=7)
    plain = np.array([signer.signature(t) for t in texts])
    for max_shingles in (1, 5, 4096, 1 << 20):  # one text per group ... all in one group
        assert np.array_equal(signer.signatures(texts, max_shingles), plain), max_shingles
    assert signer.signatures([]).shape == (0, params.num_perm)


def test_prompt_split_is_the_last_marker_inside_the_common_prefix(real_pairs):
    cases = [(p.chosen_full, p.rejected_full) for p in real_pairs]
    same = convo("hi", "hello")
    cases += [
        (same, same), ("", ""), ("", same), (same, ""),
        (convo("hi", "yes"), convo("hi", "yes", "and", "more")),  # one is a prefix
        (convo("hi", "ok\n\nAssistant: sure"), convo("hi", "no")),  # marker in a response
        (convo("a", "b", "c", "d"), convo("a", "b", "x", "y")),  # diverge in an early turn
        ("\n\nHuman: hi\n\nAssistant: x", "\n\nHuman: hi\n\nAssistant; x"),  # inside marker
        ("\n\nAssistant:\n\nAssistant:", "\n\nAssistant:\n\nAssistant"),
        ("no markers at all", "no markers either"),
        ("xababab", "xababaX"), ("ababab", "ababab"),  # a marker that overlaps itself
    ]
    for chosen, rejected in cases:
        for marker in (ASSISTANT, HUMAN, "abab"):
            plain = chosen.rfind(marker, 0, common_prefix_length(chosen, rejected))
            assert last_shared_marker(chosen, rejected, marker) == plain, (chosen, rejected)


def _plain_categories(cues: dict, text: str) -> tuple[str, ...]:
    """The definition: each category's entries matched as whole words in the normalised
    text (first MAX_CHARS characters, lower-cased, curly apostrophes straightened)."""
    text = text[:MAX_CHARS].lower().replace("’", "'").replace("‘", "'")
    found = []
    for name, entries in cues["request_categories"].items():
        body = "|".join(f"(?:{e})" for e in entries)
        if re.search(rf"(?<![\w'])(?:{body})(?!\w)", text):
            found.append(name)
    return tuple(found)


def test_request_categories_are_each_category_searched_alone(real_pairs):
    cues = yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8"))
    detector = HarmDetector(cues, str(DEFAULT_CUES_PATH))
    texts = [t.text for p in real_pairs for t in p.turns if t.role == "Human"]
    texts += [p.chosen for p in real_pairs]
    # overlapping cues of two categories, cues before and after one another, word edges
    texts += ["how do i kill myself", "i want to kill myself with a gun", "kill\u2019s bomb",
              "skill, 'kill", "steal a car, then hack his phone", "x" * MAX_CHARS + " kill"]
    several = 0
    for text in texts:
        plain = _plain_categories(cues, text)
        assert detector.request_categories(text) == plain, text
        several += len(plain) > 1
    assert several > 20  # the union prefilter must not hide a second category

    # cues with groups and backreferences are searched one category at a time
    grouped = {"request_categories": {"echo": [r"(\w+) \1"], "crime": [r"(steal)s?"]},
               "compliance_cues": ["sure"], "discouragement_cues": ["no"],
               "abuse_cues": ["idiot"]}
    detector = HarmDetector(grouped)
    for text in ("steal steal", "bye bye", "steals it", "nothing", "it it steal"):
        assert detector.request_categories(text) == _plain_categories(grouped, text)


def _near_dup_file(tmp_path: Path) -> Path:
    """The real split plus, for 300 of its records, three copies with one prompt word
    changed or dropped (a different word each), so that near duplicates of every
    similarity occur and a prompt can be linked to different representatives."""
    records = [json.loads(line) for line in gzip.decompress(real_split().read_bytes())
               .splitlines()]
    extra = []
    for i, record in enumerate(records[:300]):
        human = record["chosen"].split("\n\nAssistant:")[0]
        for copy in range(3):
            words = human.split(" ")
            where = len(words) * (copy + 1) // 4
            words[where] = "changed" if (i + copy) % 2 else ""
            edited = " ".join(words)
            extra.append({key: edited + value[len(human):] for key, value in record.items()})
    return write_jsonl_gz(tmp_path / "harmless-base-train.jsonl.gz", records + extra)


def _plain_near_duplicates(conn: sqlite3.Connection, run_id: int, threshold: float
                           ) -> dict[int, int | None]:
    """Every bucket (lone ones too) held in memory, each member compared with the bucket's
    first member; a pair's representative is the smallest one it was linked to."""
    buckets: dict[tuple[int, int], list[tuple[int, bytes]]] = defaultdict(list)
    for band, bucket, pair_id, minhash in conn.execute(
            "SELECT l.band, l.bucket, l.pair_id, p.minhash FROM audit_lsh l "
            "JOIN audit_pairs p USING (pair_id) WHERE l.run_id=?", (run_id,)):
        buckets[(band, bucket)].append((pair_id, minhash))
    result: dict[int, int | None] = {pair_id: None for (pair_id,) in conn.execute(
        "SELECT pair_id FROM audit_pairs WHERE run_id=?", (run_id,))}
    representatives: dict[int, set[int]] = defaultdict(set)
    for members in buckets.values():
        (first, first_sig), *rest = sorted(members)
        linked = [pid for pid, sig in rest if similarity(first_sig, sig) >= threshold]
        for pid in linked + ([first] if linked else []):
            representatives[pid].add(first)
    for pid, reps in representatives.items():
        result[pid] = min(reps)
    assert sum(len(reps) > 1 for reps in representatives.values()) > 10
    return result


def test_near_duplicate_marks_equal_a_plain_pass_over_all_buckets(tmp_path):
    path = _near_dup_file(tmp_path)
    with Store(tmp_path / "store.sqlite") as store:
        run = audit.run(store, Config(), sources=[guess_source(path)], workers=1)
        conn = sqlite3.connect(tmp_path / "store.sqlite")

        def stored() -> dict[int, int | None]:
            return dict(conn.execute("SELECT pair_id, near_dup_of FROM audit_pairs "
                                     "WHERE run_id=?", (run.run_id,)).fetchall())

        plain = _plain_near_duplicates(conn, run.run_id, 0.8)
        assert stored() == plain
        signatures = dict(conn.execute("SELECT pair_id, minhash FROM audit_pairs"))
        linked = [similarity(signatures[pid], signatures[rep])
                  for pid, rep in plain.items() if rep is not None and rep != pid]
        assert len(linked) > 100 and min(linked) < 1.0  # near, not only exact, duplicates
        assert sum(rep is None for rep in plain.values()) > 1500
        # flushing the marks every few pairs, or rerunning the pass, changes nothing
        audit.mark_near_duplicates(store, run.run_id, 0.8, flush_every=7)
        assert stored() == plain
        conn.close()


def test_rows_and_measures_equal_a_pair_by_pair_pass(tmp_path, real_pairs):
    """Each stored row and each measure, recomputed pair by pair with the plain functions
    (one classifier call, one harm call, one signature per pair)."""
    source = guess_source(real_split())
    with Store(tmp_path / "store.sqlite") as store:
        run = audit.run(store, Config(), sources=[source], workers=1)
        rows = store.query("SELECT * FROM audit_pairs WHERE run_id=? ORDER BY line",
                           (run.run_id,))
        bands = defaultdict(list)
        for r in store.query("SELECT pair_id, band, bucket FROM audit_lsh WHERE run_id=? "
                             "ORDER BY pair_id, band", (run.run_id,)):
            bands[r["pair_id"]].append(r["bucket"])
        measures = store.audit.get_measures(run.run_id)[(source.subset, source.split)]
    classifier, lexicon = BuiltinRefusalClassifier(), load_lexicon()
    cues = yaml.safe_load(DEFAULT_CUES_PATH.read_text(encoding="utf-8"))
    harm = HarmDetector(cues)
    signer = Signer(lsh_params(0.8, 64), audit.AuditSettings().seed)
    stats = PairStats(harm_method=f"{PAIR_RULES}+{harm.name}")
    assert len(rows) == len(real_pairs)
    for pair, row in zip(real_pairs, rows, strict=True):
        labels = [normalize_label(classifier.classify(pair.prompt, r))
                  for r in (pair.chosen, pair.rejected)]
        humans = [t.text for t in pair.turns if t.role == "Human"]
        request = tuple(c for c in harm.categories if any(
            c in _plain_categories(cues, text) for text in humans))
        signals = [PairLabeller(harm, classifier).label(humans, r, label)
                   for r, label in zip((pair.chosen, pair.rejected), labels, strict=True)]
        assert all(s.request == request for s in signals)
        human = _human_text(pair)
        mentions = {"prompt": lexicon.find_mentions(human),
                    "chosen": lexicon.find_mentions(pair.chosen),
                    "rejected": lexicon.find_mentions(pair.rejected)}
        stats.add_harm(request, dict(zip(("chosen", "rejected"), signals, strict=True)))
        stats.add(pair, *labels, mentions)
        signature = signer.signature(human)
        assert (row["line"], row["n_turns"], row["chosen_label"], row["rejected_label"],
                row["chosen_harm"], row["chosen_words"], row["rejected_words"],
                row["minhash"], bands[row["pair_id"]]) == (
            pair.line, pair.n_turns, *labels, signals[0].category,
            len(pair.chosen.split()), len(pair.rejected.split()),
            signature.tobytes(), signer.band_keys(signature))
        assert row["identity_groups"] == "|".join(sorted(
            {m.group for m in mentions["prompt"] if m.person_referring}))
    assert {k: v for k, v in measures.items() if k != "duplicates"} == json.loads(
        json.dumps(stats.summary()))


def test_a_failed_write_stops_the_run_and_leaves_the_file_unfinished(tmp_path):
    """The rows are written by a background thread: its error still ends the run."""
    with Store(tmp_path / "store.sqlite") as store:
        store.conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON audit_pairs "
                           "WHEN NEW.line = 1500 BEGIN SELECT RAISE(ABORT, 'disk says no'); "
                           "END")
        with pytest.raises(sqlite3.IntegrityError, match="disk says no"):
            audit.run(store, Config(), sources=[guess_source(real_split())], workers=1)
        status = {r["status"] for r in store.query("SELECT status FROM audit_sources")}
        assert status == {"running"}
        store.conn.execute("DROP TRIGGER refuse")
        summary = audit.run(store, Config(), sources=[guess_source(real_split())], workers=1)
        assert summary.records == 2312 and store.scalar(
            "SELECT COUNT(*) FROM audit_pairs WHERE run_id=?", (summary.run_id,)) == 2312
