"""A fake OpenAI-compatible server on 127.0.0.1: /v1/chat/completions and /v1/completions.

Replies come from `answer(request_body) -> text` when given; otherwise the reply echoes the
prompt (so tests can check which prompt got which answer), and prompts containing
"REFUSE", "BADREQUEST" or "SLOW" get a refusal, an HTTP 400, or a reply after `slow_s`.
Scripted trouble: the first `fail_first` requests get `fail_status` (429 by default, with
Retry-After unless `retry_after` is None); `delay_s` slows every request (kill tests).
Every request is kept in `requests` as {"path", "body", "auth"}.
`echo_auth` plays a careless gateway: every reply ends with the Authorization header it got,
and prompts containing "UNAUTHORIZED" get an HTTP 401 whose error message quotes it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

from local_http import LocalHTTPServer


class _Server(LocalHTTPServer):
    # Dozens of clients connect at once in the concurrency tests and benchmark; with the
    # default backlog (5) the kernel drops the rest and they reconnect a second later.
    request_queue_size = 128


class FakeOpenAI:
    def __init__(self, answer: Callable[[dict[str, Any]], str] | None = None,
                 fail_first: int = 0, fail_status: int = 429, retry_after: str | None = "0",
                 slow_s: float = 0.0, delay_s: float = 0.0, echo_auth: bool = False):
        self.answer = answer
        self.echo_auth = echo_auth
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.retry_after = retry_after
        self.slow_s = slow_s
        self.delay_s = delay_s
        self.requests: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.server = _Server(self._handler())

    @property
    def base_url(self) -> str:
        return f"{self.server.url}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def _reply(self, body: dict[str, Any], prompt: str) -> str:
        if self.answer is not None:
            return self.answer(body)
        if "REFUSE" in prompt:
            return "I'm sorry, but I cannot help with that."
        return f"Answer to: {prompt} (seed {body.get('seed')})"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: dict, headers: dict | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_POST(self) -> None:  # http.server's method name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
                with fake._lock:
                    fake.requests.append({"path": self.path, "body": body,
                                          "auth": self.headers.get("Authorization")})
                    number = len(fake.requests)
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    status, reply, headers = self._answer(body, number)
                finally:
                    # Leave "in flight" before answering: once the client has the answer it
                    # may send its next request, which must not count twice.
                    with fake._lock:
                        fake.in_flight -= 1
                self._send(status, reply, headers)

            def _answer(self, body: dict, number: int) -> tuple[int, dict, dict | None]:
                if number <= fake.fail_first:
                    headers = ({"Retry-After": fake.retry_after}
                               if fake.retry_after is not None else {})
                    return fake.fail_status, {"error": {"message": "busy"}}, headers
                if self.path == "/v1/chat/completions":
                    prompt = body["messages"][-1]["content"]
                elif self.path == "/v1/completions":
                    prompt = body["prompt"]
                else:
                    return 404, {"error": {"message": f"no route {self.path}"}}, None
                if "BADREQUEST" in prompt:
                    return 400, {"error": {"message": "bad request"}}, None
                auth = self.headers.get("Authorization")
                if fake.echo_auth and "UNAUTHORIZED" in prompt:
                    return 401, {"error": {"message": f"key not valid: Authorization: {auth}"}}, \
                        None
                time.sleep(fake.delay_s + (fake.slow_s if "SLOW" in prompt else 0.0))
                text = fake._reply(body, prompt)
                if fake.echo_auth:
                    text += f" (you sent Authorization: {auth})"
                chat = "messages" in body
                choice = ({"index": 0, "finish_reason": "stop",
                           "message": {"role": "assistant", "content": text}}
                          if chat else {"index": 0, "finish_reason": "stop", "text": text})
                return 200, {
                    "id": f"cmpl-{number}", "model": body.get("model"),
                    "object": "chat.completion" if chat else "text_completion",
                    "choices": [choice],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }, None

        return Handler


if __name__ == "__main__":  # a standalone server for the kill-and-resume test
    import sys

    with FakeOpenAI(delay_s=float(sys.argv[1]) if len(sys.argv) > 1 else 0.0) as fake:
        print(fake.base_url, flush=True)
        threading.Event().wait()
