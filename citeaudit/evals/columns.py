"""Column mappings for `eval import`: which column of a file holds which import field.

`--map FIELD=COLUMN` renames (`response=completion`); `--map FIELD=COLUMN:GLOB` makes a
true/false field from a pattern (`unsafe=type:contrast_*`: true where `type` matches). A
mapping file (YAML or TOML) holds the same as `FIELD: "COLUMN"` or `FIELD: "COLUMN:GLOB"`.
A column called `label` holds a human label of the response unless a mapping says otherwise.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from citeaudit.core.errors import InputError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

# The fields `eval import` reads; a mapping may name no other.
FIELDS = ("prompt", "response", "model", "prompt_id", "id", "group", "axis", "template_id",
          "unsafe", "human_label", "suite", "sample_index", "revision", "gender",
          "intersection")
BOOLEAN_FIELDS = ("unsafe",)  # the fields a COLUMN:GLOB may fill
HUMAN_LABEL = "human_label"
LABEL_COLUMN = "label"  # read as human_label when nothing maps it


@dataclass(frozen=True)
class ColumnRule:
    """One field's source: a column, and a glob when the field is true/false by pattern."""

    field: str
    column: str
    glob: str | None = None
    origin: str = ""  # where it was given, for messages ("--map unsafe=type:x*")

    def value(self, record: Mapping[str, Any]) -> Any:
        raw = record.get(self.column)
        if self.glob is None:
            return raw
        return fnmatch.fnmatchcase(str(raw), self.glob) if raw not in (None, "") else None


@dataclass
class ColumnMap:
    """The rules of one import; an empty map reads the file's columns by their names."""

    rules: dict[str, ColumnRule] = field(default_factory=dict)

    @property
    def mapped_columns(self) -> set[str]:
        """Columns renamed into a field (kept out of the prompt's metadata)."""
        return {r.column for r in self.rules.values() if r.glob is None}

    def check_columns(self, path: Path, columns: Iterable[str]) -> None:
        """Every mapped column must be in the file."""
        present = list(columns)
        missing = [r for r in self.rules.values() if r.column not in present]
        if missing:
            raise InputError(
                f"{path}: no column {', '.join(repr(r.column) for r in missing)} "
                f"(mapped by {', '.join(r.origin for r in missing)}); the file's columns: "
                f"{', '.join(present)}; nothing was imported")

    def check_globs(self, path: Path, records: Sequence[Mapping[str, Any]]) -> None:
        """A glob that matches no row is a typo, not a file without unsafe prompts."""
        for rule in self.rules.values():
            if rule.glob is None:
                continue
            values = {str(r.get(rule.column)) for r in records if r.get(rule.column)}
            if values and not any(fnmatch.fnmatchcase(v, rule.glob) for v in values):
                shown = ", ".join(sorted(values)[:8]) + (", ..." if len(values) > 8 else "")
                raise InputError(
                    f"{path}: column {rule.column!r}: the pattern {rule.glob!r} of "
                    f"{rule.origin} matches no row (values: {shown}); nothing was imported")

    def column_of(self, name: str, record: Mapping[str, Any]) -> str:
        """The file's column a field came from (for messages)."""
        if name in self.rules:
            return self.rules[name].column
        if name == HUMAN_LABEL and HUMAN_LABEL not in record:
            return LABEL_COLUMN
        return name

    def apply(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """The record with each mapped field filled from its column; `label` becomes
        human_label when neither a rule nor a human_label column gives one."""
        mapped = {k: v for k, v in record.items() if k not in self.mapped_columns}
        for rule in self.rules.values():
            mapped[rule.field] = rule.value(record)
        used = {r.column for r in self.rules.values()}
        if (HUMAN_LABEL not in self.rules and HUMAN_LABEL not in record
                and LABEL_COLUMN in record and LABEL_COLUMN not in used):
            mapped[HUMAN_LABEL] = mapped.pop(LABEL_COLUMN)
        return mapped


def parse_rule(text: str, origin: str) -> ColumnRule:
    """FIELD=COLUMN or FIELD=COLUMN:GLOB."""
    name, sep, source = text.partition("=")
    name, source = name.strip(), source.strip()
    if not sep or not name or not source:
        raise InputError(f"{origin}: expected FIELD=COLUMN or FIELD=COLUMN:GLOB, not {text!r}")
    return _rule(name, source, origin)


def _rule(name: str, source: str, origin: str) -> ColumnRule:
    if name == LABEL_COLUMN:
        name = HUMAN_LABEL
    if name not in FIELDS:
        raise InputError(f"{origin}: unknown field {name!r}; fields: {', '.join(FIELDS)}")
    column, colon, glob = source.partition(":")
    if not colon:
        return ColumnRule(name, column, None, origin)
    if name not in BOOLEAN_FIELDS:
        raise InputError(f"{origin}: a pattern (COLUMN:GLOB) fills only true/false fields "
                         f"({', '.join(BOOLEAN_FIELDS)}), not {name!r}")
    if not column or not glob.strip():
        raise InputError(f"{origin}: expected COLUMN:GLOB with both parts, not {source!r}")
    return ColumnRule(name, column, glob.strip(), origin)


def column_map(options: Sequence[str] = (), mapping_file: Path | None = None) -> ColumnMap:
    """The rules of a mapping file, then of each --map option (a later one wins)."""
    rules: dict[str, ColumnRule] = {}
    if mapping_file is not None:
        for name, source in read_mapping_file(mapping_file).items():
            rule = _rule(name, source, f"{mapping_file}: {name}")
            rules[rule.field] = rule
    for text in options:
        rule = parse_rule(text, f"--map {text}")
        rules[rule.field] = rule
    return ColumnMap(rules)


def read_mapping_file(path: Path) -> dict[str, str]:
    """FIELD -> "COLUMN" or "COLUMN:GLOB" from a .yaml/.yml or .toml file (a top-level
    `map` table is read when present, so the file can hold other notes)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() == ".toml":
            data = tomllib.loads(text)
        elif path.suffix.lower() in (".yaml", ".yml"):
            data = yaml.safe_load(text)
        else:
            raise InputError(f"{path}: a mapping file is .yaml, .yml or .toml")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the mapping ({exc})") from exc
    if isinstance(data, dict) and isinstance(data.get("map"), dict):
        data = data["map"]
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected FIELD: COLUMN lines (a mapping), not "
                         f"{type(data).__name__}")
    bad = [str(k) for k, v in data.items() if not isinstance(v, str)]
    if bad:
        raise InputError(f"{path}: {', '.join(bad)}: give the column as text "
                         "(\"COLUMN\" or \"COLUMN:GLOB\")")
    return {str(k): v for k, v in data.items()}
