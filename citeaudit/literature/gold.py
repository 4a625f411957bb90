"""Score the rule-based coder against hand codes (a gold file) on real PDFs, per dimension.

Independent of the store: each PDF named in the gold file is read with the passages stage's
extractor, coded by the rules, and compared with the hand codes (accuracy and Cohen's kappa;
per code for multi-label dimensions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from citeaudit.coding.codebook import Codebook
from citeaudit.coding.reliability import EXACT_SET, cohen_kappa
from citeaudit.coding.units import check_value
from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.literature.rulecode import (
    PassageText,
    RuleCoder,
    paper_sentences,
    sentence_splitter,
)

HH_TARGET = {
    "title": "Training a Helpful and Harmless Assistant with Reinforcement Learning from Human "
             "Feedback",
    "arxiv_id": "2204.05862", "first_author_surname": "Bai", "year": 2022,
}


@dataclass
class GoldPaper:
    file: str
    title: str
    codes: dict[str, list[str]]
    # where the PDF supports each code: keyed by the code (multi-label dimensions) or by the
    # dimension's name (single-valued ones), e.g. {"reward_model": "p. 6: ..."}
    evidence: dict[str, str] = field(default_factory=dict)


@dataclass
class GoldRow:
    dimension: str
    code: str | None
    accuracy: float | None
    kappa: float | None
    n_units: int


@dataclass
class GoldReport:
    rows: list[GoldRow] = field(default_factory=list)
    n_papers: int = 0
    n_passages: int = 0
    per_paper: list[dict[str, Any]] = field(default_factory=list)


def load_gold(path: Path, codebook: Codebook) -> list[GoldPaper]:
    """Read and validate a gold file: its codebook, and every code against it."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("papers"), list):
        raise InputError(f"{path}: expected a mapping with 'codebook', 'version' and 'papers'")
    if (data.get("codebook"), str(data.get("version"))) != (codebook.name, codebook.version):
        raise InputError(f"{path}: coded with {data.get('codebook')} version "
                         f"{data.get('version')}, not {codebook.name} version {codebook.version}")
    papers, problems = [], []
    for i, raw in enumerate(data["papers"]):
        codes: dict[str, list[str]] = {}
        for dim in codebook.dimensions:
            value = (raw.get("codes") or {}).get(dim.name)
            value = [value] if isinstance(value, str) else value
            try:
                codes[dim.name] = check_value(codebook, dim.name, [str(v) for v in value or []])
            except InputError as exc:
                problems.append(f"papers[{i}] ({raw.get('file')}): {exc}")
        evidence = raw.get("evidence") or {}
        problems += [f"papers[{i}] ({raw.get('file')}): {problem}"
                     for problem in _evidence_problems(evidence, codes, codebook)]
        papers.append(GoldPaper(str(raw.get("file")), str(raw.get("title", "")), codes,
                                {str(k): str(v) for k, v in dict(evidence).items()}
                                if isinstance(evidence, dict) else {}))
    if problems:
        raise InputError(f"{path}: " + "; ".join(problems))
    return papers


def _evidence_problems(evidence: Any, codes: dict[str, list[str]], codebook: Codebook
                       ) -> list[str]:
    """What is wrong with a paper's `evidence` mapping: each key must be a code the paper has
    in a multi-label dimension, or the name of a single-valued dimension; values are text."""
    if not isinstance(evidence, dict):
        return ["'evidence' must be a mapping of code (or dimension) to text"]
    allowed = {dim.name for dim in codebook.dimensions if not dim.multiple}
    allowed |= {code for dim in codebook.dimensions if dim.multiple for code in codes[dim.name]}
    return [f"evidence for {key!r}, which is not one of its codes ({', '.join(sorted(allowed))})"
            if key not in allowed else f"evidence for {key!r} is not text"
            for key, text in evidence.items()
            if key not in allowed or not isinstance(text, str) or not text.strip()]


def score_rules(
    gold_path: Path,
    pdf_root: Path,
    codebook: Codebook,
    config: Config,
    progress: Callable[[int, int], None] | None = None,
) -> GoldReport:
    """Extract passages from each gold paper's PDF, code them by rule, compare with the gold."""
    from citeaudit.literature.extract.pdf import extract_pdf_limited, extraction_worker
    from citeaudit.literature.extract.records import TargetRef

    papers = load_gold(gold_path, codebook)
    target = TargetRef(**HH_TARGET)
    coder = RuleCoder(codebook)
    splitter = sentence_splitter() if coder.paper_dims else None
    predicted: dict[str, dict[str, list[str]]] = {}
    report = GoldReport(n_papers=len(papers))
    with extraction_worker(config) as worker:  # under the memory and time limits of `extract`
        for i, paper in enumerate(papers, start=1):
            pdf = pdf_root / paper.file
            if not pdf.exists():
                raise InputError(f"{pdf}: PDF named in {gold_path} not found")
            extraction = extract_pdf_limited(worker, pdf, paper.file, target)
            passages = [PassageText(p.passage_id, p.sentence, p.context_before,
                                    p.context_after, p.section or "", p.match_kind)
                        for p in extraction.passages]
            report.n_passages += len(passages)
            sentences = (paper_sentences(extraction.pages, passages, splitter)
                         if splitter and passages else [])
            predicted[paper.file] = {s.dimension: s.codes
                                     for s in coder.suggest(paper.file, passages, sentences)}
            report.per_paper.append({"file": paper.file, "passages": len(passages),
                                     "gold": paper.codes, "auto": predicted[paper.file]})
            if progress:
                progress(i, len(papers))
    for dim in codebook.dimensions:
        views: list[tuple[str | None, Callable[[list[str]], Any]]]
        if dim.multiple:
            views = [(c, lambda v, c=c: c in v) for c in dim.code_ids]
            views.append((EXACT_SET, lambda v: "; ".join(v)))
        else:
            views = [(None, lambda v: v[0] if v else None)]
        for code, read in views:
            pairs = [(read(p.codes[dim.name]), read(predicted[p.file].get(dim.name, [])))
                     for p in papers]
            accuracy = sum(a == b for a, b in pairs) / len(pairs) if pairs else None
            report.rows.append(GoldRow(dim.name, code, accuracy, cohen_kappa(pairs),
                                       len(pairs)))
    return report
