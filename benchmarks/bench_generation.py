"""Generation throughput against an OpenAI-compatible server that takes 200 ms per answer.

For each concurrency: responses/s of the openai backend (a thread pool), the same through
`generate.run` with every chunk stored in SQLite (what `eval generate` does), and an asyncio
client (httpx.AsyncClient, a semaphore of the same size) sending the same requests, the other
way to keep requests in flight. Ratios are against concurrency 1 of the backend, timed in the
same run. The server is tests/fake_openai.py (a real HTTP server on 127.0.0.1).

    python benchmarks/bench_generation.py [--latency 0.2] [--concurrency 1 8 32] [--waves 6]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_openai import FakeOpenAI  # noqa: E402

from citeaudit.evals import generate  # noqa: E402
from citeaudit.evals.backends import GenerationParams, OpenAIBackend  # noqa: E402
from citeaudit.evals.suites import EvalPrompt  # noqa: E402
from citeaudit.store import Store  # noqa: E402


def prompts_for(n: int, tag: str) -> list[str]:
    return [f"{tag} question {i}?" for i in range(n)]


def time_backend(url: str, concurrency: int, n: int) -> float:
    with OpenAIBackend(url, "m", concurrency=concurrency) as backend:
        started = time.perf_counter()
        answers = backend.generate(prompts_for(n, f"backend-{concurrency}"), GenerationParams())
    assert len(answers) == n
    return n / (time.perf_counter() - started)


def time_stage(url: str, concurrency: int, n: int) -> float:
    prompts = [EvalPrompt(f"b:{concurrency}:{i}", text, "bench")
               for i, text in enumerate(prompts_for(n, f"stage-{concurrency}"))]
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.sqlite") as store, \
            OpenAIBackend(url, "m", concurrency=concurrency) as backend:
        started = time.perf_counter()
        summary = generate.run(store, None, prompts=prompts, backend=backend,
                               params=GenerationParams())
        elapsed = time.perf_counter() - started
    assert summary.generated == n
    return n / elapsed


def time_asyncio(url: str, concurrency: int, n: int) -> float:
    import httpx

    async def send_all() -> int:
        limit = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(
                max_connections=concurrency)) as client:
            async def one(text: str) -> str:
                async with limit:
                    response = await client.post(url + "/chat/completions", json={
                        "model": "m", "messages": [{"role": "user", "content": text}]})
                    return response.json()["choices"][0]["message"]["content"]

            answers = await asyncio.gather(*(one(t) for t in prompts_for(n, "async")))
        return len(answers)

    started = time.perf_counter()
    assert asyncio.run(send_all()) == n
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.2, help="server seconds per answer")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--waves", type=int, default=6,
                        help="requests per level = waves x concurrency (at least 8)")
    args = parser.parse_args()
    print(f"fake OpenAI-compatible server, {args.latency * 1000:.0f} ms per answer; "
          f"{args.waves} x concurrency requests per level")
    print(f"{'concurrency':>11} {'requests':>8} {'backend/s':>10} {'ratio':>6} "
          f"{'+store/s':>9} {'asyncio/s':>10} {'ideal/s':>8}")
    with FakeOpenAI(delay_s=args.latency) as server:
        baseline = None
        for concurrency in args.concurrency:
            n = max(8, args.waves * concurrency)
            backend = time_backend(server.base_url, concurrency, n)
            baseline = baseline or backend
            stage = time_stage(server.base_url, concurrency, n)
            asyncio_rate = time_asyncio(server.base_url, concurrency, n)
            print(f"{concurrency:>11} {n:>8} {backend:>10.1f} {backend / baseline:>5.1f}x "
                  f"{stage:>9.1f} {asyncio_rate:>10.1f} {concurrency / args.latency:>8.1f}")


if __name__ == "__main__":
    main()
