"""Download (or ingest) one PDF per selected paper, politely, resumably, and validated.

Sources in order: S2's `openAccessPdf.url`, arXiv (`{arxiv_pdf_url}/{id}`), the ACL
Anthology (`{acl_pdf_url}/{id}.pdf`). Requests go one at a time with a minimum gap per host
(arXiv: `arxiv_min_interval_s`, others: `host_min_interval_s`); timeouts, 429 and 5xx are
retried a bounded number of times; an interrupted body is resumed with a Range request.
A file is kept only if it starts with `%PDF-`, ends with `%%EOF`, opens in PyMuPDF, is not
password-protected, is within the size and page limits, and its pages' text can be read
within the memory and time limits (in a worker process, see pdf_limits; else
`too-complex`). Every paper ends in a recorded state with the reason; one bad paper never
stops the run. File names come from the paper id only, never from the network. A host
that cannot be reached at all (no such name, connection refused) is tried once per run:
its other papers are recorded as `offline` at once, and retried by the next run.

When every source fails, the paper is recorded under the most telling failure (a transient
one if any, so that it is retried; else LASTING_ORDER) and what each source answered is
kept (`sources_json`): a rerun asks again only sources that failed for a passing reason or
are new, never one that gave a lasting answer (404, 403, not a PDF) unless `retry_failed`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pymupdf
import requests
import urllib3

from citeaudit.config import Config
from citeaudit.literature.pdf_limits import (
    TOO_COMPLEX,
    PdfLimits,
    PdfWorker,
    TooComplex,
    limits_raised,
    raise_if_out_of_memory,
)
from citeaudit.store import claimed
from citeaudit.tables import atomic_write

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


@dataclass
class PdfsSummary:
    n_papers: int = 0
    n_downloaded: int = 0
    n_already: int = 0
    n_requests: int = 0
    states: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str, str]] = field(default_factory=list)


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


# ---------------------------------------------------------------------------
# The pdfs stage
# ---------------------------------------------------------------------------
@claimed("pdfs", "`citeaudit pdfs`")
def run_pdfs(
    store: Any,
    config: Config,
    *,
    paper_ids: list[str] | None = None,
    retry_failed: bool = False,
    downloader: Downloader | None = None,
    on_paper: Callable[[str, str], None] | None = None,
    download: bool = True,
) -> PdfsSummary:
    """Download a PDF for every selected paper that has none yet (`download` False: only
    report what is there, without a request).

    Papers already `ok` (with the file present) are skipped. Of a failed paper's sources,
    those that failed for a passing reason (timeout, connection, 429, 5xx) and those not
    tried before (a new arXiv id, say) are asked again; those with a lasting answer (403,
    404, not a PDF, ...) only with `retry_failed`.
    """
    from citeaudit.literature.target import stored_target_id

    summary = PdfsSummary()
    ids = paper_ids if paper_ids is not None else store.selected_paper_ids(
        stored_target_id(store, config))
    pdf_dir = Path(config.pdf_dir)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    own = downloader is None
    downloader = downloader or (Downloader(config) if download else None)
    try:
        for pid in ids:
            summary.n_papers += 1
            if downloader is None:
                state = _held_state(store, pid, pdf_dir)
            else:
                state = _download_one(store, config, pid, pdf_dir, downloader, retry_failed,
                                      summary)
            summary.states[state] = summary.states.get(state, 0) + 1
            if on_paper:
                on_paper(pid, state)
    finally:
        if downloader is not None:
            summary.n_requests = downloader.n_requests
            if own:
                downloader.close()
    return summary


NOT_DOWNLOADED = "not-downloaded"  # with --no-download: no file held, nothing recorded


def _held_state(store: Any, pid: str, pdf_dir: Path) -> str:
    """'ok' for a paper whose PDF is recorded and present, else 'not-downloaded'."""
    previous = store.pdf_download(pid)
    if previous is not None and previous["state"] == OK \
            and (pdf_dir / previous["file_name"]).is_file():
        return OK
    return NOT_DOWNLOADED


TRANSIENT_STATES = {OFFLINE, "timeout", "connection-error", "incomplete", "http-429", "http-500",
                    "http-502", "http-503", "http-504", "error"}

# Lasting failures, most telling first: a file came but is unusable, a page came instead
# of a file, access was refused, the address leads nowhere. A paper whose sources all
# failed is recorded under the most telling one (a transient one wins: it will be retried).
LASTING_ORDER = ("encrypted", "too-large", TOO_COMPLEX, "corrupt", "truncated", "not-a-pdf",
                 "http-401", "http-402", "http-403", "http-451", "http-404", "http-410",
                 "too-many-redirects", "bad-url", "no-open-access")

STATE_MEANINGS = {
    OK: "downloaded", "no-open-access": "no open-access copy known (S2 link, arXiv, ACL)",
    "not-a-pdf": "not a PDF (the link gives a web page or other file)",
    "truncated": "the PDF was cut short", "corrupt": "a damaged PDF",
    "encrypted": "a password-protected PDF", "too-large": "the PDF is over the size limit",
    TOO_COMPLEX: "the PDF needs more memory or time to read than the limits allow",
    "too-many-redirects": "a redirect loop", "bad-url": "an invalid address",
    "http-401": "access refused (HTTP 401)", "http-402": "payment required (HTTP 402)",
    "http-403": "access refused (HTTP 403)", "http-404": "not found (HTTP 404)",
    "http-410": "gone (HTTP 410)", "http-451": "unavailable for legal reasons (HTTP 451)",
}


def is_transient(state: str) -> bool:
    """Network trouble worth another try on the next run (timeouts, 429, 5xx, ...)."""
    return state in TRANSIENT_STATES


def state_meaning(state: str) -> str:
    """A few words a user understands for a recorded download state."""
    if is_transient(state):
        return f"network error ({state}), will retry on the next run"
    if state in STATE_MEANINGS:
        return STATE_MEANINGS[state]
    if state.startswith("http-"):
        return f"HTTP {state[5:]}"
    return state


@dataclass
class SourceOutcome:
    """What one candidate source answered (kept per paper in pdf_downloads.sources_json)."""

    source: str
    url: str
    state: str
    reason: str = ""
    http_status: int | None = None
    earlier: bool = False  # remembered from an earlier run, not asked again this time

    def stored(self) -> dict[str, Any]:
        return {"source": self.source, "url": self.url, "state": self.state,
                "reason": self.reason, "http_status": self.http_status}


def telling_state(outcomes: list[SourceOutcome]) -> SourceOutcome:
    """The outcome a failed paper is recorded under: the first transient one if any (the
    paper is retried), else the most telling lasting failure (LASTING_ORDER)."""
    for o in outcomes:
        if is_transient(o.state):
            return o

    def rank(o: SourceOutcome) -> int:
        if o.state in LASTING_ORDER:
            return LASTING_ORDER.index(o.state)
        return LASTING_ORDER.index("http-404") if o.state.startswith("http-") else \
            len(LASTING_ORDER)

    return min(outcomes, key=rank)


def failure_reason(outcomes: list[SourceOutcome], chosen: SourceOutcome) -> str:
    """'<what it means>. open-access: not-a-pdf (...); arxiv: http-404 (...)'."""
    parts = []
    for o in outcomes:
        detail = o.reason + ("; answered in an earlier run" if o.earlier else "")
        parts.append(f"{o.source}: {o.state}" + (f" ({detail})" if detail else ""))
    return f"{_capitalised(state_meaning(chosen.state))}. " + "; ".join(parts)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _remembered(previous: Any) -> dict[str, SourceOutcome] | None:
    """{url: outcome} from the stored row; None for rows stored before sources_json."""
    if previous is None:
        return {}
    raw = previous["sources_json"] if "sources_json" in previous.keys() else None
    if raw is None:
        return None
    try:
        items = json.loads(raw)
    except ValueError:
        return None
    return {i["url"]: SourceOutcome(i["source"], i["url"], i["state"], i.get("reason") or "",
                                    i.get("http_status"), earlier=True)
            for i in items if isinstance(i, dict) and i.get("url") and i.get("state")}


def _worth_asking_again(outcome: SourceOutcome, limits: PdfLimits) -> bool:
    """A passing failure, or a file over a limit that has been raised since."""
    return is_transient(outcome.state) or (outcome.state == TOO_COMPLEX
                                           and limits_raised(outcome.reason, limits))


def _download_one(store, config, pid, pdf_dir, downloader, retry_failed, summary) -> str:
    previous = store.pdf_download(pid)
    remembered = _remembered(previous)
    if previous is not None:
        if previous["state"] == OK:
            if (pdf_dir / previous["file_name"]).is_file():
                summary.n_already += 1
                return OK
            remembered = {}  # the file went missing: start again from every source
        elif not is_transient(previous["state"]) and not retry_failed and remembered is None:
            summary.n_already += 1  # recorded before per-source outcomes were kept
            return previous["state"]
    remembered = {} if retry_failed else (remembered or {})
    paper = store.paper(pid)
    urls = candidate_urls(paper, config) if paper is not None else []
    limits = PdfLimits.from_config(config)
    to_try = [(source, url) for source, url in urls
              if url not in remembered or _worth_asking_again(remembered[url], limits)]
    if previous is not None and previous["state"] != OK and not to_try \
            and not is_transient(previous["state"]):
        summary.n_already += 1  # every source gave a lasting answer already
        return previous["state"]
    if not urls:
        store.record_pdf_download(pid, "no-open-access",
                                  reason=_capitalised(state_meaning("no-open-access")),
                                  sources_json="[]")
        summary.problems.append((pid, "no-open-access", "no source to download from"))
        return "no-open-access"
    dest = pdf_dir / safe_file_name(pid)
    outcomes: list[SourceOutcome] = []
    result = DownloadResult("error")
    attempts = 0
    for source, url in urls:
        if (source, url) not in to_try:
            outcomes.append(remembered[url])
            continue
        result = downloader.download(url, dest)
        result.source = source
        attempts += result.attempts
        outcomes.append(SourceOutcome(source, url, result.state, result.reason or "",
                                      result.http_status))
        if result.state == OK:
            break
    sources_json = json.dumps([o.stored() for o in outcomes], ensure_ascii=False)
    if result.state == OK:
        summary.n_downloaded += 1
        store.record_pdf_download(pid, OK, **{**result.fields(), "attempts": attempts,
                                              "sources_json": sources_json})
        return OK
    chosen = telling_state(outcomes)
    reason = failure_reason(outcomes, chosen)
    summary.problems.append((pid, chosen.state, reason))
    store.record_pdf_download(pid, chosen.state, reason=reason, source=chosen.source,
                              url=chosen.url, http_status=chosen.http_status,
                              attempts=attempts, sources_json=sources_json)
    return chosen.state


# ---------------------------------------------------------------------------
# PDFs the user obtained by hand
# ---------------------------------------------------------------------------
_ARXIV_IN_TEXT = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")


def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


@dataclass
class IngestSummary:
    matched: list[tuple[str, str, str]] = field(default_factory=list)  # (file, paper, how)
    unmatched: list[str] = field(default_factory=list)
    invalid: list[tuple[str, str, str]] = field(default_factory=list)  # (file, state, why)


def match_pdf(path: Path, papers: list[Any]) -> tuple[str, str] | None:
    """(paper_id, how) for a local PDF: arXiv id in the name or text, DOI or title in text."""
    by_arxiv = {re.sub(r"v\d+$", "", p["arxiv_id"]): p["paper_id"] for p in papers
                if p["arxiv_id"]}
    for m in _ARXIV_IN_TEXT.finditer(path.name):
        if m.group(1) in by_arxiv:
            return by_arxiv[m.group(1)], f"arXiv id {m.group(1)} in the file name"
    try:
        with pymupdf.open(path, filetype="pdf") as doc:
            first = " ".join(doc[i].get_text() for i in range(min(2, doc.page_count)))
            meta_title = (doc.metadata or {}).get("title") or ""
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise_if_out_of_memory(exc)
        return None
    for m in _ARXIV_IN_TEXT.finditer(first[:5000]):
        if m.group(1) in by_arxiv:
            return by_arxiv[m.group(1)], f"arXiv id {m.group(1)} on the first page"
    lowered = first.lower()
    for p in papers:
        if p["doi"] and p["doi"].lower() in lowered:
            return p["paper_id"], f"DOI {p['doi']} on the first page"
    text_norm = _normal(meta_title + " " + first[:3000])
    for p in sorted(papers, key=lambda p: -len(p["title"] or "")):
        title = _normal(p["title"] or "")
        if len(title) >= 20 and title in text_norm:
            return p["paper_id"], "title on the first page"
    return None


@claimed("pdfs", "`citeaudit pdfs`")
def ingest_dir(
    store: Any, config: Config, directory: Path, *, paper_ids: list[str] | None = None,
    max_bytes: int = MAX_PDF_BYTES, max_pages: int = MAX_PDF_PAGES,
) -> IngestSummary:
    """Copy hand-obtained PDFs from `directory` into the PDF cache for the papers they match."""
    from citeaudit.literature.target import stored_target_id

    if not directory.is_dir():
        from citeaudit.errors import InputError

        raise InputError(f"{directory}: not a folder of PDFs")
    ids = paper_ids if paper_ids is not None else store.selected_paper_ids(
        stored_target_id(store, config))
    papers = [dict(row) for row in store.papers(ids).values()]  # plain dicts: they pickle
    pdf_dir = Path(config.pdf_dir)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    summary = IngestSummary()
    paths, refused = folder_pdfs(directory)
    summary.invalid += [(path.name, state, reason) for path, state, reason in refused]
    with PdfWorker(PdfLimits.from_config(config)) as worker:
        for path in paths:
            _ingest_one(store, pdf_dir, path, papers, worker, max_bytes, max_pages, summary)
    return summary


def _check_and_match(path: Path, papers: list[dict[str, Any]], max_bytes: int,
                     max_pages: int) -> tuple[DownloadResult, tuple[str, str] | None]:
    """In the worker process: validate a hand-obtained file, then match it to a paper."""
    checked = validate_pdf(path, max_bytes, max_pages)
    return checked, (match_pdf(path, papers) if checked.state == OK else None)


def _ingest_one(store, pdf_dir, path, papers, worker, max_bytes, max_pages, summary) -> None:
    try:
        checked, found = worker.call(_check_and_match, path, papers, max_bytes, max_pages)
    except TooComplex as exc:
        checked, found = DownloadResult(TOO_COMPLEX, str(exc)), None
    if checked.state != OK:
        summary.invalid.append((path.name, checked.state, checked.reason or ""))
        return
    if found is None:
        summary.unmatched.append(path.name)
        return
    pid, how = found
    dest = pdf_dir / safe_file_name(pid)
    atomic_write(dest, lambda tmp: shutil.copyfile(path, tmp))
    checked.file_name, checked.source = dest.name, "local"
    checked.url = path.resolve().as_uri()
    checked.reason = f"matched by {how}"
    store.record_pdf_download(pid, OK, **checked.fields())
    summary.matched.append((path.name, pid, how))


# ---------------------------------------------------------------------------
# Stage entry point (`citeaudit run`) and report provider
# ---------------------------------------------------------------------------
def run(
    store: Any,
    config: Config,
    *,
    on_progress: Callable[[int, int | None], None] | None = None,
    refresh: bool = False,
) -> PdfsSummary:
    """`run_pdfs` for the pipeline; `refresh` retries papers that failed before."""
    from citeaudit.literature.target import stored_target_id

    ids = store.selected_paper_ids(stored_target_id(store, config))
    done = 0

    def on_paper(_pid: str, _state: str) -> None:
        nonlocal done
        done += 1
        if on_progress:
            on_progress(done, len(ids))

    return run_pdfs(store, config, paper_ids=ids, retry_failed=refresh, on_paper=on_paper,
                    download=config.pdf_download)


def report_pdf_outcomes(store: Any, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    """Report provider: each paper's download state and reason ('not-tried' if none)."""
    out = []
    for pid in paper_ids:
        row = store.pdf_download(pid)
        out.append({"paper_id": pid, "state": row["state"] if row is not None else "not-tried",
                    "reason": (row["reason"] or "") if row is not None else ""})
    return out
