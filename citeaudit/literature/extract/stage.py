"""The `extract` stage: passages from every downloaded PDF of the selected papers (and from
a folder of PDFs), S2 snippets for those without, and the passage rows for the report and CSV."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeaudit.literature.extract.pdf import extract_pdf_limited, extraction_worker
from citeaudit.literature.extract.records import COUNTED_KINDS, Extraction, TargetRef
from citeaudit.literature.extract.s2 import SnippetSummary, run_snippets, store_s2_contexts
from citeaudit.literature.extract.sentences import SentenceMatcher
from citeaudit.literature.pdf_limits import TOO_COMPLEX, PdfLimits, limits_raised
from citeaudit.literature.target import stored_target_id
from citeaudit.store import claimed

EXTRACTOR_VERSION = 7  # bump when extraction changes, so `extract` redoes stored papers


@dataclass
class ExtractSummary:
    """What `citeaudit extract` did."""

    n_papers: int = 0
    n_extracted: int = 0
    n_unchanged: int = 0
    n_without_pdf: int = 0
    n_pages: int = 0
    n_passages: int = 0
    n_s2_contexts: int = 0
    n_s2_duplicates: int = 0
    states: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (paper, state, why)
    target_found: bool = False
    snippets: SnippetSummary | None = None


def target_ref(store: Any, config: Any) -> TargetRef | None:
    pid = stored_target_id(store, config)
    row = store.literature.get_paper(pid) if pid else None
    return TargetRef.from_paper_row(row) if row is not None else None


@claimed("extract", "`citeaudit extract`")
def run_extract(
    store: Any,
    config: Any,
    *,
    paper_ids: list[str] | None = None,
    force: bool = False,
    on_paper: Callable[[str, str], None] | None = None,
) -> ExtractSummary:
    """Extract pages and passages from every downloaded PDF of the selected papers.

    Papers whose stored extraction came from the same file and extractor version are
    skipped unless `force` (a `too-complex` one also when the limit it hit was raised);
    each paper is stored in its own transaction. S2 citation contexts are stored as
    `s2-context` passages linked to the PDF passage they repeat.
    """
    summary = ExtractSummary()
    target = target_ref(store, config)
    target_id = stored_target_id(store, config)
    summary.target_found = target is not None
    ids = (paper_ids if paper_ids is not None
           else store.literature.list_selected_paper_ids(target_id))
    with extraction_worker(config) as worker:  # starts at the first PDF to read
        for pid in ids:
            summary.n_papers += 1
            download = store.documents.get_download(pid)
            if download is None or download["state"] != "ok":
                summary.n_without_pdf += 1
            else:
                _extract_one(store, config, pid, download, target, worker, force, summary)
            if target_id:
                n, dups = store_s2_contexts(store, target_id, pid, config.aliases)
                summary.n_s2_contexts += n
                summary.n_s2_duplicates += dups
            if on_paper:
                on_paper(pid, (store.documents.get_extraction(pid) or {"state": "no-pdf"})["state"])
    return summary


def _is_current(previous: Any, download: Any, limits: PdfLimits) -> bool:
    """Whether a stored extraction stands: same file, same extractor, and (for a PDF that
    was over a limit) that limit not raised since."""
    return (previous is not None and previous["sha256"] == download["sha256"]
            and previous["extractor_version"] == EXTRACTOR_VERSION
            and not (previous["state"] == TOO_COMPLEX
                     and limits_raised(previous["reason"], limits)))


def _extract_one(store, config, pid, download, target, worker, force, summary) -> None:
    previous = store.documents.get_extraction(pid)
    if not force and _is_current(previous, download, worker.limits):
        summary.n_unchanged += 1
        summary.states[previous["state"]] = summary.states.get(previous["state"], 0) + 1
        return
    path = Path(config.pdf_dir) / download["file_name"]
    if not path.is_file():
        result = Extraction("missing-file", f"{path} is gone; rerun `citeaudit pdfs`")
    else:
        result = extract_pdf_limited(worker, path, pid, target)
    store.documents.upsert_extraction(
        pid, result.state, reason=result.reason, sha256=download["sha256"],
        pages=result.pages, passages=[p.as_row() for p in result.passages],
        marker_style=result.marker.style if result.marker else None,
        markers=[result.marker.label] if result.marker else [],
        bib_entry=result.marker.bib_entry if result.marker else None,
        extractor_version=EXTRACTOR_VERSION,
    )
    summary.n_extracted += 1
    summary.n_pages += len(result.pages)
    summary.n_passages += len(result.passages)
    summary.states[result.state] = summary.states.get(result.state, 0) + 1
    if result.state != "ok":
        summary.problems.append((pid, result.state, result.reason or ""))


def run(
    store: Any,
    config: Any,
    *,
    on_progress: Callable[[int, int | None], None] | None = None,
    refresh: bool = False,
    snippets: bool = True,
) -> ExtractSummary:
    """Extract passages from the PDFs, then fetch S2 snippets for papers that have none.

    `refresh` re-extracts every PDF and asks S2 again for snippets.
    """
    from citeaudit.core.errors import S2Error
    from citeaudit.literature.scholar import ScholarClient

    ids = store.literature.list_selected_paper_ids(stored_target_id(store, config))
    done = 0

    def on_paper(_pid: str, _state: str) -> None:
        nonlocal done
        done += 1
        if on_progress:
            on_progress(done, len(ids))

    matcher = SentenceMatcher(config.aliases, config.spacy_model)
    summary = run_extract(store, config, paper_ids=ids, force=refresh, on_paper=on_paper)
    if snippets and papers_needing_snippets(store, ids, refresh):
        with ScholarClient(config) as client:
            try:
                found = run_snippets(store, config, client, paper_ids=ids, refresh=refresh,
                                     matcher=matcher)
            except S2Error as exc:
                summary.problems.append(("(snippets)", "s2-error", str(exc)))
            else:
                summary.snippets = found
    return summary


def papers_needing_snippets(store: Any, paper_ids: Iterable[str], refresh: bool) -> list[str]:
    """Papers without a readable PDF whose snippets were not fetched yet (all with refresh)."""
    out = []
    for pid in paper_ids:
        extraction = store.documents.get_extraction(pid)
        if extraction is not None and extraction["state"] == "ok":
            continue
        if refresh or store.documents.get_snippet_fetch(pid) is None:
            out.append(pid)
    return out


def report_passages(store: Any, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    """Report provider: the passages of the papers that count as evidence (dataset use,
    citation); S2 contexts that repeat a PDF passage left out."""
    return [
        {"paper_id": r["paper_id"], "text": r["sentence"], "page": r["page"],
         "section": r["section"], "source": r["source"], "matched": r["matched"]}
        for r in store.documents.list_passages(list(paper_ids))
        if r["duplicate_of"] is None and r["passage_kind"] in COUNTED_KINDS
    ]


CSV_COLUMNS = ["paper_id", "title", "arxiv_id", "passage_id", "source", "page", "section",
               "passage_kind", "match_kind", "matched", "context_before", "sentence",
               "context_after", "duplicate_of"]


def passage_rows(store: Any, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    """One dict per passage with the paper's title, in CSV_COLUMNS order."""
    ids = list(paper_ids)
    papers = store.literature.get_papers(ids)
    order = {pid: i for i, pid in enumerate(ids)}
    rows = []
    for r in sorted(store.documents.list_passages(ids), key=lambda r: order.get(r["paper_id"], 0)):
        paper = papers.get(r["paper_id"])
        rows.append({
            **{c: r[c] for c in CSV_COLUMNS if c in r.keys()},
            "title": paper["title"] if paper is not None else "",
            "arxiv_id": paper["arxiv_id"] if paper is not None else "",
        })
    return [{c: row.get(c) for c in CSV_COLUMNS} for row in rows]


# The default target, so a folder of PDFs can be read before anything is fetched.
KNOWN_TARGETS = {
    "ARXIV:2204.05862": TargetRef(
        title="Training a Helpful and Harmless Assistant with Reinforcement Learning from "
              "Human Feedback",
        arxiv_id="2204.05862", doi="10.48550/arXiv.2204.05862", first_author_surname="Bai",
        n_authors=31, year=2022,
    ),
}


def folder_target(config: Any) -> TargetRef:
    """The target `extract_folder` looks for: the stored one, else a known default (so a
    folder can be read before anything is fetched). A missing store is not created."""
    from citeaudit.core.errors import CiteauditError
    from citeaudit.literature.scholar import normalize_paper_id
    from citeaudit.store import Store

    target = None
    if config.store_path.exists():  # nothing is stored: do not create a store
        with Store(config.store_path) as store:
            target = target_ref(store, config)
    target = target or KNOWN_TARGETS.get(normalize_paper_id(config.target))
    if target is None:
        raise CiteauditError(f"the target {config.target} is not resolved yet: run "
                             "`citeaudit fetch` first")
    return target


def extract_folder(
    folder: Path, target: TargetRef, config: Any,
    on_file: Callable[[Path, Extraction], None] | None = None,
) -> list[dict[str, Any]]:
    """Passages of every PDF in a folder (paper id = file name), without touching the store.

    Files are checked as `citeaudit pdfs` checks a download and read under the PDF limits;
    each one that is refused, skipped or not read reaches `on_file` with its state."""
    from citeaudit.literature.download import folder_pdfs

    rows: list[dict[str, Any]] = []
    paths, refused = folder_pdfs(folder)
    for path, state, reason in refused:
        if on_file:
            on_file(path, Extraction(state, reason))
    with extraction_worker(config) as worker:
        for path in paths:
            result = extract_pdf_limited(worker, path, path.stem, target, check=True)
            arxiv = re.fullmatch(r"(\d{4}\.\d{4,5})(v\d+)?", path.stem)
            for p in result.passages:
                rows.append({"paper_id": path.stem, "title": result.title,
                             "arxiv_id": arxiv.group(1) if arxiv else "",
                             "source": "pdf", "duplicate_of": None, **p.as_row()})
            if on_file:
                on_file(path, result)
    return [{c: row.get(c) for c in CSV_COLUMNS} for row in rows]
