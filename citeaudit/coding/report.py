"""Report providers for the HH-usage coding (see citeaudit/report/data.py for the contract)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from citeaudit.coding.codebook import Codebook, CodebookError, load_codebook
from citeaudit.coding.reliability import agreement
from citeaudit.coding.units import ADJUDICATED, code_table, is_auto
from citeaudit.store import Store

USAGE_CODEBOOK = "hh_usage"


def _codebook() -> Codebook | None:
    try:
        return load_codebook(USAGE_CODEBOOK)
    except CodebookError:
        return None


def report_codebook(store: Store, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    book = _codebook()
    if book is None:
        return []
    return [
        {"id": d.name, "label": d.label, "multiple": d.multiple, "version": book.version,
         "codes": [{"id": c.code, "label": c.label} for c in d.codes]}
        for d in book.dimensions
    ]


def _kind(coder: str) -> str:
    if coder == ADJUDICATED:
        return "adjudicated"
    return "auto" if is_auto(coder) else "human"


def report_codes(store: Store, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    book = _codebook()
    if book is None:
        return []
    wanted = set(paper_ids)
    rows = []
    for coder, units in code_table(store, book).items():
        for unit_id, dims in units.items():
            if unit_id not in wanted:
                continue
            for dimension, codes in dims.items():
                for code in codes:
                    rows.append({"paper_id": unit_id, "dimension": dimension, "code": code,
                                 "coder": coder, "kind": _kind(coder),
                                 "codebook_version": book.version})
    return rows


def report_agreement(store: Store, paper_ids: Iterable[str]) -> list[dict[str, Any]]:
    book = _codebook()
    if book is None:
        return []
    result = agreement(store, book)
    rows = [{"dimension": a.dimension + (f": {a.code}" if a.code else ""),
             "coders": "all people", "statistic": "Krippendorff's alpha", "value": a.alpha,
             "low": a.low, "high": a.high, "n_units": a.n_units} for a in result.alphas]
    rows += [{"dimension": p.dimension + (f": {p.code}" if p.code else ""),
              "coders": f"{p.coder_a} vs {p.coder_b}", "statistic": "Cohen's kappa",
              "value": p.kappa, "n_units": p.n_units} for p in result.pairs]
    return [r for r in rows if r["n_units"]]
