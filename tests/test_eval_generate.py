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

from citeaudit.core.errors import InputError
from citeaudit.evals import generate
from citeaudit.evals.backends import BackendError, GenerationParams, OpenAIBackend
from citeaudit.evals.generate import import_generations
from citeaudit.evals.suites import EvalPrompt
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
        first = generate.run(store, None, prompts=prompts, backend=backend,
                             params=GenerationParams(seed=1), samples=2)
        again = generate.run(store, None, prompts=prompts, backend=backend,
                             params=GenerationParams(seed=1), samples=2)
        hotter = generate.run(store, None, prompts=prompts, backend=backend,
                              params=GenerationParams(seed=1, temperature=0.7), samples=1)
        rows = store.evals.list_generations()
    assert (first.generated, again.generated, again.already_stored) == (8, 0, 8)
    assert hotter.generated == 4
    assert len(fake.requests) == 12
    sample1 = [r for r in rows if r["sample_index"] == 1]
    assert all(r["seed"] == 2 and r["response"].endswith("(seed 2)") for r in sample1)
    assert json.loads(rows[0]["params_json"])["seed"] == 1


KILL_SCRIPT = textwrap.dedent("""
    import sys
    from citeaudit.evals.backends import GenerationParams, OpenAIBackend
    from citeaudit.evals import generate
    from citeaudit.evals.suites import EvalPrompt
    from citeaudit.store import Store
    prompts = [EvalPrompt(f"t:q{i}", f"Question q{i}?", "t") for i in range(40)]
    with Store(sys.argv[1]) as store, OpenAIBackend(sys.argv[2], "m", concurrency=1) as backend:
        generate.run(store, None, prompts=prompts, backend=backend, params=GenerationParams(),
                     chunk_size=2)
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
                        stored = len(store.evals.list_generations())
            assert child.poll() is None, "the run finished before it could be killed"
            child.send_signal(signal.SIGKILL)
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
        with Store(db) as store:
            kept = {r["prompt_id"]: r["response"] for r in store.evals.list_generations()}
            assert 6 <= len(kept) < 40
            requests_before = len(fake.requests)
            prompts = [EvalPrompt(f"t:q{i}", f"Question q{i}?", "t") for i in range(40)]
            with OpenAIBackend(fake.base_url, "m") as backend:
                summary = generate.run(store, None, prompts=prompts, backend=backend,
                                       params=GenerationParams())
            rows = store.evals.list_generations()
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
    from citeaudit.evals.backends import HFBackend

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
    from citeaudit.evals.backends import HFBackend

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
    from citeaudit.evals.backends import SeededSampling

    logits = torch.log(torch.tensor([[0.6, 0.3, 0.1, 1e-9]]))
    picks = torch.tensor([
        int(SeededSampling([seed], 1.0)(None, logits).argmax()) for seed in range(3000)])
    shares = torch.bincount(picks, minlength=4).float() / len(picks)
    assert torch.allclose(shares[:3], torch.tensor([0.6, 0.3, 0.1]), atol=0.03)
    top = torch.tensor([
        int(SeededSampling([seed], 1.0, top_p=0.7)(None, logits).argmax()) for seed in range(300)])
    assert set(top.tolist()) == {0, 1}  # top-p 0.7 keeps the two most likely tokens


def test_hf_backend_uses_the_chat_template_and_stores_generations(tmp_path):
    from citeaudit.evals.backends import HFBackend

    model, tokenizer = _tiny_gpt2()
    tokenizer.chat_template = ("{% for m in messages %}{{ m['role'] }} : {{ m['content'] }} "
                               "{% endfor %}{% if add_generation_prompt %}assistant :{% endif %}")
    backend = HFBackend(model, tokenizer, batch_size=4)
    params = GenerationParams(max_new_tokens=4, temperature=0.9, seed=5)
    assert backend.format_prompt("hello", params) == "user : hello assistant :"
    with Store(tmp_path / "s.sqlite") as store:
        summary = generate.run(store, None, prompts=_prompts(3), backend=backend, params=params,
                               samples=2)
        rerun = generate.run(store, None, prompts=_prompts(3), backend=backend, params=params,
                             samples=2)
        rows = store.evals.list_generations()
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
        rows = store.evals.list_generations()
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
        assert store.evals.list_generations() == []
    message = str(info.value)
    assert "3 problem(s), nothing imported" in message
    assert "row 3, column prompt" in message and "row 4, column model" in message
    assert "row 5, column unsafe: 'perhaps'" in message


def test_hf_backend_names_a_model_it_cannot_load(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from citeaudit.evals.backends import HFBackend

    empty = tmp_path / "not-a-model"
    empty.mkdir()
    with pytest.raises(BackendError, match="cannot load the model .*not-a-model"):
        HFBackend(str(empty))


def _write_csv(path: Path, header: str, *rows: str) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _stored(store: Store) -> list[tuple]:
    return sorted((r["prompt_id"], r["prompt"], r["grp"], r["model"], r["sample_index"],
                   r["response"]) for r in store.evals.list_generations())


def test_import_two_files_with_the_same_prompt_id_keeps_both_prompts(tmp_path):
    first = _write_csv(tmp_path / "first.csv", "prompt_id,prompt,response,model,group",
                       "1,Why is the sky blue?,Scattering.,m,A")
    second = _write_csv(tmp_path / "second.csv", "prompt_id,prompt,response,model,group",
                        "1,How do I kill a process?,Use kill.,m,B")
    with Store(tmp_path / "s.sqlite") as store:
        import_generations(store, first)
        import_generations(store, second)
        assert _stored(store) == [
            ("first:1", "Why is the sky blue?", "A", "m", 0, "Scattering."),
            ("second:1", "How do I kill a process?", "B", "m", 0, "Use kill.")]


def test_import_an_id_naming_another_prompt_lists_the_collisions_and_stores_nothing(tmp_path):
    header = "prompt_id,prompt,response,model,group,unsafe"
    first = _write_csv(tmp_path / "first.csv", header, "1,Why?,Because.,m,A,false",
                       "2,How?,Like this.,m,A,false")
    clash = _write_csv(tmp_path / "clash.csv", header,
                       "1,Why not?,No reason.,m2,A,false",  # other text
                       "2,How?,Like that.,m2,B,true",  # other group and safety
                       "3,Where?,Here.,m2,A,false", "3,When?,Now.,m2,A,false")  # within the file
    with Store(tmp_path / "s.sqlite") as store:
        import_generations(store, first, suite="mine")
        before = _stored(store)
        with pytest.raises(InputError) as info:
            import_generations(store, clash, suite="mine")
        assert _stored(store) == before
        assert {p["prompt_id"]: p["text"]
                for p in store.evals.list_prompts(["mine:1", "mine:3"])} == {"mine:1": "Why?"}
    message = " ".join(str(info.value).split())
    assert "clash.csv: 3 problem(s), nothing imported" in message
    assert ("clash.csv: row 2: prompt id 'mine:1' names another prompt than the stored prompt "
            "(text 'Why?' vs 'Why not?')") in message
    assert "row 3: prompt id 'mine:2'" in message
    assert "group 'A' vs 'B'; unsafe False vs True" in message
    assert ("row 5: prompt id 'mine:3' names another prompt than row 4 "
            "(text 'Where?' vs 'When?')") in message


def test_import_numbers_repeated_rows_and_counts_true_duplicates(tmp_path):
    path = _write_csv(tmp_path / "samples.csv", "prompt_id,prompt,response,model",
                      "1,Why?,First.,m", "1,Why?,Second.,m", "1,Why?,First.,m",
                      "1,Why?,First.,other")
    exact = _write_csv(tmp_path / "exact.csv", "prompt_id,prompt,response,model,sample_index",
                       "1,When?,Once.,m,0", "1,When?,Once.,m,0", "2,How?,So.,m,0")
    with Store(tmp_path / "s.sqlite") as store:
        numbered = import_generations(store, path)
        again = import_generations(store, path)
        duplicated = import_generations(store, exact)
        rows = _stored(store)
    assert (numbered.rows, numbered.new, numbered.numbered, numbered.duplicates) == (4, 4, 2, 0)
    assert (again.new, again.already_stored) == (0, 4)
    assert [r[3:] for r in rows if r[0] == "samples:1"] == [
        ("m", 0, "First."), ("m", 1, "Second."), ("m", 2, "First."), ("other", 0, "First.")]
    assert (duplicated.rows, duplicated.new, duplicated.duplicates) == (3, 2, 1)


def test_import_a_second_response_for_one_sample_is_an_error_listing_the_rows(tmp_path):
    header = "prompt_id,prompt,response,model,sample_index"
    first = _write_csv(tmp_path / "run.csv", header, "1,Why?,Because.,m,0")
    in_file = _write_csv(tmp_path / "twice.csv", header, "1,Why?,A.,m,3", "1,Why?,B.,m,3")
    later = _write_csv(tmp_path / "run2.csv", "prompt_id,prompt,response,model",
                       "1,Why?,Other answer.,m")
    with Store(tmp_path / "s.sqlite") as store:
        import_generations(store, first)
        before = _stored(store)
        with pytest.raises(InputError) as within:
            import_generations(store, in_file, suite="run")
        with pytest.raises(InputError) as against:
            import_generations(store, later, suite="run")
        assert _stored(store) == before
    assert ("twice.csv: row 3: model 'm', prompt 'run:1', sample_index 3 has another response "
            "than row 2") in " ".join(str(within.value).split())
    assert ("run2.csv: row 2: model 'm', prompt 'run:1', sample_index 0 is stored (from "
            "import:run.csv) with another response") in " ".join(str(against.value).split())


def test_import_one_text_under_two_suites_with_two_responses_is_an_error(tmp_path):
    # the generation key hashes the prompt text, so these would be one stored generation:
    # the second response must not vanish silently
    path = _write_csv(tmp_path / "two.csv", "suite,prompt_id,prompt,response,model",
                      "a,1,Why?,Because.,m", "b,1,Why?,No idea.,m")
    with Store(tmp_path / "s.sqlite") as store:
        with pytest.raises(InputError) as info:
            import_generations(store, path)
        assert _stored(store) == []
    assert ("row 3: model 'm', prompt 'b:1', sample_index 0 has another response than row 2"
            in " ".join(str(info.value).split()))
