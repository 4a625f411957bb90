"""A local HTTP server that serves PDFs the way real hosts do, and the ways they fail.

Routes map a path to a behaviour; every request is logged (path, Range header, time) so
tests can check politeness and resumption.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from local_http import LocalHTTPServer

Behaviour = Callable[[BaseHTTPRequestHandler, "PdfServer"], None]


@dataclass
class Hit:
    path: str
    range: str | None
    at: float


@dataclass
class PdfServer:
    routes: dict[str, Behaviour] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def start(self) -> PdfServer:
        server_state = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                server_state.hits.append(Hit(self.path, self.headers.get("Range"),
                                             time.monotonic()))
                server_state.counts[self.path] = server_state.counts.get(self.path, 0) + 1
                behaviour = server_state.routes.get(self.path)
                if behaviour is None:
                    send(self, 404, b"not found", "text/plain")
                else:
                    behaviour(self, server_state)

            def log_message(self, *args):
                pass

        self.httpd = LocalHTTPServer(Handler).start()
        return self

    @property
    def url(self) -> str:
        return self.httpd.url

    def stop(self) -> None:
        self.httpd.stop()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str,
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        handler.send_header(k, v)
    handler.end_headers()
    handler.wfile.write(body)


def pdf(body: bytes) -> Behaviour:
    """Serve `body` as application/pdf, honouring Range requests."""

    def behaviour(handler, _server):
        wanted = re.match(r"bytes=(\d+)-", handler.headers.get("Range") or "")
        if wanted:
            start = int(wanted.group(1))
            if start >= len(body):
                send(handler, 416, b"", "application/pdf",
                     {"Content-Range": f"bytes */{len(body)}"})
                return
            send(handler, 206, body[start:], "application/pdf",
                 {"Content-Range": f"bytes {start}-{len(body) - 1}/{len(body)}"})
            return
        send(handler, 200, body, "application/pdf")

    return behaviour


def status(code: int, headers: dict[str, str] | None = None) -> Behaviour:
    return lambda h, _s: send(h, code, f"status {code}".encode(), "text/plain", headers)


def redirect(location: str) -> Behaviour:
    return lambda h, _s: send(h, 302, b"", "text/plain", {"Location": location})


def html() -> Behaviour:
    page = b"<!DOCTYPE html><html><body>Please log in to read this article.</body></html>"
    return lambda h, _s: send(h, 200, page, "text/html")


def slow(seconds: float, then: Behaviour) -> Behaviour:
    def behaviour(handler, server):
        time.sleep(seconds)
        then(handler, server)

    return behaviour


def cut_off_once(body: bytes, keep: int) -> Behaviour:
    """First request: announce the whole body, send `keep` bytes, drop the connection."""
    whole = pdf(body)

    def behaviour(handler, server):
        if server.counts[handler.path] > 1:
            whole(handler, server)
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body[:keep])
        handler.wfile.flush()
        handler.close_connection = True

    return behaviour


def fail_first(times: int, code: int, then: Behaviour) -> Behaviour:
    def behaviour(handler, server):
        if server.counts[handler.path] <= times:
            send(handler, code, b"busy", "text/plain", {"Retry-After": "0"})
        else:
            then(handler, server)

    return behaviour
