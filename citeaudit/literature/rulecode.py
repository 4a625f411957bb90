"""The rule-based usage coder: suggestions per paper from its evidence passages.

It compiles each code's `patterns` from the codebook into a spaCy Matcher and scores codes by
where they match: the passage's sentence counts fully, its context half. Each dimension's
`evidence` scope says what else it reads:

- `use` (role, subset): codes other than the default need the paper's own use of the data.
  A match counts fully in a method, experiment or appendix section, in a first-person use
  statement ("we train on ...") anywhere, or in an impersonal one ("... is used to ...")
  outside background sections; little in the introduction or related work, and little in
  a sentence that cites the target only by its marker without naming data (citing a paper
  for its method is not using its data), or that describes what another work did with the
  data ("Bai et al. trained ...", "their training set ...").
  Before any such code is given, the paper must be seen to use the data at all (`uses_data`):
  a first-person use statement, an impersonal one outside background sections, a listing in
  a data section, or a link to the data or a checkpoint trained on it (`github.com/anthropics/
  hh-rlhf`, `Dahoas/full-hh-rlhf`, an OpenAssistant reward model) outside background
  sections. Otherwise the role is mention only and the subset unspecified: a survey or a
  related-work mention is mention only. Only passages of the kinds in `ROLE_KINDS` (the
  dataset named or cited) count; model names and table or figure text do not.
  A passage citing the paper of the target's red-team data for that data (match kind
  `redteam_marker`, Ganguli et al. 2022 for HH) counts for the codes in `CITED_DATA_CODES`
  (the red-team subset) as a sentence matching their patterns would; it does not frame the
  dataset as a whole (framing), and for critique and harm definition it counts only where it
  is topical, as a body sentence near the target would.
- `paper` (critical engagement, harm definition): also every body sentence of the paper that
  matches the dimension's `topic` patterns; fully in a paragraph that mentions the target,
  half elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from citeaudit.coding.codebook import Codebook, CodebookError, Dimension
from citeaudit.coding.units import Suggestion
from citeaudit.core.text import shorten
from citeaudit.literature.extract.companions import REDTEAM_MARKER

RULE_CODER_VERSION = "6"  # bump when the rules change in a way the codebook version does not
SENTENCE_WEIGHT = 1.0
CONTEXT_WEIGHT = 0.5
NEAR_TARGET_WEIGHT = 1.0  # a topical sentence in a paragraph that mentions the target
PAPER_WEIGHT = 0.5  # a topical sentence elsewhere in the paper
THRESHOLD = 1.0  # a code needs one full-weight match, or two half-weight ones
MAX_EVIDENCE = 10
MENTION_CAP = THRESHOLD / 2  # the most a use-scoped code scores in a paper that only mentions
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
    r"draw|split|filter|translate|obtain|extract|randomly|explore|explored|investigate|"
    r"investigated|study|studied|implement|implemented|optimi[sz]e)\b"
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:experiments?|evaluations?|training|setup|models?|"
    r"polic(?:y|ies)|reward models?|datasets?|data)\b", re.IGNORECASE)
# Impersonal statements of use: the paper's own use outside background sections.
_USE_STATEMENT = re.compile(
    r"\b(?:trained|fine-?tuned|finetuned|evaluated|tested|sampled|drawn|taken|selected|"
    r"collected|obtained|derived|constructed|built|optimi[sz]ed)\s+(?:on|from|using|with)\b"
    r"|\b(?:is|are|was|were)\s+(?:used|adopted|employed|utili[sz]ed)\b"
    r"|\b(?:training|test|testing|validation|evaluation|eval|held-?out)\s+"
    r"(?:split|splits|set|sets|subset|data)\b"
    # "experiments are conducted on ...", "we conduct experiments on ...": the paper's runs
    r"|\b(?:experiments?|training|evaluations?)\s+(?:is|are|was|were)\s+"
    r"(?:conducted|performed|run|carried\s+out)\b"
    r"|\bconduct(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:experiments?|evaluations?)\s+on\b",
    re.IGNORECASE)
_DATA_NOUN = re.compile(
    r"\b(?:datasets?|data|preferences?|comparisons?|prompts?|conversations?|dialogues?|"
    r"splits?|labels?|annotations?|responses?|pairs|samples|subsets?|transcripts?)\b",
    re.IGNORECASE)
_SPACE = re.compile(r"\s+")
# Codes a paper's method sentences can give once it uses the data (how it trains on it).
TRAINING_CODES = {"role": ("policy_sft", "policy_rlhf", "policy_dpo", "reward_model",
                            "evaluation")}
METHOD_WEIGHT = 1.0
# Codebook exclusions the patterns cannot express: a sentence that only uses an existing
# reward model (to score outputs, as a proxy) does not train one ("using an existing reward
# model only to score outputs" is evaluation).
# Issue 17, second round (from the held-out papers MART and KTO): up to five words between
# the article and "reward model" ("the same safety and helpfulness reward model"), and a
# reward model that judges or scores outputs ("judged by a reward model", "RM score").
_EXISTING_REWARD_MODEL = re.compile(
    r"(?:\b(?:use|uses|used|using|adopt|adopts|employ|employs|with)\s+(?:(?:an?|the)\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:(?:reward|preference)\s+models?|RMs?)\b"
    r"|\b(?:judged|scored|rated|ranked|graded|evaluated)\s+(?:by|with|using)\s+"
    r"(?:an?|the|its|our)\s+(?:[\w-]+\s+){0,3}?(?:reward|preference)\s+models?\b"
    r"|\b(?:RMs?|reward\s+models?|preference\s+models?)\s+(?:scores?|evaluations?|"
    r"judgements?|judgments?|ratings?)\b)"
    r"(?![^.]{0,30}\bwe\s+train)", re.IGNORECASE)
# Method sentences that do not say the paper trains by the method they name: a definition of
# a method ("PPO is an online algorithm ...") and settings borrowed from other methods ("the
# same hyperparameters as existing SFT methods"). Issue 17, second round (KTO, MART).
_DEFINES_METHOD = re.compile(
    r"^\W*(?:the\s+)?(?:standard\s+|vanilla\s+|original\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"(?:\s*\([^)]*\))?\s+(?:is|are)\s+(?:an?|the|typically|usually|often|commonly|"
    r"generally)\b")
_BORROWED_SETTINGS = re.compile(
    r"\bas\s+(?:in\s+)?(?:the\s+)?(?:existing|prior|previous|earlier|other|standard|"
    r"typical|common)\s+(?:[\w()-]+\s+){0,4}?(?:methods?|works?|approaches|papers|"
    r"studies|implementations?|practice)\b", re.IGNORECASE)
# The codebook excludes "limitations of the paper's own method unrelated to HH" from critical
# engagement: the authors' own choices ("we do not necessarily set ...", "a limitation of our
# method"), and the biases of models used as labellers or judges ("position bias of LLM
# labelers"), which are not HH's annotators. Issue 17, second round: from KTO (held out) and
# RLAIF (development).
_OWN_LIMITATION = re.compile(
    r"\bwe\s+(?:do|did|does|may|might|can|could|would)\s+not\b|\bwe\s+(?:don't|didn't)\b"
    r"|\blimitations?\s+of\s+(?:our|this|the\s+proposed)\b"
    r"|\b(?:our|this)\s+(?:work|paper|study|method|approach|analysis)(?:'s)?\s+"
    r"(?:has|have|is|are)?\s*(?:limitations?|limited)\b"
    r"|\b(?:LLM|AI|model|GPT-4|automatic|automated)\s+(?:labell?ers?|annotators?|judges?|"
    r"raters?|evaluators?)\b", re.IGNORECASE)
EXCLUDED_WHEN = {("role", "reward_model"): _EXISTING_REWARD_MODEL,
                 ("critical_engagement", "yes"): _OWN_LIMITATION}
# Codes that a passage's citation itself gives, by its match kind: the codebook counts "the
# red teaming data of Ganguli et al. (2022)" as HH's red-team subset. Roles (red teaming,
# evaluation) still come from what the sentence says is done with the data.
CITED_DATA_CODES = {REDTEAM_MARKER: (("subset", "red_team"),)}
# Passage kinds that speak of the dataset (the extractor also stores model names and table or
# figure text, which say nothing about how the paper uses the data).
ROLE_KINDS = frozenset({"dataset_use", "citation"})
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# Another work as the one acting on the data: "Bai et al. (2022) trained ...", "their ...",
# "Llama-2 was trained on ...".
_THIRD_PARTY = re.compile(
    r"\bet al\.?,?\s*(?:\[[\d,\s\u2013-]+\]|\(?\d{4}[a-z]?\)?)?\s+(?:\w+\s+){0,2}?"
    r"(?:trained|trains|train|used|uses|use|fine-?tuned|finetuned|collected|released|"
    r"constructed|built|created|evaluated|showed|shown|found|proposed|introduced)\b"
    r"|\b(?i:they|their|them|the authors)\b"
    r"|\b[A-Z][\w.]*-?\d[\w.-]*\s+(?:models?\s+)?(?:was|were|is|are|has been|have been)\s+"
    r"(?:\w+\s+)?(?:trained|fine-?tuned|finetuned|aligned)\b")
# Text a model says or is told: a reply in the first person singular ("I cannot provide
# information on illegal or harmful activities"), an instruction to the model ("Provide
# helpful information while avoiding anything harmful"). Such templates and examples hold
# harm words without the paper defining harm (issue 17, second round; from the held-out
# refusal-direction paper, whose appendix lists refusal templates).
_MODEL_VOICE = re.compile(
    r"^\W*(?:I|I'm|I’m|I'd|I’d|I'll|I’ll|As\s+an\s+AI|Sorry|Provide|Respond|"
    r"Answer|Avoid|Refuse|Reply|Write|Generate|Please|Always|Never|Do\s+not|Don't|Don’t|"
    r"You\s+are|You\s+should|You\s+must)\b"
    r"|\bI\s+(?:cannot|can't|can’t|won't|won’t|will\s+not|am\s+(?:not\s+able|unable)|"
    r"apologi[sz]e)\b")
# A section whose heading says it lists the data used ("3.1 Datasets", "B Data details").
_DATA_SECTION = re.compile(r"\bdata(?:sets?)?\b|\bbenchmarks?\b", re.IGNORECASE)
# Links to the data, and checkpoints trained on it: a paper links what it uses.
_DATA_LINK = re.compile(
    r"anthropics?/\s*hh-?\s*rlhf|datasets/\s*Anthropic/\s*hh-?\s*rlhf|Anthropic/\s*hh-rlhf"
    r"|Dahoas/\s*[\w.-]*(?:hh|static|rm-)[\w.-]*"
    r"|OpenAssistant/\s*[\w.-]*(?:reward-model|-rm-|rm-)[\w.-]*", re.IGNORECASE)


@dataclass(frozen=True)
class PassageText:
    """The text of one evidence passage, as the coders see it."""

    passage_id: str
    sentence: str
    context_before: str = ""
    context_after: str = ""
    section: str = ""
    # "alias" (names the dataset), "marker" (cites the paper) or "redteam_marker" (cites the
    # paper of its red-team data for that data)
    match_kind: str = "alias"
    # dataset_use | citation | model_name | table_figure (ROLE_KINDS speak of the data)
    kind: str = "dataset_use"


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
        short = shorten(self.text, 60, ellipsis="...")
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


def is_third_party(sentence: str) -> bool:
    """Whether the sentence says what another work did with data ("Bai et al. trained ...",
    "their training set ...") rather than what the authors do."""
    return not _FIRST_PERSON.search(sentence) and bool(_THIRD_PARTY.search(sentence))


def is_model_voice(sentence: str) -> bool:
    """Whether the sentence is a model's reply or an instruction to a model (a template or
    an example), not the authors' own statement."""
    return bool(_MODEL_VOICE.search(sentence))


def links_data(text: str) -> bool:
    """Whether the text links the dataset or a checkpoint trained on it."""
    return bool(_DATA_LINK.search(text))


def states_use(passage: PassageText) -> bool:
    """Whether the passage shows the paper using the data itself (see `uses_data`)."""
    if passage.kind not in ROLE_KINDS or is_marker_only(passage) \
            or is_third_party(passage.sentence):
        return False
    if is_first_person_use(passage.sentence):
        return True
    kind = section_kind(passage.section)
    if kind == "mention":
        return False
    return (is_use_statement(passage.sentence) or links_data(passage.sentence)
            or (kind == "use" and bool(_DATA_SECTION.search(passage.section))))


def chapter(section: str) -> str | None:
    """The top-level number or appendix letter of a numbered heading ("3" of "3.1. Datasets",
    "C" of "C.2 Data"); None for an unnumbered one."""
    m = re.match(r"\s*([A-Z]|\d{1,2})(?:\.\d{1,2})*\.?\s+\S", section or "")
    return m.group(1) if m else None


def is_data_heading(section: str) -> bool:
    """A short numbered heading naming the data ("3.1. Datasets", "4.1 Models and Datasets",
    "C. Dataset Details"), not a question or a finding that mentions data."""
    words = re.sub(r"^\s*(?:[A-Z]|\d{1,2})(?:\.\d{1,2})*\.?\s+", "", section or "").split()
    return (chapter(section) is not None and len(words) <= 5
            and not section.rstrip().endswith("?") and bool(_DATA_SECTION.search(section)))


def method_sections(passages: Iterable[PassageText], headings: Iterable[str]) -> set[str]:
    """The sections whose use statements say how the paper uses the data: those in which a
    passage states use, and every section of the chapter of such a section that is a data
    section (issue 17, second round; from RLAIF, a development paper, and Secrets of RLHF,
    held out: the data are named in "3.1 Datasets", the training in "3.3 Model Training")."""
    stated = {p.section for p in passages if p.section and states_use(p)}
    chapters = {chapter(s) for s in stated if is_data_heading(s)} - {None}
    return stated | {h for h in headings if h and chapter(h) in chapters
                     and section_kind(h) != "mention"}


def uses_data(passages: Iterable[PassageText], paper: Iterable[PaperSentence] = ()) -> bool:
    """Whether the paper itself uses the dataset: a passage that states use, or a link to the
    data (or a checkpoint trained on it) outside background sections."""
    return bool(use_evidence(passages, paper))


def use_evidence(passages: Iterable[PassageText],
                 paper: Iterable[PaperSentence] = ()) -> list[str]:
    """What shows that the paper uses the data (see `uses_data`): passage ids, and labels of
    sentences that link the data; empty for a paper that only mentions it."""
    return [p.passage_id for p in passages if states_use(p)] + [
        s.label for s in paper if links_data(s.text) and section_kind(s.section) != "mention"]


def use_factor(passage: PassageText) -> float:
    """How strongly a passage's matches count as the paper's own use of the target's data."""
    if is_marker_only(passage) or is_third_party(passage.sentence):
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
    from citeaudit.literature.extract.layout import classify_blocks
    from citeaudit.literature.extract.paragraphs import paragraphs
    from citeaudit.literature.extract.records import Block

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
        self.known_codes = {(d.name, c) for d in codebook.dimensions for c in d.code_ids}

    def _hits(self, doc: Any) -> set[tuple[str, str]]:
        labels = {self.nlp.vocab.strings[match_id] for match_id, _, _ in self.matcher(doc)}
        hits = {tuple(label.split("\t")) for label in labels}
        return {hit for hit in hits  # type: ignore[misc]
                if hit not in EXCLUDED_WHEN or not EXCLUDED_WHEN[hit].search(doc.text)}

    def _cited_codes(self, passage: PassageText) -> frozenset[tuple[str, str]]:
        """The codes of this codebook that the passage's citation gives (CITED_DATA_CODES)."""
        return frozenset(code for code in CITED_DATA_CODES.get(passage.match_kind, ())
                         if code in self.known_codes)

    def _topical(self, doc: Any) -> set[str]:
        """The dimensions whose topic the text is about."""
        return {self.nlp.vocab.strings[match_id] for match_id, _, _ in self.topics(doc)}

    def scores(self, passages: Iterable[PassageText],
               paper: Iterable[PaperSentence] = ()) -> dict[tuple[str, str], CodeScore]:
        """Weighted matches per (dimension, code), with the evidence that matched."""
        passages = list(passages)
        parts = [(p.passage_id, weight, use_factor(p), is_marker_only(p), p.kind,
                  self._cited_codes(p) if weight == SENTENCE_WEIGHT else frozenset(),
                  p.match_kind in CITED_DATA_CODES, text)
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
        for (evidence, weight, factor, marker_only, kind, cited, part_of_data, _), doc in zip(
                parts, docs, strict=True):
            hits = self._hits(doc) | cited
            topical = self._topical(doc) if hits else set()
            for dim, code in hits:  # one count per part, however many matches
                if dim in self.use_dims and kind not in ROLE_KINDS:
                    continue  # a model's name or a table cell says nothing of the use
                if part_of_data and dim not in self.use_dims:
                    # a citation of the work behind one part of the data (the red-team
                    # paper) does not frame the dataset as a whole; for critique and harm
                    # definition it counts as a topical body sentence near the target would
                    if dim in self.paper_dims and dim in topical:
                        count(dim, code, weight, evidence)
                    continue
                if code == self.defaults[dim]:
                    count(dim, code, weight, evidence)
                elif dim in self.use_dims:
                    count(dim, code, weight * factor, evidence)
                elif dim in self.paper_dims and marker_only and dim not in topical:
                    # citing the paper for a method or finding says nothing about its data
                    count(dim, code, weight * MARKER_ONLY_FACTOR, evidence)
                else:
                    count(dim, code, weight, evidence)
        sentences = list(paper)
        if self.use_dims and uses_data(passages, sentences):
            self._count_method(passages, sentences, count)
        if self.paper_dims:
            for sentence, doc in zip(sentences, self.nlp.pipe(s.text for s in sentences),
                                     strict=True):
                hits = self._hits(doc)
                if not any(dim in self.paper_dims for dim, _ in hits) \
                        or is_model_voice(sentence.text):
                    continue
                topical = self._topical(doc)
                weight = NEAR_TARGET_WEIGHT if sentence.near_target else PAPER_WEIGHT
                for dim, code in hits:
                    if dim in self.paper_dims and dim in topical:
                        count(dim, code, weight, sentence.label)
        return found

    def _count_method(self, passages: list[PassageText], sentences: list[PaperSentence],
                      count: Any) -> None:
        """Training roles read where the paper states its use of the data: the use statements
        ("we perform PPO", "the subset used for SFT") of each section in which a passage
        states that the paper uses the data, and of the sibling sections of a data section
        ("3.1 Datasets" states the data of all of chapter 3). Definitions of a method and
        settings borrowed from other methods are left out."""
        sections = method_sections(passages, {s.section for s in sentences})
        method = [s for s in sentences if s.section in sections
                  and is_use_statement(s.text) and not is_third_party(s.text)
                  and not _DEFINES_METHOD.search(s.text)
                  and not _BORROWED_SETTINGS.search(s.text)]
        for sentence, doc in zip(method, self.nlp.pipe(s.text for s in method), strict=True):
            for dim, code in self._hits(doc):
                if dim in self.use_dims and code in TRAINING_CODES.get(dim, ()):
                    count(dim, code, METHOD_WEIGHT, sentence.label)

    def decided_scores(self, passages: Iterable[PassageText],
                       paper: Iterable[PaperSentence] = ()) -> dict[tuple[str, str], CodeScore]:
        """The scores the codes are decided from: in a paper that only mentions the data,
        use-scoped codes are near misses at most."""
        passages, paper = list(passages), list(paper)
        scores = self.scores(passages, paper)
        if uses_data(passages, paper):
            return scores
        return {key: CodeScore(min(entry.score, MENTION_CAP), entry.passages)
                if key[0] in self.use_dims and key[1] != self.defaults[key[0]] else entry
                for key, entry in scores.items()}

    def suggest(self, unit_id: str, passages: Iterable[PassageText],
                paper: Iterable[PaperSentence] = ()) -> list[Suggestion]:
        scores = self.decided_scores(passages, paper)
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
