"""`citeaudit code auto`: the selected papers as coding units, coded by the rule coder
(rulecode) and optionally the LLM coder (llmcode). Suggestions are stored as coder `auto`
(rules) or `auto-llm`, never as a person.

Both coders store, with a unit's codes, a fingerprint of what they read or were asked (the
`_inputs` note, see `coding.fingerprints`): a rerun codes again only units whose fingerprint
changed, so the LLM is asked again only when the prompt it would get differs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeaudit.coding.codebook import Codebook
from citeaudit.coding.fingerprints import fingerprint_row, inputs_fingerprint, stored_fingerprints
from citeaudit.coding.units import AUTO_CODER, Suggestion, Unit, register_units, store_auto_codes
from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.core.text import shorten
from citeaudit.literature.llmcode import ANSWER_DIMENSION, LLM_CODER, LLMCoder
from citeaudit.literature.rulecode import (
    RULE_CODER_VERSION,
    PassageText,
    RuleCoder,
    paper_sentences,
    sentence_splitter,
)
from citeaudit.store import Store, claimed, loads

log = logging.getLogger(__name__)


def paper_link(row: Any) -> str:
    if row["arxiv_id"]:
        return f"https://arxiv.org/abs/{row['arxiv_id']}"
    if row["doi"]:
        return f"https://doi.org/{row['doi']}"
    return f"https://www.semanticscholar.org/paper/{row['paper_id']}"


def passage_texts(rows: Iterable[Any]) -> list[PassageText]:
    return [PassageText(r["passage_id"], r["sentence"], r["context_before"] or "",
                        r["context_after"] or "", _key_or_none(r, "section") or "",
                        _key_or_none(r, "match_kind") or "alias",
                        _key_or_none(r, "passage_kind") or "dataset_use")
            for r in rows if not _key_or_none(r, "duplicate_of")]


def _key_or_none(row: Any, key: str) -> Any:
    try:
        return row[key]
    except (IndexError, KeyError):
        return None


def local_pdf(store: Store, paper_id: str, pdf_dir: Path | None) -> str | None:
    """The file URL of the paper's downloaded PDF in `pdf_dir`, when it is there."""
    download = store.documents.get_download(paper_id)
    if pdf_dir is None or download is None or not download["file_name"]:
        return None
    path = Path(pdf_dir) / download["file_name"]
    return path.resolve().as_uri() if path.is_file() else None


def passage_link(pdf: str | None, page: int | None, web: str) -> str:
    """Where a passage is read: the local PDF at its page, else the paper's web page."""
    if pdf is None:
        return web
    return f"{pdf}#page={page}" if page else pdf


def paper_units(store: Store, pdf_dir: Path | None = None
                ) -> list[tuple[Unit, list[PassageText]]]:
    """The current selection as coding units, with their passages as evidence; links go to
    the local PDF in `pdf_dir` (at the passage's page) where it was downloaded."""
    selection = store.literature.get_current_selection()
    if selection is None:
        raise InputError("no selection yet: run `citeaudit fetch` first")
    out = []
    for item in store.literature.list_selection_items(selection.selection_id):
        rows = [r for r in store.documents.list_paper_passages(item["paper_id"])
                if not _key_or_none(r, "duplicate_of")]
        web, pdf = paper_link(item), local_pdf(store, item["paper_id"], pdf_dir)
        evidence = [{
            "passage_id": r["passage_id"], "page": r["page"], "section": r["section"] or "",
            "source": r["source"],
            "text": " ".join(x for x in (r["context_before"], f"»{r['sentence']}«",
                                         r["context_after"]) if x),
            "matched": r["matched"] or "", "link": passage_link(pdf, r["page"], web),
        } for r in rows]
        score = loads(item["score_json"], {})
        display = {
            "rank": item["rank"], "title": item["title"] or "", "year": item["year"],
            "venue": item["venue"] or "", "citations": score.get("citation_count"),
            "link": web, "passages": len(rows),
        }
        if pdf:
            display["pdf"] = pdf
        unit = Unit(item["paper_id"], display=display, evidence=evidence, position=item["rank"])
        out.append((unit, passage_texts(rows)))
    return out


def rule_fingerprint(codebook: Codebook, passages: list[Any], pages: Any) -> str:
    """A digest of everything the rule coder reads for one unit."""
    return inputs_fingerprint((codebook.name, codebook.version, RULE_CODER_VERSION),
                              passages, pages)


@dataclass
class AutoSummary:
    n_units: int = 0
    n_without_passages: int = 0
    n_codes_changed: int = 0
    n_unchanged: int = 0  # units whose passages and pages were coded before, as they are now
    n_llm_units: int = 0  # coded by the LLM in this run (at least one usable dimension)
    n_llm_partial: int = 0  # of those, answers that left some dimensions out
    n_llm_unusable: int = 0  # answers with no usable code: nothing stored, asked again next run
    n_llm_skipped: int = 0  # coded by the LLM from the prompt it would get now: not asked
    n_llm_changed: int = 0  # coded before from another prompt (passages, title, model): asked
    n_llm_unrecorded: int = 0  # coded by an older citeaudit that kept no fingerprint: kept
    llm_requests: int = 0
    llm_unusable: list[tuple[str, str]] = field(default_factory=list)  # (unit id, title)
    llm_unusable_kept: int = 0  # unusable now, but earlier LLM codes kept
    llm_unusable_retry: int = 0  # unusable now, and a plain rerun asks again
    warnings: list[str] = field(default_factory=list)  # per-answer problems (logged at debug)


@claimed("code auto", "`citeaudit code auto`")
def run(
    store: Store,
    config: Config,
    *,
    codebook: Codebook,
    use_llm: bool = False,
    refresh: bool = False,
    refresh_unrecorded: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> AutoSummary:
    """Register the selected papers as units and store automatic suggestions for them.

    With `use_llm`, the LLM is asked for papers it has no usable codes for and for those
    whose prompt changed since they were coded; `refresh` asks every paper again and
    `refresh_unrecorded` also those coded by an older citeaudit (no fingerprint stored)."""
    pairs = paper_units(store, Path(config.pdf_dir))
    register_units(store, codebook.unit_type, [u for u, _ in pairs])
    summary = AutoSummary(n_units=len(pairs))
    coder = RuleCoder(codebook)
    splitter = sentence_splitter() if coder.paper_dims else None
    coded_from = {} if refresh else stored_fingerprints(store, codebook, AUTO_CODER)
    suggestions: list[Suggestion] = []
    fingerprints: list[dict[str, Any]] = []
    for i, (unit, passages) in enumerate(pairs, start=1):
        if passages:
            pages = store.documents.list_page_texts(unit.unit_id) if splitter else []
            fingerprint = rule_fingerprint(codebook, passages, pages)
            if coded_from.get(unit.unit_id) == fingerprint:
                summary.n_unchanged += 1
            else:
                paper = paper_sentences(pages, passages, splitter) if splitter else []
                suggestions += coder.suggest(unit.unit_id, passages, paper)
                fingerprints.append(fingerprint_row(codebook, unit.unit_id, AUTO_CODER,
                                                    fingerprint))
        else:
            summary.n_without_passages += 1
        if on_progress:
            on_progress(i, len(pairs) * (2 if use_llm else 1))
    with store.transaction():  # the codes and the record of what they were made from
        summary.n_codes_changed = store_auto_codes(store, codebook, suggestions,
                                                   coder=AUTO_CODER)
        store.coding.upsert_codes(fingerprints, source=AUTO_CODER)
    if use_llm:
        _ask_llm(store, config, codebook, pairs, summary, refresh, refresh_unrecorded,
                 on_progress)
    return summary


def llm_coded_units(store: Store, codebook: Codebook) -> set[str]:
    """Units the LLM coder has codes for (the raw answer alone does not count: an unusable
    answer is asked again)."""
    return {r["unit_id"] for r in store.coding.list_codes(codebook.name, codebook.version,
                                                          codebook.unit_type, LLM_CODER)
            if not r["dimension"].startswith("_")}


def llm_reason(coded: bool, recorded: str | None, fingerprint: str) -> str:
    """Why the LLM would be asked about a unit, or why not: 'new' (no usable codes yet),
    'changed' (coded from another prompt), 'unrecorded' (coded by an older citeaudit that
    kept no fingerprint) or 'unchanged'."""
    if not coded:
        return "new"
    if recorded is None:
        return "unrecorded"
    return "unchanged" if recorded == fingerprint else "changed"


def _ask_llm(store: Store, config: Config, codebook: Codebook,
             pairs: list[tuple[Unit, list[PassageText]]], summary: AutoSummary, refresh: bool,
             refresh_unrecorded: bool, progress: Callable[[int, int], None] | None) -> None:
    """Ask the LLM for every unit with passages that it has not coded, or coded from another
    prompt (every unit with refresh; also those without a fingerprint with
    refresh_unrecorded). Usable answers are stored per unit, with the raw answer and the
    prompt's fingerprint, so an interrupted run keeps what it paid for; an unusable one (no
    JSON object, no code from the codebook) stores nothing, so the next run asks again for
    exactly those units (earlier codes of a unit are kept, with their old fingerprint)."""
    coded_before = llm_coded_units(store, codebook)
    recorded = stored_fingerprints(store, codebook, LLM_CODER)
    llm = LLMCoder(codebook, config.openai_base_url, config.openai_model or "",
                   config.openai_api_key)
    try:
        for i, (unit, passages) in enumerate(pairs, start=1):
            if progress:
                progress(len(pairs) + i - 1, 2 * len(pairs))
            if not passages:
                continue
            title = unit.display.get("title", "")
            request = llm.request(title, passages)
            fingerprint = llm.fingerprint(request)
            reason = llm_reason(unit.unit_id in coded_before, recorded.get(unit.unit_id),
                                fingerprint)
            summary.n_llm_changed += reason == "changed"
            if not refresh and (reason == "unchanged"
                                or reason == "unrecorded" and not refresh_unrecorded):
                summary.n_llm_skipped += reason == "unchanged"
                summary.n_llm_unrecorded += reason == "unrecorded"
                continue
            found, warnings, content = llm.suggest(unit.unit_id, title, passages, request)
            summary.warnings += warnings
            for warning in warnings:
                log.debug("%s", warning)
            if not found:
                log.debug("%s: unusable answer %r", unit.unit_id, content[:500])
                summary.n_llm_unusable += 1
                summary.llm_unusable.append((unit.unit_id, title))
                summary.llm_unusable_kept += reason != "new"
                summary.llm_unusable_retry += reason in ("new", "changed")
                continue
            with store.transaction():  # codes, raw answer and what was asked, together
                summary.n_codes_changed += store_auto_codes(store, codebook, found,
                                                            coder=LLM_CODER)
                store.coding.upsert_codes([
                    {"unit_type": codebook.unit_type, "unit_id": unit.unit_id,
                     "codebook": codebook.name, "codebook_version": codebook.version,
                     "dimension": ANSWER_DIMENSION, "coder": LLM_CODER, "value": content},
                    fingerprint_row(codebook, unit.unit_id, LLM_CODER, fingerprint),
                ], source=f"{LLM_CODER}:{llm.model}")
            summary.n_llm_units += 1
            summary.n_llm_partial += len(found) < len(codebook.dimensions)
        if progress:
            progress(2 * len(pairs), 2 * len(pairs))
    finally:
        summary.llm_requests = llm.requests
        llm.close()


def unusable_note(summary: AutoSummary, shown: int = 3) -> str | None:
    """One line on the LLM's unusable answers: how many, for which units (the first few),
    and how to ask again; None when every answer was usable."""
    if not summary.n_llm_unusable:
        return None
    asked = summary.n_llm_units + summary.n_llm_unusable
    names = ", ".join(
        f'{unit_id} "{shorten(" ".join(title.split()), ellipsis="...")}"' if title else unit_id
        for unit_id, title in summary.llm_unusable[:shown])
    more = len(summary.llm_unusable) - shown
    listed = names + (f" and {more} more" if more > 0 else "")
    retry = summary.llm_unusable_retry
    hints = []
    if retry:
        hints.append("rerun `citeaudit code auto --llm` to ask again for "
                     + ("this one" if retry == 1 else f"these {retry}")
                     + " only (papers coded from the same prompt are not asked again)")
    if summary.llm_unusable_kept:
        hints.append(f"{summary.llm_unusable_kept} keep their earlier LLM suggestions")
    return (f"{summary.n_llm_unusable} of {asked} LLM answers were unusable (no JSON object or "
            f"no code from the codebook), nothing stored for them: {listed}; "
            + "; ".join(hints) + "; `--debug` shows each answer's problems")


def unrecorded_note(summary: AutoSummary) -> str | None:
    """One line on LLM codes stored by an older citeaudit, which kept no record of the
    prompt: they are kept, unchecked; None when there are none."""
    n = summary.n_llm_unrecorded
    if not n:
        return None
    return (f"{n} paper(s) keep LLM suggestions from an older citeaudit that did not record "
            "what it asked, so they may come from passages extracted before; "
            "`citeaudit code auto --llm --refresh-unrecorded` asks for them again")
