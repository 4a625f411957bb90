"""core.stats and core.text: the one Wilson interval keeps each caller's choice at n = 0, and
the one percent formatter / shortener keep each caller's output."""

from __future__ import annotations

import math

from citeaudit.core.stats import interval_text, wilson_interval
from citeaudit.core.text import percent, shorten


def test_wilson_interval_at_n_zero_is_the_callers_choice():
    assert all(math.isnan(x) for x in wilson_interval(0, 0))  # evals: no interval
    assert wilson_interval(0, 0, if_empty=(0.0, 1.0)) == (0.0, 1.0)  # audit label shares


def test_wilson_interval_exact_ends_for_the_experiment():
    assert wilson_interval(0, 7, exact_ends=True)[0] == 0.0
    assert wilson_interval(7, 7, exact_ends=True)[1] == 1.0
    assert wilson_interval(3, 7, exact_ends=True) == wilson_interval(3, 7)


def test_percent_shows_the_callers_missing_mark():
    assert percent(1, 8) == "12.5%"
    assert percent(1, 0) == "n/a"  # report tables
    assert percent(None, 5, missing="") == ""  # terminal tables
    assert percent(0, 0, missing="") == ""


def test_shorten_cuts_at_the_limit_with_the_callers_ellipsis():
    assert shorten("short") == "short"
    assert shorten("a" * 61) == "a" * 59 + "…"
    assert shorten("word " * 20, 11) == "word word…"  # no space before the mark
    assert shorten("a" * 61, 60, ellipsis="...") == "a" * 57 + "..."


def test_interval_text_beside_a_figure_and_nothing_when_undefined():
    assert interval_text(0.1234, 0.5) == " [95% CI 0.123, 0.500]"
    nan = float("nan")
    assert [interval_text(*ends) for ends in ((None, 0.5), (0.1, None), (nan, 0.5),
                                              (0.1, nan))] == ["", "", "", ""]
