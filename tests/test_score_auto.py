"""`code score-auto`: kappa with a seeded bootstrap interval on the seven columns of the
literature analysis, the evidence behind each disagreement, the LLM coder's codes scored the
same way (a real local OpenAI-compatible server), and the LLM prompt's kinds and sections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from cli_output import flat
from click.testing import CliRunner
from fake_openai import FakeOpenAI

from citeaudit import coding
from citeaudit.cli import main
from citeaudit.coding.reliability import cohen_kappa, kappa_interval
from citeaudit.core.config import Config
from citeaudit.literature import autocode
from citeaudit.literature.gold import code_by_rules
from citeaudit.literature.llmcode import LLMCoder
from citeaudit.literature.rulecode import PaperSentence, PassageText, RuleCoder
from citeaudit.store import Store

TARGET = "hh-target"
# arXiv id: (title, passages); the gold below says what each paper does.
PAPERS = {
    "2401.00001": ("Preference tuning paper", [
        "We fine-tune Pythia with DPO on the Anthropic HH-RLHF preference pairs.",
        "We report win rates against the chosen responses of the HH-RLHF test set.",
    ]),
    "2401.00002": ("Reward paper", [
        "Our reward model is trained on the harmless-base comparisons of HH-RLHF.",
    ]),
    "2401.00003": ("Red team paper", [
        "We sample attacks from the red-team attempts released with HH-RLHF.",
    ]),
    "2401.00004": ("Survey paper", [
        "Preference datasets such as HH-RLHF have been released by several labs.",
    ]),
}
GOLD_CODES = {
    "2401.00001": {"role": ["policy_dpo", "evaluation"], "subset": ["unspecified"]},
    "2401.00002": {"role": ["reward_model"], "subset": ["harmless"]},
    # The hand codes say the red-team paper also trains on HH: one disagreement for the rules.
    "2401.00003": {"role": ["red_teaming", "policy_rlhf"], "subset": ["red_team"]},
    "2401.00004": {"role": ["mention_only"], "subset": ["unspecified"]},
}


def small_store(path: Path) -> Store:
    store = Store(path)
    store.literature.upsert_papers([{"paperId": TARGET, "title": "HH"}] + [
        {"paperId": f"s2-{arxiv}", "title": title, "year": 2024,
         "externalIds": {"ArXiv": arxiv}} for arxiv, (title, _) in PAPERS.items()])
    store.literature.insert_selection(TARGET, "citations", 4, None, 4, 0, [
        (f"s2-{arxiv}", [f"s2-{arxiv}"], {"citation_count": 10 - i})
        for i, arxiv in enumerate(PAPERS)])
    for arxiv, (_, sentences) in PAPERS.items():
        store.documents.upsert_extraction(f"s2-{arxiv}", "ok", pages=["text"], passages=[
            {"passage_id": f"{arxiv}-{k}", "page": 3 + k, "section": "4 Experiments",
             "sentence": sentence, "context_before": "", "context_after": "",
             "matched": "HH-RLHF", "match_kind": "alias", "duplicate_of": None, "position": k}
            for k, sentence in enumerate(sentences)])
    return store


def gold_file(path: Path) -> Path:
    papers = [{"file": f"pdfs/{arxiv}.pdf", "title": PAPERS[arxiv][0],
               "codes": {**codes, "framing": "both", "critical_engagement": "no",
                         "harm_definition": "no"},
               "note": f"hand note for {arxiv}", "page": 4}
              for arxiv, codes in GOLD_CODES.items()]
    path.write_text(yaml.safe_dump({"codebook": "hh_usage", "version": 2, "papers": papers}))
    return path


def llm_answer(request: dict) -> str:
    """A model that calls every paper a reward-model study, citing its first passage."""
    prompt = request["messages"][-1]["content"]
    first = next(line.split("]")[0][1:] for line in prompt.splitlines()
                 if line.startswith("[") and "] (" in line)
    return json.dumps({"role": {"codes": ["reward_model"], "evidence": [first]},
                       "subset": {"codes": ["unspecified"]}, "framing": {"codes": ["both"]},
                       "critical_engagement": {"codes": ["no"]},
                       "harm_definition": {"codes": ["no"]}})


def test_kappa_interval_is_reproducible_with_the_seed():
    pairs = [(True, True)] * 6 + [(False, False)] * 6 + [(True, False), (False, True)] * 2
    first = kappa_interval(pairs, draws=300, seed=7)
    assert first == kappa_interval(pairs, draws=300, seed=7)
    assert first != kappa_interval(pairs, draws=300, seed=8)
    low, high = first
    assert -1 <= low < cohen_kappa(pairs) < high <= 1
    assert all(v != v for v in kappa_interval([(True, True)] * 5))  # one value: undefined


def test_score_auto_prints_columns_and_the_evidence_of_each_disagreement(tmp_path):
    store_path = tmp_path / "s.sqlite"
    small_store(store_path).close()
    gold = gold_file(tmp_path / "gold.yaml")
    runner = CliRunner()
    config = tmp_path / "citeaudit.toml"
    with FakeOpenAI(llm_answer) as server:
        config.write_text(f'openai_base_url = "{server.base_url}"\n'
                          'openai_model = "tiny-model"\n')
        base = ["--config", str(config), "--store", str(store_path)]
        result = runner.invoke(main, base + ["code", "auto", "--llm"])
        assert result.exit_code == 0, result.output
    command = base + ["code", "score-auto", str(gold), "--stored", "--seed", "3",
                      "--bootstrap", "200"]
    result = runner.invoke(main, command)
    assert result.exit_code == 0, result.output
    text = flat(result.output)
    assert "auto vs gold.yaml, all papers: 4 papers" in text
    for column in ("trains on HH", "evaluates on HH", "reward model", "red-team subset",
                   "mention only", "critiques HH", "harmlessness definition"):
        assert column in text
    # The rules miss the red-team paper's training: the disagreement shows both sides.
    assert ("pdfs/2401.00003.pdf Red team paper: trains on HH: gold yes, auto no" in text)
    assert "gold: page 4; hand note for 2401.00003" in text
    # Reward model: rules agree on all four papers (kappa 1.00, no disagreement).
    assert "reward model │ 1 │ 1 │ 1.00 │" in text
    # The LLM's codes are scored the same way, with the passage it cited as evidence.
    assert "auto-llm vs gold.yaml, all papers: 4 papers" in text
    assert ("pdfs/2401.00004.pdf Survey paper: reward model: gold no, auto yes" in text)
    assert ("auto: p. 3, 4 Experiments: Preference datasets such as HH-RLHF have been "
            "released by several labs." in text)
    # The same seed gives the same intervals.
    assert flat(runner.invoke(main, command).output) == text


def test_score_auto_splits_held_out_from_development_papers(tmp_path):
    store_path = tmp_path / "s.sqlite"
    store = small_store(store_path)
    autocode.run(store, Config(), codebook=coding.load_codebook("hh_usage"))
    store.close()
    gold = gold_file(tmp_path / "gold.yaml")
    runner = CliRunner()
    base = ["--store", str(store_path), "code", "score-auto", str(gold), "--stored"]
    result = runner.invoke(main, base + ["--held-out", "2401.00003",
                                         "--held-out", "2401.00004.pdf"])
    assert result.exit_code == 0, result.output
    text = flat(result.output)
    assert "auto vs gold.yaml, held-out papers: 2 papers" in text
    assert "development papers (the rules were written from these): 2 papers" in text
    bad = runner.invoke(main, base + ["--held-out", "2499.99999"])
    assert bad.exit_code == 1 and "--held-out: not in the gold file: 2499.99999" in bad.output


def test_score_auto_stored_needs_stored_codes(tmp_path):
    store_path = tmp_path / "s.sqlite"
    small_store(store_path).close()
    gold = gold_file(tmp_path / "gold.yaml")
    result = CliRunner().invoke(main, ["--store", str(store_path), "code", "score-auto",
                                       str(gold), "--stored"])
    assert result.exit_code == 1
    assert "no stored automatic codes" in flat(result.output)


def test_llm_prompt_shows_passage_kinds_and_sections():
    book = coding.load_codebook("hh_usage")
    coder = LLMCoder(book, "http://127.0.0.1:9/v1", "tiny-model")
    try:
        prompt = coder.prompt("A paper", [
            PassageText("a", "We train on HH-RLHF.", section="4.2 Training Setup"),
            PassageText("b", "The HH RLHF model refuses.", section="2 Related Work",
                        kind="model_name"),
            PassageText("c", "HH-RLHF 160k", kind="table_figure"),
        ])[-1]["content"]
    finally:
        coder.close()
    assert ("[a] (names the dataset; section 4.2 Training Setup (method, experiments or "
            "appendix))" in prompt)
    assert ("[b] (names a model trained on the dataset, not the data; section 2 Related Work "
            "(introduction, background or related work))" in prompt)
    assert "[c] (text of a table or figure; section unknown)" in prompt
    assert "Give mention_only only when no use is found" in prompt


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus"


@pytest.mark.skipif(not (CORPUS / "manifest.csv").exists(),
                    reason="shared corpus ../shared/data/corpus not present")
def test_score_auto_on_pdfs_also_scores_stored_llm_answers(tmp_path):
    """The PDF route scores the rules and, when the store holds LLM answers for the gold
    papers, the LLM coder too."""
    store = Store(tmp_path / "s.sqlite")
    arxiv = "2305.18290"
    store.literature.upsert_papers([{"paperId": TARGET, "title": "HH"}, {
        "paperId": "s2-dpo", "title": "DPO", "externalIds": {"ArXiv": arxiv}}])
    store.literature.insert_selection(TARGET, "citations", 1, None, 1, 0,
                                      [("s2-dpo", ["s2-dpo"], {"citation_count": 1})])
    store.documents.upsert_extraction("s2-dpo", "ok", pages=["text"], passages=[
        {"passage_id": "dpo-0", "page": 7, "section": "6 Experiments",
         "sentence": "We use the Anthropic HH dataset.", "context_before": "",
         "context_after": "", "matched": "HH", "match_kind": "alias", "duplicate_of": None,
         "position": 0}])
    book = coding.load_codebook("hh_usage")
    with FakeOpenAI(llm_answer) as server:
        autocode.run(store, Config(openai_base_url=server.base_url, openai_model="m"),
                     codebook=book, use_llm=True)
    store.close()
    gold = tmp_path / "gold.yaml"
    data = yaml.safe_load((Path(__file__).parent / "data" / "hh_usage_gold.yaml").read_text())
    data["papers"] = [p for p in data["papers"] if arxiv in p["file"]]
    gold.write_text(yaml.safe_dump(data))
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "code",
                                       "score-auto", str(gold), "--pdf-dir", str(CORPUS)])
    assert result.exit_code == 0, result.output
    text = flat(result.output)
    assert "rules vs gold.yaml, all papers: 1 papers" in text
    assert "auto-llm vs gold.yaml, all papers: 1 papers" in text


def test_rule_evidence_shows_what_drove_each_column_in_full():
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    stated = PassageText("s", "Our human preference dataset comes from the Anthropic HH dataset.",
                         section="4 Experimental Evaluation")
    method = PaperSentence("After the supervised stage, we independently perform PPO on the "
                           "same pairs for three epochs.", page=5,
                           section="4 Experimental Evaluation")
    labels = {"s": "p. 4, 4 Experimental Evaluation: Our human preference dataset ..."}
    paper = code_by_rules(coder, "u", [stated], [method], labels)
    assert paper.evidence["trains on HH"] == [
        "policy_rlhf: score 1.00",
        "  p. 5, 4 Experimental Evaluation: After the supervised stage, we independently "
        "perform PPO on the same pairs for three epochs."]
    assert paper.evidence["mention only"] == [
        "the paper's own use is stated in:", labels["s"]]
    survey = code_by_rules(coder, "v", [PassageText("x", "Datasets such as HH-RLHF exist.",
                                                    section="2 Related Work")], [], {})
    assert survey.evidence["mention only"] == [
        "no passage states the paper's own use of the data"]
    assert survey.evidence["red-team subset"] == ["no cue for red_team"]
