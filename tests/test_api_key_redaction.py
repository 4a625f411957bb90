"""API keys never leave the request: a server that echoes the Authorization (or x-api-key)
header in its answers and errors gets the key stored, logged, printed and raised as
[redacted]. Real local servers; the store is checked byte by byte (database and WAL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI
from local_http import LocalHTTPServer
from test_coding_auto import corpus_store, llm_answer

from citeaudit import coding
from citeaudit.core.config import Config
from citeaudit.core.errors import S2Error
from citeaudit.core.redaction import redact
from citeaudit.literature import autocode, llmcode
from citeaudit.literature.scholar import ScholarClient

REPO = Path(__file__).resolve().parents[1]
KEY = "sk-live-4f9a1c0be7d24e0b9c3a"


def store_bytes(path: Path) -> bytes:
    """The database file and its write-ahead log, as they lie on disk."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def cli(store: Path, *args: str, key_variable: str = "OPENAI_API_KEY",
        ) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), key_variable: KEY}
    return subprocess.run([sys.executable, "-m", "citeaudit", "--store", str(store), *args],
                          env=env, capture_output=True, text=True, timeout=120)


def test_redact_replaces_the_key_and_any_bearer_token():
    assert redact(f"got Authorization: Bearer {KEY}", [KEY]) == (
        "got Authorization: Bearer [redacted]")
    assert redact("token Bearer abcdefgh12345 and x-api-key " + KEY, [None, KEY]) == (
        "token Bearer [redacted] and x-api-key [redacted]")
    assert redact("the bearer of bad news", []) == "the bearer of bad news"


def test_eval_generate_and_judge_keep_an_echoed_key_out_of_store_output_and_errors(tmp_path):
    prompts = tmp_path / "prompts.csv"
    prompts.write_text("id,prompt\n1,How do I bake bread?\n", encoding="utf-8")
    store = tmp_path / "s.sqlite"
    with FakeOpenAI(echo_auth=True) as server:
        generated = cli(store, "eval", "generate", "--suite", "file", "--source", str(prompts),
                        "--model", "m", "--base-url", server.base_url)
        judged = cli(store, "--debug", "eval", "classify", "--judge", "openai", "--model", "j",
                     "--base-url", server.base_url)
        prompts.write_text("id,prompt\n2,UNAUTHORIZED please\n", encoding="utf-8")
        refused = cli(store, "--debug", "eval", "generate", "--suite", "file", "--source",
                      str(prompts), "--model", "m", "--base-url", server.base_url)
        assert {r["auth"] for r in server.requests} == {f"Bearer {KEY}"}  # the key was sent
    assert generated.returncode == 0, generated.stderr
    assert judged.returncode == 0, judged.stderr
    assert refused.returncode == 1
    assert "HTTP 401" in refused.stdout + refused.stderr
    assert "Authorization: Bearer [redacted]" in refused.stdout + refused.stderr
    for run in (generated, judged, refused):
        assert KEY not in run.stdout + run.stderr
    on_disk = store_bytes(store)
    assert b"Authorization: Bearer [redacted]" in on_disk  # the answers were stored
    assert KEY.encode() not in on_disk


def test_llm_coder_keeps_an_echoed_key_out_of_stored_answers_and_errors(tmp_path):
    book = coding.load_codebook("hh_usage")
    path = tmp_path / "s.sqlite"
    store = corpus_store(path)
    with FakeOpenAI(llm_answer, echo_auth=True) as server:
        config = Config(openai_base_url=server.base_url, openai_model="tiny-model",
                        openai_api_key=KEY)
        summary = autocode.run(store, config, codebook=book, use_llm=True)
        coder = llmcode.LLMCoder(book, server.base_url, "tiny-model", KEY)
        with pytest.raises(llmcode.LLMError) as refused:
            coder._post({"messages": [{"role": "user", "content": "UNAUTHORIZED"}]})
        coder.close()
    store.close()
    assert summary.n_llm_units == 2
    assert "HTTP 401" in str(refused.value) and KEY not in str(refused.value)
    assert "Bearer [redacted]" in str(refused.value)
    on_disk = store_bytes(path)
    assert b"Bearer [redacted]" in on_disk and KEY.encode() not in on_disk


class EchoS2(BaseHTTPRequestHandler):
    """A Semantic Scholar stand-in that quotes the x-api-key header back: in a paper's
    abstract, and in the error for paper "refused"."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # http.server's method name
        key = self.headers.get("x-api-key")
        if "/paper/refused" in self.path:
            status, body = 403, {"message": f"Forbidden: key {key} is not valid"}
        else:
            status, body = 200, {"paperId": "p1", "title": "T", "abstract": f"echo {key}"}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_s2_answers_and_errors_that_echo_the_key_are_redacted():
    server = LocalHTTPServer(EchoS2).start()
    try:
        config = Config(s2_api_key=KEY, s2_api_url=server.url, s2_max_retries=0)
        with ScholarClient(config, sleep=lambda s: None) as client:
            paper = client.paper("CorpusId:1")
            with pytest.raises(S2Error) as refused:
                client.paper("refused")
    finally:
        server.stop()
    assert paper["abstract"] == "echo [redacted]"
    assert "HTTP 403" in str(refused.value) and "key [redacted] is not valid" in str(
        refused.value)
    assert KEY not in str(refused.value)
