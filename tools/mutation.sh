#!/usr/bin/env bash
# Mutation testing (mutmut 3) of chosen modules, each with only the tests that cover it.
#
#   tools/mutation.sh                          # the three modules below
#   tools/mutation.sh citeaudit/coding/reliability.py
#
# Each module runs in a fresh copy of the working tree under $TMPDIR (mutmut writes its
# mutants/ and cache there, never here), on $MUTATION_JOBS workers (default: 2). Prints
# killed / total per module, then the surviving mutants (`mutmut show NAME` in that copy
# gives a diff). Results: docs/testing.md.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python}"
jobs="${MUTATION_JOBS:-2}"

tests_for() {
  case "$1" in
    citeaudit/audit/filter.py) echo "tests/test_audit_filter_cli.py tests/test_audit_run.py" ;;
    citeaudit/evals/disparity.py) echo "tests/test_eval_disparity.py tests/test_eval_disparity_cli.py" ;;
    citeaudit/coding/reliability.py) echo "tests/test_coding_reliability.py" ;;
    *) echo "no tests listed for $1: add it to tools/mutation.sh" >&2; exit 2 ;;
  esac
}

run_one() {
  local module="$1" work
  work="$(mktemp -d "${TMPDIR:-/tmp}/citeaudit-mutation.XXXXXX")"
  # tracked and untracked (not ignored) files, as they are now
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard |
     xargs -0 tar -cf - 2>/dev/null) | (mkdir -p "$work/repo" && tar -xf - -C "$work/repo")
  # tests find the shared data beside the repository, as in the checkout
  [ -d "$repo/../shared" ] && ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
  {
    echo "[mutmut]"
    echo "source_paths = citeaudit"
    echo "only_mutate = $module"
    echo "also_copy ="
    echo "    coding_scheme"
    echo "pytest_add_cli_args_test_selection ="
    for t in $(tests_for "$module"); do echo "    $t"; done
    echo "pytest_add_cli_args ="
    echo "    -p"
    echo "    no:cacheprovider"
  } > "$work/repo/setup.cfg"
  echo "== $module ($(tests_for "$module")) in $work/repo"
  local start=$SECONDS
  (cd "$work/repo" && env -u PYTHONPATH "$python" -m mutmut run --max-children "$jobs" >"$work/run.log" 2>&1) ||
    { tail -c 2000 "$work/run.log"; return 1; }
  (cd "$work/repo" && "$python" -m mutmut results --all true >"$work/results.txt" 2>&1 || true)
  local total killed
  total=$(grep -c ': ' "$work/results.txt" || true)
  killed=$(grep -c ': killed' "$work/results.txt" || true)
  echo "$module: killed $killed / $total in $((SECONDS - start)) s"
  grep -v ': killed' "$work/results.txt" || true
}

modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(citeaudit/audit/filter.py
                                     citeaudit/evals/disparity.py
                                     citeaudit/coding/reliability.py)
for module in "${modules[@]}"; do run_one "$module"; done
