"""Training benchmark: data loading and SFT/DPO step cost against baselines in the same run.

1. Reading a variant (`training.load_variant`: audit parser, prompt split, sha256) against the
   floor: gzip + json.loads of the same file.
2. Seconds per pair of the TRL SFT and DPO stages on a tiny GPT-2 (built here, no hub)
   against the floor: a plain PyTorch forward/backward/AdamW step on the same texts. On a
   tiny model the fixed costs (trainer set-up, tokenising, saving) dominate, so these ratios
   say nothing about GPU runs of real models; measure those with a short real run.

    python benchmarks/bench_training.py --pairs 64 --steps 8
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
HH_TEST = ROOT.parent / "shared" / "data" / "hh-rlhf" / "harmless-base-test.jsonl.gz"

from train_fixtures import build_tiny_gpt2  # noqa: E402

from citeaudit import training  # noqa: E402


def recipe_for(base: Path, out: Path, pairs: int, steps: int, batch: int) -> training.Recipe:
    return training.parse_recipe(f"""
base_model = "{base}"
output_dir = "{out}"
hh_dir = "{HH_TEST.parent}"
split = "test"
max_pairs = {pairs}
max_length = 256
gradient_checkpointing = false
save_steps = {steps * 10}
logging_steps = {steps}
[sft]
learning_rate = 1e-4
max_steps = {steps}
batch_size = {batch}
[dpo]
learning_rate = 1e-5
max_steps = {steps}
batch_size = {batch}
[variants]
harmless-only = "harmless-only"
""")


def bench_loading(recipe: training.Recipe) -> tuple[float, float]:
    t0 = time.perf_counter()
    with gzip.open(HH_TEST, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    floor = time.perf_counter() - t0
    t0 = time.perf_counter()
    data = training.load_variant(dataclasses.replace(recipe, max_pairs=0), "harmless-only")
    ours = time.perf_counter() - t0
    assert len(records) == data.files[0].pairs
    return floor, ours


def bench_plain_steps(base: Path, texts: list[str], steps: int, batch: int) -> float:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForCausalLM.from_pretrained(base)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
    t0 = time.perf_counter()
    for step in range(steps):
        chunk = texts[step * batch:(step + 1) * batch]
        encoded = tokenizer(chunk, return_tensors="pt", padding=True, truncation=True,
                            max_length=256)
        loss = model(**encoded, labels=encoded["input_ids"]).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=64,
                        help="HH pairs to load and train on [default: %(default)s]")
    parser.add_argument("--steps", type=int, default=8,
                        help="training steps per stage [default: %(default)s]")
    parser.add_argument("--batch", type=int, default=8, help="batch size [default: %(default)s]")
    args = parser.parse_args()
    if not HH_TEST.is_file():
        sys.exit(f"shared HH data not found at {HH_TEST}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with gzip.open(HH_TEST, "rt", encoding="utf-8") as lines:
            sample = [json.loads(next(lines)) for _ in range(200)]
        base = build_tiny_gpt2(work / "base", [r["chosen"] for r in sample]
                               + [r["rejected"] for r in sample])
        recipe = recipe_for(base, work / "runs", args.pairs, args.steps, args.batch)
        floor, ours = bench_loading(recipe)
        print(f"load 2,312 pairs: gzip+json {floor:.3f} s, load_variant {ours:.3f} s, "
              f"ratio {ours / floor:.2f}")
        plain = bench_plain_steps(base, [r["chosen"] for r in sample], args.steps, args.batch)
        model = training.train_variant(recipe, "harmless-only")
        stages = model.metadata["stages"]
        pairs_seen = args.steps * args.batch
        sft, dpo = stages["sft"]["seconds"], stages["dpo"]["seconds"]
        print(f"{args.steps} steps x {args.batch} pairs, tiny GPT-2 on CPU:")
        print(f"  plain PyTorch LM step {plain / pairs_seen * 1000:.1f} ms/pair (baseline)")
        print(f"  TRL SFT   {sft / pairs_seen * 1000:.1f} ms/pair, ratio to baseline "
              f"{sft / plain:.2f} (includes trainer set-up and the final save)")
        print(f"  TRL DPO   {dpo / pairs_seen * 1000:.1f} ms/pair, ratio to SFT {dpo / sft:.2f}")


if __name__ == "__main__":
    main()
