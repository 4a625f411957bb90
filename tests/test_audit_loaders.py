"""HH loaders: the real split, crafted broken files, the red-team array, the download."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from audit_fixtures import (
    FileServer,
    convo,
    real_split,
    red_team_record,
    write_jsonl_gz,
)

from citeaudit.audit.parse import (
    Pair,
    RecordProblem,
    RedTeamAttempt,
    iter_source,
    pair_from_record,
    split_pair,
)
from citeaudit.audit.sources import (
    DownloadError,
    HHSource,
    download_file,
    guess_source,
    read_checksums,
    resolve_sources,
)
from citeaudit.core.errors import InputError


def test_real_harmless_test_split_parses_completely():
    source = guess_source(real_split())
    assert (source.subset, source.split) == ("harmless-base", "test")
    items = list(iter_source(source))
    pairs = [i for i in items if isinstance(i, Pair)]
    assert len(pairs) == 2312 and len(items) == 2312
    for pair in pairs:
        assert pair.prompt.endswith("\n\nAssistant:")
        assert pair.chosen_full.startswith(pair.prompt)
        assert pair.rejected_full.startswith(pair.prompt)
        assert pair.n_turns >= 1 and pair.turns[-1].role == "Human" or pair.flags


def test_prompt_is_the_common_prefix_even_when_a_response_holds_role_markers():
    chosen = convo("hi", "Hello! Human: are you there?\n\nAssistant: yes")
    rejected = convo("hi", "Go away.")
    prompt, chosen_response, rejected_response, flags = split_pair(chosen, rejected)
    assert prompt == "\n\nHuman: hi\n\nAssistant:"
    assert chosen_response.strip().startswith("Hello!")
    assert rejected_response.strip() == "Go away."
    assert "response_has_role_marker" in flags


def test_broken_role_alternation_is_flagged():
    text = "\n\nHuman: a\n\nHuman: b\n\nAssistant: yes"
    pair = pair_from_record({"chosen": text, "rejected": text[:-3] + "no"}, 1, "x", "train")
    assert "broken_alternation" in pair.flags
    assert [t.role for t in pair.turns] == ["Human", "Human"]


def test_malformed_records_are_counted_with_line_numbers(tmp_path: Path):
    good = {"chosen": convo("q", "a"), "rejected": convo("q", "b")}
    path = write_jsonl_gz(tmp_path / "helpful-base" / "train.jsonl.gz", [
        good, "{not json", "", {"chosen": "only chosen"}, "[1, 2]", good,
    ])
    items = list(iter_source(guess_source(path)))
    problems = [(i.line, i.kind) for i in items if isinstance(i, RecordProblem)]
    assert problems == [(2, "bad_json"), (4, "bad_record"), (5, "bad_record")]
    assert [i.line for i in items if isinstance(i, Pair)] == [1, 6]


def test_truncated_gzip_keeps_the_good_lines_and_reports_the_cut(tmp_path: Path):
    good = {"chosen": convo("q", "a" * 200), "rejected": convo("q", "b" * 200)}
    path = write_jsonl_gz(tmp_path / "harmless-base-train.jsonl.gz", [good] * 400)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    items = list(iter_source(guess_source(path)))
    assert isinstance(items[-1], RecordProblem) and items[-1].kind == "truncated_file"
    assert sum(isinstance(i, Pair) for i in items) > 0


def test_red_team_array_streams_across_chunks_and_survives_a_bad_element(tmp_path: Path):
    records = [json.dumps(red_team_record(i)) for i in range(6000)]
    records[1500] = '{"transcript": "\\n\\nHuman: x", "rating": }'
    text = "[\n" + ",\n".join(records) + "\n]"
    path = tmp_path / "red-team-attempts" / "red_team_attempts.jsonl.gz"
    path.parent.mkdir()
    path.write_bytes(gzip.compress(text.encode()))
    assert len(text) > 2 << 20  # spans several read chunks
    items = list(iter_source(guess_source(path)))
    attempts = [i for i in items if isinstance(i, RedTeamAttempt)]
    problems = [i for i in items if isinstance(i, RecordProblem)]
    assert len(attempts) == 5999
    assert [(p.line, p.kind) for p in problems] == [(1502, "bad_json")]
    assert attempts[0].task_description_harmlessness_score == 0.5  # the misspelt field
    assert attempts[0].model_type == "plain lm" and attempts[0].n_turns == 2
    assert attempts[1500].line == 1503


def test_unclosed_red_team_array_is_reported(tmp_path: Path):
    path = tmp_path / "red_team_attempts.jsonl.gz"
    path.write_bytes(gzip.compress(("[" + json.dumps(red_team_record(1))).encode()))
    items = list(iter_source(guess_source(path)))
    assert isinstance(items[0], RedTeamAttempt)
    assert isinstance(items[-1], RecordProblem) and items[-1].kind == "truncated_file"


def test_local_layouts_and_missing_files(tmp_path: Path):
    write_jsonl_gz(tmp_path / "helpful-base" / "test.jsonl.gz", [])
    write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", [])
    found = resolve_sources([("helpful-base", "test"), ("harmless-base", "test")],
                            data_dir=tmp_path, cache_dir=tmp_path / "cache", base_url=None,
                            download=False)
    assert [s.path.name for s in found] == ["test.jsonl.gz", "harmless-base-test.jsonl.gz"]
    with pytest.raises(InputError, match="helpful-online/train.jsonl.gz"):
        resolve_sources([("helpful-online", "train")], data_dir=tmp_path,
                        cache_dir=tmp_path / "cache", base_url=None, download=False)


def test_download_resumes_after_a_cut_and_records_the_checksum(tmp_path: Path):
    body = real_split().read_bytes()
    with FileServer({"/harmless-base/test.jsonl.gz": body}, cut_first=True) as server:
        [source] = resolve_sources([("harmless-base", "test")], data_dir=None,
                                   cache_dir=tmp_path, base_url=server.url, download=True)
        ranges = [r for _, r in server.requests]
    assert source.path.read_bytes() == body
    assert ranges[0] is None and ranges[1].startswith("bytes=") and ranges[1] != "bytes=0-"
    sums = read_checksums(tmp_path / "hh-rlhf")
    assert len(sums["harmless-base/test.jsonl.gz"]) == 64
    # second time: no network, the cached file is verified against the recorded checksum
    again = resolve_sources([("harmless-base", "test")], data_dir=None, cache_dir=tmp_path,
                            base_url="http://127.0.0.1:9", download=True)
    assert again[0].path == source.path
    source.path.write_bytes(body[:-10] + b"0123456789")
    with pytest.raises(DownloadError, match="differs from"):
        resolve_sources([("harmless-base", "test")], data_dir=None, cache_dir=tmp_path,
                        base_url=None, download=False)


def test_download_refuses_a_git_lfs_pointer_and_a_wrong_checksum(tmp_path: Path):
    pointer = b"version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n"
    good = gzip.compress(b'{"chosen": "a", "rejected": "b"}\n')
    with FileServer({"/lfs.jsonl.gz": pointer, "/good.jsonl.gz": good}) as server:
        with pytest.raises(DownloadError, match="Git LFS pointer"):
            download_file(f"{server.url}/lfs.jsonl.gz", tmp_path, "lfs.jsonl.gz")
        with pytest.raises(DownloadError, match="differs from the expected"):
            download_file(f"{server.url}/good.jsonl.gz", tmp_path, "good.jsonl.gz",
                          expected_sha256="0" * 64)
        with pytest.raises(DownloadError, match="HTTP 404"):
            download_file(f"{server.url}/missing.jsonl.gz", tmp_path, "m.jsonl.gz")
    assert not (tmp_path / "lfs.jsonl.gz").exists()
    assert not (tmp_path / "good.jsonl.gz").exists()


def test_file_names_that_say_nothing_need_subset_and_split(tmp_path: Path):
    with pytest.raises(InputError, match="--subset"):
        guess_source(tmp_path / "data.jsonl.gz")
    assert guess_source(tmp_path / "data.jsonl.gz", "helpful-online", "train") == HHSource(
        "helpful-online", "train", tmp_path / "data.jsonl.gz")
