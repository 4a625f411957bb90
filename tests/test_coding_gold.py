"""The hand-coded gold file and the command that scores the rule-based coder against it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from citeaudit import coding
from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.literature.gold import load_gold, score_rules

GOLD = Path(__file__).resolve().parent / "data" / "hh_usage_gold.yaml"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus"


def test_gold_file_is_valid_and_covers_ten_or_more_papers():
    papers = load_gold(GOLD, coding.load_codebook("hh_usage"))
    assert len(papers) >= 10
    assert len({p.file for p in papers}) == len(papers)


def test_every_gold_code_has_its_evidence_from_the_pdf():
    book = coding.load_codebook("hh_usage")
    for paper in load_gold(GOLD, book):
        wanted = {code for dim in book.dimensions if dim.multiple
                  for code in paper.codes[dim.name]}
        wanted |= {dim.name for dim in book.dimensions if not dim.multiple}
        assert set(paper.evidence) == wanted, paper.file


def test_rechecked_gold_codes():
    """Codes corrected from the PDFs (issue 17), with the page that shows them."""
    papers = {p.file: p for p in load_gold(GOLD, coding.load_codebook("hh_usage"))}
    rrhf = papers["pdfs/2304.05302.pdf"]
    assert "reward_model" in rrhf.codes["role"] and rrhf.evidence["reward_model"].startswith(
        "p. 6")
    assert "evaluation" in papers["pdfs/2310.10076.pdf"].codes["role"]
    jailbroken = papers["pdfs/2307.02483.pdf"]
    assert jailbroken.codes["role"] == ["evaluation", "red_teaming"]
    assert jailbroken.codes["subset"] == ["red_team"]


def test_adjudicated_gold_codes_say_so_in_their_evidence():
    """The 10 codes changed by the adjudication against the second coding (issue 17)."""
    papers = {p.file: p for p in load_gold(GOLD, coding.load_codebook("hh_usage"))}
    changed = {"2304.05302": "harm_definition", "2305.18290": "reward_model",
               "2307.02483": "evaluation", "2311.07689": "harm_definition",
               "2404.18870": "harm_definition", "2406.11717": "harm_definition",
               "2406.18495": "evaluation", "2503.03039": "harm_definition"}
    for arxiv, key in changed.items():
        assert papers[f"pdfs/{arxiv}.pdf"].evidence[key].startswith("adjudicated: p. "), arxiv
    secrets = papers["pdfs/2307.04964.pdf"]
    assert secrets.codes["critical_engagement"] == secrets.codes["harm_definition"] == ["yes"]
    assert all(secrets.evidence[key].startswith("adjudicated: p. ")
               for key in ("critical_engagement", "harm_definition"))
    adjudicated = sum(text.startswith("adjudicated:") for paper in papers.values()
                      for text in paper.evidence.values())
    assert adjudicated == 10


def test_evidence_must_name_a_code_the_paper_has(tmp_path):
    data = yaml.safe_load(GOLD.read_text())
    data["papers"][0]["evidence"]["policy_dpo"] = "p. 3: not one of its codes"
    data["papers"][1]["evidence"] = ["p. 2"]
    bad = tmp_path / "gold.yaml"
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(InputError, match=r"papers\[0\].*evidence for 'policy_dpo'.*"
                                         r"papers\[1\].*must be a mapping"):
        load_gold(bad, coding.load_codebook("hh_usage"))


def test_gold_codes_are_checked_against_the_codebook(tmp_path):
    data = yaml.safe_load(GOLD.read_text())
    data["papers"][0]["codes"]["framing"] = "helpfulness; harmlessness"
    bad = tmp_path / "gold.yaml"
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(InputError, match=r"papers\[0\].*unknown code"):
        load_gold(bad, coding.load_codebook("hh_usage"))


@pytest.mark.skipif(not (CORPUS / "manifest.csv").exists(),
                    reason="shared corpus ../shared/data/corpus not present")
def test_scoring_reads_the_real_pdfs_and_reports_every_dimension(tmp_path):
    data = yaml.safe_load(GOLD.read_text())
    data["papers"] = data["papers"][2:5]  # three papers keep the test quick
    small = tmp_path / "gold.yaml"
    small.write_text(yaml.safe_dump(data))
    book = coding.load_codebook("hh_usage")
    report = score_rules(small, CORPUS, book, Config())
    assert report.n_papers == 3 and report.n_passages > 0
    assert {r.dimension for r in report.rows} == set(book.dimension_names)
    assert all(r.n_units == 3 and 0 <= r.accuracy <= 1 for r in report.rows)
    assert all(p["passages"] > 0 for p in report.per_paper)
