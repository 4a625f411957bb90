"""`citeaudit eval` from the command line, end to end: generate against a local
OpenAI-compatible server (--limit, --samples, resume), classify --only, and the disparity
CSV files read back row by row."""

from __future__ import annotations

import csv
import multiprocessing
from pathlib import Path

import pandas as pd
import pytest
from cli_fixtures import flat
from click.testing import CliRunner
from eval_fixtures import REFUSAL, write_generations
from fake_openai import FakeOpenAI

from citeaudit.cli import main
from citeaudit.evals import analysis
from citeaudit.evals.analysis import CLASSIFY_CHUNK, eval_tables
from citeaudit.evals.classifier import classify_responses
from citeaudit.evals.validate import load_response_styles
from citeaudit.store import Store

STYLES = Path(__file__).parent / "data" / "response_styles.csv"
PROMPTS = [("p1", "How do I bake bread?", "Women"), ("p2", "REFUSE to say hello", "Men"),
           ("p3", "What is a cloud?", "Women"), ("p4", "Name a river.", "Men")]


class Cli:
    def __init__(self, root: Path):
        self.store_path = root / "store.sqlite"

    def __call__(self, *args: str):
        result = CliRunner().invoke(main, ["--store", str(self.store_path), *args])
        assert result.exit_code == 0, result.output
        return flat(result.output)

    def generations(self, models: list[str] | None = None) -> list:
        with Store(self.store_path) as store:
            return store.evals.list_generations(models)

    def labels(self) -> dict[str, str]:
        with Store(self.store_path) as store:
            return store.evals.get_labels("rules")


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path)


def prompt_file(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "prompt", "group", "axis", "unsafe"])
        writer.writerows([pid, text, group, "gender", "false"] for pid, text, group in PROMPTS)
    return path


def test_eval_generate_limit_and_samples_then_resume(cli, tmp_path):
    source = prompt_file(tmp_path / "mine.csv")
    with FakeOpenAI() as server:
        args = ("eval", "generate", "--suite", "file", "--source", str(source),
                "--backend", "openai", "--base-url", server.base_url, "--model", "m1",
                "--temperature", "0.7", "--seed", "5", "--concurrency", "1")
        shown = cli(*args, "--limit", "2", "--samples", "3")
        assert "6 generations: 6 new, 0 already stored" in shown
        assert len(server.requests) == 6
        rows = cli.generations()
        chosen = sorted({r["prompt_id"] for r in rows})
        # --limit draws across groups: one Women and one Men prompt, three samples each
        assert sorted(r["grp"] for r in rows) == ["Men"] * 3 + ["Women"] * 3
        assert sorted((r["prompt_id"], r["sample_index"]) for r in rows) == [
            (pid, k) for pid in chosen for k in range(3)]
        assert sorted(r["body"]["seed"] for r in server.requests) == [5, 5, 6, 6, 7, 7]
        for r in rows:
            if r["prompt"].startswith("REFUSE"):
                assert r["response"] == "I'm sorry, but I cannot help with that."
            else:
                assert r["response"].startswith(f"Answer to: {r['prompt']}")

        assert "6 generations: 0 new, 6 already stored" in cli(*args, "--limit", "2",
                                                                "--samples", "3")
        assert len(server.requests) == 6  # the rerun asked nothing
        assert "4 generations: 2 new, 2 already stored" in cli(*args, "--limit", "4")
        assert len(server.requests) == 8
    assert sorted({r["prompt_id"] for r in cli.generations()}) == [
        f"mine:{pid}" for pid, _, _ in PROMPTS]


def test_eval_classify_only_labels_the_named_models(cli, tmp_path):
    write_generations(tmp_path / "gens.csv")
    cli("eval", "import", str(tmp_path / "gens.csv"))
    assert "classified 36 responses" in cli("eval", "classify", "--only", "m1")
    m1_keys = {r["gen_key"] for r in cli.generations(["m1"])}
    assert set(cli.labels()) == m1_keys
    both = cli("eval", "classify", "--only", "m1", "--only", "m2")
    assert "classified 72 responses" in both
    assert len(cli.labels()) == 72


def test_eval_classify_workers_store_the_labels_of_one_process(tmp_path):
    styles = pd.concat([load_response_styles(STYLES.parent / f"response_styles{part}.csv")
                        for part in ("", "_fresh", "_fresh2", "_fresh3")], ignore_index=True)
    rows = pd.DataFrame({
        "prompt_id": [f"s{i}" for i in range(len(styles))], "prompt": styles["prompt"],
        "response": styles["completion"], "model": "m1", "group": "all", "axis": "none",
        "unsafe": styles["unsafe"], "sample_index": styles.groupby("prompt").cumcount()})
    assert len(rows) > 2 * CLASSIFY_CHUNK  # enough chunks for two processes
    rows.to_csv(tmp_path / "gens.csv", index=False)
    stores = {}
    for workers in ("1", "2"):
        cli = Cli(tmp_path / workers)
        cli("eval", "import", str(tmp_path / "gens.csv"))
        assert f"classified {len(rows):,} responses" in cli("eval", "classify",
                                                             "--workers", workers)
        stores[workers] = cli.labels()
    assert len(stores["2"]) == len(rows)
    assert stores["2"] == stores["1"]
    with Store(tmp_path / "2" / "store.sqlite") as store:
        stored = store.evals.list_generations()
    expected = classify_responses([r["response"] for r in stored], [r["prompt"] for r in stored],
                                  unsafe=[bool(r["unsafe"]) for r in stored])
    assert [stores["2"][r["gen_key"]] for r in stored] == expected

    for workers, children in ((1, {0}), (2, {0, 2})):  # none before the first chunk is back
        seen: list[tuple[int, int, int]] = []
        with Store(tmp_path / "2" / "store.sqlite") as store:
            analysis.run(store, None, workers=workers,
                         on_progress=lambda done, total, seen=seen: seen.append(
                             (done, total, len(multiprocessing.active_children()))))
        assert {n for _, _, n in seen} == children
        assert [done for done, _, _ in seen] == [
            *range(0, len(rows), CLASSIFY_CHUNK), len(rows)]

    def stop_after_two_chunks(done: int, total: int) -> None:
        if done == 2 * CLASSIFY_CHUNK:
            raise KeyboardInterrupt  # what Ctrl-C raises
    fresh = Cli(tmp_path / "interrupted")
    fresh("eval", "import", str(tmp_path / "gens.csv"))
    with Store(fresh.store_path) as store, pytest.raises(KeyboardInterrupt):
        analysis.run(store, None, workers=2, on_progress=stop_after_two_chunks)
    kept = fresh.labels()  # the chunks labelled before the interruption are stored
    in_order = [r["gen_key"] for r in fresh.generations()]
    assert set(kept) == set(in_order[:2 * CLASSIFY_CHUNK])
    assert kept == {k: stores["2"][k] for k in kept}


@pytest.mark.parametrize("args, why", [
    (["--workers", "0"], "0 is not in the range x>=1"),
    (["--judge", "openai", "--model", "j", "--workers", "2"], "--concurrency"),
])
def test_eval_classify_refuses_workers_it_cannot_use(tmp_path, args, why):
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "eval",
                                       "classify", *args])
    assert result.exit_code == 2
    assert why in flat(result.output)
    assert not (tmp_path / "s.sqlite").exists()


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig")


def test_eval_disparity_csv_files_hold_every_row(cli, tmp_path):
    rows = write_generations(tmp_path / "gens.csv")
    cli("eval", "import", str(tmp_path / "gens.csv"))
    cli("eval", "classify")
    out_dir = tmp_path / "tables"
    shown = cli("eval", "disparity", "--out-dir", str(out_dir), "--permutations", "200")
    with Store(cli.store_path) as store:
        tables = eval_tables(store, permutations=200)
    assert f"wrote {len(tables)} tables to" in shown
    for name, table in tables.items():
        written = read_csv(out_dir / f"eval_{name}.csv")
        assert list(written.columns) == [str(c) for c in table.columns], name
        assert len(written) == len(table), name
        assert len(table) > 0 or name == "left_out", name  # every response here has a group
    rates = read_csv(out_dir / "eval_rates.csv")
    truth = pd.DataFrame(rows).assign(refused=lambda f: f["response"] == REFUSAL)
    expected = truth.groupby(["model", "unsafe", "group"])["refused"].agg(["mean", "size"])
    assert len(rates) == len(expected) == 12
    for r in rates.itertuples():
        key = (r.model, r.prompt_class == "unsafe", r.group)
        assert (r.refusal_rate, r.n) == (expected.loc[key, "mean"], expected.loc[key, "size"])
    # the terminal shows each group's safe and unsafe cells side by side, flagged too small
    qos = read_csv(out_dir / "eval_quality_of_service.csv")
    for r in qos.itertuples():
        assert (f"{r.group} 6 (too small) {r.safe_not_served:.1%}" in flat(shown)
                and f"6 (too small) {r.unsafe_refusal:.1%}" in flat(shown))
    labels = read_csv(out_dir / "eval_labels.csv")
    assert set(labels["model"]) == {"m1", "m2"}


def test_eval_generate_with_a_local_hf_model(cli, tmp_path):
    pytest.importorskip("transformers")
    from train_fixtures import build_tiny_gpt2

    model = build_tiny_gpt2(tmp_path / "tiny", [text for _, text, _ in PROMPTS] * 3)
    source = prompt_file(tmp_path / "mine.csv")
    shown = cli("eval", "generate", "--suite", "file", "--source", str(source), "--backend",
                "hf", "--model", str(model), "--limit", "3", "--samples", "2",
                "--max-new-tokens", "4", "--batch-size", "2")
    assert "6 generations: 6 new, 0 already stored" in shown
    rows = cli.generations()
    assert {r["backend"] for r in rows} == {"hf"} and {r["model"] for r in rows} == {str(model)}
    chosen = sorted({r["prompt_id"] for r in rows})
    assert len(chosen) == 3 and {r["grp"] for r in rows} == {"Women", "Men"}
    assert sorted((r["prompt_id"], r["sample_index"]) for r in rows) == [
        (pid, k) for pid in chosen for k in range(2)]
