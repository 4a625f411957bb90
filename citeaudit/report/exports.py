"""The report's tables as CSV and one XLSX workbook, for spreadsheets and statistics tools.

Text from outside is written as text: a title that starts with `=` stays a title in Excel
and LibreOffice (CSV cells get a leading apostrophe, XLSX cells are typed as strings).
Numbers keep their precision, less floating-point noise (6 significant digits; 1.4e-17 is 0);
the workbook shows floats rounded to 3 decimals (the cell holds the value). report.xlsx has a
Contents sheet and a sheet for every table of the audit, evaluation and experiment sections.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from citeaudit.core.files import write_csv
from citeaudit.report.data import ReportData, auto_codes, final_codes

if TYPE_CHECKING:
    from citeaudit.report.sections import Section

Table = tuple[list[str], list[list[Any]]]
NOISE = 1e-12  # below this a float is rounding noise (sums of shares, differences of rates)


def clean_number(value: Any) -> Any:
    """A float at 6 significant digits, noise as 0; anything else unchanged."""
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        return 0.0 if abs(value) < NOISE else float(f"{value:.6g}")
    return value


def _clean_rows(rows: list[list[Any]]) -> list[list[Any]]:
    return [[clean_number(v) for v in row] for row in rows]


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





def write_xlsx(tables: dict[str, Table], path: Path,
               contents: list[tuple[str, str, str]] | None = None) -> None:
    """One sheet per table; `contents` (sheet, part, what it holds) becomes a first sheet."""
    book = Workbook()
    book.remove(book.active)
    if contents:
        tables = {"Contents": (["sheet", "part", "what it holds"], [list(c) for c in contents]),
                  **tables}
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
                elif isinstance(cell.value, float):
                    cell.number_format = "0.000"
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
    return clean_number(value)


LITERATURE_SHEETS = {
    "Papers": "the selected papers: bibliographic data, PDF, passages, PageRank, codes",
    "Passages": "every evidence passage with its page and section",
    "Codes": "every code given, by coder",
    "Network": "citation-network metrics per paper",
    "PDFs": "how each paper's PDF was obtained, or why not",
    "Agreement": "agreement between coders (alpha, kappa, intervals)",
}


def part_tables(sections: list[Section]) -> tuple[dict[str, Table], list[tuple[str, str, str]]]:
    """The audit / evaluation / experiment tables as sheets named by their report number
    ("Table 14"), and Contents rows saying which part and caption each holds."""
    tables: dict[str, Table] = {}
    contents = []
    for section in sections:
        if not section.id.startswith("ext-"):
            continue
        for block in section.blocks:
            if block.kind == "table":
                sheet = f"Table {block.number}"
                tables[sheet] = (list(block.table.columns), _clean_rows(block.table.rows))
                contents.append((sheet, section.title, block.table.caption))
    return tables, contents


def write_tables(data: ReportData, out_dir: Path,
                 sections: list[Section] | None = None) -> list[Path]:
    """A CSV per literature table and report.xlsx with a sheet per table of every part
    present (the literature's, then the tables numbered in the audit, evaluation and
    experiment sections) and a Contents sheet; returns the files written. The parts' own
    CSVs come from `citeaudit audit show --csv-dir` and `citeaudit eval disparity`."""
    written = []
    tables: dict[str, Table] = {}
    contents: list[tuple[str, str, str]] = []
    if data.has_literature:
        for sheet, (filename, build) in SHEETS.items():
            columns, rows = build(data) if build else network_table(data)
            tables[sheet] = (columns, _clean_rows(rows))
            contents.append((sheet, "literature", LITERATURE_SHEETS[sheet]))
            if build is not None:
                path = out_dir / filename
                write_csv(path, *tables[sheet])
                written.append(path)
    extra, extra_contents = part_tables(sections or [])
    tables.update(extra)
    contents += extra_contents
    if tables:
        path = out_dir / "report.xlsx"
        write_xlsx(tables, path, contents)
        written.append(path)
    return written
