"""`citeaudit audit show`: the stored measures of a run as small tables for a terminal.

Each section is its own narrow table (one row per file, or per file and response side with
the file on a row of its own) so that it reads in 80 columns; the full figures are in
`audit show --json` and in the report's tables (`audit show --csv-dir`, see `csv_name`).
The rows come from `tables` (shared with the report); here they are only formatted.
Everything here is pure: stored rows in, strings out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from citeaudit.audit import tables
from citeaudit.audit.tables import SIDES, Measures
from citeaudit.core.text import percent

TOP_IDENTITY_GROUPS = 20


@dataclass
class ShowTable:
    """One terminal table: the first `n_label_columns` columns are text (left-aligned),
    the others numbers (right-aligned, never wrapped)."""

    title: str
    columns: list[str]
    rows: list[list[str]]
    n_label_columns: int = 1
    notes: list[str] = field(default_factory=list)  # printed under the table


def _int(value: Any) -> str:
    return f"{int(value):,}" if isinstance(value, int | float) else ""


def _num(value: Any, digits: int = 1) -> str:
    return f"{value:,.{digits}f}" if isinstance(value, int | float) else ""


def _nested(rows: list[tables.Row]) -> Iterable[tuple[bool, tables.Row]]:
    """The rows with a flag marking each file's first one (printed under a file row)."""
    previous = None
    for row in rows:
        yield row["file"] != previous, row
        previous = row["file"]


def records_table(measures: Measures) -> ShowTable:
    identical = {r["file"]: r["identical"] for r in tables.responses(measures)}
    rows = [[r["file"], _int(r["records"]), _int(r["malformed"]),
             _int(identical.get(r["file"])), _num(r["turns_mean"], 2)]
            for r in tables.sizes(measures)]
    return ShowTable("Records per file", ["file", "records", "malformed", "identical\npairs",
                                          "turns\nmean"], rows,
                     notes=["identical: pairs whose chosen and rejected responses are the same; "
                            "turns: human turns per conversation"])


def responses_table(measures: Measures) -> ShowTable:
    """Final responses of the pair files, chosen vs rejected (counts and classifier shares)."""
    rows = []
    for r in tables.responses(measures):
        rows.append([r["file"], "", "", "", "", ""])
        for side in SIDES:
            rows.append([
                f"  {side}", _int(r[f"{side}_words_p50"]), _int(r[f"{side}_empty"]),
                _int(r[f"{side}_truncated"]),
                percent(r[f"{side}_label_refusal"], r[f"{side}_labelled"], missing=""),
                percent(r[f"{side}_label_evasion"], r[f"{side}_labelled"], missing="")])
    return ShowTable("Final responses, chosen vs rejected",
                     ["file / response", "median\nwords", "empty", "truncated", "refusal",
                      "evasion"], rows,
                     notes=["refusal, evasion: share of responses the refusal classifier "
                            "gives that label"])


def duplicates_table(measures: Measures) -> ShowTable:
    rows = [[r["file"], _int(r["records"]), _int(r["same_prompt"]), _int(r["same_pair"]),
             _int(r["in_other_file"]), _int(r["near_duplicate"])]
            for r in tables.duplicates(measures)]
    method = tables.duplicates_method(measures)
    notes = ["records whose prompt (or whole pair) occurs more than once in the file, whose "
             "prompt occurs in another file, or that have a near-duplicate prompt"]
    return ShowTable("Duplicated prompts",
                     ["file", "records", "same\nprompt", "same\npair", "in other\nfile",
                      "near\ndup"], rows,
                     notes=notes + ([f"near duplicates: {method}"] if method else []))


def harm_table(measures: Measures) -> ShowTable:
    """Harmful-request prompts on the file's row, flagged responses on its side rows."""
    rows = []
    for first, r in _nested(tables.harm(measures)):
        n = r["records"]
        if first:
            rows.append([r["file"], _int(r["requests"]), percent(r["requests"], n, missing=""),
                         "", ""])
        label = "last response" if r["side"] == "response" else r["side"]
        rows.append([f"  {label}", "", "", _int(r["flagged"]),
                     percent(r["flagged"], n, missing="")])
    return ShowTable("Harm signal", ["file / response", "harmful\nrequests", "request\n%",
                                     "flagged\nharmful", "flagged\n%"], rows,
                     notes=["harmful requests: prompts whose last human turn asks for "
                            "something harmful; flagged: responses complying with one, or "
                            "with an insult or slur"])


def red_team_table(measures: Measures) -> ShowTable:
    """Red-team attempts per model type and size, under a row naming the file."""
    rows = []
    for first, r in _nested(tables.red_team(measures)):
        if first:
            rows.append([r["file"], "", "", "", "", ""])
        rows.append([f"  {r['model_type']}", str(r["num_params"]), _int(r["attempts"]),
                     _num(r["mean_rating"], 2), _num(r["mean_min_harmlessness"], 2),
                     percent(r["refused"], r["labelled"], missing="")])
    return ShowTable("Red-team attempts by model type and size",
                     ["file / model", "params", "attempts", "mean\nrating",
                      "min. harm-\nlessness", "refused\n%"], rows, n_label_columns=2,
                     notes=["min. harmlessness: mean of each transcript's minimum "
                            "harmlessness score; refused: last assistant responses labelled "
                            "refusal (per model type, all sizes)"])


def identity_table(identity: Iterable[Mapping[str, Any]],
                   top: int = TOP_IDENTITY_GROUPS) -> ShowTable:
    # a group a prompt mentions is counted in at least one prompt (stored groups have matches)
    ranked = [r for r in tables.identity_groups(identity) if r.get("prompt raw", 0)]
    rows = [[r["axis"], r["group"], _int(r["prompt raw"]), _int(r["prompt person"])]
            for r in ranked[:top]]
    notes = [f"... {len(ranked) - top} more groups in --json and --csv-dir"] \
        if len(ranked) > top else []
    return ShowTable("Identity groups in prompts (prompts mentioning the group)",
                     ["axis", "group", "any\nmatch", "person-\nreferring"], rows,
                     n_label_columns=2, notes=notes)


def topics_table(topics: Iterable[Mapping[str, Any]], terms: int = 8) -> ShowTable:
    rows = [[str(t["topic"]), ", ".join(t["terms"][:terms]), f"{t['share']:.1%}"]
            for t in tables.topics(topics)]
    return ShowTable("Harm topics of red-team prompts", ["topic", "top terms", "share"], rows,
                     n_label_columns=2)


def problems_table(problems: Iterable[Mapping[str, Any]]) -> ShowTable:
    rows = [[p["file"], str(p["line"]), p["kind"], p["reason"]]
            for p in tables.problems(problems)]
    return ShowTable("Malformed records (first ones; never audited)",
                     ["file", "line", "kind", "reason"], rows, n_label_columns=4)


def show_tables(measures: Measures, identity: Iterable[Mapping[str, Any]],
                topics: Iterable[Mapping[str, Any]],
                problems: Iterable[Mapping[str, Any]]) -> list[ShowTable]:
    """The sections of `audit show`, in order; sections without data are left out."""
    tables = [records_table(measures), responses_table(measures), duplicates_table(measures),
              harm_table(measures), red_team_table(measures), identity_table(identity),
              topics_table(topics), problems_table(problems)]
    return [t for t in tables if t.rows]


_NAME_STOPWORDS = {"a", "an", "and", "by", "first", "for", "in", "of", "or", "per", "the",
                   "their", "whose", "with"}


def csv_name(caption: str) -> str:
    """A stable file name for a report table from its caption: 'Table A1. Records per subset
    and split, ...' -> 'a1-records-subset-split-human.csv' (no counts, so reruns overwrite)."""
    m = re.match(r"Table\s+(\w+)\.\s*(.*)", caption, re.S)
    number, text = (m.group(1).lower(), m.group(2)) if m else ("", caption)
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _NAME_STOPWORDS][:4]
    return "-".join([w for w in [number, *words] if w] or ["table"]) + ".csv"
