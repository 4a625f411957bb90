"""One PDF into page texts and usage passages, in the caller's process or in a worker
process under the memory and time limits (see pdf_limits)."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

import pymupdf

from citeaudit.literature.extract.bibliography import derive_marker, normal_form
from citeaudit.literature.extract.companions import red_team_marker
from citeaudit.literature.extract.layout import (
    NO_HYPHEN_EVIDENCE,
    HyphenEvidence,
    RawBlock,
    blocks_from_raw,
    classify_blocks,
    hyphen_evidence,
    order_blocks,
    raw_page_blocks,
)
from citeaudit.literature.extract.paragraphs import find_passages, paragraphs
from citeaudit.literature.extract.records import Block, Extraction, TargetRef
from citeaudit.literature.extract.sentences import SentenceMatcher
from citeaudit.literature.extract.superscript import (
    SuperscriptCues,
    cites_with_superscripts,
    mark_superscripts,
    superscript_candidate_pages,
    unicode_footnotes,
)
from citeaudit.literature.pdf_limits import (
    TOO_COMPLEX,
    PdfLimits,
    PdfWorker,
    TooComplex,
    raise_if_out_of_memory,
)

log = logging.getLogger(__name__)

MIN_TEXT_CHARS_PER_PAGE = 20  # below this on average, the PDF is a scan without a text layer


def open_pdf(path: Path) -> tuple[pymupdf.Document | None, str, str | None]:
    """(document, state, reason): state 'ok', 'corrupt' or 'encrypted'."""
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise_if_out_of_memory(exc)
        return None, "corrupt", f"PyMuPDF cannot open it ({exc})"
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        return None, "encrypted", "the PDF is password-protected"
    if doc.page_count == 0:
        doc.close()
        return None, "corrupt", "the PDF has no pages"
    return doc, "ok", None


def extract_pdf(
    path: Path,
    paper_id: str,
    target: TargetRef | None,
    matcher: SentenceMatcher,
    *,
    max_pages: int = 1000,
) -> Extraction:
    """Read one PDF into page texts and usage passages; failures come back as a state."""
    doc, state, reason = open_pdf(path)
    if doc is None:
        return Extraction(state, reason)
    title = ((doc.metadata or {}).get("title") or "").strip()
    try:
        return _extract_open_pdf(doc, path, paper_id, target, matcher, title, max_pages)
    finally:
        doc.close()


def _extract_open_pdf(
    doc: pymupdf.Document, path: Path, paper_id: str, target: TargetRef | None,
    matcher: SentenceMatcher, title: str, max_pages: int,
) -> Extraction:
    if doc.page_count > max_pages:
        return Extraction("too-large", f"{doc.page_count} pages (limit {max_pages})")
    raw_pages: list[list[RawBlock]] = []
    widths: list[float] = []
    bad_pages = []
    for number, page in enumerate(doc, start=1):
        widths.append(page.rect.width)
        try:
            raw_pages.append(raw_page_blocks(page))
        except (RuntimeError, ValueError) as exc:  # one damaged page: keep the rest
            raise_if_out_of_memory(exc)
            log.warning("%s page %d: %s", path.name, number, exc)
            bad_pages.append(number)
            raw_pages.append([])
    hyphens = hyphen_evidence((raw[4] for page in raw_pages for raw in page),
                              matcher.compounds)
    blocks: list[Block] = []
    page_texts: list[str] = []
    for number, (raw, width) in enumerate(zip(raw_pages, widths, strict=True), start=1):
        page_block_list = blocks_from_raw(raw, number, width, hyphens)
        blocks.extend(page_block_list)
        page_texts.append("\n\n".join(b.text for b in page_block_list))
    n_chars = sum(len(t) for t in page_texts)
    if n_chars < MIN_TEXT_CHARS_PER_PAGE * len(page_texts):
        return Extraction("no-text", f"{n_chars} characters of text in {len(page_texts)} pages: "
                          "a scan without a text layer (OCR it, then use --pdf-dir)",
                          pages=page_texts)
    classify_blocks(blocks)
    bib_text = "\n".join(b.text for b in blocks if b.kind == "bib")
    marker = derive_marker(bib_text, target) if target and bib_text else None
    title_norm = normal_form(target.title) if target else ""

    def is_bib_like(sentence: str) -> bool:
        return len(title_norm) >= 15 and title_norm in normal_form(sentence)

    paras = paragraphs(blocks)
    cues = None
    if marker and marker.number is not None and cites_with_superscripts(paras):
        cues = superscript_cues(doc, blocks, marker.number, page_texts, hyphens)
        paras = paragraphs(blocks)
    counts: Counter[str] = Counter()
    passages = find_passages(paper_id, paras, matcher, marker, is_bib_like, superscripts=cues,
                             counts=counts, red_team=red_team_marker(bib_text, target))
    result = Extraction("ok", None, page_texts, passages, marker, counts["candidates"], title)
    if bad_pages:
        result.reason = f"pages without text (damaged): {', '.join(map(str, bad_pages))}"
    return result


def superscript_cues(
    doc: pymupdf.Document, blocks: list[Block], number: int, page_texts: list[str],
    hyphens: HyphenEvidence = NO_HYPHEN_EVIDENCE,
) -> SuperscriptCues:
    """Reread the candidate pages with fonts, writing raised digits as Unicode superscripts
    (blocks and `page_texts` updated in place), and collect each page's footnote numbers."""
    footnotes = {page: set(numbers) for page, numbers in unicode_footnotes(blocks).items()}
    for page_number in superscript_candidate_pages(blocks, number):
        at = [i for i, b in enumerate(blocks) if b.page == page_number]
        on_page = blocks[at[0]:at[-1] + 1]
        page = doc[page_number - 1]
        try:
            found = mark_superscripts(page, on_page, hyphens)
        except (RuntimeError, ValueError) as exc:
            raise_if_out_of_memory(exc)
            log.warning("page %d: no font information (%s)", page_number, exc)
            continue
        # moved numbers change blocks' text and top edge: drop emptied ones, reorder the page
        on_page = order_blocks([b for b in on_page if b.text], page.rect.width)
        blocks[at[0]:at[-1] + 1] = on_page
        footnotes.setdefault(page_number, set()).update(found)
        footnotes[page_number] |= unicode_footnotes(on_page).get(page_number, set())
        page_texts[page_number - 1] = "\n\n".join(b.text for b in on_page)
    return SuperscriptCues(number, {k: frozenset(v) for k, v in footnotes.items()})


_reader_matcher: SentenceMatcher | None = None  # the worker process's own, loaded once


def _set_up_reader(aliases: tuple[str, ...], model: str | None) -> None:
    global _reader_matcher
    _reader_matcher = SentenceMatcher(aliases, model)


def _extract_in_worker(path: Path, paper_id: str, target: TargetRef | None,
                       check: bool) -> Extraction:
    if check:  # a file from a folder: the same checks as `citeaudit pdfs` first
        from citeaudit.literature.download import validate_pdf

        checked = validate_pdf(path)
        if checked.state != "ok":
            return Extraction(checked.state, checked.reason)
    return extract_pdf(path, paper_id, target, _reader_matcher)


def extraction_worker(config: Any) -> PdfWorker:
    """A worker process that reads PDFs with the config's aliases and spaCy model, under
    its `pdf_memory_limit_mb` and `pdf_time_limit_s`."""
    return PdfWorker(PdfLimits.from_config(config), _set_up_reader,
                     (tuple(config.aliases), config.spacy_model))


def extract_pdf_limited(worker: PdfWorker, path: Path, paper_id: str,
                        target: TargetRef | None, *, check: bool = False) -> Extraction:
    """`extract_pdf` in the worker; a PDF over a limit comes back as state 'too-complex'.
    `check`: validate the file first (magic bytes, readable, not encrypted, size)."""
    try:
        return worker.call(_extract_in_worker, path, paper_id, target, check)
    except TooComplex as exc:
        return Extraction(TOO_COMPLEX, str(exc))
