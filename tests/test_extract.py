"""Passages from real PDFs of the shared corpus, checked against sentences read by hand.

The expected sentences and pages below were found by reading the PDFs (and PyMuPDF's
plain page text), not by running the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from corpus_fixtures import HH, PDFS, extract_corpus_pdf, needs_corpus

from citeaudit.literature.extract.bibliography import derive_marker
from citeaudit.literature.extract.layout import HyphenEvidence, clean_lines
from citeaudit.literature.extract.markers import marker_matches
from citeaudit.literature.extract.pdf import extract_pdf
from citeaudit.literature.extract.records import Marker


def passages_on(extraction, page: int) -> list[str]:
    return [p.sentence for p in extraction.passages if p.page == page]


def has_passage(extraction, page: int, *fragments: str) -> bool:
    return any(all(f in s for f in fragments) for s in passages_on(extraction, page))


# ---------------------------------------------------------------------------
# Real papers
# ---------------------------------------------------------------------------
@needs_corpus
def test_author_year_paper_keeps_hh_apart_from_constitutional_ai(matcher):
    # Verbosity bias (2310.10076): HH is Bai et al. 2022a, Constitutional AI is 2022b.
    result = extract_corpus_pdf("2310.10076", matcher)
    assert result.state == "ok"
    assert (result.marker.style, result.marker.year, result.marker.suffix) == (
        "author-year", "2022", "a")
    assert has_passage(result, 4, "Zheng et al., 2023; Bai et al., 2022a")
    assert has_passage(result, 6, "We use the HH-RLHF dataset (Bai et al., 2022a)")
    assert has_passage(result, 6, "HH-RLHF dataset described later")
    assert has_passage(result, 7, "HH-RLHF contains conversations between a human")
    every = " ".join(p.sentence for p in result.passages)
    assert "2022b" not in every  # "Bai et al. (2022b) trained an LLM" is Constitutional AI
    assert {p.page for p in result.passages} == {4, 6, 7}


@needs_corpus
def test_only_the_2022a_citation_counts_in_sleeper_agents(matcher):
    # 2401.05566 cites Constitutional AI (2022b) four times and HH (2022a) once, on page 12.
    result = extract_corpus_pdf("2401.05566", matcher)
    assert (result.marker.year, result.marker.suffix) == ("2022", "a")
    # (page 2 cites Ganguli et al. 2022 for red team prompts: a red-team data passage)
    assert [(p.page, p.match_kind) for p in result.passages] == [
        (2, "redteam_marker"), (12, "marker")]
    only = result.passages[1]
    assert "as described in Bai et al. (2022a)" in only.sentence
    assert only.match_kind == "marker"
    assert "(Bai et al., 2022b)" not in only.sentence  # split after the footnote number
    assert "2022b" in only.context_before


@needs_corpus
def test_numeric_paper_dpo(matcher):
    result = extract_corpus_pdf("2305.18290", matcher)
    assert (result.marker.style, result.marker.number) == ("numeric", 1)
    assert has_passage(result, 7, "we use the Anthropic Helpful and Harmless dialogue dataset [1]")
    assert has_passage(result, 9, "test split of the Anthropic HH dataset [1]")
    assert has_passage(result, 3, "[40, 1, 28]")  # a bracket list that includes 1
    assert not any("[0, 1]" in s for s in passages_on(result, 8))  # an interval, not a citation
    alias_passage = next(p for p in result.passages if p.page == 7)
    assert alias_passage.match_kind == "alias"
    assert "Anthropic Helpful and Harmless" in alias_passage.matched
    assert alias_passage.section == "6 Experiments"


@needs_corpus
def test_numeric_label_on_its_own_line(matcher):
    # 2404.18870 prints "[23]" above the entry; HH is cited as [23].
    result = extract_corpus_pdf("2404.18870", matcher)
    assert result.marker.number == 23
    assert has_passage(result, 3, "Anthropic Helpfulness and Harmlessness (HH) dataset [23]")
    assert has_passage(result, 4, "comes from the Anthropic HH dataset [23]")
    assert has_passage(result, 20, "lower-entropy output distributions [23]")


@needs_corpus
def test_label_style_bibliography_without_suffix(matcher):
    # Constitutional AI cites HH as "[Bai et al., 2022]" with an alpha-style label.
    result = extract_corpus_pdf("2212.08073", matcher)
    assert (result.marker.style, result.marker.year, result.marker.suffix) == (
        "author-year", "2022", "")
    assert has_passage(result, 6, "In our prior work [Bai et al., 2022], we collected human "
                                  "feedback data")


@needs_corpus
def test_two_column_reading_order_and_hyphenation(matcher):
    # RLAIF (2309.00267), two columns: the dataset bullet is hyphenated across lines.
    result = extract_corpus_pdf("2309.00267", matcher)
    assert has_passage(result, 5, "Anthropic Helpful and Harmless Human Preferences (Bai et al., "
                                  "2022a)")
    assert has_passage(result, 14, "we use Anthropic’s Helpful and Harmless preference datasets")


@needs_corpus
@pytest.mark.parametrize("name", ["2310.10076", "2305.18290", "2404.18870", "2309.00267",
                                  "2406.12845", "2212.08073", "2402.04249"])
def test_nothing_from_the_bibliography(matcher, name):
    result = extract_corpus_pdf(name, matcher)
    assert result.passages
    # Most entries contain the arXiv id, which is also an alias: were the bibliography
    # read as text, the entry itself would come back as a passage.
    for p in result.passages:
        assert "training a helpful and harmless assistant" not in p.sentence.lower()
        assert "2204.05862" not in p.sentence
        assert "arxiv preprint" not in p.sentence.lower()
        assert p.sentence[:60] not in result.marker.bib_entry


@needs_corpus
def test_passage_ids_are_stable_and_unique(matcher):
    a = extract_pdf(PDFS / "2305.18290.pdf", "P", HH, matcher)
    b = extract_pdf(PDFS / "2305.18290.pdf", "P", HH, matcher)
    ids = [p.passage_id for p in a.passages]
    assert ids == [p.passage_id for p in b.passages]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------------------
# Synthetic PDFs for cases the corpus lacks
# ---------------------------------------------------------------------------
def _pdf(path: Path, pages: list[list[str]]) -> Path:
    doc = pymupdf.open()
    for blocks in pages:
        page = doc.new_page(width=612, height=792)
        y = 72
        for text in blocks:
            rect = pymupdf.Rect(72, y, 540, y + 120)
            page.insert_textbox(rect, text, fontsize=10)
            y += 130
    doc.save(path)
    return path


def test_swapped_suffixes_follow_the_bibliography(tmp_path, matcher):
    path = _pdf(tmp_path / "swap.pdf", [
        ["1 Introduction",
         ("We train on the preference data of Bai et al. (2022b). Constitutional methods "
          "(Bai et al., 2022a) are out of scope. Both were compared (Bai et al., 2022a,b).")],
        ["References",
         ("Bai, Y., Kadavath, S., et al. (2022a). Constitutional AI: Harmlessness from AI "
          "feedback."),
         ("Bai, Y., Jones, A., Ndousse, K., et al. (2022b). Training a helpful and harmless "
          "assistant with reinforcement learning from human feedback.")],
    ])
    result = extract_pdf(path, "swap", HH, matcher)
    assert (result.marker.year, result.marker.suffix) == ("2022", "b")
    sentences = [p.sentence for p in result.passages]
    assert sentences == ["We train on the preference data of Bai et al. (2022b).",
                         "Both were compared (Bai et al., 2022a,b)."]
    assert all(p.page == 1 for p in result.passages)


def test_marker_expansion_of_numeric_lists():
    marker = Marker("numeric", "12", number=12)
    text = "as in [3, 12-14] and [10–13] but not [1, 2] nor x ∈ [12, 13] nor [120]"
    assert [m[2] for m in marker_matches(marker, text)] == ["[3, 12-14]", "[10–13]"]


def test_clean_lines_repairs_hyphens_and_ligatures():
    assert clean_lines("rein-\nforcement le\ufb01ne") == "reinforcement lefine"
    assert clean_lines("the HH-\nRLHF data") == "the HH-RLHF data"
    hyphens = HyphenEvidence(compounds=frozenset({("helpful", "base")}))
    assert clean_lines("the helpful-\nbase split", hyphens) == "the helpful-base split"
    assert clean_lines("the helpful-\nness", hyphens) == "the helpfulness"


def test_target_missing_from_bibliography_gives_no_marker():
    assert derive_marker("[1] A. Author. Some other paper. 2020.\n[2] B. Author. Another.", HH) \
        is None


def test_encrypted_corrupt_and_scanned_pdfs_end_in_a_state(tmp_path, matcher):
    plain = _pdf(tmp_path / "plain.pdf", [["Some text about HH-RLHF here."]])
    encrypted = tmp_path / "locked.pdf"
    doc = pymupdf.open(plain)
    doc.save(encrypted, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    scanned = tmp_path / "scan.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(50, 50, 300, 300), fill=(0.5, 0.5, 0.5))
    doc.save(scanned)
    states = {p.name: extract_pdf(p, p.stem, HH, matcher).state
              for p in (plain, encrypted, corrupt, scanned)}
    assert states == {"plain.pdf": "ok", "locked.pdf": "encrypted", "corrupt.pdf": "corrupt",
                      "scan.pdf": "no-text"}
    assert extract_pdf(plain, "p", HH, matcher, max_pages=0).state == "too-large"


def test_hostile_snippet_annotations_do_not_break_extraction(matcher):
    from citeaudit.literature.extract.s2 import snippet_passages

    snippets = [
        {"snippet": {"text": "We use HH-RLHF here. More text.", "annotations": {
            "sentences": [{"start": None, "end": "x"}, {"start": 50, "end": 10}, "junk"],
            "refMentions": [{"start": -5, "end": 10_000, "matchedPaperCorpusId": 7}, None]}}},
        {"snippet": None}, {}, {"snippet": {"text": "   "}},
    ]
    rows = snippet_passages("p", snippets, 7, matcher)
    assert len(rows) == 1
    assert rows[0]["sentence"] == "We use HH-RLHF here. More text."
    assert rows[0]["match_kind"] == "alias"
