"""The HTML report: `reports/<name>/index.html` plus CSV, XLSX and graph files beside it.

`collect` reads the store into a ReportData; `sections.build_sections` turns that into
sections (each absent when its data is); `render.render_html` writes one self-contained page.
The folder is built under a temporary name and swapped in whole, so a crash never leaves
half a report.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from citeaudit.config import Config
from citeaudit.network import export as export_network
from citeaudit.network import report_name
from citeaudit.report.data import ReportData, collect
from citeaudit.report.exports import write_tables
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
    """Render `data` into `folder` (replacing it atomically); returns what was written."""
    sections = build_sections(data)
    folder = folder.resolve()
    folder.parent.mkdir(parents=True, exist_ok=True)
    # mkdir, not mkdtemp: the folder gets the user's usual permissions (mkdtemp's are 0700,
    # and a report is meant to be shared or served).
    staging = folder.parent / f".{folder.name}.tmp-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        files = write_tables(data, staging)
        if data.network is not None:
            files += export_network(data.network, staging / "network")
        page = render_html(data, sections, downloads(files, staging))
        (staging / "index.html").write_text(page, encoding="utf-8")
        _swap_in(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ReportSummary(
        path=folder / "index.html",
        folder=folder,
        sections=[s.title for s in sections],
        n_figures=sum(len(s.figures) for s in sections),
        n_papers=len(data.papers),
        files=[folder / f.relative_to(staging) for f in files],
        has_literature=data.has_literature,
    )


DOWNLOAD_LINKS = {"papers.csv": "papers.csv", "report.xlsx": "report.xlsx",
                  "network/citation.graphml": "GraphML"}


def downloads(files: list[Path], folder: Path) -> list[tuple[str, str]]:
    """(label, href) for the files the page links to, those among `files` only."""
    written = {f.relative_to(folder).as_posix() for f in files}
    return [(label, href) for href, label in DOWNLOAD_LINKS.items() if href in written]


def _swap_in(staging: Path, folder: Path) -> None:
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}.old-{staging.name[-8:]}")
        folder.rename(old)
    staging.rename(folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def run(store: Store, config: Config, name: str | None = None,
        out_dir: Path | None = None) -> ReportSummary:
    """Write the report for the store's current selection (or, without one, its audit /
    evaluation / experiment sections) to reports/<name>/."""
    data = collect(store)
    folder = out_dir or config.reports_dir / (name or report_name(config))
    return write_report(data, folder)
