"""A fake OpenAI-compatible server on 127.0.0.1 for the model-evaluation tests.

Speaks /v1/chat/completions and /v1/completions. Scripted trouble: the first `fail_first`
requests get 429 (with Retry-After) or 503; requests whose prompt contains "SLOW" sleep
`slow_s` (to trigger client timeouts); `delay_s` slows every request (for kill tests).
The reply echoes the prompt so tests can check which prompt got which answer.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAI:
    def __init__(self, fail_first: int = 0, fail_status: int = 429, retry_after: str | None = "0",
                 slow_s: float = 0.0, delay_s: float = 0.0):
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.retry_after = retry_after
        self.slow_s = slow_s
        self.delay_s = delay_s
        self.requests: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status: int, body: dict, headers: dict | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with fake._lock:
                    fake.requests.append({"path": self.path, "body": body,
                                          "auth": self.headers.get("Authorization")})
                    number = len(fake.requests)
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    if number <= fake.fail_first:
                        headers = ({"Retry-After": fake.retry_after}
                                   if fake.retry_after is not None else {})
                        self._send(fake.fail_status, {"error": {"message": "busy"}}, headers)
                        return
                    if self.path == "/v1/chat/completions":
                        prompt = body["messages"][-1]["content"]
                    elif self.path == "/v1/completions":
                        prompt = body["prompt"]
                    else:
                        self._send(404, {"error": {"message": "no such route"}})
                        return
                    if "BADREQUEST" in prompt:
                        self._send(400, {"error": {"message": "bad request"}})
                        return
                    time.sleep(fake.delay_s + (fake.slow_s if "SLOW" in prompt else 0.0))
                    text = f"Answer to: {prompt} (seed {body.get('seed')})"
                    if "REFUSE" in prompt:
                        text = "I'm sorry, but I cannot help with that."
                    choice = ({"index": 0, "message": {"role": "assistant", "content": text}}
                              if "messages" in body else {"index": 0, "text": text})
                    self._send(200, {"id": f"x{number}", "choices": [choice]})
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

        return Handler


if __name__ == "__main__":  # a standalone server for the kill-and-resume test
    import sys

    with FakeOpenAI(delay_s=float(sys.argv[1]) if len(sys.argv) > 1 else 0.0) as fake:
        print(fake.base_url, flush=True)
        threading.Event().wait()
