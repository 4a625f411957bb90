"""The HTML report: `reports/<name>/index.html` plus CSV, XLSX and graph files beside it.

`collect` reads the store into a ReportData; `sections.build_sections` turns that into
sections (each absent when its data is); `render.render_html` writes one self-contained page.
The folder is built under a temporary name and swapped in whole, so a crash never leaves
half a report, and it replaces only a folder citeaudit wrote (tables.replace_folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from citeaudit.core.config import Config
from citeaudit.core.files import check_replaceable, mark_owned, replace_folder
from citeaudit.literature.network import export as export_network
from citeaudit.report.data import ReportData, collect
from citeaudit.report.exports import write_tables
from citeaudit.report.folder import report_folder
from citeaudit.report.render import render_html
from citeaudit.report.sections import build_sections
from citeaudit.store import Store


@dataclass
class ReportSummary:
    path: Path  # index.html
    folder: Path
    sections: list[str]
    n_figures: int
    n_papers: int
    files: list[Path]  # the tables and graph files beside index.html
    has_literature: bool = True  # False: only audit / evaluation / experiment sections


def write_report(data: ReportData, folder: Path) -> ReportSummary:
    """Render `data` into `folder`, replacing a report folder citeaudit wrote before (never a
    folder of the user's: see tables.replace_folder); returns what was written."""
    sections = build_sections(data)
    folder = folder.resolve()

    def write(staging: Path) -> list[Path]:
        files = write_tables(data, staging, sections)
        if data.network is not None:
            files += export_network(data.network, staging / "network")
            mark_owned(staging / "network")  # so `citeaudit network` may replace it later
        page = render_html(data, sections, downloads(files, staging))
        (staging / "index.html").write_text(page, encoding="utf-8")
        return files

    files = replace_folder(folder, write)
    return ReportSummary(
        path=folder / "index.html",
        folder=folder,
        sections=[s.title for s in sections],
        n_figures=sum(len(s.figures) for s in sections),
        n_papers=len(data.papers),
        files=files,
        has_literature=data.has_literature,
    )


DOWNLOAD_LINKS = {"papers.csv": "papers.csv", "report.xlsx": "report.xlsx",
                  "network/citation.graphml": "GraphML",
                  "network/citation.svg": "network drawing (SVG)"}


def downloads(files: list[Path], folder: Path) -> list[tuple[str, str]]:
    """(label, href) for the files the page links to, those among `files` only."""
    written = {f.relative_to(folder).as_posix() for f in files}
    return [(label, href) for href, label in DOWNLOAD_LINKS.items() if href in written]


def run(store: Store, config: Config, name: str | None = None,
        out_dir: Path | None = None) -> ReportSummary:
    """Write the report for the store's current selection (or, without one, its audit /
    evaluation / experiment sections) to reports/<name>/."""
    folder = out_dir or report_folder(config, name)
    check_replaceable(folder)  # before reading the store, not only at the swap
    return write_report(collect(store), folder)
