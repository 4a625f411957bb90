"""CPU time per pair of the audit's worker side, against a git revision in the same run.

Times `audit.stage._measure_chunk` (parse a chunk of JSON lines, label, find identity
terms, count, sign) in a fresh interpreter per round, for the working tree and for the
code of `--compare REV`, alternating; the shared harmless-base test split is repeated to
`--pairs` lines. Each round measures one chunk first (unmeasured: lazy set-up) and then the
rest, in this process, without forking: what one worker of `audit run` spends per pair.
The minimum over rounds is printed (the machine may be shared; CPU seconds still vary).

    python -m benchmarks.bench_audit_worker --compare 9b3e9c8 [--pairs 10000] [--rounds 5]

`--tree DIR` times the citeaudit in DIR as well (a folder holding `citeaudit/` and
`coding_scheme/`, such as a copy whose modules were compiled; docs/benchmarks.md says how).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_audit import ROOT, SPLIT, code_at

_CHILD = r"""
import gzip, json, sys, time
from pathlib import Path
root, split, n_pairs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
import citeaudit
assert Path(citeaudit.__file__).resolve().is_relative_to(root.resolve()), citeaudit.__file__
from citeaudit.audit import stage
from citeaudit.audit.harm import load_harm_detector
from citeaudit.audit.neardup import Signer, lsh_params
from citeaudit.audit.refusal import load_classifier
from citeaudit.audit.sources import HHSource
from citeaudit.core.lexicon import load_lexicon
lines = gzip.decompress(split.read_bytes()).splitlines()
numbered = [(i + 1, lines[i % len(lines)]) for i in range(n_pairs)]
settings = stage.settings_from_config(None)
signer = Signer(lsh_params(settings.near_dup_threshold, settings.num_perm), settings.seed)
context = (load_lexicon(settings.lexicon), load_classifier(settings.classifier), signer,
           load_harm_detector(settings.harm_cues))
stage._WORKER_STATE.update(source=HHSource("helpful-base", "train", split), context=context)
size = stage.MEASURE_CHUNK
chunks = [numbered[i:i + size] for i in range(0, len(numbered), size)]
stage._measure_chunk(chunks[0])
start = time.process_time()
for chunk in chunks[1:]:
    stage._measure_chunk(chunk)
print(json.dumps({"us_per_pair": (time.process_time() - start) / (n_pairs - len(chunks[0])) * 1e6}))
"""


def worker_us(code: Path, pairs: int) -> float:
    """CPU microseconds per pair of `_measure_chunk` by the citeaudit in `code`."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(code), str(SPLIT), str(pairs)],
                          env={**os.environ, "PYTHONPATH": str(code)}, cwd=code,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the timing of {code} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])["us_per_pair"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", required=True, help="git revision to time as the baseline")
    parser.add_argument("--tree", type=Path, help="also time the citeaudit in this folder")
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.pairs < 1_000 or args.rounds < 1:
        parser.error("--pairs must be at least 1000 and --rounds at least 1")
    if args.tree and not (args.tree / "citeaudit" / "__init__.py").is_file():
        parser.error(f"--tree {args.tree}: no citeaudit/ package in that folder")
    with tempfile.TemporaryDirectory(prefix="bench-audit-worker-") as tmp:
        codes = {args.compare: code_at(args.compare, Path(tmp)), "working tree": ROOT}
        if args.tree:
            codes[str(args.tree)] = args.tree.resolve()
        times: dict[str, list[float]] = {name: [] for name in codes}
        for _ in range(args.rounds):
            for name, code in codes.items():
                times[name].append(worker_us(code, args.pairs))
    for name, values in times.items():
        print(f"{name:>14}: {min(values):6.1f} us/pair (rounds: "
              + ", ".join(f"{v:.1f}" for v in values) + ")")
    base = min(times[args.compare])
    for name in list(codes)[1:]:
        print(f"{name}: worker CPU per pair {base / min(times[name]):.2f}x lower than "
              f"{args.compare} ({args.pairs:,} pairs, min of {args.rounds} rounds)")


if __name__ == "__main__":
    main()
