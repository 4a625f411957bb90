"""Units and their codes: register the things to code, store automatic suggestions, read codes back.

A unit is anything coded with a codebook (a paper, an HH pair, a model response); its type is
a string and its display fields and evidence rows are JSON, so every part of citeaudit shares
these functions. Coders are names: `auto` (or `auto-...`) for automatic coders, `adjudicated`
for the final codes, anything else for a person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from citeaudit.coding.codebook import NOTES_DIMENSION, Codebook, parse_codebook
from citeaudit.core.errors import InputError
from citeaudit.store import Store, loads

AUTO_CODER = "auto"
ADJUDICATED = "adjudicated"
CODER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")


@dataclass
class Unit:
    """One thing to code. `display` is shown read-only to coders (ordered); `evidence` rows
    (dicts, e.g. passages) go to the evidence sheet."""

    unit_id: str
    display: dict[str, Any] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    position: int | None = None


@dataclass
class Suggestion:
    """An automatic coder's answer for one unit and dimension."""

    unit_id: str
    dimension: str
    codes: list[str]
    confidence: float | None = None
    evidence: list[str] = field(default_factory=list)  # ids of evidence rows (passage ids)


def is_auto(coder: str) -> bool:
    return coder == AUTO_CODER or coder.startswith(AUTO_CODER + "-")


def check_human_coder(coder: str) -> str:
    """A person's coder name: short, no spaces, not reserved for machines or adjudication."""
    coder = coder.strip()
    if not CODER_RE.match(coder):
        raise InputError(f"coder name {coder!r}: use letters, digits, '.', '_', '-' or '@' "
                         "(no spaces, at most 64 characters)")
    if is_auto(coder) or coder == ADJUDICATED:
        raise InputError(f"coder name {coder!r} is reserved; choose a person's name or initials")
    return coder


def register_codebook(store: Store, codebook: Codebook) -> None:
    """Remember this codebook version in the store (refused if the same version was edited)."""
    store.coding.insert_codebook(codebook.name, codebook.version, codebook.unit_type,
                                 codebook.sha256, codebook.yaml_text)


def stored_codebook(store: Store, name: str, version: str) -> Codebook | None:
    """The codebook version exactly as it was when codes were first stored with it."""
    text = store.scalar("SELECT yaml_text FROM codebooks WHERE name=? AND version=?",
                        (name, version))
    return None if text is None else parse_codebook(text, f"{name} version {version} (stored)")


def register_units(store: Store, unit_type: str, units: Iterable[Unit]) -> int:
    """Insert or refresh units of one type; codes already stored for them are kept."""
    rows = []
    seen: set[str] = set()
    for unit in units:
        unit_id = str(unit.unit_id).strip()
        if not unit_id:
            raise InputError(f"{unit_type}: a unit has an empty id")
        if unit_id in seen:
            raise InputError(f"{unit_type}: unit id {unit_id!r} appears twice")
        seen.add(unit_id)
        # Pairs, not an object: the store writes JSON with sorted keys, and order matters here.
        rows.append((unit_id, unit.position, [[str(k), v] for k, v in unit.display.items()],
                     [[[str(k), v] for k, v in row.items()] for row in unit.evidence]))
    try:
        return store.coding.upsert_units(unit_type, rows)
    except TypeError as exc:
        raise InputError(f"{unit_type}: display fields and evidence must be JSON ({exc})") from exc


def units(store: Store, unit_type: str, unit_ids: Iterable[str] | None = None) -> list[Unit]:
    return [
        Unit(r["unit_id"], dict(loads(r["display_json"], [])),
             [dict(row) for row in loads(r["evidence_json"], [])], r["position"])
        for r in store.coding.list_units(unit_type, unit_ids)
    ]


def check_value(codebook: Codebook, dimension: str, codes: list[str]) -> list[str]:
    """Codes for a dimension, validated and in codebook order; raises InputError."""
    try:
        dim = codebook.dimension(dimension)
    except KeyError:
        raise InputError(f"{codebook.name}: no dimension {dimension!r}; "
                         f"known: {', '.join(codebook.dimension_names)}") from None
    unknown = [c for c in codes if c not in dim.code_ids]
    if unknown:
        raise InputError(f"{codebook.name}.{dimension}: unknown code(s) {unknown}; "
                         f"expected: {', '.join(dim.code_ids)}")
    if not dim.multiple and len(set(codes)) > 1:
        raise InputError(f"{codebook.name}.{dimension} allows one code, got {codes}")
    if not dim.multiple and not codes:
        raise InputError(f"{codebook.name}.{dimension} needs one code")
    return [c for c in dim.code_ids if c in set(codes)]


def store_auto_codes(
    store: Store,
    codebook: Codebook,
    suggestions: Iterable[Suggestion],
    *,
    coder: str = AUTO_CODER,
    unit_type: str | None = None,
) -> int:
    """Store an automatic coder's suggestions (replacing its own earlier ones, with history).

    Only coder names `auto` or `auto-...` are accepted, so a person's codes cannot be
    overwritten from here. Returns how many codes changed.
    """
    if not is_auto(coder):
        raise InputError(f"automatic codes must use coder 'auto' or 'auto-...', not {coder!r}")
    unit_type = unit_type or codebook.unit_type
    known = {r["unit_id"] for r in store.coding.list_units(unit_type)}
    register_codebook(store, codebook)
    rows = []
    for s in suggestions:
        if s.unit_id not in known:
            raise InputError(f"{unit_type} {s.unit_id!r} is not registered; register units first")
        rows.append({
            "unit_type": unit_type, "unit_id": s.unit_id, "codebook": codebook.name,
            "codebook_version": codebook.version, "dimension": s.dimension, "coder": coder,
            "value": check_value(codebook, s.dimension, list(s.codes)),
            "confidence": None if s.confidence is None else round(float(s.confidence), 4),
            "evidence": [str(e) for e in s.evidence],
        })
    return store.coding.upsert_codes(rows, source=coder)


CodeTable = dict[str, dict[str, dict[str, list[str]]]]  # coder -> unit_id -> dimension -> codes


def code_table(
    store: Store, codebook: Codebook, unit_type: str | None = None, coder: str | None = None
) -> CodeTable:
    """Current codes as {coder: {unit_id: {dimension: [codes]}}} (notes left out)."""
    table: CodeTable = defaultdict(lambda: defaultdict(dict))
    for row in store.coding.list_codes(codebook.name, codebook.version,
                                       unit_type or codebook.unit_type, coder):
        if row["dimension"].startswith("_"):
            continue
        table[row["coder"]][row["unit_id"]][row["dimension"]] = loads(row["value_json"])
    return {c: dict(u) for c, u in table.items()}


def suggestions_of(
    store: Store, codebook: Codebook, coder: str = AUTO_CODER, unit_type: str | None = None
) -> dict[str, dict[str, Suggestion]]:
    """An automatic coder's stored suggestions as {unit_id: {dimension: Suggestion}}."""
    out: dict[str, dict[str, Suggestion]] = defaultdict(dict)
    for row in store.coding.list_codes(codebook.name, codebook.version,
                                       unit_type or codebook.unit_type, coder):
        if row["dimension"].startswith("_"):
            continue
        out[row["unit_id"]][row["dimension"]] = Suggestion(
            row["unit_id"], row["dimension"], loads(row["value_json"]), row["confidence"],
            loads(row["evidence_json"], []),
        )
    return dict(out)


def human_coders(table: CodeTable) -> list[str]:
    return sorted(c for c in table if not is_auto(c) and c != ADJUDICATED)


def final_codes(
    store: Store, codebook: Codebook, unit_type: str | None = None
) -> dict[str, dict[str, list[str]]]:
    """Final codes per unit and dimension: the adjudicated code where there is one, else the
    code every human coder agrees on. Units and dimensions still in dispute are left out."""
    table = code_table(store, codebook, unit_type)
    adjudicated = table.get(ADJUDICATED, {})
    humans = human_coders(table)
    final: dict[str, dict[str, list[str]]] = defaultdict(dict)
    unit_ids = {u for c in humans for u in table[c]} | set(adjudicated)
    for unit_id in unit_ids:
        for dim in codebook.dimension_names:
            if dim in adjudicated.get(unit_id, {}):
                final[unit_id][dim] = adjudicated[unit_id][dim]
                continue
            values = [table[c][unit_id][dim] for c in humans if dim in table[c].get(unit_id, {})]
            if values and all(v == values[0] for v in values):
                final[unit_id][dim] = values[0]
    return dict(final)


def notes_of(store: Store, codebook: Codebook, coder: str,
             unit_type: str | None = None) -> dict[str, str]:
    return {
        r["unit_id"]: loads(r["value_json"])
        for r in store.coding.list_codes(codebook.name, codebook.version,
                                         unit_type or codebook.unit_type, coder)
        if r["dimension"] == NOTES_DIMENSION
    }
