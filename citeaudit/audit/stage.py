"""The `audit run` stage: one streaming pass per HH file, then cross-file duplicates and
red-team topics, everything stored in the corpus store under one audit run.

Idempotent: a run is identified by a fingerprint of its settings, the lexicon, the
classifier and the SHA-256 of every input file. Rerunning with the same inputs returns the
stored run; an interrupted run resumes, redoing only files that had not finished.
"""

from __future__ import annotations

import hashlib
import logging
import operator
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from citeaudit.audit.harm import HarmDetector, load_harm_detector
from citeaudit.audit.measures import PairStats, RedTeamStats, word_count
from citeaudit.audit.neardup import Signer, lsh_params, similarity
from citeaudit.audit.pairlabel import NAME as PAIR_RULES
from citeaudit.audit.pairlabel import PairLabeller
from citeaudit.audit.parse import (
    Pair,
    RecordProblem,
    RedTeamAttempt,
    Turn,
    decode_line,
    has_content,
    iter_line_chunks,
    iter_source,
    pair_from_record,
)
from citeaudit.audit.refusal import RefusalClassifier, load_classifier, normalize_label
from citeaudit.audit.scan import PairScanner, scanner_for
from citeaudit.audit.sources import HHSource, sha256_file
from citeaudit.audit.topics import Reservoir, fit_topics
from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.core.lexicon import Lexicon, load_lexicon
from citeaudit.core.workers import can_fork, default_workers, fork_map
from citeaudit.store import Store, dumps
from citeaudit.store.audit import PAIR_COLUMNS

log = logging.getLogger(__name__)
MAX_PROBLEMS_STORED = 10_000  # per file; the count is always exact
# SQLite page cache while the pairs go in: the pair and LSH indexes of full HH (~50 MiB)
# fit, so their random inserts (when the indexes are kept) stop re-reading pages.
PAGE_CACHE_MIB = 64
WRITE_BATCH = 10_000  # rows per store transaction (each rewrites the index pages it touches)
PROGRESS_EVERY = 2_000
MEASURE_CHUNK = 500  # records measured together (and sent to a worker at once)


@dataclass(frozen=True)
class AuditSettings:
    """Everything that changes the measures (part of the run's fingerprint)."""

    near_dup_threshold: float = 0.8
    num_perm: int = 64
    classifier: str = "builtin"
    lexicon: str | None = None
    harm_cues: str | None = None
    n_topics: int = 10
    topic_sample: int = 20_000
    seed: int = 0


@dataclass
class AuditSummary:
    run_id: int
    reused: bool
    sources: list[dict[str, Any]] = field(default_factory=list)
    elapsed_s: float = 0.0
    records: int = 0
    problems: int = 0


ProgressFn = Callable[[str, int], None]


def fingerprint(settings: AuditSettings, lexicon: Lexicon, classifier: RefusalClassifier,
                file_hashes: list[tuple[str, str, str]], harm: HarmDetector | None = None
                ) -> str:
    lexicon_hash = sha256_file(Path(lexicon.source)) if lexicon.source else lexicon.name
    harm_hash = (sha256_file(Path(harm.source)) if harm is not None and Path(harm.source).is_file()
                 else getattr(harm, "name", None))
    payload = dumps({"settings": asdict(settings), "lexicon": lexicon_hash,
                     "classifier": classifier.name, "harm": harm_hash,
                     "labeller": PAIR_RULES, "files": sorted(file_hashes)})
    return hashlib.sha256(payload.encode()).hexdigest()


def settings_from_config(config: Config | None, **changes: Any) -> AuditSettings:
    """The default settings with the config's classifier and identity lexicon, then `changes`."""
    from_config: dict[str, Any] = {}
    if config is not None:
        from_config["classifier"] = config.audit_classifier or "builtin"
        if config.identity_lexicon:
            from_config["lexicon"] = str(config.identity_lexicon)
    return AuditSettings(**{**from_config, **changes})


def run(store: Store, config: Config | None, *, sources: list[HHSource],
        settings: AuditSettings | None = None, force: bool = False,
        classifier: RefusalClassifier | None = None, workers: int | None = None,
        on_progress: ProgressFn | None = None) -> AuditSummary:
    """Audit the given HH files into the store; returns what was done. Without `settings`,
    `settings_from_config(config)`. `workers` processes share the per-record work (default:
    `default_workers()`); results do not depend on it."""
    workers = default_workers() if workers is None else max(1, workers)
    started = time.perf_counter()
    settings = settings or settings_from_config(config)
    lexicon = load_lexicon(settings.lexicon)
    classifier = classifier or load_classifier(settings.classifier)
    harm = load_harm_detector(settings.harm_cues)
    for source in sources:
        require_content(source.path)
    hashed = [(src, sha256_file(src.path)) for src in sources]
    key = fingerprint(settings, lexicon, classifier,
                      [(s.subset, s.split, digest) for s, digest in hashed], harm)
    # The claim covers finding the run too: two processes never resume the same run.
    with store.claim(f"audit {key}", "an audit run of the same files") as claim:
        previous = store.audit.get_run_by_fingerprint(key)
        if previous is not None and previous["status"] == "done" and not force:
            return _summary(store, previous["run_id"], reused=True, started=started)
        if previous is not None and previous["status"] != "done" and not force:
            run_id = previous["run_id"]
            store.audit.update_run(run_id, status="running")
        else:
            run_id = store.audit.insert_run(key, {**asdict(settings),
                                                  "classifier": classifier.name,
                                                  "lexicon_source": lexicon.source,
                                                  "harm_detector": f"{PAIR_RULES}+{harm.name}",
                                                  "harm_cues_source": harm.source})
        claim.describe(f"audit run {run_id}")
        try:
            _audit_sources(store, run_id, hashed, settings, lexicon, classifier, harm,
                           on_progress, workers, claim.token)
        except BaseException:
            store.audit.update_run(run_id, status="failed")  # a rerun resumes it
            raise
        store.audit.update_run(run_id, status="done")
    return _summary(store, run_id, reused=False, started=started)


def _audit_sources(store: Store, run_id: int, hashed: list[tuple[HHSource, str]],
                   settings: AuditSettings, lexicon: Lexicon, classifier: RefusalClassifier,
                   harm: HarmDetector, on_progress: ProgressFn | None, workers: int,
                   token: str) -> None:
    """Audit the files the run has not finished, then the cross-file measures. The pairs
    go in without the indexes that inserts would update at random (when no other audit is
    at work in the store), and those are built once, sorted, before the cross-file pass.
    Only the inserts get the larger page cache: SQLite lets each sort use as much memory as
    the page cache, so the index builds and the duplicate counts, whose sorts grow with the
    input, run with the default cache and spill to disk instead (at 510,000 pairs the
    parent's CPU measured the same; docs/benchmarks.md)."""
    done = {(r["subset"], r["split"]) for r in store.audit.list_sources(run_id)
            if r["status"] == "done"}
    signer = Signer(lsh_params(settings.near_dup_threshold, settings.num_perm), settings.seed)
    reservoir = Reservoir(settings.topic_sample, settings.seed)
    with store.page_cache(PAGE_CACHE_MIB):
        todo = [source for source, _ in hashed if (source.subset, source.split) not in done]
        if todo:
            store.audit.drop_bulk_indexes(token, sum(map(expected_pairs, todo)))
        for source, digest in hashed:
            if (source.subset, source.split) in done:
                continue
            audit_source(store, run_id, source, digest, lexicon, classifier, signer, reservoir,
                         on_progress, harm=harm, workers=workers)
    store.audit.create_bulk_indexes()
    finalize(store, run_id, signer, reservoir, settings)


def expected_pairs(source: HHSource) -> int:
    """About how many pairs a file holds, from its size (HH's files hold some 320
    gzip-compressed or 1,400 plain bytes a pair)."""
    size = source.path.stat().st_size
    return size // (320 if source.path.suffix == ".gz" else 1_400)


def require_content(path: Path) -> None:
    """Raise InputError for a file with nothing in it (once decompressed)."""
    if not has_content(path):
        raise InputError(f"{path} is empty: no pairs to audit")


def audit_source(store: Store, run_id: int, source: HHSource, digest: str, lexicon: Lexicon,
                 classifier: RefusalClassifier, signer: Signer, reservoir: Reservoir,
                 on_progress: ProgressFn | None = None, batch_size: int = WRITE_BATCH,
                 harm: HarmDetector | None = None, workers: int = 1) -> None:
    """One streaming pass over one file, records measured in chunks; rows go to the store
    in batches, written by a background thread while measuring goes on.

    With `workers` > 1 the lines of a JSON-lines file are parsed and measured by that many
    forked processes, a bounded number of chunks at a time, and come back in file order:
    the stored rows and measures are the same as with one worker."""
    harm = harm or load_harm_detector()
    store.audit.upsert_source(run_id, source.subset, source.split, str(source.path), digest,
                              source.path.stat().st_size)
    stats: PairStats | RedTeamStats = (
        RedTeamStats() if source.kind == "red_team" else PairStats())
    stats.harm_method = f"{PAIR_RULES}+{harm.name}"
    context = (lexicon, classifier, signer, harm)
    chunks = (iter_line_chunks(source.path, MEASURE_CHUNK)
              if workers > 1 and source.kind != "red_team" and can_fork() else None)
    if chunks is not None:
        measured = _parallel_items(chunks, source, stats, context, workers)
    else:
        measured = _serial_items(source, stats, context, reservoir)
    batch: list[Measured] = []
    in_batch = 0
    problems: list[tuple[str, str, int, str, str]] = []
    n_records = n_problems = 0
    first_problem: RecordProblem | None = None
    with _BackgroundWriter(store, run_id) as writer:
        for chunk in measured:
            for item in chunk.problems:
                n_problems += 1
                first_problem = first_problem or item
                stats.add_problem(item.kind)
                if n_problems <= MAX_PROBLEMS_STORED:
                    problems.append((source.subset, source.split, item.line, item.kind,
                                     item.message))
            batch.append(chunk)
            in_batch += len(chunk.pairs)
            if in_batch >= batch_size:
                writer.add(batch, problems)
                batch, in_batch, problems = [], 0, []
            before, n_records = n_records, n_records + len(chunk.pairs)
            if on_progress and n_records // PROGRESS_EVERY > before // PROGRESS_EVERY:
                on_progress(source.label, n_records)
        writer.add(batch, problems)
    if n_records == 0:
        raise _no_records(source, n_problems, first_problem)
    if on_progress:
        on_progress(source.label, n_records)
    store.audit.update_source(run_id, source.subset, source.split, n_records, n_problems,
                              stats.summary(), stats.identity.rows())


def _no_records(source: HHSource, n_problems: int, first: RecordProblem | None) -> InputError:
    """The error for a file that gave not one usable record."""
    if first is None:
        return InputError(f"{source.path} holds no records: no pairs to audit")
    return InputError(f"{source.path}: all {n_problems:,} records are malformed (first: line "
                      f"{first.line}, {first.message}); no pairs to audit")


class _BackgroundWriter:
    """Stores batches of rows from a thread, so that measuring goes on while SQLite
    inserts (it lets go of the GIL while it works). Batches are stored in the order they
    are added; at most one waits while another is being written. Leaving the block waits
    for the last batch and raises the error of a failed write, if any."""

    def __init__(self, store: Store, run_id: int):
        self._store, self._run_id = store, run_id
        self._batches: queue.Queue = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="audit-writer", daemon=True)

    def __enter__(self) -> _BackgroundWriter:
        self._thread.start()
        return self

    def add(self, chunks: list[Measured],
            problems: list[tuple[str, str, int, str, str]]) -> None:
        self._raise_error()
        self._batches.put(([(c.pairs, c.lsh) for c in chunks], problems))

    def _write(self) -> None:
        while (batch := self._batches.get()) is not None:
            if self._error is None:
                try:
                    self._store.audit.insert_rows(self._run_id, *batch)
                except BaseException as exc:  # re-raised in the adding thread
                    self._error = exc

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def __exit__(self, *exc: object) -> None:
        self._batches.put(None)
        self._thread.join()
        if exc[0] is None:
            self._raise_error()


Context = tuple[Lexicon, RefusalClassifier, Signer, HarmDetector]


@dataclass
class Measured:
    """The results of one chunk of records, packed for the pipe and the store: pair rows as
    tuples in `PAIR_COLUMNS` order, LSH entries as (band, bucket, index of the pair in
    `pairs`), and the chunk's problems; each in file order."""

    pairs: list[tuple]
    lsh: list[tuple[int, int, int]]
    problems: list[RecordProblem]


_pair_columns = operator.itemgetter(*PAIR_COLUMNS)


def _pack(out: list[dict[str, Any] | RecordProblem]) -> Measured:
    """`_measure`'s rows as a `Measured`: tuples pickle and insert for less than dicts."""
    measured = Measured([], [], [])
    for item in out:
        if isinstance(item, RecordProblem):
            measured.problems.append(item)
            continue
        index = len(measured.pairs)
        measured.pairs.append(_pair_columns(item))
        measured.lsh.extend([(band, key, index) for band, key in enumerate(item["bands"])])
    return measured


def _serial_items(source: HHSource, stats: PairStats | RedTeamStats, context: Context,
                  reservoir: Reservoir) -> Iterator[Measured]:
    """The measured chunks of one file, measured in this process."""
    chunk: list[Pair | RedTeamAttempt | RecordProblem] = []
    for item in iter_source(source):
        chunk.append(item)
        if len(chunk) >= MEASURE_CHUNK:
            yield _pack(_measure(chunk, source, stats, context, reservoir))
            chunk = []
    yield _pack(_measure(chunk, source, stats, context, reservoir))


def _measure(items: list[Pair | RedTeamAttempt | RecordProblem], source: HHSource,
             stats: PairStats | RedTeamStats, context: Context,
             reservoir: Reservoir | None = None) -> list[dict[str, Any] | RecordProblem]:
    """Rows (and Problems, in place) of a chunk of records; the MinHash signatures of the
    chunk are computed together (`Signer.signatures`)."""
    lexicon, classifier, signer, harm = context
    scanner = scanner_for(lexicon, classifier, harm)
    out: list[dict[str, Any] | RecordProblem] = []
    rows: list[dict[str, Any]] = []
    texts: list[str] = []
    for item in items:
        if isinstance(item, RecordProblem):
            out.append(item)
            continue
        if isinstance(item, Pair):
            row, text = (_pair_row(item, stats, lexicon, classifier, harm) if scanner is None
                         else _scanned_pair_row(item, stats, scanner))
        else:
            row, text = _attempt_row(item, source, stats, lexicon, classifier, harm)
            if reservoir is not None:
                reservoir.add(text)
        out.append(row)
        rows.append(row)
        texts.append(text)
    for row, signature in zip(rows, signer.signatures(texts), strict=True):
        row["minhash"] = signature.tobytes()
        row["bands"] = signer.band_keys(signature)
    return out


# Set in the parent just before the pool forks, so workers inherit it (a user's classifier
# need not be picklable).
_WORKER_STATE: dict[str, Any] = {}


def _measure_chunk(chunk: list[tuple[int, bytes]] | RecordProblem
                   ) -> tuple[Measured, PairStats]:
    """Worker: parse and measure one chunk of lines; its packed results, plus partial counts.
    A problem of the stream itself (a damaged gzip file) comes back as it is, in its place."""
    stats = PairStats()
    if isinstance(chunk, RecordProblem):
        return Measured([], [], [chunk]), stats
    source: HHSource = _WORKER_STATE["source"]
    context: Context = _WORKER_STATE["context"]
    items: list[Pair | RecordProblem] = []
    for line_no, line in chunk:
        decoded = decode_line(line_no, line)
        items.append(decoded if isinstance(decoded, RecordProblem) else
                     pair_from_record(decoded[1], line_no, source.subset, source.split))
    return _pack(_measure(items, source, stats, context)), stats


def _parallel_items(chunks: Iterator[list[tuple[int, bytes]] | RecordProblem], source: HHSource,
                    stats: PairStats | RedTeamStats, context: Context, workers: int
                    ) -> Iterator[Measured]:
    """Like `_serial_items` for a JSON-lines file, with the work spread over forked
    processes (`fork_map`: at most 2 x workers chunks in flight, so memory stays bounded; a
    worker that dies raises `WorkerDied`)."""
    _WORKER_STATE.update(source=source, context=context)
    try:
        for measured, part in fork_map(_measure_chunk, chunks, workers):
            stats.merge(part)
            yield measured
    finally:
        _WORKER_STATE.clear()


def _hash(*parts: str) -> str:
    """BLAKE2b-128 of the parts, each followed by a NUL byte, in UTF-8 (lone surrogates kept)."""
    data = "".join([part + "\0" for part in parts]).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def last_human_turn(turns: tuple[Turn, ...]) -> str:
    """The human turn the final response answers ('' when the last turn is not human's)."""
    return turns[-1].text if turns and turns[-1].role == "Human" else ""


def _pair_row(pair: Pair, stats: PairStats, lexicon: Lexicon,
              classifier: RefusalClassifier, harm: HarmDetector
              ) -> tuple[dict[str, Any], str]:
    """The stored row of a pair (without its signature) and the text to sign."""
    human_text = "\n".join(t.text for t in pair.turns if t.role == "Human")
    chosen_label = normalize_label(classifier.classify(pair.prompt, pair.chosen))
    rejected_label = normalize_label(classifier.classify(pair.prompt, pair.rejected))
    labeller = PairLabeller(harm, classifier)
    humans = [t.text for t in pair.turns if t.role == "Human"]
    request = labeller.request(humans)
    chosen_harm = labeller.label(humans, pair.chosen, chosen_label, request)
    rejected_harm = labeller.label(humans, pair.rejected, rejected_label, request)
    stats.add_harm(chosen_harm.request, {"chosen": chosen_harm, "rejected": rejected_harm})
    mentions = {"prompt": lexicon.find_mentions(human_text),
                "chosen": lexicon.find_mentions(pair.chosen),
                "rejected": lexicon.find_mentions(pair.rejected)}
    return _row(pair, stats, chosen_label, rejected_label, chosen_harm, mentions), human_text


def _row(pair: Pair, stats: PairStats, chosen_label: str, rejected_label: str,
         chosen_harm: Any, mentions: dict[str, list[Any]]) -> dict[str, Any]:
    """The stored row of a measured pair, counted in `stats`."""
    chosen_words, rejected_words = word_count(pair.chosen), word_count(pair.rejected)
    stats.add(pair, chosen_label, rejected_label, mentions, chosen_words, rejected_words)
    return {
        "subset": pair.subset, "split": pair.split, "line": pair.line,
        "n_turns": pair.n_turns, "flags": " ".join(sorted(pair.flags)),
        "prompt_hash": _hash(pair.prompt),
        "pair_hash": _hash(pair.chosen_full, pair.rejected_full),
        "chosen_label": chosen_label, "rejected_label": rejected_label,
        "chosen_harm": chosen_harm.category, "chosen_auto": chosen_harm.label,
        "chosen_words": chosen_words, "rejected_words": rejected_words,
        "identity_groups": "|".join(sorted({m.group for m in mentions["prompt"]
                                            if m.person_referring})),
    }


def _scanned_pair_row(pair: Pair, stats: PairStats, scanner: PairScanner
                      ) -> tuple[dict[str, Any], str]:
    """`_pair_row`, each distinct text of the pair scanned once for every consumer
    (audit.scan); the same row and counts."""
    humans = [t.text for t in pair.turns if t.role == "Human"]
    human_text = "\n".join(humans)
    scans: dict[str, Any] = {}
    for text in (*humans, pair.chosen, pair.rejected):
        if text not in scans:
            scans[text] = scanner.scan(text)
    human_scans = [scans[text] for text in humans]
    chosen_scan, rejected_scan = scans[pair.chosen], scans[pair.rejected]
    chosen_label = scanner.refusal_label(pair.prompt, pair.chosen, chosen_scan)
    rejected_label = scanner.refusal_label(pair.prompt, pair.rejected, rejected_scan)
    request = scanner.labeller.request([scan.harm for scan in human_scans])
    chosen_harm = scanner.label(humans, pair.chosen, chosen_label, request, chosen_scan)
    rejected_harm = scanner.label(humans, pair.rejected, rejected_label, request,
                                  rejected_scan)
    stats.add_harm(chosen_harm.request, {"chosen": chosen_harm, "rejected": rejected_harm})
    mentions = {"prompt": scanner.mentions(human_text, human_scans),
                "chosen": scanner.mentions(pair.chosen, [chosen_scan]),
                "rejected": scanner.mentions(pair.rejected, [rejected_scan])}
    return _row(pair, stats, chosen_label, rejected_label, chosen_harm, mentions), human_text


def _attempt_row(attempt: RedTeamAttempt, source: HHSource, stats: RedTeamStats,
                 lexicon: Lexicon, classifier: RefusalClassifier, harm: HarmDetector
                 ) -> tuple[dict[str, Any], str]:
    """The stored row of a red-team attempt (without its signature) and the text to sign."""
    human_text = attempt.human_text
    last = attempt.last_assistant
    label = normalize_label(classifier.classify(attempt.first_human, last))
    humans = [t.text for t in attempt.turns if t.role == "Human"]
    signal = PairLabeller(harm, classifier).label(humans, last, label)
    stats.add_harm(signal.request, {"response": signal})
    mentions = {"prompt": lexicon.find_mentions(human_text),
                "response": lexicon.find_mentions(
                    "\n".join(t.text for t in attempt.turns if t.role == "Assistant"))}
    stats.add(attempt, label, mentions)
    return {
        "subset": source.subset, "split": source.split, "line": attempt.line,
        "n_turns": attempt.n_turns, "flags": " ".join(sorted(attempt.flags)),
        "prompt_hash": _hash(human_text), "pair_hash": _hash(attempt.transcript),
        "chosen_label": label, "rejected_label": None, "chosen_harm": signal.category,
        "chosen_auto": signal.label,
        "chosen_words": word_count(last), "rejected_words": None,
        "identity_groups": "|".join(sorted({m.group for m in mentions["prompt"]
                                            if m.person_referring})),
    }, human_text


def finalize(store: Store, run_id: int, signer: Signer, reservoir: Reservoir,
             settings: AuditSettings) -> None:
    """Cross-file measures: exact and near-duplicate prompts, red-team topics."""
    mark_near_duplicates(store, run_id, signer.params.threshold)
    for row in store.audit.count_duplicates(run_id):
        store.audit.upsert_measures(run_id, row["subset"], row["split"], {"duplicates": {
            "pairs": row["pairs"], "distinct_prompts": row["distinct_prompts"],
            "exact_duplicate_prompt": row["exact_dup_prompt"],
            "exact_duplicate_pair": row["exact_dup_pair"],
            "prompt_in_other_subset_or_split": row["prompt_in_other_source"],
            "near_duplicate_prompt": row["near_dup_prompt"],
            "method": signer.params.describe() + "; near duplicates include exact ones; "
                      "exact duplicates compare the whole prompt, near duplicates the "
                      "human turns",
        }})
    if reservoir.items:
        topics = fit_topics(reservoir.items, n_topics=settings.n_topics, seed=settings.seed)
        store.audit.upsert_topics(run_id, [asdict(t) for t in topics])


def mark_near_duplicates(store: Store, run_id: int, threshold: float,
                         flush_every: int = 200_000) -> int:
    """Mark prompts sharing an LSH bucket with a similar enough prompt; returns the number
    of confirmed (member, representative) links. Each bucket is compared against its first
    member, so memory holds one bucket at a time (plus up to `flush_every` pending marks,
    kept as the smallest representative per pair, which is what the store keeps too)."""
    store.audit.delete_near_duplicates(run_id)
    marks: dict[int, int] = {}
    links = 0
    bucket = None
    representative: tuple[int, bytes] | None = None
    representative_marked = False

    def mark(pair_id: int, representative_id: int) -> None:
        known = marks.get(pair_id)
        if known is None or representative_id < known:
            marks[pair_id] = representative_id

    for band, key, pair_id, minhash in store.audit.list_lsh_candidates(run_id):
        if (band, key) != bucket:
            bucket = (band, key)
            representative = (pair_id, minhash)
            representative_marked = False
            continue
        if similarity(representative[1], minhash) >= threshold:
            mark(pair_id, representative[0])
            if not representative_marked:
                mark(representative[0], representative[0])
                representative_marked = True
            links += 1
            if len(marks) >= flush_every:
                store.audit.update_near_duplicates(sorted(marks.items()))
                marks = {}
    store.audit.update_near_duplicates(sorted(marks.items()))
    return links


def _summary(store: Store, run_id: int, *, reused: bool, started: float) -> AuditSummary:
    sources = [dict(r) for r in store.audit.list_sources(run_id)]
    return AuditSummary(
        run_id=run_id, reused=reused, sources=sources,
        elapsed_s=round(time.perf_counter() - started, 2),
        records=sum(s["n_records"] or 0 for s in sources),
        problems=sum(s["n_problems"] or 0 for s in sources),
    )
