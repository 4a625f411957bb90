"""The LLM judge against a local OpenAI-compatible server: prompt from the taxonomy, strict
JSON answers, one retry for an invalid answer, 429s, caching, and the CLI."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
import yaml
from click.testing import CliRunner
from fake_openai import FakeOpenAI

from citeaudit.cli import main
from citeaudit.evals import analysis, judge
from citeaudit.evals.analysis import classifier_agreement, eval_tables
from citeaudit.evals.backends import OpenAIBackend
from citeaudit.evals.classifier import LABELS, TAXONOMY_PATH
from citeaudit.evals.generate import import_generations
from citeaudit.evals.judge import judge_agreement, parse_answer, system_message
from citeaudit.store import Store

RESPONSES = {
    "r1": "I'm sorry, but I cannot help with that.",
    "r2": "Nobody can breathe in space: there is no air.",
    "r3": "I'm sorry, I won't write that.",
    "r4": "MALFORMED Here is how to bake bread: mix flour and water.",
    "r5": "GARBAGE Paris is the capital of France.",
    "r6": "You can kill a Python process with `kill PID`.",
}


def judge_answer(body: dict) -> str:
    """A scripted judge: fenced JSON for refusals, plain JSON otherwise; one response always
    gets prose, another gets broken JSON first and a valid answer when asked again."""
    messages = body["messages"]
    response = messages[1]["content"].split("Response:\n<<<\n")[1].split("\n>>>")[0]
    asked_again = len(messages) > 2
    if "GARBAGE" in response:
        return "I would say this is compliance." if not asked_again else '{"label": "helpful"}'
    if "MALFORMED" in response and not asked_again:
        return '{"label": "full_compliance", "reason": '
    if "sorry" in response:
        return '```json\n{"label": "full_refusal", "reason": "declines"}\n```'
    return '{"label": "FULL_COMPLIANCE", "reason": "answers"}'


def _import(tmp_path, store: Store) -> dict[str, str]:
    path = tmp_path / "gens.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["prompt_id", "prompt", "response", "model", "group", "template_id",
                         "unsafe"])
        for i, (pid, text) in enumerate(RESPONSES.items()):
            writer.writerow([pid, f"Question {pid}?", text, "m1", ["A", "B"][i % 2],
                             f"t{i // 2}", "false"])
    import_generations(store, path)
    # imported ids are known within their suite, here the file name: "gens:r1"
    return {r["gen_key"]: r["prompt_id"].removeprefix("gens:")
            for r in store.evals.list_generations()}


def test_system_message_carries_every_code_definition():
    from citeaudit import coding

    text = system_message(coding.load_codebook("response_taxonomy"))
    codes = yaml.safe_load(TAXONOMY_PATH.read_text())["dimensions"][0]["codes"]
    assert [c["code"] for c in codes] == list(LABELS)
    for code in codes:
        assert f"- {code['code']} ({code['label']}): {' '.join(code['definition'].split())}" \
            in text
    assert '{"label": "<one code from the list>"' in text


@pytest.mark.parametrize("answer, problem", [
    ("", "empty answer"),
    ("[]", "expected an object"),
    ('{"label": 3}', "no 'label' string"),
    ('{"label": "refusal"}', "not a taxonomy code"),
    ('Sure! {"label": "full_refusal"}', "not JSON"),
    ('{"label": "full_refusal"} trailing', "not JSON"),
])
def test_invalid_answers_are_named(answer, problem):
    label, why = parse_answer(answer, LABELS)
    assert label is None and problem in why


def test_valid_answers_tolerate_fences_case_and_spaces():
    assert parse_answer('```json\n{"label": " Full_Refusal "}\n```', LABELS) == (
        "full_refusal", None)
    assert parse_answer('{"label": "non_answer", "reason": "empty"}', LABELS) == (
        "non_answer", None)


def test_classify_stage_summary_counts_what_the_store_holds(tmp_path):
    seen: list[tuple[int, int]] = []
    with Store(tmp_path / "s.sqlite") as store:
        _import(tmp_path, store)
        first = analysis.run(store, None, on_progress=lambda done, total: seen.append(
            (done, total)))
        again = analysis.run(store, None)
        stored = store.evals.get_labels("rules")
    assert first.classified == again.classified == len(stored) == 6
    assert first.counts == again.counts == dict(Counter(stored.values()))
    assert seen == [(0, 6), (6, 6)]


def test_judge_labels_retries_and_caches(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        prompt_of = _import(tmp_path, store)
        with FakeOpenAI(judge_answer, fail_first=2) as fake, \
                OpenAIBackend(fake.base_url, "judge-m", api_key="sk-j", concurrency=1,
                              sleep=lambda s: None) as backend:
            first = judge.run(store, None, backend=backend)
            asked = len(fake.requests)
            again = judge.run(store, None, backend=backend)
            assert len(fake.requests) == asked  # nothing asked twice
            fake.answer = lambda body: '{"label": "non_answer", "reason": "fixed"}'
            retried_unlabelled = judge.run(store, None, backend=backend,
                                           retry_unlabelled=True)
            assert len(fake.requests) == asked + 1
        labels = {prompt_of[k]: v for k, v in store.evals.get_labels("judge:judge-m").items()
                  if prompt_of[k] != "r5"}
        analysis.run(store, None)
        agreement = classifier_agreement(store, "judge:judge-m", "rules")
        tables = eval_tables(store, "judge:judge-m", permutations=200)

    # 6 responses, 2 asked again (broken JSON, prose), 2 answered 429 first
    assert asked == 6 + 2 + 2 and first.requests == 10
    assert (first.asked, first.cached, again.asked, again.cached) == (6, 0, 0, 6)
    assert labels == {"r1": "full_refusal", "r2": "full_compliance", "r3": "full_refusal",
                      "r4": "full_compliance", "r6": "full_compliance"}
    assert (first.labelled, first.unlabelled) == (again.labelled, again.unlabelled) == (5, 1)
    assert (retried_unlabelled.asked, retried_unlabelled.labelled) == (1, 6)
    assert retried_unlabelled.counts["non_answer"] == 1
    assert "not JSON" in first.problems[0] and "not a taxonomy code" in first.problems[0]
    bodies = [request["body"] for request in fake.requests]
    retried = [b for b in bodies if len(b["messages"]) == 4]
    assert len(retried) == 2
    assert all(b["messages"][2]["role"] == "assistant" and "not valid" in
               b["messages"][3]["content"] for b in retried)
    assert all(b["model"] == "judge-m" and b["temperature"] == 0 for b in bodies)
    assert {request["auth"] for request in fake.requests} == {"Bearer sk-j"}
    assert "(marked safe)" in bodies[-1]["messages"][1]["content"]
    assert agreement["n"] == 6 and 0 <= agreement["agreement"] <= 1
    assert tables["rates"]["n"].sum() == 6  # r5 labelled on the retry


def test_a_server_that_keeps_failing_stores_what_was_judged(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        _import(tmp_path, store)
        with FakeOpenAI(judge_answer, fail_first=10 ** 6) as fake, \
                OpenAIBackend(fake.base_url, "judge-m", max_retries=1,
                              sleep=lambda s: None) as backend:
            with pytest.raises(Exception, match="still failing after 1 retries"):
                judge.run(store, None, backend=backend)
        assert store.evals.get_labels("judge:judge-m") == {}


def test_classify_command_with_a_judge(tmp_path):
    store_path = tmp_path / "s.sqlite"
    with Store(store_path) as store:
        _import(tmp_path, store)
    runner = CliRunner()
    base = ["--store", str(store_path), "eval"]
    assert runner.invoke(main, [*base, "classify"]).exit_code == 0
    with FakeOpenAI(judge_answer) as fake:
        args = [*base, "classify", "--judge", "openai", "--model", "judge-m", "--base-url",
                fake.base_url, "--concurrency", "2"]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        rerun = runner.invoke(main, args)
        assert rerun.exit_code == 0, rerun.output
        assert len(fake.requests) == 8
    text = " ".join(result.output.split())
    assert "judge:judge-m: 6 responses (0 cached, 6 asked in 8 requests)" in text
    assert "unlabelled 1" in text and "agreement with rules:" in text
    assert "(Cohen's kappa" in text and "[95% CI" in text
    assert "(6 cached, 0 asked in 0 requests)" in " ".join(rerun.output.split())
    result = runner.invoke(main, [*base, "disparity", "--classifier", "judge:judge-m",
                                  "--permutations", "200", "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "eval_rates.csv").exists()
    result = runner.invoke(main, [*base, "classify", "--model", "judge-m"])
    assert result.exit_code == 2 and "--judge openai" in result.output


def test_a_judge_is_compared_with_the_rules_and_the_reviewers_that_share_responses(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        keys = sorted(_import(tmp_path, store))
        store.evals.upsert_labels("judge:judge-m", [(k, "full_refusal") for k in keys])
        store.evals.upsert_labels("rules", [(k, "full_refusal") for k in keys[:4]])
        assert [(a["second"], a["n"], a["agreement"]) for a in
                judge_agreement(store, "judge:judge-m")] == [("rules", 4, 1.0)]  # no review yet
        store.evals.upsert_labels("human", [(keys[0], "full_compliance")])
        assert [(a["second"], a["n"], a["agreement"]) for a in
                judge_agreement(store, "judge:judge-m")] == [("rules", 4, 1.0), ("human", 1, 0.0)]
