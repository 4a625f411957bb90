"""Train one base model on HH variants with one recipe: SFT on chosen responses, then DPO (TRL).

A *recipe* (TOML) fixes the base model and every hyper-parameter; *variants* name the data
(helpful-only, harmless-only, full, or any filtered JSONL file from the dataset audit). Each
variant is trained into `<output_dir>/<variant>/`, with trainer checkpoints for resume and a
final `model/` folder holding the weights, the tokenizer and `training.json` (data manifest with
sha256 checksums, recipe, seed, steps, losses, library versions). Reruns skip finished stages.

torch, transformers, trl and datasets are imported lazily: `pip install -e '.[models]'`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import platform
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from citeaudit.config import Config
from citeaudit.dataset_audit import parse as hh_parse
from citeaudit.dataset_audit import sources as hh_sources
from citeaudit.errors import CiteauditError, InputError
from citeaudit.tables import atomic_write, check_replaceable, replace_folder, swap_in

ASSISTANT_TAG = hh_parse.ASSISTANT
HUMAN_TAG = hh_parse.HUMAN
SKIP_FLAGS = frozenset({"no_shared_assistant_turn", "response_has_role_marker"})
METADATA_FILE = "training.json"
RECIPE_STATE_FILE = "recipe.json"

HELPFUL_SUBSETS = ("helpful-base", "helpful-online", "helpful-rejection-sampled")
HARMLESS_SUBSETS = ("harmless-base",)
BUILTIN_VARIANTS: dict[str, tuple[str, ...]] = {
    "helpful-only": HELPFUL_SUBSETS,
    "harmless-only": HARMLESS_SUBSETS,
    "full": HELPFUL_SUBSETS + HARMLESS_SUBSETS,
}


class TrainingError(CiteauditError):
    """A recipe, a data file or a run folder is not usable for training."""


# ---------------------------------------------------------------------------
# recipe
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StageParams:
    """Hyper-parameters of one training stage (SFT or DPO); identical for every variant."""

    learning_rate: float
    max_steps: int = 0  # > 0 wins over epochs
    epochs: float = 1.0
    batch_size: int = 8
    gradient_accumulation_steps: int = 1
    warmup_ratio: float = 0.0
    lr_scheduler: str = "linear"
    weight_decay: float = 0.0
    beta: float = 0.1  # DPO only: strength of the pull towards the reference (SFT) model


@dataclass(frozen=True)
class VariantSpec:
    """Where a variant's pairs come from: HH subsets (built-in name) or explicit files."""

    builtin: str | None = None  # helpful-only | harmless-only | full
    files: tuple[str, ...] = ()
    hh_dir: Path | None = None  # for a built-in: a folder in HH layout (e.g. `audit filter`)


@dataclass(frozen=True)
class Recipe:
    """One base model and one set of hyper-parameters, applied to several data variants.

    Relative paths are relative to the current directory, like citeaudit.toml.
    """

    base_model: str
    output_dir: Path
    sft: StageParams
    dpo: StageParams
    variants: dict[str, VariantSpec]
    hh_dir: Path | None = None  # None: the config's hh_data_dir
    download: bool = False  # fetch missing HH subsets from the config's hh_source_url
    split: str = "train"
    seed: int = 42
    max_pairs: int = 0  # 0: every pair of the variant; N: N pairs after a seeded shuffle
    max_length: int = 512
    dtype: str = "float32"
    device: str = "auto"
    gradient_checkpointing: bool = True
    save_steps: int = 200
    save_total_limit: int = 2
    logging_steps: int = 10

    def hyperparameters(self) -> dict[str, Any]:
        """What must be identical across variants for a fair comparison (not paths, not logging)."""
        return {
            "base_model": self.base_model, "split": self.split, "seed": self.seed,
            "max_pairs": self.max_pairs, "max_length": self.max_length, "dtype": self.dtype,
            "sft": dataclasses.asdict(self.sft), "dpo": dataclasses.asdict(self.dpo),
        }

    def hyperparameters_sha256(self) -> str:
        canonical = json.dumps(self.hyperparameters(), sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()


EXAMPLE_RECIPE = """\
# citeaudit training recipe: one base model, one set of hyper-parameters, several HH variants.
# Relative paths are relative to the directory you run citeaudit from.
base_model = "EleutherAI/pythia-410m"   # a hub id or a local folder
output_dir = "runs/pythia-410m"         # one sub-folder per variant
hh_dir = "data/hh-rlhf"                 # git clone https://github.com/anthropics/hh-rlhf
download = false         # true: fetch missing HH files (cached in cache/hh-rlhf, checksummed)
split = "train"
seed = 42
max_pairs = 40000        # the same N pairs (seeded shuffle) per variant; 0: all of each
max_length = 512         # tokens, prompt + response
dtype = "float32"        # weights: float32 | bfloat16 (bf16 mixed precision is automatic on GPUs)
device = "auto"          # auto (cuda > mps > cpu) | cuda | mps | cpu
gradient_checkpointing = true
save_steps = 200         # checkpoint every N optimizer steps (resume from the last one)
logging_steps = 10

[sft]                    # supervised fine-tuning on the chosen responses
learning_rate = 1e-5
epochs = 1
max_steps = 0            # > 0 overrides epochs
batch_size = 8           # effective batch 64 = batch_size x gradient_accumulation_steps
gradient_accumulation_steps = 8
warmup_ratio = 0.03
lr_scheduler = "cosine"

[dpo]                    # direct preference optimisation, reference = the SFT model
learning_rate = 5e-7
beta = 0.1
epochs = 1
max_steps = 0
batch_size = 4
gradient_accumulation_steps = 16
warmup_ratio = 0.1
lr_scheduler = "cosine"

[variants]   # name = a built-in (helpful-only, harmless-only, full), a list of HH-format
             # JSONL files, or a built-in read from another folder in HH layout
helpful-only = "helpful-only"
harmless-only = "harmless-only"
full = "full"
# full-clean = { variant = "full", hh_dir = "hh-clean" }  # from `citeaudit audit filter`
# mine = ["my-pairs.jsonl.gz"]
"""

_STAGE_FIELDS = {f.name: f for f in dataclasses.fields(StageParams)}
_RECIPE_FIELDS = {f.name: f for f in dataclasses.fields(Recipe)}
_DEVICES = ("auto", "cuda", "mps", "cpu")
_DTYPES = ("float32", "bfloat16")


def _check_type(where: str, name: str, value: Any, expected: type) -> Any:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is bool and not isinstance(value, bool):
        raise TrainingError(f"{where}: {name!r} must be true or false, got {value!r}")
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise TrainingError(f"{where}: {name!r} must be {expected.__name__}, got {value!r}")
    return value


def _stage(where: str, table: Any, defaults: dict[str, Any]) -> StageParams:
    if not isinstance(table, dict):
        raise TrainingError(f"{where}: must be a table of hyper-parameters")
    values = dict(defaults)
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in _STAGE_FIELDS:
            raise TrainingError(f"{where}: unknown setting {key!r}; known: "
                                f"{', '.join(sorted(_STAGE_FIELDS))}")
        expected = {"float": float, "int": int, "str": str}[str(_STAGE_FIELDS[name].type)]
        values[name] = _check_type(where, key, value, expected)
    if "learning_rate" not in values:
        raise TrainingError(f"{where}: 'learning_rate' is required")
    params = StageParams(**values)
    if params.batch_size < 1 or params.gradient_accumulation_steps < 1:
        raise TrainingError(f"{where}: batch_size and gradient_accumulation_steps must be >= 1")
    if params.max_steps < 0 or params.epochs <= 0 or params.learning_rate <= 0:
        raise TrainingError(f"{where}: max_steps must be >= 0, epochs and learning_rate > 0")
    if not 0 <= params.warmup_ratio < 1:
        raise TrainingError(f"{where}: warmup_ratio must be in [0, 1)")
    return params


def _variant_spec(where: str, name: str, value: Any) -> VariantSpec:
    builtins = ", ".join(BUILTIN_VARIANTS)
    if isinstance(value, str):
        if value not in BUILTIN_VARIANTS:
            raise TrainingError(f"{where}: variant {name!r}: {value!r} is not a built-in "
                                f"variant ({builtins}); give a list of files for anything else")
        return VariantSpec(builtin=value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return VariantSpec(files=tuple(value))
    if isinstance(value, dict) and set(value) <= {"variant", "hh_dir"} \
            and value.get("variant") in BUILTIN_VARIANTS and isinstance(value.get("hh_dir"), str):
        return VariantSpec(builtin=value["variant"], hh_dir=Path(value["hh_dir"]))
    raise TrainingError(f"{where}: variant {name!r} must be a built-in name ({builtins}), a "
                        "non-empty list of JSONL files, or { variant = <built-in>, hh_dir = "
                        "<folder in HH layout> }")


def _variants(where: str, table: Any) -> dict[str, VariantSpec]:
    if not isinstance(table, dict) or not table:
        raise TrainingError(f"{where}: [variants] must name at least one variant")
    for name in table:
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise TrainingError(f"{where}: variant name {name!r} cannot be a folder name")
    return {name: _variant_spec(where, name, value) for name, value in table.items()}


def parse_recipe(text: str, where: str = "recipe") -> Recipe:
    """A Recipe from TOML text; every problem names the setting and what was expected."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TrainingError(f"{where}: not valid TOML ({exc})") from exc
    data = {k.replace("-", "_"): v for k, v in data.items()}
    for key in ("base_model", "output_dir", "sft", "dpo", "variants"):
        if key not in data:
            raise TrainingError(f"{where}: {key!r} is required")
    values: dict[str, Any] = {
        "sft": _stage(f"{where} [sft]", data.pop("sft"), {}),
        "dpo": _stage(f"{where} [dpo]", data.pop("dpo"), {}),
        "variants": _variants(where, data.pop("variants")),
    }
    for key, value in data.items():
        if key not in _RECIPE_FIELDS:
            raise TrainingError(f"{where}: unknown setting {key!r}; known: "
                                f"{', '.join(sorted(_RECIPE_FIELDS))}")
        declared = str(_RECIPE_FIELDS[key].type)
        if declared in ("Path", "Path | None"):
            values[key] = Path(_check_type(where, key, value, str))
        else:
            values[key] = _check_type(where, key, value,
                                      {"str": str, "int": int, "bool": bool}[declared])
    recipe = Recipe(**values)
    if recipe.device not in _DEVICES:
        raise TrainingError(f"{where}: device must be one of {', '.join(_DEVICES)}")
    if recipe.dtype not in _DTYPES:
        raise TrainingError(f"{where}: dtype must be one of {', '.join(_DTYPES)}")
    if recipe.max_pairs < 0 or recipe.max_length < 16 or recipe.save_steps < 1:
        raise TrainingError(f"{where}: max_pairs must be >= 0, max_length >= 16, save_steps >= 1")
    return recipe


def load_recipe(path: Path) -> Recipe:
    """Read a recipe file (see EXAMPLE_RECIPE)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TrainingError(f"{path}: recipe not found (write one with "
                            "`citeaudit train --example-recipe > recipe.toml`)") from exc
    except UnicodeDecodeError as exc:
        raise TrainingError(f"{path}: not a UTF-8 text file") from exc
    return parse_recipe(text, str(path))


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
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
            if isinstance(item, hh_parse.Problem):
                problems.append(item)
                continue
            records += 1
            line, record = item
            pair = hh_parse.pair_from_record(record, line, "variant", "file")
            if isinstance(pair, hh_parse.Problem):
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


def split_pair(chosen: str, rejected: str) -> tuple[str, str, str] | None:
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


# ---------------------------------------------------------------------------
# device and environment
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class DeviceChoice:
    name: str  # cuda | mps | cpu
    bf16: bool  # mixed precision in bf16


def detect_device(requested: str = "auto") -> DeviceChoice:
    """cuda > mps > cpu when "auto"; bf16 mixed precision only where the hardware supports it."""
    import torch

    available = {"cuda": torch.cuda.is_available(),
                 "mps": bool(getattr(torch.backends, "mps", None)
                             and torch.backends.mps.is_available()),
                 "cpu": True}
    if requested == "auto":
        name = next(n for n in ("cuda", "mps", "cpu") if available[n])
    elif not available.get(requested):
        raise TrainingError(f"device {requested!r} is not available on this machine "
                            f"(available: {', '.join(n for n, ok in available.items() if ok)})")
    else:
        name = requested
    bf16 = name == "cuda" and torch.cuda.is_bf16_supported()
    return DeviceChoice(name, bf16)


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    versions = {"python": platform.python_version()}
    for package in ("citeaudit", "torch", "transformers", "trl", "datasets", "accelerate",
                    "tokenizers"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def _require_model_libraries() -> None:
    missing = []
    for module in ("torch", "transformers", "trl", "datasets"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise TrainingError(f"training needs {', '.join(missing)}: "
                            "in the citeaudit folder, pip install -e '.[models]'")


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------
@dataclass
class StageResult:
    stage: str  # sft | dpo
    global_step: int
    train_loss: float | None
    losses: list[dict[str, float]]  # {"step", "loss", ...} as logged
    resumed_from: str | None
    seconds: float
    skipped: bool = False  # finished in an earlier run


@dataclass
class TrainedModel:
    """A finished variant: the model folder and its metadata (training.json)."""

    variant: str
    model_dir: Path
    metadata: dict[str, Any]
    skipped: bool = False  # already trained by an earlier run


ProgressFn = Callable[[str, int, int], None]  # (stage, step, total steps)


def run_dir(recipe: Recipe, variant: str) -> Path:
    return recipe.output_dir / variant


def model_dir(recipe: Recipe, variant: str) -> Path:
    return run_dir(recipe, variant) / "model"


def read_metadata(folder: Path) -> dict[str, Any]:
    """training.json of a trained model folder."""
    path = Path(folder) / METADATA_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise TrainingError(f"{folder}: not a finished citeaudit model folder "
                            f"(no {METADATA_FILE}); run `citeaudit train`") from exc
    except json.JSONDecodeError as exc:
        raise TrainingError(f"{path}: damaged metadata ({exc.msg})") from exc


def _write_json_atomic(path: Path, payload: dict[str, Any]) -> None:
    text = json.dumps(payload, indent=2, sort_keys=False)
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _claim_run_dir(recipe: Recipe, variant: str, manifest: list[DataFile]) -> None:
    """Refuse to mix two recipes or two data versions in one run folder."""
    folder = run_dir(recipe, variant)
    folder.mkdir(parents=True, exist_ok=True)
    state_path = folder / RECIPE_STATE_FILE
    state = {"hyperparameters_sha256": recipe.hyperparameters_sha256(),
             "data_sha256": sorted(f.sha256 for f in manifest)}
    if state_path.exists():
        try:
            previous = json.loads(state_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise TrainingError(f"{state_path}: damaged ({exc}); it records which recipe and "
                                "data this folder was trained with, so check before deleting "
                                "it") from exc
        if previous.get("hyperparameters_sha256") != state["hyperparameters_sha256"]:
            raise TrainingError(f"{folder} was trained with other hyper-parameters; use another "
                                "output_dir (or delete the folder to start again)")
        if previous.get("data_sha256") != state["data_sha256"]:
            raise TrainingError(f"{folder} was trained on other data files (checksums differ); "
                                "use another output_dir or variant name")
        return
    _write_json_atomic(state_path, {**state, "hyperparameters": recipe.hyperparameters()})


def _loss_history(log_history: list[dict[str, Any]]) -> list[dict[str, float]]:
    keep = ("step", "epoch", "loss", "learning_rate", "rewards/accuracies", "rewards/margins")
    return [{k: entry[k] for k in keep if k in entry} for entry in log_history if "loss" in entry]


def _trainer_args(config_cls, recipe: Recipe, params: StageParams, device: DeviceChoice,
                  output_dir: Path, **extra):
    steps = {"max_steps": params.max_steps} if params.max_steps else {
        "num_train_epochs": params.epochs}
    # transformers 5 renamed gradient_checkpointing; pass the name this version knows
    checkpointing = ("activation_checkpointing"
                     if "activation_checkpointing" in config_cls.__dataclass_fields__
                     else "gradient_checkpointing")
    extra[checkpointing] = recipe.gradient_checkpointing
    # transformers 5 folded warmup_ratio into warmup_steps (a float below 1 is a ratio)
    if "warmup_ratio" in config_cls.__dataclass_fields__:
        extra["warmup_ratio"] = params.warmup_ratio
    else:
        extra["warmup_steps"] = params.warmup_ratio
    return config_cls(
        output_dir=str(output_dir), seed=recipe.seed, data_seed=recipe.seed,
        learning_rate=params.learning_rate, per_device_train_batch_size=params.batch_size,
        gradient_accumulation_steps=params.gradient_accumulation_steps,
        lr_scheduler_type=params.lr_scheduler,
        weight_decay=params.weight_decay, max_length=recipe.max_length,
        bf16=device.bf16, fp16=False, use_cpu=device.name == "cpu",
        model_init_kwargs={"dtype": recipe.dtype},
        save_strategy="steps", save_steps=recipe.save_steps,
        save_total_limit=recipe.save_total_limit, logging_steps=recipe.logging_steps,
        report_to="none", disable_tqdm=True, dataloader_num_workers=0, **steps, **extra,
    )


def _progress_callback(stage: str, on_progress: ProgressFn | None):
    from transformers import TrainerCallback

    class ReportProgress(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            if on_progress:
                on_progress(stage, state.global_step, state.max_steps)

    return ReportProgress()


def _run_stage(trainer, stage: str, checkpoints: Path, final_dir: Path,
               on_progress: ProgressFn | None) -> StageResult:
    from transformers.trainer_callback import PrinterCallback
    from transformers.trainer_utils import get_last_checkpoint

    trainer.remove_callback(PrinterCallback)
    trainer.add_callback(_progress_callback(stage, on_progress))
    last = get_last_checkpoint(str(checkpoints)) if checkpoints.is_dir() else None
    started = time.monotonic()
    output = trainer.train(resume_from_checkpoint=last)
    history = trainer.state.log_history
    result = StageResult(stage, trainer.state.global_step, output.training_loss,
                         _loss_history(history), Path(last).name if last else None,
                         round(time.monotonic() - started, 3))

    def save(folder: Path) -> None:
        trainer.save_model(str(folder))
        trainer.processing_class.save_pretrained(str(folder))
        _write_json_atomic(folder / f"{stage}_result.json", dataclasses.asdict(result))

    replace_folder(final_dir, save)
    return result


def _check_model_folders(recipe: Recipe, variant: str) -> None:
    """Before hours of training: refuse if a folder training would replace is not one
    citeaudit wrote (an SFT model already finished is kept, not replaced)."""
    final_dir = model_dir(recipe, variant)
    sft_final = run_dir(recipe, variant) / "sft" / "model"
    folders = [final_dir, final_dir.with_name("model.dpo")]
    if _finished_stage(sft_final, "sft") is None:
        folders.append(sft_final)
    try:
        for folder in folders:
            check_replaceable(folder)
    except CiteauditError as exc:
        raise TrainingError(str(exc)) from exc


def _finished_stage(final_dir: Path, stage: str) -> StageResult | None:
    result_path = final_dir / f"{stage}_result.json"
    if not result_path.is_file():
        return None
    stored = json.loads(result_path.read_text(encoding="utf-8"))
    return StageResult(**{**stored, "skipped": True})


def _load_tokenizer(base_model: str):
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(base_model)
    except (OSError, ValueError) as exc:
        raise TrainingError(f"cannot load the tokenizer of {base_model!r}: {exc}") from exc
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def train_variant(recipe: Recipe, variant: str, on_progress: ProgressFn | None = None,
                  callbacks: Iterable[Any] = (), config: Config | None = None) -> TrainedModel:
    """SFT on the chosen responses, then DPO against the SFT model, for one variant.

    Idempotent: a finished variant is returned as is; an interrupted one resumes from the last
    checkpoint of the unfinished stage. `callbacks` are extra transformers TrainerCallbacks;
    `config` gives the HH data folder, download source and cache for built-in variants.
    """
    final_dir = model_dir(recipe, variant)
    data = load_variant(recipe, variant, config)
    _claim_run_dir(recipe, variant, data.files)
    if (final_dir / METADATA_FILE).is_file():
        return TrainedModel(variant, final_dir, read_metadata(final_dir), skipped=True)
    _check_model_folders(recipe, variant)
    _require_model_libraries()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import datasets
    import transformers
    from datasets import Dataset
    from trl import DPOConfig, DPOTrainer, SFTConfig, SFTTrainer

    datasets.disable_progress_bars()  # the caller's on_progress reports progress
    transformers.utils.logging.disable_progress_bar()

    device = detect_device(recipe.device)
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    folder = run_dir(recipe, variant)
    sft_final = folder / "sft" / "model"

    sft_result = _finished_stage(sft_final, "sft")
    if sft_result is None:
        tokenizer = _load_tokenizer(recipe.base_model)
        sft_rows = Dataset.from_list([{"prompt": p.prompt, "completion": p.chosen}
                                      for p in data.pairs])
        trainer = SFTTrainer(
            model=recipe.base_model, processing_class=tokenizer, train_dataset=sft_rows,
            args=_trainer_args(SFTConfig, recipe, recipe.sft, device, folder / "sft"),
            callbacks=list(callbacks))
        sft_result = _run_stage(trainer, "sft", folder / "sft", sft_final, on_progress)
        del trainer

    tokenizer = _load_tokenizer(str(sft_final))
    dpo_rows = Dataset.from_list([{"prompt": p.prompt, "chosen": p.chosen,
                                   "rejected": p.rejected} for p in data.pairs])
    trainer = DPOTrainer(
        model=str(sft_final), processing_class=tokenizer, train_dataset=dpo_rows,
        args=_trainer_args(DPOConfig, recipe, recipe.dpo, device, folder / "dpo",
                           beta=recipe.dpo.beta),
        callbacks=list(callbacks))
    dpo_pairs = len(trainer.train_dataset)
    dpo_result = _run_stage(trainer, "dpo", folder / "dpo", final_dir.with_name("model.dpo"),
                            on_progress)
    del trainer

    metadata = {
        "citeaudit_training": 1,
        "variant": variant,
        "base_model": recipe.base_model,
        "seed": recipe.seed,
        "hyperparameters": recipe.hyperparameters(),
        "hyperparameters_sha256": recipe.hyperparameters_sha256(),
        "data": {
            "files": [dataclasses.asdict(f) for f in data.files],
            "split": recipe.split,
            "pairs_used": len(data.pairs),
            "pairs_used_dpo": dpo_pairs,  # TRL drops pairs whose prompt alone fills max_length
            "pairs_skipped": data.skipped,
            "filter_manifest": data.filter_manifest,
            "selection": (f"first {recipe.max_pairs} after shuffle with seed {recipe.seed}"
                          if recipe.max_pairs else "all"),
        },
        "stages": {r.stage: dataclasses.asdict(r) for r in (sft_result, dpo_result)},
        "steps": {"sft": sft_result.global_step, "dpo": dpo_result.global_step},
        "device": dataclasses.asdict(device),
        "versions": library_versions(),
        "started_at": started_at,
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    staged = final_dir.with_name("model.dpo")
    _write_json_atomic(staged / METADATA_FILE, metadata)
    swap_in(staged, final_dir)
    return TrainedModel(variant, final_dir, metadata)


def train(recipe: Recipe, variants: Iterable[str] | None = None,
          on_progress: ProgressFn | None = None, config: Config | None = None
          ) -> list[TrainedModel]:
    """Train the named variants (default: all in the recipe), one after the other."""
    names = list(variants) if variants else list(recipe.variants)
    for name in names:
        variant_files(recipe, name, config)  # fail on missing data before any training
    return [train_variant(recipe, name, on_progress, config=config) for name in names]
