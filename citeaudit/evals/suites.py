"""Prompt suites: each yields `EvalPrompt`s carrying suite, group, axis, template id and safety.

Suites: XSTest v2 (a local CSV or its public URL), identity-term templates crossed with the
identity lexicon, harmless requests mentioning a first name associated with a group and a
gender (names), and any user CSV/JSONL. `sample_across_groups` draws a `--limit` evenly
across groups and genders.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from citeaudit.core.errors import InputError
from citeaudit.core.lexicon import Lexicon, load_lexicon

DATA_DIR = Path(__file__).resolve().parent / "data"
XSTEST_URL = ("https://raw.githubusercontent.com/paul-rottger/exaggerated-safety/main/"
              "xstest_prompts.csv")
SUITES = ("xstest", "identity", "names", "file")


@dataclass(frozen=True)
class EvalPrompt:
    """One prompt to send to a model, with what the analysis groups it by."""

    prompt_id: str
    text: str
    suite: str
    group: str | None = None
    axis: str | None = None
    template_id: str | None = None
    unsafe: bool | None = None  # None: unknown
    gender: str | None = None  # the gender the prompt signals (names suite)
    intersection: str | None = None  # group and gender ("Black / female")
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping at the top level")
    return data


# ---------------------------------------------------------------------------
# identity-term suite
# ---------------------------------------------------------------------------
_GENERIC_FIRST_WORDS = {"older", "young", "men", "women", "immigrants", "people", "autistic",
                        "blind", "deaf", "disabled"}


def group_phrase(group: str) -> str:
    """A respectful plural noun phrase for a lexicon group name ("Muslim" -> "Muslim people")."""
    base = group.split("/")[0].strip()
    first = base.split()[0]
    if first.lower() in _GENERIC_FIRST_WORDS:
        base = first.lower() + base[len(first):]
    if base.split()[-1].lower() in {"people", "men", "women", "immigrants"} or " with " in base:
        return base
    return f"{base} people"


def load_templates(path: Path | None = None) -> dict[str, dict[str, str]]:
    """{'safe': {id: template}, 'unsafe': {id: template}}, each template containing {group}."""
    path = path or DATA_DIR / "identity_templates.yaml"
    data = _read_yaml(path)
    out: dict[str, dict[str, str]] = {}
    for kind in ("safe", "unsafe"):
        templates = data.get(kind)
        if not isinstance(templates, dict) or not templates:
            raise InputError(f"{path}: '{kind}' must map template ids to texts")
        for tid, text in templates.items():
            if not isinstance(text, str) or "{group}" not in text:
                raise InputError(f"{path}: {kind}.{tid}: a template must be text with {{group}}")
        out[kind] = {str(k): v for k, v in templates.items()}
    return out


def identity_suite(lexicon: Lexicon | None = None, templates_path: Path | None = None,
                   axes: list[str] | None = None) -> Iterator[EvalPrompt]:
    """Every template crossed with every (axis, group) of the lexicon."""
    lexicon = lexicon or load_lexicon()
    templates = load_templates(templates_path)
    for axis, group in lexicon.groups:
        if axes and axis not in axes:
            continue
        phrase = group_phrase(group)
        for kind, by_id in templates.items():
            for tid, template in by_id.items():
                text = template.replace("{group}", phrase)
                yield EvalPrompt(
                    prompt_id=f"identity:{tid}:{axis}:{group}", text=text, suite="identity",
                    group=group, axis=axis, template_id=tid, unsafe=kind == "unsafe",
                    meta={"group_phrase": phrase},
                )


# ---------------------------------------------------------------------------
# names suite: harmless requests mentioning a person by first name
# ---------------------------------------------------------------------------
# Review rule T2 of data/names.yaml: word stems (matched at the start of a word) of settings
# where a stereotype could make one group's prompt read differently. A template using one
# is refused when the file is read.
BANNED_TOPIC_WORDS = (
    "police", "officer", "arrest", "crime", "criminal", "jail", "prison", "court", "lawyer",
    "judge", "suspect", "steal", "stole", "theft", "robber", "robbed", "gun", "weapon", "knife",
    "violen", "fight", "gang", "drug", "alcohol", "drunk", "beer", "money", "loan", "debt",
    "rent", "landlord", "mortgage", "bank", "credit", "salary", "wage", "afford", "cheap",
    "budget", "price", "cost", "welfare", "poverty", "poor", "rich", "homeless", "evict",
    "housing", "apartment", "neighbo", "immigra", "visa", "passport", "citizen", "border",
    "deport", "refugee", "accent", "english", "airport", "security", "terror", "bomb",
    "extremi", "religio", "church", "mosque", "temple", "synagogue", "pray", "god", "faith",
    "race", "racial", "ethnic", "culture", "cultural", "country", "foreign", "nation", "skin",
    "hair", "weight", "diet", "nurs", "swim", "software", "engineer", "athlet", "basketball",
    "football", "rapper",
)
PRONOUNS = {"female": {"he": "she", "He": "She", "him": "her", "his": "her", "His": "Her"},
            "male": {"he": "he", "He": "He", "him": "him", "his": "his", "His": "His"}}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def intersection_of(group: str | None, gender: str | None) -> str | None:
    """The analysis cell of a group and a gender ("Black / female"); None without both."""
    return f"{group} / {gender}" if group and gender else None


def banned_topic_words(text: str) -> list[str]:
    """The banned topic stems (BANNED_TOPIC_WORDS) that begin a word of `text`."""
    words = re.findall(r"[a-z]+", text.lower())
    return sorted({stem for stem in BANNED_TOPIC_WORDS for w in words if w.startswith(stem)})


def load_name_templates(path: Path | None = None) -> dict[str, str]:
    """{template id: text} of the names suite, checked against review rules T2 and T3."""
    path = path or DATA_DIR / "names.yaml"
    templates = _read_yaml(path).get("templates")
    if not isinstance(templates, dict) or not templates:
        raise InputError(f"{path}: 'templates' must map template ids to request texts")
    for tid, text in templates.items():
        where = f"{path}: templates.{tid}"
        if not isinstance(text, str):
            raise InputError(f"{where}: must be text")
        placeholders = set(_PLACEHOLDER.findall(text))
        unknown = placeholders - {"name"} - set(PRONOUNS["male"])
        if "name" not in placeholders or unknown or placeholders == {"name"}:
            raise InputError(f"{where}: needs {{name}} and at least one pronoun placeholder "
                             f"({', '.join('{' + k + '}' for k in PRONOUNS['male'])})"
                             + (f"; unknown: {', '.join(sorted(unknown))}" if unknown else ""))
        banned = banned_topic_words(text)
        if banned:
            raise InputError(f"{where}: mentions a banned topic ({', '.join(banned)}); see the "
                             "review rules at the top of citeaudit/evals/data/names.yaml")
    return {str(k): v for k, v in templates.items()}


@dataclass(frozen=True)
class NameList:
    """One published (or marked unpublished) list of first names for a group and gender."""

    group: str
    axis: str
    gender: str
    source: str
    names: tuple[str, ...]
    strength: str | None = None


def load_name_lists(path: Path | None = None) -> list[NameList]:
    """The name lists of the names suite, checked against review rules N1, N3 and N4."""
    path = path or DATA_DIR / "names.yaml"
    data = _read_yaml(path)
    sources = data.get("sources") or {}
    excluded = {str(k).lower() for k in (data.get("excluded") or {})}
    lists: list[NameList] = []
    seen: dict[str, str] = {}
    for i, entry in enumerate(data.get("groups") or []):
        where = f"{path}: groups[{i}]"
        if not isinstance(entry, dict) or not {"group", "axis", "gender", "names"} <= set(entry):
            raise InputError(f"{where}: needs group, axis, gender and names")
        if entry["gender"] not in PRONOUNS:
            raise InputError(f"{where}: gender {entry['gender']!r} is not one of "
                             f"{', '.join(PRONOUNS)}")
        if entry.get("source") not in sources:
            raise InputError(f"{where}: source {entry.get('source')!r} is not under 'sources'")
        for name in entry["names"]:
            name = str(name)
            if name.lower() in excluded:
                raise InputError(f"{where}: {name} is under 'excluded' (review rule N3)")
            if name.lower() in seen:
                raise InputError(f"{where}: {name} is also in {seen[name.lower()]} "
                                 "(review rule N4: one list per name)")
            seen[name.lower()] = f"{entry['group']} / {entry['gender']}"
        lists.append(NameList(str(entry["group"]), str(entry["axis"]), str(entry["gender"]),
                              str(entry["source"]), tuple(str(n) for n in entry["names"]),
                              entry.get("strength")))
    if not lists:
        raise InputError(f"{path}: no name lists under 'groups'")
    return lists


def fill_template(template: str, name: str, gender: str) -> str:
    """A template with the name and the pronouns of `gender`."""
    words = {"name": name, **PRONOUNS[gender]}
    return _PLACEHOLDER.sub(lambda m: words[m.group(1)], template)


def names_suite(path: Path | None = None, names_per_group: int | None = None,
                ) -> Iterator[EvalPrompt]:
    """Every harmless request template with every first name of every group and gender."""
    templates = load_name_templates(path)
    for names in load_name_lists(path):
        for name in names.names[:names_per_group]:
            for tid, template in templates.items():
                yield EvalPrompt(
                    prompt_id=f"names:{tid}:{name}", text=fill_template(template, name,
                                                                        names.gender),
                    suite="names", group=names.group, axis=names.axis, template_id=tid,
                    unsafe=False, gender=names.gender,
                    intersection=intersection_of(names.group, names.gender),
                    meta={"name": name, "source": names.source},
                )


def sample_across_groups(prompts: Sequence[EvalPrompt], limit: int | None, seed: int = 0,
                         ) -> list[EvalPrompt]:
    """At most `limit` prompts drawn evenly across groups and genders (the intersection, or
    the group where there is none), then within each cell evenly across safe and unsafe: a
    seeded shuffle within each cell, then one from each cell in turn. Returned in suite
    order; all of them when `limit` is None or not smaller."""
    if limit is None or limit >= len(prompts):
        return list(prompts)
    if limit < 0:
        raise InputError(f"--limit must be at least 0, not {limit}")
    cells: dict[str, list[int]] = {}
    for index, prompt in enumerate(prompts):
        cells.setdefault(prompt.intersection or prompt.group or "", []).append(index)
    rng = random.Random(seed)
    queues = [_safety_interleaved(cells[key], prompts, rng) for key in sorted(cells)]
    rng.shuffle(queues)  # which cells get the extra prompts when limit is not a multiple
    chosen: list[int] = []
    while len(chosen) < limit:
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop())
    return [prompts[i] for i in sorted(chosen)]


def _safety_interleaved(indexes: list[int], prompts: Sequence[EvalPrompt],
                        rng: random.Random) -> list[int]:
    """A cell's prompts shuffled within each safety class and interleaved (popped from the
    end), so a cell that gives two prompts gives a safe and an unsafe one where it has both."""
    classes: dict[bool | None, list[int]] = {}
    for index in indexes:
        classes.setdefault(prompts[index].unsafe, []).append(index)
    shuffled = [rng.sample(members, len(members)) for _, members in sorted(
        classes.items(), key=lambda item: str(item[0]))]
    rng.shuffle(shuffled)
    order = [index for turn in itertools.zip_longest(*shuffled) for index in turn
             if index is not None]
    return order[::-1]


# ---------------------------------------------------------------------------
# XSTest v2
# ---------------------------------------------------------------------------
def xstest_suite(source: str | Path | None = None, lexicon: Lexicon | None = None,
                 timeout_s: float = 60.0) -> Iterator[EvalPrompt]:
    """XSTest's 450 prompts from a CSV file or URL (default: the public CSV on GitHub).

    `type` starting with `contrast_` marks the 200 unsafe prompts; group and axis come from
    the identity lexicon's first person-referring mention in the prompt, if any.
    """
    source = source or XSTEST_URL
    text = _fetch_text(source, timeout_s)
    lexicon = lexicon or load_lexicon()
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "prompt", "type"} - set(reader.fieldnames or [])
    if missing:
        raise InputError(f"{source}: not XSTest's prompt file "
                         f"(missing {', '.join(sorted(missing))})")
    for row_number, row in enumerate(reader, start=2):
        prompt = (row.get("prompt") or "").strip()
        if not prompt:
            raise InputError(f"{source}: row {row_number}, column prompt: empty")
        kind = row["type"].strip()
        mentions = [m for m in lexicon.find_mentions(prompt) if m.person_referring]
        yield EvalPrompt(
            prompt_id=f"xstest:{row['id']}", text=prompt, suite="xstest",
            group=mentions[0].group if mentions else None,
            axis=mentions[0].axis if mentions else None, template_id=kind,
            unsafe=kind.startswith("contrast_"),
            meta={k: row[k] for k in ("label", "focus", "note") if row.get(k)},
        )


def _fetch_text(source: str | Path, timeout_s: float) -> str:
    if str(source).startswith(("http://", "https://")):
        import httpx

        try:
            response = httpx.get(str(source), timeout=timeout_s, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise InputError(
                f"{source}: cannot download ({exc}); download it elsewhere and pass the local "
                "file (`eval generate --source FILE`, `experiment --suite-source FILE`)"
            ) from exc
        return response.text
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: cannot read ({exc})") from exc


# ---------------------------------------------------------------------------
# user files
# ---------------------------------------------------------------------------
_TRUE = {"1", "true", "yes", "unsafe"}
_FALSE = {"0", "false", "no", "safe", ""}


def _safety(value: Any, where: str) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False if text else None
    raise InputError(f"{where}: {value!r} is not a safety label (safe/unsafe, true/false, 1/0)")


def read_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Rows of a CSV or JSONL file as (place for error messages, dict)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            with path.open(encoding="utf-8") as handle:
                for line_number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(
                            f"{path}: line {line_number}: not JSON ({exc.msg})") from exc
                    if not isinstance(record, dict):
                        raise InputError(f"{path}: line {line_number}: expected a JSON object")
                    yield f"{path}: line {line_number}", record
        elif suffix in (".csv", ".tsv"):
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle, delimiter="\t" if suffix == ".tsv" else ",")
                for row_number, row in enumerate(reader, start=2):
                    if None in row:
                        raise InputError(f"{path}: row {row_number}: more cells than headers")
                    yield f"{path}: row {row_number}", row
        else:
            raise InputError(f"{path}: expected a .csv, .tsv or .jsonl file")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc})") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc


def file_suite(path: Path, suite: str | None = None) -> Iterator[EvalPrompt]:
    """Prompts from a user CSV/JSONL: `prompt` required; id, group, axis, template_id,
    unsafe (or label: safe/unsafe), gender, intersection optional; other columns kept as
    metadata."""
    suite = suite or Path(path).stem
    seen: set[str] = set()
    known = {"id", "prompt_id", "prompt", "group", "axis", "template_id", "unsafe", "label",
             "gender", "intersection"}
    for where, row in read_records(Path(path)):
        text = row.get("prompt")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}, column prompt: missing or empty")
        raw_id = row.get("prompt_id") or row.get("id")
        prompt_id = f"{suite}:{raw_id}" if raw_id not in (None, "") else \
            f"{suite}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        if prompt_id in seen:
            raise InputError(f"{where}: prompt id {prompt_id!r} appears twice")
        seen.add(prompt_id)
        unsafe = _safety(row["unsafe"] if "unsafe" in row else row.get("label"),
                         f"{where}, column {'unsafe' if 'unsafe' in row else 'label'}")
        yield EvalPrompt(
            prompt_id=prompt_id, text=text, suite=suite, group=row.get("group") or None,
            axis=row.get("axis") or None, template_id=row.get("template_id") or None,
            unsafe=unsafe, gender=row.get("gender") or None,
            intersection=row.get("intersection") or intersection_of(
                row.get("group") or None, row.get("gender") or None),
            meta={k: v for k, v in row.items() if k not in known},
        )


def load_suite(name: str, source: str | Path | None = None, **options: Any) -> list[EvalPrompt]:
    """A suite by name: xstest [source], identity, names, or file (source required)."""
    if name == "xstest":
        return list(xstest_suite(source, **options))
    if name == "identity":
        return list(identity_suite(templates_path=Path(source) if source else None, **options))
    if name == "names":
        return list(names_suite(Path(source) if source else None, **options))
    if name == "file":
        if not source:
            raise InputError("the 'file' suite needs a CSV or JSONL path")
        return list(file_suite(Path(source), **options))
    raise InputError(f"unknown suite {name!r}; choose from {', '.join(SUITES)}")
