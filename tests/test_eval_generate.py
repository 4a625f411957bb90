"""Generation: the openai backend against a fake server, the hf backend on a tiny random GPT-2,
caching and resume (also after killing a run), importing generations made elsewhere."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI

from citeaudit.errors import InputError
from citeaudit.model_eval.backends import BackendError, GenerationParams, OpenAIBackend
from citeaudit.model_eval.generate import import_generations, run_generation
from citeaudit.model_eval.suites import EvalPrompt
from citeaudit.store import Store

REPO = Path(__file__).resolve().parents[1]


def _prompts(n: int, prefix: str = "q") -> list[EvalPrompt]:
    return [EvalPrompt(f"t:{prefix}{i}", f"Question {prefix}{i}?", "t", group=f"g{i % 2}",
                       axis="a", template_id=f"s{i % 3}", unsafe=False) for i in range(n)]


def test_openai_chat_and_completions_and_seeds():
    with FakeOpenAI() as fake, OpenAIBackend(fake.base_url, "m", api_key="sk-test") as backend:
        chat = backend.generate(["Hi?"], GenerationParams(seed=7))
        comp = backend.generate(["Hi?"], GenerationParams(prompt_format="hh"), seeds=[3])
    assert chat == ["Answer to: Hi? (seed 7)"]
    assert comp == ["Answer to: \n\nHuman: Hi?\n\nAssistant: (seed 3)"]
    assert [r["path"] for r in fake.requests] == ["/v1/chat/completions", "/v1/completions"]
    assert fake.requests[0]["auth"] == "Bearer sk-test"


@pytest.mark.parametrize("status", [429, 503])
def test_openai_retries_a_storm_honouring_retry_after(status):
    waits = []
    with FakeOpenAI(fail_first=5, fail_status=status, retry_after="2") as fake, \
            OpenAIBackend(fake.base_url, "m", sleep=waits.append, max_retries=6) as backend:
        assert backend.generate(["A?"], GenerationParams()) == ["Answer to: A? (seed 0)"]
    assert waits == [2.0] * 5
    assert len(fake.requests) == 6


def test_openai_backoff_without_retry_after_and_giving_up():
    waits = []
    with FakeOpenAI(fail_first=100, retry_after=None) as fake, \
            OpenAIBackend(fake.base_url, "m", sleep=waits.append, max_retries=3,
                          backoff_base_s=0.5) as backend:
        with pytest.raises(BackendError, match="still failing after 3 retries"):
            backend.generate(["A?"], GenerationParams())
    assert waits == [0.5, 1.0, 2.0]


def test_openai_timeout_is_retried_then_reported():
    waits = []
    with FakeOpenAI(slow_s=1.0) as fake, \
            OpenAIBackend(fake.base_url, "m", timeout_s=0.2, max_retries=1,
                          sleep=waits.append) as backend:
        with pytest.raises(BackendError, match="Timeout"):
            backend.generate(["SLOW?"], GenerationParams())
        assert backend.generate(["fast?"], GenerationParams()) == ["Answer to: fast? (seed 0)"]
    assert len(waits) == 1


def test_openai_client_error_is_not_retried():
    with FakeOpenAI() as fake, OpenAIBackend(fake.base_url, "m") as backend:
        with pytest.raises(BackendError, match="HTTP 400"):
            backend.generate(["BADREQUEST"], GenerationParams())
    assert len(fake.requests) == 1


def test_openai_concurrency_limit():
    with FakeOpenAI(delay_s=0.05) as fake, \
            OpenAIBackend(fake.base_url, "m", concurrency=3) as backend:
        out = backend.generate([f"p{i}" for i in range(12)], GenerationParams())
    assert out == [f"Answer to: p{i} (seed 0)" for i in range(12)]
    assert 1 < fake.max_in_flight <= 3


def test_generation_is_cached_per_sample_and_params(tmp_path):
    prompts = _prompts(4)
    with Store(tmp_path / "s.sqlite") as store, FakeOpenAI() as fake, \
            OpenAIBackend(fake.base_url, "m") as backend:
        first = run_generation(store, prompts, backend, GenerationParams(seed=1), samples=2)
        again = run_generation(store, prompts, backend, GenerationParams(seed=1), samples=2)
        hotter = run_generation(store, prompts, backend,
                                GenerationParams(seed=1, temperature=0.7), samples=1)
        rows = store.eval_generations()
    assert (first.generated, again.generated, again.already_stored) == (8, 0, 8)
    assert hotter.generated == 4
    assert len(fake.requests) == 12
    sample1 = [r for r in rows if r["sample_index"] == 1]
    assert all(r["seed"] == 2 and r["response"].endswith("(seed 2)") for r in sample1)
    assert json.loads(rows[0]["params_json"])["seed"] == 1


KILL_SCRIPT = textwrap.dedent("""
    import sys
    from citeaudit.model_eval.backends import GenerationParams, OpenAIBackend
    from citeaudit.model_eval.generate import run_generation
    from citeaudit.model_eval.suites import EvalPrompt
    from citeaudit.store import Store
    prompts = [EvalPrompt(f"t:q{i}", f"Question q{i}?", "t") for i in range(40)]
    with Store(sys.argv[1]) as store, OpenAIBackend(sys.argv[2], "m", concurrency=1) as backend:
        run_generation(store, prompts, backend, GenerationParams(), chunk_size=2)
""")


def test_resume_after_killing_a_generation_run(tmp_path):
    db = tmp_path / "s.sqlite"
    script = tmp_path / "run.py"
    script.write_text(KILL_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with FakeOpenAI(delay_s=0.05) as fake:
        child = subprocess.Popen([sys.executable, str(script), str(db), fake.base_url], env=env)
        try:
            deadline = time.monotonic() + 30
            stored = 0
            while time.monotonic() < deadline and stored < 6:
                time.sleep(0.05)
                if db.exists():
                    with Store(db) as store:
                        stored = len(store.eval_generations())
            assert child.poll() is None, "the run finished before it could be killed"
            child.send_signal(signal.SIGKILL)
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
        with Store(db) as store:
            kept = {r["prompt_id"]: r["response"] for r in store.eval_generations()}
            assert 6 <= len(kept) < 40
            requests_before = len(fake.requests)
            prompts = [EvalPrompt(f"t:q{i}", f"Question q{i}?", "t") for i in range(40)]
            with OpenAIBackend(fake.base_url, "m") as backend:
                summary = run_generation(store, prompts, backend, GenerationParams())
            rows = store.eval_generations()
    assert summary.already_stored == len(kept)
    assert summary.generated == 40 - len(kept)
    assert len(fake.requests) - requests_before == 40 - len(kept)
    assert len(rows) == 40
    assert all(r["response"] == f"Answer to: {r['prompt']} (seed 0)" for r in rows)


# ---------------------------------------------------------------------------
# hf backend on a tiny random GPT-2 built here (no downloads)
# ---------------------------------------------------------------------------
def _tiny_gpt2():
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from tokenizers import Tokenizer, models, pre_tokenizers

    words = ["<pad>", "<eos>", "<unk>", "Human", "Assistant", ":", "?", "why", "can't", "people",
             "breathe", "in", "space", "hello", "can", "'", "t", "the", "a", "user", "assistant"]
    vocab = {w: i for i, w in enumerate(words)}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=core, eos_token="<eos>", unk_token="<unk>")
    torch.manual_seed(0)
    config = transformers.GPT2Config(vocab_size=len(vocab), n_layer=2, n_head=2, n_embd=32,
                                     n_positions=64, bos_token_id=1, eos_token_id=1)
    return transformers.GPT2LMHeadModel(config), tokenizer


def test_hf_backend_batches_with_left_padding_and_hh_format():
    from citeaudit.model_eval.backends import HFBackend

    model, tokenizer = _tiny_gpt2()
    backend = HFBackend(model, tokenizer, batch_size=2)
    params = GenerationParams(max_new_tokens=5)
    prompts = ["why can't people breathe in space ?", "hello", "why ?"]
    assert backend.format_prompt("hello", params) == "\n\nHuman: hello\n\nAssistant:"
    batched = backend.generate(prompts, params)
    one_by_one = [backend.generate([p], params)[0] for p in prompts]
    assert tokenizer.padding_side == "left"
    assert len(batched) == 3 and all(isinstance(t, str) and t for t in batched)
    assert batched == one_by_one  # greedy + left padding: batching does not change outputs


@pytest.mark.parametrize("top_p", [1.0, 0.8])
def test_hf_sampling_depends_on_prompt_and_seed_not_on_the_batch(top_p):
    from citeaudit.model_eval.backends import HFBackend

    model, tokenizer = _tiny_gpt2()
    params = GenerationParams(max_new_tokens=8, temperature=1.5, top_p=top_p)
    prompts = ["why can't people breathe in space ?", "hello", "why ?", "the user can't"]
    seeds = [11, 12, 13, 14]
    wide = HFBackend(model, tokenizer, batch_size=4).generate(prompts, params, seeds)
    single = HFBackend(model, tokenizer, batch_size=1)
    alone = [single.generate([p], params, [s])[0] for p, s in zip(prompts, seeds, strict=True)]
    # another batch composition: reversed, with other prompts and seeds in between
    mixed_prompts = ["a", *prompts[::-1], "space space"]
    mixed_seeds = [99, *seeds[::-1], 98]
    mixed = HFBackend(model, tokenizer, batch_size=3).generate(mixed_prompts, params,
                                                               mixed_seeds)[1:5][::-1]
    assert wide == alone == mixed
    # it is sampling: other seeds give other texts, and the same seed the same text
    reseeded = single.generate(prompts, params, [s + 100 for s in seeds])
    assert reseeded != wide
    assert single.generate(prompts, params, seeds) == wide


def test_seeded_sampling_draws_from_the_softmax():
    torch = pytest.importorskip("torch")
    from citeaudit.model_eval.backends import SeededSampling

    logits = torch.log(torch.tensor([[0.6, 0.3, 0.1, 1e-9]]))
    picks = torch.tensor([
        int(SeededSampling([seed], 1.0)(None, logits).argmax()) for seed in range(3000)])
    shares = torch.bincount(picks, minlength=4).float() / len(picks)
    assert torch.allclose(shares[:3], torch.tensor([0.6, 0.3, 0.1]), atol=0.03)
    top = torch.tensor([
        int(SeededSampling([seed], 1.0, top_p=0.7)(None, logits).argmax()) for seed in range(300)])
    assert set(top.tolist()) == {0, 1}  # top-p 0.7 keeps the two most likely tokens


def test_hf_backend_uses_the_chat_template_and_stores_generations(tmp_path):
    from citeaudit.model_eval.backends import HFBackend

    model, tokenizer = _tiny_gpt2()
    tokenizer.chat_template = ("{% for m in messages %}{{ m['role'] }} : {{ m['content'] }} "
                               "{% endfor %}{% if add_generation_prompt %}assistant :{% endif %}")
    backend = HFBackend(model, tokenizer, batch_size=4)
    params = GenerationParams(max_new_tokens=4, temperature=0.9, seed=5)
    assert backend.format_prompt("hello", params) == "user : hello assistant :"
    with Store(tmp_path / "s.sqlite") as store:
        summary = run_generation(store, _prompts(3), backend, params, samples=2)
        rerun = run_generation(store, _prompts(3), backend, params, samples=2)
        rows = store.eval_generations()
    assert (summary.generated, rerun.generated) == (6, 0)
    assert {r["backend"] for r in rows} == {"hf"} and {r["seed"] for r in rows} == {5, 6}


# ---------------------------------------------------------------------------
# import
# ---------------------------------------------------------------------------
def test_import_csv_and_jsonl_idempotently(tmp_path):
    csv_path = tmp_path / "gens.csv"
    csv_path.write_text("prompt,response,model,group,unsafe\n"
                        "Why?,Because.,m1,Women,false\nHow?,I cannot.,m1,Men,true\n")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"prompt": "Why?", "response": "No idea", "group": "Women"}) + "\n")
    with Store(tmp_path / "s.sqlite") as store:
        first = import_generations(store, csv_path)
        again = import_generations(store, csv_path)
        other = import_generations(store, jsonl, model="m2")
        rows = store.eval_generations()
    assert (first.rows, first.new, again.new, other.models) == (2, 2, 0, ["m2"])
    assert len(rows) == 3
    assert {(r["model"], r["grp"], r["unsafe"]) for r in rows} == {
        ("m1", "Women", 0), ("m1", "Men", 1), ("m2", "Women", None)}


def test_import_reports_every_bad_row_and_stores_nothing(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("prompt,response,model,unsafe\nok,fine,m,0\n,x,m,0\ny,z,,0\nq,r,m,perhaps\n")
    with Store(tmp_path / "s.sqlite") as store:
        with pytest.raises(InputError) as info:
            import_generations(store, path)
        assert store.eval_generations() == []
    message = str(info.value)
    assert "3 problem(s), nothing imported" in message
    assert "row 3, column prompt" in message and "row 4, column model" in message
    assert "row 5, column unsafe: 'perhaps'" in message


def test_hf_backend_names_a_model_it_cannot_load(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from citeaudit.model_eval.backends import HFBackend

    empty = tmp_path / "not-a-model"
    empty.mkdir()
    with pytest.raises(BackendError, match="cannot load the model .*not-a-model"):
        HFBackend(str(empty))
