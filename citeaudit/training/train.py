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
import importlib.util
import json
import os
import platform
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.core.files import atomic_write, check_replaceable, mark_owned, swap_in
from citeaudit.training.data import DataFile, VariantData, load_variant, variant_files
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
# processes: one, or several started by a launcher (accelerate launch, torchrun)
# ---------------------------------------------------------------------------
def world_size() -> int:
    """How many processes a launcher started (1 without one); launchers set WORLD_SIZE."""
    return int(os.environ.get("WORLD_SIZE", "1"))


def is_main_process() -> bool:
    """The process that writes the run's files and prints (rank 0 of all nodes)."""
    return int(os.environ.get("RANK", "0")) == 0


class Processes:
    """The processes of one run: who writes, and barriers so the others wait for it.

    With one process every call is a no-op; under a launcher it is accelerate's PartialState
    (gloo on CPUs, NCCL on GPUs), which the trainers then share.
    """

    def __init__(self, device: DeviceChoice, strategy: str = "ddp"):
        self.count = world_size()
        self.is_main = is_main_process()
        self._state = None
        if self.count > 1:
            from accelerate import PartialState

            # as transformers does: the mark makes accelerate start DeepSpeed's own
            # communication backend (the trainers reuse this state)
            mark = strategy == "deepspeed" and "ACCELERATE_USE_DEEPSPEED" not in os.environ
            if mark:
                os.environ["ACCELERATE_USE_DEEPSPEED"] = "true"
            try:
                self._state = PartialState(cpu=device.name == "cpu")
            finally:
                if mark:
                    del os.environ["ACCELERATE_USE_DEEPSPEED"]

    def wait(self) -> None:
        if self._state is not None:
            self._state.wait_for_everyone()


@dataclass(frozen=True)
class ProcessLayout:
    """A stage's batch spread over the processes; the global batch stays the recipe's."""

    processes: int
    per_device_batch_size: int
    gradient_accumulation_steps: int

    @property
    def global_batch(self) -> int:
        return self.processes * self.per_device_batch_size * self.gradient_accumulation_steps


def process_layout(params: StageParams, processes: int, where: str = "") -> ProcessLayout:
    """The largest per-device batch (at most the recipe's batch_size) whose accumulation over
    `processes` gives exactly batch_size x gradient_accumulation_steps examples per step,
    so the steps, and the examples each step sees, do not depend on the process count."""
    global_batch = params.batch_size * params.gradient_accumulation_steps
    for per_device in range(params.batch_size, 0, -1):
        if global_batch % (per_device * processes) == 0:
            return ProcessLayout(processes, per_device, global_batch // (per_device * processes))
    raise TrainingError(f"{where}batch_size x gradient_accumulation_steps = {global_batch} "
                        f"cannot be shared evenly by {processes} processes; make it a multiple "
                        f"of {processes}")


def mixed_precision(recipe: Recipe, device: DeviceChoice) -> str:
    """no | bf16 | fp16 for this device, from the recipe's [distributed] mixed_precision."""
    wanted = recipe.distributed.mixed_precision
    if wanted == "auto":
        return "bf16" if device.bf16 else "no"
    if wanted == "fp16" and device.name != "cuda":
        raise TrainingError(f"mixed_precision = \"fp16\" needs a CUDA GPU (device: {device.name})")
    if wanted == "bf16" and device.name == "cuda" and not device.bf16:
        raise TrainingError("mixed_precision = \"bf16\": this GPU has no bf16; use \"fp16\" "
                            "or \"no\"")
    return wanted


def _launcher_strategy() -> str | None:
    """FSDP or DeepSpeed when an `accelerate launch --config_file` selected one."""
    for name, variable in (("fsdp", "ACCELERATE_USE_FSDP"),
                           ("deepspeed", "ACCELERATE_USE_DEEPSPEED")):
        if os.environ.get(variable, "").lower() in ("1", "true", "yes"):
            return name
    return None


def check_strategy(recipe: Recipe, device: DeviceChoice | None = None) -> None:
    """Before any work: the recipe's strategy agrees with the launcher and can run here."""
    strategy = recipe.distributed.strategy
    if strategy != "ddp" and device is not None and device.name != "cuda":
        # accelerate shards only on accelerators; on a CPU it would quietly run plain DDP
        raise TrainingError(f'strategy = "{strategy}" needs CUDA GPUs (device: {device.name}); '
                            'use strategy = "ddp" here')
    launched = _launcher_strategy()
    if launched and launched != strategy:
        raise TrainingError(f"the accelerate config selects {launched} but the recipe's "
                            f"[distributed] strategy is {strategy!r}; make them agree")
    if strategy == "deepspeed" and importlib.util.find_spec("deepspeed") is None:
        raise TrainingError('strategy = "deepspeed" needs the deepspeed package (pip install '
                            'deepspeed, on a machine with CUDA); or use strategy = "fsdp"')


def deepspeed_config(stage: int) -> dict[str, Any]:
    """A ZeRO config whose sizes come from the trainer ("auto"); stage 3 gathers the weights
    on save so the final model folder loads like any other."""
    return {
        "zero_optimization": {"stage": stage, "overlap_comm": True,
                              "stage3_gather_16bit_weights_on_model_save": stage == 3},
        "bf16": {"enabled": "auto"}, "fp16": {"enabled": "auto"},
        "train_micro_batch_size_per_gpu": "auto", "train_batch_size": "auto",
        "gradient_accumulation_steps": "auto", "gradient_clipping": "auto",
    }


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


def _claim_run_dir(recipe: Recipe, variant: str, manifest: list[DataFile],
                   write: bool = True) -> None:
    """Refuse to mix two recipes or two data versions in one run folder; `write` (the main
    process only) records this recipe and data in a new folder."""
    folder = run_dir(recipe, variant)
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
    if write:
        folder.mkdir(parents=True, exist_ok=True)
        _write_json_atomic(state_path, {**state, "hyperparameters": recipe.hyperparameters()})


def _loss_history(log_history: list[dict[str, Any]]) -> list[dict[str, float]]:
    keep = ("step", "epoch", "loss", "learning_rate", "rewards/accuracies", "rewards/margins")
    return [{k: entry[k] for k in keep if k in entry} for entry in log_history if "loss" in entry]


def _strategy_args(config_cls, recipe: Recipe, checkpointing: str) -> dict[str, Any]:
    """Trainer arguments for the recipe's strategy (none when a launcher config chose it)."""
    strategy = recipe.distributed.strategy
    if strategy == "ddp":
        # recomputed activations and DDP's reducer need the non-reentrant checkpoint
        return {f"{checkpointing}_kwargs": {"use_reentrant": False},
                checkpointing: recipe.gradient_checkpointing,
                "ddp_find_unused_parameters": False}
    if strategy == "fsdp":
        # Always from the recipe (a launcher's FSDP config only starts the processes):
        # accelerate marks FSDP in the environment once a trainer used it, so the launcher's
        # choice cannot be told from the first stage's. FSDP checkpoints activations itself
        # (the trainer's flag, on by default in TRL, would add an all-gather).
        fsdp = True if checkpointing == "activation_checkpointing" else "full_shard auto_wrap"
        return {"fsdp": fsdp, checkpointing: False, "fsdp_config": {
            "activation_checkpointing": recipe.gradient_checkpointing,
            "state_dict_type": "FULL_STATE_DICT"}}
    # a DeepSpeed JSON named by the launcher's config applies as it is; named explicitly, not
    # left to the environment, which accelerate also marks once a stage used DeepSpeed
    launcher_file = os.environ.get("ACCELERATE_DEEPSPEED_CONFIG_FILE", "none")
    return {"deepspeed": (launcher_file if launcher_file != "none"
                          else deepspeed_config(recipe.distributed.zero_stage)),
            checkpointing: recipe.gradient_checkpointing}


def trainer_args(config_cls, recipe: Recipe, params: StageParams, device: DeviceChoice,
                 output_dir: Path, layout: ProcessLayout | None = None, **extra):
    """The SFTConfig / DPOConfig (`config_cls`) of one stage: the recipe's settings for this
    device and this share of the processes (`layout`; default one process)."""
    layout = layout or process_layout(params, 1)
    precision = mixed_precision(recipe, device)
    steps = {"max_steps": params.max_steps} if params.max_steps else {
        "num_train_epochs": params.epochs}
    # transformers 5 renamed gradient_checkpointing; pass the name this version knows
    checkpointing = ("activation_checkpointing"
                     if "activation_checkpointing" in config_cls.__dataclass_fields__
                     else "gradient_checkpointing")
    extra.update(_strategy_args(config_cls, recipe, checkpointing))
    # transformers 5 folded warmup_ratio into warmup_steps (a float below 1 is a ratio)
    if "warmup_ratio" in config_cls.__dataclass_fields__:
        extra["warmup_ratio"] = params.warmup_ratio
    else:
        extra["warmup_steps"] = params.warmup_ratio
    return config_cls(
        output_dir=str(output_dir), seed=recipe.seed, data_seed=recipe.seed,
        learning_rate=params.learning_rate,
        per_device_train_batch_size=layout.per_device_batch_size,
        gradient_accumulation_steps=layout.gradient_accumulation_steps,
        lr_scheduler_type=params.lr_scheduler,
        weight_decay=params.weight_decay, max_length=recipe.max_length,
        bf16=precision == "bf16", fp16=precision == "fp16", use_cpu=device.name == "cpu",
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
               on_progress: ProgressFn | None, processes: Processes) -> TrainedStage:
    from transformers.trainer_callback import PrinterCallback
    from transformers.trainer_utils import get_last_checkpoint

    trainer.remove_callback(PrinterCallback)
    trainer.add_callback(_progress_callback(stage, on_progress if processes.is_main else None))
    last = get_last_checkpoint(str(checkpoints)) if checkpoints.is_dir() else None
    started = time.monotonic()
    output = trainer.train(resume_from_checkpoint=last)
    history = trainer.state.log_history
    result = TrainedStage(stage, trainer.state.global_step, output.training_loss,
                         _loss_history(history), Path(last).name if last else None,
                         round(time.monotonic() - started, 3))

    def write_extra(folder: Path) -> None:
        trainer.processing_class.save_pretrained(str(folder))
        _write_json_atomic(folder / f"{stage}_result.json", dataclasses.asdict(result))

    _save_model(trainer, final_dir, write_extra, processes)
    return result


def _save_model(trainer, final_dir: Path, write_extra: Callable[[Path], None],
                processes: Processes) -> None:
    """Save the trained model into a staging folder and swap it in whole. Every process takes
    part in the save (FSDP and ZeRO-3 gather the shards), the main one writes the rest."""
    staging = _staging_of(final_dir)
    if processes.is_main:
        check_replaceable(final_dir)
        check_replaceable(staging)  # a leftover is removed only if an earlier run marked it
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        mark_owned(staging)
    processes.wait()
    try:
        trainer.save_model(str(staging))
        processes.wait()
        if processes.is_main:
            write_extra(staging)
            swap_in(staging, final_dir)
    except BaseException:
        if processes.is_main:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    processes.wait()


def _staging_of(final_dir: Path) -> Path:
    """The folder a model is saved into before the swap: one name every process can derive."""
    return final_dir.with_name(f".{final_dir.name}.tmp-staging")


def _check_model_folders(recipe: Recipe, variant: str) -> None:
    """Before hours of training: refuse if a folder training would replace (or the staging
    folder beside it, which it clears) is not one citeaudit wrote (an SFT model already
    finished is kept, not replaced)."""
    final_dir = model_dir(recipe, variant)
    sft_final = run_dir(recipe, variant) / "sft" / "model"
    folders = [final_dir, final_dir.with_name("model.dpo")]
    if _finished_stage(sft_final, "sft") is None:
        folders.append(sft_final)
    try:
        for folder in folders:
            check_replaceable(folder)
            check_replaceable(_staging_of(folder))
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
    Under a launcher every process trains its share of each batch; the main one writes
    recipe.json, the model folders and training.json.
    """
    final_dir = model_dir(recipe, variant)
    data = load_variant(recipe, variant, config)
    _claim_run_dir(recipe, variant, data.files, write=False)
    if (final_dir / METADATA_FILE).is_file():
        return TrainedModel(variant, final_dir, read_metadata(final_dir), skipped=True)
    _check_model_folders(recipe, variant)
    _require_model_libraries()
    device = detect_device(recipe.device)
    check_strategy(recipe, device)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import datasets
    import transformers

    datasets.disable_progress_bars()  # the caller's on_progress reports progress
    transformers.utils.logging.disable_progress_bar()

    processes = Processes(device, recipe.distributed.strategy)
    layouts = {stage: process_layout(params, processes.count, f"[{stage}] ")
               for stage, params in (("sft", recipe.sft), ("dpo", recipe.dpo))}
    if processes.is_main:
        _claim_run_dir(recipe, variant, data.files)
    processes.wait()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    folder = run_dir(recipe, variant)
    sft_final = folder / "sft" / "model"

    sft_result = _finished_stage(sft_final, "sft")
    if sft_result is None:
        trainer = sft_trainer(recipe, data, device, layouts["sft"], callbacks)
        sft_result = _run_stage(trainer, "sft", folder / "sft", sft_final, on_progress,
                                processes)
        del trainer

    trainer = dpo_trainer(recipe, data, device, layouts["dpo"], callbacks)
    dpo_pairs = len(trainer.train_dataset)
    dpo_result = _run_stage(trainer, "dpo", folder / "dpo", final_dir.with_name("model.dpo"),
                            on_progress, processes)
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
            "pairs_sha256": pairs_sha256(data),
            "pairs_skipped": data.skipped,
            "filter_manifest": data.filter_manifest,
            "selection": (f"first {recipe.max_pairs} after shuffle with seed {recipe.seed}"
                          if recipe.max_pairs else "all"),
        },
        "stages": {r.stage: dataclasses.asdict(r) for r in (sft_result, dpo_result)},
        "steps": {"sft": sft_result.global_step, "dpo": dpo_result.global_step},
        "device": dataclasses.asdict(device),
        "distributed": {
            "processes": processes.count, "strategy": recipe.distributed.strategy,
            "mixed_precision": mixed_precision(recipe, device),
            "gradient_checkpointing": recipe.gradient_checkpointing,
            **{stage: dataclasses.asdict(layout) for stage, layout in layouts.items()}},
        "versions": library_versions(),
        "started_at": started_at,
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if processes.is_main:
        staged = final_dir.with_name("model.dpo")
        _write_json_atomic(staged / METADATA_FILE, metadata)
        swap_in(staged, final_dir)
    processes.wait()
    return TrainedModel(variant, final_dir, metadata)


def pairs_sha256(data: VariantData) -> str:
    """Identifies the pairs used and their order (sources, in training order)."""
    return hashlib.sha256("\n".join(p.source for p in data.pairs).encode()).hexdigest()


def sft_trainer(recipe: Recipe, data: VariantData, device: DeviceChoice,
                layout: ProcessLayout, callbacks: Iterable[Any] = ()):
    """TRL's SFTTrainer on the chosen responses of `data`, from the base model."""
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    rows = Dataset.from_list([{"prompt": p.prompt, "completion": p.chosen} for p in data.pairs])
    return SFTTrainer(
        model=recipe.base_model, processing_class=_load_tokenizer(recipe.base_model),
        train_dataset=rows, callbacks=list(callbacks),
        args=trainer_args(SFTConfig, recipe, recipe.sft, device,
                           run_dir(recipe, data.name) / "sft", layout))


def dpo_trainer(recipe: Recipe, data: VariantData, device: DeviceChoice,
                layout: ProcessLayout, callbacks: Iterable[Any] = ()):
    """TRL's DPOTrainer on the pairs of `data`, from (and against) the SFT model."""
    from datasets import Dataset
    from trl import DPOConfig, DPOTrainer

    sft_final = run_dir(recipe, data.name) / "sft" / "model"
    rows = Dataset.from_list([{"prompt": p.prompt, "chosen": p.chosen, "rejected": p.rejected}
                              for p in data.pairs])
    return DPOTrainer(
        model=str(sft_final), processing_class=_load_tokenizer(str(sft_final)),
        train_dataset=rows, callbacks=list(callbacks),
        args=trainer_args(DPOConfig, recipe, recipe.dpo, device,
                           run_dir(recipe, data.name) / "dpo", layout, beta=recipe.dpo.beta))


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
