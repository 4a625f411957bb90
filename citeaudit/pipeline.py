"""`citeaudit run`: every stage of the citation analysis in order, resumable.

Each stage is idempotent (it skips finished work), so rerunning the pipeline after an
interruption, or after adding coders' codes, redoes only what is missing. Stages that live
in modules this build lacks are reported as missing rather than failing the run; stages are
called through their module's `run(store, config, ...)` function.
"""

from __future__ import annotations

import importlib
import inspect
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from citeaudit import fetch as fetch_stage
from citeaudit import network as network_stage
from citeaudit import report as report_stage
from citeaudit.coding import report as auto_report
from citeaudit.config import Config
from citeaudit.scholar import ScholarClient
from citeaudit.store import Store

ProgressFn = Callable[[int, "int | None"], None]


@dataclass(frozen=True)
class Stage:
    name: str
    label: str
    locations: tuple[tuple[str, str], ...]  # (module, function) candidates, first found wins


STAGES: tuple[Stage, ...] = (
    Stage("fetch", "fetch citations and select", (("citeaudit.fetch", "run"),)),
    Stage("pdfs", "download PDFs", (("citeaudit.pdfs", "run"),)),
    Stage("extract", "extract passages", (("citeaudit.passages", "run"),)),
    Stage("code", "code automatically", (("citeaudit.coding.auto", "run"),)),
    Stage("network", "build the citation network", (("citeaudit.network", "run"),)),
    Stage("report", "write the report", (("citeaudit.report", "run"),)),
)
STAGE_NAMES = tuple(s.name for s in STAGES)


@dataclass
class StageResult:
    name: str
    status: str  # done | skipped (asked to) | missing (not in this build)
    seconds: float = 0.0
    summary: Any = None


@dataclass
class PipelineSummary:
    results: list[StageResult] = field(default_factory=list)
    report: report_stage.ReportSummary | None = None

    def result(self, name: str) -> StageResult:
        return next(r for r in self.results if r.name == name)


def find_stage(stage: Stage) -> Callable[..., Any] | None:
    """The stage's run function, or None when its module is not part of this build."""
    for module_name, attr in stage.locations:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        fn = getattr(module, attr, None)
        if callable(fn):
            return fn
    return None


def _call(fn: Callable[..., Any], store: Store, config: Config, **optional: Any) -> Any:
    """Call a stage with the keyword arguments its signature accepts."""
    accepted = inspect.signature(fn).parameters
    return fn(store, config, **{k: v for k, v in optional.items() if k in accepted})


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
    """Run every stage in order; `on_stage(stage, 'start'|'done'|'skipped'|'missing')`."""
    skipped = set(skip)
    unknown = skipped - set(STAGE_NAMES)
    if unknown:
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; stages: {', '.join(STAGE_NAMES)}")
    summary = PipelineSummary()
    for stage in STAGES:
        if stage.name in skipped:
            summary.results.append(StageResult(stage.name, "skipped"))
            if on_stage:
                on_stage(stage, "skipped")
            continue
        fn = find_stage(stage)
        if fn is None:
            summary.results.append(StageResult(stage.name, "missing"))
            if on_stage:
                on_stage(stage, "missing")
            continue
        if on_stage:
            on_stage(stage, "start")
        started = time.monotonic()
        if stage.name == "fetch":
            with ScholarClient(config) as client:
                result = fetch_stage.run(store, config, client, refresh=refresh,
                                         on_page=on_progress)
        elif stage.name == "network":
            folder = config.reports_dir / (report_name or network_stage.report_name(config))
            result = network_stage.run(store, config, out_dir=folder / "network")
        elif stage.name == "code":
            from citeaudit.coding import auto, load_codebook

            result = auto.run(store, config, load_codebook(auto_report.USAGE_CODEBOOK),
                              refresh=refresh)
        elif stage.name == "report":
            result = report_stage.run(store, config, name=report_name)
            summary.report = result
        else:
            result = _call(fn, store, config, on_progress=on_progress, refresh=refresh)
        summary.results.append(StageResult(stage.name, "done", time.monotonic() - started,
                                           result))
        if on_stage:
            on_stage(stage, "done")
    return summary
