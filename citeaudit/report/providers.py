"""The report's providers: one function per kind of data another part owns (contract in data.py).

Each imports its part when called, not at import time: the audit, evaluation and experiment
modules import `report.data` for the section types, and they pull in plotly and pandas, which a
report without those sections should not pay for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from citeaudit.store import Store


def pdf_outcomes(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.literature.pdfs import report_pdf_outcomes

    return report_pdf_outcomes(store, paper_ids)


def passages(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.literature.extract.stage import report_passages

    return report_passages(store, paper_ids)


def codebook(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.coding.report import report_codebook

    return report_codebook(store, paper_ids)


def codes(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.coding.report import report_codes

    return report_codes(store, paper_ids)


def agreement(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.coding.report import report_agreement

    return report_agreement(store, paper_ids)


def audit(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.audit.report import report_section

    return report_section(store, paper_ids)


def evaluation(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.evals.report import report_section

    return report_section(store, paper_ids)


def experiment(store: Store, paper_ids: list[str]) -> Any:
    from citeaudit.evals.experiment import report_section

    return report_section(store, paper_ids)


# The report's keys (see data.py) -> their providers.
PROVIDERS: dict[str, Callable[[Store, list[str]], Any]] = {
    "pdf_outcomes": pdf_outcomes,
    "passages": passages,
    "codebook": codebook,
    "codes": codes,
    "agreement": agreement,
    "audit": audit,
    "evaluation": evaluation,
    "experiment": experiment,
}
