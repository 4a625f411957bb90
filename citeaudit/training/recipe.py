"""Training recipes: a TOML file fixing the base model, every hyper-parameter and the
variants (helpful-only, harmless-only, full, or a filtered JSONL folder from the dataset
audit); `parse_recipe` / `load_recipe` check it and say which table and key is wrong."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from citeaudit.core.errors import CiteauditError

HELPFUL_SUBSETS = ("helpful-base", "helpful-online", "helpful-rejection-sampled")
HARMLESS_SUBSETS = ("harmless-base",)
BUILTIN_VARIANTS: dict[str, tuple[str, ...]] = {
    "helpful-only": HELPFUL_SUBSETS,
    "harmless-only": HARMLESS_SUBSETS,
    "full": HELPFUL_SUBSETS + HARMLESS_SUBSETS,
}


class TrainingError(CiteauditError):
    """A recipe, a data file or a run folder is not usable for training."""


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


STRATEGIES = ("ddp", "fsdp", "deepspeed")
MIXED_PRECISION = ("auto", "no", "bf16", "fp16")
ZERO_STAGES = (2, 3)


@dataclass(frozen=True)
class DistributedParams:
    """How the processes of a launcher (`accelerate launch`, `torchrun`) share the work.

    The global batch (batch_size x gradient_accumulation_steps of each stage) is the same
    whatever the number of processes, so steps and data order do not depend on it.
    """

    strategy: str = "ddp"  # ddp: a full copy per process | fsdp | deepspeed (ZeRO)
    zero_stage: int = 2  # deepspeed only: 2 shards optimizer state and gradients, 3 also weights
    mixed_precision: str = "auto"  # auto: bf16 where the GPU supports it | no | bf16 | fp16


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
    distributed: DistributedParams = DistributedParams()

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

[distributed]            # under `accelerate launch` / `torchrun`; one process needs none of it
strategy = "ddp"         # ddp | fsdp | deepspeed (pip install deepspeed; zero_stage = 2 or 3)
mixed_precision = "auto" # auto (bf16 where the GPU has it) | no | bf16 | fp16
gradient_checkpointing = true   # recompute activations: less memory, ~30% slower

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
_DISTRIBUTED_KEYS = ("strategy", "zero_stage", "mixed_precision", "gradient_checkpointing")


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


def _distributed(where: str, table: Any) -> tuple[DistributedParams, bool | None]:
    """The [distributed] table and its gradient_checkpointing (None when not set there)."""
    if not isinstance(table, dict):
        raise TrainingError(f"{where}: must be a table (strategy, zero_stage, mixed_precision, "
                            "gradient_checkpointing)")
    values = {key.replace("-", "_"): value for key, value in table.items()}
    for key in values:
        if key not in _DISTRIBUTED_KEYS:
            raise TrainingError(f"{where}: unknown setting {key!r}; known: "
                                f"{', '.join(_DISTRIBUTED_KEYS)}")
    checkpointing = values.pop("gradient_checkpointing", None)
    if checkpointing is not None:
        _check_type(where, "gradient_checkpointing", checkpointing, bool)
    for key, value in values.items():
        _check_type(where, key, value, int if key == "zero_stage" else str)
    params = DistributedParams(**values)
    for key, allowed in (("strategy", STRATEGIES), ("mixed_precision", MIXED_PRECISION),
                         ("zero_stage", ZERO_STAGES)):
        if getattr(params, key) not in allowed:
            raise TrainingError(f"{where}: {key} must be one of "
                                f"{', '.join(map(str, allowed))}, got {getattr(params, key)!r}")
    if "zero_stage" in values and params.strategy != "deepspeed":
        raise TrainingError(f"{where}: zero_stage is a DeepSpeed setting; set strategy = "
                            '"deepspeed" or remove it')
    return params, checkpointing


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
    if "distributed" in data:
        values["distributed"], checkpointing = _distributed(f"{where} [distributed]",
                                                            data.pop("distributed"))
        if checkpointing is not None:
            if "gradient_checkpointing" in data:
                raise TrainingError(f"{where}: gradient_checkpointing is set both at the top "
                                    "and in [distributed]; keep one")
            values["gradient_checkpointing"] = checkpointing
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
