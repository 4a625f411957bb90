"""Response classifier against XSTest's human labels, next to XSTest's string-match baseline.

Leave one model out: the learned classifier is fitted on the other models' labelled
completions and tested on this one's (with two models: fit on one, test on the other); string
match and the rules need no training. Each test model is marked `held out` unless the rules'
cues were written from its completions (validate.CUE_DEVELOPMENT_MODELS), whose scores are
optimistic. Also: the learned classifier within one model (5-fold, the "review a sample, fit,
classify the rest" workflow), McNemar's exact test of rules vs string match on each model, and
responses/second.

Run: python benchmarks/bench_classifier.py [PATH ...] [--fetch] [--speed] [--against-rev REV]
    [--repeats N] [--workers N] [--copies N]
PATH: folders of *_labelled.csv or labelled CSV files [default: ../shared/data/xstest/completions
plus cache/xstest/ when it exists]. --fetch downloads XSTest's public human-labelled GPT-4
completions (v1 prompts), a model the cues were not written from, into cache/xstest/ first
(needs GitHub). --speed: only the throughput of the rules against string match;
--against-rev REV also times the classifier of git revision REV in the same run and counts the
labels that differ from its. The throughput is also measured with the work shared by
--workers forked processes (as `eval classify` runs it), on the completions repeated --copies
times.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import types
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from citeaudit.core.errors import InputError
from citeaudit.core.workers import default_workers
from citeaudit.evals.classifier import (
    CUE_ENGINE,
    classify_responses,
    label_chunks,
    string_match_label,
    to_xstest,
)
from citeaudit.evals.validate import (
    CUE_DEVELOPMENT_MODELS,
    cross_model_evaluation,
    fetch_public_labels,
    in_model_evaluation,
    load_labelled_completions,
    mcnemar,
    scores_frame,
    xstest_unsafe,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = ROOT.parent / "shared" / "data" / "xstest" / "completions"
CACHE_DIR = ROOT / "cache" / "xstest"


def labelled_files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.glob("*.csv") if not p.name.endswith(".part"))
        elif path.exists():
            files.append(path)
        else:
            sys.exit(f"{path}: no such file or folder")
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path,
                        help="folders of labelled CSVs or CSV files [default: shared data + "
                             "cache/xstest]")
    parser.add_argument("--fetch", action="store_true",
                        help=f"download XSTest's other public labelled files into {CACHE_DIR}")
    parser.add_argument("--speed", action="store_true",
                        help="only time the rules against string match (skips the agreement "
                             "tables)")
    parser.add_argument("--against-rev", metavar="REV",
                        help="also time the classifier as it was at git revision REV and count "
                             "the labels that differ")
    parser.add_argument("--repeats", type=int, default=5,
                        help="timed runs of each classifier; the fastest counts [default: 5]")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="processes of the shared run (`eval classify --workers`) "
                             "[default: one per CPU, at most 8]")
    parser.add_argument("--copies", type=int, default=10,
                        help="the completions repeated this many times for the throughput, so "
                             "the shared run's start-up weighs as in a real run [default: 10]")
    args = parser.parse_args()
    if args.fetch:
        try:
            fetch_public_labels(CACHE_DIR)
        except InputError as exc:
            sys.exit(f"--fetch: {exc}")
    paths = labelled_files(args.paths or [p for p in (SHARED_DIR, CACHE_DIR) if p.is_dir()])
    if len(paths) < 2:
        sys.exit(f"need labelled completions from at least two models (got {len(paths)})")
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 20)
    if args.speed:
        frames = [load_labelled_completions(p) for p in paths]
        print_throughput(
            [t for f in frames for t in f["completion"]] * args.copies,
            [str(q) for f in frames for q in f["prompt"]] * args.copies,
            [u for f in frames for u in (xstest_unsafe(f) or [None] * len(f))] * args.copies,
            args.against_rev, args.repeats, args.workers)
        return

    results = cross_model_evaluation(paths)
    with warnings.catch_warnings():  # a class with fewer members than folds (GPT-4's 2 partial)
        warnings.filterwarnings("ignore", message="The least populated class")
        results += [in_model_evaluation(p) for p in paths]
    table = scores_frame(results)
    table.insert(3, "test_is", ["cue development" if m in CUE_DEVELOPMENT_MODELS else "held out"
                                for m in table["test"]])
    print(table.to_string(index=False))

    metrics = ["accuracy", "macro_f1"] + [c for c in table.columns if c.startswith("f1_")]
    cross = table[table["train"] != table["test"]]
    for kind in ("held out", "cue development"):
        rows = cross[cross["test_is"] == kind]
        if len(rows):
            models = ", ".join(dict.fromkeys(rows["test"]))
            print(f"\nmean over {kind} test models ({models}); 'learned' is fitted on the others:")
            print(rows.groupby("classifier")[metrics].mean().round(3)
                  .sort_values("macro_f1", ascending=False).to_string())

    print("\nrules vs string match on the same responses (McNemar's exact test):")
    texts, prompts, unsafe = [], [], []
    for path in paths:
        frame = load_labelled_completions(path)
        truth = frame["final_label"].tolist()
        texts += frame["completion"].tolist()
        prompts += frame["prompt"].astype(str).tolist()
        unsafe += xstest_unsafe(frame) or [None] * len(frame)
        base = [to_xstest(string_match_label(t)) for t in frame["completion"]]
        ours = [to_xstest(x) for x in classify_responses(frame["completion"].tolist(),
                                                         frame["prompt"].astype(str).tolist())]
        only_ours, only_base, p = mcnemar(truth, ours, base)
        errors_base = sum(b != t for b, t in zip(base, truth, strict=True))
        errors_ours = sum(o != t for o, t in zip(ours, truth, strict=True))
        change = (errors_ours - errors_base) / max(errors_base, 1)
        print(f"  {frame['model'].iloc[0]:<16} n={len(truth):<4} errors: string match "
              f"{errors_base}, rules {errors_ours} ({change:+.0%}); only rules right "
              f"{only_ours}, only string match right {only_base}, p={p:.2g}")

    print_throughput(texts * args.copies, prompts * args.copies, unsafe * args.copies,
                     args.against_rev, args.repeats, args.workers)


def best_seconds(runs: dict[str, Callable[[], object]], repeats: int = 5
                 ) -> dict[str, tuple[float, float]]:
    """Each run's fastest wall-clock and CPU seconds over `repeats` rounds, after one untimed
    warm-up round (one-off loads such as the word list). The runs take turns within a round,
    so a burst of other work on a shared machine hits them alike."""
    for run in runs.values():
        run()
    best = {name: (float("inf"), float("inf")) for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def classifier_at(revision: str):
    """citeaudit/evals/classifier.py as it was at a git revision, loaded as its own module."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:citeaudit/evals/classifier.py"],
        capture_output=True, text=True, check=False)
    if source.returncode:
        sys.exit(f"--against-rev {revision}: {source.stderr.strip()}")
    name = f"classifier_at_{revision}"
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up while the source runs
    exec(compile(source.stdout, f"{revision}:classifier.py", "exec"), module.__dict__)
    return module


def print_throughput(texts: list[str], prompts: list[str], unsafe: list[bool | None],
                     against_rev: str | None = None, repeats: int = 5, workers: int = 2) -> None:
    """Responses per second of the rules (with prompts and safety, as `eval classify` runs
    them) in this process and shared by `workers` forked processes (as `eval classify
    --workers` runs them, start-up included), and of XSTest's string match, timed in the same
    run, and their ratios; with `against_rev`, also the rules as they were at that git revision
    (in this process) and how many labels differ from its. Wall-clock rates, with CPU-time
    rates beside them (this process's CPU only, so none for the shared run), and the load
    average."""
    shared = f"rules, {workers} processes"
    runs = {"string match": lambda: [string_match_label(t) for t in texts],
            "rules": lambda: classify_responses(texts, prompts, unsafe=unsafe),
            shared: lambda: [label for chunk in label_chunks(texts, prompts, unsafe,
                                                             workers=workers)
                             for label in chunk]}
    if against_rev:
        earlier = classifier_at(against_rev)
        runs[f"rules at {against_rev}"] = lambda: earlier.classify_responses(
            texts, prompts, unsafe=unsafe)
    load_before = os.getloadavg()[0]
    best = best_seconds(runs, repeats)
    print(f"\nthroughput on {len(texts)} responses (best of {repeats}; cue engine: {CUE_ENGINE}; "
          f"load average {load_before:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
          f"cores), responses/s by wall clock (by CPU time):")
    for name, (wall, cpu) in best.items():
        by_cpu = "" if name == shared else f" ({len(texts) / cpu:,.0f}/s)"
        print(f"  {name:<22} {len(texts) / wall:>12,.0f}/s{by_cpu}")
    rules_wall, rules_cpu = best["rules"]
    base_wall, base_cpu = best["string match"]
    print(f"  the rules take {rules_wall / base_wall:,.0f}x string match's time "
          f"({rules_cpu / base_cpu:,.0f}x by CPU); {workers} processes run "
          f"{rules_wall / best[shared][0]:.2f}x as fast as one")
    if runs[shared]() != runs["rules"]():
        sys.exit(f"{shared} gave other labels than one process")
    if against_rev:
        then_wall, then_cpu = best[f"rules at {against_rev}"]
        changed = sum(a != b for a, b in zip(runs["rules"](), runs[f"rules at {against_rev}"](),
                                             strict=True))
        print(f"  today's rules are {then_wall / rules_wall:.2f}x as fast as at {against_rev} "
              f"({then_cpu / rules_cpu:.2f}x by CPU); labels that differ: {changed} of "
              f"{len(texts)}")


if __name__ == "__main__":
    main()
