"""Machine instructions per response of the rule classifier, against a git revision.

Wall-clock rates on a shared machine swing by 15% between runs of the same code; instruction
counts do not. Each code (the working tree and `--against-rev REV`) runs twice under
valgrind's callgrind: once labelling the shared XSTest completions (with prompts and safety, as
`eval classify` does) one time as a warm-up, once labelling them `--rounds` more times after
it. The difference of the two counts, divided by the responses labelled, is the instructions a
response costs, start-up and one-off loads left out (both runs with the same hash seed and
no bytecode written, so that their start-up is the same). Needs valgrind (Debian's
package); a run takes a minute and a half or more.

    python -m benchmarks.classifier_instructions --against-rev 57fd6ce [--rounds 3]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_audit import ROOT, code_at
from benchmarks.bench_classifier import SHARED_DIR, labelled_files

_CHILD = r"""
import sys
from pathlib import Path
root, rounds, files = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
import citeaudit
assert Path(citeaudit.__file__).resolve().is_relative_to(root.resolve()), citeaudit.__file__
from citeaudit.evals.classifier import classify_responses
from citeaudit.evals.validate import load_labelled_completions, xstest_unsafe
frames = [load_labelled_completions(Path(f)) for f in files]
texts = [t for f in frames for t in f["completion"]]
prompts = [str(q) for f in frames for q in f["prompt"]]
unsafe = [u for f in frames for u in (xstest_unsafe(f) or [None] * len(f))]
classify_responses(texts, prompts, unsafe=unsafe)
for _ in range(rounds):
    classify_responses(texts, prompts, unsafe=unsafe)
print(len(texts))
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(code: Path, rounds: int, files: list[Path]) -> tuple[int, int]:
    """(instructions executed, responses labelled a round) of the child run by `code`."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-c", _CHILD, str(code), str(rounds), *map(str, files)],
        # (the start-up the two runs of a code are meant to share must cost the same in both: a
        # fixed hash seed, as a random one changes set and dict orders, and no bytecode
        # written, as the first run would otherwise compile the modules the second one reads)
        cwd=code, env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0",
                       "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True, text=True)
    found = _COLLECTED.search(done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"callgrind of the classifier in {code} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1)), int(done.stdout.split()[-1])


def per_response(code: Path, rounds: int, files: list[Path], name: str) -> float:
    """Instructions a response costs the classifier in `code` (the count with `rounds` more
    rounds less the count without them)."""
    print(f"{name}: callgrind, warm-up only ...", flush=True)
    base, n = instructions(code, 0, files)
    print(f"{name}: callgrind, warm-up and {rounds} rounds ...", flush=True)
    more, _ = instructions(code, rounds, files)
    return (more - base) / (rounds * n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against-rev", required=True, metavar="REV",
                        help="git revision whose classifier is counted beside the working tree's")
    parser.add_argument("--rounds", type=int, default=3,
                        help="labelling rounds counted after the warm-up [default: 3]")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    if args.rounds < 1:
        sys.exit("--rounds must be at least 1")
    files = labelled_files([SHARED_DIR])
    if not files:
        sys.exit(f"no labelled XSTest completions in {SHARED_DIR}")
    with tempfile.TemporaryDirectory() as tmp:
        earlier = code_at(args.against_rev, Path(tmp))
        now = per_response(ROOT, args.rounds, files, "working tree")
        then = per_response(earlier, args.rounds, files, args.against_rev)
    print(f"instructions a response: working tree {now:,.0f}, {args.against_rev} {then:,.0f}; "
          f"the working tree runs {now / then:.3f}x the instructions of {args.against_rev}")


if __name__ == "__main__":
    main()
