"""A local PDF host for end-to-end runs: real PDFs from ../shared/data/corpus/pdfs for most
papers, and the failures a real crawl meets (403, an HTML page served as 200) for others."""

from __future__ import annotations

import hashlib
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from local_http import LocalHTTPServer


def outcome_for(paper_id: str) -> str:
    """Deterministic per paper: 'pdf' (3 in 5), 'http-403' or 'html'."""
    bucket = int(hashlib.sha1(paper_id.encode()).hexdigest(), 16) % 5
    return {0: "http-403", 1: "html"}.get(bucket, "pdf")


class PdfHost:
    """Serves /oa/<paper_id>.pdf; everything else is 404. Records each request path."""

    def __init__(self, pdf_dir: Path):
        self.pdfs = sorted(pdf_dir.glob("*.pdf"))
        self.log: list[str] = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                host.log.append(self.path)
                name = self.path.rsplit("/", 1)[-1]
                if not (self.path.startswith("/oa/") and name.endswith(".pdf")):
                    return self._send(404, b"not found", "text/plain")
                paper_id = name[:-4]
                kind = outcome_for(paper_id)
                if kind == "http-403":
                    return self._send(403, b"forbidden", "text/plain")
                if kind == "html":
                    return self._send(200, b"<html><body>Login</body></html>", "text/html")
                index = int(hashlib.sha1(paper_id.encode()).hexdigest(), 16) % len(host.pdfs)
                return self._send(200, host.pdfs[index].read_bytes(), "application/pdf")

            def _send(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = LocalHTTPServer(Handler)

    @property
    def url(self) -> str:
        return self.server.url

    def __enter__(self) -> PdfHost:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()
