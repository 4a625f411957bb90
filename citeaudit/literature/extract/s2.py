"""Semantic Scholar's citation contexts and snippets as passages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from citeaudit.literature.extract.bibliography import squash
from citeaudit.literature.extract.kinds import Hit, passage_kind
from citeaudit.literature.extract.markers import alias_scan_pattern
from citeaudit.literature.extract.paragraphs import passage_id
from citeaudit.literature.extract.sentences import SentenceMatcher
from citeaudit.literature.target import stored_target_id
from citeaudit.store import claimed


def _offset(value: Any, default: int, text: str) -> int:
    """A character offset from S2 annotations, clamped to the text (bad values: default)."""
    if not isinstance(value, int) or isinstance(value, bool):
        value = default
    return max(0, min(value, len(text)))


@dataclass
class SnippetSummary:
    n_papers: int = 0
    n_fetched: int = 0
    n_already: int = 0
    n_passages: int = 0


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def best_duplicate(text: str, pdf_passages: Sequence[Any], threshold: float = 0.8) -> str | None:
    """The PDF passage whose sentence and context contain most of `text`'s words; on a tie,
    the one whose own sentence holds most of them (neighbours share their context)."""
    words = _words(text)
    if len(words) < 4:
        return None
    best, best_score = None, (threshold, -1.0)
    for p in pdf_passages:
        window = set(_words(" ".join([p["context_before"], p["sentence"], p["context_after"]])))
        share = sum(w in window for w in words) / len(words)
        sentence = set(_words(p["sentence"]))
        score = (share, sum(w in sentence for w in words) / len(words))
        if share >= threshold and score > best_score:
            best, best_score = p["passage_id"], score
    return best


def store_s2_contexts(store: Any, target_id: str, paper_id: str,
                      aliases: Sequence[str] = ()) -> tuple[int, int]:
    """Store S2's citation contexts of (paper -> target) as passages; (stored, duplicates).

    Each is a citation of the target; one that also names an alias is a dataset use."""
    scan = alias_scan_pattern(aliases)
    import json

    edge = store.literature.get_citation(target_id, paper_id)
    contexts = json.loads(edge["contexts_json"]) if edge is not None and edge["contexts_json"] \
        else []
    pdf_passages = store.documents.list_paper_passages(paper_id, source="pdf")
    rows, seen = [], {}
    for context in contexts:
        if not isinstance(context, str) or not context.strip():
            continue
        text = squash(context)
        n = seen.get(text, 0)
        seen[text] = n + 1
        rows.append({
            "passage_id": passage_id(paper_id, "s2-context", None, text, n),
            "sentence": text, "matched": None, "match_kind": None,
            "passage_kind": passage_kind(text, [Hit("(citation)", "marker"), *(
                Hit(m.group(0), "alias") for m in (scan.finditer(text.lower()) if scan else ()))]),
            "duplicate_of": best_duplicate(text, pdf_passages),
        })
    store.documents.upsert_s2_passages(paper_id, "s2-context", rows)
    return len(rows), sum(r["duplicate_of"] is not None for r in rows)


def snippet_passages(
    paper_id: str, snippets: list[dict[str, Any]], target_corpus_id: int | None,
    matcher: SentenceMatcher,
) -> list[dict[str, Any]]:
    """Passages from S2 snippets that cite the target (refMentions) or name an alias."""
    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for item in snippets:
        snippet = item.get("snippet") or {}
        text = snippet.get("text") or ""
        if not text.strip():
            continue
        annotations = snippet.get("annotations") or {}
        sentences = [(a, b) for a, b in (
            (_offset(s.get("start"), 0, text), _offset(s.get("end"), len(text), text))
            for s in annotations.get("sentences") or [] if isinstance(s, dict)) if a < b
        ] or [(0, len(text))]
        hits: list[tuple[int, str, str]] = []
        for mention in annotations.get("refMentions") or []:
            if not isinstance(mention, dict):
                continue
            cited = mention.get("matchedPaperCorpusId")
            if target_corpus_id is not None and str(cited) == str(target_corpus_id):
                start = _offset(mention.get("start"), 0, text)
                end = _offset(mention.get("end"), start, text)
                hits.append((start, text[start:end] or "(citation)", "marker"))
        if matcher.scan and matcher.scan.search(text.lower()):
            doc = matcher.nlp.make_doc(text)
            hits += [(a, t, "alias") for a, _b, t in matcher.alias_spans(doc)]
        by_sentence: dict[int, list[tuple[str, str]]] = {}
        for start, label, kind in sorted(hits):
            k = next((k for k, (a, b) in enumerate(sentences) if a <= start < b),
                     len(sentences) - 1)
            by_sentence.setdefault(k, []).append((label, kind))
        for k, matched in sorted(by_sentence.items()):
            a, b = sentences[k]
            sentence = squash(text[a:b])
            n = seen.get(sentence, 0)
            seen[sentence] = n + 1
            kinds = [kind for _, kind in matched]
            rows.append({
                "passage_id": passage_id(paper_id, "s2-snippet", None, sentence, n),
                "section": snippet.get("section"), "sentence": sentence,
                "context_before": squash(text[slice(*sentences[k - 1])]) if k > 0 else "",
                "context_after": squash(text[slice(*sentences[k + 1])])
                if k + 1 < len(sentences) else "",
                "matched": " | ".join(dict.fromkeys(label for label, _ in matched)),
                "match_kind": "alias" if "alias" in kinds else "marker",
                "passage_kind": passage_kind(sentence, [
                    Hit(label, "pointer" if kind == "alias" and "/" in label else kind)
                    for label, kind in matched]),
            })
    return rows


@claimed("snippets", "`citeaudit extract` (S2 snippets)")
def run_snippets(
    store: Any, config: Any, client: Any, *, paper_ids: list[str] | None = None,
    refresh: bool = False, matcher: SentenceMatcher | None = None,
) -> SnippetSummary:
    """S2 snippet passages for selected papers that have no PDF passages.

    One snippet search per paper (filtered with `paperIds`, the target's title as the
    query), remembered in the store so a rerun makes no request unless `refresh`.
    """
    from citeaudit.core.errors import S2NotFound

    summary = SnippetSummary()
    target_id = stored_target_id(store, config)
    target = store.literature.get_paper(target_id) if target_id else None
    if target is None:
        return summary
    ids = (paper_ids if paper_ids is not None
           else store.literature.list_selected_paper_ids(target_id))
    matcher = matcher or SentenceMatcher(config.aliases, config.spacy_model)
    query = target["title"] or config.aliases[0]
    for pid in ids:
        extraction = store.documents.get_extraction(pid)
        if extraction is not None and extraction["state"] == "ok":
            continue
        summary.n_papers += 1
        if store.documents.get_snippet_fetch(pid) is not None and not refresh:
            summary.n_already += 1
            continue
        try:
            found = client.snippets(query, [pid], limit=100)
        except S2NotFound:
            found = []  # S2 has no full text for this paper; remember that
        rows = snippet_passages(pid, found, target["corpus_id"], matcher)
        store.documents.upsert_snippet_passages(pid, rows)
        summary.n_fetched += 1
        summary.n_passages += len(rows)
    return summary
