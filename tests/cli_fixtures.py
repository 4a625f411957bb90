"""Helpers for the end-to-end CLI tests: output read without the terminal's layout."""

from __future__ import annotations

import re

_BOX = re.compile(r"[\u2500-\u257f]")  # rich's table borders


def flat(text: str) -> str:
    """Output with table borders dropped and whitespace collapsed, so no assertion depends
    on the terminal width or on how a table is drawn."""
    return " ".join(_BOX.sub(" ", text).split())


def squeezed(text: str) -> str:
    """Output without any whitespace: for long paths that a narrow terminal may break."""
    return "".join(_BOX.sub("", text).split())
