"""Response classifier against XSTest's human labels, next to XSTest's string-match baseline.

Leave one model out: the learned classifier is fitted on the other models' labelled
completions and tested on this one's (with two models: fit on one, test on the other); string
match and the rules need no training. Each test model is marked `held out` unless the rules'
cues were written from its completions (validate.CUE_DEVELOPMENT_MODELS), whose scores are
optimistic. Also: the learned classifier within one model (5-fold, the "review a sample, fit,
classify the rest" workflow), McNemar's exact test of rules vs string match on each model, and
responses/second.

Run: python benchmarks/bench_classifier.py [PATH ...] [--fetch]
PATH: folders of *_labelled.csv or labelled CSV files [default: ../shared/data/xstest/completions
plus cache/xstest/ when it exists]. --fetch downloads XSTest's public human-labelled GPT-4
completions (v1 prompts), a model the cues were not written from, into cache/xstest/ first
(needs GitHub).
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

from citeaudit.core.errors import InputError
from citeaudit.evals.classifier import classify_responses, string_match_label, to_xstest
from citeaudit.evals.validate import (
    CUE_DEVELOPMENT_MODELS,
    cross_model_evaluation,
    fetch_public_labels,
    in_model_evaluation,
    load_labelled_completions,
    mcnemar,
    scores_frame,
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
    texts = []
    for path in paths:
        frame = load_labelled_completions(path)
        truth = frame["final_label"].tolist()
        texts += frame["completion"].tolist()
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

    start = time.perf_counter()
    for t in texts:
        string_match_label(t)
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    classify_responses(texts)
    ours_s = time.perf_counter() - start
    print(f"\nthroughput on {len(texts)} responses: string match {len(texts) / base_s:,.0f}/s, "
          f"rules {len(texts) / ours_s:,.0f}/s (string match is {ours_s / base_s:,.0f}x faster)")


if __name__ == "__main__":
    main()
