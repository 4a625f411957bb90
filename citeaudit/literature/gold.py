"""Score the automatic usage coders against hand codes (a gold file), per dimension and on the
seven columns of the literature analysis (trains on HH, evaluates on HH, ...).

The rules are scored on real PDFs, independent of the store: each PDF named in the gold file
is read with the passages stage's extractor and coded by the rules. Codes stored by `code auto`
(rules, `auto`; LLM, `auto-llm`) are scored from the store, matching gold papers to stored ones
by arXiv id (the gold entry's `arxiv_id`, else the file's stem). Each column gets Cohen's kappa
with a seeded bootstrap interval (papers resampled), and each disagreement the evidence behind
both codes: the passages or cues that drove the automatic code, the gold file's note and page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from citeaudit.coding.codebook import Codebook
from citeaudit.coding.reliability import EXACT_SET, cohen_kappa, kappa_interval
from citeaudit.coding.units import AUTO_CODER, Suggestion, check_value, suggestions_of
from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.core.text import shorten
from citeaudit.literature.rulecode import (
    CodeScore,
    PassageText,
    RuleCoder,
    paper_sentences,
    sentence_splitter,
    use_evidence,
)
from citeaudit.store import Store

HH_TARGET = {
    "title": "Training a Helpful and Harmless Assistant with Reinforcement Learning from Human "
             "Feedback",
    "arxiv_id": "2204.05862", "first_author_surname": "Bai", "year": 2022,
}


RULES = "rules"  # the coder name shown for the rules run on the PDFs
TRAINING_ROLES = frozenset({"policy_sft", "policy_rlhf", "policy_dpo"})
EVIDENCE_CHARS = 160


@dataclass(frozen=True)
class Column:
    """One column of the literature analysis: yes when the paper has any of `codes` in
    `dimension` (training = any policy role; red team = the red-team subset; ...)."""

    label: str
    dimension: str
    codes: frozenset[str]

    def read(self, codes: dict[str, list[str]]) -> bool:
        return bool(self.codes & set(codes.get(self.dimension, [])))


USAGE_COLUMNS = (
    Column("trains on HH", "role", TRAINING_ROLES),
    Column("evaluates on HH", "role", frozenset({"evaluation"})),
    Column("reward model", "role", frozenset({"reward_model"})),
    Column("red-team subset", "subset", frozenset({"red_team"})),
    Column("mention only", "role", frozenset({"mention_only"})),
    Column("critiques HH", "critical_engagement", frozenset({"yes"})),
    Column("harmlessness definition", "harm_definition", frozenset({"yes"})),
)


@dataclass
class GoldPaper:
    file: str
    title: str
    codes: dict[str, list[str]]
    note: str = ""  # the annotator's note and page, shown beside a disagreement
    arxiv_id: str = ""
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
class CodedPaper:
    """One coder's codes for one gold paper, with the evidence behind each column."""

    file: str
    codes: dict[str, list[str]]
    evidence: dict[str, list[str]] = field(default_factory=dict)  # column label -> lines


@dataclass
class ColumnScore:
    label: str
    kappa: float | None
    low: float | None  # bootstrap interval
    high: float | None
    n_units: int
    gold_yes: int
    auto_yes: int


@dataclass
class Disagreement:
    file: str
    title: str
    column: str
    gold: bool
    auto: bool
    auto_evidence: list[str]
    gold_evidence: str


@dataclass
class ColumnTable:
    """One coder's agreement with the gold on the seven columns, over a set of papers."""

    coder: str
    papers: str  # "all", "held-out" or "development"
    n_papers: int
    columns: list[ColumnScore]
    disagreements: list[Disagreement]

    @property
    def mean_kappa(self) -> float | None:
        defined = [c.kappa for c in self.columns if c.kappa is not None]
        return sum(defined) / len(defined) if defined else None

    @property
    def n_defined(self) -> int:
        return sum(c.kappa is not None for c in self.columns)


@dataclass
class GoldReport:
    rows: list[GoldRow] = field(default_factory=list)
    n_papers: int = 0
    n_passages: int = 0
    per_paper: list[dict[str, Any]] = field(default_factory=list)
    tables: list[ColumnTable] = field(default_factory=list)
    unmatched: dict[str, list[str]] = field(default_factory=dict)  # coder: gold files uncoded


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
        papers.append(GoldPaper(
            str(raw.get("file")), str(raw.get("title", "")), codes, note=_gold_note(raw),
            arxiv_id=str(raw.get("arxiv_id") or ""),
            evidence={str(k): str(v) for k, v in evidence.items()}
            if isinstance(evidence, dict) else {}))
    if problems:
        raise InputError(f"{path}: " + "; ".join(problems))
    return papers


def _gold_note(raw: dict[str, Any]) -> str:
    """The annotator's note with any page(s) the gold entry records."""
    parts = [f"{key} {raw[key]}" for key in ("page", "pages") if raw.get(key)]
    parts += [" ".join(str(raw["note"]).split())] if raw.get("note") else []
    return "; ".join(parts)


def gold_evidence(paper: GoldPaper, column: Column) -> str:
    """The gold's recorded evidence (page and words) for the column's codes, else its note."""
    found = [f"{key}: {text}" for key, text in paper.evidence.items()
             if key in column.codes or key == column.dimension]
    return "; ".join(found) or paper.note


def select_papers(papers: list[GoldPaper], names: tuple[str, ...]) -> set[str]:
    """The gold files that `names` pick (a file as written in the gold, its name or stem);
    an error naming those that pick none."""
    picked, unknown = set(), []
    for name in names:
        found = {p.file for p in papers if name in (p.file, Path(p.file).name, Path(p.file).stem)}
        picked |= found
        if not found:
            unknown.append(name)
    if unknown:
        raise InputError(f"--held-out: not in the gold file: {', '.join(unknown)}")
    return picked


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
    *,
    held_out: tuple[str, ...] = (),
    n_boot: int = 1000,
    seed: int = 0,
) -> GoldReport:
    """Extract passages from each gold paper's PDF, code them by rule, compare with the gold."""
    from citeaudit.literature.extract.pdf import extract_pdf_limited, extraction_worker
    from citeaudit.literature.extract.records import TargetRef

    papers = load_gold(gold_path, codebook)
    held = select_papers(papers, held_out)
    target = TargetRef(**HH_TARGET)
    coder = RuleCoder(codebook)
    splitter = sentence_splitter() if coder.paper_dims else None
    coded: dict[str, CodedPaper] = {}
    report = GoldReport(n_papers=len(papers))
    with extraction_worker(config) as worker:  # under the memory and time limits of `extract`
        for i, paper in enumerate(papers, start=1):
            pdf = pdf_root / paper.file
            if not pdf.exists():
                raise InputError(f"{pdf}: PDF named in {gold_path} not found")
            extraction = extract_pdf_limited(worker, pdf, paper.file, target)
            passages = [PassageText(p.passage_id, p.sentence, p.context_before,
                                    p.context_after, p.section or "", p.match_kind,
                                    getattr(p, "passage_kind", "dataset_use"))
                        for p in extraction.passages]
            report.n_passages += len(passages)
            sentences = (paper_sentences(extraction.pages, passages, splitter)
                         if splitter and passages else [])
            labels = {p.passage_id: passage_label(p.page, p.section, p.sentence)
                      for p in extraction.passages}
            coded[paper.file] = code_by_rules(coder, paper.file, passages, sentences, labels)
            report.per_paper.append({"file": paper.file, "passages": len(passages),
                                     "gold": paper.codes, "auto": coded[paper.file].codes})
            if progress:
                progress(i, len(papers))
    report.rows = dimension_rows(codebook, papers, {f: c.codes for f, c in coded.items()})
    report.tables = column_tables(codebook, RULES, papers, coded, held, n_boot, seed)
    return report


def score_stored(
    store: Store,
    gold_path: Path,
    codebook: Codebook,
    coders: tuple[str, ...] = (AUTO_CODER,),
    *,
    held_out: tuple[str, ...] = (),
    n_boot: int = 1000,
    seed: int = 0,
) -> GoldReport:
    """Compare the codes `code auto` stored (per coder: `auto`, `auto-llm`) with the gold, on
    the gold papers the store holds codes for. A coder with no stored codes is left out."""
    papers = load_gold(gold_path, codebook)
    held = select_papers(papers, held_out)
    report = GoldReport(n_papers=len(papers))
    for coder in coders:
        stored = stored_codes(store, codebook, coder, papers)
        if not stored:
            continue
        matched = [p for p in papers if p.file in stored]
        report.unmatched[coder] = [p.file for p in papers if p.file not in stored]
        report.tables += column_tables(codebook, coder, matched, stored, held, n_boot, seed)
    return report


def stored_codes(store: Store, codebook: Codebook, coder: str,
                 papers: list[GoldPaper]) -> dict[str, CodedPaper]:
    """One coder's stored codes for the gold papers the store knows, with the passages its
    evidence names as each column's evidence."""
    suggestions = suggestions_of(store, codebook, coder=coder)
    out = {}
    for paper in papers:
        paper_id = store.literature.get_paper_id(paper.arxiv_id or Path(paper.file).stem)
        if paper_id is None or paper_id not in suggestions:
            continue
        labels = {r["passage_id"]: passage_label(r["page"], r["section"], r["sentence"])
                  for r in store.documents.list_paper_passages(paper_id)}
        found = suggestions[paper_id]
        codes = {dim: s.codes for dim, s in found.items()}
        out[paper.file] = CodedPaper(paper.file, codes, {
            col.label: stored_evidence(found.get(col.dimension), labels)
            for col in USAGE_COLUMNS})
    return out


def passage_label(page: int | None, section: str | None, sentence: str) -> str:
    """How a passage is shown as evidence: page, section and its sentence, shortened."""
    where = ", ".join(x for x in (f"p. {page}" if page else "", section or "") if x)
    text = shorten(" ".join(sentence.split()), EVIDENCE_CHARS, ellipsis="...")
    return f"{where}: {text}" if where else text


def stored_evidence(suggestion: Suggestion | None, labels: dict[str, str]) -> list[str]:
    if suggestion is None:
        return ["no code stored"]
    lines = [f"codes {', '.join(suggestion.codes)}"]
    return lines + [labels.get(e, e) for e in suggestion.evidence]


def code_by_rules(coder: RuleCoder, unit_id: str, passages: list[PassageText],
                  sentences: list[Any], labels: dict[str, str]) -> CodedPaper:
    """The rules' codes for one paper, and for each column the cues that drove it."""
    labels = {**{s.label: passage_label(s.page, s.section, s.text) for s in sentences},
              **labels}  # a paper sentence in full, where its stored label is cut short
    scores = coder.decided_scores(passages, sentences)
    codes = {s.dimension: s.codes for s in coder.suggest(unit_id, passages, sentences)}
    evidence = {}
    for col in USAGE_COLUMNS:
        if col.codes == {coder.defaults.get(col.dimension)}:
            shown = [labels.get(e, e) for e in use_evidence(passages, sentences)]
            evidence[col.label] = (["the paper's own use is stated in:"] + shown if shown else
                                   ["no passage states the paper's own use of the data"])
        else:
            evidence[col.label] = code_evidence(scores, col, labels)
    return CodedPaper(unit_id, codes, evidence)


def code_evidence(scores: dict[tuple[str, str], CodeScore], column: Column,
                  labels: dict[str, str]) -> list[str]:
    """Each of the column's codes with its score and the passages or sentences that matched."""
    lines = []
    for code in sorted(column.codes):
        entry = scores.get((column.dimension, code))
        if entry is None or not entry.passages:
            continue
        lines.append(f"{code}: score {entry.score:.2f}")
        lines += [f"  {labels.get(e, e)}" for e in entry.passages[:3]]
    return lines or [f"no cue for {', '.join(sorted(column.codes))}"]


def dimension_rows(codebook: Codebook, papers: list[GoldPaper],
                   predicted: dict[str, dict[str, list[str]]]) -> list[GoldRow]:
    """Accuracy and kappa per dimension (per code and exact set for multi-label ones)."""
    rows = []
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
            rows.append(GoldRow(dim.name, code, accuracy, cohen_kappa(pairs), len(pairs)))
    return rows


def column_tables(codebook: Codebook, coder: str, papers: list[GoldPaper],
                  coded: dict[str, CodedPaper], held: set[str], n_boot: int,
                  seed: int) -> list[ColumnTable]:
    """The seven columns for all papers, or for the held-out and the development papers
    apart when some are held out. None for a codebook without the columns' dimensions."""
    if not {c.dimension for c in USAGE_COLUMNS} <= set(codebook.dimension_names):
        return []
    if not held:
        return [column_table(coder, "all", papers, coded, n_boot, seed)]
    return [column_table(coder, name, [p for p in papers if (p.file in held) == is_held],
                         coded, n_boot, seed)
            for name, is_held in (("held-out", True), ("development", False))]


def column_table(coder: str, name: str, papers: list[GoldPaper], coded: dict[str, CodedPaper],
                 n_boot: int, seed: int) -> ColumnTable:
    columns, disagreements = [], []
    for col in USAGE_COLUMNS:
        pairs = [(col.read(p.codes), col.read(coded[p.file].codes)) for p in papers]
        low, high = (None if v != v else v for v in kappa_interval(pairs, n_boot, seed))
        columns.append(ColumnScore(col.label, cohen_kappa(pairs), low, high, len(pairs),
                                   sum(g for g, _ in pairs), sum(a for _, a in pairs)))
        disagreements += [
            Disagreement(p.file, p.title, col.label, gold, auto,
                         coded[p.file].evidence.get(col.label, []), gold_evidence(p, col))
            for p, (gold, auto) in zip(papers, pairs, strict=True) if gold != auto]
    disagreements.sort(key=lambda d: d.file)
    return ColumnTable(coder, name, len(papers), columns, disagreements)
