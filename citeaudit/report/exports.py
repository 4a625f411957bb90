"""The report's tables as CSV and one XLSX workbook, for spreadsheets and statistics tools.

Text from outside is written as text: a title that starts with `=` stays a title in Excel
and LibreOffice (CSV cells get a leading apostrophe, XLSX cells are typed as strings).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from citeaudit.core.files import write_csv
from citeaudit.report.data import ReportData, auto_codes, final_codes

Table = tuple[list[str], list[list[Any]]]


def papers_table(data: ReportData) -> Table:
    auto = auto_codes(data.codes)
    final = final_codes(data.codes)
    by_paper = data.passages_by_paper()
    pdf_state = {o.paper_id: o.state for o in data.pdf_outcomes}
    metrics = data.network.metrics_by_id() if data.network else {}
    columns = ["rank", "paper_id", "title", "year", "venue", "authors", "citations",
               "influential_citations", "url", "pdf", "passages", "pagerank", "cited_by_selected"]
    for dim in data.dimensions:
        columns += [f"{dim.id} (human)", f"{dim.id} (auto)"]
    rows = []
    for p in data.papers:
        m = metrics.get(p.paper_id)
        row: list[Any] = [p.rank, p.paper_id, p.title, p.year, p.venue, "; ".join(p.authors),
                          p.citation_count, p.influential_citation_count, p.url,
                          pdf_state.get(p.paper_id, ""), len(by_paper.get(p.paper_id, [])),
                          m.pagerank if m else None, m.in_degree if m else None]
        for dim in data.dimensions:
            row += ["; ".join(sorted(final.get((p.paper_id, dim.id), ()))),
                    "; ".join(sorted(auto.get((p.paper_id, dim.id), ())))]
        rows.append(row)
    return columns, rows


def passages_table(data: ReportData) -> Table:
    rank = {p.paper_id: p.rank for p in data.papers}
    columns = ["rank", "paper_id", "page", "section", "source", "matched", "text"]
    rows = [[rank.get(x.paper_id), x.paper_id, x.page, x.section, x.source, x.matched, x.text]
            for x in sorted(data.passages, key=lambda x: (rank.get(x.paper_id) or 0,
                                                          x.page or 0))]
    return columns, rows


def codes_table(data: ReportData) -> Table:
    columns = ["paper_id", "dimension", "code", "coder", "kind", "codebook_version"]
    return columns, [[c.paper_id, c.dimension, c.code, c.coder, c.kind, c.codebook_version]
                     for c in data.codes]


def network_table(data: ReportData) -> Table:
    columns = ["paper_id", "rank", "title", "year", "in_degree", "out_degree", "pagerank",
               "betweenness", "community", "cocitation_degree", "coupling_degree"]
    metrics = data.network.metrics if data.network else []
    return columns, [[m.paper_id, m.rank, m.title, m.year, m.in_degree, m.out_degree,
                      m.pagerank, m.betweenness, m.community, m.cocitation_degree,
                      m.coupling_degree] for m in metrics]


def pdf_table(data: ReportData) -> Table:
    return ["paper_id", "state", "reason"], [[o.paper_id, o.state, o.reason]
                                             for o in data.pdf_outcomes]


def agreement_table(data: ReportData) -> Table:
    return (["dimension", "coders", "statistic", "value", "n_units"],
            [[r.dimension, r.coders, r.statistic, r.value, r.n_units] for r in data.agreement])


SHEETS = {
    "Papers": ("papers.csv", papers_table),
    "Passages": ("passages.csv", passages_table),
    "Codes": ("codes.csv", codes_table),
    "Network": ("network/node_metrics.csv", None),  # written by citeaudit.literature.network.export
    "PDFs": ("pdfs.csv", pdf_table),
    "Agreement": ("agreement.csv", agreement_table),
}





def write_xlsx(tables: dict[str, Table], path: Path) -> None:
    book = Workbook()
    book.remove(book.active)
    header_fill = PatternFill("solid", fgColor="17324D")
    for name, (columns, rows) in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = header_fill
        for row in rows:
            sheet.append([_xlsx_value(v) for v in row])
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                    if len(cell.value) > 60:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            longest = max([len(str(column))] + [len(str(r[index - 1] or ""))
                                                for r in rows[:200]])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(8, longest + 2), 70)
        if rows:
            sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def write_tables(data: ReportData, out_dir: Path) -> list[Path]:
    """CSV per table and report.xlsx with a sheet per table; returns the files written.
    These are the literature's tables: a report without citing literature writes none (the
    audit and evaluation tables come from `citeaudit audit show --csv-dir` and
    `citeaudit eval disparity`)."""
    if not data.has_literature:
        return []
    written = []
    tables: dict[str, Table] = {}
    for sheet, (filename, build) in SHEETS.items():
        table = build(data) if build else network_table(data)
        tables[sheet] = table
        if build is not None:
            path = out_dir / filename
            write_csv(path, *table)
            written.append(path)
    path = out_dir / "report.xlsx"
    write_xlsx(tables, path)
    written.append(path)
    return written
