"""tools/passage_recall.py: recall of the passage extractor on hand-listed sentences."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "passage_recall.py"
CORPUS = ROOT.parent / "shared" / "data" / "corpus"
KTO = "pdfs/2402.01306.pdf"

pytestmark = pytest.mark.skipif(not (CORPUS / KTO).exists(),
                                reason="the shared corpus (../shared/data/corpus) is absent")


def run(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> str:
    path = tmp_path / "sentences.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "page", "sentence", "kind"])
        writer.writerows(rows)
    done = subprocess.run([sys.executable, str(TOOL), str(path), "--pdfs", str(CORPUS)],
                          capture_output=True, text=True, check=True)
    return done.stdout


def test_a_sentence_of_an_extracted_passage_is_found_despite_spacing_and_hyphens(tmp_path):
    out = run(tmp_path, [(KTO, "4", "(with the exception of HH, since the dis- preferred "
                                    "output  in that dataset is often harmful)", "use")])
    assert "2402.01306                 1      1    1.00" in out
    assert "not found" not in out
    # the other passages of the paper are not in this one-sentence list: listed to read
    line = next(x for x in out.splitlines() if x.startswith("passages of the counted kinds"))
    n = int(line.split(": ")[1].split(";")[0])
    assert n > 1 and line.endswith(f"none {n - 1}")
    assert f"matching a use or citation sentence 1 ({1 / n:.2f})" in line
    assert out.count("  unmatched: 2402.01306 p.") == n - 1


def test_a_sentence_the_paper_lacks_is_missed_and_listed(tmp_path):
    invented = "We trained a banana classifier on HH and it peeled every fruit."
    out = run(tmp_path, [(KTO, "4", invented, "use"),
                         (KTO, "4", "Bananas named after HH models only.", "model")])
    assert "2402.01306                 1      0    0.00" in out  # `model` rows not counted
    assert f"2402.01306 p.4 [use] {invented}" in out


def test_recall_by_kind_of_reference_when_the_file_says_it(tmp_path):
    path = tmp_path / "sentences.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "page", "sentence", "kind", "reference"])
        writer.writerow([KTO, "4", "(with the exception of HH, since the dispreferred output in "
                                   "that dataset is often harmful)", "use", "name"])
        writer.writerow([KTO, "4", "A banana sentence that the paper never wrote at all.", "use",
                         "implicit"])
        writer.writerow([KTO, "4", "The models were trained on a combination of Anthropic HH "
                                   "(Ganguli et al., 2022), OpenAssistant (Kopf et al., 2023), "
                                   "and SHP (Ethayarajh et al., 2022).", "use", "marker"])
    out = subprocess.run([sys.executable, str(TOOL), str(path), "--pdfs", str(CORPUS)],
                         capture_output=True, text=True, check=True).stdout
    rows = {" ".join(line.split()[:2]): line.split()[2:] for line in out.splitlines()
            if line.startswith("reference: ")}
    assert rows == {"reference: explicit": ["2", "2", "1.00"],
                    "reference: ganguli": ["1", "1", "1.00"],  # a marker sentence naming Ganguli
                    "reference: implicit": ["1", "0", "0.00"],
                    "reference: marker": ["1", "1", "1.00"],
                    "reference: name": ["1", "1", "1.00"]}
