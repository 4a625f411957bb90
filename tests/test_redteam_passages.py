"""HH's red-team data cited through the paper that describes it, Ganguli et al. 2022 (issue
17): its bibliography entry gives a second marker; a sentence citing it for its data is a
`dataset_use` passage of match kind 'redteam_marker', one citing it for red teaming as a method
or for its findings is not a passage; the rule coder reads such a passage as the red-team
subset.

Unit tests build text and blocks by hand; the corpus tests read shared PDFs that were read
while writing the rule (docs/validation.md, "Red-team data cited through Ganguli et al."). The
sentences expected below were read from PyMuPDF's plain page text of those PDFs.
"""

from __future__ import annotations

import pytest
from corpus_fixtures import HH, extract_corpus_pdf, needs_corpus

from citeaudit import coding
from citeaudit.literature.extract.bibliography import derive_marker
from citeaudit.literature.extract.companions import (
    REDTEAM_MARKER,
    red_team_marker,
    speaks_of_red_team_data,
)
from citeaudit.literature.extract.paragraphs import find_passages, paragraphs
from citeaudit.literature.extract.records import Block, TargetRef
from citeaudit.literature.extract.sentences import SentenceMatcher
from citeaudit.literature.rulecode import PassageText, RuleCoder

NUMERIC_BIB = """References
[1] Amanda Askell, Yuntao Bai, Anna Chen. A general language assistant as a laboratory for
alignment. arXiv preprint arXiv:2112.00861, 2021.
[2] Yuntao Bai, Andy Jones, Kamal Ndousse, et al. Training a helpful and harmless assistant
with reinforcement learning from human feedback. arXiv preprint arXiv:2204.05862, 2022.
[3] Deep Ganguli, Liane Lovitt, Jackson Kernion, et al. Red teaming language models to reduce
harms: Methods, scaling behaviors, and lessons learned. arXiv preprint arXiv:2209.07858, 2022.
[4] Ethan Perez, Saffron Huang, Francis Song, et al. Red teaming language models with
language models. arXiv preprint arXiv:2202.03286, 2022.
"""
AUTHOR_YEAR_BIB = """References
Bai, Y., Jones, A., Ndousse, K., et al. (2022). Training a helpful and harmless assistant with
reinforcement learning from human feedback. arXiv preprint arXiv:2204.05862.
Ganguli, D., Lovitt, L., Kernion, J., et al. (2022). Red teaming language models to reduce
harms: Methods, scaling behaviors, and lessons learned. arXiv preprint arXiv:2209.07858.
Perez, E., Huang, S., Song, F., et al. (2022). Red teaming language models with language
models. arXiv preprint arXiv:2202.03286.
"""




def squashed(text: str) -> str:
    return " ".join(text.split())


def block(page: int, text: str, y0: float = 100.0) -> Block:
    return Block(page, text, 72.0, y0, 540.0, y0 + 20, 1)


# ---------------------------------------------------------------------------
# The marker, from the bibliography
# ---------------------------------------------------------------------------
def test_the_red_team_papers_marker_comes_from_its_bibliography_entry():
    numeric = red_team_marker(NUMERIC_BIB, HH)
    assert (numeric.style, numeric.number) == ("numeric", 3)  # not Perez et al. [4]
    author_year = red_team_marker(AUTHOR_YEAR_BIB, HH)
    assert author_year.label == "Ganguli et al., 2022"
    assert "Ganguli" in author_year.bib_entry and "Perez" not in author_year.bib_entry


def test_no_red_team_marker_without_its_entry_or_for_another_target():
    without = NUMERIC_BIB.split("[3]")[0]
    assert derive_marker(without, HH) is not None and red_team_marker(without, HH) is None
    other = TargetRef(title="Some other dataset paper", arxiv_id="2301.00001")
    assert red_team_marker(NUMERIC_BIB, other) is None
    assert red_team_marker(NUMERIC_BIB, None) is None


def test_an_entry_of_another_year_or_author_is_not_taken():
    wrong_year = AUTHOR_YEAR_BIB.replace("Ganguli, D., Lovitt, L., Kernion, J., et al. (2022)",
                                         "Ganguli, D., Lovitt, L., Kernion, J., et al. (2021)")
    assert red_team_marker(wrong_year, HH) is None
    wrong_author = NUMERIC_BIB.replace("Deep Ganguli,", "Deep Smith,")
    assert red_team_marker(wrong_author, HH) is None


# ---------------------------------------------------------------------------
# Data or method: which sentences citing it are passages
# ---------------------------------------------------------------------------
def cites(sentence: str, marker: str) -> list[tuple[int, int]]:
    at = sentence.index(marker)
    return [(at, at + len(marker))]


@pytest.mark.parametrize(("sentence", "marker", "data"), [
    ("We sample 200 prompts from the red-teaming dataset of Ganguli et al. [3].", "[3]", True),
    ("The transcripts released by [3] are dialogues.", "[3]", True),
    ("We use red team prompts (Perez et al., 2022; Ganguli et al., 2022) for training.",
     "Ganguli et al., 2022", True),
    # the method or the findings of red teaming, no data word
    ("Red teaming is a common way to find harms (Ganguli et al., 2022).",
     "Ganguli et al., 2022", False),
    ("Larger models are harder to red team [3].", "[3]", False),
    # the data word belongs to another citation
    ("This was studied for red teaming [4, 3], extracting training data [7, 8], and more.",
     "3", False),
    ("Robustness depends on the system prompt (Touvron et al., 2023), and size "
     "(Ganguli et al., 2022).", "Ganguli et al., 2022", False),
    # a data word as near to the red-team work as to another citation is the red-team work's
    ("Unlike [4], the prompts of [3] were written by people.", "[3]", True),
    # brackets one after another are one group, as "[4, 3]" is
    ("We use the prompts of [4], [3].", "[3]", True),
    ("We use the prompts of [4][3].", "[3]", True),
    # ... but a semicolon ends the clause the first bracket closes
    ("We use the prompts of [4]; [3] studies red teaming.", "[3]", False),
    ("Red teaming [4], [3] differs from extracting training data [7].", "[3]", False),
    # a narrative author-year citation: its "(2022)" is a group of its own, not the citation's
    ("Ganguli et al. (2022) release 38,961 red team attempts.", "Ganguli et al. (2022", True),
    ("We sample prompts from the red-team dataset of Ganguli et al. (2022).",
     "Ganguli et al. (2022", True),
    ("Ganguli et al. (2022) find that larger RLHF models are harder to red team.",
     "Ganguli et al. (2022", False),
    # a data word inside a citation group (a title) is not the sentence speaking of data ...
    ("Language models can be red teamed (Ganguli et al., 2022; Carlini et al., Extracting "
     "training data from large language models, 2021).", "Ganguli et al., 2022", False),
    # ... and does not hide a data word after it
    ("Unlike attacks that extract memorized text (Carlini et al., Extracting training data "
     "from large language models, 2021), we sample 200 prompts from the red-team data "
     "(Ganguli et al., 2022).", "Ganguli et al., 2022", True),
])
def test_a_citation_is_a_passage_only_when_it_speaks_of_the_data(sentence, marker, data):
    assert speaks_of_red_team_data(sentence, cites(sentence, marker)) is data


def test_find_passages_keeps_data_citations_and_lists_the_marker_beside_hhs(matcher):
    marker, red_team = derive_marker(NUMERIC_BIB, HH), red_team_marker(NUMERIC_BIB, HH)
    texts = ["We evaluate on 500 harmful prompts sampled from the red-team data of [3].",
             "Red teaming language models has a long history [3, 4].",
             "Our reward model is trained on helpfulness comparisons [2, 3]."]
    paras = paragraphs([block(1, t, 100 + 30 * i) for i, t in enumerate(texts)])
    passages = find_passages("p", paras, matcher, marker, red_team=red_team)
    by_sentence = {p.sentence: p for p in passages}
    assert set(by_sentence) == {texts[0], texts[2]}
    data = by_sentence[texts[0]]
    assert (data.match_kind, data.passage_kind, data.matched) == (
        REDTEAM_MARKER, "dataset_use", "[3]")
    both = by_sentence[texts[2]]  # cites HH too: the HH passage it was before
    assert (both.match_kind, both.matched) == ("marker", "[2, 3]")
    assert find_passages("p", paras, matcher, marker) == [both]  # without the red-team marker


def test_find_passages_reads_author_year_citations_of_the_red_team_work(matcher):
    marker, red_team = derive_marker(AUTHOR_YEAR_BIB, HH), red_team_marker(AUTHOR_YEAR_BIB, HH)
    texts = ["Ganguli et al. (2022) release 38,961 red team attempts.",
             "Ganguli et al. (2022) find that larger RLHF models are harder to red team.",
             "Models can be red teamed (Ganguli et al., 2022; Carlini et al., Extracting training "
             "data from large language models, 2021).",
             "We sample 200 prompts from the red-team data (Ganguli et al., 2022)."]
    paras = paragraphs([block(1, t, 100 + 30 * i) for i, t in enumerate(texts)])
    passages = find_passages("p", paras, matcher, marker, red_team=red_team)
    assert [(p.sentence, p.match_kind, p.passage_kind) for p in passages] == [
        (texts[0], REDTEAM_MARKER, "dataset_use"), (texts[3], REDTEAM_MARKER, "dataset_use")]


# ---------------------------------------------------------------------------
# The shared PDFs
# ---------------------------------------------------------------------------
def red_team_passages(name: str, matcher: SentenceMatcher) -> dict[str, str]:
    return {squashed(p.sentence): p.passage_kind for p in extract_corpus_pdf(name, matcher).passages
            if p.match_kind == REDTEAM_MARKER}


@needs_corpus
def test_jailbroken_cites_ganguli_for_its_red_team_prompts(matcher):
    found = red_team_passages("2307.02483", matcher)
    assert found["The curated dataset consists of all 16 examples of harmful prompts used to "
                 "evaluate GPT-4 from its report [38] and 16 harmful prompts adapted3 from the "
                 "red-teaming dataset of Ganguli et al. [23] to ensure coverage of each of "
                 "their 17 harmful prompt tags."] == "dataset_use"
    assert found["5Adaptation is needed to obtain standalone prompts because the red-teaming "
                 "examples of Ganguli et al. [23] are presented as dialogue transcripts."] == \
        "dataset_use"
    # red teaming as a line of work, beside training-data extraction [14, 34]: no passage
    assert not any(s.startswith("The susceptibility of LLMs") for s in found)


@needs_corpus
def test_constitutional_ai_cites_ganguli_for_the_red_team_prompts_it_collected(matcher):
    found = red_team_passages("2212.08073", matcher)
    assert found["For red teaming prompts (i.e. partial conversations), we collected 42,496 "
                 "human-written prompts as discussed and shared in [Ganguli et al., 2022], and "
                 "generated a further 140,335 prompts by few-shot prompting a pre-trained "
                 "model, giving a total of 182,831."] == "dataset_use"
    # "See [Bai et al., 2022, Ganguli et al., 2022] for ...": HH's citation, Ganguli listed
    both = [p for p in extract_corpus_pdf("2212.08073", matcher).passages
            if p.sentence.startswith("See [Bai et al., 2022, Ganguli")]
    assert [(p.match_kind, p.passage_kind, p.matched) for p in both] == [
        ("marker", "citation", "Bai et al., 2022 | Ganguli et al., 2022")]


@needs_corpus
def test_a_citation_of_ganguli_for_a_finding_is_not_a_passage(matcher):
    found = red_team_passages("2402.04249", matcher)  # HarmBench
    assert not any("and size (Ganguli et al., 2022)" in s for s in found)


@needs_corpus
def test_xstest_cites_ganguli_as_a_resource_of_unsafe_prompts(matcher):
    # "existing resources that mostly cover unsafe prompts (e.g. Ganguli et al., 2022 ...)":
    # it speaks of the red-team data (as a set of unsafe prompts), so it is a passage; that it
    # only mentions the data is the coder's call (role mention_only), not the extractor's.
    found = red_team_passages("2308.01263", matcher)
    assert [s for s in found if "existing resources that mostly cover unsafe prompts" in s]


# ---------------------------------------------------------------------------
# The rule coder
# ---------------------------------------------------------------------------
def codes_of(passages) -> dict[str, list[str]]:
    coder = RuleCoder(coding.load_codebook("hh_usage"))
    return {s.dimension: s.codes for s in coder.suggest("u", passages)}


def test_the_rule_coder_reads_a_red_team_data_citation_as_the_red_team_subset():
    sentence = "The prompts we use are sampled from Ganguli et al. [23] to cover all 17 tags."
    cited = PassageText("rt", sentence, section="A.1 Curated Dataset", match_kind=REDTEAM_MARKER)
    assert codes_of([cited])["subset"] == ["red_team"]
    # the same sentence citing HH itself names no subset
    hh = PassageText("hh", sentence, section="A.1 Curated Dataset", match_kind="marker")
    assert codes_of([hh])["subset"] == ["unspecified"]


def test_a_red_team_data_mention_in_related_work_is_not_a_use():
    sentence = ("We see our safe prompts as a complement to existing resources that mostly "
                "cover unsafe prompts (e.g. Ganguli et al., 2022).")
    mention = PassageText("m", sentence, section="2 Related Work", match_kind=REDTEAM_MARKER)
    codes = codes_of([mention])
    assert codes["subset"] == ["unspecified"] and codes["role"] == ["mention_only"]


def test_a_red_team_data_citation_does_not_frame_the_whole_dataset():
    # Sleeper Agents (2401.05566) cites HH for helpfulness only; its red-team prompts citation
    # speaks of safety training, which says nothing of how it frames HH
    helpful = PassageText("h", "We train a helpful-only model on HH-RLHF helpfulness data.",
                          section="1 Introduction")
    red_team = PassageText("r", "Safety training includes RL on red team prompts, to make the "
                           "model harmless (Ganguli et al., 2022).", section="1 Introduction",
                           match_kind=REDTEAM_MARKER)
    assert codes_of([helpful])["framing"] == ["helpfulness"]
    assert codes_of([helpful, red_team])["framing"] == ["helpfulness"]
    as_hh = PassageText("r", red_team.sentence, section="1 Introduction", match_kind="marker")
    assert codes_of([helpful, as_hh])["framing"] == ["both"]
