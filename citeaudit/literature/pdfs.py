"""The `pdfs` stage: download (or ingest) one PDF per selected paper, politely, resumably,
and validated (see download for the sources, the downloader and the checks).

Sources in order: S2's `openAccessPdf.url`, arXiv (`{arxiv_pdf_url}/{id}`), the ACL
Anthology (`{acl_pdf_url}/{id}.pdf`). Every paper ends in a recorded state with the reason;
one bad paper never stops the run. File names come from the paper id only, never from the
network. A host that cannot be reached at all (no such name, connection refused) is tried
once per run: its other papers are recorded as `offline` at once, and retried by the next
run.

When every source fails, the paper is recorded under the most telling failure (a transient
one if any, so that it is retried; else LASTING_ORDER) and what each source answered is
kept (`sources_json`): a rerun asks again only sources that failed for a passing reason or
are new, never one that gave a lasting answer (404, 403, not a PDF) unless `retry_failed`.
PDFs the user obtained by hand are matched to papers and copied in (`ingest_dir`)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from citeaudit.core.config import Config
from citeaudit.core.files import atomic_write
from citeaudit.literature.download import (
    MAX_PDF_BYTES,
    MAX_PDF_PAGES,
    OFFLINE,
    OK,
    Downloader,
    DownloadResult,
    candidate_urls,
    folder_pdfs,
    safe_file_name,
    validate_pdf,
)
from citeaudit.literature.extract.bibliography import normal_form
from citeaudit.literature.pdf_limits import (
    TOO_COMPLEX,
    PdfLimits,
    PdfWorker,
    TooComplex,
    limits_raised,
    raise_if_out_of_memory,
)
from citeaudit.store import claimed


@dataclass
class PdfsSummary:
    n_papers: int = 0
    n_downloaded: int = 0
    n_already: int = 0
    n_requests: int = 0
    states: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str, str]] = field(default_factory=list)


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
    ids = paper_ids if paper_ids is not None else store.literature.list_selected_paper_ids(
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
    previous = store.documents.get_download(pid)
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
    previous = store.documents.get_download(pid)
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
    paper = store.literature.get_paper(pid)
    urls = candidate_urls(paper, config) if paper is not None else []
    limits = PdfLimits.from_config(config)
    to_try = [(source, url) for source, url in urls
              if url not in remembered or _worth_asking_again(remembered[url], limits)]
    if previous is not None and previous["state"] != OK and not to_try \
            and not is_transient(previous["state"]):
        summary.n_already += 1  # every source gave a lasting answer already
        return previous["state"]
    if not urls:
        store.documents.upsert_download(pid, "no-open-access",
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
        store.documents.upsert_download(pid, OK, **{**result.fields(), "attempts": attempts,
                                                    "sources_json": sources_json})
        return OK
    chosen = telling_state(outcomes)
    reason = failure_reason(outcomes, chosen)
    summary.problems.append((pid, chosen.state, reason))
    store.documents.upsert_download(pid, chosen.state, reason=reason, source=chosen.source,
                                    url=chosen.url, http_status=chosen.http_status,
                                    attempts=attempts, sources_json=sources_json)
    return chosen.state


_ARXIV_IN_TEXT = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")


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
    text_norm = normal_form(meta_title + " " + first[:3000])
    for p in sorted(papers, key=lambda p: -len(p["title"] or "")):
        title = normal_form(p["title"] or "")
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
        from citeaudit.core.errors import InputError

        raise InputError(f"{directory}: not a folder of PDFs")
    ids = paper_ids if paper_ids is not None else store.literature.list_selected_paper_ids(
        stored_target_id(store, config))
    # plain dicts: they pickle
    papers = [dict(row) for row in store.literature.get_papers(ids).values()]
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
    store.documents.upsert_download(pid, OK, **checked.fields())
    summary.matched.append((path.name, pid, how))


def run(
    store: Any,
    config: Config,
    *,
    on_progress: Callable[[int, int | None], None] | None = None,
    refresh: bool = False,
) -> PdfsSummary:
    """`run_pdfs` for the pipeline; `refresh` retries papers that failed before."""
    from citeaudit.literature.target import stored_target_id

    ids = store.literature.list_selected_paper_ids(stored_target_id(store, config))
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
        row = store.documents.get_download(pid)
        out.append({"paper_id": pid, "state": row["state"] if row is not None else "not-tried",
                    "reason": (row["reason"] or "") if row is not None else ""})
    return out
