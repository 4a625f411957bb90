"""The usage coder's reading of where use is stated (issue 17): the paper's own use against a
third party's, the mention-only gate, links and checkpoints, the red-team subset, passage kinds
and the method sentences of the section where use is stated."""

from __future__ import annotations

from citeaudit import coding
from citeaudit.literature.rulecode import (
    PaperSentence,
    PassageText,
    RuleCoder,
    is_third_party,
    links_data,
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
