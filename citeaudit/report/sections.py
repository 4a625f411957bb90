"""The report's sections. Each is a function `ReportData -> Section | None`: None when the
data it needs is absent, so a store without codes or PDFs still gets a sound report.
Sections hold data (figures, tables, facts), never HTML; the template escapes all text."""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go

import citeaudit
from citeaudit.literature.network import LOUVAIN_SEED, PAGERANK_ALPHA
from citeaudit.report import figures
from citeaudit.report.data import (
    EXTRA_NAMES,
    AgreementRow,
    CodeOption,
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
    number: int | None = None  # set by number_blocks: one sequence over the whole report


@dataclass
class TableBlock:
    table: TableData
    kind: str = "table"
    number: int | None = None


@dataclass
class PartsBlock:
    """The parts of the study in this report: (section id, title, what it holds)."""

    parts: list[tuple[str, str, str]]
    kind: str = "parts"


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
    blocks: list[Any] = [StatsBlock(stats)]
    if data.extra_sections:
        blocks.append(_parts(data, literature=True))
    return Section("overview", "Overview", intro, blocks)


LITERATURE_PART = ("papers", "How the literature uses the dataset",
                   "the selected citing papers, how each uses the dataset (codes with their "
                   "evidence), their venues, years and citation network")


def _parts(data: ReportData, literature: bool) -> PartsBlock:
    """One line per part of the study present: its section and its first sentence."""
    parts = [LITERATURE_PART] if literature else []
    for section in data.extra_sections:
        first = section.intro[0] if section.intro else ""
        sentence = re.split(r"(?<=[.;])\s", first, maxsplit=1)[0]
        parts.append((f"ext-{_slug(section.id)}", section.title,
                      data_names(data, sentence) or EXTRA_NAMES.get(section.id, section.title)))
    return PartsBlock(parts)


def overview_without_literature(data: ReportData) -> Section | None:
    """The note that replaces the literature sections, what else is missing, provenance."""
    if not data.extra_sections:
        return None
    facts = [("Not in this store yet", ", ".join(data.stages_missing))] \
        if data.stages_missing else []
    facts.append(("Generated", _generated(data)))
    return Section("overview", "Overview", [], [
        NoteBlock(LITERATURE_NOTE, "literature-note"), _parts(data, literature=False),
        FactsBlock(facts)])


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
        n_human = sum(1 for (_, d) in final if d == dim.id)
        n_auto = sum(1 for (_, d) in auto if d == dim.id)
        blocks: list[Any] = [FigureBlock(
            figures.code_comparison(dim, auto_counts, final_counts, n_auto, n_human),
            f"Share of the papers each coder coded that got each code: {n_auto} papers have "
            f"an automatic suggestion, {n_human} a human verdict (the adjudicated codes, or "
            "the codes all its human coders agreed on)"
            + (". A paper may count under several codes." if dim.multiple else "."))]
        if dim is role:
            chosen = {pid: codes for (pid, d), codes in auto.items() if d == dim.id}
            chosen.update({pid: codes for (pid, d), codes in final.items() if d == dim.id})
            several = any(len(v) > 1 for v in chosen.values())
            blocks.append(FigureBlock(
                figures.codes_by_year(dim, chosen, data.papers),
                f"Papers per year of publication and code ({len(chosen)} papers): the human "
                "verdict where there is one, otherwise the automatic suggestion."
                + (" A paper with several codes is counted under each, so the bars of a year "
                   "are shown side by side, not stacked." if several else "")))
        intro = [(f"{n_human} papers have a human verdict on this dimension, "
                 f"{n_auto} an automatic suggestion.")]
        out.append(Section(f"dim-{_slug(dim.id)}", dim.label, intro, blocks))
    return out


def corpus(data: ReportData) -> Section | None:
    if not data.papers:
        return None
    return Section("corpus", "Venues and years", [], [
        FigureBlock(figures.years_histogram(data.papers),
                    "Selected papers per year of publication."),
        FigureBlock(figures.venues_bar(data.papers),
                    "Selected papers per venue as Semantic Scholar records it; preprints "
                    "without a venue are counted together."),
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
    ]
    caption = ("An arrow runs from the citing to the cited paper. Node size follows PageRank; "
               "colour the paper's role" + (f" ({role.label})" if role else "")
               + "; the most central papers are labelled. Hover for titles, drag to zoom, "
               "and hide the target with the buttons above the chart. A static drawing "
               "(network/citation.svg) and GraphML and GEXF files for Gephi or VOSviewer "
               "are in network/.")
    return Section("network", "Citation network", intro, [
        FigureBlock(figures.network_figure(net.citation, group_of, groups, labels,
                                           net.target_paper_id), caption),
        TableBlock(table),
    ])


def agreement(data: ReportData) -> Section | None:
    if not data.agreement:
        return None
    labels = agreement_labels(data)
    blocks: list[Any] = []
    overall = dimension_alphas(data)
    if overall:
        blocks.append(FigureBlock(
            figures.agreement_dots(overall, labels),
            "Krippendorff's alpha (nominal) across the human coders, one row per dimension "
            "(read as the exact set of codes where several may apply), with a percentile "
            "bootstrap 95% interval over the papers. The table has every figure: per code, "
            "and Cohen's kappa for each pair of coders."))
    blocks.append(TableBlock(TableData(
        "Agreement figures: per dimension and code, across all human coders (alpha) and per "
        "pair of coders (kappa); n = papers both or all coded",
        ["dimension", "coders", "statistic", "value", "95% interval", "n"],
        [[labels.get(r.dimension, r.dimension), r.coders, r.statistic.replace("_", " "),
          r.value, _interval(r), r.n_units] for r in data.agreement])))
    return Section("agreement", "Coder agreement", [
        ("Krippendorff's alpha (nominal) across coders, Cohen's kappa for pairs; 1 is perfect "
        "agreement, 0 is chance."),
    ], blocks)


def agreement_labels(data: ReportData) -> dict[str, str]:
    """Agreement rows name a dimension ("role") or a dimension and code ("role: policy_sft"):
    their labels as the codebook words them ("Role of the dataset: Policy training (SFT)")."""
    labels = {}
    for dim in data.dimensions:
        labels[dim.id] = dim.label
        for code in [*dim.codes, CodeOption("(exact set)", "exact set of codes")]:
            labels[f"{dim.id}: {code.id}"] = f"{dim.label}: {code.label}"
    return labels


def dimension_alphas(data: ReportData) -> list[AgreementRow]:
    """Alpha of each dimension as a whole, in codebook order: the row named after the
    dimension, or its exact-set row where several codes may apply."""
    out = []
    for dim in data.dimensions:
        names = (dim.id, f"{dim.id}: (exact set)")
        row = next((r for name in names for r in data.agreement
                    if r.is_alpha and r.dimension == name and r.value is not None), None)
        if row is not None:
            out.append(row)
    return out


def _interval(row: AgreementRow) -> str:
    return "" if row.low is None or row.high is None else f"{row.low:.2f} to {row.high:.2f}"


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


def external(section: ExternalSection, data: ReportData | None = None) -> Section:
    """Another part's section, its model names shown as display names (data.model_names)."""
    names = data.model_names if data is not None else {}

    def text(value: Any) -> Any:
        return _renamed(value, names) if isinstance(value, str) else value

    blocks: list[Any] = []
    if section.facts:
        blocks.append(FactsBlock([(text(k), text(v)) for k, v in section.facts]))
    captions = list(section.figure_captions)
    blocks += [FigureBlock(_tidied(_renamed_figure(fig, names)),
                           text(captions[i]) if i < len(captions) else "")
               for i, fig in enumerate(section.figures)]
    blocks += [TableBlock(TableData(text(t.caption), [text(c) for c in t.columns],
                                    [[text(v) for v in row] for row in t.rows],
                                    muted_rows=list(t.muted_rows)))
               for t in section.tables]
    return Section(f"ext-{_slug(section.id)}", section.title,
                   [text(p) for p in section.intro], blocks)


def data_names(data: ReportData, text: str) -> str:
    return _renamed(text, data.model_names)


def _renamed(text: str, names: dict[str, str]) -> str:
    for raw in sorted(names, key=len, reverse=True):  # a longer path before its parent
        text = text.replace(raw, names[raw])
    return text


def _tidied(figure: go.Figure) -> go.Figure:
    """Layout fixes for any part's chart: a colour bar's title set beside the bar, where
    plotly's default (on top) runs into the top tick label."""
    for trace in figure.data:
        colorbar = getattr(trace, "colorbar", None)
        if colorbar is not None and colorbar.title.text and colorbar.title.side is None:
            colorbar.title.side = "right"
    return figure


def _renamed_figure(figure: go.Figure, names: dict[str, str]) -> go.Figure:
    """The figure with every string (title, trace names, categories, hover text) renamed."""
    if not names:
        return figure

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return _renamed(value, names)
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [walk(v) for v in value]
        if hasattr(value, "dtype") and value.dtype.kind in "OUS":  # numpy arrays of text
            return [walk(v) for v in value.tolist()]
        return value

    return go.Figure(walk(figure.to_plotly_json()), skip_invalid=True)


PART_METHODS = {
    "audit": ("`citeaudit audit run` reads the HH-RLHF files in one streaming pass and stores, "
              "per subset and split, sizes and malformed records, response lengths, exact and "
              "near-duplicate prompts (MinHash LSH), refusal and evasion by phrase rules, harm "
              "signals and identity-term mentions (lexicons in coding_scheme/); shares carry "
              "Wilson 95% score intervals; hand labels come through the coding round-trip."),
    "evaluation": ("Model responses (`citeaudit eval generate`, or made elsewhere and read with "
                   "`eval import`) are labelled with the response taxonomy by the rule "
                   "classifier or an LLM judge (`eval classify`); refusal rates per group carry "
                   "Wilson 95% intervals and differences between groups chi-square or Fisher's "
                   "exact tests with Holm's correction."),
    "experiment": ("`citeaudit experiment` trains one model per variant of the HH data (SFT then "
                   "DPO with TRL, one recipe), asks each the same prompt suite and compares "
                   "refusal rates per variant and group (Fisher's exact tests, Newcombe "
                   "intervals, Holm's correction)."),
}


def part_methods(data: ReportData) -> list[tuple[str, str]]:
    """A methods entry per part besides the literature: how it was made, then its facts."""
    facts = []
    for section in data.extra_sections:
        how = PART_METHODS.get(section.id, "")
        details = "; ".join(f"{k}: {v}" for k, v in section.facts)
        entry = " ".join(part for part in (how, details + "." if details else "") if part)
        facts.append((section.title, data_names(data, entry) or "see its section"))
    return facts


def methods(data: ReportData) -> Section | None:
    if data.selection is None:
        return methods_without_literature(data)
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
        facts.append(("Agreement", agreement_method(data)))
    if data.network is not None:
        facts.append(("Network", ("citations among the selected papers from their S2 "
                      f"reference lists; PageRank (alpha {PAGERANK_ALPHA}), betweenness, "
                      f"Louvain communities on the coupling graph (seed {LOUVAIN_SEED})")))
    facts += part_methods(data)
    facts.append(("Generated", _generated(data)))
    return Section("methods", "Methods", [
        ("Every number in this report is computed from the corpus store; rerunning "
        "`citeaudit report` on the same store reproduces it.")], [FactsBlock(facts), *blocks])


def agreement_method(data: ReportData) -> str:
    """The agreement entry: each dimension's alpha with its interval, then where the rest is."""
    labels = agreement_labels(data)
    overall = dimension_alphas(data)
    parts = [f"{labels.get(r.dimension, r.dimension)} {r.value:.2f}"
             + (f" (95% interval {r.low:.2f} to {r.high:.2f})" if r.low is not None
                and r.high is not None else "") + f", {r.n_units} papers" for r in overall]
    head = ("Krippendorff's alpha (nominal) across the human coders per dimension: "
            + "; ".join(parts) + ". ") if parts else ""
    return (head + f"Per-code alphas and Cohen's kappa for each pair of coders (the automatic "
            f"coder against each person and against the final codes): {len(data.agreement)} "
            "figures in the Coder agreement table.")


def methods_without_literature(data: ReportData) -> Section | None:
    if not data.extra_sections:
        return None
    return Section("methods", "Methods", [
        ("Every number in this report is computed from the corpus store; rerunning "
         "`citeaudit report` on the same store reproduces it.")],
        [FactsBlock([*part_methods(data), ("Generated", _generated(data))])])


SectionBuilder = Callable[[ReportData], "Section | list[Section] | None"]

SECTIONS: list[SectionBuilder] = [
    overview, usage_sections, corpus, network, agreement, papers_table,
    lambda data: [external(s, data) for s in data.extra_sections], methods,
]


def build_sections(data: ReportData) -> list[Section]:
    out: list[Section] = []
    for builder in SECTIONS:
        made = builder(data)
        if made is None:
            continue
        out.extend(made if isinstance(made, list) else [made])
    number_blocks(out)
    return out


# "Figure A6. " / "Table 3. " at the start of a caption a part wrote, and references to such
# labels ("Table A4", "Tables A8-A9") anywhere in its text
_OWN_LABEL = re.compile(r"^(Figure|Table)\s+([A-Z]?\d+[a-z]?)\.\s*")
_REFERENCE = re.compile(r"\b(Figure|Table)(s?)\s+([A-Z]?\d+[a-z]?)"
                        r"(?:(\s*[-\u2013]\s*)([A-Z]?\d+[a-z]?))?")


def number_blocks(sections: list[Section]) -> None:
    """Number every figure and every table of the report in one sequence each (Figure 1, 2,
    ...; Table 1, 2, ...), in page order. A part's own numbering ("Figure A6.") is dropped
    from its captions and its references to it ("see Table A4") follow the new numbers."""
    counters = {"Figure": 0, "Table": 0}
    for section in sections:
        renumbered: dict[tuple[str, str], int] = {}
        for block in section.blocks:
            kind = {"figure": "Figure", "table": "Table"}.get(block.kind)
            if kind is None:
                continue
            counters[kind] += 1
            block.number = counters[kind]
            caption = (block.caption or _chart_title(block.figure)) if kind == "Figure" \
                else block.table.caption
            own = _OWN_LABEL.match(caption)
            if own:
                renumbered[(own.group(1), own.group(2))] = block.number
                caption = caption[own.end():]
            if kind == "Figure":
                block.caption = caption
            else:
                block.table.caption = caption
        if renumbered:
            _follow_references(section, renumbered)


def _chart_title(figure: go.Figure) -> str:
    """An uncaptioned chart's title as its caption (plotly's title holds escaped text)."""
    title = figure.layout.title.text if figure.layout.title else None
    return html.unescape(re.sub(r"<[^>]+>", " ", title)).strip() + "." if title else ""


def _follow_references(section: Section, renumbered: dict[tuple[str, str], int]) -> None:
    def replace(match: re.Match) -> str:
        kind, plural, first, dash, last = match.groups()
        new_first = renumbered.get((kind, first))
        if new_first is None:
            return match.group(0)
        if last is None:
            return f"{kind}{plural} {new_first}"
        new_last = renumbered.get((kind, last))
        return f"{kind}{plural} {new_first}{dash}{new_last if new_last is not None else last}"

    section.intro = [_REFERENCE.sub(replace, p) for p in section.intro]
    for block in section.blocks:
        if block.kind == "figure":
            block.caption = _REFERENCE.sub(replace, block.caption)
        elif block.kind == "table":
            block.table.caption = _REFERENCE.sub(replace, block.table.caption)
        elif block.kind == "facts":
            block.facts = [(label, _REFERENCE.sub(replace, value) if isinstance(value, str)
                            else value) for label, value in block.facts]


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-") or "x"
