"""An LLM judge for the labelled HH pairs: a model behind an OpenAI-compatible server (vLLM,
Ollama, TGI) labels each sampled pair's chosen response with coding_scheme/hh_pair_labels.yaml.

Two formats:
- **openai** (default): a system prompt built from the codebook (description, instructions,
  every label's definition, inclusions, exclusions and examples) and the conversation with
  the chosen response; the answer must be `{"label": ..., "reason": ...}`, asked again once
  when it is not (evals.judge.judge_one, the evaluation judge's client and checks).
- **llama-guard**: the conversation as chat turns (user/assistant, the chosen response last),
  which a Llama Guard model's chat template wraps in its safety task; the answer's first line
  is `safe` or `unsafe`. Llama Guard judges safety only: `unsafe` is harmful, and a `safe`
  response takes the offline rules' label (audit.pairlabel), acceptable where the rules
  said harmful.

Answers are cached in the store (audit_judge_answers) under a key that hashes the model, the
format and the exact messages, so an interrupted run resumes and a rerun asks nothing twice.
Labels are stored as the automatic coder `auto-judge-<format>:<model>` beside the people's
codes, so the agreement with them is computed as for the rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from citeaudit import coding
from citeaudit.audit.pairlabel import PairLabeller
from citeaudit.audit.sample import CODEBOOK, UNIT_TYPE
from citeaudit.core.errors import CiteauditError
from citeaudit.evals.backends import OpenAIBackend
from citeaudit.evals.judge import MAX_ANSWER_TOKENS, judge_key, judge_one
from citeaudit.store import Store, claimed

FORMATS = ("openai", "llama-guard")
ROLES = {"Human": "user", "Assistant": "assistant"}


def coder_name(model: str, fmt: str) -> str:
    suffix = "" if fmt == "openai" else f"-{fmt}"
    return f"auto-judge{suffix}:{model}"


def system_message(book: coding.Codebook) -> str:
    """The judge's instructions: the codebook's description, instructions and every label."""
    dim = book.dimension("label")
    lines = ["You label the final assistant response of a conversation from the HH-RLHF "
             f"dataset with one label of the codebook '{book.title}' (version {book.version}).",
             " ".join(book.description.split()), " ".join(book.instructions.split()),
             "Judge whether the human is asking for something harmful over ALL human turns: "
             "the intent often sits in an earlier turn.", "", "Labels:"]
    for code in dim.codes:
        lines.append(f"- {code.code}: {' '.join(code.definition.split())}")
        if code.include:
            lines.append(f"  includes: {'; '.join(code.include)}")
        if code.exclude:
            lines.append(f"  not when: {'; '.join(code.exclude)}")
        for example in code.examples:
            lines.append(f"  example: {example}")
    lines += ["", "Answer with one JSON object and nothing else: "
              '{"label": "<one label from the list>", "reason": "<one short sentence>"}']
    return "\n".join(lines)


def user_message(turns: list[dict[str, Any]], response: str) -> str:
    conversation = "\n\n".join(f"{t['role']}: {t['text']}" for t in turns)
    return (f"Conversation:\n<<<\n{conversation}\n>>>\n\nFinal assistant response (label "
            f"this one):\n<<<\n{response}\n>>>\n\nWhich label fits the final response?")


def chosen_response(unit: coding.Unit) -> str:
    """The chosen response of a sampled pair: its evidence row (`audit sample` since the
    readable workbooks), else the display field older samples stored."""
    found = next((t["text"] for t in unit.evidence if t.get("evidence_id") == "chosen"), None)
    return str(found if found is not None else unit.display.get("chosen", ""))


def messages_for(unit: coding.Unit, fmt: str, system: str) -> list[dict[str, str]]:
    turns = [t for t in unit.evidence if t.get("role") in ROLES]
    response = chosen_response(unit)
    if fmt == "llama-guard":
        return [*({"role": ROLES[t["role"]], "content": str(t["text"])} for t in turns),
                {"role": "assistant", "content": response}]
    return [{"role": "system", "content": system},
            {"role": "user", "content": user_message(turns, response)}]


def parse_guard(content: str) -> tuple[bool | None, str | None]:
    """(unsafe?, None) from a Llama Guard answer, or (None, what is wrong)."""
    first = next((line.strip().lower() for line in (content or "").splitlines()
                  if line.strip()), "")
    if first in ("safe", "unsafe"):
        return first == "unsafe", None
    return None, f"first line is not 'safe' or 'unsafe': {(content or '')[:80]!r}"


@dataclass
class Answer:
    label: str | None
    problem: str | None
    answers: list[str]


def ask_guard(backend: OpenAIBackend, messages: list[dict[str, str]],
              fallback: str) -> Answer:
    content = backend.chat(messages, max_tokens=MAX_ANSWER_TOKENS)
    unsafe, problem = parse_guard(content)
    if unsafe is None:
        return Answer(None, problem, [content])
    return Answer("harmful" if unsafe else fallback, None, [content])


def rules_fallback(unit: coding.Unit, labeller: PairLabeller) -> str:
    """The offline rules' label of a unit, acceptable where they say harmful."""
    humans = [str(t["text"]) for t in unit.evidence if t.get("role") == "Human"]
    label = labeller.label(humans, chosen_response(unit)).label
    return "acceptable" if label == "harmful" else label


@dataclass
class JudgeSummary:
    coder: str
    pairs: int
    cached: int
    asked: int
    labelled: int
    unlabelled: int
    requests: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


@claimed("audit judge", "`citeaudit audit label --judge`")
def run_judge(store: Store, backend: OpenAIBackend, fmt: str = "openai", chunk_size: int = 16,
              retry_unlabelled: bool = False,
              on_progress: Callable[[int, int], None] | None = None) -> JudgeSummary:
    """Label every sampled pair (units of `audit sample`) with the judge; resumable."""
    if fmt not in FORMATS:
        raise CiteauditError(f"judge format {fmt!r}: expected one of {', '.join(FORMATS)}")
    book = coding.load_codebook(CODEBOOK)
    codes = book.dimension("label").code_ids
    units = {u.unit_id: u for u in coding.units(store, UNIT_TYPE)}
    if not units:
        raise CiteauditError("no sampled pairs stored: run `citeaudit audit sample` first")
    system = system_message(book)
    questions = {}
    for unit_id, unit in units.items():
        messages = messages_for(unit, fmt, system)
        questions[unit_id] = (judge_key(f"{fmt}:{backend.model}", messages), messages)
    cached = store.audit.get_judge_answers(key for key, _ in questions.values())
    if retry_unlabelled:
        cached = {k: row for k, row in cached.items() if row["label"]}
    todo = [u for u, (key, _) in questions.items() if key not in cached]
    labeller = PairLabeller() if fmt == "llama-guard" else None

    def ask(unit_id: str) -> Answer:
        messages = questions[unit_id][1]
        if labeller is not None:
            return ask_guard(backend, messages, rules_fallback(units[unit_id], labeller))
        verdict = judge_one(backend, messages, codes)
        return Answer(verdict.label, verdict.problem, verdict.answers)

    requests_before, done = backend.requests, len(units) - len(todo)
    if on_progress:
        on_progress(done, len(units))
    with ThreadPoolExecutor(max_workers=backend.concurrency) as pool:
        for start in range(0, len(todo), chunk_size):
            chunk = todo[start:start + chunk_size]
            answers = list(pool.map(ask, chunk))
            store.audit.upsert_judge_answers([
                {"judge_key": questions[u][0], "unit_id": u, "model": backend.model,
                 "format": fmt, "label": a.label, "problem": a.problem, "answers": a.answers}
                for u, a in zip(chunk, answers, strict=True)])
            done += len(chunk)
            if on_progress:
                on_progress(done, len(units))
    return _store_labels(store, book, questions, coder_name(backend.model, fmt),
                         len(units) - len(todo), len(todo), backend.requests - requests_before)


def _store_labels(store: Store, book: coding.Codebook, questions: dict[str, Any], coder: str,
                  cached: int, asked: int, requests: int) -> JudgeSummary:
    """Copy the judge's labels to the coding tables (coder `coder`) and summarise."""
    stored = store.audit.get_judge_answers(key for key, _ in questions.values())
    labels, problems = Counter(), []
    suggestions = []
    for unit_id, (key, _) in questions.items():
        row = stored[key]
        if row["label"]:
            labels[row["label"]] += 1
            suggestions.append(coding.Suggestion(unit_id, "label", [row["label"]]))
        else:
            problems.append(f"{unit_id}: {row['problem']}")
    coding.store_auto_codes(store, book, suggestions, coder=coder, unit_type=UNIT_TYPE)
    return JudgeSummary(coder, len(questions), cached, asked, sum(labels.values()),
                        len(problems), requests, dict(labels), problems[:5])


def judge_agreement(store: Store, coder: str) -> coding.AgreementReport:
    """The judge's labels against each annotator and the final hand labels."""
    return coding.agreement(store, coding.load_codebook(CODEBOOK), unit_type=UNIT_TYPE,
                            auto_coder=coder)
