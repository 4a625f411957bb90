"""Which citing papers are "the most influential": named ranking rules over merged twins."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.literature.target import stored_target_id
from citeaudit.store import Store, loads


@dataclass(frozen=True)
class Candidate:
    """A citing paper with what the ranking rules read."""

    paper_id: str
    title: str | None = None
    year: int | None = None
    publication_date: str | None = None
    citation_count: int = 0
    influential_citation_count: int = 0
    is_influential: bool = False
    arxiv_id: str | None = None
    doi: str | None = None
    publication_types: tuple[str, ...] = ()
    venue: str | None = None


@dataclass
class Work:
    """One work after twin merging: its representative record and every S2 id it has."""

    representative: Candidate
    members: list[Candidate] = field(default_factory=list)

    @property
    def citation_count(self) -> int:
        return max(m.citation_count for m in self.members)

    @property
    def influential_citation_count(self) -> int:
        return max(m.influential_citation_count for m in self.members)

    @property
    def is_influential(self) -> bool:
        return any(m.is_influential for m in self.members)

    def score(self) -> dict[str, Any]:
        return {
            "citation_count": self.citation_count,
            "influential_citation_count": self.influential_citation_count,
            "is_influential": self.is_influential,
        }


def _tiebreak(w: Work) -> tuple:
    # Deterministic: newer work first would favour recency; we prefer older (earlier year),
    # then the S2 paper id so two runs on the same data always agree.
    return (w.representative.year or 9999, w.representative.paper_id)


# What each rule sorts by, most significant first, every key descending (then _tiebreak).
# The names are Work.score() keys, stored with the selection in selection_items.score_json.
RANKED_BY: dict[str, tuple[str, ...]] = {
    "citations": ("citation_count", "influential_citation_count"),
    "influential-citations": ("influential_citation_count", "citation_count"),
    "s2-influential": ("is_influential", "citation_count", "influential_citation_count"),
}


def _sort_key(keys: tuple[str, ...]) -> Callable[[Work], tuple]:
    def key(w: Work) -> tuple:
        score = w.score()
        return (*(-int(score[k]) for k in keys), *_tiebreak(w))

    return key


RULES: dict[str, tuple[str, Callable[[Work], tuple]]] = {
    "citations": (
        "the citing paper's own citationCount, then influentialCitationCount",
        _sort_key(RANKED_BY["citations"]),
    ),
    "influential-citations": (
        "the citing paper's influentialCitationCount, then citationCount",
        _sort_key(RANKED_BY["influential-citations"]),
    ),
    "s2-influential": (
        "S2's isInfluential flag on the citation of the target first, then citationCount",
        _sort_key(RANKED_BY["s2-influential"]),
    ),
}


def normalize_title(title: str | None) -> str:
    """Lower-case ASCII letters and digits only, so trivial variants compare equal."""
    if not title:
        return ""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _is_preprint(c: Candidate) -> bool:
    return not c.doi or (c.venue or "").lower() in ("", "arxiv", "arxiv.org") or (
        c.doi or ""
    ).lower().startswith("10.48550/")


def merge_twins(candidates: Iterable[Candidate]) -> list[Work]:
    """Group records of one work (same arXiv id, DOI or normalised title), union-find style."""
    items = list(candidates)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for i, c in enumerate(items):
        keys = []
        if c.arxiv_id:
            keys.append(("arxiv", c.arxiv_id.lower()))
        if c.doi:
            keys.append(("doi", c.doi.lower()))
        title = normalize_title(c.title)
        if len(title) >= 20:  # short titles ("Introduction") collide across works
            keys.append(("title", title))
        for key in keys:
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    groups: dict[int, list[Candidate]] = {}
    for i, c in enumerate(items):
        groups.setdefault(find(i), []).append(c)
    works = []
    for members in groups.values():
        # The published version represents the work; then the most cited; then the id.
        members.sort(key=lambda c: (_is_preprint(c), -c.citation_count, c.paper_id))
        works.append(Work(representative=members[0], members=members))
    return works


def published_by(c: Candidate, as_of: date) -> bool:
    """S2's publicationDateOrYear semantics: the date when known, else the year."""
    if c.publication_date:
        try:
            return date.fromisoformat(c.publication_date[:10]) <= as_of
        except ValueError:
            pass
    return c.year is not None and c.year <= as_of.year


@dataclass
class Ranking:
    rule: str
    top_n: int
    as_of: str | None
    works: list[Work]
    n_candidates: int
    n_twins_merged: int
    n_undated: int


def rank(candidates: Iterable[Candidate], rule: str = "citations", top_n: int = 100,
         as_of: str | None = None) -> Ranking:
    """Filter by as-of date, merge twins, sort by the named rule, keep the first `top_n`."""
    if rule not in RULES:
        raise CiteauditError(f"unknown ranking rule {rule!r}; choose one of: {', '.join(RULES)}")
    if top_n < 1:
        raise CiteauditError(f"--top must be at least 1, got {top_n}")
    pool = list(candidates)
    n_undated = 0
    if as_of:
        cutoff = parse_as_of(as_of)
        n_undated = sum(1 for c in pool if not c.publication_date and c.year is None)
        pool = [c for c in pool if published_by(c, cutoff)]
    works = merge_twins(pool)
    works.sort(key=RULES[rule][1])
    return Ranking(rule, top_n, as_of, works[:top_n], len(pool), len(pool) - len(works), n_undated)


def parse_as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CiteauditError(f"--as-of must be a date like 2024-06-30, got {text!r}") from None


def candidates_from_store(store: Store, target_paper_id: str) -> list[Candidate]:
    return [
        Candidate(
            paper_id=r["paper_id"],
            title=r["title"],
            year=r["year"],
            publication_date=r["publication_date"],
            citation_count=r["citation_count"] or 0,
            influential_citation_count=r["influential_citation_count"] or 0,
            is_influential=bool(r["is_influential"]),
            arxiv_id=r["arxiv_id"],
            doi=r["doi"],
            publication_types=tuple(loads(r["publication_types_json"], [])),
            venue=r["venue"],
        )
        for r in store.literature.list_citing_papers(target_paper_id)
    ]


def run(store: Store, config: Config, target_paper_id: str | None = None) -> Ranking:
    """Rank the stored citing papers and store the selection (no network)."""
    target_paper_id = target_paper_id or stored_target_id(store, config)
    if not target_paper_id:
        raise CiteauditError("nothing fetched yet: run `citeaudit fetch` first")
    ranking = rank(candidates_from_store(store, target_paper_id), config.rank_rule,
                   config.top_n, config.as_of)
    store.literature.insert_selection(
        target_paper_id, ranking.rule, ranking.top_n, ranking.as_of, ranking.n_candidates,
        ranking.n_twins_merged,
        [(w.representative.paper_id, [m.paper_id for m in w.members], w.score())
         for w in ranking.works],
    )
    return ranking


# ---------------------------------------------------------------------------
# The selection as rows (`citeaudit list`, `list --csv`)
# ---------------------------------------------------------------------------
# Score fields under the names of the list's CSV columns.
SCORE_COLUMNS = {"citation_count": "citation_count",
                 "influential_citation_count": "influential_citation_count",
                 "is_influential": "s2_is_influential"}

LIST_COLUMNS = ["rank", "paper_id", "year", "rule", "ranked_by", "score", "citation_count",
                "influential_citation_count", "s2_is_influential", "title", "venue",
                "arxiv_id", "doi", "twins", "pdf", "passages"]


def _score_value(value: Any) -> int | str:
    """A stored score as a number (the isInfluential flag as 1 or 0); '' when not stored."""
    if value is None:
        return ""
    return int(value)


def selection_rows(store: Store) -> list[dict[str, Any]]:
    """The current selection, one row per work, with the LIST_COLUMNS fields.

    The counts and the flag are those the rule ranked by (stored with the selection; for
    merged twins the highest of the twins). `ranked_by` names the columns the rule sorted
    by, most significant first; `score` repeats the first of them (the flag as 1 or 0).
    """
    selection = store.literature.get_current_selection()
    if selection is None:
        raise CiteauditError("no selection yet: run `citeaudit fetch` (or `citeaudit select`)")
    keys = RANKED_BY.get(selection.rule, ())
    ranked_by = ", ".join(SCORE_COLUMNS[k] for k in keys)
    passage_counts = store.documents.count_passages()  # from the passages component
    rows = []
    for item in store.literature.list_selection_items(selection.selection_id):
        twins = [t for t in loads(item["twin_ids_json"], []) if t != item["paper_id"]]
        score = loads(item["score_json"], {}) or {}
        download = store.documents.get_download(item["paper_id"])
        rows.append({
            "rank": item["rank"], "paper_id": item["paper_id"], "year": item["year"],
            "rule": selection.rule, "ranked_by": ranked_by,
            "score": _score_value(score.get(keys[0])) if keys else "",
            **{column: _score_value(score.get(k)) for k, column in SCORE_COLUMNS.items()},
            "title": item["title"], "venue": item["venue"], "arxiv_id": item["arxiv_id"],
            "doi": item["doi"], "twins": " ".join(twins),
            "pdf": download["state"] if download is not None else "",
            "passages": passage_counts.get(item["paper_id"], {}).get("total", 0),
        })
    return rows


# `citeaudit list`'s table gives the rule's first key a column of its own, under a short
# header, unless it is the citation count (a column the table always has).
KEY_HEADERS = {"influential_citation_count": "influential", "is_influential": "S2 infl."}


def key_column(rule: str) -> tuple[str, str] | None:
    """(header, selection_rows field) of the column for what `rule` ranks by first; None
    when that is the citation count."""
    first = (RANKED_BY.get(rule) or ("citation_count",))[0]
    header = KEY_HEADERS.get(first)
    return (header, SCORE_COLUMNS[first]) if header else None


def key_text(field: str, value: int | str) -> str:
    """A key column's cell: the isInfluential flag as yes or no, a count as it is."""
    if field == SCORE_COLUMNS["is_influential"] and value != "":
        return "yes" if value else "no"
    return str(value)


def paper_by_rank_or_id(store: Store, ids: list[str], ref: str) -> str:
    """The paper `ref` names: a rank in the selection `ids` (1 = the first, as `citeaudit
    list` numbers them), else an S2 id, arXiv id, DOI or corpus id of a stored paper."""
    if ref.isdigit() and 0 < int(ref) <= len(ids):
        return ids[int(ref) - 1]
    pid = store.literature.get_paper_id(ref)
    if pid is None:
        raise CiteauditError(f"no stored paper matches {ref!r} (give an S2 id, arXiv id, "
                             "DOI, or a rank from `citeaudit list`)")
    return pid
