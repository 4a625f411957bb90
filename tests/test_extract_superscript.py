"""Superscript citations ("as in prior work¹²"), on PDFs made here with raised small digits.

Each PDF sets body text at 10 pt and citation numbers at 7 pt, 3.5 pt above the baseline,
as journal styles do; the bibliography is numbered "1.", "2.", ... and entry 2 is HH.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from corpus_fixtures import HH

from citeaudit.literature.extract.bibliography import derive_marker
from citeaudit.literature.extract.markers import superscript_matches
from citeaudit.literature.extract.pdf import extract_pdf

BIBLIOGRAPHY = [
    "1. Ouyang, L. et al. Training language models to follow instructions with human "
    "feedback. Adv. Neural Inf. Process. Syst. 35 (2022).",
    "2. Bai, Y. et al. Training a helpful and harmless assistant with reinforcement learning "
    "from human feedback. Preprint at arXiv:2204.05862 (2022).",
    "3. Bai, Y. et al. Constitutional AI: harmlessness from AI feedback. Preprint at "
    "arXiv:2212.08073 (2022).",
    "4. Rafailov, R. et al. Direct preference optimization: your language model is secretly "
    "a reward model. Adv. Neural Inf. Process. Syst. 36 (2023).",
]

# A line is a list of runs; a run in ^(...) is set raised and small.
Line = list[str]


def _write_line(page: pymupdf.Page, x: float, y: float, runs: Line, size: float = 10) -> None:
    for run in runs:
        raised = run.startswith("^")
        text = run[1:] if raised else run
        run_size = size * 0.7 if raised else size
        page.insert_text((x, y - (size * 0.35 if raised else 0)), text, fontsize=run_size)
        x += pymupdf.get_text_length(text, fontsize=run_size)


def _paper(path: Path, pages: list[list[tuple[float, Line]]]) -> Path:
    """Pages of (gap before, line) pairs; a gap over 14 pt starts a new block."""
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page(width=612, height=792)
        y = 72.0
        for gap, runs in lines:
            y += gap
            _write_line(page, 72, y, runs, size=8 if gap >= 200 else 10)
    doc.save(path)
    return path


def _bibliography_page() -> list[tuple[float, Line]]:
    lines: list[tuple[float, Line]] = [(0, ["References"])]
    for entry in BIBLIOGRAPHY:
        words, line, gap = entry.split(), "", 24.0
        for word in words:
            if len(line) + len(word) > 85:
                lines.append((gap, [line]))
                line, gap = "", 12.0
            line = f"{line} {word}".strip()
        lines.append((gap, [line]))
    return lines



@pytest.fixture(scope="module")
def journal_paper(tmp_path_factory) -> Path:
    first_page = [
        (0, ["Alice Smith", "^1,2", ", Bob Jones", "^2", " and Carol White", "^1"]),
        (12, ["^1", "Department of Computer Science, Example University, Example City"]),
        (12, ["^2", "Institute for Language Models, Example Town"]),
        (30, ["Introduction"]),
        (24, ["Assistants are tuned on human preference data", "^2", " before release."]),
        (12, ["We reuse the critiques of the constitutional approach", "^3", " as a baseline."]),
        (12, ["Reward models were later trained on the same comparisons", "^1,2", "."]),
        (12, ["Several studies revisited the method", "^1-3", " with new prompts."]),
        (12, ["The annotators wrote the prompts themselves.", "^2", " Each prompt was scored."]),
        (24, ["The loss falls as 10", "^-2", " per step and grows as x", "^2",
              " for long inputs, about 5 km", "^2", " in area."]),
    ]
    second_page = [
        (0, ["Methods"]),
        (24, ["We evaluate on a held-out split", "^2", " of the comparisons."]),
        (24, ["The split is fixed before training and never changes afterwards."]),
        (600, ["^2", "Split by the date of collection; see the appendix."]),
    ]
    return _paper(tmp_path_factory.mktemp("sup") / "journal.pdf",
                  [first_page, second_page, _bibliography_page()])


def test_numbered_bibliography_gives_a_numeric_marker():
    marker = derive_marker("\n".join(BIBLIOGRAPHY), HH)
    assert (marker.style, marker.number) == ("numeric", 2)
    assert marker.bib_entry.startswith("2. Bai, Y. et al. Training a helpful")
    assert "Constitutional" not in marker.bib_entry


def test_superscript_citations_of_the_target_become_passages(journal_paper, matcher):
    result = extract_pdf(journal_paper, "journal", HH, matcher)
    assert (result.marker.style, result.marker.number) == ("numeric", 2)
    sentences = [p.sentence for p in result.passages]
    assert sentences == [
        "Assistants are tuned on human preference data² before release.",
        "Reward models were later trained on the same comparisons¹,².",
        "Several studies revisited the method¹⁻³ with new prompts.",
        "The annotators wrote the prompts themselves.²",
    ]
    assert all(p.match_kind == "marker" and p.page == 1 for p in result.passages)
    assert [p.matched for p in result.passages] == ["²", "¹,²", "¹⁻³", "²"]
    assert result.passages[3].context_after == "Each prompt was scored."
    assert "data² before release" in result.pages[0]  # the stored page text shows them too


def test_no_passage_for_other_entries_exponents_footnotes_or_affiliations(
        journal_paper, matcher):
    every = " ".join(p.sentence for p in extract_pdf(journal_paper, "j", HH, matcher).passages)
    assert "constitutional approach" not in every  # ³ is Constitutional AI
    assert "Smith" not in every and "Institute" not in every  # affiliations
    assert "10⁻²" not in every and "x²" not in every and "km²" not in every  # exponents
    assert "held-out split" not in every  # footnote 2, whose text is on page 2


def test_bracket_citing_papers_leave_superscripts_alone(tmp_path, matcher):
    body = [(0, ["Introduction"])] + [
        (24, [f"Prior work [{n}] studied preference data", "^2", " in depth."]) for n in (1, 3, 4)
    ] + [(24, ["Reward models were trained on it [1, 3] and [4] as well."])] + [
        (24, ["Both were compared [2] and [2, 4]."])]
    bibliography = [(0, ["References"])] + [(24, [f"[{entry[0]}]{entry[2:]}"])
                                            for entry in BIBLIOGRAPHY]
    result = extract_pdf(_paper(tmp_path / "bracket.pdf", [body, bibliography]), "b", HH,
                         matcher)
    assert result.marker.number == 2
    assert [p.sentence for p in result.passages] == ["Both were compared [2] and [2, 4]."]


@pytest.mark.parametrize(("text", "found"), [
    ("as in prior work¹² and", ["¹²"]),
    ("HH data³,¹² were used", ["³,¹²"]),
    ("later methods¹⁰⁻¹⁴ agree", ["¹⁰⁻¹⁴"]),
    ("later methods¹⁰–¹⁴ agree", ["¹⁰–¹⁴"]),
    ("a rate of 10¹² per second", []),  # a power of ten
    ("the loss x¹² grows", []),  # a variable's power
    ("grows as (n+1)¹² here", []),
    ("an area of 3 km¹² here", []),
    ("as in prior work⁻¹² and", []),
    ("¹² Department of Physics", []),  # an affiliation or footnote text
    ("as in prior work¹", []),
])
def test_superscript_matches_in_text(text, found):
    assert [m[2] for m in superscript_matches(12, text)] == found


def test_a_footnote_number_is_not_a_citation_but_a_list_including_it_is():
    assert superscript_matches(12, "the data¹² here", frozenset({12})) == []
    assert [m[2] for m in superscript_matches(12, "the data¹¹,¹² here", frozenset({12}))] == [
        "¹¹,¹²"]


def test_unicode_superscript_digits_in_the_text_layer(tmp_path, matcher):
    # Word processors often type the digits as characters (U+00B2) instead of raising them.
    body = [(0, ["Introduction"]),
            (24, ["Assistants are tuned on human preference data\u00b2 before release."]),
            (24, ["A constitution was written for the critiques\u00b3 instead."]),
            (24, ["The energy grows as x\u00b2 for long inputs."])]
    path = _paper(tmp_path / "unicode.pdf", [body, _bibliography_page()])
    result = extract_pdf(path, "u", HH, matcher)
    assert [p.sentence for p in result.passages] == [
        "Assistants are tuned on human preference data\u00b2 before release."]
