"""Automatic coding: suggestions per unit from its evidence passages.

The rule-based coder compiles each code's `patterns` from the codebook into a spaCy Matcher
and scores codes by where they match: the passage's sentence counts fully, its context half.
Each dimension's `evidence` scope says what else it reads:

- `use` (role, subset): codes other than the default need the paper's own use of the data.
  A match counts fully in a method, experiment or appendix section, in a first-person use
  statement ("we train on ...") anywhere, or in an impersonal one ("... is used to ...")
  outside background sections; little in the introduction or related work, and little in
  a sentence that cites the target only by its marker without naming data (citing a paper
  for its method is not using its data).
- `paper` (critical engagement, harm definition): also every body sentence of the paper that
  matches the dimension's `topic` patterns; fully in a paragraph that mentions the target,
  half elsewhere.

The optional LLM coder asks any OpenAI-compatible /v1/chat/completions endpoint. Suggestions
are stored as coder `auto` (rules) or `auto-llm`, never as a person.

Both coders store, with a unit's codes, a fingerprint of what they read or were asked (the
`_inputs` note, see `inputs_fingerprint`): a rerun codes again only units whose fingerprint
changed, so the LLM is asked again only when the prompt it would get differs.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from citeaudit.coding.codebook import Codebook, CodebookError, Dimension
from citeaudit.coding.units import AUTO_CODER, Suggestion, Unit, register_units, store_auto_codes
from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError, InputError
from citeaudit.core.redaction import redact, redacted_json
from citeaudit.store import Store, claimed, loads

log = logging.getLogger(__name__)

LLM_CODER = "auto-llm"
ANSWER_DIMENSION = "_llm_answer"  # the raw answer, kept for audit and to avoid asking twice
INPUTS_DIMENSION = "_inputs"  # what a coder read for a unit, so unchanged units are skipped
RULE_CODER_VERSION = "2"  # bump when the rules change in a way the codebook version does not
# Bump when the reading of answers changes (or the prompt in a way its text does not show):
# every paper is then asked again.
LLM_PROMPT_VERSION = "1"
SENTENCE_WEIGHT = 1.0
CONTEXT_WEIGHT = 0.5
NEAR_TARGET_WEIGHT = 1.0  # a topical sentence in a paragraph that mentions the target
PAPER_WEIGHT = 0.5  # a topical sentence elsewhere in the paper
THRESHOLD = 1.0  # a code needs one full-weight match, or two half-weight ones
MAX_EVIDENCE = 10

# How much a match counts as the paper's own use of the data, by the kind of section it is in.
SECTION_USE_FACTOR = {"use": 1.0, "other": 0.6, "mention": 0.25}
MARKER_ONLY_FACTOR = 0.25  # cites the target by its marker and names no data: a method citation
_MENTION_SECTION = re.compile(
    r"introduction|related|background|prior work|previous work|preliminar|literature|"
    r"motivation|abstract", re.IGNORECASE)
_USE_SECTION = re.compile(
    r"method|approach|experiment|setup|set-up|setting|implementation|training|fine-?tuning|"
    r"evaluation|result|dataset|data\b|benchmark|hyper-?parameter|baseline|detail|ablation|"
    r"analysis|appendix|supplement|reward model|protocol|procedure", re.IGNORECASE)
_APPENDIX_SECTION = re.compile(r"^(?:appendix\b|[A-H](?:\.\d{1,2})*\.?\s+[A-Z])")
# First-person statements that the paper itself does something with data.
_FIRST_PERSON_USE = re.compile(
    r"\bwe\s+(?:\w+ly\s+)?(?:use|used|utili[sz]e|adopt|employ|train|trained|fine-?tune|"
    r"finetune|evaluate|test|sample|select|take|collect|conduct|run|experiment|consider|choose|"
    r"construct|build|create|relabel|annotate|apply|leverage|perform|compare|report|measure|"
    r"draw|split|filter|translate|obtain|extract|randomly)\b"
    r"|\bour\s+(?:experiments?|evaluations?|training|setup|models?|polic(?:y|ies)|"
    r"reward models?|datasets?|data)\b", re.IGNORECASE)
# Impersonal statements of use: the paper's own use outside background sections.
_USE_STATEMENT = re.compile(
    r"\b(?:trained|fine-?tuned|finetuned|evaluated|tested|sampled|drawn|taken|selected|"
    r"collected|obtained|derived|constructed|built|optimi[sz]ed)\s+(?:on|from|using|with)\b"
    r"|\b(?:is|are|was|were)\s+(?:used|adopted|employed|utili[sz]ed)\b"
    r"|\b(?:training|test|testing|validation|evaluation|eval|held-?out)\s+"
    r"(?:split|splits|set|sets|subset|data)\b", re.IGNORECASE)
_DATA_NOUN = re.compile(
    r"\b(?:datasets?|data|preferences?|comparisons?|prompts?|conversations?|dialogues?|"
    r"splits?|labels?|annotations?|responses?|pairs|samples|subsets?|transcripts?)\b",
    re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PassageText:
    """The text of one evidence passage, as the coders see it."""

    passage_id: str
    sentence: str
    context_before: str = ""
    context_after: str = ""
    section: str = ""
    match_kind: str = "alias"  # "alias" (names the dataset) or "marker" (cites the paper)


@dataclass(frozen=True)
class PaperSentence:
    """A body sentence of the paper, for dimensions whose evidence scope is the paper."""

    text: str
    page: int | None = None
    section: str = ""
    near_target: bool = False  # in a paragraph that mentions the target

    @property
    def label(self) -> str:
        """How the sentence is cited as evidence (it has no passage id)."""
        short = self.text if len(self.text) <= 60 else self.text[:57].rstrip() + "..."  # noqa
        return f"page {self.page}: {short}" if self.page else short


@dataclass
class CodeScore:
    score: float = 0.0
    passages: list[str] = field(default_factory=list)


def section_kind(section: str | None) -> str:
    """'mention' (introduction, related work, background), 'use' (method, experiments,
    appendix) or 'other' (unknown, conclusion, discussion)."""
    heading = (section or "").strip()
    if not heading:
        return "other"
    if _MENTION_SECTION.search(heading):
        return "mention"
    if _USE_SECTION.search(heading) or _APPENDIX_SECTION.match(heading):
        return "use"
    return "other"


def is_first_person_use(sentence: str) -> bool:
    """Whether the sentence says that the authors do something with data ("we train on")."""
    return bool(_FIRST_PERSON_USE.search(sentence))


def is_use_statement(sentence: str) -> bool:
    """Whether the sentence states a use of data, in any voice ("... was trained on ...")."""
    return is_first_person_use(sentence) or bool(_USE_STATEMENT.search(sentence))


def is_marker_only(passage: PassageText) -> bool:
    """Cites the target by its marker without naming any data: a citation of its method or
    findings rather than of the dataset."""
    return passage.match_kind == "marker" and not _DATA_NOUN.search(passage.sentence)


def use_factor(passage: PassageText) -> float:
    """How strongly a passage's matches count as the paper's own use of the target's data."""
    if is_marker_only(passage):
        return MARKER_ONLY_FACTOR
    if is_first_person_use(passage.sentence):
        return 1.0  # "we fine-tune on ..." is use even in the introduction
    kind = section_kind(passage.section)
    if kind != "mention" and is_use_statement(passage.sentence):
        return 1.0  # "... was trained on ..." outside background: the paper's own setup
    return SECTION_USE_FACTOR[kind]


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def paper_sentences(page_texts: list[str], passages: Iterable[PassageText],
                    nlp: Any = None) -> list[PaperSentence]:
    """The body sentences of a paper from its stored page texts (bibliography, headings and
    page furniture left out), each marked when its paragraph mentions the target. Sentences
    that are already passages or their context are left out: they count as passages."""
    from citeaudit.passages import Block, classify_blocks, paragraphs

    passages = list(passages)
    blocks = [Block(number, text.strip(), 0.0, 0.0, 1000.0, 10.0, 1)
              for number, page_text in enumerate(page_texts, start=1)
              for text in page_text.split("\n\n") if text.strip()]
    classify_blocks(blocks)
    paras = paragraphs(blocks)
    targets = {_squash(p.sentence) for p in passages if p.sentence}
    seen = targets | {_squash(t) for p in passages for t in (p.context_before, p.context_after)
                      if t}
    nlp = nlp or sentence_splitter()
    out = []
    for para, doc in zip(paras, nlp.pipe(p.text for p in paras), strict=True):
        flat = _squash(para.text)
        near = any(t in flat for t in targets)
        for sent in doc.sents:
            text = sent.text.strip()
            if len(text) < 20 or _squash(text) in seen:
                continue
            out.append(PaperSentence(text, para.page_at(sent.start_char), para.section or "",
                                     near))
    return out


def sentence_splitter() -> Any:
    """A light spaCy pipeline that only splits sentences (for paper_sentences)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _confidence(score: float) -> float:
    """Confidence in a code from its score: 0.5 at the threshold, rising towards 1."""
    return round(1.0 - 0.5 ** (score / THRESHOLD), 3)


def _default_confidence(best_other: float) -> float:
    """Confidence in the default code: lower the closer another code came to the threshold."""
    return round(0.9 - 0.4 * min(1.0, best_other / THRESHOLD), 3)


class RuleCoder:
    """Suggest codes from the codebook's patterns (phrases or spaCy Matcher token patterns)."""

    def __init__(self, codebook: Codebook, nlp: Any = None):
        import spacy
        from spacy.matcher import Matcher

        self.codebook = codebook
        self.nlp = nlp or spacy.blank("en")
        self.matcher = Matcher(self.nlp.vocab)
        self.topics = Matcher(self.nlp.vocab)
        problems = []

        def add(matcher: Any, label: str, pattern: Any, where: str) -> None:
            tokens = ([{"LOWER": t.lower_} for t in self.nlp.tokenizer(pattern)]
                      if isinstance(pattern, str) else pattern)
            try:
                matcher.add(label, [tokens])
            except (ValueError, KeyError, TypeError) as exc:  # MatchPatternError is a ValueError
                problems.append(f"{where}: not a valid spaCy Matcher pattern "
                                f"({str(exc).strip()[:200]})")

        for dim in codebook.dimensions:
            for code in dim.codes:
                for k, pattern in enumerate(code.patterns):
                    add(self.matcher, f"{dim.name}\t{code.code}", pattern,
                        f"{dim.name}.{code.code}.patterns[{k}]")
            for k, pattern in enumerate(dim.topic):
                add(self.topics, dim.name, pattern, f"{dim.name}.topic[{k}]")
        if problems:
            raise CodebookError(codebook.source_path or codebook.name, problems)
        self.use_dims = {d.name for d in codebook.dimensions if d.evidence == "use"}
        self.paper_dims = {d.name for d in codebook.dimensions if d.evidence == "paper"}
        self.defaults = {d.name: d.default for d in codebook.dimensions}

    def _hits(self, doc: Any) -> set[tuple[str, str]]:
        labels = {self.nlp.vocab.strings[match_id] for match_id, _, _ in self.matcher(doc)}
        return {tuple(label.split("\t")) for label in labels}  # type: ignore[misc]

    def _topical(self, doc: Any) -> set[str]:
        """The dimensions whose topic the text is about."""
        return {self.nlp.vocab.strings[match_id] for match_id, _, _ in self.topics(doc)}

    def scores(self, passages: Iterable[PassageText],
               paper: Iterable[PaperSentence] = ()) -> dict[tuple[str, str], CodeScore]:
        """Weighted matches per (dimension, code), with the evidence that matched."""
        passages = list(passages)
        parts = [(p.passage_id, weight, use_factor(p), is_marker_only(p), text)
                 for p in passages
                 for weight, text in ((SENTENCE_WEIGHT, p.sentence),
                                      (CONTEXT_WEIGHT, p.context_before),
                                      (CONTEXT_WEIGHT, p.context_after)) if text]
        found: dict[tuple[str, str], CodeScore] = {}

        def count(dim: str, code: str, weight: float, evidence: str) -> None:
            entry = found.setdefault((dim, code), CodeScore())
            entry.score += weight
            if evidence not in entry.passages:
                entry.passages.append(evidence)

        docs = self.nlp.pipe(text for *_, text in parts)
        for (evidence, weight, factor, marker_only, _), doc in zip(parts, docs, strict=True):
            hits = self._hits(doc)
            topical = self._topical(doc) if hits else set()
            for dim, code in hits:  # one count per part, however many matches
                if code == self.defaults[dim]:
                    count(dim, code, weight, evidence)
                elif dim in self.use_dims:
                    count(dim, code, weight * factor, evidence)
                elif dim in self.paper_dims and marker_only and dim not in topical:
                    # citing the paper for a method or finding says nothing about its data
                    count(dim, code, weight * MARKER_ONLY_FACTOR, evidence)
                else:
                    count(dim, code, weight, evidence)
        if self.paper_dims:
            sentences = list(paper)
            for sentence, doc in zip(sentences, self.nlp.pipe(s.text for s in sentences),
                                     strict=True):
                hits = self._hits(doc)
                if not any(dim in self.paper_dims for dim, _ in hits):
                    continue
                topical = self._topical(doc)
                weight = NEAR_TARGET_WEIGHT if sentence.near_target else PAPER_WEIGHT
                for dim, code in hits:
                    if dim in self.paper_dims and dim in topical:
                        count(dim, code, weight, sentence.label)
        return found

    def suggest(self, unit_id: str, passages: Iterable[PassageText],
                paper: Iterable[PaperSentence] = ()) -> list[Suggestion]:
        scores = self.scores(passages, paper)
        decided = (decide(dim, unit_id, scores) for dim in self.codebook.dimensions)
        return [s for s in decided if s is not None]


def decide(dim: Dimension, unit_id: str,
           scores: dict[tuple[str, str], CodeScore]) -> Suggestion | None:
    """Codes for one dimension from pattern scores; the default code when none is strong
    (no suggestion when the dimension has no default)."""
    others = [c for c in dim.code_ids if c != dim.default]
    strong = [c for c in others if scores.get((dim.name, c), CodeScore()).score >= THRESHOLD]
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
        best_other = max((scores.get((dim.name, c), CodeScore()).score for c in others),
                         default=0.0)
        return Suggestion(unit_id, dim.name, [dim.default], _default_confidence(best_other),
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
        self._secrets = [api_key]  # redacted from every text the endpoint sends back
        self.http = httpx.Client(timeout=timeout_s, headers=headers)
        self.requests = 0

    def close(self) -> None:
        self.http.close()

    def request(self, title: str, passages: list[PassageText]) -> dict[str, Any]:
        """The request body for one unit: model, temperature and the prompt's messages."""
        return {"model": self.model, "temperature": 0,
                "messages": self.prompt(title, passages)}

    def fingerprint(self, request: dict[str, Any]) -> str:
        """What the LLM is asked for one unit (the request body and the prompt version)."""
        book = self.codebook
        return inputs_fingerprint((book.name, book.version, LLM_PROMPT_VERSION, self.model),
                                  json.dumps(request, sort_keys=True, ensure_ascii=False))

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
            f"[{p.passage_id}] {f'({p.section}) ' if p.section else ''}{p.context_before} "
            f">>{p.sentence}<< {p.context_after}".strip()
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
            answer = redact(response.text, self._secrets)
            if response.status_code != 200:
                raise LLMError(f"{self.url}: HTTP {response.status_code}: {answer[:300]}")
            try:
                return redacted_json(answer)
            except ValueError as exc:
                raise LLMError(f"{self.url}: the answer is not JSON") from exc
        raise LLMError(f"{self.url}: no answer")  # pragma: no cover

    def suggest(self, unit_id: str, title: str, passages: list[PassageText],
                request: dict[str, Any] | None = None,
                ) -> tuple[list[Suggestion], list[str], str]:
        """Suggestions for one unit, warnings about parts of the answer left out, the answer.
        `request` is `self.request(title, passages)` when the caller built it already."""
        answer = self._post(request or self.request(title, passages))
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
                        r["context_after"] or "", _key_or_none(r, "section") or "",
                        _key_or_none(r, "match_kind") or "alias")
            for r in rows if not _key_or_none(r, "duplicate_of")]


def _key_or_none(row: Any, key: str) -> Any:
    try:
        return row[key]
    except (IndexError, KeyError):
        return None


def paper_units(store: Store) -> list[tuple[Unit, list[PassageText]]]:
    """The current selection as coding units, with their passages as evidence."""
    selection = store.literature.get_current_selection()
    if selection is None:
        raise InputError("no selection yet: run `citeaudit fetch` first")
    out = []
    for item in store.literature.list_selection_items(selection.selection_id):
        rows = [r for r in store.documents.list_paper_passages(item["paper_id"])
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


def inputs_fingerprint(setup: Iterable[str], *inputs: Any) -> str:
    """A digest of what a coder read or was asked for one unit: `setup` names the coder's
    settings (codebook name and version, coder or prompt version, model), `inputs` what it
    read (compared by repr). A coder stores it as the unit's `_inputs` note with its codes
    (`fingerprint_row`) and recodes a unit only when the digest changes."""
    digest = hashlib.sha256("\0".join(setup).encode())
    for part in inputs:
        digest.update(repr(part).encode())
    return digest.hexdigest()


def rule_fingerprint(codebook: Codebook, passages: list[Any], pages: Any) -> str:
    """A digest of everything the rule coder reads for one unit."""
    return inputs_fingerprint((codebook.name, codebook.version, RULE_CODER_VERSION),
                              passages, pages)


def stored_fingerprints(store: Store, codebook: Codebook, coder: str) -> dict[str, str]:
    """{unit_id: fingerprint} of the inputs a coder's current codes were made from."""
    return {r["unit_id"]: loads(r["value_json"])
            for r in store.coding.list_codes(codebook.name, codebook.version, codebook.unit_type,
                                             coder) if r["dimension"] == INPUTS_DIMENSION}


def fingerprint_row(codebook: Codebook, unit_id: str, coder: str,
                    fingerprint: str) -> dict[str, Any]:
    """The `_inputs` note recording what `coder`'s codes for a unit were made from."""
    return {"unit_type": codebook.unit_type, "unit_id": unit_id, "codebook": codebook.name,
            "codebook_version": codebook.version, "dimension": INPUTS_DIMENSION,
            "coder": coder, "value": fingerprint}


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
    codebook: Codebook,
    *,
    use_llm: bool = False,
    refresh: bool = False,
    refresh_unrecorded: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> AutoSummary:
    """Register the selected papers as units and store automatic suggestions for them.

    With `use_llm`, the LLM is asked for papers it has no usable codes for and for those
    whose prompt changed since they were coded; `refresh` asks every paper again and
    `refresh_unrecorded` also those coded by an older citeaudit (no fingerprint stored)."""
    pairs = paper_units(store)
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
        if progress:
            progress(i, len(pairs) * (2 if use_llm else 1))
    with store.transaction():  # the codes and the record of what they were made from
        summary.n_codes_changed = store_auto_codes(store, codebook, suggestions,
                                                   coder=AUTO_CODER)
        store.coding.upsert_codes(fingerprints, source=AUTO_CODER)
    if use_llm:
        _ask_llm(store, config, codebook, pairs, summary, refresh, refresh_unrecorded,
                 progress)
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
    names = ", ".join(f'{unit_id} "{_short(title)}"' if title else unit_id
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


def _short(title: str, limit: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[:limit - 3].rstrip() + "..."
