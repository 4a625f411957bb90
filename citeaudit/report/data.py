"""What the report shows, gathered from the store into plain records.

The core data (target, selection, citing papers, S2 citation contexts, references) comes from
`Store` methods. Data owned by other parts comes from **providers**: a function in the
owning module that reads the store and returns records in the shapes below, called through
`report/providers.py` (one named function per key, importing its part when called). A provider
that yields nothing leaves the sections that need it out of the report. The provider contract:

- pdf_outcomes: citeaudit.literature.pdfs.report_pdf_outcomes -> paper_id, state ('ok' or
  why not), reason
- passages: citeaudit.literature.extract.stage.report_passages -> paper_id, text, page,
  section, source, matched
- codebook: citeaudit.coding.report.report_codebook -> id, label, multiple, codes [{id, label}],
  version (one record per dimension, in codebook order)
- codes: citeaudit.coding.report.report_codes -> paper_id, dimension, code, coder, kind,
  codebook_version
- agreement: citeaudit.coding.report.report_agreement -> dimension, coders, statistic, value,
  n_units; optional low, high (a 95% interval, given for alpha of a whole dimension)
- audit: citeaudit.audit.report.report_section -> one ExternalSection (figures captioned
  through figure_captions), or None when no audit run is stored
- evaluation: citeaudit.evals.report.report_section -> one ExternalSection, or None
- experiment: citeaudit.evals.experiment.report_section -> one ExternalSection, or None

Records may be mappings, sqlite3.Row objects or objects with those attributes.
Every provider is called as `fn(store, paper_ids)` where paper_ids are the selected papers;
without a selection only the audit, evaluation and experiment providers are called, with [].
`kind` of a code is 'auto', 'human' or 'adjudicated'.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from citeaudit.core.errors import CiteauditError
from citeaudit.literature import select as select_stage
from citeaudit.literature.network import Network
from citeaudit.literature.network import load as load_network
from citeaudit.report.providers import PROVIDERS
from citeaudit.store import Selection, Store, loads, utc_now


@dataclass(frozen=True)
class PaperRow:
    rank: int | None
    paper_id: str
    title: str
    year: int | None
    venue: str
    authors: tuple[str, ...]
    citation_count: int
    influential_citation_count: int
    arxiv_id: str | None = None
    doi: str | None = None
    is_influential_citation: bool | None = None

    @property
    def url(self) -> str:
        """A link we build from ids (never a URL taken from the data)."""
        if self.arxiv_id:
            return f"https://arxiv.org/abs/{quote(self.arxiv_id, safe='.')}"
        if self.doi:
            return f"https://doi.org/{quote(self.doi, safe='/.()-_')}"
        return f"https://www.semanticscholar.org/paper/{quote(self.paper_id, safe='')}"


@dataclass(frozen=True)
class Passage:
    paper_id: str
    text: str
    page: int | None = None
    section: str | None = None
    source: str = "pdf"  # pdf | s2-context | s2-snippet
    matched: str | None = None


@dataclass(frozen=True)
class PdfOutcome:
    paper_id: str
    state: str  # 'ok' or why not: 'no-open-access', 'http-403', 'not-a-pdf', ...
    reason: str = ""


@dataclass(frozen=True)
class CodeOption:
    id: str
    label: str


@dataclass(frozen=True)
class Dimension:
    id: str
    label: str
    multiple: bool = False
    codes: tuple[CodeOption, ...] = ()
    version: str | None = None

    def label_of(self, code: str) -> str:
        return next((c.label for c in self.codes if c.id == code), code)


@dataclass(frozen=True)
class CodeRecord:
    paper_id: str
    dimension: str
    code: str
    coder: str
    kind: str = "human"  # auto | human | adjudicated
    codebook_version: str | None = None


@dataclass(frozen=True)
class AgreementRow:
    dimension: str
    coders: str  # e.g. "all humans", "ann vs bo", "auto vs adjudicated"
    statistic: str  # krippendorff_alpha | cohen_kappa | percent_agreement
    value: float | None
    n_units: int
    low: float | None = None
    high: float | None = None

    @property
    def is_alpha(self) -> bool:
        return "alpha" in self.statistic.lower()


@dataclass
class TableData:
    caption: str
    columns: list[str]
    rows: list[list[Any]]
    muted_rows: list[int] = field(default_factory=list)  # indexes shown greyed (e.g. small n)


@dataclass
class ExternalSection:
    """A section another stage contributes: plotly figures and tables, no HTML."""

    id: str
    title: str
    intro: list[str] = field(default_factory=list)
    figures: list[Any] = field(default_factory=list)  # plotly Figure objects
    tables: list[TableData] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    figure_captions: list[str] = field(default_factory=list)  # by position in `figures`


@dataclass
class ReportData:
    """Everything the report renders; sections read this and nothing else."""

    title: str
    target: PaperRow | None
    selection: Selection | None
    papers: list[PaperRow] = field(default_factory=list)
    n_citing_papers: int = 0
    citations_fetched_at: str | None = None
    passages: list[Passage] = field(default_factory=list)
    pdf_outcomes: list[PdfOutcome] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    codes: list[CodeRecord] = field(default_factory=list)
    agreement: list[AgreementRow] = field(default_factory=list)
    network: Network | None = None
    extra_sections: list[ExternalSection] = field(default_factory=list)
    generated_at: str = field(default_factory=utc_now)
    store_id: str = ""
    stages_missing: list[str] = field(default_factory=list)
    model_names: dict[str, str] = field(default_factory=dict)  # stored name -> display name

    @property
    def has_literature(self) -> bool:
        """Whether citing papers were fetched and selected (else: audit/eval sections only)."""
        return self.selection is not None

    def passages_by_paper(self) -> dict[str, list[Passage]]:
        grouped: dict[str, list[Passage]] = defaultdict(list)
        for p in self.passages:
            grouped[p.paper_id].append(p)
        for items in grouped.values():
            items.sort(key=lambda p: (p.source != "pdf", p.page if p.page is not None else 1 << 30))
        return grouped

    def dimension(self, dimension_id: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def role_dimension(self) -> Dimension | None:
        """The dimension that says how a paper uses the dataset (id or label names a role)."""
        for d in self.dimensions:
            if "role" in d.id.lower() or "role" in d.label.lower():
                return d
        return self.dimensions[0] if self.dimensions else None


# ---------------------------------------------------------------------------
# Deriving final codes
# ---------------------------------------------------------------------------
def auto_codes(codes: Iterable[CodeRecord]) -> dict[tuple[str, str], set[str]]:
    """(paper, dimension) -> codes the automatic coder suggested."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in codes:
        if c.kind == "auto":
            out[(c.paper_id, c.dimension)].add(c.code)
    return dict(out)


def final_codes(codes: Iterable[CodeRecord]) -> dict[tuple[str, str], set[str]]:
    """(paper, dimension) -> the human verdict: adjudicated codes when there are any,
    otherwise the humans' codes when every human coder of that unit chose the same set.
    Units on which humans disagree and nobody adjudicated have no final code."""
    adjudicated: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_coder: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c in codes:
        key = (c.paper_id, c.dimension)
        if c.kind == "adjudicated":
            adjudicated[key].add(c.code)
        elif c.kind == "human":
            by_coder[key][c.coder].add(c.code)
    out = dict(adjudicated)
    for key, coder_sets in by_coder.items():
        if key in out:
            continue
        sets = list(coder_sets.values())
        if all(s == sets[0] for s in sets):
            out[key] = set(sets[0])
    return out


def count_papers_per_code(assigned: Mapping[tuple[str, str], set[str]], dimension: str) -> Counter:
    counts: Counter = Counter()
    for (_, dim), values in assigned.items():
        if dim == dimension:
            counts.update(values)
    return counts


# ---------------------------------------------------------------------------
# Providers
# ---------------------------------------------------------------------------
Provider = Callable[[Store, list[str]], Any]

# The optional parts of the study, with the command that fills each one.
EXTRA_SECTIONS = {
    "audit": "the dataset audit (`citeaudit audit run`)",
    "evaluation": "the model evaluation (`citeaudit eval ...`)",
    "experiment": "the training experiment (`citeaudit experiment`)",
}


def _field(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, Mapping):
        return item.get(name, default)
    if hasattr(item, "keys") and name in item.keys():  # sqlite3.Row: `in` tests values
        return item[name]
    return getattr(item, name, default)


def _records(key: str, items: Iterable[Any] | None, build: Callable[[Any], Any]) -> list[Any]:
    out = []
    for number, item in enumerate(items or [], start=1):
        try:
            out.append(build(item))
        except (KeyError, TypeError, ValueError) as exc:
            raise CiteauditError(f"report provider {key!r}, record {number}: {exc}") from exc
    return out


def _required(item: Any, name: str) -> Any:
    value = _field(item, name)
    if value is None or value == "":
        raise ValueError(f"missing {name!r}")
    return value


def _int_or_none(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _passage(item: Any) -> Passage:
    return Passage(
        paper_id=str(_required(item, "paper_id")), text=str(_required(item, "text")),
        page=_int_or_none(_field(item, "page")), section=_field(item, "section"),
        source=str(_field(item, "source") or "pdf"), matched=_field(item, "matched"),
    )


def _pdf_outcome(item: Any) -> PdfOutcome:
    return PdfOutcome(str(_required(item, "paper_id")), str(_required(item, "state")),
                      str(_field(item, "reason") or ""))


def _dimension(item: Any) -> Dimension:
    codes = tuple(
        CodeOption(str(_required(c, "id")), str(_field(c, "label") or _field(c, "id")))
        for c in (_field(item, "codes") or [])
    )
    version = _field(item, "version")
    return Dimension(str(_required(item, "id")), str(_field(item, "label") or _field(item, "id")),
                     bool(_field(item, "multiple", False)), codes,
                     None if version is None else str(version))


def _code(item: Any) -> CodeRecord:
    kind = str(_field(item, "kind") or "human")
    if kind not in ("auto", "human", "adjudicated"):
        raise ValueError(f"kind must be auto, human or adjudicated, got {kind!r}")
    version = _field(item, "codebook_version")
    return CodeRecord(str(_required(item, "paper_id")), str(_required(item, "dimension")),
                      str(_required(item, "code")), str(_field(item, "coder") or kind), kind,
                      None if version is None else str(version))


def _float_or_none(value: Any) -> float | None:
    """A number, or None for a blank or undefined (NaN) one."""
    if value is None or value == "":
        return None
    number = float(value)
    return None if number != number else number


def _agreement(item: Any) -> AgreementRow:
    return AgreementRow(str(_required(item, "dimension")), str(_field(item, "coders") or ""),
                        str(_required(item, "statistic")), _float_or_none(_field(item, "value")),
                        int(_field(item, "n_units") or 0),
                        _float_or_none(_field(item, "low")), _float_or_none(_field(item, "high")))


# ---------------------------------------------------------------------------
# Core queries (main's tables, through Store methods)
# ---------------------------------------------------------------------------
def paper_row(row: Any, rank: int | None = None, score: Mapping[str, Any] | None = None
              ) -> PaperRow:
    authors = loads(_field(row, "authors_json"), []) or []
    score = score or {}
    return PaperRow(
        rank=rank,
        paper_id=row["paper_id"],
        title=row["title"] or "(untitled)",
        year=row["year"],
        venue=row["venue"] or "",
        authors=tuple(a["name"] for a in authors if isinstance(a, dict) and a.get("name")),
        citation_count=int(score.get("citation_count", row["citation_count"] or 0) or 0),
        influential_citation_count=int(
            score.get("influential_citation_count", row["influential_citation_count"] or 0) or 0),
        arxiv_id=row["arxiv_id"],
        doi=row["doi"],
        is_influential_citation=score.get("is_influential"),
    )


def selected_papers(store: Store, selection: Selection) -> list[PaperRow]:
    return [paper_row(item, item["rank"], loads(item["score_json"], {}))
            for item in store.literature.list_selection_items(selection.selection_id)]


def citation_contexts(store: Store, target_paper_id: str, paper_ids: Iterable[str]
                      ) -> list[Passage]:
    """S2's citation contexts of the target as passages (no page numbers)."""
    wanted = set(paper_ids)
    out = []
    for row in store.literature.list_citing_papers(target_paper_id):
        if row["paper_id"] not in wanted:
            continue
        for text in loads(row["contexts_json"], []) or []:
            if isinstance(text, str) and text.strip():
                out.append(Passage(row["paper_id"], text.strip(), source="s2-context"))
    return out


def citations_fetched_at(store: Store, selection: Selection) -> str | None:
    date_filter = f":{selection.as_of}" if selection.as_of else ""
    pages = store.literature.list_fetch_pages(selection.target_paper_id, date_filter)
    return max((p["fetched_at"] for p in pages), default=None)


# The short names of the optional parts, for a report that has nothing else.
EXTRA_NAMES = {"audit": "dataset audit", "evaluation": "model evaluation",
               "experiment": "training experiment"}
NOTHING_STORED = (
    "nothing to report yet: run `citeaudit fetch` (or `citeaudit run`) for the citing "
    "literature, `citeaudit audit run` for the dataset audit, or `citeaudit eval classify` "
    "(after `citeaudit eval generate` or `eval import`) for the model evaluation")


def collect(store: Store, providers: Mapping[str, Provider] | None = None,
            title: str | None = None) -> ReportData:
    """Read everything the report needs. Without a selection (no citing literature fetched)
    the report holds the audit, evaluation and experiment sections alone; raises when the
    store holds none of these either."""
    providers = PROVIDERS if providers is None else providers
    selection = store.literature.get_current_selection()
    if selection is None:
        return _collect_without_literature(store, providers, title)
    target_row = store.literature.get_paper(selection.target_paper_id)
    target = paper_row(target_row) if target_row else None
    papers = selected_papers(store, selection)
    ids = [p.paper_id for p in papers]

    def call(key: str) -> Any:
        fn = providers.get(key)
        return None if fn is None else fn(store, ids)

    passages = _records("passages", call("passages"), _passage)
    with_pdf_passages = {p.paper_id for p in passages}
    passages += [p for p in citation_contexts(store, selection.target_paper_id, ids)
                 if p.paper_id not in with_pdf_passages]
    codes = _records("codes", call("codes"), _code)
    dimensions = _records("codebook", call("codebook"), _dimension)
    if not dimensions and codes:
        dimensions = [Dimension(d, d.replace("_", " ").capitalize())
                      for d in dict.fromkeys(c.dimension for c in codes)]
    extra_by_key = {key: call(key) for key in EXTRA_SECTIONS}
    extra = [section for section in extra_by_key.values() if section]
    has_refs = bool(store.literature.list_references(ids)) if ids else False
    parts = [EXTRA_NAMES[key] for key, section in extra_by_key.items() if section]
    return ReportData(
        title=title or (f"How the literature uses {target.title if target else 'the dataset'}"
                        + (f", with the {joined_names(parts)}" if parts else "")),
        target=target,
        selection=selection,
        papers=papers,
        n_citing_papers=len(store.literature.list_citing_papers(selection.target_paper_id)),
        citations_fetched_at=citations_fetched_at(store, selection),
        passages=passages,
        pdf_outcomes=_records("pdf_outcomes", call("pdf_outcomes"), _pdf_outcome),
        dimensions=dimensions,
        codes=codes,
        agreement=_records("agreement", call("agreement"), _agreement),
        network=load_network(store, selection.target_paper_id) if ids else None,
        extra_sections=extra,
        store_id=store.store_id,
        stages_missing=[EXTRA_SECTIONS[k] for k, section in extra_by_key.items() if not section]
        + ([] if has_refs else ["references"]),
        model_names=display_names(stored_models(store)),
    )


def joined_names(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _is_local_path(name: str) -> bool:
    return name.startswith(("/", "~")) or PureWindowsPath(name).drive != ""


def _folders(name: str) -> tuple[str, ...]:
    path = PureWindowsPath(name) if PureWindowsPath(name).drive else PurePosixPath(name)
    return tuple(p for p in path.parts[1 if path.anchor else 0:] if p != "~") or (name,)


def display_names(models: Iterable[str]) -> dict[str, str]:
    """Stored model name -> the name a reader sees: a local path (a trained model folder, an
    `eval generate --model /path`) shows as its folder name, with as many parent folders as
    tell two such paths apart; hub ids (`org/model`) and given names stay as they are."""
    paths = {m: _folders(m) for m in models if _is_local_path(m)}
    out: dict[str, str] = {}
    for model, parts in paths.items():
        for depth in range(1, len(parts) + 1):
            tail = parts[-depth:]
            if all(other[-depth:] != tail for m, other in paths.items() if m != model):
                break
        out[model] = "/".join(tail)
    return out


def stored_models(store: Store) -> list[str]:
    return store.evals.list_models()


def _collect_without_literature(store: Store, providers: Mapping[str, Provider],
                                title: str | None) -> ReportData:
    """The audit / evaluation / experiment sections of a store that has no selection."""
    extra_by_key = {key: providers[key](store, []) if key in providers else None
                    for key in EXTRA_SECTIONS}
    present = [key for key, section in extra_by_key.items() if section]
    if not present:
        raise CiteauditError(NOTHING_STORED)
    joined = joined_names([EXTRA_NAMES[key] for key in present])
    return ReportData(
        title=title or joined[0].upper() + joined[1:],
        target=None,
        selection=None,
        extra_sections=[extra_by_key[key] for key in present],
        store_id=store.store_id,
        stages_missing=[EXTRA_SECTIONS[k] for k, section in extra_by_key.items()
                        if not section],
        model_names=display_names(stored_models(store)),
    )


def rule_description(rule: str) -> str:
    return select_stage.RULES.get(rule, (rule, None))[0]
