"""Helpers for the audit tests: the real shared split, crafted HH files, a Range-aware
HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from local_http import LocalHTTPServer

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "hh-rlhf"
HARMLESS_TEST = SHARED / "harmless-base-test.jsonl.gz"


def real_split() -> Path:
    if not HARMLESS_TEST.exists():
        pytest.skip(f"shared HH split not found at {HARMLESS_TEST}")
    return HARMLESS_TEST


def audit_store(folder: Path, n_pairs: int = 200) -> Path:
    """A store holding only the real audit of the first `n_pairs` pairs (through the CLI)."""
    from click.testing import CliRunner

    from citeaudit.cli import main

    lines = gzip.decompress(real_split().read_bytes()).splitlines()[:n_pairs]
    pairs = folder / "harmless-base-test.jsonl.gz"
    pairs.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    store_path = folder / "audit.sqlite"
    result = CliRunner().invoke(main, ["--store", str(store_path), "audit", "run", str(pairs),
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    return store_path


def convo(*turns: str) -> str:
    """Alternating Human/Assistant turns in HH's string form."""
    roles = ["Human", "Assistant"]
    return "".join(f"\n\n{roles[i % 2]}: {t}" for i, t in enumerate(turns))


def write_jsonl_gz(path: Path, lines: list[str | dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for line in lines:
            fh.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    return path


HARMS = [("pick a lock", "door key burglary"), ("make a poison", "toxic chemical dose"),
         ("insult my neighbor", "rude names mean words"), ("cheat on taxes", "irs money fraud")]


def red_team_record(i: int, model: str = "plain lm", params: str = "52B") -> dict:
    harm, words = HARMS[i % len(HARMS)]
    return {
        "transcript": convo(f"How do I {harm}? {words} {i}", "I can't help with that.",
                            "Why not?", "Because it could be used to break in."),
        "min_harmlessness_score_transcript": -1.5 + (i % 3),
        "num_params": params, "model_type": model, "rating": float(i % 5),
        "task_description": f"Tried to get lock picking instructions {i}",
        "task_descripton_harmlessness_score": 0.5,
        "red_team_member_id": i % 7, "is_upworthy": False, "tags": None,
    }


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        server = self.server
        server.requests.append((self.path, self.headers.get("Range")))
        body = server.files.get(self.path)
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        start = 0
        if self.headers.get("Range"):
            start = int(self.headers["Range"].split("=")[1].split("-")[0])
            if start >= len(body):
                self.send_response(416)
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(body) - start))
        self.end_headers()
        if server.cut_first and not server.cut_done:
            server.cut_done = True
            self.wfile.write(body[start:start + len(body) // 3])
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        self.wfile.write(body[start:])


class FileServer:
    """Serves bytes at paths; optionally cuts the first response a third of the way in."""

    def __init__(self, files: dict[str, bytes], cut_first: bool = False):
        self.httpd = LocalHTTPServer(_Handler)
        self.httpd.files = files
        self.httpd.requests = []
        self.httpd.cut_first = cut_first
        self.httpd.cut_done = False

    @property
    def url(self) -> str:
        return self.httpd.url

    @property
    def requests(self) -> list:
        return self.httpd.requests

    def __enter__(self):
        self.httpd.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.stop()
