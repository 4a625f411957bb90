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
    files: list[Path]


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
        (staging / "index.html").write_text(render_html(data, sections), encoding="utf-8")
        files = write_tables(data, staging)
        if data.network is not None:
            files += export_network(data.network, staging / "network")
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
    )


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
    """Write the report for the store's current selection to reports/<name>/."""
    data = collect(store)
    folder = out_dir or config.reports_dir / (name or report_name(config))
    return write_report(data, folder)
