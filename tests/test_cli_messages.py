"""What a new user sees when a step is missing or a service is out of reach: one clear line
that says what to do, never a traceback, an empty table or a message with parts missing."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from audit_fixtures import convo, write_jsonl_gz
from click.testing import CliRunner
from eval_fixtures import write_generations

from citeaudit.cli import main
from citeaudit.core.errors import CiteauditError
from citeaudit.evals.backends import GenerationParams, OpenAIBackend
from citeaudit.evals.suites import load_suite


def invoke(tmp_path: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(tmp_path / "store.sqlite"), *args],
                              terminal_width=200)


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_brackets_in_an_error_are_printed_not_read_as_markup(tmp_path):
    # e.g. "pip install -e '.[models]'": rich markup used to swallow "[models]"
    result = invoke(tmp_path, "passages", "[models]")
    assert result.exit_code == 1
    assert "no stored paper matches '[models]'" in result.output
    assert "Traceback" not in result.output


def test_passages_without_a_selection_says_to_fetch_first(tmp_path):
    for args in (["passages"], ["passages", "--csv", str(tmp_path / "p.csv")]):
        result = invoke(tmp_path, *args)
        assert result.exit_code == 1, result.output
        assert "no selection yet" in result.output and "citeaudit fetch" in result.output
        assert "--from-dir" in result.output
    assert not (tmp_path / "p.csv").exists()


def test_code_agreement_without_codes_from_people_says_how_to_get_them(tmp_path):
    result = invoke(tmp_path, "code", "agreement", "--csv", str(tmp_path / "a.csv"))
    assert result.exit_code == 1
    assert "no codes from people" in result.output and "code export" in result.output
    assert "across nobody" not in result.output
    assert not (tmp_path / "a.csv").exists()


@pytest.fixture
def audited(tmp_path):
    pairs = [{"chosen": convo(f"How do I bake bread {i}?", f"Mix flour and water {i}."),
              "rejected": convo(f"How do I bake bread {i}?", "No.")} for i in range(6)]
    pairs.append(pairs[0])  # one duplicate pair
    path = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz", pairs)
    result = invoke(tmp_path, "audit", "run", str(path), "--workers", "1")
    assert result.exit_code == 0, result.output
    return tmp_path


def test_audit_labels_before_any_labelling_says_what_to_do(audited):
    result = invoke(audited, "audit", "labels")
    assert result.exit_code == 0, result.output
    assert "no labels agreed or adjudicated by people stored yet" in result.output
    assert "audit import" in result.output and "0.0% - 100.0%" not in result.output
    result = invoke(audited, "audit", "labels", "--coder", "alice")
    assert "no labels by alice stored yet" in result.output


def test_audit_filter_names_each_rule_and_warns_when_label_rules_have_no_labels(audited):
    out_dir = audited / "hh-filtered"
    result = invoke(audited, "audit", "filter", "--drop", "harmful", "--drop", "duplicate-pair",
                    "--out-dir", str(out_dir))
    assert result.exit_code == 0, result.output
    assert "no final human labels are stored, so harmful removed nothing" in result.output
    assert "kept 6, removed 1 (harmful 0, duplicate-pair 1)" in result.output
    assert "{" not in result.output  # no Python dict repr
    assert (out_dir / "manifest.json").exists()


def test_eval_import_names_a_missing_column_once(tmp_path):
    path = tmp_path / "completions.csv"
    path.write_text("id,prompt,completion\n" + "".join(
        f"v{i},Question {i}?,Answer {i}.\n" for i in range(50)), encoding="utf-8")
    result = invoke(tmp_path, "eval", "import", str(path), "--model", "m")
    assert result.exit_code == 1
    assert "no response column in any row (columns: id, prompt, completion)" in result.output
    assert result.output.count("missing") == 0  # not one line per row
    result = invoke(tmp_path, "eval", "classify")
    assert "no generations stored" in result.output  # nothing was imported


def test_eval_disparity_without_groups_shows_labels_and_says_why_no_rates(tmp_path):
    path = tmp_path / "gens.jsonl"
    path.write_text('{"prompt": "Hi?", "response": "Hello there.", "model": "m"}\n'
                    '{"prompt": "Bomb?", "response": "I cannot help with that.", '
                    '"model": "m"}\n', encoding="utf-8")
    assert invoke(tmp_path, "eval", "import", str(path)).exit_code == 0
    assert invoke(tmp_path, "eval", "classify").exit_code == 0
    result = invoke(tmp_path, "eval", "disparity", "--out-dir", str(tmp_path / "eval"))
    assert result.exit_code == 0, result.output
    assert "Labels per model" in result.output and "full_refusal" in result.output
    assert "no labelled response has a group" in result.output
    assert "--suite identity" in result.output


def test_eval_disparity_human_before_review_points_at_review_import(tmp_path):
    write_generations(tmp_path / "gens.csv")
    assert invoke(tmp_path, "eval", "import", str(tmp_path / "gens.csv")).exit_code == 0
    result = invoke(tmp_path, "eval", "disparity", "--classifier", "human")
    assert result.exit_code == 1
    assert "eval review import" in result.output
    assert "run `citeaudit eval classify` first" not in result.output


def test_unreachable_openai_server_is_named_with_what_to_check():
    backend = OpenAIBackend(f"http://127.0.0.1:{closed_port()}/v1", "m", max_retries=0)
    with pytest.raises(CiteauditError, match=r"Connection refused.*--base-url"):
        backend.generate(["Hi?"], GenerationParams(prompt_format="chat"))


def test_xstest_download_failure_says_how_to_pass_a_local_copy(tmp_path):
    with pytest.raises(CiteauditError, match=r"cannot download.*--source FILE"):
        load_suite("xstest", f"http://127.0.0.1:{closed_port()}/xstest_prompts.csv")
