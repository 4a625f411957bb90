"""SFT and DPO steps on a GPU: step time, tokens/s and peak memory of `citeaudit train`'s own
trainers on random-weight models with the published Pythia-410M, GPT-2 large and Pythia-2.8B
configurations (built here: nothing is downloaded).

Each stage runs TRL's trainer with the arguments `citeaudit train` gives it for the example
recipe (`training.train.trainer_args`): its batch and accumulation (SFT 8 x 8, DPO 4 x 16
pairs), max_length 512, float32 weights with bf16 mixed precision where the GPU has it, and
gradient checkpointing. Every text is longer than max_length, so every sequence is 512 tokens.
The first optimizer step (warm-up, allocation) is not timed.

    python benchmarks/bench_training_gpu.py                       # the three models (a GPU)
    python benchmarks/bench_training_gpu.py --models pythia-410m --steps 4 --out gpu.json
    python benchmarks/bench_training_gpu.py --tiny                # tiny models on a CPU (tests)
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import gc
import json
import os
import platform
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from train_fixtures import build_tokenizer  # noqa: E402

from citeaudit import training  # noqa: E402
from citeaudit.training import train  # noqa: E402

# (model type, configuration) as published on the hub for each model
MODELS = {
    "pythia-410m": ("gpt_neox", {"hidden_size": 1024, "num_hidden_layers": 24,
                                 "num_attention_heads": 16, "intermediate_size": 4096,
                                 "vocab_size": 50304, "rotary_pct": 0.25,
                                 "max_position_embeddings": 2048, "use_parallel_residual": True,
                                 "tie_word_embeddings": False}),
    "gpt2-large": ("gpt2", {"n_embd": 1280, "n_layer": 36, "n_head": 20, "vocab_size": 50257,
                            "n_positions": 1024}),
    "pythia-2.8b": ("gpt_neox", {"hidden_size": 2560, "num_hidden_layers": 32,
                                 "num_attention_heads": 32, "intermediate_size": 10240,
                                 "vocab_size": 50304, "rotary_pct": 0.25,
                                 "max_position_embeddings": 2048, "use_parallel_residual": True,
                                 "tie_word_embeddings": False}),
}
TINY_MODELS = {
    "tiny-neox": ("gpt_neox", {"hidden_size": 32, "num_hidden_layers": 2,
                               "num_attention_heads": 4, "intermediate_size": 64,
                               "vocab_size": 512, "rotary_pct": 0.25,
                               "max_position_embeddings": 128}),
    "tiny-gpt2": ("gpt2", {"n_embd": 32, "n_layer": 2, "n_head": 4, "vocab_size": 512,
                           "n_positions": 128}),
}


@dataclasses.dataclass
class StageFigures:
    model: str
    parameters: int
    stage: str
    precision: str
    global_batch: int  # sequences (SFT) or pairs (DPO) per optimizer step
    max_length: int
    steps_timed: int
    step_s: float
    tokens_per_s: float
    peak_memory_gb: float | None  # None on a CPU


def build_model(kind: str, settings: dict, tokenizer, device: str):
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model(kind, bos_token_id=tokenizer.eos_token_id,
                                  eos_token_id=tokenizer.eos_token_id, **settings)
    torch.manual_seed(0)
    with torch.device(device):  # random weights made where they are used (fast on a GPU)
        return AutoModelForCausalLM.from_config(config, dtype=torch.float32)


def texts(n: int, words: int, seed: int) -> list[str]:
    """Random words: long enough that every sequence is cut at max_length."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(300)]
    return [" ".join(rng.choices(vocabulary, k=words)) for _ in range(n)]


def example_recipe(steps: int, tiny: bool) -> training.Recipe:
    recipe = training.parse_recipe(training.EXAMPLE_RECIPE)
    stage = {"max_steps": steps}
    if tiny:  # a CPU: small batches and sequences, same code path
        stage.update(batch_size=2, gradient_accumulation_steps=2)
        recipe = dataclasses.replace(recipe, max_length=64, gradient_checkpointing=False)
    return dataclasses.replace(recipe, logging_steps=steps, save_steps=10 * steps,
                               sft=dataclasses.replace(recipe.sft, **stage),
                               dpo=dataclasses.replace(recipe.dpo, **stage))


def step_clock(device: str):
    """A callback noting when each optimizer step ends (after the GPU has finished it)."""
    import torch
    from transformers import TrainerCallback

    class StepClock(TrainerCallback):
        def __init__(self):
            self.ends: list[float] = []

        def on_step_end(self, args, state, control, **kwargs):
            if device == "cuda":
                torch.cuda.synchronize()
            self.ends.append(time.perf_counter())

    return StepClock()


def run_stage(name: str, kind: str, settings: dict, stage: str, recipe: training.Recipe,
              tokenizer, device: train.DeviceChoice, folder: Path) -> StageFigures:
    import torch
    from datasets import Dataset
    from transformers.trainer_callback import PrinterCallback
    from trl import DPOConfig, DPOTrainer, SFTConfig, SFTTrainer

    params = recipe.sft if stage == "sft" else recipe.dpo
    layout = train.process_layout(params, 1)
    examples = layout.global_batch * params.max_steps
    words = recipe.max_length  # several tokens per word: every sequence is cut
    prompts = [f"\n\nHuman: {t}\n\nAssistant:" for t in texts(examples, words // 4, 1)]
    if device.name == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    model = build_model(kind, settings, tokenizer, device.name)
    parameters = sum(p.numel() for p in model.parameters())
    clock = step_clock(device.name)
    config_cls = SFTConfig if stage == "sft" else DPOConfig
    extra = {"beta": recipe.dpo.beta} if stage == "dpo" else {}
    args = train.trainer_args(config_cls, recipe, params, device, folder / stage, layout,
                               **extra)
    args.model_init_kwargs = None  # the model is built here, not loaded
    if stage == "sft":
        rows = Dataset.from_list([{"prompt": p, "completion": " " + c} for p, c in
                                  zip(prompts, texts(examples, words, 2), strict=True)])
        trainer = SFTTrainer(model=model, args=args, processing_class=tokenizer,
                             train_dataset=rows, callbacks=[clock])
        sequences = 1
    else:
        rows = Dataset.from_list([{"prompt": p, "chosen": " " + c, "rejected": " " + r}
                                  for p, c, r in zip(prompts, texts(examples, words, 2),
                                                     texts(examples, words, 3), strict=True)])
        trainer = DPOTrainer(model=model, ref_model=copy.deepcopy(model), args=args,
                             processing_class=tokenizer, train_dataset=rows, callbacks=[clock])
        sequences = 2  # chosen and rejected through the policy (and the reference)
    trainer.remove_callback(PrinterCallback)
    trainer.train()
    gaps = [b - a for a, b in zip(clock.ends, clock.ends[1:], strict=False)]
    step_s = sum(gaps) / len(gaps)
    peak = torch.cuda.max_memory_allocated() / 2**30 if device.name == "cuda" else None
    # the tokens TRL counted (padding excluded), else what full-length sequences hold
    counted = [e["num_tokens"] for e in trainer.state.log_history if "num_tokens" in e]
    tokens = (counted[-1] / trainer.state.global_step if counted
              else layout.global_batch * sequences * recipe.max_length)
    del trainer, model
    gc.collect()
    return StageFigures(name, parameters, stage, train.mixed_precision(recipe, device),
                        layout.global_batch, recipe.max_length, len(gaps), round(step_s, 4),
                        round(tokens / step_s, 1), round(peak, 2) if peak is not None else None)


def millions(count: int) -> str:
    return f"{count / 1e6:.0f}M" if count >= 1e7 else f"{count / 1e6:.2f}M"


def hardware(device: train.DeviceChoice) -> str:
    if device.name == "cuda":
        import torch

        return f"{torch.cuda.get_device_name()} ({torch.cuda.device_count()} visible)"
    return f"{device.name} ({platform.processor() or platform.machine()}, {os.cpu_count()} cores)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", choices=[*MODELS, *TINY_MODELS],
                        help="default: the three models, or the tiny ones with --tiny")
    parser.add_argument("--steps", type=int, default=3,
                        help="optimizer steps per stage (the first is not timed; >= 2)")
    parser.add_argument("--tiny", action="store_true",
                        help="tiny models, batch 2 x 2, 64 tokens: the same code on a CPU")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    if args.steps < 2:
        parser.error("--steps must be at least 2 (the first step is not timed)")
    catalogue = {**MODELS, **TINY_MODELS}
    names = args.models or list(TINY_MODELS if args.tiny else MODELS)
    import datasets
    import transformers

    warnings.simplefilter("ignore", FutureWarning)  # library deprecation notices
    datasets.disable_progress_bars()
    transformers.utils.logging.set_verbosity_error()
    device = train.detect_device("auto")
    recipe = example_recipe(args.steps, args.tiny)
    tokenizer = build_tokenizer(texts(200, 50, 0), vocab_size=512)
    print(f"hardware: {hardware(device)}; torch {train.library_versions()['torch']}, "
          f"transformers {transformers.__version__}")
    print(f"{'model':<12} {'params':>7} {'stage':<5} {'precision':<9} {'batch':>5} "
          f"{'length':>6} {'step s':>8} {'tokens/s':>10} {'peak GB':>8}")
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            kind, settings = catalogue[name]
            for stage in ("sft", "dpo"):
                row = run_stage(name, kind, settings, stage, recipe, tokenizer, device,
                                Path(folder) / name)
                figures.append(row)
                peak = f"{row.peak_memory_gb:.1f}" if row.peak_memory_gb is not None else "-"
                print(f"{row.model:<12} {millions(row.parameters):>7} {row.stage:<5} "
                      f"{row.precision:<9} {row.global_batch:>5} {row.max_length:>6} "
                      f"{row.step_s:>8.3f} {row.tokens_per_s:>10.0f} {peak:>8}", flush=True)
    if args.out:
        args.out.write_text(json.dumps({"hardware": hardware(device),
                                        "versions": train.library_versions(),
                                        "figures": [dataclasses.asdict(f) for f in figures]},
                                       indent=2))


if __name__ == "__main__":
    main()
