"""Screenshots of the HTML report, one PNG per section at 1400 px, from a demo store built
from the shared data (../shared/data): the 22 real PDFs of the corpus as the selected citing
papers (passages extracted and coded by the rules; the hand codes of tests/data/hh_usage_gold.yaml
as a human coder; citations among them found by title in each PDF's text), the audit of the
first pairs of HH's harmless-base test split with the two hand labellings of
tests/data/hh_pair_gold*.csv, and XSTest's public labelled completions of two models
imported and classified as the model evaluation.

    python tools/report_screenshots.py --out /tmp/report-shots        # every section
    python tools/report_screenshots.py --out docs/img --docs            # the docs' small set

Needs Debian's chromium and Playwright (as the browser tests). Writes nothing in the
repository unless --out points there; the demo store and report go to --work (a temporary
folder by default).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pymupdf
from click.testing import CliRunner
from playwright.sync_api import sync_playwright

from citeaudit.cli import main
from citeaudit.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
CORPUS = SHARED / "corpus"
HH_SPLIT = SHARED / "hh-rlhf" / "harmless-base-test.jsonl.gz"
XSTEST = SHARED / "xstest"
# XSTest's public files whose completions the project may use (the v2 files of other models
# are held out: never read them)
XSTEST_MODELS = ("llama2orig", "mistralinstruct")
USAGE_GOLD = ROOT / "tests" / "data" / "hh_usage_gold.yaml"
TARGET = "ARXIV:2204.05862"
WIDTH = 1400
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# the sections the docs show, each kept small (a clip of the section's top)
DOCS_SHOTS = {"overview": 700, "dim-role": 1200, "network": 900, "papers": 900}


def cli(store: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    if result.exit_code != 0:
        raise SystemExit(f"citeaudit {' '.join(args)} failed:\n{result.output}")
    return result.output


def corpus_papers() -> list[dict[str, str]]:
    with (CORPUS / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def arxiv_of(row: dict[str, str]) -> str:
    return Path(row["file"]).stem  # the manifest's arxiv_id column lost trailing zeros


def pdf_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return re.sub(r"\s+", " ", " ".join(page.get_text() for page in doc)).lower()


def add_literature(store_path: Path, work: Path) -> None:
    """The corpus as S2 would return it, a selection of all 22, citations found by title."""
    papers = corpus_papers()
    with Store(store_path) as store:
        store.literature.upsert_papers([{
            "paperId": TARGET, "year": 2022, "citationCount": 2000,
            "title": "Training a Helpful and Harmless Assistant with Reinforcement Learning "
                     "from Human Feedback", "externalIds": {"ArXiv": "2204.05862"}}])
        page = [{"citingPaper": {
            "paperId": f"ARXIV:{arxiv_of(p)}", "title": p["title"], "year": int(p["year"]),
            "venue": "arXiv", "citationCount": 0, "influentialCitationCount": 0,
            "externalIds": {"ArXiv": arxiv_of(p)}}, "isInfluential": False, "contexts": [],
            "intents": []} for p in papers]
        store.literature.upsert_citation_page(TARGET, "", 0, 1000, page, None)
        ids = [f"ARXIV:{arxiv_of(p)}" for p in papers]
        store.literature.insert_selection(TARGET, "citations", len(ids), None, len(ids), 0,
                                          [(pid, [pid], {}) for pid in ids])
        texts = {f"ARXIV:{arxiv_of(p)}": pdf_text(CORPUS / p["file"]) for p in papers}
        for p in papers:
            citing = f"ARXIV:{arxiv_of(p)}"
            cited = [{"paperId": f"ARXIV:{arxiv_of(q)}"} for q in papers if q is not p
                     and q["title"].lower()[:60] in texts[citing]]
            store.literature.upsert_references(citing, [{"paperId": TARGET}, *cited])
    cli(store_path, "pdfs", "--pdf-dir", str(CORPUS / "pdfs"))
    cli(store_path, "extract")
    cli(store_path, "code", "auto")


def add_hand_codes(store_path: Path) -> None:
    """The gold file's hand codes as the human coder `coding-helper`."""
    from citeaudit.coding.codebook import load_codebook
    from citeaudit.literature.gold import load_gold

    book = load_codebook("hh_usage")
    codes = []
    for paper in load_gold(USAGE_GOLD, book):
        unit = f"ARXIV:{Path(paper.file).stem}"
        for dim in book.dimensions:
            if paper.codes.get(dim.name):  # stored as a list in every dimension
                codes.append({"unit_type": book.unit_type, "unit_id": unit,
                              "codebook": book.name, "codebook_version": book.version,
                              "dimension": dim.name, "coder": "coding-helper",
                              "value": paper.codes[dim.name]})
    with Store(store_path) as store:
        store.coding.upsert_codes(codes, source="demo: tests/data/hh_usage_gold.yaml")


def add_audit(store_path: Path, work: Path, n_pairs: int = 300) -> None:
    lines = gzip.decompress(HH_SPLIT.read_bytes()).splitlines()[:n_pairs]
    pairs = work / "harmless-base-test.jsonl.gz"
    pairs.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    cli(store_path, "audit", "run", str(pairs), "--workers", "1")


def add_evaluation(store_path: Path, work: Path) -> None:
    """XSTest's public labelled completions as imported generations, classified by the rules."""
    with (XSTEST / "xstest_prompts.csv").open(newline="", encoding="utf-8") as handle:
        prompts = {row["prompt"]: row for row in csv.DictReader(handle)}
    rows = []
    for model in XSTEST_MODELS:
        path = XSTEST / "completions" / f"{model}_labelled.csv"
        with path.open(newline="", encoding="utf-8") as handle:
            for record in csv.DictReader(handle):
                prompt = prompts.get(record["prompt"])
                if prompt is None:
                    continue
                kind = prompt["type"]
                rows.append({"prompt": record["prompt"], "response": record["completion"],
                             "model": model, "prompt_id": prompt["id"],
                             "group": kind.removeprefix("contrast_"), "axis": "xstest type",
                             "unsafe": kind.startswith("contrast_")})
    generations = work / "xstest_generations.csv"
    with generations.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    cli(store_path, "eval", "import", str(generations), "--suite", "xstest")
    cli(store_path, "eval", "classify")


def build_demo(work: Path) -> Path:
    """The demo store and its report; returns the report's index.html."""
    missing = [p for p in (CORPUS, HH_SPLIT, XSTEST) if not p.exists()]
    if missing:
        raise SystemExit(f"the shared data is absent: {', '.join(map(str, missing))}")
    store_path = work / "demo.sqlite"
    add_literature(store_path, work)
    add_hand_codes(store_path)
    add_audit(store_path, work)
    add_evaluation(store_path, work)
    out = work / "report"
    cli(store_path, "report", "--out", str(out))
    return out / "index.html"


def shoot(page_path: Path, out: Path, docs: bool) -> list[Path]:
    """A PNG per section (or the docs' clipped set) at WIDTH px."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": WIDTH, "height": 900})
        page.goto(page_path.as_uri(), wait_until="load")
        page.wait_for_function("Array.from(document.querySelectorAll('.plot')).every("
                               "d => d.querySelector('svg.main-svg'))", timeout=60000)
        page.add_style_tag(content=".toc { position: static; }")  # not over every shot
        page.evaluate("document.querySelector('#papers-table details')?.setAttribute('open', '')")
        page.wait_for_timeout(500)
        ids = page.evaluate("Array.from(document.querySelectorAll('main section')).map(s => s.id)")
        for section_id in ids:
            if docs and section_id not in DOCS_SHOTS:
                continue
            box = page.locator(f"#{section_id}").bounding_box()
            height = min(box["height"], DOCS_SHOTS[section_id]) if docs else box["height"]
            path = out / f"report-{section_id}.png"
            page.screenshot(path=str(path), full_page=True, clip={
                "x": box["x"], "y": box["y"], "width": box["width"], "height": height})
            written.append(path)
        browser.close()
    return written


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    parser.add_argument("--work", type=Path, help="folder for the demo store and report "
                        "[default: a temporary folder, removed afterwards]")
    parser.add_argument("--docs", action="store_true",
                        help="only the sections docs/report.md shows, clipped to their top")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        page_path = build_demo(work)
        for path in shoot(page_path, args.out, args.docs):
            print(f"{path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    sys.exit(main_())
