"""Quality of passage extraction over the shared corpus: the code now against a baseline.

The baseline is the extractor as it was at a git revision (`--before`, any revision:
`citeaudit/passages.py` before it was split, `citeaudit/literature/extract/` after), loaded
from git beside the working tree's, so both run in the same process on the same PDFs. Printed
per paper and in total, before -> after:

- passages: passages found;
- cite: passages whose sentence holds a citation marker of the target (bracket or
  author-year marker, or a superscript number);
- mid: prose passages that start or end mid-sentence. Prose: at least 6 words of letters,
  at least half of them in lower case (figure labels and table cells are not sentences).
  Starts mid-sentence: the first character is a lower-case letter or one of `, ; ) ]`.
  Ends mid-sentence: once closing quotes, brackets and footnote or superscript digits
  after a full stop are stripped, the last character is not one of `. ! ? :`. Figure and
  table captions are left out (they often end without a full stop);
- glued: passages whose sentence or context holds page furniture or a caption glued into
  running text: a running header or footer (a text of 10+ characters that is the first or
  last block on 3+ pages) or "Figure N:" / "Table N:" after the start;
- joins: line-end hyphens removed (words joined), out of every "word-" at a line end;
- bad: hyphen decisions that look wrong, judged by the corpus (all PDFs, text within a
  line, never across a break): a join is wrong when the hyphenated form occurs and the
  joined one does not, a kept hyphen is wrong in the opposite case; sites where both or
  neither form occur are not judged (counted in the totals line).

    python benchmarks/bench_passages.py [--before 548f0c2] [--show]

`--show` lists the passages that still start or end mid-sentence and every hyphen site
whose decision changed, with the corpus counts, for reading by hand.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from citeaudit.core.config import DEFAULT_ALIASES  # noqa: E402
from citeaudit.literature.extract import layout, markers  # noqa: E402
from citeaudit.literature.extract.markers import SUPERSCRIPT_DIGITS, alias_compounds  # noqa: E402
from citeaudit.literature.extract.pdf import extract_pdf  # noqa: E402
from citeaudit.literature.extract.sentences import SentenceMatcher  # noqa: E402
from citeaudit.literature.extract.stage import KNOWN_TARGETS  # noqa: E402

# The working tree's extraction under the names the baseline's one module has.
after = SimpleNamespace(
    extract_pdf=extract_pdf, marker_matches=markers.marker_matches,
    superscript_matches=markers.superscript_matches, TEXT_FLAGS=layout.TEXT_FLAGS,
    LIGATURES=layout.LIGATURES, hyphen_evidence=layout.hyphen_evidence,
    clean_lines=layout.clean_lines, alias_compounds=alias_compounds)

BASELINE_REV = "548f0c2"  # main before the passage-quality fixes
TARGET = KNOWN_TARGETS["ARXIV:2204.05862"]
_CLOSERS = "\"')]\u201d\u2019" + SUPERSCRIPT_DIGITS
_ENDS_SENTENCE = re.compile(rf"[.!?:][{re.escape(_CLOSERS)}\d,\u207b\u2013]*$")
_LINE_END_HYPHEN = re.compile(r"(\S+)-\n\s*(\S+)")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


# What the benchmark takes from a baseline; hyphen_evidence only where the revision has it.
BASELINE_NAMES = ("extract_pdf", "marker_matches", "superscript_matches", "clean_lines",
                  "alias_compounds", "SentenceMatcher")
OPTIONAL_NAMES = ("hyphen_evidence",)
SPLIT_PACKAGE = "citeaudit/literature/extract"  # where passages.py went at 18c8928
# `citeaudit` in import statements and in "citeaudit.x" strings (lazy imports), not in
# file names such as citeaudit.toml.
_PACKAGE_REFERENCE = re.compile(r"\b((?:from|import)\s+)citeaudit\b|([\"'])citeaudit\.(?!toml)")


def load_baseline(rev: str) -> SimpleNamespace:
    """The extractor at `rev`: the package at that revision unpacked as `citeaudit_before`
    (imports renamed, coding_scheme/ beside it) so that it loads beside the working tree's;
    each name taken from `citeaudit/passages.py` (before the split) or from the module of
    `citeaudit/literature/extract/` that defines it (after)."""
    if _exists_at(rev, "citeaudit/passages.py"):
        modules = [_unpacked(rev, "citeaudit_before.passages")]
    elif _exists_at(rev, SPLIT_PACKAGE):
        package = _unpacked(rev, "citeaudit_before.literature.extract")
        modules = [importlib.import_module(info.name) for info in
                   pkgutil.iter_modules(package.__path__, package.__name__ + ".")]
    else:
        sys.exit(f"revision {rev} has neither citeaudit/passages.py nor {SPLIT_PACKAGE}/")
    names = {}
    for name in (*BASELINE_NAMES, *OPTIONAL_NAMES):
        # the module that defines it first (the others import it)
        found = sorted((m for m in modules if name in vars(m)), key=lambda m: getattr(
            vars(m)[name], "__module__", m.__name__) != m.__name__)
        if found:
            names[name] = getattr(found[0], name)
        elif name in BASELINE_NAMES:
            sys.exit(f"revision {rev}: no {name} in its extractor")
    return SimpleNamespace(**names)


def _exists_at(rev: str, path: str) -> bool:
    return subprocess.run(["git", "cat-file", "-e", f"{rev}:{path}"], cwd=ROOT,
                          capture_output=True).returncode == 0


def _unpacked(rev: str, module: str) -> ModuleType:
    """`module` of the package at `rev`, unpacked into a temporary folder as citeaudit_before."""
    root = Path(tempfile.mkdtemp())
    archive = subprocess.run(["git", "archive", rev, "citeaudit", "coding_scheme"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    (root / "citeaudit").rename(root / "citeaudit_before")
    for path in (root / "citeaudit_before").rglob("*.py"):
        path.write_text(_PACKAGE_REFERENCE.sub(
            lambda m: f"{m[1]}citeaudit_before" if m[1] else f"{m[2]}citeaudit_before.",
            path.read_text()))
    sys.path.insert(0, str(root))
    return importlib.import_module(module)


def starts_mid_sentence(sentence: str) -> bool:
    first = sentence.lstrip()[:1]
    return first.islower() or first in ",;)]"


def ends_mid_sentence(sentence: str) -> bool:
    return not _ENDS_SENTENCE.search(sentence.rstrip())


def is_prose(sentence: str) -> bool:
    words = re.findall(r"[A-Za-z]+", sentence)
    return len(words) >= 6 and sum(w[0].islower() for w in words) >= len(words) / 2


_INNER_CAPTION = re.compile(r"\S\s+(?:Figure|Fig\.|Table)\s*\d+\s*:")


def running_headers(path: Path) -> list[str]:
    """Texts (10+ characters) that are the first or last text block on 3+ pages."""
    pages: dict[str, set[int]] = {}
    with pymupdf.open(path) as doc:
        for number, page in enumerate(doc):
            texts = [b for b in page.get_text("blocks", flags=after.TEXT_FLAGS) if b[6] == 0]
            if not texts:
                continue
            texts.sort(key=lambda b: b[1])
            for b in {texts[0][4], texts[-1][4]}:
                text = " ".join(b.split())
                if len(text) >= 10:
                    pages.setdefault(re.sub(r"\d+", "#", text), set()).add(number)
    return [text for text, on in pages.items() if len(on) >= 3]


def glued(passage, headers: list[str]) -> bool:
    window = " ".join([passage.context_before, passage.sentence, passage.context_after])
    flat = re.sub(r"\d+", "#", window)
    return bool(_INNER_CAPTION.search(passage.sentence)) or any(h in flat for h in headers)


def is_caption(sentence: str) -> bool:
    return bool(re.match(r"(?:fig(?:ure)?|table|tab)\.?\s*\d", sentence, re.IGNORECASE))


def cites_target(module: Any, marker, sentence: str) -> bool:
    if marker is None:
        return False
    if module.marker_matches(marker, sentence):
        return True
    return marker.number is not None and bool(module.superscript_matches(marker.number,
                                                                         sentence))


# ---------------------------------------------------------------------------
# Hyphen sites and the corpus judge
# ---------------------------------------------------------------------------
@dataclass
class Site:
    paper: str
    head: str  # the text before "-\n" (one token)
    tail: str  # the token after the break

    def forms(self) -> tuple[str, str] | None:
        """(joined, hyphenated) of the words around the break, lower-cased; None when a
        side is not a word ("GPT-|4", "threat_-|value")."""
        head = re.search(r"(?<![\w.])[A-Za-z][A-Za-z-]*$", self.head)
        tail = re.match(r"[A-Za-z][A-Za-z-]*(?![\w])", self.tail)
        if not head or not tail:
            return None
        h, t = head.group(0).lower(), tail.group(0).lower()
        return h + t, f"{h}-{t}"


def raw_blocks(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [b[4] for page in doc for b in page.get_text("blocks", flags=after.TEXT_FLAGS)
                if b[6] == 0]


def hyphen_sites(paper: str, blocks: list[str]) -> list[Site]:
    return [Site(paper, m.group(1), m.group(2)) for raw in blocks
            for m in _LINE_END_HYPHEN.finditer(raw.translate(after.LIGATURES))]


def within_line_words(blocks: list[str]) -> Counter[str]:
    """Lower-cased words and hyphenated compounds as printed inside a line."""
    counts: Counter[str] = Counter()
    for raw in blocks:
        for line in raw.translate(after.LIGATURES).split("\n"):
            body = line.rstrip()
            if body.endswith("-"):
                body = body.rsplit(None, 1)[0] if " " in body else ""
            counts.update(w.lower() for w in _WORD.findall(body))
    return counts


def joined(cleaned: str, site: Site) -> bool:
    """Whether cleaning removed the hyphen between head and tail."""
    return not cleaned.startswith(site.head + "-")


def verdict(site: Site, was_joined: bool, corpus: Counter[str]) -> str:
    """'ok', 'bad' or 'unjudged' by the corpus's within-line forms."""
    forms = site.forms()
    if forms is None:
        return "unjudged"
    n_joined, n_hyphen = corpus[forms[0]], corpus[forms[1]]
    if (n_joined > 0) == (n_hyphen > 0):
        return "unjudged"
    right = n_joined > 0
    return "ok" if was_joined == right else "bad"


# ---------------------------------------------------------------------------
# One version over the corpus
# ---------------------------------------------------------------------------
@dataclass
class Figures:
    passages: int = 0
    cite: int = 0
    mid: int = 0
    glued: int = 0
    sites: int = 0
    joins: int = 0
    bad: int = 0
    unjudged: int = 0
    mid_examples: list[str] = field(default_factory=list)
    decisions: list[bool] = field(default_factory=list)
    bad_sites: list[tuple[Site, bool]] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name in ("passages", "cite", "mid", "glued", "sites", "joins", "bad", "unjudged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def passage_figures(module: Any, result, headers: list[str], figures: Figures) -> None:
    for p in result.passages:
        figures.passages += 1
        figures.cite += cites_target(module, result.marker, p.sentence)
        figures.glued += glued(p, headers)
        if is_prose(p.sentence) and not is_caption(p.sentence) and (
                starts_mid_sentence(p.sentence) or ends_mid_sentence(p.sentence)):
            figures.mid += 1
            figures.mid_examples.append(f"p.{p.page}: {p.sentence[:90]} ... {p.sentence[-50:]}")


def hyphen_figures(decide, sites: list[Site], corpus: Counter[str], figures: Figures) -> None:
    for site in sites:
        was_joined = decide(site)
        figures.sites += 1
        figures.joins += was_joined
        figures.decisions.append(was_joined)
        judged = verdict(site, was_joined, corpus)
        figures.bad += judged == "bad"
        if judged == "bad":
            figures.bad_sites.append((site, was_joined))
        figures.unjudged += judged == "unjudged"


def hyphen_decider(module: Any, blocks: list[str]):
    """How `module` decides a line-end hyphen: with the document's own words where it has
    `hyphen_evidence` (later revisions), else with the aliases' compounds only."""
    hyphens = module.alias_compounds(DEFAULT_ALIASES)
    if hasattr(module, "hyphen_evidence"):
        hyphens = module.hyphen_evidence(blocks, hyphens)
    return lambda site: joined(module.clean_lines(f"{site.head}-\n{site.tail}", hyphens), site)


def row(label: str, before_figures: Figures, after_figures: Figures,
        columns: tuple[str, ...]) -> str:
    cells = (f"{getattr(before_figures, c)} -> {getattr(after_figures, c)}" for c in columns)
    return f"{label:<12}" + "".join(f"{cell:>14}" for cell in cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=Path, metavar="FOLDER",
                        default=ROOT.parent / "shared" / "data" / "corpus" / "pdfs",
                        help="folder of PDFs to read [default: %(default)s]")
    parser.add_argument("--before", default=BASELINE_REV, metavar="REV",
                        help="git revision of the baseline [default: %(default)s]")
    parser.add_argument("--show", action="store_true",
                        help="list remaining mid-sentence passages and changed hyphen sites")
    args = parser.parse_args()
    files = sorted(args.pdfs.glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {args.pdfs}")
    before = load_baseline(args.before)
    matchers = {"before": before.SentenceMatcher(DEFAULT_ALIASES),
                "after": SentenceMatcher(DEFAULT_ALIASES)}
    blocks = {path.stem: raw_blocks(path) for path in files}
    corpus = within_line_words([raw for texts in blocks.values() for raw in texts])
    totals = {"before": Figures(), "after": Figures()}
    columns = ("passages", "cite", "mid", "glued", "joins", "bad")
    print(f"{len(files)} PDFs; before = {args.before}, after = working tree")
    print(f"{'paper':<12}" + "".join(f"{c:>14}" for c in columns))
    changed: list[tuple[Site, bool]] = []
    for path in files:
        sites = hyphen_sites(path.stem, blocks[path.stem])
        headers = running_headers(path)
        per = {}
        for name, module in (("before", before), ("after", after)):
            figures = Figures()
            result = module.extract_pdf(path, path.stem, TARGET, matchers[name])
            passage_figures(module, result, headers, figures)
            decide = hyphen_decider(module, blocks[path.stem])
            hyphen_figures(decide, sites, corpus, figures)
            totals[name].add(figures)
            totals[name].mid_examples += [f"{path.stem} {e}" for e in figures.mid_examples]
            totals[name].bad_sites += figures.bad_sites
            per[name] = figures
        changed += [(s, a) for s, b, a in zip(sites, per["before"].decisions,
                                              per["after"].decisions, strict=True) if a != b]
        print(row(path.stem, per["before"], per["after"], columns))
    b, a = totals["before"], totals["after"]
    print(row("total", b, a, columns))
    print(f"hyphen sites: {a.sites} (line-end 'word-'); judged by the corpus: "
          f"{a.sites - a.unjudged} after, {b.sites - b.unjudged} before; "
          f"decisions changed: {len(changed)}")
    if args.show:
        for title, figures in (("mid-sentence before", b), ("still mid-sentence", a)):
            print(f"\n{title}:")
            for line in figures.mid_examples:
                print("  " + line)
        for title, listed in (("hyphen decisions changed", changed),
                              ("hyphen decisions that still look wrong", a.bad_sites)):
            print(f"\n{title} (decision now, corpus counts joined/hyphenated):")
            for site, now_joined in listed:
                joined_form, hyphen_form = site.forms() or ("", "")
                print(f"  {site.paper} {site.head}-|{site.tail} -> "
                      f"{'join' if now_joined else 'keep'} "
                      f"({corpus[joined_form]}/{corpus[hyphen_form]})")


if __name__ == "__main__":
    main()
