"""The usage coder's reading of where use is stated (issue 17): the paper's own use against a
third party's, the mention-only gate, links and checkpoints, the red-team subset, passage kinds
and the method sentences of the section where use is stated."""

from __future__ import annotations

import pytest
from corpus_fixtures import HH, PDFS, needs_corpus

from citeaudit import coding
from citeaudit.core.config import DEFAULT_ALIASES
from citeaudit.literature.extract.pdf import extract_pdf
from citeaudit.literature.extract.sentences import SentenceMatcher
from citeaudit.literature.rulecode import (
    PaperSentence,
    PassageText,
    RuleCoder,
    is_third_party,
    links_data,
    paper_sentences,
    sentence_splitter,
    uses_data,
)


def codes_of(passages, paper=()) -> dict[str, list[str]]:
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    return {s.dimension: s.codes for s in coder.suggest("u", passages, paper)}


def test_first_person_use_is_told_from_a_third_partys():
    assert not is_third_party("We train our reward model on HH-RLHF.")
    assert is_third_party("Bai et al. (2022) trained a preference model on these comparisons.")
    assert is_third_party("Their training set consists of 10,798 prompts from HH-RLHF.")
    assert is_third_party("Llama-2 was trained on HH-RLHF among other data.")
    assert not is_third_party("The policy was trained on HH-RLHF for one epoch.")


def test_what_another_work_did_with_the_data_is_a_mention():
    other = PassageText("t", "Their reward model was trained on the HH-RLHF comparisons.",
                        section="5 Experimental Setup")
    assert codes_of([other])["role"] == ["mention_only"]
    own = PassageText("o", "Our reward model was trained on the HH-RLHF comparisons.",
                      section="5 Experimental Setup")
    assert codes_of([own])["role"] == ["reward_model"]


def test_a_survey_that_never_uses_the_data_is_mention_only():
    # Related work full of training words, in the paper's only passages.
    survey = [PassageText(str(i), s, section="3 Fine-tuning attacks") for i, s in enumerate([
        "Safety alignment with RLHF and PPO on HH-RLHF is a common defence.",
        "DPO on HH-RLHF preference pairs also reduces harmful outputs, with SFT first.",
    ])]
    assert not uses_data(survey)
    assert codes_of(survey)["role"] == ["mention_only"]
    assert codes_of(survey)["subset"] == ["unspecified"]


def test_a_link_to_the_data_or_a_checkpoint_outside_background_shows_use():
    assert links_data("12https://huggingface.co/datasets/Anthropic/ hh-rlhf")
    assert links_data("github.com/anthropics/hh-rlhf")
    assert links_data("we start from Dahoas/pythia-1B-static-sft")
    assert links_data("OpenAssistant/reward-model-deberta-v3-large-v2")
    assert not links_data("https://huggingface.co/datasets/tatsu-lab/alpaca")
    mention = PassageText("m", "Preference data such as HH-RLHF (Bai et al., 2022).",
                          section="4 Experiments")
    footnote = PaperSentence("1https://huggingface.co/datasets/Anthropic/hh-rlhf", page=5,
                             section="4 Experiments")
    assert not uses_data([mention])
    assert uses_data([mention], [footnote])
    in_related_work = PaperSentence(footnote.text, page=2, section="2 Related Work")
    assert not uses_data([mention], [in_related_work])


def test_red_team_subset_when_its_prompts_are_used():
    used = PassageText("r", "The prompts are obtained from the \u201cred teaming\u201d experiments "
                       "released with HH-RLHF.", section="3.1 Method")
    assert codes_of([used])["subset"] == ["red_team"]
    mentioned = PassageText("r", "Anthropic released red teaming data with HH-RLHF.",
                            section="2 Related Work")
    assert codes_of([mentioned])["subset"] == ["unspecified"]


def test_model_names_and_table_text_give_no_role():
    model = PassageText("n", "We compare against the HH RLHF model trained with PPO.",
                        section="4 Experiments", kind="model_name")
    table = PassageText("t", "HH RLHF Response \u2192 I am sorry, I cannot help with that.",
                        section="D Samples", kind="table_figure")
    assert codes_of([model, table])["role"] == ["mention_only"]
    use = PassageText("u", "We train with PPO on the HH-RLHF prompts.", section="4 Experiments",
                      kind="citation")
    assert codes_of([use])["role"] == ["policy_rlhf"]


def test_training_roles_are_read_in_the_section_that_states_use():
    stated = PassageText("s", "Our human preference dataset comes from the Anthropic HH "
                         "dataset.", section="4 Experimental Evaluation")
    method = [PaperSentence("After SFT, we independently perform PPO and DPO.", page=5,
                            section="4 Experimental Evaluation")]
    assert set(codes_of([stated], method)["role"]) == {"policy_sft", "policy_rlhf",
                                                       "policy_dpo"}
    # The same sentence in another section does not say what is done with HH.
    elsewhere = [PaperSentence(method[0].text, page=9, section="6 Ablations")]
    assert codes_of([stated], elsewhere)["role"] == ["mention_only"]


def test_an_existing_reward_model_used_to_score_is_not_reward_model_training():
    scored = PassageText("s", "We use the publicly available reward model trained on HH-RLHF "
                         "to score the outputs.", section="5 Experiments")
    assert "reward_model" not in codes_of([scored])["role"]
    trained = PassageText("t", "We train a reward model on the HH-RLHF comparisons.",
                          section="5 Experiments")
    assert codes_of([trained])["role"] == ["reward_model"]


# ---------------------------------------------------------------------------
# Issue 17, second round (rules informed by held-out errors; see docs/validation.md)
# ---------------------------------------------------------------------------
def roles(passages, paper=()) -> set[str]:
    return set(codes_of(passages, paper)["role"])


def test_a_reward_model_used_as_is_or_to_judge_is_not_reward_model_training():
    for sentence in [
        "We use the same safety and helpfulness reward model for scoring as in Section 2.",
        "On the HH-RLHF test prompts, samples are judged by a reward model from prior work.",
        "Safety RM scores on HH-RLHF rise over the iterations.",
        "Since we use safety RM as a measure, the RM evaluation may overstate gains.",
    ]:
        passage = PassageText("s", sentence + " We evaluate on HH-RLHF.",
                              section="4 Experiments")
        assert "reward_model" not in roles([passage]), sentence
    trained = PassageText("t", "We train a reward model on HH-RLHF.", section="4 Experiments")
    assert "reward_model" in roles([trained])


def test_definitions_of_a_method_and_borrowed_settings_do_not_give_training_roles():
    stated = PassageText("s", "We use the Anthropic HH dataset for all runs.",
                         section="3 Method")
    definition = PaperSentence("PPO is an on-line method: responses are sampled from the "
                               "policy and then scored.", page=3, section="3 Method")
    borrowed = PaperSentence("We use the same learning rate as existing DPO methods.",
                             page=3, section="3 Method")
    assert not roles([stated], [definition, borrowed]) & {"policy_rlhf", "policy_dpo"}
    own = PaperSentence("We optimise the policy with PPO on these prompts.", page=3,
                        section="3 Method")
    assert "policy_rlhf" in roles([stated], [own])


def test_a_data_section_states_the_data_of_its_whole_chapter():
    listed = PassageText("d", "Anthropic Helpful and Harmless preferences (Bai et al., 2022): "
                         "dialogues with a preferred and a rejected reply.",
                         section="3.1. Datasets")
    training = PaperSentence("The policy is optimized with REINFORCE against the reward "
                             "model.", page=5, section="3.3. Model Training")
    assert "policy_rlhf" in roles([listed], [training])
    other_chapter = PaperSentence(training.text, page=9, section="5. Discussion")
    assert "policy_rlhf" not in roles([listed], [other_chapter])


def test_evaluation_is_read_in_the_section_that_states_use():
    stated = PassageText("s", "The models were trained on Anthropic HH and two other "
                         "datasets.", section="4 Experiments")
    judged = PaperSentence("Only the largest models exceed a win rate of 50% against the "
                           "targets in the test data.", page=5, section="4 Experiments")
    assert "evaluation" not in roles([stated])
    assert "evaluation" in roles([stated], [judged])


def test_more_ways_of_stating_the_papers_own_runs():
    from citeaudit.literature.rulecode import is_first_person_use, is_use_statement

    assert is_first_person_use("We explored several PPO variants for stable training.")
    assert is_use_statement("All experiments are conducted on HH-RLHF.")
    assert is_use_statement("We conduct our experiments on the HH dataset.")
    assert not is_use_statement("PPO remains hard to tune.")


def test_templates_a_model_says_or_is_told_do_not_define_harm():
    from citeaudit.literature.rulecode import is_model_voice

    cited = PassageText("c", "Models are fine-tuned to be helpful and harmless (Bai et al., "
                        "2022).", section="1 Introduction", match_kind="marker",
                        kind="citation")
    templates = [PaperSentence(text, page=30, section="F Prompts", near_target=True)
                 for text in ("I cannot provide information on illegal or harmful activities.",
                              "Avoid any content that is unethical, dangerous or offensive.")]
    assert all(is_model_voice(t.text) for t in templates)
    assert codes_of([cited], templates)["harm_definition"] == ["no"]
    definition = PaperSentence("We consider a response harmful if it helps with illegal or "
                               "dangerous activities.", page=3, section="2 Setup",
                               near_target=True)
    assert not is_model_voice(definition.text)
    assert codes_of([cited], [definition])["harm_definition"] == ["yes"]


@pytest.mark.parametrize("sentence, engages", [
    ("The released HH-RLHF safety data are limited in coverage of real attacks.", True),
    ("The chosen responses of HH-RLHF still contain toxic content.", True),
    ("HH-RLHF contains harmful requests collected on purpose by red teamers.", False),
    ("We do not necessarily take the preferred HH-RLHF response as the SFT target.", False),
    ("LLM labelers show a position bias when labelling HH-RLHF pairs.", False),
])
def test_critical_engagement_is_about_the_data_not_the_authors_choices(sentence, engages):
    passage = PassageText("c", sentence, section="4 Experiments")
    assert (codes_of([passage])["critical_engagement"] == ["yes"]) is engages


def test_only_a_short_heading_naming_the_data_is_a_data_section():
    from citeaudit.literature.rulecode import is_data_heading

    assert is_data_heading("3.1. Datasets")
    assert is_data_heading("4.1 Models and Datasets")
    assert is_data_heading("C. Dataset Details")
    assert not is_data_heading("4.1 What behavior is incentivized by human preference data?")
    assert not is_data_heading("Datasets")  # unnumbered: no chapter
    listed = PassageText("d", "We analyse the helpfulness part of the HH-RLHF dataset.",
                         section="4.1 What behavior is incentivized by preference data?")
    later = PaperSentence("Our experiments thus benchmark how robustly the models prefer "
                          "true answers.", page=8, section="4.2 What do the models prefer?")
    assert "evaluation" not in roles([listed], [later])


# Harm definition (issue 17): three families of patterns written from the codebook's "yes"
# (a definition, categories of harm, how the notion of harm is set). Each sentence below is a
# body sentence of a paragraph that mentions the dataset (full weight), beside a citation
# that says nothing of harm.
CITED = PassageText("c", "We use the HH-RLHF comparisons (Bai et al., 2022).",
                    section="4 Experiments", match_kind="marker", kind="citation")


def harm_definition_of(*sentences: str) -> list[str]:
    paper = [PaperSentence(text, page=3, section="3 Setup", near_target=True)
             for text in sentences]
    return codes_of([CITED], paper)["harm_definition"]


@pytest.mark.parametrize("sentence, defines", [
    ("Hate speech refers to abusive or threatening language aimed at a group.", True),
    ("Toxicity denotes the generation of rude or unsafe text.", True),
    ("The harmful rate refers to the share of harmful data in the fine-tuning set.", False),
    ("Toxicity scores are averaged over 1,000 prompts.", False),
])
def test_a_term_defined_by_the_harm_it_names_defines_harm(sentence, defines):
    assert (harm_definition_of(sentence) == ["yes"]) is defines


@pytest.mark.parametrize("sentence, defines", [
    ("Each harmful prompt gets one of eight violation categories, such as weapons.", True),
    ("We define five categories of unsafe requests: fraud, self-harm, weapons, hate and "
     "privacy.", True),
    ("The harmful questions span 4 categories: cybercrime, weapons, fraud and stalking.", True),
    ("We flag unsafe replies that are racist, sexist or violent.", True),
    ("Some of the replies were toxic or biased.", False),
    ("The toxic answers fall into several groups: insults, threats and slurs.", False),
    ("The benchmark has four sections (Chat, Reasoning, Safety, Code) weighted equally.", False),
])
def test_categories_of_harm_define_harm(sentence, defines):
    assert (harm_definition_of(sentence) == ["yes"]) is defines


@pytest.mark.parametrize("sentence, defines", [
    ("We count any answer with a guard score above 0.8 as unsafe.", True),
    ("A reply that praises a violent group is considered as an instance of hate speech.", True),
    ("The test set holds harmful requests that a well-aligned model should refuse.", True),
    ("The judge rates each answer on Safety (does it decline dangerous requests) and "
     "clarity.", True),
    ("Harmlessness is hard to pin down, since the damage depends on use.", True),
    ("Our criteria for rating the answers also cover whether they are harmful.", True),
    ("Answers flagged as harmful by the moderation model are removed.", False),
    ("Safety is improved by 12 points after training.", False),
])
def test_an_operational_criterion_of_harm_defines_harm(sentence, defines):
    assert (harm_definition_of(sentence) == ["yes"]) is defines


@needs_corpus
@pytest.mark.parametrize("arxiv_id, defines", [
    ("2404.18870", True),  # defines toxicity by the content it names (p. 5)
    ("2409.18169", False),  # "harmful ratio refers to the ratio of harmful data" is no definition
])
def test_harm_definition_on_shared_pdfs(arxiv_id, defines):
    """Two development papers of the gold (in-sample: their sentences were read)."""
    extraction = extract_pdf(PDFS / f"{arxiv_id}.pdf", arxiv_id, HH,
                             SentenceMatcher(DEFAULT_ALIASES))
    passages = [PassageText(p.passage_id, p.sentence, p.context_before, p.context_after,
                            p.section or "", p.match_kind, p.passage_kind)
                for p in extraction.passages]
    paper = paper_sentences(extraction.pages, passages, sentence_splitter())
    assert (codes_of(passages, paper)["harm_definition"] == ["yes"]) is defines
