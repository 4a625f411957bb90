"""Text helpers for tables and figures: one percent formatter, one shortener."""

from __future__ import annotations

from numbers import Real
from typing import Any


def percent(k: Any, n: Any, missing: str = "n/a") -> str:
    """k / n as a percentage with one decimal ("12.5%"), or `missing` when there is no share
    (n is 0 or missing, or k is not a number): "n/a" in the report, "" in terminal tables."""
    return f"{k / n:.1%}" if isinstance(k, Real) and n else missing


def shorten(text: str, limit: int = 60, ellipsis: str = "…") -> str:
    """`text` cut to at most `limit` characters, ending in `ellipsis` where it was cut."""
    if len(text) <= limit:
        return text
    return text[:limit - len(ellipsis)].rstrip() + ellipsis
