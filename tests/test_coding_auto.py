"""The automatic coder: rules from the codebook, the LLM coder against a local server, the CLI."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner
from coding_fixtures import fill
from fake_openai import FakeOpenAI

from citeaudit import coding
from citeaudit.cli import main
from citeaudit.coding.fingerprints import stored_fingerprints
from citeaudit.core.config import Config
from citeaudit.literature import autocode
from citeaudit.literature.llmcode import ANSWER_DIMENSION, LLM_CODER
from citeaudit.literature.rulecode import (
    PaperSentence,
    PassageText,
    RuleCoder,
    paper_sentences,
    section_kind,
)
from citeaudit.store import Store

TARGET = "hh-target"
PAPERS = {
    "p-dpo": ("Preference tuning paper", [
        "We fine-tune Pythia with DPO on the Anthropic HH-RLHF preference pairs.",
        "We report win rates against the chosen responses of the HH-RLHF test set.",
    ]),
    "p-rm": ("Reward paper", [
        "Our reward model is trained on the harmless-base comparisons of HH-RLHF.",
    ]),
    "p-mention": ("Survey paper", [
        "Preference datasets such as HH-RLHF have been released by several labs.",
    ]),
    "p-none": ("Paper without PDF", []),
}


def corpus_store(path: Path) -> Store:
    """A store with a selection of four papers and their passages, as the stages leave it."""
    store = Store(path)
    store.literature.upsert_papers([{"paperId": TARGET, "title": "HH"}] + [
        {"paperId": pid, "title": title, "year": 2024, "externalIds": {"ArXiv": f"2401.0000{i}"}}
        for i, (pid, (title, _)) in enumerate(PAPERS.items())
    ])
    store.literature.insert_selection(TARGET, "citations", 4, None, 4, 0,
                                      [(pid, [pid], {"citation_count": 10 - i})
                          for i, pid in enumerate(PAPERS)])
    for pid, (_, sentences) in PAPERS.items():
        store.documents.upsert_extraction(pid, "ok", pages=["text"], passages=[
            {"passage_id": f"{pid}-{k}", "page": 1, "section": "4 Experiments",
             "sentence": sentence, "context_before": "", "context_after": "",
             "matched": "HH-RLHF", "match_kind": "alias", "duplicate_of": None, "position": k}
            for k, sentence in enumerate(sentences)
        ])
    return store


def test_a_rerun_skips_papers_whose_evidence_is_unchanged(tmp_path):
    book = coding.load_codebook("hh_usage")
    store = corpus_store(tmp_path / "s.sqlite")
    first = autocode.run(store, Config(), codebook=book)
    assert first.n_unchanged == 0 and first.n_codes_changed > 0
    before = coding.suggestions_of(store, book)
    again = autocode.run(store, Config(), codebook=book)
    assert again.n_unchanged == 3 and again.n_codes_changed == 0
    assert coding.suggestions_of(store, book) == before

    # New evidence for one paper: only that paper is coded again, and its codes follow.
    store.documents.upsert_extraction("p-mention", "ok", pages=["text"], passages=[
        {"passage_id": "p-mention-new", "page": 2, "section": "4 Experiments",
         "sentence": "We train a reward model on HH-RLHF.", "context_before": "",
         "context_after": "", "matched": "HH-RLHF", "match_kind": "alias",
         "duplicate_of": None, "position": 0}])
    changed = autocode.run(store, Config(), codebook=book)
    assert changed.n_unchanged == 2
    assert coding.suggestions_of(store, book)["p-mention"]["role"].codes == ["reward_model"]
    assert autocode.run(store, Config(), codebook=book, refresh=True).n_unchanged == 0


def test_rules_follow_the_codebook_definitions():
    book = coding.load_codebook("hh_usage")
    coder = RuleCoder(book)
    got = {s.dimension: s for s in coder.suggest("u", [
        PassageText("a", "We train a reward model on the helpful-base split of HH-RLHF."),
        PassageText("b", "HH-RLHF is used.", context_after="Its labels are noisy."),
        PassageText("c", "HH-RLHF is used.", context_after="We found label noise in it."),
    ])}
    assert got["role"].codes == ["reward_model"] and got["role"].evidence == ["a"]
    assert got["subset"].codes == ["helpful"]
    assert got["critical_engagement"].codes == ["yes"]  # two context matches
    assert got["critical_engagement"].evidence == ["b", "c"]
    assert got["harm_definition"].codes == ["no"]
    nothing = {s.dimension: s.codes for s in coder.suggest("v", [
        PassageText("x", "HH-RLHF (Bai et al., 2022).")])}
    assert nothing["role"] == ["mention_only"] and nothing["subset"] == ["unspecified"]


def test_bad_matcher_pattern_is_reported_with_its_place():
    text = Path(coding.codebook.SCHEME_DIR / "hh_usage.yaml").read_text()
    broken = text.replace("- [{LOWER: {IN: [rm, rms]}}]", "- [{LOWR: rm}]")
    book = coding.parse_codebook(broken, "broken.yaml")
    with pytest.raises(coding.CodebookError, match=r"role\.reward_model\.patterns\[6\]"):
        RuleCoder(book)


def test_auto_stage_stores_suggestions_with_evidence_and_spares_people(tmp_path):
    book = coding.load_codebook("hh_usage")
    store = corpus_store(tmp_path / "s.sqlite")
    summary = autocode.run(store, Config(), codebook=book)
    assert summary.n_units == 4 and summary.n_without_passages == 1
    suggestions = coding.suggestions_of(store, book)
    assert set(suggestions) == {"p-dpo", "p-rm", "p-mention"}
    dpo_role = suggestions["p-dpo"]["role"]
    assert dpo_role.codes == ["policy_dpo", "evaluation"]
    assert dpo_role.evidence == ["p-dpo-0", "p-dpo-1"] and 0 < dpo_role.confidence < 1
    assert suggestions["p-rm"]["subset"].codes == ["harmless"]
    assert suggestions["p-mention"]["role"].codes == ["mention_only"]
    units = {u.unit_id: u for u in coding.units(store, "paper")}
    assert units["p-dpo"].display["link"] == "https://arxiv.org/abs/2401.00000"
    assert units["p-dpo"].evidence[0]["text"].startswith("»We fine-tune")

    # A person codes p-rm; rerunning the auto coder changes nothing of hers or its own.
    path = tmp_path / "alice.xlsx"
    coding.export_xlsx(store, book, "alice", path)
    fill(path, {("p-rm", "role"): "reward_model; evaluation"}, sheet="Papers")
    coding.import_file(store, path)
    assert autocode.run(store, Config(), codebook=book).n_codes_changed == 0
    assert coding.code_table(store, book)["alice"]["p-rm"]["role"] == [
        "reward_model", "evaluation"]


def llm_answer(request: dict) -> str:
    prompt = request["messages"][-1]["content"]
    if "Survey paper" in prompt:
        return "Sure! " + json.dumps({"role": {"codes": ["citation_only"]}})  # not a code
    ids = [line.split("]")[0][1:] for line in prompt.splitlines() if line.startswith("[p-")]
    return json.dumps({
        "role": {"codes": ["Reward / preference model training"], "confidence": 0.9,
                 "evidence": ids + ["made-up-id"]},
        "subset": {"codes": ["harmless"], "confidence": 1.5},
        "framing": {"codes": "harmlessness"},
        "critical_engagement": {"codes": ["no"]},
        "harm_definition": {"codes": ["no", "yes"]},  # two codes, single choice
    })


def test_llm_coder_against_a_local_openai_compatible_server(tmp_path):
    book = coding.load_codebook("hh_usage")
    store = corpus_store(tmp_path / "s.sqlite")
    with FakeOpenAI(llm_answer, fail_first=1) as server:
        config = Config(openai_base_url=server.base_url, openai_model="tiny-model",
                        openai_api_key="sk-test")
        summary = autocode.run(store, config, codebook=book, use_llm=True)
        assert summary.n_llm_units == 2 and summary.llm_requests == 4  # one 429 retried
        assert summary.n_llm_unusable == 1 and summary.n_llm_partial == 2
        body, auth = server.requests[-1]["body"], server.requests[-1]["auth"]
        assert auth == "Bearer sk-test" and body["model"] == "tiny-model"
        assert body["temperature"] == 0
        llm = coding.suggestions_of(store, book, coder=LLM_CODER)
        assert llm["p-rm"]["role"].codes == ["reward_model"]
        assert llm["p-rm"]["role"].evidence == ["p-rm-0"]  # invented ids dropped
        assert llm["p-rm"]["subset"].confidence == 1.0
        assert "harm_definition" not in llm["p-rm"] and "p-mention" not in llm
        assert any("p-mention.role" in w for w in summary.warnings)
        assert any("harm_definition" in w for w in summary.warnings)
        again = autocode.run(store, config, codebook=book, use_llm=True)
        # p-mention's answer was unusable: asked again, the coded two are not
        assert again.llm_requests == 1 and again.n_llm_skipped == 2


def test_cli_round_trip_with_errors_listed(tmp_path):
    store_path = tmp_path / "s.sqlite"
    corpus_store(store_path).close()
    runner = CliRunner()
    base = ["--store", str(store_path)]
    result = runner.invoke(main, base + ["code", "auto"])
    assert result.exit_code == 0, result.output
    assert "3 units" not in result.output and "4 units" in result.output
    sheet = tmp_path / "bob.xlsx"
    result = runner.invoke(main, base + ["code", "export", "--coder", "bob", "-o", str(sheet)])
    assert result.exit_code == 0 and "4 units" in result.output, result.output
    fill(sheet, {("p-dpo", "framing"): "helpfulnes", ("p-rm", "role"): "reward_model"},
         sheet="Papers")
    result = runner.invoke(main, base + ["code", "import", str(sheet)])
    assert result.exit_code == 1
    assert "Papers!" in result.output and "did you mean 'helpfulness'" in result.output
    fill(sheet, {("p-dpo", "framing"): "helpfulness"}, sheet="Papers")
    result = runner.invoke(main, base + ["code", "import", str(sheet)])
    assert result.exit_code == 0 and "2 code(s) stored for bob" in result.output, result.output
    csv_path = tmp_path / "agreement.csv"
    result = runner.invoke(main, base + ["code", "agreement", "--csv", str(csv_path)])
    assert result.exit_code == 0, result.output
    assert "cohen_kappa,role,reward_model,auto,bob" in csv_path.read_text()
    result = runner.invoke(main, base + ["code", "adjudicate", "-o", str(tmp_path / "a.xlsx")])
    assert result.exit_code == 1 and "two or more people" in result.output


# --- evidence scopes: use in the paper's own sections, paper-wide reading ---
def codes_of(coder: RuleCoder, passages, paper=()) -> dict[str, list[str]]:
    return {s.dimension: s.codes for s in coder.suggest("u", passages, paper)}


def test_section_kinds_from_headings():
    assert section_kind("2 Related Work") == "mention"
    assert section_kind("1 INTRODUCTION") == "mention"
    assert section_kind("4.2 Experimental Setup") == "use"
    assert section_kind("B.1 Hyperparameters") == "use"
    assert section_kind("C Additional Plots") == "use"  # appendix letter
    assert section_kind("6 Conclusion") == "other"
    assert section_kind("") == "other"


def test_role_needs_use_evidence_not_a_mention_in_background():
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    sentence = "Reward models trained on HH-RLHF are common in alignment research."
    background = PassageText("a", sentence, section="2 Related Work")
    assert codes_of(coder, [background])["role"] == ["mention_only"]
    setup = PassageText("a", sentence, section="5 Experimental Setup")
    assert codes_of(coder, [setup])["role"] == ["reward_model"]
    # A first-person statement is the paper's own use wherever it stands.
    intro = PassageText("b", "In this work we train a reward model on HH-RLHF comparisons.",
                        section="1 Introduction")
    assert codes_of(coder, [intro])["role"] == ["reward_model"]
    # Subsets named in background are not subsets the paper uses.
    listed = PassageText("c", "HH-RLHF has helpful-base and harmless-base splits.",
                         section="2 Background")
    assert codes_of(coder, [listed])["subset"] == ["unspecified"]


def test_a_marker_citation_for_a_method_is_not_data_use():
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    method = PassageText("m", "We follow [7] and optimise the policy with PPO.",
                         section="3 Method", match_kind="marker")
    assert codes_of(coder, [method])["role"] == ["mention_only"]
    data = PassageText("d", "We run PPO on the prompts released by [7].",
                       section="3 Method", match_kind="marker")
    assert codes_of(coder, [data])["role"] == ["policy_rlhf"]


def test_harm_definition_is_read_from_the_whole_paper_on_topic_only():
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    passage = PassageText("p", "We train on the HH-RLHF comparisons.", section="4 Setup")
    definition = PaperSentence("We consider a reply harmful if it helps someone hurt "
                               "another person.", page=6, section="3 Task")
    got = {s.dimension: s for s in coder.suggest("u", [passage], [definition])}
    assert got["harm_definition"].codes == ["no"]  # one sentence far from HH: half weight
    second = PaperSentence("Our taxonomy of harms has five categories.", page=6)
    got = {s.dimension: s for s in coder.suggest("u", [passage], [definition, second])}
    assert got["harm_definition"].codes == ["yes"]
    assert got["harm_definition"].evidence[0].startswith("page 6: We consider a reply")
    # A list of bad behaviours that never speaks of harm or safety is off topic.
    off_topic = [PaperSentence("Users asked about illegal, violent or dangerous hobbies.",
                               near_target=True)] * 2
    assert codes_of(coder, [passage], off_topic)["harm_definition"] == ["no"]


def test_critical_engagement_counts_remarks_about_the_data_near_the_mention():
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    passage = PassageText("p", "Our policy is trained with DPO on HH-RLHF.", section="4 Setup")
    near = PaperSentence("Many of the labels in this dataset are noisy.", page=4,
                         near_target=True)
    assert codes_of(coder, [passage], [near])["critical_engagement"] == ["yes"]
    general = PaperSentence("Language models can be noisy learners.", near_target=True)
    assert codes_of(coder, [passage], [general])["critical_engagement"] == ["no"]


def test_paper_sentences_leave_out_the_bibliography_and_the_passages():
    pages = [
        "1 Introduction\n\nWe study preference data. We use HH-RLHF for training. "
        "Harm is defined by the annotators.\n\nAnother paragraph with no dataset named here.",
        "References\n\nA. Author. A taxonomy of harms caused by language models. 2022.",
    ]
    passages = [PassageText("p", "We use HH-RLHF for training.",
                            context_before="We study preference data.")]
    sentences = paper_sentences(pages, passages)
    texts = {s.text: s for s in sentences}
    assert "We use HH-RLHF for training." not in texts  # already a passage
    assert "We study preference data." not in texts  # already its context
    assert texts["Harm is defined by the annotators."].near_target
    assert texts["Harm is defined by the annotators."].section == "1 Introduction"
    assert not texts["Another paragraph with no dataset named here."].near_target
    assert not any("taxonomy" in t for t in texts)
    assert all(s.page == 1 for s in sentences)


def test_confidence_rises_with_evidence():
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    one = PassageText("a", "We evaluate on the HH-RLHF test set.", section="5 Results")
    two = PassageText("b", "We report win rates on HH-RLHF prompts.", section="5 Results")
    weak = {s.dimension: s for s in coder.suggest("u", [one])}["role"]
    strong = {s.dimension: s for s in coder.suggest("u", [one, two])}["role"]
    assert weak.codes == strong.codes == ["evaluation"]
    assert 0.5 <= weak.confidence < strong.confidence < 1
    nothing = {s.dimension: s for s in coder.suggest("u", [PassageText("x", "HH-RLHF.")])}
    near_miss = {s.dimension: s for s in coder.suggest("u", [PassageText(
        "y", "Reward models are discussed around HH-RLHF.", section="2 Related Work")])}
    assert nothing["role"].codes == near_miss["role"].codes == ["mention_only"]
    assert near_miss["role"].confidence < nothing["role"].confidence


# --- unusable LLM answers: not stored, not counted as coded, retried by a rerun ---
FULL_ANSWER = json.dumps({
    "role": {"codes": ["reward_model"], "confidence": 0.8}, "subset": {"codes": ["harmless"]},
    "framing": {"codes": ["harmlessness"]}, "critical_engagement": {"codes": ["no"]},
    "harm_definition": {"codes": ["no"]},
})


def titled(prompt_answers: dict[str, str], default: str = FULL_ANSWER):
    """A fake model's answer chosen by the paper title in the prompt."""
    def answer(request: dict) -> str:
        prompt = request["messages"][-1]["content"]
        return next((a for title, a in prompt_answers.items() if f"Paper: {title}\n" in prompt),
                    default)
    return answer


def asked_titles(server: FakeOpenAI) -> list[str]:
    return [r["body"]["messages"][-1]["content"].split("Paper: ")[1].split("\n")[0]
            for r in server.requests]


def llm_config(server: FakeOpenAI) -> Config:
    return Config(openai_base_url=server.base_url, openai_model="tiny-model")


def test_unusable_llm_answers_are_not_stored_and_a_rerun_retries_only_them(tmp_path):
    book = coding.load_codebook("hh_usage")
    store = corpus_store(tmp_path / "s.sqlite")
    bad = {"Reward paper": json.dumps({d: {"codes": ["not_a_code"]} for d in
                                       book.dimension_names}),  # codes not in the codebook
           "Survey paper": ""}  # empty answer
    with FakeOpenAI(titled(bad)) as server:
        first = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert first.n_llm_units == 1 and first.n_llm_unusable == 2
        assert [unit_id for unit_id, _ in first.llm_unusable] == ["p-rm", "p-mention"]
        assert dict(first.llm_unusable)["p-rm"] == "Reward paper"
    stored = {(r["unit_id"], r["dimension"]) for r in store.coding.list_codes(
        book.name, book.version, book.unit_type, LLM_CODER)}
    assert {unit for unit, _ in stored} == {"p-dpo"}  # no codes, no raw answer for the others
    assert ("p-dpo", ANSWER_DIMENSION) in stored

    # The endpoint answers well now: the rerun asks exactly the two unusable papers again.
    with FakeOpenAI(titled({})) as server:
        again = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert sorted(asked_titles(server)) == ["Reward paper", "Survey paper"]
        assert again.n_llm_units == 2 and again.n_llm_unusable == 0
        assert again.n_llm_skipped == 1 and again.n_unchanged == 3  # rules: fingerprints hold
        assert set(coding.suggestions_of(store, book, coder=LLM_CODER)) == {
            "p-dpo", "p-rm", "p-mention"}
        third = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert third.llm_requests == 0 and third.n_llm_skipped == 3
        assert len(server.requests) == 2

    # --refresh asks every paper; an unusable answer then keeps the earlier suggestions.
    before = coding.suggestions_of(store, book, coder=LLM_CODER)
    with FakeOpenAI(titled({"Reward paper": "no idea"})) as server:
        refreshed = autocode.run(store, llm_config(server), codebook=book,
                                 use_llm=True, refresh=True)
    assert refreshed.n_llm_unusable == 1 and refreshed.llm_unusable_kept == 1
    assert coding.suggestions_of(store, book, coder=LLM_CODER)["p-rm"] == before["p-rm"]
    note = autocode.unusable_note(refreshed)
    assert "1 of 3 LLM answers" in note and "1 keep their earlier" in note
    assert "rerun" not in note  # a plain rerun would not ask for it again


def test_a_partial_answer_keeps_its_usable_dimensions_and_counts_as_coded(tmp_path):
    book = coding.load_codebook("hh_usage")
    store = corpus_store(tmp_path / "s.sqlite")
    partial = json.dumps({"role": {"codes": ["evaluation"]}, "framing": {"codes": ["bogus"]}})
    with FakeOpenAI(titled({"Reward paper": partial})) as server:
        summary = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert summary.n_llm_units == 3 and summary.n_llm_partial == 1
        assert summary.n_llm_unusable == 0
        assert any("p-rm.framing" in w for w in summary.warnings)
    assert set(coding.suggestions_of(store, book, coder=LLM_CODER)["p-rm"]) == {"role"}


def many_papers_store(path: Path, n: int) -> Store:
    """A selection of n papers, each with one passage, titled 'Paper 1' ... 'Paper n'."""
    store = Store(path)
    ids = [f"q{i:02d}" for i in range(1, n + 1)]
    store.literature.upsert_papers([{"paperId": TARGET, "title": "HH"}] + [
        {"paperId": pid, "title": f"Paper {i}", "year": 2024}
        for i, pid in enumerate(ids, start=1)])
    store.literature.insert_selection(
        TARGET, "citations", n, None, n, 0,
        [(pid, [pid], {"citation_count": n - i}) for i, pid in enumerate(ids)])
    for pid in ids:
        store.documents.upsert_extraction(pid, "ok", pages=["text"], passages=[
            {"passage_id": f"{pid}-0", "page": 1, "section": "4 Experiments",
             "sentence": "We fine-tune on the HH-RLHF preference pairs.", "context_before": "",
             "context_after": "", "matched": "HH-RLHF", "match_kind": "alias",
             "duplicate_of": None, "position": 0}])
    return store


def test_cli_reports_unusable_answers_in_one_warning_with_a_retry_hint(tmp_path, caplog):
    store_path = tmp_path / "s.sqlite"
    many_papers_store(store_path, 9).close()
    # Paper 1 and Paper 2 get a good answer; the seven others prose, not JSON.
    answers = {f"Paper {i}": "I would say this paper trains a reward model."
               for i in range(3, 10)}
    config = tmp_path / "citeaudit.toml"
    runner = CliRunner()
    with FakeOpenAI(titled(answers)) as server:
        config.write_text(f'openai_base_url = "{server.base_url}"\n'
                          'openai_model = "tiny-model"\n')
        base = ["--config", str(config), "--store", str(store_path)]
        result = runner.invoke(main, base + ["code", "auto", "--llm"])
        assert result.exit_code == 0, result.output
        assert result.output.count("warning") == 1, result.output
        assert "holds no JSON object" not in result.output  # per-answer detail only in --debug
        flat = " ".join(result.output.split())
        assert "LLM coded 2, 7 unusable, skipped 0 already coded" in flat
        assert "7 of 9 LLM answers were unusable" in flat
        assert 'q03 "Paper 3"' in flat and "and 4 more" in flat and "q09" not in flat
        assert "rerun `citeaudit code auto --llm`" in flat

        # The per-answer detail is logged at debug level (`--debug`).
        with caplog.at_level(logging.DEBUG, logger="citeaudit.literature.autocode"):
            caplog.clear()
            server.answer = titled({"Paper 9": "still not JSON"})
            result = runner.invoke(main, base + ["--debug", "code", "auto", "--llm"])
        assert result.exit_code == 0, result.output
        assert sorted(asked_titles(server)[9:]) == sorted(f"Paper {i}" for i in range(3, 10))
        assert any("q09: the model's answer holds no JSON object" in r.getMessage()
                   for r in caplog.records if r.levelno == logging.DEBUG)
        flat = " ".join(result.output.split())
        assert "LLM coded 6, 1 unusable, skipped 2 already coded" in flat
        assert '1 of 7 LLM answers were unusable' in flat and "more" not in flat

        server.answer = titled({})
        result = runner.invoke(main, base + ["code", "auto", "--llm"])
        assert result.exit_code == 0 and "warning" not in result.output, result.output
        assert asked_titles(server)[16:] == ["Paper 9"]


# --- LLM fingerprints: a rerun asks again only papers whose prompt changed ---
def reextract(store: Store, paper_id: str, **changes: str) -> None:
    """Store a paper's passages again as the extract stage does (`upsert_extraction`), with
    some fields of every passage changed; the sentence, and so the passage id, kept."""
    rows = [dict(r) for r in store.documents.list_paper_passages(paper_id, "pdf")]
    pages = store.documents.list_page_texts(paper_id)
    store.documents.upsert_extraction(paper_id, "ok", pages=pages, passages=[
        {key: r[key] for key in ("passage_id", "page", "section", "sentence", "context_before",
                                 "context_after", "matched", "match_kind", "duplicate_of",
                                 "position")} | changes
        for r in rows], extractor_version=3)


def test_llm_rerun_asks_again_only_papers_whose_prompt_changed(tmp_path):
    book = coding.load_codebook("hh_usage")
    store = corpus_store(tmp_path / "s.sqlite")
    store.coding.upsert_codes([{"unit_type": "paper", "unit_id": "p-rm", "codebook": book.name,
                                "codebook_version": book.version, "dimension": "role",
                                "coder": "alice", "value": ["evaluation"]}], source="alice")
    with FakeOpenAI(titled({})) as server:
        first = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert first.n_llm_units == 3 and len(server.requests) == 3
        fingerprints = stored_fingerprints(store, book, LLM_CODER)
        assert set(fingerprints) == {"p-dpo", "p-rm", "p-mention"}

        unchanged = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert len(server.requests) == 3 and unchanged.llm_requests == 0
        assert unchanged.n_llm_skipped == 3 and unchanged.n_llm_changed == 0

        # Re-extraction changed the context around p-rm's passage (same sentence, same id).
        reextract(store, "p-rm", context_after="Figure 3: SFT")
        changed = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert asked_titles(server)[3:] == ["Reward paper"] and changed.llm_requests == 1
        assert changed.n_llm_changed == 1 and changed.n_llm_skipped == 2
        assert "Figure 3: SFT" in server.requests[-1]["body"]["messages"][-1]["content"]
        after = stored_fingerprints(store, book, LLM_CODER)
        assert after["p-rm"] != fingerprints["p-rm"] and after["p-dpo"] == fingerprints["p-dpo"]

        # A new passage (a new id) for p-dpo: asked again once; then nothing more to ask.
        store.documents.upsert_extraction("p-dpo", "ok", pages=["text"], passages=[
            {"passage_id": "3f2a9c0d1e4b5a67", "page": 2, "section": "5 Results",
             "sentence": "We evaluate on the HH-RLHF harmless test split.",
             "matched": "HH-RLHF", "match_kind": "alias"}])
        assert autocode.run(store, llm_config(server), codebook=book,
                            use_llm=True).llm_requests == 1
        assert asked_titles(server)[4:] == ["Preference tuning paper"]
        assert autocode.run(store, llm_config(server), codebook=book,
                            use_llm=True).llm_requests == 0
    assert coding.code_table(store, book)["alice"]["p-rm"] == {"role": ["evaluation"]}


def test_a_new_codebook_version_or_model_asks_every_paper_again(tmp_path):
    book = coding.load_codebook("hh_usage")
    text = Path(coding.codebook.SCHEME_DIR / "hh_usage.yaml").read_text()
    bumped = coding.parse_codebook(text.replace(f"version: {book.version}",
                                                f"version: {book.version}.1", 1), "bumped.yaml")
    assert bumped.version == f"{book.version}.1"
    store = corpus_store(tmp_path / "s.sqlite")
    with FakeOpenAI(titled({})) as server:
        autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        again = autocode.run(store, llm_config(server), codebook=bumped, use_llm=True)
        assert again.llm_requests == 3 and again.n_llm_units == 3
        assert autocode.run(store, llm_config(server), codebook=bumped,
                            use_llm=True).llm_requests == 0

        other_model = Config(openai_base_url=server.base_url, openai_model="bigger-model")
        switched = autocode.run(store, other_model, codebook=bumped, use_llm=True)
        assert switched.llm_requests == 3 and switched.n_llm_changed == 3
        assert {r["body"]["model"] for r in server.requests[-3:]} == {"bigger-model"}
        assert len(server.requests) == 9


def test_llm_codes_without_a_fingerprint_are_kept_and_reported(tmp_path):
    """Codes an older citeaudit stored (codes and raw answer, no fingerprint) are not asked
    again by a plain rerun; the CLI names them and --refresh-unrecorded asks for them."""
    book = coding.load_codebook("hh_usage")
    store_path = tmp_path / "s.sqlite"
    store = corpus_store(store_path)
    autocode.run(store, Config(), codebook=book)  # units registered, rule codes stored
    coding.store_auto_codes(store, book, [
        coding.Suggestion(pid, "role", ["evaluation"]) for pid in ("p-dpo", "p-rm")],
        coder=LLM_CODER)
    store.close()
    config = tmp_path / "citeaudit.toml"
    runner = CliRunner()
    with FakeOpenAI(titled({})) as server:
        config.write_text(f'openai_base_url = "{server.base_url}"\n'
                          'openai_model = "tiny-model"\n')
        base = ["--config", str(config), "--store", str(store_path)]
        result = runner.invoke(main, base + ["code", "auto", "--llm"])
        assert result.exit_code == 0, result.output
        assert asked_titles(server) == ["Survey paper"]  # the one never coded
        flat = " ".join(result.output.split())
        assert "2 paper(s) keep LLM suggestions from an older citeaudit" in flat
        assert "--refresh-unrecorded" in flat
        with Store(store_path) as store:
            kept = coding.suggestions_of(store, book, coder=LLM_CODER)
            assert kept["p-rm"]["role"].codes == ["evaluation"]

        result = runner.invoke(main, base + ["code", "auto", "--llm", "--refresh-unrecorded"])
        assert result.exit_code == 0, result.output
        assert sorted(asked_titles(server)[1:]) == ["Preference tuning paper", "Reward paper"]
        assert "older citeaudit" not in result.output
        result = runner.invoke(main, base + ["code", "auto", "--llm"])
        flat = " ".join(result.output.split())
        assert "skipped 3 already coded, 0 asked again because their inputs changed" in flat
        assert "0 requests" in flat and len(server.requests) == 3
    with Store(store_path) as store:
        assert coding.suggestions_of(store, book, coder=LLM_CODER)["p-rm"]["role"].codes == [
            "reward_model"]


def test_a_changed_paper_with_an_unusable_answer_keeps_its_codes_and_is_asked_again(tmp_path):
    book = coding.load_codebook("hh_usage")
    store = corpus_store(tmp_path / "s.sqlite")
    with FakeOpenAI(titled({})) as server:
        autocode.run(store, llm_config(server), codebook=book, use_llm=True)
    before = coding.suggestions_of(store, book, coder=LLM_CODER)["p-rm"]
    reextract(store, "p-rm", section="3 Method")
    with FakeOpenAI(titled({"Reward paper": "no idea"})) as server:
        summary = autocode.run(store, llm_config(server), codebook=book, use_llm=True)
        assert summary.llm_requests == 1 and summary.n_llm_unusable == 1
        assert summary.llm_unusable_kept == 1 and summary.llm_unusable_retry == 1
        note = autocode.unusable_note(summary)
        assert "ask again for this one only" in note and "1 keep their earlier" in note
    assert coding.suggestions_of(store, book, coder=LLM_CODER)["p-rm"] == before
    with FakeOpenAI(titled({})) as server:
        assert autocode.run(store, llm_config(server), codebook=book,
                            use_llm=True).llm_requests == 1
        assert asked_titles(server) == ["Reward paper"]
