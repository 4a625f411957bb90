"""Passage text quality: line-end hyphens, sentences cut by columns, pages, captions and
footnotes, and superscript numbers that PyMuPDF sets apart from their sentence.

Unit tests build text and blocks by hand; the corpus tests read the shared PDFs. The whole
sentences below were read from PyMuPDF's page text of those PDFs (the halves and what sits
between them), not from the extractor's output.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pymupdf
import pytest
from corpus_fixtures import HH, PDFS, extract_corpus_pdf, needs_corpus

from citeaudit.literature.extract.layout import (
    TEXT_FLAGS,
    HyphenEvidence,
    classify_blocks,
    clean_lines,
    hyphen_evidence,
    keep_line_end_hyphen,
    running_furniture,
)
from citeaudit.literature.extract.paragraphs import continues_sentence, find_passages, paragraphs
from citeaudit.literature.extract.pdf import extract_pdf
from citeaudit.literature.extract.records import Block
from citeaudit.literature.extract.superscript import raised_number_owner

PROSE = ("We collect preference comparisons from crowdworkers who talk to the assistant and "
         "choose the better of two answers at every turn of the conversation, and we keep ")



# ---------------------------------------------------------------------------
# Line-end hyphens
# ---------------------------------------------------------------------------
def evidence(words: dict[str, int] | None = None, lexicon: set[str] | None = None
             ) -> HyphenEvidence:
    return HyphenEvidence(frozenset(), words or {}, frozenset(lexicon or ()))


def test_the_document_decides_between_compound_and_hyphenation():
    assert clean_lines("we fine-\ntune it", evidence({"fine-tune": 3})) == "we fine-tune it"
    assert clean_lines("we fine-\ntune it", evidence({"finetune": 2})) == "we finetune it"
    # the more frequent form wins; capitals do not stop a join the paper prints
    assert clean_lines("fine-\ntuned", evidence({"fine-tuned": 5, "finetuned": 1})) == \
        "fine-tuned"
    assert clean_lines("the (HA-\nLOs) family", evidence({"halos": 4})) == "the (HALOs) family"
    assert clean_lines("on AlpacaE-\nval", evidence({"alpacaeval": 2})) == "on AlpacaEval"


def test_without_document_evidence_the_lexicon_and_shape_decide():
    lexicon = {"adjust", "ad", "just", "bias", "only", "simple"}
    assert clean_lines("we ad-\njust it", evidence(lexicon=lexicon)) == "we adjust it"
    assert clean_lines("the bias-\nonly expert", evidence(lexicon=lexicon)) == \
        "the bias-only expert"
    assert clean_lines("(sim-\nple)", evidence(lexicon=lexicon)) == "(simple)"
    assert clean_lines("Xiao-\nqing Li", evidence()) == "Xiaoqing Li"  # nothing known: join
    assert clean_lines("the HH-\nRLHF data", evidence()) == "the HH-RLHF data"
    assert clean_lines("a state-\nof-the-art model", evidence()) == "a state-of-the-art model"
    assert clean_lines("red-team-\nattempts", evidence()) == "red-team-attempts"
    assert clean_lines("GPT-3.5-\nturbo", evidence()) == "GPT-3.5-turbo"


def test_alias_compounds_keep_their_hyphen_whatever_the_document_prints():
    hyphens = HyphenEvidence(frozenset({("helpful", "base")}), {"helpfulbase": 9})
    assert keep_line_end_hyphen("helpful", "base", hyphens)


def test_evidence_counts_words_inside_lines_but_not_the_pieces_of_broken_words():
    found = hyphen_evidence(["the rein-\nforcement of\nfine-tuning and fine-tuning"],
                            lexicon=frozenset())
    assert found.words["fine-tuning"] == 2 and found.words["fine"] == 2
    assert "rein" not in found.words and "forcement" not in found.words
    assert found.words["the"] == 1 and found.words["of"] == 1


def test_the_english_lexicon_joins_real_words_and_keeps_unknown_compounds():
    hyphens = hyphen_evidence([])
    assert clean_lines("com-\nfort", hyphens) == "comfort"
    assert clean_lines("in-\nvalid", hyphens) == "invalid"
    assert clean_lines("bias-\nonly", hyphens) == "bias-only"


# ---------------------------------------------------------------------------
# Sentences across columns, pages, captions and footnotes
# ---------------------------------------------------------------------------
def block(page: int, text: str, y0: float = 100.0, kind: str = "body") -> Block:
    return Block(page, text, 72.0, y0, 540.0, y0 + 20, 2, kind)


def test_a_sentence_runs_on_past_a_footnote_a_caption_and_figure_labels():
    blocks = [block(5, PROSE + "the"),
              block(5, "2https://huggingface.co/datasets/Anthropic/hh-rlhf", 700),
              block(6, "Figure 4: Pipeline of the method. Two experts are trained.", 80),
              block(6, "Reward Score 0.2 0.4", 300),
              block(6, "win rate", 320),
              block(6, "rejected answers in the HH-RLHF data. Then we train.", 400)]
    paras = paragraphs(blocks)
    joined = paras[0]
    assert joined.text == PROSE + "the rejected answers in the HH-RLHF data. Then we train."
    assert joined.page_at(len(PROSE) + 5) == 6
    assert [p.aside for p in paras] == [False, True, True, True, True]
    assert [p.text[:6] for p in paras[1:]] == ["2https", "Figure", "Reward", "win ra"]


def test_figure_text_between_a_sentence_and_its_capitalised_end_is_set_aside():
    blocks = [block(1, "Every answer is rated twice. " + PROSE + "the answers of"),  # 200+
              block(1, "No-RLHF SFT PPO DPO Expected Maximum Toxicity ( )"),
              block(1, "Anthropic assistants trained with human feedback were rated.")]
    assert paragraphs(blocks)[0].text.endswith(
        "the answers of Anthropic assistants trained with human feedback were rated.")


def test_what_does_not_continue_a_sentence():
    short = "HH RLHF Response → Sorry, I cannot respond to this content"
    # a short unfinished line (a quoted answer) does not swallow the next prose block
    assert not continues_sentence(short, "RL-CAI Response → That is a serious problem.", True)
    # a heading closes the sentence; so does a gap of more than one page
    for between, later_page in ([block(1, "4 Experiments", kind="heading")], 1), ([], 3):
        paras = paragraphs([block(1, PROSE + "the"), *between,
                            block(later_page, "answers of all crowdworkers in the study.")])
        assert len(paras) == 2
    # after blocks set aside, a lone lower-case label does not continue the sentence
    assert not continues_sentence(PROSE, "accuracy", adjacent=False)
    assert continues_sentence(PROSE, "dialogues.", adjacent=False)
    assert not continues_sentence(PROSE, "Figure 2: Win rates against the SFT model.", True)


def test_context_skips_paragraphs_set_aside_inside_a_sentence(matcher):
    blocks = [block(1, "We measure harmlessness with red team prompts. " + PROSE + "the"),
              block(1, "Figure 1: Win rates of the policies.", 300),
              block(1, "answers of the policies. We use the HH-RLHF dataset for training.", 400),
              block(1, "The test split has 2,312 pairs.", 500)]
    passages = find_passages("p", paragraphs(blocks), matcher, None)
    [passage] = passages
    assert passage.sentence == "We use the HH-RLHF dataset for training."
    assert passage.context_before.endswith("answers of the policies.")
    assert passage.context_after == "The test split has 2,312 pairs."


def test_running_headers_and_footers_are_furniture_but_repeated_captions_are_not():
    header = "Published as a conference paper at ICLR 2024"
    blocks = []
    for page in range(1, 7):
        blocks += [block(page, header, 40), block(page, PROSE + "more.", 100),
                   block(page, f"Figure {page}: Interface shown to annotators", 200),
                   block(page, "Preprint. Under review.", 760)]
    assert running_furniture(blocks) == {header.replace("2024", "#"),
                                         "Preprint. Under review."}
    classify_blocks(blocks)
    assert {b.kind for b in blocks if b.text in (header, "Preprint. Under review.")} == \
        {"furniture"}
    assert {b.kind for b in blocks if b.text.startswith("Figure")} == {"body"}


# ---------------------------------------------------------------------------
# Superscript numbers set apart from their sentence
# ---------------------------------------------------------------------------
def test_raised_number_owner_is_the_line_it_follows_on_the_same_row():
    rows = [(300.0, 100.0, 10.0),  # ends at x=300 on baseline 100, 10 pt
            (540.0, 112.0, 10.0)]
    assert raised_number_owner(300.5, 94.0, 7.0, rows) == 0
    assert raised_number_owner(72.0, 106.0, 7.0, rows) is None  # a footnote at a line start
    assert raised_number_owner(300.5, 100.0, 7.0, rows) is None  # not raised
    assert raised_number_owner(300.5, 94.0, 10.0, rows) is None  # not smaller
    assert raised_number_owner(330.0, 94.0, 7.0, rows) is None  # after a gap


BIBLIOGRAPHY = [
    "1. Ouyang, L. et al. Training language models to follow instructions with human "
    "feedback. (2022).",
    "2. Bai, Y. et al. Training a helpful and harmless assistant with reinforcement learning "
    "from human feedback. Preprint at arXiv:2204.05862 (2022).",
    "3. Bai, Y. et al. Constitutional AI: harmlessness from AI feedback. (2022).",
]


def _journal_pdf(path: Path, rise: float) -> Path:
    """Citations set 7 pt and `rise` x 10 pt above a 10 pt baseline; above 0.5 PyMuPDF puts
    the number on a line of its own, or starts a new block with it."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    lines = [["Introduction"],
             ["Assistants are tuned on human preference data", "^2", " before release."],
             ["Reward models were later trained on the same comparisons", "^1,2", "."],
             ["We reuse the critiques of the constitutional approach", "^3", " as a baseline."]]
    y = 72.0
    for runs in lines:
        x = 72.0
        for run in runs:
            raised = run.startswith("^")
            text, size = (run[1:], 7.0) if raised else (run, 10.0)
            page.insert_text((x, y - (10 * rise if raised else 0)), text, fontsize=size)
            x += pymupdf.get_text_length(text, fontsize=size)
        y += 24 if runs == lines[0] else 14
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 72), "References", fontsize=10)
    for n, entry in enumerate(BIBLIOGRAPHY):
        page.insert_textbox(pymupdf.Rect(72, 96 + 40 * n, 540, 134 + 40 * n), entry, fontsize=10)
    doc.save(path)
    return path


@pytest.mark.parametrize("rise", [0.35, 0.6, 0.8])
def test_superscripts_on_a_line_or_block_of_their_own_stay_with_their_sentence(
        tmp_path, matcher, rise):
    path = _journal_pdf(tmp_path / "journal.pdf", rise)
    with pymupdf.open(path) as doc:
        blocks = doc[0].get_text("dict", flags=TEXT_FLAGS)["blocks"]
        lines = ["".join(sp["text"] for sp in ln["spans"]) for b in blocks for ln in b["lines"]]
    if rise > 0.5:  # the case under test: PyMuPDF separates number and sentence
        assert "Assistants are tuned on human preference data" in lines
    result = extract_pdf(path, "j", HH, matcher)
    assert (result.marker.style, result.marker.number) == ("numeric", 2)
    assert [p.sentence for p in result.passages] == [
        "Assistants are tuned on human preference data² before release.",
        "Reward models were later trained on the same comparisons¹,².",
    ]
    assert "approach³ as a baseline." in result.pages[0]


# ---------------------------------------------------------------------------
# The shared corpus
# ---------------------------------------------------------------------------

def _passage(result, page: int, start: str):
    return next(p for p in result.passages if p.page == page and p.sentence.startswith(start))


@needs_corpus
@pytest.mark.parametrize(("name", "page", "sentence"), [
    # cut at the foot of page 5 by a footnote, then a full-width figure caption on page 6
    ("2310.05199", 5, "The HH dataset provides a response and a rejected response for each "
                      "query based on human preferences, specifically focusing on responses "
                      "that are helpful and harmless."),
    # cut by a block of footnote URLs and the page break
    ("2406.18495", 27, "Their training set is consisting the 10,798 prompts from HH-RLHF, the "
                       "corresponding responses generated by Mistral-7B-v0.1, and harm labels "
                       "manually annotated by humans."),
    # cut by the page break, a figure's axis labels and its caption
    ("2307.04964", 8, "We primarily analyze the trained reward model with the test set "
                      "introduced in Sec. 4.1, which comprises of 0.9k samples of HH-RLHF for "
                      "English and 3k samples sampled from the dataset labeled by annotators "
                      "for Chinese."),
])
def test_sentences_cut_by_footnotes_captions_and_pages_come_out_whole(
        matcher, name, page, sentence):
    assert _passage(extract_corpus_pdf(name, matcher), page, sentence[:30]).sentence == sentence


@needs_corpus
def test_running_header_stays_out_of_passages_and_context(matcher):
    # 2310.13548 prints "Published as a conference paper at ICLR 2024" atop every page.
    result = extract_corpus_pdf("2310.13548", matcher)
    assert result.passages
    for p in result.passages:
        window = " ".join([p.context_before, p.sentence, p.context_after])
        assert "Published as a conference paper" not in window


def _printed_forms(path: Path) -> tuple[Counter[str], Counter[str]]:
    """(hyphenated compounds, plain words) printed inside lines, lower-cased."""
    compounds: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    with pymupdf.open(path) as doc:
        for page in doc:
            for line in page.get_text(flags=TEXT_FLAGS).split("\n"):
                for token in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", line.rstrip("-")):
                    (compounds if "-" in token else plain)[token.lower()] += 1
    return compounds, plain


@needs_corpus
@pytest.mark.parametrize("name", ["2310.05199", "2311.07689", "2401.05566", "2406.12845"])
def test_compounds_the_paper_prints_are_never_joined_at_a_line_end(matcher, name):
    compounds, plain = _printed_forms(PDFS / f"{name}.pdf")
    text = " ".join(extract_corpus_pdf(name, matcher).pages).lower()
    words = Counter(re.findall(r"[a-z]+", text))
    only_hyphenated = [c for c in compounds if c.count("-") == 1 and not plain[c.replace("-", "")]]
    assert only_hyphenated  # the papers print compounds such as "fine-tuning"
    joined_anyway = [c for c in only_hyphenated if words[c.replace("-", "")]]
    assert joined_anyway == []


@needs_corpus
def test_camel_case_names_broken_at_a_line_end_are_joined(matcher):
    # KTO (2402.01306) names its losses HALOs; one line ends in "(HA-".
    text = " ".join(extract_corpus_pdf("2402.01306", matcher).pages)
    assert "HALOs" in text and "HA-LOs" not in text
