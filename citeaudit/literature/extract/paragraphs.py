"""Blocks into paragraphs, and the usage passages in them. spaCy runs only on paragraphs
that a cheap regular-expression scan marks as candidates, so extraction stays close to the
speed of raw text extraction."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from citeaudit.literature.extract.aliases import (
    defined_short_names,
    short_name_pattern,
    used_short_names,
)
from citeaudit.literature.extract.bibliography import squash
from citeaudit.literature.extract.companions import REDTEAM_MARKER, speaks_of_red_team_data
from citeaudit.literature.extract.kinds import Hit, NameUses, followed_by_model, passage_kind
from citeaudit.literature.extract.layout import CAPTION
from citeaudit.literature.extract.markers import (
    SUP_DIGIT,
    SUPERSCRIPT_RUN,
    marker_matches,
    marker_pattern,
    superscript_matches,
)
from citeaudit.literature.extract.records import Block, Marker, Passage
from citeaudit.literature.extract.sentences import SentenceMatcher
from citeaudit.literature.extract.superscript import SuperscriptCues, mostly_capitalised

_SENTENCE_END = re.compile(
    rf"[.!?:][\"')\]\u201d]*(?:{SUP_DIGIT}+(?:[,\u207b\u2013]{SUP_DIGIT}+)*)?$")


@dataclass
class Paragraph:
    text: str
    section: str | None
    page_starts: list[tuple[int, int]]  # (offset in text, page number)
    aside: bool = False  # a caption, footnote or figure text inside an unfinished sentence

    def page_at(self, offset: int) -> int:
        page = self.page_starts[0][1]
        for start, number in self.page_starts:
            if start <= offset:
                page = number
        return page


_FOOTNOTE_TEXT = re.compile(
    rf"^(?:\d{{1,2}}(?=[a-z]|[A-Z][a-z]|https?:|www\.)|\d{{1,2}}\s+(?=[A-Z][a-z])|{SUP_DIGIT}+"
    r"|[*\u2217\u2020\u2021\u00a7\u00b6])")


def looks_like_prose(text: str) -> bool:
    """At least four words, two in five starting in lower case, and most tokens have letters
    (figure labels, axis ticks and table cells fail)."""
    words = re.findall(r"[A-Za-z]+", text)
    tokens = text.split()
    return (len(words) >= 4 and sum(w[0].islower() for w in words) >= 0.4 * len(words)
            and sum(any(ch.isalpha() for ch in t) for t in tokens) >= 0.5 * len(tokens))


def can_interrupt_sentence(text: str) -> bool:
    """A block that can sit inside a sentence cut by a column or page end without being part
    of it: a figure or table caption, a footnote, or text that is not prose (figure labels,
    table cells)."""
    return bool(CAPTION.match(text) or _FOOTNOTE_TEXT.match(text)) or not looks_like_prose(text)


def continues_sentence(open_text: str, text: str, adjacent: bool) -> bool:
    """Whether block `text` carries on the sentence that `open_text` leaves unfinished.

    A lower-case (or `, ; ) ]`) start continues it; so does a capital after a prose-sized
    paragraph (cut at a column or page end) when the block is prose and not a caption, or
    directly follows and ends a sentence ("HH-RLHF [1]."). When other blocks were set aside
    in between (`adjacent` false), a lower-case block needs three words or a sentence end
    ("dialogues." ends one).
    """
    first = text[:1]
    if first.islower() or (first and first in ",;)]"):
        return adjacent or len(text.split()) >= 3 or bool(_SENTENCE_END.search(text))
    if first.isalpha() and len(open_text) >= 200 and not CAPTION.match(text):
        return looks_like_prose(text) or (adjacent and bool(_SENTENCE_END.search(text)))
    return False


def paragraphs(blocks: list[Block]) -> list[Paragraph]:
    """Body blocks joined where a sentence runs on into a later block (column, page).

    A paragraph that does not end a sentence stays open: the next body block continues it if
    `continues_sentence` says so. Captions, footnotes and figure or table text in between
    (`can_interrupt_sentence`) become paragraphs of their own (`aside`) and leave a prose
    paragraph open, up to the next page; a heading or any other block closes it.
    """
    out: list[Paragraph] = []
    section: str | None = None
    unfinished: Paragraph | None = None  # ends mid-sentence
    set_aside = False  # blocks were set aside since `unfinished` was last extended
    for b in blocks:
        if b.kind == "heading":
            section, unfinished = b.text, None
            continue
        if b.kind != "body":
            continue
        if unfinished is not None and b.page > unfinished.page_starts[-1][1] + 1:
            unfinished = None
        if unfinished is not None and continues_sentence(unfinished.text, b.text,
                                                         adjacent=not set_aside):
            unfinished.page_starts.append((len(unfinished.text) + 1, b.page))
            unfinished.text += " " + b.text
            set_aside = False
            if _SENTENCE_END.search(b.text):
                unfinished = None
            continue
        para = Paragraph(b.text, section, [(0, b.page)])
        out.append(para)
        if (unfinished is not None and not can_interrupt_sentence(unfinished.text)
                and can_interrupt_sentence(b.text)):
            para.aside = set_aside = True
            continue
        unfinished = None if _SENTENCE_END.search(b.text) else para
        set_aside = False
    return out


def passage_id(paper_id: str, source: str, page: int | None, sentence: str, n: int) -> str:
    """A stable id: the same sentence on the same page keeps its id across reruns."""
    key = "\x1f".join([paper_id, source, str(page), squash(sentence), str(n)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def find_passages(
    paper_id: str,
    paras: list[Paragraph],
    matcher: SentenceMatcher,
    marker: Marker | None,
    exclude: Callable[[str], bool] = lambda _s: False,
    superscripts: SuperscriptCues | None = None,
    counts: Counter[str] | None = None,
    red_team: Marker | None = None,
) -> list[Passage]:
    """Passages from the candidate paragraphs, each with its `passage_kind`.

    With `superscripts`, superscript numbers that include the target's number are markers too.
    With `red_team`, the marker of the work describing the target's red-team data (see
    `companions`): a sentence citing it that speaks of its data is a `dataset_use` passage of
    match kind 'redteam_marker'; one citing it beside the target lists it in `matched`.
    Short names the paper defines for the dataset ("(hereafter HH)") are aliases in this paper.
    `counts["candidates"]`, when given, is raised by how many paragraphs ran spaCy.
    """
    sentence_cache: dict[int, list[tuple[int, int]]] = {}

    def spans_of(i: int) -> list[tuple[int, int]]:
        if i not in sentence_cache:
            sentence_cache[i] = matcher.sentences(paras[i].text)[1]
            if counts is not None:
                counts["candidates"] += 1
        return sentence_cache[i]

    def sentence_texts(i: int) -> list[str]:
        return [paras[i].text[a:b].strip() for a, b in spans_of(i)]

    hits_by_para = {i: hits for i in range(len(paras))
                    if (hits := _paragraph_hits(i, paras, matcher, marker, superscripts,
                                                sentence_cache, counts, red_team))}
    _add_short_names(paras, hits_by_para, matcher.aliases)
    hits_by_para = {i: _outermost(hits) for i, hits in hits_by_para.items()}
    uses = _name_uses(paras, hits_by_para)
    passages: list[Passage] = []
    seen: dict[tuple[int, str], int] = {}
    for i in sorted(hits_by_para):
        para, spans = paras[i], spans_of(i)
        by_sentence: dict[int, list[Hit]] = {}
        for start, end, text, how in sorted(hits_by_para[i]):
            k = next((k for k, (a, b) in enumerate(spans) if a <= start < b), None)
            if k is not None:
                by_sentence.setdefault(k, []).append(
                    Hit(text, how, how == "alias" and followed_by_model(para.text, end)))
        texts = sentence_texts(i)
        for k, all_hits in sorted(by_sentence.items()):
            sentence = texts[k]
            if exclude(sentence):
                continue
            matched = [h for h in all_hits if h.how != REDTEAM_MARKER]
            if not matched and not (red_team and _cites_red_team_data(sentence, red_team)):
                continue
            before = texts[k - 1] if k > 0 else _last(
                sentence_texts(j) if (j := _neighbour(paras, i, -1)) is not None else [])
            after = texts[k + 1] if k + 1 < len(spans) else _first(
                sentence_texts(j) if (j := _neighbour(paras, i, 1)) is not None else [])
            page = para.page_at(spans[k][0])
            n = seen.get((page, sentence), 0)
            seen[(page, sentence)] = n + 1
            passages.append(Passage(
                passage_id=passage_id(paper_id, "pdf", page, sentence, n),
                page=page, section=para.section, sentence=sentence, context_before=before,
                context_after=after,
                matched=" | ".join(dict.fromkeys(h.text for h in all_hits)),
                match_kind=(REDTEAM_MARKER if not matched else "marker"
                            if all(h.how == "marker" for h in matched) else "alias"),
                passage_kind=passage_kind(sentence, matched, uses) if matched else "dataset_use",
            ))
    return passages


def _cites_red_team_data(sentence: str, red_team: Marker) -> bool:
    """A sentence citing only the red-team work is a passage when it is prose (or a cited
    list) that speaks of the work's data, not of red teaming as a method or its findings."""
    cites = [(a, b) for a, b, _t in marker_matches(red_team, sentence)]
    return (bool(cites) and passage_kind(sentence, [Hit("", "marker")]) != "table_figure"
            and speaks_of_red_team_data(sentence, cites))


def _add_short_names(paras: list[Paragraph],
                     hits_by_para: dict[int, list[tuple[int, int, str, str]]],
                     aliases: Sequence[str] = ()) -> None:
    """Learn the short names the paper defines after a name of the dataset, or uses alone as
    a dataset when it names the dataset in full, and add their occurrences in every paragraph
    to `hits_by_para` as aliases."""
    defined: set[str] = set()
    names: set[str] = set()
    for i, hits in hits_by_para.items():
        defined |= defined_short_names(
            paras[i].text, [(end, text) for _a, end, text, how in hits if how == "alias"])
        names |= {text for _a, _e, text, how in hits if how == "alias"}
    defined |= used_short_names(names, (p.text for p in paras), aliases)
    short = short_name_pattern(defined)
    if short is None:
        return
    for i, para in enumerate(paras):
        found = {(m.start(), m.end(), m.group(0), "alias") for m in short.finditer(para.text)}
        if found:
            hits_by_para[i] = sorted(set(hits_by_para.get(i, [])) | found)


def _name_uses(paras: list[Paragraph],
               hits_by_para: dict[int, list[tuple[int, int, str, str]]]) -> NameUses:
    """How the paper uses each of its names for the dataset: before a model or a data noun."""
    uses = NameUses()
    for i, hits in hits_by_para.items():
        for _a, end, text, how in hits:
            if how == "alias":
                uses.add(text, paras[i].text, end)
    return uses


_MARKERS = ("marker", REDTEAM_MARKER)


def _outermost(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The hits not inside a longer one ("HH" in "Anthropic HH dataset"); markers always."""
    return [h for h in hits if h[3] in _MARKERS or not any(
        o[3] not in _MARKERS and o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])
        for o in hits)]


def _paragraph_hits(
    i: int, paras: list[Paragraph], matcher: SentenceMatcher, marker: Marker | None,
    superscripts: SuperscriptCues | None, sentence_cache: dict[int, list[tuple[int, int]]],
    counts: Counter[str] | None, red_team: Marker | None = None,
) -> list[tuple[int, int, str, str]]:
    """(start, end, text, how) of the aliases ('alias', or 'pointer' for URLs and hub paths),
    target markers ('marker') and markers of the red-team work ('redteam_marker') in
    paragraph i; spaCy runs only when a cheap scan finds one (its sentences kept in
    `sentence_cache`)."""
    para = paras[i]
    has_alias = bool(matcher.scan and matcher.scan.search(para.text.lower()))
    has_marker = bool(marker and marker_pattern(marker).search(para.text) and marker_matches(
        marker, para.text))
    raised = _superscript_hits(para, superscripts) if superscripts else []
    red_team_hits = [(a, b, t, REDTEAM_MARKER) for a, b, t in marker_matches(red_team, para.text)
                     ] if red_team and marker_pattern(red_team).search(para.text) else []
    if not (has_alias or has_marker or raised or red_team_hits):
        return []
    doc, sentence_cache[i] = matcher.sentences(para.text)
    if counts is not None:
        counts["candidates"] += 1
    hits: list[tuple[int, int, str, str]] = []
    if has_alias:
        hits += [(a, b, t, "pointer" if "/" in t else "alias") for a, b, t in
                 matcher.alias_spans(doc)]
    if has_marker and marker:
        hits += [(a, b, t, "marker") for a, b, t in marker_matches(marker, para.text)]
    hits += [(a, b, t, "marker") for a, b, t in raised]
    return hits + red_team_hits

def _neighbour(paras: list[Paragraph], i: int, step: int) -> int | None:
    """The paragraph before (step -1) or after (+1) paragraph i in the same section, skipping
    those set aside inside a sentence (their text does not run with the prose)."""
    j = i + step
    while 0 <= j < len(paras) and paras[j].aside:
        j += step
    return j if 0 <= j < len(paras) and paras[j].section == paras[i].section else None


def _superscript_hits(para: Paragraph, cues: SuperscriptCues) -> list[tuple[int, int, str]]:
    if not SUPERSCRIPT_RUN.search(para.text):
        return []
    if para.section is None and para.page_starts[0][1] == 1 and mostly_capitalised(para.text):
        return []  # the author list and affiliations under the title
    footnotes = frozenset().union(*(cues.footnotes.get(n, ()) for _at, n in para.page_starts))
    return superscript_matches(cues.number, para.text, footnotes)


def _last(items: list[str]) -> str:
    return items[-1] if items else ""


def _first(items: list[str]) -> str:
    return items[0] if items else ""
