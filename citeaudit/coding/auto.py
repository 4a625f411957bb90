"""Automatic coding: suggestions per unit from its evidence passages.

The rule-based coder compiles each code's `patterns` from the codebook into a spaCy Matcher
and scores codes by where they match (the passage's sentence counts fully, its context half).
The optional LLM coder asks any OpenAI-compatible /v1/chat/completions endpoint. Suggestions
are stored as coder `auto` (rules) or `auto-llm`, never as a person.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from citeaudit.coding.codebook import Codebook, CodebookError, Dimension
from citeaudit.coding.units import AUTO_CODER, Suggestion, Unit, register_units, store_auto_codes
from citeaudit.config import Config
from citeaudit.errors import CiteauditError, InputError
from citeaudit.store import Store, loads

log = logging.getLogger(__name__)

LLM_CODER = "auto-llm"
ANSWER_DIMENSION = "_llm_answer"  # the raw answer, kept for audit and to avoid asking twice
SENTENCE_WEIGHT = 1.0
CONTEXT_WEIGHT = 0.5
THRESHOLD = 1.0  # a code needs one match in a sentence, or two in contexts
MAX_EVIDENCE = 10


@dataclass(frozen=True)
class PassageText:
    """The text of one evidence passage, as the coders see it."""

    passage_id: str
    sentence: str
    context_before: str = ""
    context_after: str = ""


@dataclass
class CodeScore:
    score: float = 0.0
    passages: list[str] = field(default_factory=list)


def _confidence(score: float) -> float:
    return round(1.0 - 0.5 ** score, 3)


class RuleCoder:
    """Suggest codes from the codebook's patterns (phrases or spaCy Matcher token patterns)."""

    def __init__(self, codebook: Codebook, nlp: Any = None):
        import spacy
        from spacy.matcher import Matcher

        self.codebook = codebook
        self.nlp = nlp or spacy.blank("en")
        self.matcher = Matcher(self.nlp.vocab)
        problems = []
        for dim in codebook.dimensions:
            for code in dim.codes:
                for k, pattern in enumerate(code.patterns):
                    tokens = (
                        [{"LOWER": t.lower_} for t in self.nlp.tokenizer(pattern)]
                        if isinstance(pattern, str) else pattern
                    )
                    try:
                        self.matcher.add(f"{dim.name}\t{code.code}", [tokens])
                    # MatchPatternError is a ValueError
                    except (ValueError, KeyError, TypeError) as exc:
                        problems.append(f"{dim.name}.{code.code}.patterns[{k}]: not a valid "
                                        f"spaCy Matcher pattern ({str(exc).strip()[:200]})")
        if problems:
            raise CodebookError(codebook.source_path or codebook.name, problems)

    def scores(self, passages: Iterable[PassageText]) -> dict[tuple[str, str], CodeScore]:
        """Weighted matches per (dimension, code), with the passages that matched."""
        passages = list(passages)
        parts = [(p, weight, text) for p in passages
                 for weight, text in ((SENTENCE_WEIGHT, p.sentence),
                                      (CONTEXT_WEIGHT, p.context_before),
                                      (CONTEXT_WEIGHT, p.context_after)) if text]
        found: dict[tuple[str, str], CodeScore] = {}
        docs = self.nlp.pipe(text for _, _, text in parts)
        for (passage, weight, _), doc in zip(parts, docs, strict=False):
            hits = {self.nlp.vocab.strings[match_id] for match_id, _, _ in self.matcher(doc)}
            for label in hits:  # one count per part, however many times it matches
                dim, code = label.split("\t")
                entry = found.setdefault((dim, code), CodeScore())
                entry.score += weight
                if passage.passage_id not in entry.passages:
                    entry.passages.append(passage.passage_id)
        return found

    def suggest(self, unit_id: str, passages: Iterable[PassageText]) -> list[Suggestion]:
        scores = self.scores(passages)
        decided = (decide(dim, unit_id, scores) for dim in self.codebook.dimensions)
        return [s for s in decided if s is not None]


def decide(dim: Dimension, unit_id: str,
           scores: dict[tuple[str, str], CodeScore]) -> Suggestion | None:
    """Codes for one dimension from pattern scores; the default code when none is strong
    (no suggestion when the dimension has no default)."""
    strong = [c for c in dim.code_ids if c != dim.default
              and scores.get((dim.name, c), CodeScore()).score >= THRESHOLD]
    if dim.multiple:
        chosen = strong
    elif len(strong) > 1 and dim.when_several:
        chosen = [dim.when_several]
    elif strong:
        chosen = [max(strong, key=lambda c: scores[(dim.name, c)].score)]
    else:
        chosen = []
    if not chosen:
        if dim.default is None:
            return None
        own = scores.get((dim.name, dim.default), CodeScore())
        return Suggestion(unit_id, dim.name, [dim.default], _confidence(1.0 + own.score),
                          own.passages[:MAX_EVIDENCE])
    evidence: list[str] = []
    confidences = []
    for code in strong:
        entry = scores.get((dim.name, code), CodeScore())
        confidences.append(_confidence(entry.score))
        evidence += [p for p in entry.passages if p not in evidence]
    return Suggestion(unit_id, dim.name, chosen, round(sum(confidences) / len(confidences), 3),
                      evidence[:MAX_EVIDENCE])


# ---------------------------------------------------------------------------
# LLM coder
# ---------------------------------------------------------------------------
class LLMError(CiteauditError):
    """The OpenAI-compatible endpoint failed or answered something unusable."""


class LLMCoder:
    """Ask an OpenAI-compatible chat endpoint to code a unit from its passages."""

    def __init__(self, codebook: Codebook, base_url: str, model: str, api_key: str | None = None,
                 *, timeout_s: float = 120.0, max_retries: int = 3, backoff_s: float = 2.0):
        import httpx

        if not model:
            raise InputError("the LLM coder needs a model: set openai_model in citeaudit.toml "
                             "or CITEAUDIT_OPENAI_MODEL")
        self.codebook = codebook
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http = httpx.Client(timeout=timeout_s, headers=headers)
        self.requests = 0

    def close(self) -> None:
        self.http.close()

    def prompt(self, title: str, passages: list[PassageText]) -> list[dict[str, str]]:
        book = self.codebook
        lines = [f"Codebook {book.name} v{book.version}: {book.description}"]
        for dim in book.dimensions:
            choice = "one or more codes" if dim.multiple else "exactly one code"
            lines.append(f"\nDimension {dim.name} ({choice}): {dim.question}")
            for code in dim.codes:
                lines.append(f"- {code.code}: {code.definition}")
                if code.exclude:
                    lines.append(f"  not when: {'; '.join(code.exclude)}")
        shape = {d.name: {"codes": ["..."], "confidence": 0.0, "evidence": ["passage id"]}
                 for d in book.dimensions}
        evidence = "\n".join(
            f"[{p.passage_id}] {p.context_before} >>{p.sentence}<< {p.context_after}".strip()
            for p in passages)
        return [
            {"role": "system", "content": "You code research papers with a codebook. Answer "
             "with one JSON object and nothing else."},
            {"role": "user", "content": "\n".join(lines) + f"\n\nPaper: {title}\n\nPassages "
             f"(the sentence that mentions the dataset is between >> <<):\n{evidence}\n\n"
             f"Answer as JSON of this shape: {json.dumps(shape)}"},
        ]

    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        import httpx

        for attempt in range(self.max_retries + 1):
            self.requests += 1
            try:
                response = self.http.post(self.url, json=payload)
            except httpx.HTTPError as exc:
                if attempt == self.max_retries:
                    raise LLMError(f"{self.url}: cannot reach the endpoint ({exc})") from exc
                time.sleep(self.backoff_s * 2 ** attempt)
                continue
            if response.status_code == 429 or response.status_code >= 500:
                if attempt == self.max_retries:
                    raise LLMError(f"{self.url}: HTTP {response.status_code} after "
                                   f"{attempt + 1} tries")
                retry_after = response.headers.get("Retry-After", "")
                wait = float(retry_after) if retry_after.replace(".", "", 1).isdigit() \
                    else self.backoff_s * 2 ** attempt
                time.sleep(min(wait, 60.0))
                continue
            if response.status_code != 200:
                raise LLMError(f"{self.url}: HTTP {response.status_code}: "
                               f"{response.text[:300]}")
            try:
                return response.json()
            except ValueError as exc:
                raise LLMError(f"{self.url}: the answer is not JSON") from exc
        raise LLMError(f"{self.url}: no answer")  # pragma: no cover

    def suggest(self, unit_id: str, title: str,
                passages: list[PassageText]) -> tuple[list[Suggestion], list[str], str]:
        """Suggestions for one unit, warnings about parts of the answer left out, the answer."""
        answer = self._post({"model": self.model, "temperature": 0,
                             "messages": self.prompt(title, passages)})
        try:
            content = answer["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"{self.url}: unexpected answer shape ({exc})") from exc
        found, warnings = parse_llm_answer(self.codebook, unit_id, content or "",
                                           {p.passage_id for p in passages})
        return found, warnings, content or ""


def parse_llm_answer(codebook: Codebook, unit_id: str, content: str,
                     passage_ids: set[str]) -> tuple[list[Suggestion], list[str]]:
    """Validate a model's JSON answer against the codebook; bad parts become warnings."""
    start, end = content.find("{"), content.rfind("}")
    try:
        data = json.loads(content[start:end + 1]) if start >= 0 else None
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        return [], [f"{unit_id}: the model's answer holds no JSON object"]
    suggestions, warnings = [], []
    for dim in codebook.dimensions:
        raw = data.get(dim.name)
        if not isinstance(raw, dict):
            warnings.append(f"{unit_id}.{dim.name}: missing from the answer")
            continue
        raw_codes = raw.get("codes")
        raw_codes = [raw_codes] if isinstance(raw_codes, str) else raw_codes
        if not isinstance(raw_codes, list):
            warnings.append(f"{unit_id}.{dim.name}: 'codes' is not a list")
            continue
        codes = [dim.match_code(str(c)) for c in raw_codes]
        if None in codes or not codes or (not dim.multiple and len(set(codes)) != 1):
            warnings.append(f"{unit_id}.{dim.name}: codes {raw_codes!r} do not fit the codebook")
            continue
        confidence = raw.get("confidence")
        confidence = (min(1.0, max(0.0, float(confidence)))
                      if isinstance(confidence, (int, float)) else None)
        evidence = [str(e) for e in raw.get("evidence") or [] if str(e) in passage_ids]
        suggestions.append(Suggestion(unit_id, dim.name, [c for c in dim.code_ids if c in codes],
                                      confidence, evidence[:MAX_EVIDENCE]))
    return suggestions, warnings


# ---------------------------------------------------------------------------
# Papers as units
# ---------------------------------------------------------------------------
def paper_link(row: Any) -> str:
    if row["arxiv_id"]:
        return f"https://arxiv.org/abs/{row['arxiv_id']}"
    if row["doi"]:
        return f"https://doi.org/{row['doi']}"
    return f"https://www.semanticscholar.org/paper/{row['paper_id']}"


def passage_texts(rows: Iterable[Any]) -> list[PassageText]:
    return [PassageText(r["passage_id"], r["sentence"], r["context_before"] or "",
                        r["context_after"] or "")
            for r in rows if not _key_or_none(r, "duplicate_of")]


def _key_or_none(row: Any, key: str) -> Any:
    try:
        return row[key]
    except (IndexError, KeyError):
        return None


def paper_units(store: Store) -> list[tuple[Unit, list[PassageText]]]:
    """The current selection as coding units, with their passages as evidence."""
    selection = store.current_selection()
    if selection is None:
        raise InputError("no selection yet: run `citeaudit fetch` first")
    out = []
    for item in store.selection_items(selection.selection_id):
        rows = [r for r in store.passages_for_paper(item["paper_id"])
                if not _key_or_none(r, "duplicate_of")]
        evidence = [{
            "passage_id": r["passage_id"], "page": r["page"], "section": r["section"] or "",
            "source": r["source"],
            "text": " ".join(x for x in (r["context_before"], f"»{r['sentence']}«",
                                         r["context_after"]) if x),
            "matched": r["matched"] or "",
        } for r in rows]
        score = loads(item["score_json"], {})
        unit = Unit(item["paper_id"], display={
            "rank": item["rank"], "title": item["title"] or "", "year": item["year"],
            "venue": item["venue"] or "", "citations": score.get("citation_count"),
            "link": paper_link(item), "passages": len(rows),
        }, evidence=evidence, position=item["rank"])
        out.append((unit, passage_texts(rows)))
    return out


@dataclass
class AutoSummary:
    n_units: int = 0
    n_without_passages: int = 0
    n_codes_changed: int = 0
    n_llm_units: int = 0
    n_llm_skipped: int = 0
    llm_requests: int = 0
    warnings: list[str] = field(default_factory=list)


def run(
    store: Store,
    config: Config,
    codebook: Codebook,
    *,
    use_llm: bool = False,
    refresh: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> AutoSummary:
    """Register the selected papers as units and store automatic suggestions for them."""
    pairs = paper_units(store)
    register_units(store, codebook.unit_type, [u for u, _ in pairs])
    summary = AutoSummary(n_units=len(pairs))
    coder = RuleCoder(codebook)
    suggestions: list[Suggestion] = []
    for i, (unit, passages) in enumerate(pairs, start=1):
        if passages:
            suggestions += coder.suggest(unit.unit_id, passages)
        else:
            summary.n_without_passages += 1
        if progress:
            progress(i, len(pairs) * (2 if use_llm else 1))
    summary.n_codes_changed = store_auto_codes(store, codebook, suggestions, coder=AUTO_CODER)
    if use_llm:
        done = set() if refresh else {
            r["unit_id"] for r in store.current_codes(codebook.name, codebook.version,
                                                      codebook.unit_type, LLM_CODER)}
        llm = LLMCoder(codebook, config.openai_base_url, config.openai_model or "",
                       config.openai_api_key)
        try:
            for i, (unit, passages) in enumerate(pairs, start=1):
                if passages and unit.unit_id not in done:
                    found, warnings, content = llm.suggest(
                        unit.unit_id, unit.display.get("title", ""), passages)
                    summary.warnings += warnings
                    # Stored per unit (with the raw answer, so an unusable one is not asked
                    # again): an interrupted run keeps what it paid for.
                    with store.transaction():
                        summary.n_codes_changed += store_auto_codes(store, codebook, found,
                                                                    coder=LLM_CODER)
                        store.write_codes([{
                            "unit_type": codebook.unit_type, "unit_id": unit.unit_id,
                            "codebook": codebook.name, "codebook_version": codebook.version,
                            "dimension": ANSWER_DIMENSION, "coder": LLM_CODER, "value": content,
                        }], source=f"{LLM_CODER}:{llm.model}")
                    summary.n_llm_units += 1
                elif passages:
                    summary.n_llm_skipped += 1
                if progress:
                    progress(len(pairs) + i, 2 * len(pairs))
        finally:
            summary.llm_requests = llm.requests
            llm.close()
    return summary
