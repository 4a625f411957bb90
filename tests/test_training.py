"""Training recipes and the HH variant experiment, on real HH pairs and a tiny GPT-2 built here."""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from citeaudit import training
from citeaudit.cli import main
from citeaudit.core.errors import InputError
from citeaudit.core.files import OWNER_MARK
from citeaudit.evals import classifier, experiment
from citeaudit.evals.backends import GenerationParams
from citeaudit.store import Store

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HH_TEST = DATA / "hh-rlhf" / "harmless-base-test.jsonl.gz"
needs_data = pytest.mark.skipif(not HH_TEST.is_file(),
                                reason=f"shared HH data not found at {HH_TEST}")


def real_records(n: int) -> list[dict]:
    with gzip.open(HH_TEST, "rt", encoding="utf-8") as lines:
        return [json.loads(next(lines)) for _ in range(n)]


def recipe_text(base: Path, out: Path, variants: str, **overrides) -> str:
    settings = {"base_model": str(base), "output_dir": str(out),
                "hh_dir": str(HH_TEST.parent), "split": "test", "max_pairs": 12,
                "max_length": 160, "gradient_checkpointing": False, "save_steps": 2,
                "logging_steps": 1, "seed": 7, **overrides}
    top = "\n".join(f"{k} = {json.dumps(v)}" for k, v in settings.items())
    return (f"{top}\n[sft]\nlearning_rate = 1e-3\nmax_steps = 4\nbatch_size = 4\n"
            f"[dpo]\nlearning_rate = 1e-4\nbeta = 0.1\nmax_steps = 4\nbatch_size = 4\n"
            f"[variants]\n{variants}\n")


# ---------------------------------------------------------------------------
# data: reading and splitting HH pairs
# ---------------------------------------------------------------------------
@needs_data
def test_split_pair_keeps_the_shared_conversation_as_prompt():
    for record in real_records(60):
        prompt, chosen, rejected = training.split_for_training(record["chosen"], record["rejected"])
        assert prompt.endswith("\n\nAssistant:")
        assert prompt + chosen == record["chosen"]
        assert prompt + rejected == record["rejected"]
        assert "\n\nHuman:" not in chosen and "\n\nHuman:" not in rejected
        assert chosen.startswith(" ")  # kept as written, not stripped


def test_split_pair_rejects_pairs_without_a_shared_final_turn():
    assert training.split_for_training("\n\nHuman: hi", "\n\nHuman: ho") is None
    diverging = ("\n\nHuman: a\n\nAssistant: yes\n\nHuman: b\n\nAssistant: ok",
                 "\n\nHuman: a\n\nAssistant: no\n\nHuman: b\n\nAssistant: ok")
    assert training.split_for_training(*diverging) is None


def file_recipe(tmp_path, data_file: Path) -> training.Recipe:
    return training.parse_recipe(recipe_text(tmp_path, tmp_path / "runs",
                                             f'filtered = ["{data_file}"]'))


def test_damaged_training_files_are_named_with_their_lines(tmp_path):
    good = json.dumps({"chosen": "\n\nHuman: a\n\nAssistant: x",
                       "rejected": "\n\nHuman: a\n\nAssistant: y"})
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text(f'{good}\n\n{{"chosen": "a", \n{good}\n{{"chosen": "a"}}\n')
    with pytest.raises(InputError, match=r"bad.jsonl: 2 damaged record\(s\).*line 3: not valid "
                                         r"JSON.*line 5: field rejected missing"):
        training.load_variant(file_recipe(tmp_path, bad_json), "filtered")
    cut_gzip = tmp_path / "cut.jsonl.gz"
    cut_gzip.write_bytes(gzip.compress((good + "\n").encode() * 50)[:-20])
    with pytest.raises(InputError, match=r"cut.jsonl.gz: 1 damaged.*ends early or is damaged"):
        training.load_variant(file_recipe(tmp_path, cut_gzip), "filtered")
    with pytest.raises(InputError, match=r"absent.jsonl: data file not found"):
        training.load_variant(file_recipe(tmp_path, tmp_path / "absent.jsonl"), "filtered")


def test_pairs_without_a_shared_final_turn_are_skipped_and_counted(tmp_path):
    turn = "\n\nHuman: a\n\nAssistant:"
    rows = [{"chosen": f"{turn} x", "rejected": f"{turn} y"},
            {"chosen": "\n\nHuman: a", "rejected": "\n\nHuman: b"},
            {"chosen": f"{turn} same", "rejected": f"{turn} same"}]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    data = training.load_variant(file_recipe(tmp_path, path), "filtered")
    assert [(p.prompt, p.chosen, p.rejected) for p in data.pairs] == [
        ("\n\nHuman: a\n\nAssistant:", " x", " y")]
    assert data.skipped == {"no_shared_assistant_turn": 1, "identical_responses": 1}
    assert data.files[0].pairs == 3


@pytest.mark.parametrize("folder", ["model", "model.dpo", "sft/model", ".model.tmp-staging",
                                    ".model.dpo.tmp-staging", "sft/.model.tmp-staging"])
def test_training_refuses_to_replace_a_model_folder_it_did_not_write(tmp_path, folder):
    turn = "\n\nHuman: a\n\nAssistant:"
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"chosen": f"{turn} x", "rejected": f"{turn} y"}) + "\n")
    recipe = file_recipe(tmp_path, path)
    mine = training.run_dir(recipe, "filtered") / folder
    mine.mkdir(parents=True)
    (mine / "weights.bin").write_bytes(b"a model of my own")
    with pytest.raises(training.TrainingError, match=re.escape(
            f"{folder}: folder exists, is not empty and was not written by citeaudit")):
        training.train_variant(recipe, "filtered")
    assert [p.name for p in mine.iterdir()] == ["weights.bin"]
    assert (mine / "weights.bin").read_bytes() == b"a model of my own"


# ---------------------------------------------------------------------------
# recipes
# ---------------------------------------------------------------------------
def test_example_recipe_parses_with_the_three_builtin_variants():
    recipe = training.parse_recipe(training.EXAMPLE_RECIPE)
    assert list(recipe.variants) == ["helpful-only", "harmless-only", "full"]
    assert recipe.sft.learning_rate == 1e-5 and recipe.dpo.beta == 0.1


@pytest.mark.parametrize("change, message", [
    (("seed = 42", "seed = \"x\""), "'seed' must be int"),
    (("seed = 42", "seeds = 1"), "unknown setting 'seeds'"),
    (("full = \"full\"", "full = \"fulll\""), "'fulll' is not a built-in variant"),
    (("learning_rate = 5e-7", "lr = 5e-7"), r"\[dpo\]: unknown setting 'lr'"),
    (("device = \"auto\"", "device = \"tpu\""), "device must be one of"),
    (("warmup_ratio = 0.1", "warmup_ratio = 1.5"), r"\[dpo\]: warmup_ratio must be in"),
])
def test_bad_recipes_name_the_setting(change, message):
    text = training.EXAMPLE_RECIPE.replace(*change)
    assert text != training.EXAMPLE_RECIPE
    with pytest.raises(training.TrainingError, match=message):
        training.parse_recipe(text, "r.toml")


def test_hyperparameters_hash_ignores_paths_and_logging_but_not_learning_rate(tmp_path):
    base = training.parse_recipe(training.EXAMPLE_RECIPE)
    moved = training.parse_recipe(training.EXAMPLE_RECIPE.replace(
        'output_dir = "runs/pythia-410m"', 'output_dir = "elsewhere"').replace(
        "logging_steps = 10", "logging_steps = 1"))
    faster = training.parse_recipe(training.EXAMPLE_RECIPE.replace(
        "learning_rate = 1e-5", "learning_rate = 2e-5"))
    assert base.hyperparameters_sha256() == moved.hyperparameters_sha256()
    assert base.hyperparameters_sha256() != faster.hyperparameters_sha256()


@needs_data
def test_builtin_variants_resolve_under_hh_dir_and_missing_subsets_are_named(tmp_path):
    recipe = training.parse_recipe(recipe_text(tmp_path, tmp_path / "runs",
                                               'harmless-only = "harmless-only"\n'
                                               'helpful-only = "helpful-only"'))
    assert training.variant_files(recipe, "harmless-only") == [HH_TEST]
    with pytest.raises(training.TrainingError, match=r"HH files not found in .*helpful-base/test"):
        training.variant_files(recipe, "helpful-only")
    with pytest.raises(training.TrainingError, match="unknown variant 'nope'"):
        training.variant_files(recipe, "nope")


@needs_data
def test_builtin_variant_from_a_filtered_folder_records_the_filter_manifest(tmp_path):
    clean = tmp_path / "hh-clean"
    (clean / "harmless-base").mkdir(parents=True)
    with gzip.open(clean / "harmless-base" / "test.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r) + "\n" for r in real_records(30))
    (clean / "manifest.json").write_text(json.dumps({"rules": ["refusal", "duplicate-pair"]}))
    table = f'clean = {{ variant = "harmless-only", hh_dir = "{clean}" }}'
    recipe = training.parse_recipe(recipe_text(tmp_path, tmp_path / "runs", table))
    data = training.load_variant(recipe, "clean")
    assert data.files[0].path == str(clean / "harmless-base" / "test.jsonl.gz")
    assert data.files[0].pairs == 30
    assert data.filter_manifest["rules"] == ["refusal", "duplicate-pair"]
    assert data.filter_manifest["sha256"] == hashlib.sha256(
        (clean / "manifest.json").read_bytes()).hexdigest()
    with pytest.raises(training.TrainingError, match="variant 'clean' must be a built-in name"):
        training.parse_recipe(recipe_text(tmp_path, tmp_path, 'clean = { variant = "full" }'))


@needs_data
def test_load_variant_checksums_files_and_subsamples_with_the_seed(tmp_path):
    recipe = training.parse_recipe(recipe_text(tmp_path, tmp_path / "runs",
                                               'harmless-only = "harmless-only"'))
    first = training.load_variant(recipe, "harmless-only")
    again = training.load_variant(recipe, "harmless-only")
    assert first.files[0].sha256 == hashlib.sha256(HH_TEST.read_bytes()).hexdigest()
    assert first.files[0].pairs == 2312
    assert len(first.pairs) == 12
    assert [p.source for p in first.pairs] == [p.source for p in again.pairs]
    assert [p.source for p in first.pairs] != [f"{HH_TEST}:{n}" for n in range(1, 13)]


# ---------------------------------------------------------------------------
# training through TRL, resume, and the experiment
# ---------------------------------------------------------------------------
class Interrupt(Exception):
    pass


def interrupt_at(step: int, stage: str):
    from transformers import TrainerCallback
    from trl import DPOConfig

    class InterruptOnce(TrainerCallback):
        fired = False

        def on_step_end(self, args, state, control, **kwargs):
            in_stage = isinstance(args, DPOConfig) == (stage == "dpo")
            if in_stage and state.global_step == step and not InterruptOnce.fired:
                InterruptOnce.fired = True
                raise Interrupt(f"interrupted at step {step}")

    return InterruptOnce()


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """Two variants of a tiny GPT-2; the first interrupted during SFT and resumed."""
    if not HH_TEST.is_file():
        pytest.skip(f"shared HH data not found at {HH_TEST}")
    pytest.importorskip("trl")
    from train_fixtures import build_tiny_gpt2

    root = tmp_path_factory.mktemp("train")
    records = real_records(40)
    base = build_tiny_gpt2(root / "base", [r["chosen"] for r in records]
                           + [r["rejected"] for r in records])
    filtered = root / "filtered.jsonl"
    filtered.write_text("".join(json.dumps(r) + "\n" for r in records[20:40]))
    recipe_path = root / "recipe.toml"
    recipe_path.write_text(recipe_text(base, root / "runs",
                                       f'harmless-only = "harmless-only"\n'
                                       f'filtered = ["{filtered}"]'))
    recipe = training.load_recipe(recipe_path)
    with pytest.raises(Interrupt):
        training.train_variant(recipe, "harmless-only", callbacks=[interrupt_at(3, "sft")])
    with pytest.raises(Interrupt):  # SFT resumes and finishes; DPO is interrupted
        training.train_variant(recipe, "harmless-only", callbacks=[interrupt_at(3, "dpo")])
    progress = []
    resumed = training.train_variant(recipe, "harmless-only",
                                     on_progress=lambda *event: progress.append(event))
    other = training.train_variant(recipe, "filtered")
    return {"root": root, "recipe": recipe, "recipe_path": recipe_path, "resumed": resumed,
            "other": other, "progress": progress, "filtered": filtered}


def test_training_runs_sft_then_dpo_and_writes_the_model_folder(trained):
    model = trained["resumed"]
    meta = model.metadata
    assert model.model_dir == trained["recipe"].output_dir / "harmless-only" / "model"
    assert (model.model_dir / "model.safetensors").is_file()
    assert (model.model_dir / "tokenizer.json").is_file()
    assert json.loads((model.model_dir / "training.json").read_text()) == meta
    assert meta["steps"] == {"sft": 4, "dpo": 4}
    assert meta["variant"] == "harmless-only" and meta["seed"] == 7
    assert meta["data"]["files"][0]["sha256"] == hashlib.sha256(HH_TEST.read_bytes()).hexdigest()
    assert meta["data"]["pairs_used"] == 12
    assert meta["device"]["name"] == "cpu" and meta["device"]["bf16"] is False
    assert meta["versions"]["trl"] != "not installed"
    for stage in ("sft", "dpo"):
        losses = meta["stages"][stage]["losses"]
        assert [entry["step"] for entry in losses] == [1, 2, 3, 4]
        assert all(math.isfinite(entry["loss"]) for entry in losses)
    # DPO starts at log(2) and the policy moves away from the reference
    assert meta["stages"]["dpo"]["losses"][0]["loss"] == pytest.approx(math.log(2), abs=1e-3)
    assert meta["stages"]["dpo"]["losses"][-1]["loss"] != pytest.approx(math.log(2), abs=1e-4)


def test_interrupted_training_resumes_from_the_last_checkpoint(trained):
    meta = trained["resumed"].metadata
    assert meta["stages"]["sft"]["resumed_from"] == "checkpoint-2"
    assert meta["stages"]["sft"]["skipped"] is True  # finished before the DPO interruption
    assert meta["stages"]["dpo"]["resumed_from"] == "checkpoint-2"
    assert [stage for stage, _, _ in trained["progress"]] == ["dpo", "dpo"]
    assert trained["progress"] == [("dpo", 3, 4), ("dpo", 4, 4)]
    # the loss curve before the interruption survives in the resumed trainer state
    assert [e["step"] for e in meta["stages"]["dpo"]["losses"]] == [1, 2, 3, 4]


def test_model_folders_are_marked_as_citeaudit_s(trained):
    """So a later run may replace them, and only them."""
    folder = trained["resumed"].model_dir
    assert (folder / OWNER_MARK).is_file()
    assert (folder.parent / "sft" / "model" / OWNER_MARK).is_file()
    assert not list(folder.parent.glob(".*.tmp-*")) and not list(folder.parent.glob(".*.old-*"))


def test_rerun_skips_finished_variants(trained):
    again = training.train_variant(trained["recipe"], "harmless-only")
    assert again.skipped and again.metadata == trained["resumed"].metadata


def test_train_stage_reruns_nothing_and_says_so(trained):
    from citeaudit.training import train

    seen: list[str] = []
    summary = train.run(None, None, recipe=trained["recipe"],
                        variants=["harmless-only", "filtered"],
                        on_progress=lambda label, step, total: seen.append(label))
    assert (summary.trained, summary.skipped) == (0, 2) and seen == []
    assert [m.model_dir for m in summary.models] == [trained["resumed"].model_dir,
                                                      trained["other"].model_dir]


def test_filtered_file_variant_is_trained_with_the_same_hyperparameters(trained):
    meta = trained["other"].metadata
    assert meta["data"]["files"][0]["path"] == str(trained["filtered"])
    assert meta["data"]["pairs_used"] == 12
    assert meta["hyperparameters_sha256"] == trained["resumed"].metadata["hyperparameters_sha256"]


def test_changed_recipe_cannot_reuse_a_run_folder(trained):
    changed = training.parse_recipe(trained["recipe_path"].read_text().replace(
        "learning_rate = 1e-3", "learning_rate = 2e-3"))
    with pytest.raises(training.TrainingError, match="other hyper-parameters"):
        training.train_variant(changed, "harmless-only")


def counting_backends(calls: list):
    """TrainedModelBackend, counting the prompts each generate call receives."""

    def factory(variant, folder):
        backend = experiment.TrainedModelBackend(folder)
        generate = backend.generate

        def counted(prompts, params, seeds=None):
            calls.append((variant, len(prompts)))
            return generate(prompts, params, seeds)

        backend.generate = counted
        return backend

    return factory


def few_templates(suite, per_class: int = 3):
    """The first templates of each prompt class, to keep generation on a CPU short."""
    keep = set()
    for unsafe in (False, True):
        ids = sorted({p.template_id for p in suite if p.unsafe == unsafe})
        keep.update(ids[:per_class])
    return [p for p in suite if p.template_id in keep]


def test_experiment_compares_variants_and_builds_the_section(trained):
    calls = []
    suite = few_templates(experiment.experiment_suite(groups=["women", "Muslim"]))
    per_class = sum(1 for p in suite if p.unsafe) // 2
    assert per_class == 3
    dirs = experiment.model_dirs_for(trained["recipe"], ["harmless-only", "filtered"])
    params = GenerationParams(max_new_tokens=6, prompt_format="hh")
    with Store(trained["root"] / "store.sqlite") as store:
        tables = experiment.run_experiment(store, dirs, suite, params=params,
                                           backend_factory=counting_backends(calls))
        assert sum(n for v, n in calls if v == "filtered") == len(suite)
        assert len(tables.responses) == 2 * len(suite)
        assert set(tables.responses["label"]) <= set(classifier.LABELS)
        assert (tables.responses["refused"] == tables.responses["label"].map(
            classifier.is_refusal).astype(int)).all()
        assert not tables.responses["response"].str.contains("Human:").any()
        rates = tables.refusal_rates
        assert len(rates) == 2 * 2 * 2  # variants x prompt classes x groups
        assert (rates["n"] == per_class).all()
        assert set(zip(rates["axis"], rates["group"], strict=True)) == {("gender", "Women"),
                                                                        ("religion", "Muslim")}
        assert ((rates["ci_low"] <= rates["refusal_rate"])
                & (rates["refusal_rate"] <= rates["ci_high"])).all()
        # all groups, then each axis, per variant, prompt class and outcome (safe prompts:
        # not served and refused; unsafe: refused)
        assert len(tables.group_tests) == 2 * 3 * 3
        assert set(tables.group_tests.loc[tables.group_tests["prompt_class"] == "safe",
                                          "outcome"]) == {"not_served", "refused"}
        assert set(tables.group_tests["scope"]) == {"all", "gender", "religion"}
        assert tables.reference_variant == "harmless-only"
        assert set(tables.variant_tests["variant"]) == {"filtered"}
        section = experiment.comparison_section(tables)
        assert section.id == "training-experiment" and section.figures
        assert [t.caption.split(" ")[0] for t in section.tables] == [
            "Models", "Refusal", "Does", "Each"]
        written = experiment.write_outputs(section, tables, trained["root"] / "experiment")
        page = (trained["root"] / "experiment" / "comparison.html").read_text()
        assert section.title in page and "plotly" in page.lower()
        assert pd.read_csv(trained["root"] / "experiment" / "responses.csv").shape[0] == \
            2 * len(suite)
        assert len(written) == 6

        calls.clear()
        again = experiment.run_experiment(store, dirs, suite, params=params,
                                          backend_factory=counting_backends(calls))
        assert calls == []  # every generation came from the store
        assert again.responses["response"].tolist() == tables.responses["response"].tolist()
        assert again.experiment_id == tables.experiment_id + 1
        # the report provider rebuilds the latest experiment from the store alone
        provided = experiment.report_section(store, [])
        assert provided.title == section.title
        assert provided.tables[1].rows == section.tables[1].rows


def test_report_section_is_none_without_an_experiment(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        assert experiment.report_section(store, []) is None


def test_experiment_refuses_models_from_different_recipes(trained, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(trained["other"].model_dir, copy)
    meta = json.loads((copy / "training.json").read_text())
    meta["hyperparameters_sha256"] = "0" * 64
    (copy / "training.json").write_text(json.dumps(meta))
    dirs = {"harmless-only": trained["resumed"].model_dir, "odd": copy}
    with Store(tmp_path / "s.sqlite") as store, \
            pytest.raises(experiment.ExperimentError, match="different hyper-parameters"):
        experiment.run_experiment(store, dirs, experiment.experiment_suite(groups=["women"]))


def test_cli_train_and_experiment(trained):
    runner = CliRunner()
    store = str(trained["root"] / "cli.sqlite")
    example = runner.invoke(main, ["train", "--example-recipe"])
    assert example.exit_code == 0 and training.parse_recipe(example.output).variants
    result = runner.invoke(main, ["train", str(trained["recipe_path"]),
                                  "--variant", "harmless-only"])
    assert result.exit_code == 0, result.output
    assert "already trained" in result.output
    out = trained["root"] / "cli-experiment"
    result = runner.invoke(main, ["--store", store, "experiment", str(trained["recipe_path"]),
                                  "--out", str(out), "--variant", "harmless-only",
                                  "--groups", "Women,Gay", "--max-new-tokens", "2"])
    assert result.exit_code == 0, result.output
    assert (out / "comparison.html").is_file()
    assert set(pd.read_csv(out / "refusal_rates.csv")["group"]) == {"Women", "Gay"}
    unknown = runner.invoke(main, ["--store", store, "experiment", str(trained["recipe_path"]),
                                   "--groups", "Martians"])
    assert unknown.exit_code == 1 and "groups not in the identity suite: martians" in unknown.output
    bad = runner.invoke(main, ["train", str(trained["recipe_path"]), "--variant", "nope"])
    assert bad.exit_code == 1 and "unknown variant 'nope'" in bad.output


def test_experiment_refuses_an_out_folder_it_did_not_write_before_training(tmp_path):
    turn = "\n\nHuman: a\n\nAssistant:"
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"chosen": f"{turn} x", "rejected": f"{turn} y"}) + "\n")
    recipe_path = tmp_path / "recipe.toml"
    recipe_path.write_text(recipe_text(tmp_path, tmp_path / "runs", f'filtered = ["{path}"]'))
    mine = tmp_path / "results"
    mine.mkdir()
    (mine / "responses.csv").write_text("my own results")
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "experiment",
                                       str(recipe_path), "--out", str(mine)])
    assert result.exit_code == 1
    assert "was not written by citeaudit" in " ".join(result.output.split())
    assert (mine / "responses.csv").read_text() == "my own results"
    assert not (tmp_path / "runs").exists()  # refused before any training


# ---------------------------------------------------------------------------
# statistics
# ---------------------------------------------------------------------------
def responses_frame(refusals_by_group: dict[str, tuple[int, int]], variant="v", safe=True):
    rows = []
    for group, (refused, n) in refusals_by_group.items():
        rows += [{"variant": variant, "group": group, "axis": "x", "safe": safe,
                  "refused": int(i < refused)} for i in range(n)]
    return pd.DataFrame(rows)


def test_group_test_flags_a_disparity_and_not_equal_rates():
    unequal = experiment.group_tests(responses_frame({"a": (18, 20), "b": (2, 20)}))
    equal = experiment.group_tests(responses_frame({"a": (10, 20), "b": (10, 20)}))
    assert unequal["p_value"].iloc[0] < 0.001 and unequal["rate_range"].iloc[0] == 0.8
    assert equal["p_value"].iloc[0] == pytest.approx(1.0)


def test_group_test_keeps_a_group_on_two_axes_apart():
    frame = pd.concat([responses_frame({"Arab": (20, 20)}).assign(axis="nationality"),
                       responses_frame({"Arab": (0, 20)}).assign(axis="race")])
    tests = experiment.group_tests(frame).query("outcome == 'refused'").set_index("scope")
    assert tests.loc["all", "groups"] == 2 and tests.loc["all", "p_value"] < 0.001


def test_group_test_permutes_within_template_and_says_when_it_is_uninformative():
    frame = responses_frame({"a": (0, 60), "b": (0, 60)}, safe=False)
    [row] = experiment.group_tests(frame).to_dict("records")
    assert not row["informative"] and row["verdict"].startswith("uninformative: no response")
    many = responses_frame({"a": (12, 200), "b": (13, 200)}, safe=False).assign(
        template_id=lambda f: [f"t{i % 10}" for i in range(len(f))])
    [row] = experiment.group_tests(many).to_dict("records")
    assert row["informative"] and row["perm_p"] > 0.5 and row["mdd_80"] < 0.25
    assert row["p_holm"] == row["perm_p"]


def test_group_test_by_gender_finds_what_the_group_test_does_not():
    """Women refused 12 of 40 per template pair, men 2 of 40, in both groups and axes."""
    rows = []
    for axis, group in (("race_ethnicity", "A"), ("religion", "B")):
        for gender, refused in (("female", 12), ("male", 2)):
            frame = responses_frame({group: (refused, 40)}).assign(
                axis=axis, gender=gender, intersection=f"{group} / {gender}")
            rows.append(frame.assign(template_id=[f"t{i % 4}" for i in range(40)]))
    frame = pd.concat(rows, ignore_index=True)
    by_group = experiment.group_tests(frame, permutations=2000)
    by_gender = experiment.group_tests(frame, permutations=2000, by="gender")
    refused = by_gender.query("outcome == 'refused'").set_index("scope")
    assert list(refused.index) == ["all", "race_ethnicity", "religion"]
    assert (refused["groups"] == 2).all() and set(by_gender["by"]) == {"gender"}
    assert refused["verdict"].str.startswith("groups differ").all()
    assert not by_group["verdict"].str.startswith("groups differ").any()
    cells = experiment.group_tests(frame, permutations=2000, by="intersection")
    assert cells.set_index(["outcome", "scope"]).loc[("refused", "all"), "groups"] == 4
    rates = experiment.refusal_rates(frame)
    tables = experiment.ExperimentTables(1, "v", pd.DataFrame([{
        "variant": "v", "base_model": "m", "hyperparameters_sha256": "ab" * 32,
        "pairs_used": 10}]), frame, rates, by_gender, experiment.variant_tests(rates, "v"))
    assert ("v: refusal of safe prompts depends on the gender (permutation within template"
            in " ".join(experiment.comparison_section(tables).intro))


def test_section_says_uninformative_when_nothing_was_refused():
    responses = responses_frame({"a": (0, 50), "b": (0, 50)}, "full")
    rates = experiment.refusal_rates(responses)
    models = pd.DataFrame([{"variant": "full", "base_model": "m",
                            "hyperparameters_sha256": "ab" * 32, "pairs_used": 10}])
    tables = experiment.ExperimentTables(1, "full", models, responses, rates,
                                         experiment.group_tests(responses),
                                         experiment.variant_tests(rates, "full"))
    text = " ".join(experiment.comparison_section(tables).intro)
    assert ("full, safe prompts, not serving (refusal or non-answer): the group test is "
            "uninformative: no response counts, so there is nothing to compare; it shows "
            "neither a difference nor its absence." in text)
    assert "No variant refuses some groups significantly more" not in text


def test_variant_test_compares_each_group_with_the_reference():
    frame = pd.concat([responses_frame({"a": (15, 20), "b": (5, 20)}, "full"),
                       responses_frame({"a": (15, 20), "b": (19, 20)}, "harmless-only")])
    tests = experiment.variant_tests(experiment.refusal_rates(frame), "full")
    by_group = tests.set_index("group")
    assert by_group.loc["a", "p_value"] == pytest.approx(1.0)
    assert by_group.loc["b", "p_value"] < 0.001
    assert by_group.loc["b", "difference"] == pytest.approx(0.7)
    assert by_group.loc["b", "difference_low"] < 0.7 < by_group.loc["b", "difference_high"]


def test_gzip_and_plain_files_train_on_the_same_pairs(tmp_path):
    turn = "\n\nHuman: a\n\nAssistant:"
    lines = json.dumps({"chosen": f"{turn} x", "rejected": f"{turn} y"}) + "\n"
    (tmp_path / "p.jsonl").write_text(lines)
    with gzip.open(tmp_path / "p.jsonl.gz", "wt") as handle:
        handle.write(lines)
    plain = training.load_variant(file_recipe(tmp_path, tmp_path / "p.jsonl"), "filtered")
    packed = training.load_variant(file_recipe(tmp_path, tmp_path / "p.jsonl.gz"), "filtered")
    assert [(p.prompt, p.chosen) for p in plain.pairs] == [(p.prompt, p.chosen)
                                                           for p in packed.pairs]


def test_section_reports_disparities_and_unequal_training_data():
    responses = pd.concat([responses_frame({"a": (18, 20), "b": (2, 20)}, "full"),
                           responses_frame({"a": (10, 20), "b": (10, 20)}, "harmless-only")])
    rates = experiment.refusal_rates(responses)
    models = pd.DataFrame([
        {"variant": "full", "base_model": "m", "hyperparameters_sha256": "ab" * 32,
         "pairs_used": 40000},
        {"variant": "harmless-only", "base_model": "m", "hyperparameters_sha256": "ab" * 32,
         "pairs_used": 30000}])
    tables = experiment.ExperimentTables(1, "full", models, responses, rates,
                                         experiment.group_tests(responses),
                                         experiment.variant_tests(rates, "full"))
    section = experiment.comparison_section(tables)
    text = "\n".join(section.intro)
    assert "full: refusal of safe prompts depends on the group" in text
    assert "harmless-only: refusal of safe prompts depends" not in text
    # 20 prompts per group cannot show a 25-point difference: said, not read as "no effect"
    assert ("harmless-only, safe prompts, refusal: the group test is uninformative: with 20 "
            "responses per group only a rise of") in text
    assert "different numbers of pairs (full: 40,000, harmless-only: 30,000)" in text
    assert ("full, safe prompts", "20 of 40 refused (50%)") in section.facts
