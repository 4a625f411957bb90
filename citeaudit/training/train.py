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
import json
import os
import platform
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import atomic_write, check_replaceable, replace_folder, swap_in
from citeaudit.training.data import DataFile, load_variant, variant_files
from citeaudit.training.recipe import Recipe, StageParams, TrainingError

METADATA_FILE = "training.json"
RECIPE_STATE_FILE = "recipe.json"


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
class TrainedStage:
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
               on_progress: ProgressFn | None) -> TrainedStage:
    from transformers.trainer_callback import PrinterCallback
    from transformers.trainer_utils import get_last_checkpoint

    trainer.remove_callback(PrinterCallback)
    trainer.add_callback(_progress_callback(stage, on_progress))
    last = get_last_checkpoint(str(checkpoints)) if checkpoints.is_dir() else None
    started = time.monotonic()
    output = trainer.train(resume_from_checkpoint=last)
    history = trainer.state.log_history
    result = TrainedStage(stage, trainer.state.global_step, output.training_loss,
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


def _finished_stage(final_dir: Path, stage: str) -> TrainedStage | None:
    result_path = final_dir / f"{stage}_result.json"
    if not result_path.is_file():
        return None
    stored = json.loads(result_path.read_text(encoding="utf-8"))
    return TrainedStage(**{**stored, "skipped": True})


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


@dataclass(frozen=True)
class TrainSummary:
    """The variants of one `run`, in order; `skipped` of them were trained by an earlier run."""

    models: tuple[TrainedModel, ...]
    trained: int
    skipped: int


def run(store: Any, config: Config | None, *, recipe: Recipe,
        variants: Iterable[str] | None = None, callbacks: Iterable[Any] = (),
        on_progress: ProgressFn | None = None) -> TrainSummary:
    """The `train` stage: train the named variants (default: all in the recipe), one after
    the other, every variant's data found first. `store` is unused (the results are model
    folders, see `train_variant`); it keeps the stage contract. `on_progress` gets
    ("<variant> <stage>", step, total)."""
    names = list(variants) if variants else list(recipe.variants)
    for name in names:
        variant_files(recipe, name, config)  # fail on missing data before any training
    models = tuple(train_variant(recipe, name, _labelled(on_progress, name), callbacks, config)
                   for name in names)
    skipped = sum(model.skipped for model in models)
    return TrainSummary(models, len(models) - skipped, skipped)


def _labelled(on_progress: ProgressFn | None, variant: str) -> ProgressFn | None:
    if on_progress is None:
        return None
    return lambda stage, step, total: on_progress(f"{variant} {stage}", step, total)
