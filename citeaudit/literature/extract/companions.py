"""Works that describe part of the target's data: a paper may cite that part only through
them. HH's red-team attempts (released with HH-RLHF) are described in Ganguli et al. 2022,
"Red Teaming Language Models to Reduce Harms", and the codebook counts "the red teaming data
of Ganguli et al. (2022)" as HH's red-team subset. A sentence citing Ganguli et al. 2022 is a
passage only when it speaks of that work's data; citing it for red teaming as a method or for
its findings is not a use of HH."""

from __future__ import annotations

import re

from citeaudit.literature.extract.bibliography import derive_marker
from citeaudit.literature.extract.records import Marker, TargetRef

REDTEAM_MARKER = "redteam_marker"  # the match_kind of a passage found through Ganguli et al.

RED_TEAM_DATA = TargetRef(
    title="Red Teaming Language Models to Reduce Harms: Methods, Scaling Behaviors, and "
          "Lessons Learned",
    arxiv_id="2209.07858", doi="10.48550/arXiv.2209.07858", first_author_surname="Ganguli",
    year=2022,
)
# By the target's arXiv id: the work describing its red-team data.
RED_TEAM_DATA_OF = {"2204.05862": RED_TEAM_DATA}

# Words that say a sentence is about the red-team work's data rather than its method: the
# data, its prompts, transcripts (attempts, conversations, examples) and their labels.
_REDTEAM_DATA_WORDS = re.compile(
    r"\b(?:data|datasets?|data\s?sets?|corpus|prompts?|transcripts?|attempts|"
    r"conversations?|dialogues?|examples|samples|labels|ratings|annotations)\b", re.IGNORECASE)


# A citation group in running text: brackets, or parentheses holding a year; brackets one
# after another, apart only by commas or spaces ("[4], [3]", "[4][3]": numeric styles' way of
# citing several works), are one.
_CITATION_GROUP = re.compile(
    r"\([^()]*\b(?:19|20)\d\d[a-z]?\b[^()]*\)|\[[^\]]*\](?:[\s,]*\[[^\]]*\])*")
_WORD = re.compile(r"[A-Za-z0-9]+")


def red_team_marker(bib_text: str, target: TargetRef | None) -> Marker | None:
    """How the paper cites the work describing the target's red-team data (Ganguli et al.
    2022): from its bibliography entry, found by title or arXiv id, checked to name Ganguli
    (and, for an author-year marker, the year 2022). None when the target has no such work or
    the paper does not cite it."""
    companion = RED_TEAM_DATA_OF.get(target.arxiv_id or "") if target else None
    if companion is None or not bib_text:
        return None
    marker = derive_marker(bib_text, companion)
    if marker is None or "ganguli" not in marker.bib_entry.lower():
        return None
    if marker.style == "author-year" and marker.year != str(companion.year):
        return None
    return marker


def speaks_of_red_team_data(sentence: str, cites: list[tuple[int, int]]) -> bool:
    """Whether a sentence citing the red-team work at `cites` (start, end in the sentence)
    speaks of its data (prompts, transcripts, the dataset) rather than only of red teaming as
    a method or of its findings: a data word whose nearest citation is the red-team work's
    (a citation group such as "(Perez et al., 2022; Ganguli et al., 2022)" counts as one).
    In "red teaming [42, 23], extracting training data [14, 34]" the data belong to [14, 34]."""
    groups = [(m.start(), m.end()) for m in _CITATION_GROUP.finditer(sentence)]
    own = [g for g in groups if any(g[0] <= a < g[1] for a, _ in cites)]
    own += [c for c in cites if not any(g[0] <= c[0] < g[1] for g in groups)]
    others = [g for g in groups if g not in own]
    for word in _REDTEAM_DATA_WORDS.finditer(sentence):
        at = (word.start(), word.end())
        if any(g[0] <= at[0] < g[1] for g in groups):
            continue  # inside a citation (a title in a footnote citation)
        to_own = min((_words_between(sentence, at, g) for g in own), default=None)
        to_other = min((_words_between(sentence, at, g) for g in others), default=None)
        if to_own is not None and (to_other is None or to_own <= to_other):
            return True
    return False


def _words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    start, end = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    return len(_WORD.findall(text, start, max(start, end)))
