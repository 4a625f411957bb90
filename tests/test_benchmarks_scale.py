"""The generation, GPU-training and audit-parent benchmarks run (tiny settings, CPU), so they
cannot rot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO / "benchmarks"


def run_script(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          timeout=300, cwd=REPO)


def test_gpu_benchmark_configurations_have_the_published_sizes():
    torch = pytest.importorskip("torch")
    from transformers import AutoConfig, AutoModelForCausalLM

    sys.path.insert(0, str(BENCHMARKS))
    try:
        import bench_training_gpu
    finally:
        sys.path.remove(str(BENCHMARKS))
    published = {"pythia-410m": 405_334_016, "gpt2-large": 774_030_080,
                 "pythia-2.8b": 2_775_208_960}  # the hub checkpoints' parameter counts
    for name, (kind, settings) in bench_training_gpu.MODELS.items():
        with torch.device("meta"):  # shapes only, no memory
            model = AutoModelForCausalLM.from_config(AutoConfig.for_model(kind, **settings))
        assert sum(p.numel() for p in model.parameters()) == published[name]


def test_gpu_training_benchmark_runs_tiny_on_a_cpu(tmp_path):
    pytest.importorskip("trl")
    out = tmp_path / "figures.json"
    result = run_script(str(BENCHMARKS / "bench_training_gpu.py"), "--tiny", "--models",
                        "tiny-neox", "--steps", "2", "--out", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert any(line.startswith("model params stage precision batch length step s tokens/s")
               for line in lines)
    assert [line.split()[:3] for line in lines if line.startswith("tiny-neox")] == [
        ["tiny-neox", "0.05M", "sft"], ["tiny-neox", "0.05M", "dpo"]]
    figures = json.loads(out.read_text())["figures"]
    assert [(f["stage"], f["global_batch"], f["max_length"]) for f in figures] == [
        ("sft", 4, 64), ("dpo", 4, 64)]
    for figure, sequences in zip(figures, (1, 2), strict=True):
        assert figure["step_s"] > 0 and figure["steps_timed"] == 1
        # every sequence is filled to max_length: the tokens TRL counted per step say so
        tokens_per_step = figure["tokens_per_s"] * figure["step_s"]
        assert tokens_per_step == pytest.approx(4 * sequences * 64, rel=0.01)


def test_generation_benchmark_prints_its_table():
    result = run_script(str(BENCHMARKS / "bench_generation.py"), "--latency", "0.02",
                        "--concurrency", "1", "4", "--waves", "2")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [line.split() for line in result.stdout.splitlines()[2:]]
    assert [row[:2] for row in rows] == [["1", "8"], ["4", "8"]]
    assert rows[0][3] == "1.0x"


def test_audit_parent_benchmark_prints_each_part():
    if not (REPO.parent / "shared" / "data" / "hh-rlhf" / "harmless-base-test.jsonl.gz").exists():
        pytest.skip("the shared HH split is not there")
    result = run_script("-m", "benchmarks.bench_audit_parent", "--pairs", "1500",
                        "--chunk", "200")
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1,500 pairs in chunks of 200 lines")
    parts = [line.rsplit(None, 6)[0].strip() for line in lines[1:]]
    assert parts == ["reading", "no store writes", "indexes kept", "indexes built after",
                     "of it the index build"]
    per_pair = [float(line.split()[-4]) for line in lines[1:]]
    assert all(us > 0 for us in per_pair), lines
    assert per_pair[-1] <= per_pair[-2], "the index build is part of its run"
