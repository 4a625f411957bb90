"""The fetch stage: resolve the target, page through all its citations, select, add details.

Every page is stored in its own transaction with its paging record, so a killed run
resumes from the last stored page and a finished one makes no calls at all.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from citeaudit.core.config import Config
from citeaudit.core.errors import S2ResponseTooLarge
from citeaudit.literature import select
from citeaudit.literature.scholar import (
    DETAIL_FIELDS,
    PAPER_FIELDS,
    S2_RESULT_CAP,
    ScholarClient,
    normalize_paper_id,
)
from citeaudit.store import Store, claimed

log = logging.getLogger(__name__)

TARGET_FIELDS = PAPER_FIELDS + ["abstract"]


@dataclass
class FetchSummary:
    target_paper_id: str
    target_title: str | None
    target_citation_count: int | None
    citations_stored: int
    pages_fetched: int
    requests: int
    truncated: bool
    details_fetched: int = 0
    references_fetched: int = 0
    not_found_in_batch: list[str] = field(default_factory=list)
    ranking: select.Ranking | None = None
    warnings: list[str] = field(default_factory=list)


ProgressFn = Callable[[int, int | None], None]


def resolve_target(store: Store, client: ScholarClient, target: str, refresh: bool) -> str:
    query = normalize_paper_id(target)
    known = store.literature.get_target_paper_id(query)
    if known and not refresh:
        return known
    paper = client.paper(query, fields=TARGET_FIELDS)
    store.literature.upsert_target(query, paper)
    return paper["paperId"]


def fetch_citations(
    store: Store,
    client: ScholarClient,
    target_paper_id: str,
    as_of: str | None,
    page_limit: int = 1000,
    refresh: bool = False,
    on_page: ProgressFn | None = None,
) -> tuple[int, bool]:
    """Page through citations from the last stored page on; returns (pages fetched, truncated)."""
    date_filter = f":{as_of}" if as_of else ""
    if refresh:
        store.literature.delete_fetch_pages(target_paper_id, date_filter)
    pages = store.literature.list_fetch_pages(target_paper_id, date_filter)
    if pages and pages[-1]["next_offset"] is None:
        return 0, _was_truncated(store, target_paper_id, pages)
    offset = pages[-1]["next_offset"] if pages else 0
    limit = min(page_limit, 1000)
    fetched = 0
    total_rows = sum(p["n_rows"] for p in pages)
    while offset < S2_RESULT_CAP:
        ask = min(limit, S2_RESULT_CAP - offset)
        try:
            page = client.citation_page(target_paper_id, offset, ask, date_filter)
        except S2ResponseTooLarge:
            if limit == 1:
                raise
            limit = max(1, limit // 2)
            log.info("page too large for S2; asking for %d rows per page", limit)
            continue
        next_offset = page.next_offset
        if next_offset is not None and (next_offset >= S2_RESULT_CAP or not page.rows):
            next_offset = None  # the cap, or an empty page: the list ends here for S2
        store.literature.upsert_citation_page(target_paper_id, date_filter, offset, ask,
                                              page.rows, next_offset)
        fetched += 1
        total_rows += len(page.rows)
        if on_page:
            on_page(total_rows, None)
        if next_offset is None:
            break
        offset = next_offset
    pages = store.literature.list_fetch_pages(target_paper_id, date_filter)
    return fetched, _was_truncated(store, target_paper_id, pages)


def _was_truncated(store: Store, target_paper_id: str, pages: list) -> bool:
    rows = sum(p["n_rows"] for p in pages)
    reached = max((p["page_offset"] + p["n_rows"] for p in pages), default=0)
    target = store.literature.get_paper(target_paper_id)
    expected = target["citation_count"] if target else None
    return reached >= S2_RESULT_CAP - 1 or (
        expected is not None and rows < expected and reached >= S2_RESULT_CAP - 1000
    )


def fetch_details(store: Store, client: ScholarClient, paper_ids: list[str],
                  refresh: bool = False) -> tuple[int, list[str]]:
    """Details and references for the selected papers via /paper/batch (500 ids per call)."""
    todo = paper_ids if refresh else store.literature.list_papers_without_references(paper_ids)
    if not todo:
        return 0, []
    answers = client.batch(todo, fields=DETAIL_FIELDS)
    missing = []
    for pid, paper in zip(todo, answers, strict=True):
        if paper is None:
            missing.append(pid)
            store.literature.upsert_references(pid, [])
            continue
        references = paper.pop("references", None) or []
        paper["paperId"] = pid  # the id we know it by; S2 answers with the same id
        with store.transaction():
            store.literature.upsert_papers([paper], details=True)
            store.literature.upsert_references(pid, references)
    return len(todo) - len(missing), missing


@claimed("fetch", "`citeaudit fetch`")
def run(
    store: Store,
    config: Config,
    client: ScholarClient,
    refresh: bool = False,
    on_page: ProgressFn | None = None,
) -> FetchSummary:
    """The whole fetch: resolve, page, select the top N, then details and references."""
    target_paper_id = resolve_target(store, client, config.target, refresh)
    target = store.literature.get_paper(target_paper_id)
    expected = target["citation_count"] if target else None
    if on_page and expected:
        on_page(0, expected)
    pages, truncated = fetch_citations(
        store, client, target_paper_id, config.as_of, config.s2_page_limit, refresh, on_page
    )
    summary = FetchSummary(
        target_paper_id=target_paper_id,
        target_title=target["title"] if target else None,
        target_citation_count=expected,
        citations_stored=len(store.literature.list_citing_papers(target_paper_id)),
        pages_fetched=pages,
        requests=0,
        truncated=truncated,
    )
    if truncated:
        summary.warnings.append(
            f"Semantic Scholar returns at most about {S2_RESULT_CAP:,} citations per query; "
            f"{summary.citations_stored:,} of {expected or 'an unknown number of'} were fetched. "
            "Fetch in date windows with --as-of to see the rest."
        )
    summary.ranking = select.run(store, config, target_paper_id)
    selected = [w.representative.paper_id for w in summary.ranking.works]
    summary.details_fetched, summary.not_found_in_batch = fetch_details(
        store, client, selected, refresh
    )
    summary.references_fetched = summary.details_fetched
    summary.requests = client.stats.requests
    return summary


def minimum_requests(n_citations: int) -> int:
    """The request budget the design promises for a cold fetch (resolve, pages, batch)."""
    return math.ceil(n_citations / 1000) + 3
