"""Speed of `citeaudit extract` against raw PyMuPDF text extraction, in the same run.

Baseline: open each PDF of the shared corpus and call `page.get_text()` on every page.
Ours: the full extract stage (`run_extract` with force=True) over a temporary store holding
the same PDFs: blocks in reading order, headings, bibliography, marker, spaCy on candidate
paragraphs, passages and page texts written to SQLite. The spaCy pipeline is built once,
before timing (its start-up is printed separately). The two are alternated several times
and the median of each is reported, so a busy machine slows both alike.

    python benchmarks/bench_extract.py [--pdfs ../shared/data/corpus/pdfs] [--repeat 5]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from citeaudit.core.config import Config  # noqa: E402
from citeaudit.literature.extract.sentences import SentenceMatcher  # noqa: E402
from citeaudit.literature.extract.stage import run_extract  # noqa: E402
from citeaudit.store import Store  # noqa: E402

TARGET = {
    "paperId": "target", "title": "Training a Helpful and Harmless Assistant with "
    "Reinforcement Learning from Human Feedback", "year": 2022,
    "externalIds": {"ArXiv": "2204.05862"},
    "authors": [{"name": "Yuntao Bai"}] + [{"name": f"A {i}"} for i in range(30)],
}


def raw_pass(files: list[Path]) -> tuple[int, float]:
    started = time.perf_counter()
    pages = 0
    for path in files:
        with pymupdf.open(path) as doc:
            for page in doc:
                page.get_text()
                pages += 1
    return pages, time.perf_counter() - started


def build_store(store: Store, files: list[Path]) -> list[str]:
    store.literature.upsert_target("ARXIV:2204.05862", TARGET)
    ids = [f"p{path.stem}" for path in files]
    store.literature.upsert_papers([{"paperId": pid, "title": pid} for pid in ids])
    for pid, path in zip(ids, files, strict=True):
        store.documents.upsert_download(pid, "ok", file_name=path.name, n_pages=None,
                                        sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=Path, metavar="FOLDER",
                        default=ROOT.parent / "shared" / "data" / "corpus" / "pdfs",
                        help="folder of PDFs to read [default: %(default)s]")
    parser.add_argument("--repeat", type=int, default=5,
                        help="alternating rounds; medians are reported [default: %(default)s]")
    args = parser.parse_args()
    files = sorted(args.pdfs.glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {args.pdfs}")
    config = Config(pdf_dir=args.pdfs)
    started = time.perf_counter()
    SentenceMatcher(config.aliases)  # spaCy start-up, timed once; the worker builds its own
    print(f"spaCy pipeline built in {time.perf_counter() - started:.2f} s (once per run)")
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        ids = build_store(store, files)
        raw_rates, our_rates, n_passages = [], [], 0
        raw_pass(files)  # warm the OS file cache for both
        for _ in range(args.repeat):
            pages, seconds = raw_pass(files)
            raw_rates.append(pages / seconds)
            started = time.perf_counter()
            summary = run_extract(store, config, paper_ids=ids, force=True)
            our_rates.append(summary.n_pages / (time.perf_counter() - started))
            n_passages = summary.n_passages
    raw, ours = statistics.median(raw_rates), statistics.median(our_rates)
    print(f"{len(files)} PDFs, {pages} pages, {n_passages} passages; median of {args.repeat}")
    print(f"raw PyMuPDF get_text : {raw:8.1f} pages/s")
    print(f"citeaudit extract    : {ours:8.1f} pages/s")
    print(f"ratio (ours / raw)   : {ours / raw:8.2f}  (target >= 0.50)")


if __name__ == "__main__":
    main()
