"""Fetch benchmark: our fetch vs the `semanticscholar` client's defaults, in the same run.

Both talk to the fake Semantic Scholar server (tests/fake_s2.py) with N citations and a
fixed latency per request. The baseline pages citations with limit=100 and then calls
get_paper once per selected paper; ours pages with limit=1000 and fetches details and
references of the top 100 in one batch call. Prints request counts, wall times, ratios.

    python benchmarks/bench_fetch.py --citations 3000 --latency 0.05
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_s2 import FakeS2, make_corpus  # noqa: E402
from semanticscholar import SemanticScholar  # noqa: E402

from citeaudit.core.config import Config  # noqa: E402
from citeaudit.literature import fetch  # noqa: E402
from citeaudit.literature.scholar import ScholarClient  # noqa: E402
from citeaudit.store import Store  # noqa: E402


def run_ours(server: FakeS2, workdir: Path, top_n: int) -> tuple[int, float, int, float]:
    config = Config(store_path=workdir / "bench.sqlite", s2_api_url=server.url,
                    s2_min_interval_s=0.0, top_n=top_n)
    start_log, t0 = len(server.log), time.perf_counter()
    with Store(config.store_path) as store, ScholarClient(config) as client:
        fetch.run(store, config, client)
    cold = (len(server.log) - start_log, time.perf_counter() - t0)
    start_log, t0 = len(server.log), time.perf_counter()
    with Store(config.store_path) as store, ScholarClient(config) as client:
        fetch.run(store, config, client)
    warm = (len(server.log) - start_log, time.perf_counter() - t0)
    return cold[0], cold[1], warm[0], warm[1]


def run_naive(server: FakeS2, top_n: int) -> tuple[int, float]:
    client = SemanticScholar(api_url=server.url, timeout=30)
    start_log, t0 = len(server.log), time.perf_counter()
    target = server.corpus.target["paperId"]
    citing = [c.paper for c in client.get_paper_citations(
        target, fields=["contexts", "intents", "isInfluential", "title", "year",
                        "citationCount", "influentialCitationCount", "externalIds"], limit=100)]
    citing.sort(key=lambda p: -(p.citationCount or 0))
    for paper in citing[:top_n]:
        client.get_paper(paper.paperId)
    return len(server.log) - start_log, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citations", type=int, default=3000,
                        help="citing papers the fake S2 serves [default: %(default)s]")
    parser.add_argument("--latency", type=float, default=0.05,
                        help="seconds the fake S2 waits per request [default: %(default)s]")
    parser.add_argument("--top", type=int, default=100,
                        help="papers to select [default: %(default)s]")
    args = parser.parse_args()
    corpus = make_corpus(args.citations, seed=42)
    with FakeS2(corpus, latency_s=args.latency) as server, \
            tempfile.TemporaryDirectory() as tmp:
        n_naive, t_naive = run_naive(server, args.top)
        n_cold, t_cold, n_warm, t_warm = run_ours(server, Path(tmp), args.top)
    budget = math.ceil(args.citations / 1000) + 3
    print(f"fake S2: {args.citations} citations, {args.latency * 1000:.0f} ms latency, "
          f"top {args.top}")
    print(f"{'':28}{'requests':>10}{'seconds':>10}")
    print(f"{'naive (client defaults)':28}{n_naive:>10}{t_naive:>10.2f}")
    print(f"{'citeaudit fetch, cold':28}{n_cold:>10}{t_cold:>10.2f}")
    print(f"{'citeaudit fetch, warm rerun':28}{n_warm:>10}{t_warm:>10.2f}")
    print(f"requests: naive / ours = {n_naive / n_cold:.1f}x; "
          f"time: naive / ours = {t_naive / t_cold:.1f}x")
    print(f"budget ceil(N/1000)+3 = {budget}: cold {'within' if n_cold <= budget else 'OVER'}; "
          f"warm {'zero' if n_warm == 0 else 'NOT zero'}")
    if n_cold > budget or n_warm:
        sys.exit(1)


if __name__ == "__main__":
    main()
