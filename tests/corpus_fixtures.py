"""The shared corpus of real PDFs that cite HH, and the HH paper as a passage-search target."""

from __future__ import annotations

import functools

import pytest
from conftest import SHARED_DATA

from citeaudit.literature.extract.pdf import extract_pdf
from citeaudit.literature.extract.records import Extraction, TargetRef
from citeaudit.literature.extract.sentences import SentenceMatcher

PDFS = SHARED_DATA / "corpus" / "pdfs"
needs_corpus = pytest.mark.skipif(not PDFS.is_dir(), reason=f"shared corpus absent: {PDFS}")

HH = TargetRef(
    title="Training a Helpful and Harmless Assistant with Reinforcement Learning from Human "
          "Feedback",
    arxiv_id="2204.05862", doi="10.48550/arXiv.2204.05862", first_author_surname="Bai",
    n_authors=31, year=2022,
)


@functools.cache
def extract_corpus_pdf(name: str, matcher: SentenceMatcher) -> Extraction:
    """The extraction of one shared PDF (by arXiv id) with HH as the target, once per matcher."""
    return extract_pdf(PDFS / f"{name}.pdf", name, HH, matcher)
