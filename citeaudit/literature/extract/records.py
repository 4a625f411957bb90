"""The records that extraction passes between its steps: the target, blocks, markers,
passages and the outcome of one PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from citeaudit.store.documents import COUNTED_KINDS, PASSAGE_KINDS  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class TargetRef:
    """What identifies the cited work in a bibliography and in running text."""

    title: str
    arxiv_id: str | None = None
    doi: str | None = None
    first_author_surname: str | None = None
    n_authors: int | None = None
    year: int | None = None

    @classmethod
    def from_paper_row(cls, row: Any) -> TargetRef:
        """From a `papers` row of the store."""
        import json

        authors = json.loads(row["authors_json"]) if row["authors_json"] else []
        surname = None
        if authors and authors[0].get("name"):
            surname = authors[0]["name"].split()[-1]
        return cls(title=row["title"] or "", arxiv_id=row["arxiv_id"], doi=row["doi"],
                   first_author_surname=surname, n_authors=len(authors) or None,
                   year=row["year"])


@dataclass
class Block:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    n_lines: int
    kind: str = "body"  # body | heading | bib | furniture


@dataclass(frozen=True)
class Marker:
    """How the paper cites the target in running text."""

    style: str  # "numeric" | "author-year"
    label: str  # "12" or "Bai et al., 2022a"
    number: int | None = None
    surname: str | None = None
    year: str | None = None
    suffix: str = ""
    bib_entry: str = ""


@dataclass
class Passage:
    passage_id: str
    page: int | None
    section: str | None
    sentence: str
    context_before: str
    context_after: str
    matched: str
    match_kind: str  # "alias" | "marker" | "redteam_marker" (cites the red-team data's paper)
    passage_kind: str = "dataset_use"  # one of PASSAGE_KINDS

    def as_row(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Extraction:
    """The outcome of reading one PDF; `state` is 'ok' or why it could not be read."""

    state: str
    reason: str | None = None
    pages: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    marker: Marker | None = None
    n_candidate_paragraphs: int = 0
    title: str = ""  # from the PDF's metadata, when it has one
