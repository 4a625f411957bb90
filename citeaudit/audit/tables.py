"""The audit's tables, built once from a stored run: rendered by `audit show` (narrow terminal
tables, see `show`) and by the report section (captioned tables, see `report`).

One function per table; each returns rows (dicts, in display order) holding the stored values
at full precision, None where the stored measures lack one. Formatting, rounding, missing-value
markers and the choice of columns are the renderers' job. Everything here is pure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from citeaudit.store import loads

Measures = Mapping[tuple[str, str], Mapping[str, Any]]
Row = dict[str, Any]
SIDES = ("chosen", "rejected")
LABELS = ("refusal", "evasion", "empty")
HARM_SIDES = ("chosen", "rejected", "response")  # "response": the last red-team response
PART_ORDER = ("prompt", "chosen", "rejected", "response")


def file_label(key: tuple[str, str]) -> str:
    return f"{key[0]}/{key[1]}"


def n_units(m: Mapping[str, Any]) -> int:
    """Pairs (or red-team attempts) of one file."""
    size = m.get("size", {})
    return int(size.get("pairs", size.get("attempts", 0)) or 0)


def _by_count(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def sizes(measures: Measures) -> list[Row]:
    """Per file: records, malformed records and human turns per conversation."""
    rows = []
    for key, m in sorted(measures.items()):
        turns = m.get("turns", {})
        rows.append({"file": file_label(key), "records": n_units(m),
                     "malformed": m.get("size", {}).get("malformed", 0),
                     "turns_mean": turns.get("mean"), "turns_p50": turns.get("p50"),
                     "turns_p90": turns.get("p90"), "turns_max": turns.get("max")})
    return rows


def responses(measures: Measures) -> list[Row]:
    """Per pair file: identical pairs, which side is longer, and per side (`chosen_...`,
    `rejected_...`) length quantiles, empty and truncated responses, and classifier labels."""
    rows = []
    for key, m in sorted(measures.items()):
        if "refusal" not in m:
            continue
        comp = m.get("chosen_vs_rejected_length", {})
        row = {"file": file_label(key), "pairs": n_units(m),
               "identical": m.get("identical_responses", {}).get("n"),
               "chosen_longer": comp.get("chosen_longer", 0),
               "rejected_longer": comp.get("rejected_longer", 0),
               "same_length": comp.get("same", 0)}
        for side in SIDES:
            words = m.get("lengths_words", {}).get(side, {})
            counts = m["refusal"].get(side, {}).get("counts", {})
            row.update({f"{side}_words_{q}": words.get(q) for q in ("mean", "p50", "p90")})
            row[f"{side}_empty"] = m.get("empty_responses", {}).get(side)
            row[f"{side}_truncated"] = m.get("truncated_responses", {}).get(side)
            row.update({f"{side}_label_{label}": int(counts.get(label, 0)) for label in LABELS})
            row[f"{side}_labelled"] = int(sum(counts.values()))
        rows.append(row)
    return rows


def duplicates(measures: Measures) -> list[Row]:
    """Per file with duplicate counts: records, distinct prompts, and records whose prompt (or
    whole pair) recurs in the file, occurs in another file, or has a near duplicate."""
    rows = []
    for key, m in sorted(measures.items()):
        d = m.get("duplicates")
        if d:
            rows.append({"file": file_label(key), "records": d.get("pairs"),
                         "distinct_prompts": d.get("distinct_prompts"),
                         "same_prompt": d.get("exact_duplicate_prompt"),
                         "same_pair": d.get("exact_duplicate_pair"),
                         "in_other_file": d.get("prompt_in_other_subset_or_split"),
                         "near_duplicate": d.get("near_duplicate_prompt")})
    return rows


def duplicates_method(measures: Measures) -> str:
    """How near duplicates were found (the last file's stored method), or ""."""
    method = ""
    for _, m in sorted(measures.items()):
        if m.get("duplicates"):
            method = m["duplicates"].get("method", method)
    return method


def harm(measures: Measures) -> list[Row]:
    """Per file with a harm signal and response side: records, harmful-request prompts (with
    their categories, most frequent first) and responses flagged harmful (by category)."""
    rows = []
    for key, m in sorted(measures.items()):
        h = m.get("harm")
        if not h:
            continue
        for side in (s for s in HARM_SIDES if s in h.get("responses", {})):
            flagged = h["responses"][side]
            rows.append({"file": file_label(key), "side": side, "records": h.get("units", 0),
                         "requests": h.get("harmful_request_prompts", 0),
                         "request_categories": _by_count(h.get("request_categories", {})),
                         "flagged": flagged.get("harmful", 0),
                         "flagged_by_category": _by_count(flagged.get("harmful_by_category", {}))})
    return rows


def red_team(measures: Measures) -> list[Row]:
    """Per red-team file, model type and size ('all' pools them): attempts, mean scores, and
    last responses labelled refusal of all labelled (`refused`/`labelled`; None where the
    labels are not kept: per size, or for a model type without labels)."""
    rows = []
    for key, m in sorted(measures.items()):
        labels = m.get("red_team_last_response_labels", {})
        for g in m.get("red_team_by_model", []):
            refused, labelled = _refused(labels, g["model_type"], g["num_params"])
            rows.append({"file": file_label(key), "model_type": g["model_type"],
                         "num_params": g["num_params"], "attempts": g["n"],
                         "mean_rating": g.get("mean_rating"),
                         "mean_min_harmlessness": g.get("mean_min_harmlessness_score"),
                         "mean_task_harmlessness": g.get("mean_task_harmlessness_score"),
                         "refused": refused, "labelled": labelled})
    return rows


def _refused(labels: Mapping[str, Mapping[str, int]], model: str, params: str
             ) -> tuple[int | None, int | None]:
    if params != "all" or (model != "all" and model not in labels):
        return None, None
    chosen = list(labels.values()) if model == "all" else [labels[model]]
    return sum(c.get("refusal", 0) for c in chosen), sum(sum(c.values()) for c in chosen)


def identity_groups(identity: Iterable[Mapping[str, Any]]) -> list[Row]:
    """Per identity group (all files together): texts mentioning it, per part (prompt, chosen,
    rejected, response): `<part> raw` (any match) and `<part> person` (person-referring),
    0 where the part never mentions it; most person-referring prompts first."""
    acc: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0]))
    parts: list[str] = []
    for r in identity:
        if r["part"] not in parts:
            parts.append(r["part"])
        cell = acc[(r["axis"], r["grp"])][r["part"]]
        cell[0] += r["units_raw"]
        cell[1] += r["units_person"]
    order = [p for p in PART_ORDER if p in parts] + [p for p in parts if p not in PART_ORDER]
    rows = []
    for (axis, grp), cells in sorted(acc.items(), key=lambda kv: (
            -kv[1].get("prompt", [0, 0])[1], kv[0])):
        row: Row = {"axis": axis, "group": grp}
        for part in order:
            row[f"{part} raw"], row[f"{part} person"] = cells.get(part, [0, 0])
        rows.append(row)
    return rows


def topics(stored: Iterable[Mapping[str, Any]]) -> list[Row]:
    """The harm topics of red-team prompts, largest first: prompts whose strongest topic it
    is, their share of the sample, and all stored top terms."""
    return [{"topic": t["topic"], "prompts": t["n_docs"], "share": t["share"],
             "terms": loads(t["top_terms_json"], [])}
            for t in sorted(stored, key=lambda t: -t["n_docs"])]


def problem_kinds(measures: Measures) -> list[Row]:
    """Malformed records per file and kind."""
    return [{"file": file_label(key), "kind": kind, "records": count}
            for key, m in sorted(measures.items())
            for kind, count in sorted(m.get("size", {}).get("malformed_by_kind", {}).items())]


def problems(stored: Iterable[Mapping[str, Any]]) -> list[Row]:
    """Stored malformed records (as listed by the store): file, line, kind, reason."""
    return [{"file": f"{p['subset']}/{p['split']}", "line": p["line"], "kind": p["kind"],
             "reason": p["message"]} for p in stored]
