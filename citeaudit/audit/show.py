"""`citeaudit audit show`: the stored measures of a run as small tables for a terminal.

Each section is its own narrow table (one row per file, or per file and response side with
the file on a row of its own) so that it reads in 80 columns; the full figures are in
`audit show --json` and in the report's tables (`audit show --csv-dir`, see `csv_tables`).
Everything here is pure: stored rows in, strings out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from citeaudit.core.text import percent

Measures = Mapping[tuple[str, str], Mapping[str, Any]]
SIDES = ("chosen", "rejected")
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


def _file(key: tuple[str, str]) -> str:
    return f"{key[0]}/{key[1]}"


def _int(value: Any) -> str:
    return f"{int(value):,}" if isinstance(value, int | float) else ""


def _num(value: Any, digits: int = 1) -> str:
    return f"{value:,.{digits}f}" if isinstance(value, int | float) else ""


def _n_units(m: Mapping[str, Any]) -> int:
    size = m.get("size", {})
    return int(size.get("pairs", size.get("attempts", 0)) or 0)


def records_table(measures: Measures) -> ShowTable:
    rows = []
    for key, m in sorted(measures.items()):
        turns = m.get("turns", {})
        identical = m.get("identical_responses", {}).get("n") if "refusal" in m else None
        rows.append([_file(key), _int(_n_units(m)), _int(m.get("size", {}).get("malformed", 0)),
                     _int(identical), _num(turns.get("mean"), 2)])
    return ShowTable("Records per file", ["file", "records", "malformed", "identical\npairs",
                                          "turns\nmean"], rows,
                     notes=["identical: pairs whose chosen and rejected responses are the same; "
                            "turns: human turns per conversation"])


def responses_table(measures: Measures) -> ShowTable:
    """Final responses of the pair files, chosen vs rejected (counts and classifier shares)."""
    rows = []
    for key, m in sorted(measures.items()):
        if "refusal" not in m:
            continue
        rows.append([_file(key), "", "", "", "", ""])
        for side in SIDES:
            counts = m["refusal"].get(side, {}).get("counts", {})
            total = sum(counts.values())
            rows.append([
                f"  {side}", _int(m.get("lengths_words", {}).get(side, {}).get("p50")),
                _int(m.get("empty_responses", {}).get(side)),
                _int(m.get("truncated_responses", {}).get(side)),
                percent(counts.get("refusal", 0), total, missing=""),
                percent(counts.get("evasion", 0), total, missing="")])
    return ShowTable("Final responses, chosen vs rejected",
                     ["file / response", "median\nwords", "empty", "truncated", "refusal",
                      "evasion"], rows,
                     notes=["refusal, evasion: share of responses the refusal classifier "
                            "gives that label"])


def duplicates_table(measures: Measures) -> ShowTable:
    rows, method = [], ""
    for key, m in sorted(measures.items()):
        d = m.get("duplicates")
        if not d:
            continue
        method = d.get("method", method)
        rows.append([_file(key), _int(d.get("pairs")), _int(d.get("exact_duplicate_prompt")),
                     _int(d.get("exact_duplicate_pair")),
                     _int(d.get("prompt_in_other_subset_or_split")),
                     _int(d.get("near_duplicate_prompt"))])
    notes = ["records whose prompt (or whole pair) occurs more than once in the file, whose "
             "prompt occurs in another file, or that have a near-duplicate prompt"]
    return ShowTable("Duplicated prompts",
                     ["file", "records", "same\nprompt", "same\npair", "in other\nfile",
                      "near\ndup"], rows,
                     notes=notes + ([f"near duplicates: {method}"] if method else []))


def harm_table(measures: Measures) -> ShowTable:
    """Harmful-request prompts on the file's row, flagged responses on its side rows."""
    rows = []
    for key, m in sorted(measures.items()):
        harm = m.get("harm")
        if not harm:
            continue
        n = harm.get("units", 0)
        requests = harm.get("harmful_request_prompts", 0)
        rows.append([_file(key), _int(requests), percent(requests, n, missing=""), "", ""])
        for side, r in harm.get("responses", {}).items():
            label = "last response" if side == "response" else side
            rows.append([f"  {label}", "", "", _int(r.get("harmful", 0)),
                         percent(r.get("harmful", 0), n, missing="")])
    return ShowTable("Harm signal", ["file / response", "harmful\nrequests", "request\n%",
                                     "flagged\nharmful", "flagged\n%"], rows,
                     notes=["harmful requests: prompts whose last human turn asks for "
                            "something harmful; flagged: responses complying with one, or "
                            "with an insult or slur"])


def red_team_table(measures: Measures) -> ShowTable:
    """Red-team attempts per model type and size, under a row naming the file."""
    rows = []
    for key, m in sorted(measures.items()):
        groups = m.get("red_team_by_model", [])
        if not groups:
            continue
        rows.append([_file(key), "", "", "", "", ""])
        labels = m.get("red_team_last_response_labels", {})
        for g in groups:
            rows.append([f"  {g['model_type']}", str(g["num_params"]), _int(g["n"]),
                         _num(g.get("mean_rating"), 2),
                         _num(g.get("mean_min_harmlessness_score"), 2),
                         _refused(labels, g["model_type"], g["num_params"])])
    return ShowTable("Red-team attempts by model type and size",
                     ["file / model", "params", "attempts", "mean\nrating",
                      "min. harm-\nlessness", "refused\n%"], rows, n_label_columns=2,
                     notes=["min. harmlessness: mean of each transcript's minimum "
                            "harmlessness score; refused: last assistant responses labelled "
                            "refusal (per model type, all sizes)"])


def _refused(labels: Mapping[str, Mapping[str, int]], model: str, params: str) -> str:
    if params != "all":
        return ""
    chosen = list(labels.values()) if model == "all" else [labels.get(model, {})]
    return percent(sum(c.get("refusal", 0) for c in chosen),
                   sum(sum(c.values()) for c in chosen), missing="")


def identity_table(identity: Iterable[Mapping[str, Any]],
                   top: int = TOP_IDENTITY_GROUPS) -> ShowTable:
    groups: dict[tuple[str, str], list[int]] = {}
    for r in identity:
        if r["part"] == "prompt":
            acc = groups.setdefault((r["axis"], r["grp"]), [0, 0])
            acc[0] += r["units_raw"]
            acc[1] += r["units_person"]
    ranked = sorted(groups.items(), key=lambda kv: (-kv[1][1], kv[0]))
    rows = [[axis, grp, _int(raw), _int(person)] for (axis, grp), (raw, person) in ranked[:top]]
    notes = [f"... {len(ranked) - top} more groups in --json and --csv-dir"] \
        if len(ranked) > top else []
    return ShowTable("Identity groups in prompts (prompts mentioning the group)",
                     ["axis", "group", "any\nmatch", "person-\nreferring"], rows,
                     n_label_columns=2, notes=notes)


def topics_table(topics: Iterable[Mapping[str, Any]], terms: int = 8) -> ShowTable:
    from citeaudit.store import loads

    rows = [[str(t["topic"]), ", ".join(loads(t["top_terms_json"], [])[:terms]),
             f"{t['share']:.1%}"] for t in topics]
    return ShowTable("Harm topics of red-team prompts", ["topic", "top terms", "share"], rows,
                     n_label_columns=2)


def problems_table(problems: Iterable[Mapping[str, Any]]) -> ShowTable:
    rows = [[f"{p['subset']}/{p['split']}", str(p["line"]), p["kind"], p["message"]]
            for p in problems]
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
