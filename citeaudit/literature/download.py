"""Getting one PDF: candidate URLs per paper, the downloader and the checks a file must pass.

Requests go one at a time with a minimum gap per host (arXiv: `arxiv_min_interval_s`,
others: `host_min_interval_s`); timeouts, 429 and 5xx are retried a bounded number of times;
an interrupted body is resumed with a Range request. A file is kept only if it starts with
`%PDF-`, ends with `%%EOF`, opens in PyMuPDF, is not password-protected, is within the size
and page limits, and its pages' text can be read within the memory and time limits (in a
worker process, see pdf_limits; else `too-complex`)."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pymupdf
import requests
import urllib3

from citeaudit.core.config import Config
from citeaudit.literature.pdf_limits import (
    TOO_COMPLEX,
    PdfLimits,
    PdfWorker,
    TooComplex,
    raise_if_out_of_memory,
)

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 200 * 1024 * 1024
MAX_PDF_PAGES = 1000
CHUNK = 1 << 16
RETRY_STATUSES = {429, 500, 502, 503, 504}
OK = "ok"
OFFLINE = "offline"  # the host could not be reached at all; retried by the next run


@dataclass
class DownloadResult:
    """The recorded outcome for one paper (columns of the store's pdf_downloads)."""

    state: str
    reason: str | None = None
    source: str | None = None
    url: str | None = None
    file_name: str | None = None
    sha256: str | None = None
    n_bytes: int | None = None
    n_pages: int | None = None
    http_status: int | None = None
    attempts: int = 0
    retry_state: str | None = None  # what the last retried failure was, while retrying

    def fields(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("state", "retry_state")}


def safe_file_name(paper_id: str) -> str:
    """A file name derived from the paper id alone: S2 ids as they are, anything else hashed."""
    if re.fullmatch(r"[0-9a-f]{40}", paper_id):
        return f"{paper_id}.pdf"
    stem = re.sub(r"[^A-Za-z0-9]+", "-", paper_id).strip("-")[:40] or "paper"
    return f"{stem}-{hashlib.sha1(paper_id.encode()).hexdigest()[:12]}.pdf"


def candidate_urls(paper: Any, config: Config) -> list[tuple[str, str]]:
    """(source, url) to try for a `papers` row, best first, without duplicates."""
    urls: list[tuple[str, str]] = []
    if paper["open_access_pdf_url"]:
        urls.append(("open-access", paper["open_access_pdf_url"]))
    if paper["arxiv_id"]:
        urls.append(("arxiv", f"{config.arxiv_pdf_url.rstrip('/')}/{paper['arxiv_id']}"))
    if paper["acl_id"]:
        urls.append(("acl", f"{config.acl_pdf_url.rstrip('/')}/{paper['acl_id']}.pdf"))
    seen, unique = set(), []
    for source, url in urls:
        if url not in seen:
            seen.add(url)
            unique.append((source, url))
    return unique


def validate_pdf(path: Path, max_bytes: int = MAX_PDF_BYTES,
                 max_pages: int = MAX_PDF_PAGES) -> DownloadResult:
    """Check a file on disk; state 'ok' or why it is not a usable PDF. Reads every page's
    text, so run it through `validate_pdf_limited` on files from outside."""
    size = path.stat().st_size
    if size > max_bytes:
        return DownloadResult("too-large", f"{size:,} bytes (limit {max_bytes:,})", n_bytes=size)
    with path.open("rb") as fh:
        head = fh.read(1024)
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%PDF-" not in head:
        kind = "an HTML page" if b"<html" in head.lower() or b"<!doctype" in head.lower() \
            else "not a PDF"
        return DownloadResult("not-a-pdf", f"the file is {kind} ({head[:40]!r}...)",
                              n_bytes=size)
    if b"%%EOF" not in tail:
        return DownloadResult("truncated", f"no %%EOF at the end of {size:,} bytes: the "
                              "file was cut short", n_bytes=size)
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise_if_out_of_memory(exc)
        return DownloadResult("corrupt", f"PyMuPDF cannot open it ({exc})", n_bytes=size)
    try:
        if doc.needs_pass and not doc.authenticate(""):
            return DownloadResult("encrypted", "the PDF is password-protected", n_bytes=size)
        if doc.page_count == 0:
            return DownloadResult("corrupt", "the PDF has no pages", n_bytes=size)
        if doc.page_count > max_pages:
            return DownloadResult("too-large", f"{doc.page_count} pages (limit {max_pages})",
                                  n_bytes=size, n_pages=doc.page_count)
        pages = doc.page_count
        _read_every_page(doc)
    finally:
        doc.close()
    return DownloadResult(OK, n_bytes=size, n_pages=pages, sha256=_sha256(path))


def _read_every_page(doc: pymupdf.Document) -> None:
    """Draw every page's text, as extraction will: a file that needs more memory or time
    than allowed shows it here. A damaged page is left to extraction (it keeps the rest)."""
    for page in doc:
        try:
            page.get_text()
        except (RuntimeError, ValueError) as exc:
            raise_if_out_of_memory(exc)


def validate_pdf_limited(worker: PdfWorker, path: Path, max_bytes: int = MAX_PDF_BYTES,
                         max_pages: int = MAX_PDF_PAGES) -> DownloadResult:
    """`validate_pdf` in the worker process; over its limits the state is 'too-complex'."""
    try:
        return worker.call(validate_pdf, path, max_bytes, max_pages)
    except TooComplex as exc:
        return DownloadResult(TOO_COMPLEX, str(exc), n_bytes=path.stat().st_size)


def folder_pdfs(folder: Path) -> tuple[list[Path], list[tuple[Path, str, str]]]:
    """The files in `folder` named *.pdf (any case), and those refused with (state, reason):
    a link leading outside the folder, or something that is not a file."""
    root = folder.resolve()
    accepted: list[Path] = []
    refused: list[tuple[Path, str, str]] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".pdf":
            continue
        real = path.resolve()
        if not real.is_relative_to(root):
            refused.append((path, "outside-folder", f"a link to {real}, outside {folder}"))
        elif not real.is_file():
            refused.append((path, "not-a-file", "not a regular file"))
        else:
            accepted.append(path)
    return accepted, refused


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class Downloader:
    """One requests session, a minimum gap per host, bounded retries and resumable bodies."""

    def __init__(
        self,
        config: Config,
        *,
        sleep: Callable[[float], None] = time.sleep,
        backoff_base_s: float = 2.0,
        max_bytes: int = MAX_PDF_BYTES,
        max_pages: int = MAX_PDF_PAGES,
    ):
        self.config = config
        self.sleep = sleep
        self.backoff_base_s = backoff_base_s
        self.max_bytes = max_bytes
        self.max_pages = max_pages
        self.reader = PdfWorker(PdfLimits.from_config(config))  # starts at the first file
        self.session = requests.Session()
        self.session.headers["User-Agent"] = config.user_agent
        adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=1)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.n_requests = 0
        self._last_request: dict[str, float] = {}
        self._unreachable: dict[str, str] = {}  # host -> why, learned once per run
        arxiv_host = urlparse(config.arxiv_pdf_url).netloc
        self._slow_hosts = {arxiv_host, "arxiv.org", "export.arxiv.org"}

    def close(self) -> None:
        self.session.close()
        self.reader.close()

    def _throttle(self, url: str) -> None:
        host = urlparse(url).netloc
        gap = (self.config.arxiv_min_interval_s if host in self._slow_hosts
               else self.config.host_min_interval_s)
        wait = gap - (time.monotonic() - self._last_request.get(host, -1e9))
        if wait > 0:
            self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def download(self, url: str, dest: Path) -> DownloadResult:
        """Fetch `url` into `dest` (via `dest.part`, resumed across tries and runs)."""
        part = dest.with_name(dest.name + ".part")
        host = urlparse(url).netloc
        if host in self._unreachable:
            return DownloadResult(OFFLINE, f"{self._unreachable[host]}; not asked again in "
                                  "this run", url=url)
        result = DownloadResult("error", url=url)
        for attempt in range(self.config.http_max_retries + 1):
            result.attempts = attempt + 1
            retry_after = self._attempt(url, part, result)
            if result.state != "retry":
                break
            if attempt == self.config.http_max_retries:
                result.state = result.retry_state or "error"
                break
            wait = retry_after if retry_after is not None else self.backoff_base_s * 2**attempt
            self.sleep(min(wait, 120.0))
        if result.state != "downloaded":
            return result
        checked = validate_pdf_limited(self.reader, part, self.max_bytes, self.max_pages)
        checked.url, checked.http_status, checked.attempts = url, result.http_status, \
            result.attempts
        if checked.state == OK:
            os.replace(part, dest)
            checked.file_name = dest.name
        else:
            part.unlink(missing_ok=True)
        return checked

    def _attempt(self, url: str, part: Path, result: DownloadResult) -> float | None:
        """One request; sets result.state to 'downloaded', 'retry' or a final failure."""
        have = part.stat().st_size if part.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        self._throttle(url)
        self.n_requests += 1
        timeout = self.config.http_timeout_s
        try:
            with self.session.get(url, headers=headers, stream=True, timeout=timeout,
                                  allow_redirects=True) as response:
                result.http_status = response.status_code
                status = response.status_code
                if status == 416 and have:
                    result.state = "downloaded"  # we already hold the whole body
                    return None
                if status in RETRY_STATUSES:
                    result.state, result.retry_state = "retry", f"http-{status}"
                    result.reason = f"HTTP {status} from {urlparse(response.url).netloc}"
                    return _retry_after(response.headers.get("Retry-After"))
                if status not in (200, 206):
                    result.state = f"http-{status}"
                    result.reason = f"HTTP {status} {response.reason} for {response.url}"
                    return None
                length = response.headers.get("Content-Length")
                total = int(length) + (have if status == 206 else 0) if length and \
                    length.isdigit() else None
                if total is not None and total > self.max_bytes:
                    result.state = "too-large"
                    result.reason = f"{total:,} bytes announced (limit {self.max_bytes:,})"
                    return None
                resuming = status == 206 and _range_start(response) == have
                written = have if resuming else 0
                with part.open("ab" if resuming else "wb") as fh:
                    # read1 hands over what has arrived, so a dropped connection keeps it
                    raw = response.raw
                    raw.decode_content = True
                    while chunk := raw.read1(CHUNK):
                        fh.write(chunk)
                        written += len(chunk)
                        if written > self.max_bytes:
                            break
                if written > self.max_bytes:
                    part.unlink(missing_ok=True)
                    result.state = "too-large"
                    result.reason = f"more than {self.max_bytes:,} bytes"
                    return None
                result.state = "downloaded"
                return None
        except (requests.exceptions.Timeout, urllib3.exceptions.ReadTimeoutError):
            result.state, result.retry_state = "retry", "timeout"
            result.reason = f"no answer within {timeout:g} s from {urlparse(url).netloc}"
        except requests.exceptions.TooManyRedirects:
            result.state, result.reason = "too-many-redirects", f"redirect loop at {url}"
        except (requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError, urllib3.exceptions.HTTPError):
            result.state, result.retry_state = "retry", "incomplete"
            result.reason = "the connection closed before the whole file arrived"
        except requests.exceptions.ConnectionError as exc:
            # no such name, nothing listening: an instant failure that retrying will not mend
            if _connection_failure(exc) is not None:
                result.state = OFFLINE
                result.reason = f"cannot connect to {urlparse(url).netloc} " \
                    f"({_unreachable_reason(exc)})"
                self._unreachable[urlparse(url).netloc] = result.reason
                return None
            result.state, result.retry_state = "retry", "connection-error"
            result.reason = f"cannot connect to {urlparse(url).netloc} ({type(exc).__name__})"
        except requests.exceptions.InvalidURL as exc:
            result.state, result.reason = "bad-url", f"{url}: {exc}"
        except requests.exceptions.RequestException as exc:
            result.state, result.reason = "error", f"{type(exc).__name__}: {exc}"
        return None


def _connection_failure(exc: BaseException) -> urllib3.exceptions.NewConnectionError | None:
    """The urllib3 error under a requests ConnectionError when no connection was made
    (name not resolved, connection refused, network unreachable)."""
    seen: set[int] = set()
    todo: list[Any] = [exc]
    while todo:
        item = todo.pop()
        if id(item) in seen or not isinstance(item, BaseException):
            continue
        seen.add(id(item))
        if isinstance(item, urllib3.exceptions.NewConnectionError):
            return item
        todo += [*item.args, getattr(item, "reason", None), item.__cause__, item.__context__]
    return None


def _unreachable_reason(exc: BaseException) -> str:
    failure = _connection_failure(exc)
    if isinstance(failure, urllib3.exceptions.NameResolutionError):
        return "the host name does not resolve"
    cause = failure.__context__ if failure is not None else None
    if isinstance(cause, ConnectionRefusedError):
        return "connection refused"
    return str(cause or failure)


def _range_start(response: requests.Response) -> int | None:
    m = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
    return int(m.group(1)) if m else None


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
