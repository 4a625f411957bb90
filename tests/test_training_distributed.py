"""Training under a launcher: two CPU processes (gloo) on a tiny random GPT-2 built here.

One run is started with torchrun and killed (SIGKILL) mid-SFT, then resumed with
`accelerate launch -m citeaudit train`. A sitecustomize module on the children's path records,
per process, every file each one opens for writing, renames, creates or deletes (Python's
audit hooks), so the tests can tell which process wrote what.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from citeaudit import training
from citeaudit.training import train

pytest.importorskip("trl")
pytest.importorskip("accelerate")

REPO = Path(__file__).resolve().parents[1]
TURN = "\n\nHuman: question {i}?\n\nAssistant:"

WRITE_LOGGER = textwrap.dedent('''
    """Test instrumentation: log this process's writes under CITEAUDIT_WRITE_ROOT."""
    import os
    import sys

    _root = os.environ.get("CITEAUDIT_WRITE_ROOT")
    _rank = os.environ.get("RANK")
    if _root and _rank is not None:
        _log = os.path.join(os.environ["CITEAUDIT_WRITE_LOG"], f"rank{_rank}.txt")
        _busy = []

        def _record(event, args):
            if _busy:
                return
            if event == "open":
                path, mode, flags = args
                writes = (any(c in mode for c in "wax+") if isinstance(mode, str)
                          else bool(isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR)))
                paths = [path] if writes else []
            elif event in ("os.rename", "os.mkdir", "os.remove", "shutil.rmtree"):
                paths = list(args[:2]) if event == "os.rename" else [args[0]]
            else:
                return
            paths = [os.fsdecode(p) for p in paths if isinstance(p, (str, bytes, os.PathLike))]
            paths = [p for p in paths if os.path.abspath(p).startswith(_root)]
            if paths:
                _busy.append(1)
                try:
                    with open(_log, "a", encoding="utf-8") as log:
                        log.write(event + " " + " -> ".join(paths) + "\\n")
                finally:
                    _busy.pop()

        sys.addaudithook(_record)
''')


def tiny_pairs(n: int) -> list[dict]:
    """Pairs of different lengths, so batches differ in padding and order shows."""
    return [{"chosen": TURN.format(i=i) + f" yes {i}" * (1 + i % 4),
             "rejected": TURN.format(i=i) + f" no {i}"} for i in range(n)]


def launch(command: list[str], root: Path, phase: str) -> subprocess.CompletedProcess:
    log_dir = root / "writes" / phase
    log_dir.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "site"), str(REPO)]),
           "CITEAUDIT_WRITE_ROOT": str(root / "runs"), "CITEAUDIT_WRITE_LOG": str(log_dir),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.run(command, env=env, cwd=root, capture_output=True, text=True,
                          timeout=600)


def writes(root: Path, phase: str, rank: int) -> list[str]:
    log = root / "writes" / phase / f"rank{rank}.txt"
    return log.read_text(encoding="utf-8").splitlines() if log.is_file() else []


@pytest.fixture(scope="module")
def two_processes(tmp_path_factory):
    """A 2-process run killed at SFT step 3 (checkpoint-2 on disk), then resumed."""
    from train_fixtures import build_tiny_gpt2

    root = tmp_path_factory.mktemp("distributed")
    (root / "site").mkdir()
    (root / "site" / "sitecustomize.py").write_text(WRITE_LOGGER)
    pairs = tiny_pairs(24)
    (root / "pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pairs))
    base = build_tiny_gpt2(root / "base", [p["chosen"] for p in pairs]
                           + [p["rejected"] for p in pairs])
    recipe_path = root / "recipe.toml"
    recipe_path.write_text(textwrap.dedent(f"""\
        base_model = "{base}"
        output_dir = "{root / 'runs'}"
        max_pairs = 16
        max_length = 64
        device = "cpu"
        save_steps = 2
        logging_steps = 1
        seed = 7
        [sft]
        learning_rate = 1e-3
        max_steps = 4
        batch_size = 4
        [dpo]
        learning_rate = 1e-4
        max_steps = 4
        batch_size = 4
        [distributed]
        strategy = "ddp"
        gradient_checkpointing = false
        [variants]
        tiny = ["{root / 'pairs.jsonl'}"]
        """))
    (root / "order").mkdir()
    killed = launch([sys.executable, "-m", "torch.distributed.run", "--standalone",
                     "--nproc_per_node", "2", str(REPO / "tests" / "train_worker.py"),
                     str(recipe_path), "tiny", str(root / "order"), "3"], root, "killed")
    checkpoint = root / "runs" / "tiny" / "sft" / "checkpoint-2"
    after_kill = sorted(p.name for p in checkpoint.iterdir()) if checkpoint.is_dir() else []
    model_after_kill = (root / "runs" / "tiny" / "model").exists()
    resumed = launch([sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu",
                      "--num_processes", "2", "--num_machines", "1", "--mixed_precision", "no",
                      "--dynamo_backend", "no", "--main_process_port", "0",
                      "-m", "citeaudit", "train", str(recipe_path)], root, "resumed")
    return {"root": root, "recipe": training.load_recipe(recipe_path), "killed": killed,
            "resumed": resumed, "after_kill": after_kill, "base": base,
            "model_after_kill": model_after_kill}


def test_both_processes_train_and_checkpoint_before_the_kill(two_processes):
    killed = two_processes["killed"]
    assert killed.returncode != 0
    assert killed.stderr.count("SIGKILL") >= 2, killed.stderr[-3000:]  # both ranks were killed
    # each process saved its own random state: both were training
    assert {"rng_state_0.pth", "rng_state_1.pth", "model.safetensors",
            "trainer_state.json"} <= set(two_processes["after_kill"])
    assert not two_processes["model_after_kill"]


def test_resumed_run_reaches_the_same_step_count(two_processes):
    resumed = two_processes["resumed"]
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    meta = training.read_metadata(two_processes["root"] / "runs" / "tiny" / "model")
    assert meta["steps"] == {"sft": 4, "dpo": 4}
    assert meta["stages"]["sft"]["resumed_from"] == "checkpoint-2"
    assert meta["distributed"]["processes"] == 2
    assert meta["distributed"]["sft"] == {"processes": 2, "per_device_batch_size": 2,
                                          "gradient_accumulation_steps": 1}
    assert [e["step"] for e in meta["stages"]["dpo"]["losses"]] == [1, 2, 3, 4]


def test_only_the_main_process_writes_the_run_files(two_processes):
    root = two_processes["root"]
    folder = root / "runs" / "tiny"
    rank0 = writes(root, "killed", 0) + writes(root, "resumed", 0)
    rank1 = writes(root, "killed", 1) + writes(root, "resumed", 1)
    for written in ("recipe.json", "sft/model", "model.dpo/training.json", "model"):
        renames = [line for line in rank0 if line.endswith(f"-> {folder / written}")]
        assert len(renames) == 1, (written, renames)  # written once, then swapped in
    # the other process writes nothing of the run's own files (its trainer state lives in the
    # checkpoints, written by the trainer itself)
    assert not [line for line in rank1 if "checkpoint-" not in line], rank1
    printed = " ".join(two_processes["resumed"].stdout.split())
    assert printed.count("tiny: trained ->") == 1
    assert not list(folder.glob(".*.tmp-*"))


def test_the_saved_model_loads_and_has_learned(two_processes):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder = two_processes["root"] / "runs" / "tiny" / "model"
    model = AutoModelForCausalLM.from_pretrained(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    base = AutoModelForCausalLM.from_pretrained(two_processes["base"])
    assert not torch.equal(model.transformer.h[0].mlp.c_fc.weight,
                           base.transformer.h[0].mlp.c_fc.weight)
    encoded = tokenizer(TURN.format(i=1), return_tensors="pt")
    output = model.generate(**encoded, max_new_tokens=3, do_sample=False,
                            pad_token_id=tokenizer.eos_token_id)
    assert output.shape[1] == encoded["input_ids"].shape[1] + 3


def test_data_order_and_pairs_do_not_depend_on_the_process_count(two_processes):
    """The two processes' SFT batches, interleaved, are the single process's batches."""
    from train_worker import sft_batches

    recipe = two_processes["recipe"]
    one_process = sft_batches(recipe, "tiny")
    order = two_processes["root"] / "order"
    rank0, rank1 = (json.loads((order / f"rank{r}.json").read_text()) for r in (0, 1))
    assert [len(b) for b in one_process] == [4] * 4 and [len(b) for b in rank0] == [2] * 4
    interleaved = [row for mine, theirs in zip(rank0, rank1, strict=True)
                   for row in mine + theirs]
    assert interleaved == [row for batch in one_process for row in batch]
    meta = training.read_metadata(two_processes["root"] / "runs" / "tiny" / "model")
    data = training.load_variant(recipe, "tiny")
    assert meta["data"]["pairs_used"] == len(data.pairs) == 16
    assert meta["data"]["pairs_sha256"] == train.pairs_sha256(data)


# ---------------------------------------------------------------------------
# the [distributed] table and how a batch is shared (no processes started)
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("batch, accumulation, processes, layout", [
    (4, 1, 2, (2, 1)), (8, 8, 4, (8, 2)), (8, 8, 1, (8, 8)), (4, 16, 8, (4, 2)),
    (6, 1, 4, None), (3, 1, 2, None),
])
def test_the_global_batch_is_the_recipe_s_whatever_the_process_count(batch, accumulation,
                                                                     processes, layout):
    params = training.StageParams(learning_rate=1e-5, batch_size=batch,
                                  gradient_accumulation_steps=accumulation)
    if layout is None:
        with pytest.raises(training.TrainingError, match=f"= {batch * accumulation} cannot be "
                                                         f"shared evenly by {processes}"):
            train.process_layout(params, processes, "[sft] ")
        return
    shared = train.process_layout(params, processes)
    assert (shared.per_device_batch_size, shared.gradient_accumulation_steps) == layout
    assert shared.global_batch == batch * accumulation


def distributed_recipe(table: str) -> str:
    return training.EXAMPLE_RECIPE.replace(
        '[distributed]            # under `accelerate launch` / `torchrun`; one process needs '
        'none of it\nstrategy = "ddp"         # ddp | fsdp | deepspeed (pip install deepspeed; '
        'zero_stage = 2 or 3)\nmixed_precision = "auto" # auto (bf16 where the GPU has it) | no | '
        'bf16 | fp16\ngradient_checkpointing = true   # recompute activations: less memory, ~30% '
        'slower\n', f"[distributed]\n{table}\n")


def test_example_recipe_has_a_distributed_table():
    recipe = training.parse_recipe(training.EXAMPLE_RECIPE)
    assert recipe.distributed == training.DistributedParams("ddp", 2, "auto")
    assert recipe.gradient_checkpointing is True
    assert distributed_recipe("") != training.EXAMPLE_RECIPE


@pytest.mark.parametrize("table, message", [
    ('strategy = "horovod"', r"\[distributed\]: strategy must be one of ddp, fsdp, deepspeed"),
    ('strategy = "fsdp"\nzero_stage = 3', "zero_stage is a DeepSpeed setting"),
    ('strategy = "deepspeed"\nzero_stage = 1', "zero_stage must be one of 2, 3"),
    ('mixed_precision = "fp8"', "mixed_precision must be one of auto, no, bf16, fp16"),
    ("gradient_checkpointing = 1", "'gradient_checkpointing' must be true or false"),
    ("nodes = 2", r"\[distributed\]: unknown setting 'nodes'"),
])
def test_bad_distributed_tables_name_the_setting(table, message):
    with pytest.raises(training.TrainingError, match=message):
        training.parse_recipe(distributed_recipe(table), "r.toml")


def test_gradient_checkpointing_is_set_in_one_place():
    text = distributed_recipe("gradient_checkpointing = false")
    assert training.parse_recipe(text).gradient_checkpointing is False
    with pytest.raises(training.TrainingError, match="set both at the top and in"):
        training.parse_recipe("gradient_checkpointing = true\n" + text)


def test_deepspeed_without_the_package_and_a_disagreeing_launcher_are_refused(monkeypatch):
    deepspeed = training.parse_recipe(distributed_recipe('strategy = "deepspeed"'))
    if __import__("importlib").util.find_spec("deepspeed") is None:
        with pytest.raises(training.TrainingError, match="needs the deepspeed package"):
            train.check_strategy(deepspeed)
    ddp = training.parse_recipe(distributed_recipe('strategy = "ddp"'))
    train.check_strategy(ddp)
    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")  # what `accelerate launch` sets
    with pytest.raises(training.TrainingError, match="the accelerate config selects fsdp but "
                                                     "the recipe's .* strategy is 'ddp'"):
        train.check_strategy(ddp)


@pytest.mark.parametrize("strategy", ["fsdp", "deepspeed"])
def test_sharding_strategies_need_cuda_rather_than_quietly_running_ddp(strategy):
    recipe = training.parse_recipe(distributed_recipe(f'strategy = "{strategy}"'))
    for device in ("cpu", "mps"):
        with pytest.raises(training.TrainingError, match=f'"{strategy}" needs CUDA GPUs '
                                                         f"\\(device: {device}\\)"):
            train.check_strategy(recipe, train.DeviceChoice(device, False))


def test_fsdp_settings_come_from_the_recipe_in_every_stage(monkeypatch, tmp_path):
    """accelerate marks FSDP in the environment once a stage used it: the next stage must
    still get the recipe's FSDP settings (it ran as plain DDP before)."""
    from trl import DPOConfig, SFTConfig

    recipe = training.parse_recipe(distributed_recipe('strategy = "fsdp"'))
    cpu = train.DeviceChoice("cpu", False)  # the arguments only; sharding itself needs CUDA
    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")
    for config_cls, params in ((SFTConfig, recipe.sft), (DPOConfig, recipe.dpo)):
        args = train.trainer_args(config_cls, recipe, params, cpu, tmp_path)
        assert args.fsdp
        assert args.fsdp_config["state_dict_type"] == "FULL_STATE_DICT"  # one loadable folder
        assert args.fsdp_config["activation_checkpointing"] is True
        assert not args.activation_checkpointing  # FSDP's own, not the trainer's as well


def test_fp16_needs_a_gpu():
    recipe = training.parse_recipe(distributed_recipe('mixed_precision = "fp16"'))
    with pytest.raises(training.TrainingError, match="fp16.*needs a CUDA GPU"):
        train.mixed_precision(recipe, train.DeviceChoice("cpu", False))
    assert train.mixed_precision(recipe, train.DeviceChoice("cuda", True)) == "fp16"
    auto = training.parse_recipe(training.EXAMPLE_RECIPE)
    assert train.mixed_precision(auto, train.DeviceChoice("cuda", True)) == "bf16"
    assert train.mixed_precision(auto, train.DeviceChoice("cpu", False)) == "no"


@pytest.mark.parametrize("name, distributed_type, strategy", [
    ("ddp", "MULTI_GPU", "ddp"), ("fsdp", "FSDP", "fsdp"),
    ("deepspeed-zero2", "DEEPSPEED", "deepspeed"), ("deepspeed-zero3", "DEEPSPEED", "deepspeed"),
])
def test_example_accelerate_configs_load_and_name_their_recipe_strategy(name, distributed_type,
                                                                         strategy):
    from accelerate.commands.config.config_args import load_config_from_file

    path = REPO / "examples" / "accelerate" / f"{name}.yaml"
    config = load_config_from_file(str(path))
    assert str(config.distributed_type).endswith(distributed_type)
    assert f'strategy = "{strategy}"' in path.read_text()
    if strategy == "deepspeed":
        stage = int(name[-1])
        settings = config.deepspeed_config
        assert (REPO / settings["deepspeed_config_file"]).resolve() == path.with_suffix(".json")
        # the shipped JSON is the one the recipe's own deepspeed strategy would use
        assert json.loads(path.with_suffix(".json").read_text()) == train.deepspeed_config(stage)


def test_experiment_refuses_to_run_under_a_launcher(tmp_path):
    from click.testing import CliRunner

    from citeaudit.cli import main

    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "experiment",
                                       str(tmp_path / "recipe.toml")], env={"WORLD_SIZE": "2"})
    assert result.exit_code == 2
    assert "experiment runs in one process" in " ".join(result.output.split())
    assert not (tmp_path / "s.sqlite").exists()
