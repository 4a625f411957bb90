"""The report's sections. Each is a function `ReportData -> Section | None`: None when the
data it needs is absent, so a store without codes or PDFs still gets a sound report.
Sections hold data (figures, tables, facts), never HTML; the template escapes all text."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go

import citeaudit
from citeaudit.literature.network import LOUVAIN_SEED, PAGERANK_ALPHA
from citeaudit.report import figures
from citeaudit.report.data import (
    ExternalSection,
    ReportData,
    TableData,
    auto_codes,
    count_papers_per_code,
    final_codes,
    rule_description,
)

_figure_ids = itertools.count(1)


@dataclass
class FigureBlock:
    figure: go.Figure
    caption: str = ""
    kind: str = "figure"
    id: str = field(default_factory=lambda: f"fig-{next(_figure_ids)}")


@dataclass
class TableBlock:
    table: TableData
    kind: str = "table"


@dataclass
class FactsBlock:
    facts: list[tuple[str, str]]
    kind: str = "facts"


@dataclass
class NoteBlock:
    """A short notice set apart from the intro (e.g. a part of the study not yet stored)."""

    text: str
    id: str
    kind: str = "note"


@dataclass
class StatsBlock:
    """Headline numbers shown as cards."""

    stats: list[tuple[str, str]]
    kind: str = "stats"


@dataclass
class PaperEntry:
    rank: int | None
    title: str
    url: str
    year: int | None
    venue: str
    authors: str
    citation_count: int
    codes: list[tuple[str, str, str]]  # (dimension label, code labels, 'human' | 'auto')
    passages: list[tuple[str, str]]  # (where: "p. 3 · Results", text)
    pdf_state: str

    @property
    def byline(self) -> str:
        return " · ".join(part for part in (self.authors, self.venue) if part)


@dataclass
class PapersBlock:
    papers: list[PaperEntry]
    kind: str = "papers"


@dataclass
class Section:
    id: str
    title: str
    intro: list[str] = field(default_factory=list)
    blocks: list[Any] = field(default_factory=list)

    @property
    def figures(self) -> list[FigureBlock]:
        return [b for b in self.blocks if b.kind == "figure"]


LITERATURE_NOTE = (
    "No citing literature has been fetched into this store, so the report leaves out the "
    "papers, how they use the dataset and their citation network. `citeaudit fetch` fetches "
    "and selects the citing papers; `citeaudit run` does the whole literature job.")


def overview(data: ReportData) -> Section | None:
    if data.selection is None:
        return overview_without_literature(data)
    obtained = sum(1 for o in data.pdf_outcomes if o.state == "ok")
    coded = {c.paper_id for c in data.codes}
    stats = [
        ("citing papers", f"{data.n_citing_papers:,}"),
        ("selected", f"{len(data.papers):,}"),
    ]
    if data.pdf_outcomes:
        stats.append(("PDFs obtained", f"{obtained:,}"))
    stats.append(("evidence passages", f"{len(data.passages):,}"))
    if data.codes:
        stats.append(("papers coded", f"{len(coded):,}"))
    target = data.target.title if data.target else data.selection.target_paper_id
    intro = [
        f"This report covers the {len(data.papers)} most influential papers citing “{target}”, "
        f"ranked by {rule_description(data.selection.rule)}"
        + (f", published by {data.selection.as_of}" if data.selection.as_of else "") + ".",
    ]
    if data.stages_missing:
        intro.append("Not in this store yet: " + ", ".join(data.stages_missing) + ".")
    return Section("overview", "Overview", intro, [StatsBlock(stats)])


def overview_without_literature(data: ReportData) -> Section | None:
    """The note that replaces the literature sections, what else is missing, provenance."""
    if not data.extra_sections:
        return None
    facts = [("Not in this store yet", ", ".join(data.stages_missing))] \
        if data.stages_missing else []
    facts.append(("Generated", _generated(data)))
    return Section("overview", "Overview", [], [
        NoteBlock(LITERATURE_NOTE, "literature-note"), FactsBlock(facts)])


def _generated(data: ReportData) -> str:
    return (f"{data.generated_at} by citeaudit {citeaudit.__version__} "
            f"from store {data.store_id}")


def usage_sections(data: ReportData) -> list[Section]:
    """One section per codebook dimension: auto vs human, and by year for the role."""
    if not data.codes or not data.dimensions:
        return []
    auto = auto_codes(data.codes)
    final = final_codes(data.codes)
    role = data.role_dimension()
    out = []
    for dim in data.dimensions:
        auto_counts = count_papers_per_code(auto, dim.id)
        final_counts = count_papers_per_code(final, dim.id)
        if not auto_counts and not final_counts:
            continue
        blocks: list[Any] = [FigureBlock(
            figures.code_comparison(dim, auto_counts, final_counts, len(data.papers)),
            "Papers per code. A paper may count under several codes where the dimension "
            "allows it. Human codes are the adjudicated ones, or the codes all its human "
            "coders agreed on.")]
        if dim is role:
            chosen = {pid: codes for (pid, d), codes in auto.items() if d == dim.id}
            chosen.update({pid: codes for (pid, d), codes in final.items() if d == dim.id})
            blocks.append(FigureBlock(
                figures.codes_by_year(dim, chosen, data.papers),
                "Human verdict where there is one, otherwise the automatic suggestion."))
        n_human = sum(1 for (_, d) in final if d == dim.id)
        n_auto = sum(1 for (_, d) in auto if d == dim.id)
        intro = [(f"{n_human} papers have a human verdict on this dimension, "
                 f"{n_auto} an automatic suggestion.")]
        out.append(Section(f"dim-{_slug(dim.id)}", dim.label, intro, blocks))
    return out


def corpus(data: ReportData) -> Section | None:
    if not data.papers:
        return None
    return Section("corpus", "Venues and years", [], [
        FigureBlock(figures.years_histogram(data.papers)),
        FigureBlock(figures.venues_bar(data.papers)),
    ])


def network(data: ReportData) -> Section | None:
    net = data.network
    if net is None or net.citation.number_of_nodes() < 2:
        return None
    role = data.role_dimension()
    group_of: dict[str, str] = {}
    labels: dict[str, str] = {"uncoded": "not coded", "target": "the target"}
    groups: list[str] = []
    if role is not None:
        suggested = {pid: c for (pid, d), c in auto_codes(data.codes).items() if d == role.id}
        verdict = {pid: c for (pid, d), c in final_codes(data.codes).items() if d == role.id}
        order = [c.id for c in role.codes]
        for pid in net.citation.nodes:
            codes = verdict.get(pid) or suggested.get(pid)
            if codes:
                group_of[pid] = min(codes, key=lambda c: (order.index(c) if c in order
                                                          else len(order), c))
        groups = [c for c in order if c in group_of.values()]
        groups += sorted(set(group_of.values()) - set(groups))
        labels.update({g: role.label_of(g) for g in groups})
    groups.append("uncoded")
    if net.target_paper_id:
        group_of[net.target_paper_id] = "target"
    internal = [(a, b) for a, b in net.citation.edges if b != net.target_paper_id]
    top = [m for m in net.metrics if not m.is_target][:10]
    table = TableData(
        "Most central selected papers (PageRank in the citation graph)",
        ["rank", "title", "cited by (here)", "PageRank", "betweenness", "community"],
        [[m.rank, m.title, m.in_degree, round(m.pagerank, 4), round(m.betweenness, 4),
          m.community] for m in top],
    )
    n_comm = len({m.community for m in net.metrics if m.community >= 0})
    intro = [
        (f"{len(internal)} citations link the {net.citation.number_of_nodes() - 1} selected "
        f"papers to each other; {net.coupling.number_of_edges()} pairs share references "
        f"(bibliographic coupling), {net.cocitation.number_of_edges()} pairs are cited "
        f"together, and Louvain finds {n_comm} communities in the coupling graph."),
        "Node size follows PageRank; colour the paper's role"
        + (f" ({role.label})" if role else "") + ". Hover for titles; drag to zoom. "
        "GraphML and GEXF files for Gephi or VOSviewer are in network/.",
    ]
    return Section("network", "Citation network", intro, [
        FigureBlock(figures.network_figure(net.citation, group_of, groups, labels)),
        TableBlock(table),
    ])


def agreement(data: ReportData) -> Section | None:
    if not data.agreement:
        return None
    labels = {d.id: d.label for d in data.dimensions}
    table = TableData("Agreement figures", ["dimension", "coders", "statistic", "value", "units"],
                      [[labels.get(r.dimension, r.dimension), r.coders,
                        r.statistic.replace("_", " "),
                        "" if r.value is None else f"{r.value:.3f}", r.n_units]
                       for r in data.agreement])
    return Section("agreement", "Coder agreement", [
        ("Krippendorff's alpha (nominal) across coders, Cohen's kappa for pairs; 1 is perfect "
        "agreement, 0 is chance."),
    ], [FigureBlock(figures.agreement_bar(data.agreement, labels)), TableBlock(table)])


def papers_table(data: ReportData) -> Section | None:
    if not data.papers:
        return None
    auto = auto_codes(data.codes)
    final = final_codes(data.codes)
    by_paper = data.passages_by_paper()
    pdf_state = {o.paper_id: o.state for o in data.pdf_outcomes}
    entries = []
    for p in data.papers:
        codes = []
        for dim in data.dimensions:
            chosen, source = final.get((p.paper_id, dim.id)), "human"
            if not chosen:
                chosen, source = auto.get((p.paper_id, dim.id)), "auto"
            if chosen:
                codes.append((dim.label, ", ".join(sorted(dim.label_of(c) for c in chosen)),
                              source))
        passages = [(_where(x.page, x.section, x.source), x.text)
                    for x in by_paper.get(p.paper_id, [])]
        entries.append(PaperEntry(
            rank=p.rank, title=p.title, url=p.url, year=p.year, venue=p.venue,
            authors=", ".join(p.authors[:3]) + (" et al." if len(p.authors) > 3 else ""),
            citation_count=p.citation_count, codes=codes, passages=passages,
            pdf_state=pdf_state.get(p.paper_id, ""),
        ))
    return Section("papers", "The papers", [
        ("Click a column heading to sort. Open a row's evidence to read the passages that "
        "mention the dataset, with their page numbers. Codes marked “auto” are suggestions "
        "no human has confirmed yet.")], [PapersBlock(entries)])


def _where(page: int | None, section: str | None, source: str) -> str:
    parts = []
    if page is not None:
        parts.append(f"p. {page}")
    if section:
        parts.append(section)
    if source != "pdf":
        parts.append({"s2-context": "Semantic Scholar citation context",
                      "s2-snippet": "Semantic Scholar full-text snippet"}.get(source, source))
    return " · ".join(parts)


def external(section: ExternalSection) -> Section:
    blocks: list[Any] = []
    if section.facts:
        blocks.append(FactsBlock(list(section.facts)))
    captions = list(section.figure_captions)
    blocks += [FigureBlock(fig, captions[i] if i < len(captions) else "")
               for i, fig in enumerate(section.figures)]
    blocks += [TableBlock(t) for t in section.tables]
    return Section(f"ext-{_slug(section.id)}", section.title, list(section.intro), blocks)


def methods(data: ReportData) -> Section | None:
    if data.selection is None:
        return None
    sel = data.selection
    target = data.target
    facts = [
        ("Target", f"{target.title} ({target.paper_id})" if target else sel.target_paper_id),
        ("Citing papers on Semantic Scholar", f"{data.n_citing_papers:,} stored"
         + (f" (S2 reports {target.citation_count:,})" if target else "")
         + (f"; fetched {data.citations_fetched_at}" if data.citations_fetched_at else "")),
        ("As-of date", sel.as_of or "none (everything S2 had when fetched)"),
        ("Ranking rule", f"{sel.rule}: {rule_description(sel.rule)}"),
        ("N", (f"top {sel.top_n} requested, {len(data.papers)} selected from "
              f"{sel.n_candidates:,} candidates; {sel.n_twins_merged} preprint/published "
              "twins merged first")),
        ("Selection made", sel.created_at),
    ]
    blocks: list[Any] = []
    if data.pdf_outcomes:
        states = Counter(o.state for o in data.pdf_outcomes)
        failed = ", ".join(f"{state}: {n}" for state, n in sorted(
            states.items(), key=lambda kv: (-kv[1], kv[0])) if state != "ok")
        facts.append(("PDFs", f"{states.get('ok', 0)} of {len(data.pdf_outcomes)} obtained"
                      + (f"; not obtained: {failed}" if failed else "")))
        blocks.append(FigureBlock(figures.pdf_outcomes_bar(states)))
    else:
        facts.append(("PDFs", "not retrieved in this store"))
    sources = Counter(p.source for p in data.passages)
    facts.append(("Evidence passages", ", ".join(f"{n} from {s}" for s, n in sources.items())
                  or "none"))
    if data.codes:
        versions = sorted({c.codebook_version for c in data.codes if c.codebook_version}
                          | {d.version for d in data.dimensions if d.version})
        humans = sorted({c.coder for c in data.codes if c.kind == "human"})
        facts.append(("Codebook version", ", ".join(versions) or "unrecorded"))
        facts.append(("Coders", ", ".join(humans) + (" and " if humans else "")
                      + "the automatic coder"
                      + ("; disagreements adjudicated" if any(
                          c.kind == "adjudicated" for c in data.codes) else "")))
    else:
        facts.append(("Coding", "no codes in this store yet"))
    if data.agreement:
        facts.append(("Agreement", "; ".join(
            f"{r.dimension} {r.coders}: {r.statistic.replace('_', ' ')} "
            f"{'n/a' if r.value is None else f'{r.value:.2f}'} (n={r.n_units})"
            for r in data.agreement[:6]) + ("; …" if len(data.agreement) > 6 else "")))
    if data.network is not None:
        facts.append(("Network", ("citations among the selected papers from their S2 "
                      f"reference lists; PageRank (alpha {PAGERANK_ALPHA}), betweenness, "
                      f"Louvain communities on the coupling graph (seed {LOUVAIN_SEED})")))
    facts.append(("Generated", _generated(data)))
    return Section("methods", "Methods", [
        ("Every number in this report is computed from the corpus store; rerunning "
        "`citeaudit report` on the same store reproduces it.")], [FactsBlock(facts), *blocks])


SectionBuilder = Callable[[ReportData], "Section | list[Section] | None"]

SECTIONS: list[SectionBuilder] = [
    overview, usage_sections, corpus, network, agreement, papers_table,
    lambda data: [external(s) for s in data.extra_sections], methods,
]


def build_sections(data: ReportData) -> list[Section]:
    out: list[Section] = []
    for builder in SECTIONS:
        made = builder(data)
        if made is None:
            continue
        out.extend(made if isinstance(made, list) else [made])
    return out


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-") or "x"
