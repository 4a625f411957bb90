"""Issue 17: the bibliography heading, names of the dataset beyond the aliases, and passage
kinds (dataset use, citation, model name, table or figure text).

Unit tests build text and blocks by hand; the corpus tests read shared PDFs that were not
held out of the rule writing (docs/validation.md, "Passages"). The sentences expected below
were read from PyMuPDF's plain page text of those PDFs, not from the extractor's output.
"""

from __future__ import annotations

import re

import pytest
from corpus_fixtures import extract_corpus_pdf, needs_corpus

from citeaudit.core.config import DEFAULT_ALIASES
from citeaudit.literature.extract.aliases import (
    OwnerWords,
    defined_short_names,
    url_alias_spans,
)
from citeaudit.literature.extract.kinds import Hit, passage_kind
from citeaudit.literature.extract.layout import classify_blocks
from citeaudit.literature.extract.paragraphs import find_passages, paragraphs
from citeaudit.literature.extract.records import Block
from citeaudit.literature.extract.sentences import SentenceMatcher

PROSE = ("We collect preference comparisons from crowdworkers who talk to the assistant and "
         "choose the better of two answers at every turn of the conversation.")




def block(page: int, text: str, y0: float = 100.0) -> Block:
    return Block(page, text, 72.0, y0, 540.0, y0 + 20, 1)


def found(matcher: SentenceMatcher, *texts: str) -> list:
    return find_passages("p", paragraphs([block(1, t, 100 + 30 * i)
                                          for i, t in enumerate(texts)]), matcher, None)


def squashed(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------
# (a) "Reference" in a figure is not the bibliography heading
# ---------------------------------------------------------------------------
def test_a_reference_label_in_a_figure_does_not_start_the_bibliography():
    blocks = [block(2, "Reference"), block(2, "Model"), block(2, "Model", 130),
              block(2, PROSE, 200), block(9, "References", 100),
              block(9, "[1] Y. Bai, A. Jones. Training a helpful and harmless assistant. 2022.",
                    130),
              block(9, "[2] P. Christiano. Deep reinforcement learning from preferences. 2017.",
                    160)]
    classify_blocks(blocks)
    assert [b.kind for b in blocks] == ["body", "body", "body", "body", "heading", "bib", "bib"]


@pytest.mark.parametrize("first_entry", [
    "Bai, Y., Jones, A., and Ndousse, K. Training a helpful and",
    "Stuart Armstrong and Sören Mindermann. Occam's razor is insufficient to infer the",
    "Rachel A. Ankeny and Sabina Leonelli. Model Organisms. Cambridge University Press,",
])
def test_a_references_heading_followed_by_entries_still_starts_it(first_entry):
    blocks = [block(9, "References"), block(9, first_entry, 130),
              block(9, "harmless assistant. arXiv preprint, 2022a.", 160)]
    classify_blocks(blocks)
    assert [b.kind for b in blocks] == ["heading", "bib", "bib"]


@needs_corpus
def test_sentences_after_a_reference_model_figure_are_kept(matcher):
    # Both papers draw a "Reference Model" box on page 2; the rest of the page was dropped.
    rrhf = extract_corpus_pdf("2304.05302", matcher)
    assert any("Our experiments are conducted on Anthropic’s Helpful and Harmless dataset [3]"
               in p.sentence and p.page == 2 for p in rrhf.passages)
    shaping = extract_corpus_pdf("2502.18770", matcher)
    assert any("two widely used RLHF datasets, Ultrafeedback-Binarized (Cui et al., 2023) and "
               "HH-RLHF (Bai et al., 2022)" in p.sentence and p.page == 2
               for p in shaping.passages)


# ---------------------------------------------------------------------------
# (b) Names: the owner's name with the aliases' words, URLs, a paper's own short names
# ---------------------------------------------------------------------------
def test_owner_words_come_from_the_aliases():
    words = OwnerWords.from_aliases(DEFAULT_ALIASES)
    assert words.owners == {"anthropic", "dahoas"}
    assert {"hh", "helpful", "harmless", "helpfulness", "harmlessness"} <= words.naming


@pytest.mark.parametrize("sentence, name", [
    ("We train on the Anthropic Harmless split.", "Anthropic Harmless"),
    ("Prompts come from the Anthropic training dataset.", "Anthropic training dataset"),
    ("We use Anthropic’s Helpful and Harmless dataset [3].",
     "Anthropic’s Helpful and Harmless dataset"),
    ("Since the release of the Anthropic Helpfulness and Harmlessness (HH) dataset.",
     "Anthropic Helpfulness and Harmlessness"),
])
def test_the_owner_with_the_aliases_words_or_a_data_noun_names_the_dataset(
        matcher, sentence, name):
    [passage] = found(matcher, sentence)
    assert name in passage.matched.split(" | ")
    assert passage.passage_kind == "dataset_use"


@pytest.mark.parametrize("sentence", [
    "We evaluate Anthropic’s Claude v1.3 and OpenAI’s GPT-4 on these prompts.",
    "This includes prompts from the Anthropic Red-Teaming dataset [11] and others.",
    "Much of Anthropic’s training infrastructure was used for these runs.",
])
def test_the_owner_alone_or_with_other_words_is_not_the_dataset(matcher, sentence):
    assert found(matcher, sentence) == []


def test_aliases_inside_urls_and_hub_paths():
    text = ("11The data is available at https://github.com/anthropics/hh-rlhf. "
            "7https://huggingface.co/datasets/Dahoas/full-hh-rlhf and "
            "https://huggingface.co/Dahoas/gptj-rm-static")
    urls = [url for _a, _b, url in url_alias_spans(text, DEFAULT_ALIASES)]
    # the reward model checkpoint trained on a copy of HH is a model, not the data
    assert urls == ["https://github.com/anthropics/hh-rlhf",
                    "https://huggingface.co/datasets/Dahoas/full-hh-rlhf"]


def test_a_footnote_that_is_only_a_url_is_a_dataset_use(matcher):
    [passage] = found(matcher, PROSE, "2https://huggingface.co/datasets/Dahoas/ rm-static")
    assert passage.passage_kind == "dataset_use"


@pytest.mark.parametrize("definition, short", [
    ("We use the Helpful and Harmless (HH) dataset [3].", "HH"),
    ("We use the HH-RLHF dataset (hereafter HH-R) for all runs.", "HH-R"),
    ("Our data is the Anthropic HH dataset; we refer to it as “AHH” below.", "AHH"),
])
def test_short_names_a_paper_defines_become_aliases_in_that_paper(matcher, definition, short):
    later = f"The policy trained on {short} refuses more often than the base model."
    passages = found(matcher, definition, PROSE, later)
    assert [p.sentence for p in passages] == [definition, later]
    assert passages[1].matched == short and passages[1].passage_kind == "dataset_use"
    # without the definition the same sentence is nothing
    assert found(matcher, PROSE, later) == []


def test_a_short_name_defined_for_something_else_is_not_learned():
    text = "Helpful (H) RLHF and helpful & harmless (HH) RLHF are similar to prior work."
    assert defined_short_names(text, []) == set()
    assert defined_short_names("HH-RLHF (HH) is used.", [(7, "HH-RLHF")]) == {"HH"}


@needs_corpus
def test_footnote_urls_of_the_dataset_are_passages(matcher):
    cai = extract_corpus_pdf("2212.08073", matcher)
    assert any("The data is available at https://github.com/anthropics/hh-rlhf" in p.sentence
               and p.passage_kind == "dataset_use" for p in cai.passages)
    rrhf = extract_corpus_pdf("2304.05302", matcher)
    assert any("huggingface.co/datasets/Dahoas/full-hh-rlhf" in p.sentence
               and p.passage_kind == "dataset_use" for p in rrhf.passages)


# ---------------------------------------------------------------------------
# (c) Kinds: sample rows, table cells and legends, model names, citations
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, hits, kind", [
    ("HH RLHF Response → It sounds like an unhealthy and abusive relationship.",
     [Hit("HH RLHF", "alias")], "table_figure"),
    ("Model response: I cannot help with that request from HH-RLHF.",
     [Hit("HH-RLHF", "alias")], "table_figure"),
    ("SL-CAI Helpful RLHF HH RLHF RL-CAI RL-CAI w/ CoT", [Hit("HH RLHF", "alias")],
     "table_figure"),
    ("Anthropic-HH Dialogue Win Rate vs Chosen", [Hit("Anthropic-HH", "alias")],
     "table_figure"),
    ("Dataset Number Samples HH-RLHF (test set) 344 ToxiGen (test set) 940 Evaluation "
     "prompts 1284", [Hit("HH-RLHF", "alias")], "table_figure"),
    ("We keep 344 of the 940 HH-RLHF test prompts and 1284 in all.",
     [Hit("HH-RLHF", "alias")], "dataset_use"),
    ("Table 2: Automatic evaluation on HH dataset. ρ Setting PPL Reward 21.46 -1.24 20.78",
     [Hit("HH dataset", "alias")], "dataset_use"),
    ("We compare against the 52B HH RLHF model on these prompts.",
     [Hit("HH RLHF", "alias", before_model=True)], "model_name"),
    ("In prior work [2], we found that the HH RLHF models are evasive.",
     [Hit("[2]", "marker"), Hit("HH RLHF", "alias", before_model=True)], "citation"),
    ("RLHF improves the quality of outputs (Bai et al., 2022a).",
     [Hit("Bai et al., 2022a", "marker")], "citation"),
    ("The PM is trained on datasets where crowdworkers label preferences (Bai et al., 2022a).",
     [Hit("Bai et al., 2022a", "marker")], "dataset_use"),
    ("Human Feedback (RLHF) techniques (Ouyang et al., 2022; Bai et al., 2022a).",
     [Hit("Bai et al., 2022a", "marker")], "citation"),  # a fragment cut by the layout
    ("We train the policy on HH-RLHF.", [Hit("HH-RLHF", "alias")], "dataset_use"),
])
def test_passage_kind(sentence, hits, kind):
    assert passage_kind(sentence, hits) == kind


def test_a_name_the_paper_only_uses_for_models_gives_model_name_passages(matcher):
    passages = found(
        matcher, "The HH RLHF models were trained with human feedback in prior work.",
        "We compare samples from the 52B HH RLHF model with ours.",
        "The new method is less evasive than HH RLHF on every prompt set we tried.")
    assert [p.passage_kind for p in passages] == ["model_name"] * 3


def test_a_name_also_used_for_data_keeps_its_dataset_use_passages(matcher):
    passages = found(matcher, "We train our policy on the HH-RLHF dataset for one epoch.",
                     "The HH-RLHF models are compared with ours.",
                     "The new method is less evasive than HH-RLHF on every prompt set.")
    assert [p.passage_kind for p in passages] == ["dataset_use", "model_name", "dataset_use"]


@needs_corpus
def test_constitutional_ai_sample_rows_legends_and_model_names_are_not_dataset_use(matcher):
    passages = extract_corpus_pdf("2212.08073", matcher).passages
    kinds = {squashed(p.sentence): p.passage_kind for p in passages}
    rows = [p.passage_kind for p in passages if re.match(r"HH RLHF Response →", p.sentence)]
    assert len(rows) == 16 and set(rows) == {"table_figure"}  # appendix D, pages 23-29
    assert kinds["Helpful RLHF HH RLHF RL-CAI RL-CAI w/ CoT"] == "table_figure"  # legend
    assert kinds["We find that RL-CAI CoT is similarly harmless but significantly less evasive "
                 "than both versions of HH RLHF."] == "model_name"
    assert kinds["We believe this is because penalizing evasiveness generally improves helpful "
                 "RLHF scores and decreases HH RLHF scores."] == "model_name"
    # citing the key stays evidence
    assert kinds["All our RL runs used the same hyperparameters as our prior work "
                 "[Bai et al., 2022]."] == "citation"


@needs_corpus
def test_dpo_plot_titles_are_figure_text_but_its_captions_are_dataset_use(matcher):
    passages = extract_corpus_pdf("2305.18290", matcher).passages
    kinds = {(p.page, squashed(p.sentence)): p.passage_kind for p in passages}
    assert kinds[(8, "Anthropic-HH Dialogue Win Rate vs Chosen")] == "table_figure"
    assert kinds[(25, "Sample responses to a prompt from the Anthropic-HH test set.")] == \
        "dataset_use"


# ---------------------------------------------------------------------------
# What counts: the report and the CSV
# ---------------------------------------------------------------------------
def test_the_report_takes_dataset_use_and_citations_and_the_csv_shows_every_kind(tmp_path):
    from citeaudit.literature.extract.stage import passage_rows, report_passages
    from citeaudit.store import Store

    kinds = ["dataset_use", "citation", "model_name", "table_figure"]
    with Store(tmp_path / "s.sqlite") as store:
        store.literature.upsert_papers([{"paperId": "p1", "title": "One"}])
        store.documents.upsert_extraction("p1", "ok", passages=[
            {"passage_id": kind, "page": 1, "sentence": f"A {kind} sentence.",
             "matched": "HH-RLHF", "match_kind": "alias", "passage_kind": kind}
            for kind in kinds])
        reported = report_passages(store, ["p1"])
        rows = passage_rows(store, ["p1"])
    assert [r["text"] for r in reported] == ["A dataset_use sentence.", "A citation sentence."]
    assert [r["passage_kind"] for r in rows] == kinds


# ---------------------------------------------------------------------------
# Issue 17, second round (informed by held-out errors; see docs/validation.md)
# ---------------------------------------------------------------------------
def test_a_bare_short_name_used_as_the_dataset_is_learned_per_paper(matcher):
    named = "We train the reward model on the HH-RLHF comparisons."
    later = "Accuracy on the HH test set rises with model size."
    listed = "Common preference sets (HH, SHP, UltraFeedback) are in pairwise format."
    passages = found(matcher, named, PROSE, later, listed)
    assert [p.sentence for p in passages] == [named, later, listed]
    assert passages[1].matched == "HH" and passages[1].passage_kind == "dataset_use"
    # a paper that never names the dataset in full learns nothing from a bare "HH"
    assert found(matcher, PROSE, later, listed) == []


def test_a_bare_short_name_not_used_as_a_dataset_is_not_learned():
    from citeaudit.literature.extract.aliases import used_short_names

    assert used_short_names({"HH-RLHF"}, ["Results on HH improve."], DEFAULT_ALIASES) == {"HH"}
    assert used_short_names({"HH-RLHF"}, ["HH is the goal we share with others."],
                            DEFAULT_ALIASES) == set()
    # a token of a name the paper matched but not of the configured aliases: a table header
    # "Anthropic Harmless RM Human" does not make "RM" a name of the dataset
    assert used_short_names({"Anthropic Harmless RM"}, ["the RM scores of the test set"],
                            DEFAULT_ALIASES) == set()


def test_a_list_of_cited_works_is_prose_not_table_text():
    hits = [Hit("HH-RLHF", "alias"), Hit("[10]", "marker")]
    assert passage_kind("i) BeaverTails [77], ii) Decoding Trust [153], and HH-RLHF [10].",
                        hits) == "dataset_use"
    assert passage_kind("BeaverTails [77] 0.91 0.12 HH-RLHF [10] 0.85 0.33", hits) \
        == "table_figure"
