"""The optional LLM usage coder: asks any OpenAI-compatible /v1/chat/completions endpoint to
code a paper from its passages, and checks the answer against the codebook."""

from __future__ import annotations

import json
import time
from typing import Any

from citeaudit.coding.codebook import Codebook
from citeaudit.coding.fingerprints import inputs_fingerprint
from citeaudit.coding.units import Suggestion
from citeaudit.core.errors import CiteauditError, InputError
from citeaudit.core.redaction import redact, redacted_json
from citeaudit.literature.extract.companions import REDTEAM_MARKER
from citeaudit.literature.rulecode import MAX_EVIDENCE, PassageText, section_kind

LLM_CODER = "auto-llm"
ANSWER_DIMENSION = "_llm_answer"  # the raw answer, kept for audit and to avoid asking twice
# Bump when the reading of answers changes (or the prompt in a way its text does not show):
# every paper is then asked again.
LLM_PROMPT_VERSION = "1"


# What passage kinds and sections say about use; the same reading as the rule coder's.
PASSAGE_KINDS = {
    "dataset_use": "names the dataset",
    "citation": "cites the dataset's paper",
    "model_name": "names a model trained on the dataset, not the data",
    "table_figure": "text of a table or figure",
}
SECTION_KINDS = {"use": "method, experiments or appendix",
                 "mention": "introduction, background or related work", "other": "other"}


READING_GUIDE = (
    "How to read the passages: code what this paper itself does with the data. A first-person "
    "statement (\"we train on\", \"we evaluate on\", \"our reward model is trained on\") or a "
    "passage in a method, experiment, data or appendix section shows use; a description of "
    "what another work did (\"X was trained on\", \"Bai et al. trained\") or a mention in the "
    "introduction or related work does not. Passages that only name a model or are table or "
    "figure text give no role. Give mention_only only when no use is found; a survey or a "
    "paper that cites the dataset only in related work is mention_only. Give the red-team "
    "subset when the red-team data or its prompts are used.")


def passage_where(passage: PassageText) -> str:
    """A passage's kind and section as the prompt shows them: 'names the dataset; section
    4.2 Setup (method, experiments or appendix)'."""
    kind = PASSAGE_KINDS.get(passage.kind, passage.kind)
    if passage.match_kind == "marker" and passage.kind == "dataset_use":
        kind = PASSAGE_KINDS["citation"]
    if passage.match_kind == REDTEAM_MARKER:
        kind = "cites the paper of the dataset's red-team data (Ganguli et al. 2022) for its data"
    if not passage.section:
        return f"{kind}; section unknown"
    return f"{kind}; section {passage.section} ({SECTION_KINDS[section_kind(passage.section)]})"


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
            f"[{p.passage_id}] ({passage_where(p)}) {p.context_before} "
            f">>{p.sentence}<< {p.context_after}".strip()
            for p in passages)
        return [
            {"role": "system", "content": "You code research papers with a codebook. Answer "
             "with one JSON object and nothing else."},
            {"role": "user", "content": "\n".join(lines) + f"\n\nPaper: {title}\n\nPassages "
             f"(the sentence that mentions the dataset is between >> <<; before it, its kind "
             f"and the section it stands in):\n{evidence}\n\n{READING_GUIDE}\n\n"
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
