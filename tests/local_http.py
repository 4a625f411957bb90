"""The one way tests serve HTTP: 127.0.0.1, a free port, a daemon thread per request."""

from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer


class LocalHTTPServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer for fake APIs and file hosts. A client that hangs up mid-answer
    (tests cut connections and time out on purpose) is not reported as a server error."""

    daemon_threads = True

    def __init__(self, handler: type, port: int = 0):
        super().__init__(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> LocalHTTPServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)
