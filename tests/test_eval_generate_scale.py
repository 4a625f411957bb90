"""Generation at scale on real local servers: requests in flight at once, several servers in
turn, retries that move to the next server, resume from the store, and the experiment's
variants generated on servers of their model folders."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from fake_openai import FakeOpenAI

from citeaudit.cli import main
from citeaudit.evals.backends import BackendError, GenerationParams, OpenAIBackend, base_urls
from citeaudit.store import Store


def prompts_file(tmp_path, n: int):
    path = tmp_path / "prompts.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{i:02d}", "prompt": f"Question {i}?"}) + "\n"
                            for i in range(n)))
    return path


def generate_cli(store, prompts, *options):
    return CliRunner().invoke(main, ["--store", str(store), "eval", "generate", "--suite", "file",
                                     "--source", str(prompts), "--model", "m", *options])


def stored_in_order(store_path) -> list[tuple[str, str]]:
    """(prompt id, response) in the order the rows were written."""
    with sqlite3.connect(store_path) as db:
        return db.execute("SELECT prompt_id, response FROM eval_generations "
                          "ORDER BY rowid").fetchall()


def test_base_urls_from_commas_lists_and_nothing():
    assert base_urls("http://a/v1/, http://b/v1") == ["http://a/v1", "http://b/v1"]
    assert base_urls(["http://a/v1", "http://b/v1,http://c/v1"]) == [
        "http://a/v1", "http://b/v1", "http://c/v1"]
    with pytest.raises(BackendError, match="no base URL given"):
        base_urls(" , ")


def test_requests_go_to_each_server_in_turn_and_answers_keep_prompt_order():
    with FakeOpenAI() as first, FakeOpenAI() as second, \
            OpenAIBackend([first.base_url, second.base_url], "m", concurrency=1) as backend:
        answers = backend.generate([f"q{i}" for i in range(6)], GenerationParams())
    assert answers == [f"Answer to: q{i} (seed 0)" for i in range(6)]
    assert [r["body"]["messages"][-1]["content"] for r in first.requests] == ["q0", "q2", "q4"]
    assert [r["body"]["messages"][-1]["content"] for r in second.requests] == ["q1", "q3", "q5"]


def test_a_busy_server_s_request_is_retried_on_the_next_one():
    waits = []
    with FakeOpenAI(fail_first=100, retry_after="1") as busy, FakeOpenAI() as free, \
            OpenAIBackend(f"{busy.base_url},{free.base_url}", "m", concurrency=1,
                          sleep=waits.append) as backend:
        answers = backend.generate(["a", "b", "c"], GenerationParams())
    assert answers == [f"Answer to: {p} (seed 0)" for p in "abc"]
    assert len(busy.requests) == 3 and len(free.requests) == 3
    assert waits == [1.0] * 3 and backend.retries == 3


def test_cli_overlaps_requests_over_several_servers_and_stores_in_prompt_order(tmp_path):
    prompts = prompts_file(tmp_path, 24)
    store = tmp_path / "s.sqlite"
    with FakeOpenAI(delay_s=0.1) as first, FakeOpenAI(delay_s=0.1) as second:
        result = generate_cli(store, prompts, "--base-url", first.base_url,
                              "--base-url", second.base_url, "--concurrency", "8")
        assert result.exit_code == 0, result.output
        assert len(first.requests) == len(second.requests) == 12
        # eight in flight over both servers: four at each
        assert first.max_in_flight + second.max_in_flight > 2
        assert max(first.max_in_flight, second.max_in_flight) <= 8
    rows = stored_in_order(store)
    assert [prompt_id for prompt_id, _ in rows] == [f"prompts:p{i:02d}" for i in range(24)]
    assert [response for _, response in rows] == [f"Answer to: Question {i}? (seed 0)"
                                                  for i in range(24)]
    assert "24 generations: 24 new, 0 already stored" in " ".join(result.output.split())


def test_cli_retries_a_storm_and_resumes_without_asking_again(tmp_path):
    prompts = prompts_file(tmp_path, 20)
    store = tmp_path / "s.sqlite"
    with FakeOpenAI(fail_first=6, fail_status=503, retry_after="0") as server:
        first = generate_cli(store, prompts, "--base-url", server.base_url, "--concurrency", "4",
                             "--limit", "8")
        assert first.exit_code == 0, first.output
        assert len(server.requests) == 8 + 6  # six 503s, each retried
        again = generate_cli(store, prompts, "--base-url", server.base_url, "--concurrency", "4")
        assert again.exit_code == 0, again.output
        asked_first = {r["body"]["messages"][-1]["content"] for r in server.requests[:14]}
        asked_again = [r["body"]["messages"][-1]["content"] for r in server.requests[14:]]
    assert len(asked_first) == 8  # --limit samples 8 prompts (not necessarily the first 8)
    assert sorted(asked_again) == sorted({f"Question {i}?" for i in range(20)} - asked_first)
    assert "20 generations: 12 new, 8 already stored" in " ".join(again.output.split())
    with Store(store) as opened:
        assert len(opened.evals.list_generations()) == 20


def test_concurrency_must_be_positive(tmp_path):
    result = generate_cli(tmp_path / "s.sqlite", prompts_file(tmp_path, 1), "--concurrency", "0")
    assert result.exit_code == 2 and "--concurrency" in result.output
    assert not (tmp_path / "s.sqlite").exists()


# ---------------------------------------------------------------------------
# the experiment with its variants on servers
# ---------------------------------------------------------------------------
def served_run(tmp_path):
    """A recipe whose two variants are finished model folders (training.json only: the
    weights live on the servers)."""
    turn = "\n\nHuman: a\n\nAssistant:"
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"chosen": f"{turn} x", "rejected": f"{turn} y"}) + "\n")
    recipe = tmp_path / "recipe.toml"
    recipe.write_text(f'base_model = "base"\noutput_dir = "{tmp_path / "runs"}"\n'
                      "[sft]\nlearning_rate = 1e-5\n[dpo]\nlearning_rate = 1e-6\n"
                      f'[variants]\nfull = ["{pairs}"]\nsmall = ["{pairs}"]\n')
    from citeaudit import training

    parsed = training.load_recipe(recipe)
    for variant in ("full", "small"):
        folder = training.model_dir(parsed, variant)
        folder.mkdir(parents=True)
        stage = {"global_step": 4, "train_loss": 0.5}
        (folder / "training.json").write_text(json.dumps({
            "variant": variant, "base_model": "base",
            "hyperparameters_sha256": parsed.hyperparameters_sha256(),
            "data": {"pairs_used": 1}, "stages": {"sft": stage, "dpo": stage},
            "device": {"name": "cuda"}}))
    return recipe


def refuse_women(body: dict) -> str:
    return "I'm sorry, but I can't help with that." if "women" in body["prompt"].lower() \
        else "Sure, here is an answer.\n\nHuman: and then?"


def test_experiment_generates_served_variants_on_their_servers(tmp_path):
    recipe = served_run(tmp_path)
    out = tmp_path / "out"
    with FakeOpenAI(answer=refuse_women) as full_a, FakeOpenAI(answer=refuse_women) as full_b, \
            FakeOpenAI(answer=refuse_women) as small:
        result = CliRunner().invoke(main, [
            "--store", str(tmp_path / "s.sqlite"), "experiment", str(recipe), "--out", str(out),
            "--groups", "Women,Men", "--max-new-tokens", "8",
            "--serve", f"full={full_a.base_url},{full_b.base_url}",
            "--serve", f"small={small.base_url}", "--concurrency", "4"])
        assert result.exit_code == 0, result.output
        requests = full_a.requests + full_b.requests
        assert full_a.requests and full_b.requests
        assert {r["body"]["model"] for r in requests} == {"full"}
        assert {r["body"]["model"] for r in small.requests} == {"small"}
        assert len(requests) == len(small.requests)
        assert all(r["path"] == "/v1/completions" and r["body"]["prompt"].startswith(
            "\n\nHuman: ") and r["body"]["max_tokens"] == 8 for r in requests)
    with Store(tmp_path / "s.sqlite") as store:
        rows = store.evals.list_generations()
    assert {r["backend"] for r in rows} == {"openai"}
    assert {r["model"] for r in rows} == {str((tmp_path / "runs" / v / "model").resolve())
                                          for v in ("full", "small")}
    # HH-trained models go on to write the user's turn: cut there, as for local models
    assert not any("Human:" in r["response"] for r in rows)
    rates = (out / "refusal_rates.csv").read_text()
    assert "Women" in rates and "Men" in rates


def test_serve_names_a_variant_of_the_recipe(tmp_path):
    recipe = served_run(tmp_path)
    for option, message in (("nope=http://x/v1", "'nope' is not among the variants"),
                            ("full", "expected VARIANT=URL")):
        result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "experiment",
                                           str(recipe), "--serve", option])
        assert result.exit_code == 2 and message in " ".join(result.output.split())


def test_a_chunk_never_caps_the_backend_s_concurrency(tmp_path):
    """Chunks are stored one at a time; a chunk of 16 kept 32 slots half empty."""
    from citeaudit.evals import generate
    from citeaudit.evals.suites import EvalPrompt

    prompts = [EvalPrompt(f"t:{i}", f"Question {i}?", "t") for i in range(64)]
    with Store(tmp_path / "s.sqlite") as store, FakeOpenAI(delay_s=0.2) as server, \
            OpenAIBackend(server.base_url, "m", concurrency=32) as backend:
        summary = generate.run(store, None, prompts=prompts, backend=backend,
                               params=GenerationParams())
    assert summary.generated == 64
    assert 16 < server.max_in_flight <= 32
