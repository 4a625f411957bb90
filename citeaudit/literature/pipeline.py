"""`citeaudit run`: every stage of the citation analysis in order, resumable.

Each stage is idempotent (it skips finished work), so rerunning the pipeline after an
interruption, or after adding coders' codes, redoes only what is missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from citeaudit.core.config import Config
from citeaudit.core.files import check_replaceable
from citeaudit.store import Store

if TYPE_CHECKING:
    from citeaudit.report import ReportSummary

ProgressFn = Callable[[int, "int | None"], None]


@dataclass(frozen=True)
class Stage:
    name: str
    label: str


STAGES: tuple[Stage, ...] = (
    Stage("fetch", "fetch citations and select"),
    Stage("pdfs", "download PDFs"),
    Stage("extract", "extract passages"),
    Stage("code", "code automatically"),
    Stage("network", "build the citation network"),
    Stage("report", "write the report"),
)
STAGE_NAMES = tuple(s.name for s in STAGES)


@dataclass
class StageResult:
    name: str
    status: str  # done | skipped (asked to)
    seconds: float = 0.0
    summary: Any = None


@dataclass
class PipelineSummary:
    results: list[StageResult] = field(default_factory=list)
    report: ReportSummary | None = None

    def result(self, name: str) -> StageResult:
        return next(r for r in self.results if r.name == name)


def _run_stage(name: str, store: Store, config: Config, refresh: bool,
               report_name: str | None, on_progress: ProgressFn | None) -> Any:
    # Stage modules are imported here, not at the top, so `citeaudit --help` stays quick.
    from citeaudit import report as report_stage
    from citeaudit.coding import load_codebook
    from citeaudit.coding.report import USAGE_CODEBOOK
    from citeaudit.literature import autocode as auto_coding
    from citeaudit.literature import fetch as fetch_stage
    from citeaudit.literature import network as network_stage
    from citeaudit.literature import pdfs as pdfs_stage
    from citeaudit.literature.extract import stage as passages_stage
    from citeaudit.literature.scholar import ScholarClient

    if name == "fetch":
        with ScholarClient(config) as client:
            return fetch_stage.run(store, config, client, refresh=refresh, on_page=on_progress)
    if name == "pdfs":
        return pdfs_stage.run(store, config, on_progress=on_progress, refresh=refresh)
    if name == "extract":
        return passages_stage.run(store, config, on_progress=on_progress, refresh=refresh)
    if name == "code":
        return auto_coding.run(store, config, codebook=load_codebook(USAGE_CODEBOOK),
                               refresh=refresh, on_progress=on_progress)
    if name == "network":
        return network_stage.run(store, config, name=report_name)
    return report_stage.run(store, config, name=report_name)


def run(
    store: Store,
    config: Config,
    *,
    skip: Iterable[str] = (),
    refresh: bool = False,
    report_name: str | None = None,
    on_stage: Callable[[Stage, str], None] | None = None,
    on_progress: ProgressFn | None = None,
) -> PipelineSummary:
    """Run every stage in order; `on_stage(stage, 'start'|'done'|'skipped')`."""
    skipped = set(skip)
    unknown = skipped - set(STAGE_NAMES)
    if unknown:
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; stages: {', '.join(STAGE_NAMES)}")
    # a bad name or someone else's folder is refused before fetching, not at the end
    from citeaudit.report.folder import report_folder  # here: networkx is slow to import

    folder = report_folder(config, report_name)
    if "report" not in skipped:
        check_replaceable(folder)
    summary = PipelineSummary()
    for stage in STAGES:
        if stage.name in skipped:
            summary.results.append(StageResult(stage.name, "skipped"))
            if on_stage:
                on_stage(stage, "skipped")
            continue
        if on_stage:
            on_stage(stage, "start")
        started = time.monotonic()
        result = _run_stage(stage.name, store, config, refresh, report_name, on_progress)
        if stage.name == "report":
            summary.report = result
        summary.results.append(StageResult(stage.name, "done", time.monotonic() - started,
                                           result))
        if on_stage:
            on_stage(stage, "done")
    return summary
