"""Streaming readers for HH files and the split of a preference pair into prompt and responses.

Every reader yields records one at a time (memory does not grow with the file) and turns
damage into `RecordProblem` values with the line number instead of exceptions: a bad JSON line, a
record without `chosen`, a cut-off gzip stream. The red-team file is one JSON array (despite
its `.jsonl.gz` name); it is decoded element by element with `json.JSONDecoder.raw_decode`.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeaudit.audit.sources import HHSource

HUMAN = "\n\nHuman:"
ASSISTANT = "\n\nAssistant:"
_ROLE = re.compile(r"\n\n(Human|Assistant):")
_ARRAY_CHUNK = 1 << 20
_MAX_ELEMENT = 64 << 20
# Where the next element starts after a bad one (an object or array ends, an object follows).
_NEXT_ELEMENT = re.compile(r"[}\]]\s*,\s*(?=\{)")
TOO_DEEP = "not valid JSON: nested deeper than Python's recursion limit"


@dataclass(frozen=True)
class RecordProblem:
    """A record that could not be used, and why. `line` is 1-based in the decompressed file."""

    line: int
    kind: str
    message: str


@dataclass(frozen=True)
class Turn:
    role: str  # "Human" or "Assistant"
    text: str


@dataclass
class Pair:
    """One preference pair: the shared prompt and the two final responses."""

    subset: str
    split: str
    line: int
    chosen_full: str
    rejected_full: str
    prompt: str
    chosen: str
    rejected: str
    turns: tuple[Turn, ...]
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def n_turns(self) -> int:
        """Human turns in the prompt (1 for a single-turn conversation)."""
        return sum(1 for t in self.turns if t.role == "Human")

    @property
    def first_human(self) -> str:
        return next((t.text for t in self.turns if t.role == "Human"), "")


@dataclass
class RedTeamAttempt:
    """One red-team conversation and its metadata (field names as published, typo fixed)."""

    line: int
    transcript: str
    turns: tuple[Turn, ...]
    model_type: str | None
    num_params: str | None
    rating: float | None
    min_harmlessness_score_transcript: float | None
    task_description: str | None
    task_description_harmlessness_score: float | None
    red_team_member_id: Any
    is_upworthy: bool | None
    tags: tuple[str, ...]
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def human_text(self) -> str:
        return "\n".join(t.text for t in self.turns if t.role == "Human")

    @property
    def first_human(self) -> str:
        return next((t.text for t in self.turns if t.role == "Human"), "")

    @property
    def last_assistant(self) -> str:
        return next((t.text for t in reversed(self.turns) if t.role == "Assistant"), "")

    @property
    def n_turns(self) -> int:
        return sum(1 for t in self.turns if t.role == "Human")


# ---------------------------------------------------------------------------
# Raw records
# ---------------------------------------------------------------------------
def open_binary(path: Path) -> io.BufferedIOBase:
    """The decompressed bytes of a file (gzip or plain, told by the magic bytes)."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def iter_raw_records(path: Path) -> Iterator[tuple[int, Any] | RecordProblem]:
    """(line, parsed JSON) for each record of a JSON-lines file or a JSON array file."""
    with open_binary(path) as raw:
        try:
            head = raw.peek(4096)[:4096] if hasattr(raw, "peek") else b""
        except (EOFError, OSError, zlib.error) as exc:
            yield RecordProblem(1, "unreadable_file",
                                f"cannot decompress: {exc or type(exc).__name__}")
            return
        if head.lstrip()[:1] == b"[":
            yield from _iter_array(raw)
        else:
            yield from _iter_lines(raw)


def has_content(path: Path) -> bool:
    """Whether the (decompressed) file holds anything but white space; a damaged stream
    counts as content (the readers report it)."""
    with open_binary(path) as raw:
        try:
            while chunk := raw.read(1 << 16):
                if chunk.strip():
                    return True
        except (EOFError, OSError, zlib.error):
            return True
    return False


def decode_line(line_no: int, line: bytes) -> tuple[int, Any] | RecordProblem:
    """(line, parsed JSON) of one JSON-lines record, or the RecordProblem with it."""
    try:
        return line_no, json.loads(line)
    except UnicodeDecodeError as exc:
        return RecordProblem(line_no, "bad_encoding", f"not UTF-8 ({exc.reason})")
    except json.JSONDecodeError as exc:
        return RecordProblem(line_no, "bad_json",
                             f"not valid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return RecordProblem(line_no, "bad_json", TOO_DEEP)


def _iter_lines(raw: io.BufferedIOBase) -> Iterator[tuple[int, Any] | RecordProblem]:
    for item in _iter_raw_lines(raw):
        yield item if isinstance(item, RecordProblem) else decode_line(*item)


def _iter_raw_lines(raw: io.BufferedIOBase) -> Iterator[tuple[int, bytes] | RecordProblem]:
    """(line number, bytes) of each non-blank line; a damaged stream ends with a RecordProblem."""
    line_no = 0
    try:
        for line_no, line in enumerate(raw, start=1):
            if line.strip():
                yield line_no, line
    except (EOFError, OSError, zlib.error) as exc:
        yield RecordProblem(line_no + 1, "truncated_file",
                      f"compressed stream ends early or is damaged after line {line_no} ({exc})")


def iter_line_chunks(path: Path, size: int = 500
                     ) -> Iterator[list[tuple[int, bytes]] | RecordProblem] | None:
    """Undecoded lines of a JSON-lines file in chunks of `size` (for parallel parsing);
    None when the file is a JSON array (decode it with `iter_raw_records`)."""
    with open_binary(path) as raw:
        try:
            head = raw.peek(4096)[:4096] if hasattr(raw, "peek") else b""
        except (EOFError, OSError, zlib.error):
            return None  # iter_raw_records reports the unreadable file
        if head.lstrip()[:1] == b"[":
            return None
    return _chunks(path, size)


def _chunks(path: Path, size: int) -> Iterator[list[tuple[int, bytes]] | RecordProblem]:
    with open_binary(path) as raw:
        chunk: list[tuple[int, bytes]] = []
        for item in _iter_raw_lines(raw):
            if isinstance(item, RecordProblem):
                if chunk:
                    yield chunk
                    chunk = []
                yield item
                continue
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def _iter_array(raw: io.BufferedIOBase) -> Iterator[tuple[int, Any] | RecordProblem]:
    text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    line = 1  # line number of buf[0]
    eof = False

    def fill(min_ahead: int) -> bool:
        nonlocal buf, pos, line, eof
        if eof or len(buf) - pos >= min_ahead:
            return False
        line += buf.count("\n", 0, pos)
        buf = buf[pos:]
        pos = 0
        chunk = text.read(max(_ARRAY_CHUNK, min_ahead))
        if not chunk:
            eof = True
            return False
        buf += chunk
        return True

    def skip_space() -> None:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf) or not fill(1):
                return

    try:
        fill(_ARRAY_CHUNK)
        skip_space()
        pos += 1  # the "[" seen by the caller
        expect_comma = False
        while True:
            skip_space()
            if pos >= len(buf):
                yield RecordProblem(line + buf.count("\n", 0, pos), "truncated_file",
                              "the JSON array is not closed with ']'")
                return
            if buf[pos] == "]":
                return
            if expect_comma:
                if buf[pos] != ",":
                    yield RecordProblem(line + buf.count("\n", 0, pos), "bad_json",
                                  f"expected ',' between array elements, found {buf[pos]!r}")
                else:
                    pos += 1
                    skip_space()
            fill(_ARRAY_CHUNK)
            start_line = line + buf.count("\n", 0, pos)
            want = _ARRAY_CHUNK
            while True:
                try:
                    value, end = decoder.raw_decode(buf, pos)
                    break
                except json.JSONDecodeError as exc:
                    cut_short = exc.pos >= len(buf) - 2 or exc.msg.startswith("Unterminated")
                    if cut_short and not eof and want < _MAX_ELEMENT:
                        want *= 2
                        fill(want)
                        continue
                    yield RecordProblem(start_line, "bad_json",
                                  f"array element is not valid JSON: {exc.msg} "
                                  f"(line {exc.lineno - 1 + line}, column {exc.colno})")
                    value, end = None, -1
                    break
                except RecursionError:
                    yield RecordProblem(start_line, "bad_json", f"array element is {TOO_DEEP}")
                    value, end = None, -1
                    break
            if end < 0:
                resync = _NEXT_ELEMENT.search(buf, pos + 1)
                while resync is None and fill(len(buf) - pos + _ARRAY_CHUNK):
                    resync = _NEXT_ELEMENT.search(buf, pos + 1)
                if resync is None:
                    return
                pos = resync.end()
                expect_comma = False
                continue
            yield start_line, value
            pos = end
            expect_comma = True
    except UnicodeDecodeError as exc:
        yield RecordProblem(line, "bad_encoding", f"not UTF-8 ({exc.reason}); stopped reading")
    except (EOFError, OSError, zlib.error) as exc:
        yield RecordProblem(line + buf.count("\n", 0, pos), "truncated_file",
                      f"compressed stream ends early or is damaged ({exc})")


# ---------------------------------------------------------------------------
# Pairs and turns
# ---------------------------------------------------------------------------
def common_prefix_length(a: str, b: str) -> int:
    """Length of the longest common prefix (binary search on slices: runs in C)."""
    lo, hi = 0, min(len(a), len(b))
    if a[:hi] == b[:hi]:
        return hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def last_shared_marker(a: str, b: str, marker: str) -> int:
    """Where the last `marker` inside the common prefix of `a` and `b` starts (-1: none);
    the same as `a.rfind(marker, 0, common_prefix_length(a, b))`. Tries the markers of `a`
    from the last one back: usually the first one tried is inside the common prefix."""
    end = len(a)
    while (start := a.rfind(marker, 0, end)) >= 0:
        stop = start + len(marker)
        if b.startswith(a[:stop]):
            return start
        end = stop - 1
    return -1


def parse_turns(text: str) -> tuple[tuple[Turn, ...], set[str]]:
    """Split `\\n\\nHuman: ... \\n\\nAssistant: ...` text into turns; flag broken structure."""
    parts = _ROLE.split(text)
    flags: set[str] = set()
    if parts[0].strip():
        flags.add("text_before_first_turn")
    pairs = zip(parts[1::2], parts[2::2], strict=False)
    turns = tuple(Turn(role, body.strip()) for role, body in pairs)
    if not turns:
        flags.add("no_turns")
        return turns, flags
    if turns[0].role != "Human":
        flags.add("starts_with_assistant")
    if any(a.role == b.role for a, b in itertools.pairwise(turns)):
        flags.add("broken_alternation")
    return turns, flags


def split_pair(chosen: str, rejected: str) -> tuple[str, str, str, set[str]]:
    """(prompt, chosen response, rejected response, flags).

    The prompt is the common prefix of both strings up to and including its last
    `\\n\\nAssistant:`; splitting each string at its own last marker would go wrong
    whenever a response itself contains a role marker.
    """
    flags: set[str] = set()
    cut = last_shared_marker(chosen, rejected, ASSISTANT)
    if cut < 0:
        flags.add("no_shared_assistant_turn")
        end = 0
    else:
        end = cut + len(ASSISTANT)
    chosen_response, rejected_response = chosen[end:], rejected[end:]
    if any(m in r for r in (chosen_response, rejected_response) for m in (HUMAN, ASSISTANT)):
        flags.add("response_has_role_marker")
    return chosen[:end], chosen_response, rejected_response, flags


def pair_from_record(record: Any, line: int, subset: str, split: str) -> Pair | RecordProblem:
    """A Pair from one parsed JSON record, or a RecordProblem saying what is missing."""
    if not isinstance(record, dict):
        return RecordProblem(line, "bad_record", f"expected an object, got {type(record).__name__}")
    bad = [k for k in ("chosen", "rejected") if not isinstance(record.get(k), str)]
    if bad:
        return RecordProblem(line, "bad_record",
                       f"field {' and '.join(bad)} missing or not a string "
                       f"(keys: {', '.join(sorted(record)) or 'none'})")
    chosen, rejected = record["chosen"], record["rejected"]
    prompt, chosen_response, rejected_response, flags = split_pair(chosen, rejected)
    turns, turn_flags = parse_turns(prompt)
    flags |= turn_flags
    if turns and turns[-1].role == "Assistant" and not turns[-1].text:
        turns = turns[:-1]  # the empty slot the responses fill
    if turns and turns[-1].role != "Human":
        flags.add("broken_alternation")
    return Pair(subset, split, line, chosen, rejected, prompt, chosen_response.strip(),
                rejected_response.strip(), turns, frozenset(flags))


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def attempt_from_record(record: Any, line: int) -> RedTeamAttempt | RecordProblem:
    """A RedTeamAttempt from one element of red_team_attempts (misspelt field accepted)."""
    if not isinstance(record, dict):
        return RecordProblem(line, "bad_record", f"expected an object, got {type(record).__name__}")
    transcript = record.get("transcript")
    if not isinstance(transcript, str):
        return RecordProblem(line, "bad_record", "field transcript missing or not a string")
    turns, flags = parse_turns(transcript)
    task_score = record.get("task_descripton_harmlessness_score",
                            record.get("task_description_harmlessness_score"))
    tags = record.get("tags") or ()
    return RedTeamAttempt(
        line=line, transcript=transcript, turns=turns,
        model_type=record.get("model_type"),
        num_params=None if record.get("num_params") is None else str(record["num_params"]),
        rating=_number(record.get("rating")),
        min_harmlessness_score_transcript=_number(record.get("min_harmlessness_score_transcript")),
        task_description=record.get("task_description"),
        task_description_harmlessness_score=_number(task_score),
        red_team_member_id=record.get("red_team_member_id"),
        is_upworthy=record.get("is_upworthy"),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
        flags=frozenset(flags),
    )


def iter_source(source: HHSource) -> Iterator[Pair | RedTeamAttempt | RecordProblem]:
    """Pairs (or red-team attempts) of one HH file, with Problems in place of bad records."""
    for item in iter_raw_records(source.path):
        if isinstance(item, RecordProblem):
            yield item
            continue
        line, record = item
        if source.kind == "red_team":
            yield attempt_from_record(record, line)
        else:
            yield pair_from_record(record, line, source.subset, source.split)
