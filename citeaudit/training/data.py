"""Training data: a variant's HH-format files read, split into prompt and the two responses,
checksummed for the manifest and (with max_pairs) subsampled."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeaudit.audit import parse as hh_parse
from citeaudit.audit import sources as hh_sources
from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.training.recipe import BUILTIN_VARIANTS, Recipe, TrainingError

ASSISTANT_TAG = hh_parse.ASSISTANT
HUMAN_TAG = hh_parse.HUMAN
SKIP_FLAGS = frozenset({"no_shared_assistant_turn", "response_has_role_marker"})


@dataclass(frozen=True)
class PreferencePair:
    """One HH comparison split into the shared prompt and the two responses."""

    prompt: str  # the conversation up to and including the last "\n\nAssistant:"
    chosen: str
    rejected: str
    source: str  # file:line


@dataclass(frozen=True)
class DataFile:
    """A data file as it was read: what the manifest records."""

    path: str
    sha256: str
    bytes: int
    pairs: int


@dataclass
class VariantData:
    name: str
    files: list[DataFile]
    pairs: list[PreferencePair]
    skipped: dict[str, int] = field(default_factory=dict)
    filter_manifest: dict[str, Any] | None = None  # manifest.json of an `audit filter` folder


def read_pairs(path: Path, skipped: dict[str, int]) -> tuple[list[PreferencePair], int]:
    """Usable pairs of one HH-format file (gzip or plain) and how many records it holds.

    Damaged records are an error naming file and line (training data must be whole); pairs
    whose conversations differ before the final turn are counted in `skipped` by reason.
    """
    pairs, problems, records = [], [], 0
    try:
        for item in hh_parse.iter_raw_records(path):
            if isinstance(item, hh_parse.RecordProblem):
                problems.append(item)
                continue
            records += 1
            line, record = item
            pair = hh_parse.pair_from_record(record, line, "variant", "file")
            if isinstance(pair, hh_parse.RecordProblem):
                problems.append(pair)
                continue
            reasons = sorted(pair.flags & SKIP_FLAGS)
            # responses kept as written (the audit's Pair strips them): prompt + chosen == chosen
            chosen = pair.chosen_full[len(pair.prompt):]
            rejected = pair.rejected_full[len(pair.prompt):]
            if not reasons and chosen == rejected:
                reasons = ["identical_responses"]
            if reasons:
                skipped[reasons[0]] = skipped.get(reasons[0], 0) + 1
                continue
            pairs.append(PreferencePair(pair.prompt, chosen, rejected, f"{path}:{line}"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: data file not found") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from exc
    if problems:
        listing = "; ".join(f"line {p.line}: {p.message}" for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InputError(f"{path}: {len(problems)} damaged record(s), expected HH JSONL lines "
                         f'{{"chosen": "...", "rejected": "..."}}: {listing}{more}')
    return pairs, records


def split_for_training(chosen: str, rejected: str) -> tuple[str, str, str] | None:
    """(prompt, chosen response, rejected response), or None when there is no shared final turn.

    The prompt is the common prefix of both conversations up to its last "\\n\\nAssistant:"
    (the audit's splitter); None when the two share no Assistant turn or differ before the
    last Human turn (a response would then hold another role marker).
    """
    prompt, chosen_response, rejected_response, flags = hh_parse.split_pair(chosen, rejected)
    if flags & SKIP_FLAGS:
        return None
    return prompt, chosen[len(prompt):], rejected[len(prompt):]


def variant_files(recipe: Recipe, variant: str, config: Config | None = None) -> list[Path]:
    """The files a variant reads. Built-in names resolve to HH subsets in hh_dir (the recipe's,
    else the config's hh_data_dir), then the download cache; with `download = true` in the
    recipe, missing subsets are downloaded from the config's hh_source_url."""
    if variant not in recipe.variants:
        raise TrainingError(f"unknown variant {variant!r}; the recipe names: "
                            f"{', '.join(recipe.variants)}")
    spec = recipe.variants[variant]
    if spec.builtin is None:
        return [Path(p) for p in spec.files]
    config = config or Config()
    hh_dir = spec.hh_dir or recipe.hh_dir or config.hh_data_dir
    selection = [(subset, recipe.split) for subset in BUILTIN_VARIANTS[spec.builtin]]
    if recipe.download and spec.hh_dir is None:
        sources = hh_sources.resolve_sources(
            selection, data_dir=hh_dir, cache_dir=config.cache_dir,
            base_url=config.hh_source_url, download=True, timeout_s=config.http_timeout_s,
            max_retries=config.http_max_retries, user_agent=config.user_agent)
        return [source.path for source in sources]
    paths, missing = [], []
    for subset, split in selection:
        path = hh_sources.find_local(hh_dir, subset, split) if hh_dir else None
        cached = config.cache_dir / "hh-rlhf" / hh_sources.relative_path(subset, split)
        path = path or (cached if cached.is_file() else None)
        if path is None:
            missing.append(hh_sources.relative_path(subset, split))
        paths.append(path)
    if missing:
        raise TrainingError(
            f"variant {variant!r}: HH files not found in {hh_dir or 'hh_dir (not set)'}: "
            f"{', '.join(missing)}; set hh_dir to a clone of github.com/anthropics/hh-rlhf "
            "(files as <subset>/<split>.jsonl.gz or <subset>-<split>.jsonl.gz), or set "
            "download = true in the recipe")
    return paths


def load_variant(recipe: Recipe, variant: str, config: Config | None = None) -> VariantData:
    """Read, split and (if max_pairs) subsample a variant's pairs; checksums every file."""
    files, pairs = [], []
    skipped: dict[str, int] = {}
    for path in variant_files(recipe, variant, config):
        file_pairs, records = read_pairs(path, skipped)
        pairs.extend(file_pairs)
        files.append(DataFile(str(path), hh_sources.sha256_file(path), path.stat().st_size,
                              records))
    if not pairs:
        raise TrainingError(f"variant {variant!r}: no usable preference pairs in "
                            f"{', '.join(f.path for f in files)}")
    if recipe.max_pairs and recipe.max_pairs < len(pairs):
        random.Random(recipe.seed).shuffle(pairs)
        pairs = pairs[:recipe.max_pairs]
    return VariantData(variant, files, pairs, skipped,
                       _filter_manifest(recipe.variants[variant].hh_dir))


def _filter_manifest(hh_dir: Path | None) -> dict[str, Any] | None:
    """Checksum and rules of the manifest.json that `citeaudit audit filter` writes."""
    path = hh_dir / "manifest.json" if hh_dir else None
    if path is None or not path.is_file():
        return None
    try:
        rules = json.loads(path.read_text(encoding="utf-8")).get("rules")
    except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
        raise InputError(f"{path}: not a valid filter manifest ({exc})") from exc
    return {"path": str(path), "sha256": hh_sources.sha256_file(path), "rules": rules}
