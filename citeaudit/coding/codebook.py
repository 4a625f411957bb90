"""Codebooks: YAML files in coding_scheme/ naming dimensions, their codes and the rules for each.

A codebook is data: the same loader serves papers (how they use HH), HH pairs (acceptable /
unhelpful / harmful) and model responses (a response taxonomy). Loading validates the whole
file and reports every problem at once, each with its place in the file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from citeaudit.core.config import SCHEME_DIR
from citeaudit.core.errors import InputError

NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
MULTI_SEPARATOR = ";"
NOTES_DIMENSION = "_notes"
# passages: the sentences that mention the target and their context; use: the same, but codes
# other than the default need evidence of the unit's own use (a method or experiment section,
# a first-person use statement); paper: also every body sentence that matches `topic`.
EVIDENCE_SCOPES = ("passages", "use", "paper")


class CodebookError(InputError):
    """A codebook file is malformed; the message lists every problem with its place."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s) in the codebook:\n{lines}")


@dataclass(frozen=True)
class Code:
    """One code a dimension allows, with everything a coder needs to apply it."""

    code: str
    label: str
    definition: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    patterns: tuple[Any, ...] = ()  # spaCy Matcher token patterns or plain phrases


@dataclass(frozen=True)
class Dimension:
    """A question asked of every unit; `multiple` says whether several codes may apply."""

    name: str
    label: str
    question: str
    multiple: bool
    codes: tuple[Code, ...]
    default: str | None = None  # the auto coder's answer when no pattern matches
    when_several: str | None = None  # single choice: the code for "several matched"
    # Where the automatic coder looks (see EVIDENCE_SCOPES); `topic` patterns keep paper-wide
    # reading to sentences about the dimension's subject.
    evidence: str = "passages"
    topic: tuple[Any, ...] = ()

    @property
    def code_ids(self) -> list[str]:
        return [c.code for c in self.codes]

    def code(self, code_id: str) -> Code:
        for c in self.codes:
            if c.code == code_id:
                return c
        raise KeyError(code_id)

    def match_code(self, text: str) -> str | None:
        """The code id a cell's text names (id or label, trimmed, any case), or None."""
        wanted = " ".join(text.split()).casefold()
        for c in self.codes:
            if wanted in (c.code.casefold(), " ".join(c.label.split()).casefold()):
                return c.code
        return None


@dataclass(frozen=True)
class Codebook:
    name: str
    version: str
    unit_type: str
    title: str
    description: str
    dimensions: tuple[Dimension, ...]
    instructions: str = ""
    unit_sheet: str = "Units"
    evidence_sheet: str = "Evidence"
    source_path: str = ""
    yaml_text: str = field(default="", repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.yaml_text.encode("utf-8")).hexdigest()

    @property
    def dimension_names(self) -> list[str]:
        return [d.name for d in self.dimensions]

    def dimension(self, name: str) -> Dimension:
        for d in self.dimensions:
            if d.name == name:
                return d
        raise KeyError(name)


def find_codebook(name_or_path: str | Path) -> Path:
    """A codebook file from a path, or a name in coding_scheme/ (`hh_usage`)."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.exists():
            raise InputError(f"{path}: codebook file not found")
        return path
    for candidate in (Path("coding_scheme") / f"{name_or_path}.yaml",
                      SCHEME_DIR / f"{name_or_path}.yaml"):
        if candidate.exists():
            return candidate
    known = sorted(p.stem for p in SCHEME_DIR.glob("*.yaml")) if SCHEME_DIR.exists() else []
    raise InputError(f"no codebook named {name_or_path!r}; known: {', '.join(known) or 'none'}")


def load_codebook(name_or_path: str | Path) -> Codebook:
    path = find_codebook(name_or_path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CodebookError(str(path), [f"not UTF-8 text ({exc})"]) from exc
    return parse_codebook(text, str(path))


def parse_codebook(text: str, source: str = "<codebook>") -> Codebook:
    """Validate a codebook's YAML text; raise CodebookError listing every problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CodebookError(source, [f"not valid YAML ({exc})"]) from exc
    problems: list[str] = []
    if not isinstance(data, dict):
        raise CodebookError(source, ["the file must be a mapping with name, version, dimensions"])
    _check_keys(data, "top level", {"name", "version", "unit_type", "dimensions"},
                {"title", "description", "instructions", "unit_sheet", "evidence_sheet"},
                problems)
    name = data.get("name")
    if name is not None and not (isinstance(name, str) and NAME_RE.match(name)):
        problems.append(f"name: {name!r} must be lower_snake_case")
    version = data.get("version")
    if version is not None and not isinstance(version, (str, int, float)):
        problems.append(f"version: {version!r} must be a number or a string like '1.2'")
    unit_type = data.get("unit_type")
    if unit_type is not None and not (isinstance(unit_type, str) and NAME_RE.match(unit_type)):
        problems.append(f"unit_type: {unit_type!r} must be lower_snake_case (paper, hh_pair, ...)")
    raw_dims = data.get("dimensions")
    dimensions: list[Dimension] = []
    if raw_dims is not None and (not isinstance(raw_dims, list) or not raw_dims):
        problems.append("dimensions: must be a non-empty list")
        raw_dims = []
    seen_dims: set[str] = set()
    for i, raw in enumerate(raw_dims or []):
        dim = _parse_dimension(raw, f"dimensions[{i}]", problems)
        if dim is None:
            continue
        if dim.name in seen_dims:
            problems.append(f"dimensions[{i}]: dimension name {dim.name!r} is used twice")
        seen_dims.add(dim.name)
        dimensions.append(dim)
    for key in ("title", "description", "instructions", "unit_sheet", "evidence_sheet"):
        if key in data and not isinstance(data[key], str):
            problems.append(f"{key}: must be text")
    for key in ("unit_sheet", "evidence_sheet"):
        value = data.get(key)
        bad_chars = set(value) & set("[]:*?/\\") if isinstance(value, str) else set()
        if isinstance(value, str) and (not value or len(value) > 31 or bad_chars):
            problems.append(f"{key}: {value!r} is not a valid sheet name (1-31 characters, "
                            "none of []:*?/\\)")
    if problems:
        raise CodebookError(source, problems)
    return Codebook(
        name=name, version=_version_text(version), unit_type=unit_type,
        title=data.get("title") or name, description=data.get("description") or "",
        instructions=data.get("instructions") or "",
        unit_sheet=data.get("unit_sheet") or "Units",
        evidence_sheet=data.get("evidence_sheet") or "Evidence",
        dimensions=tuple(dimensions), source_path=source, yaml_text=text,
    )


def _version_text(version: Any) -> str:
    return str(version).strip()


def _check_keys(raw: dict, where: str, required: set[str], optional: set[str],
                problems: list[str]) -> None:
    for key in sorted(required - set(raw)):
        problems.append(f"{where}: missing {key!r}")
    for key in sorted(set(raw) - required - optional):
        allowed = ", ".join(sorted(required | optional))
        problems.append(f"{where}: unknown key {key!r} (allowed: {allowed})")


def _text_list(raw: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,)
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        return tuple(raw)
    problems.append(f"{where}: must be text or a list of texts")
    return ()


def _parse_dimension(raw: Any, where: str, problems: list[str]) -> Dimension | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping with name, label, codes")
        return None
    name = raw.get("name")
    if not (isinstance(name, str) and NAME_RE.match(name)):
        problems.append(f"{where}.name: {name!r} must be lower_snake_case")
        name = str(name)
    where = f"{where} ({name})"
    _check_keys(raw, where, {"name", "codes"},
                {"label", "question", "multiple", "default", "when_several", "evidence", "topic"},
                problems)
    multiple = raw.get("multiple", False)
    if not isinstance(multiple, bool):
        problems.append(f"{where}.multiple: must be true or false")
        multiple = False
    codes: list[Code] = []
    raw_codes = raw.get("codes")
    if not isinstance(raw_codes, list) or len(raw_codes) < 2:
        if "codes" in raw:
            problems.append(f"{where}.codes: must be a list of at least two codes")
        raw_codes = []
    seen: set[str] = set()
    seen_labels: set[str] = set()
    for j, raw_code in enumerate(raw_codes):
        code = _parse_code(raw_code, f"{where}.codes[{j}]", problems)
        if code is None:
            continue
        if code.code in seen:
            problems.append(f"{where}.codes[{j}]: code {code.code!r} is used twice")
        label_key = code.label.casefold()
        if label_key in seen_labels or (label_key in seen and label_key != code.code):
            problems.append(f"{where}.codes[{j}]: label {code.label!r} is used twice")
        seen.add(code.code)
        seen_labels.add(label_key)
        codes.append(code)
    for key in ("default", "when_several"):
        value = raw.get(key)
        if value is not None and value not in seen:
            problems.append(f"{where}.{key}: {value!r} is not one of its codes "
                            f"({', '.join(sorted(seen))})")
    if raw.get("when_several") is not None and multiple:
        problems.append(f"{where}.when_several: only single-choice dimensions need it")
    for key in ("label", "question"):
        if key in raw and not isinstance(raw[key], str):
            problems.append(f"{where}.{key}: must be text")
    evidence = raw.get("evidence", "passages")
    if evidence not in EVIDENCE_SCOPES:
        problems.append(f"{where}.evidence: {evidence!r} must be one of "
                        f"{', '.join(EVIDENCE_SCOPES)}")
        evidence = "passages"
    if evidence == "use" and raw.get("default") is None:
        problems.append(f"{where}.evidence: 'use' needs a default code (the answer when no "
                        "use is found)")
    topic = raw.get("topic") or []
    if not isinstance(topic, list):
        problems.append(f"{where}.topic: must be a list of patterns")
        topic = []
    for k, pattern in enumerate(topic):
        _check_pattern(pattern, f"{where}.topic[{k}]", problems)
    if topic and evidence != "paper":
        problems.append(f"{where}.topic: only used with evidence: paper")
    if evidence == "paper" and not topic:
        problems.append(f"{where}.evidence: 'paper' needs topic patterns (which sentences "
                        "outside the passages count)")
    return Dimension(
        name=name, label=str(raw.get("label") or name), question=str(raw.get("question") or ""),
        multiple=multiple, codes=tuple(codes), default=raw.get("default"),
        when_several=raw.get("when_several"), evidence=str(evidence), topic=tuple(topic),
    )


def _parse_code(raw: Any, where: str, problems: list[str]) -> Code | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping with code, label, definition")
        return None
    code = raw.get("code")
    if isinstance(code, bool):  # YAML reads a bare yes/no as a boolean
        problems.append(f"{where}.code: {code!r} was read as a boolean; quote it ('yes', 'no')")
        code = str(code).lower()
    if not (isinstance(code, str) and NAME_RE.match(code)):
        problems.append(f"{where}.code: {code!r} must be lower_snake_case")
        code = str(code)
    where = f"{where} ({code})"
    _check_keys(raw, where, {"code", "definition"},
                {"label", "include", "exclude", "examples", "example", "patterns"}, problems)
    definition = raw.get("definition")
    if "definition" in raw and not (isinstance(definition, str) and definition.strip()):
        problems.append(f"{where}.definition: must be non-empty text")
    label = raw.get("label", code)
    if not isinstance(label, str) or not label.strip() or MULTI_SEPARATOR in label:
        problems.append(f"{where}.label: must be non-empty text without {MULTI_SEPARATOR!r}")
        label = code
    examples = _text_list(raw.get("examples"), f"{where}.examples", problems)
    examples += _text_list(raw.get("example"), f"{where}.example", problems)
    patterns = raw.get("patterns") or []
    if not isinstance(patterns, list):
        problems.append(f"{where}.patterns: must be a list")
        patterns = []
    for k, pattern in enumerate(patterns):
        _check_pattern(pattern, f"{where}.patterns[{k}]", problems)
    return Code(
        code=code, label=label.strip(), definition=str(definition or "").strip(),
        include=_text_list(raw.get("include"), f"{where}.include", problems),
        exclude=_text_list(raw.get("exclude"), f"{where}.exclude", problems),
        examples=examples, patterns=tuple(patterns),
    )


def _check_pattern(pattern: Any, where: str, problems: list[str]) -> None:
    """A phrase (text) or a spaCy Matcher token pattern (a list of attribute mappings)."""
    if isinstance(pattern, str):
        if not pattern.strip():
            problems.append(f"{where}: empty phrase")
        return
    if isinstance(pattern, list) and pattern and all(
        isinstance(token, dict) and token and all(isinstance(k, str) for k in token)
        for token in pattern
    ):
        return
    problems.append(f"{where}: must be a phrase or a list of token mappings such as "
                    "[{LOWER: reward}, {LOWER: model}]")
