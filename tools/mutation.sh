#!/usr/bin/env bash
# Mutation testing (mutmut 3) of chosen modules, each with only the tests that cover it.
#
#   tools/mutation.sh                          # every target listed at the end
#   tools/mutation.sh citeaudit/coding/reliability.py
#   tools/mutation.sh citeaudit/coding/validate.py:parse_codes,_Table.*
#
# Each module runs in a fresh copy of the working tree under $TMPDIR (mutmut writes its
# mutants/ and cache there, never here), on $MUTATION_JOBS workers (default: 2). Prints
# killed / total per module, then the surviving mutants (`mutmut show NAME` in that copy
# gives a diff). MODULE:FUNCTIONS mutates only those functions (`name`, `Class.method`,
# `Class.*`); a module listed in functions_for is scoped so by default. MUTATION_TESTS="..."
# replaces a module's test list for a trial. Results: docs/testing.md.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python}"
jobs="${MUTATION_JOBS:-2}"

tests_for() {
  if [ -n "${MUTATION_TESTS:-}" ]; then echo "$MUTATION_TESTS"; return; fi  # a trial's own list
  case "$1" in
    citeaudit/audit/filter.py) echo "tests/test_audit_filter_cli.py tests/test_audit_run.py tests/test_audit_filter_edges.py" ;;
    citeaudit/evals/disparity.py) echo "tests/test_eval_disparity.py tests/test_eval_disparity_cli.py tests/test_eval_disparity_edges.py" ;;
    citeaudit/core/stats.py) echo "tests/test_core.py tests/test_eval_disparity.py tests/test_eval_disparity_cli.py tests/test_eval_disparity_edges.py" ;;
    citeaudit/coding/reliability.py) echo "tests/test_coding_reliability.py tests/test_reliability_cli.py" ;;
    citeaudit/audit/prevalence.py) echo "tests/test_audit_prevalence.py" ;;
    # the unit tests only: test_audit_prefilter.py compares whole audits of the real split
    citeaudit/core/prefilter.py) echo "tests/test_core_prefilter.py" ;;
    # the unit tests of the shared scan; the whole-audit comparison stays out, as above
    citeaudit/audit/scan.py) echo "tests/test_audit_scan.py" ;;
    citeaudit/coding/validate.py|citeaudit/coding/importing.py)
      echo "tests/test_coding_roundtrip.py tests/test_coding_safety.py tests/test_spreadsheet_import.py" ;;
    citeaudit/cli/common.py|citeaudit/cli/audit.py|citeaudit/cli/code.py)
      echo "tests/test_cli_messages.py tests/test_reliability_cli.py tests/test_cli_options.py" ;;
    # the unit tests and the few shared PDFs (each read once, about 5 s in all)
    citeaudit/literature/extract/companions.py) echo "tests/test_redteam_passages.py" ;;
    # the rule tests (each rule's cases, the fast path against the reference on every styles file)
    citeaudit/evals/classifier.py) echo "tests/test_eval_classifier.py" ;;
    # fork_map's own tests and the audit's two-worker comparisons (a killed worker among them)
    citeaudit/core/workers.py) echo "tests/test_workers.py tests/test_audit_parallel.py" ;;
    *) echo "no tests listed for $1: add it to tools/mutation.sh" >&2; exit 2 ;;
  esac
}

# Tests left out of a module's runs: they check durability (a killed process, a LibreOffice
# round trip) in subprocesses, which mutmut cannot see, and take seconds each.
deselect_for() {
  case "$1" in
    citeaudit/coding/validate.py|citeaudit/coding/importing.py)
      echo "tests/test_coding_safety.py::test_file_survives_libreoffice_resave"
      echo "tests/test_coding_safety.py::test_killed_mid_import_leaves_store_unchanged_and_file_importable" ;;
  esac
}

# The functions mutated by default where a module is larger than its target (mutmut 3 never
# mutates decorated functions, so a click command's body is out of its reach in any case).
functions_for() {
  case "$1" in
    # the import and validation half; the export half has its own round-trip tests
    citeaudit/coding/validate.py) echo "_sniff_format,_read_xlsx,_check_unpacked_size,\
_malformed_part,_sheet_parts,_check_meta,_read_csv,_csv_export,_header_columns,_text,parse_codes,\
_unit_rows,_coding_cells,_adjudication_cells,_pick_table,Problem.*,CodingImportError.*,_Table.*,\
_Formula.*" ;;
    citeaudit/coding/importing.py) echo "import_file,import_xlsx,import_csv,_show,ImportReport.*" ;;
    # the helpers behind options and errors; left out: pdfs' (being rewritten), training's
    # (they train models), the progress bar (shown on terminals only)
    citeaudit/cli/common.py) echo "Context.*,handle_errors,print_error,print_warning,agreement_line" ;;
    citeaudit/cli/audit.py) echo "_audit_run_id,_print_show_table,_write_audit_csvs" ;;
    citeaudit/cli/code.py) echo "_pct" ;;
  esac
}

# mutmut's mutant-name patterns for FUNCTIONS of MODULE (x_NAME, xǁClassǁmethod).
mutant_patterns() {
  local module="$1" functions="$2" dotted
  dotted="${module%.py}"; dotted="${dotted//\//.}"
  tr ',' '\n' <<<"$functions" | while read -r fn; do
    [ -n "$fn" ] || continue
    if [[ "$fn" == *.* ]]; then echo "$dotted.xǁ${fn%%.*}ǁ${fn#*.}__mutmut_*"
    else echo "$dotted.x_${fn}__mutmut_*"; fi
  done
}

run_one() {
  local module="${1%%:*}" functions work
  functions="$([[ "$1" == *:* ]] && echo "${1#*:}" || functions_for "$module")"
  local patterns=()
  [ -z "$functions" ] || mapfile -t patterns < <(mutant_patterns "$module" "$functions")
  work="$(mktemp -d "${TMPDIR:-/tmp}/citeaudit-mutation.XXXXXX")"
  # tracked and untracked (not ignored) files, as they are now
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard |
     xargs -0 tar -cf - 2>/dev/null) | (mkdir -p "$work/repo" && tar -xf - -C "$work/repo")
  # tests find the shared data beside the repository, as in the checkout
  # (and beside mutants/, where mutmut runs them: without it, tests of the real split skip)
  if [ -d "$repo/../shared" ]; then
    ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
    ln -s "$(cd "$repo/../shared" && pwd)" "$work/repo/shared"
  fi
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
    for t in $(deselect_for "$module"); do echo "    --deselect"; echo "    $t"; done
  } > "$work/repo/setup.cfg"
  echo "== $module${functions:+ ($functions)} with $(tests_for "$module") in $work/repo"
  local start=$SECONDS
  (cd "$work/repo" && env -u PYTHONPATH "$python" -m mutmut run --max-children "$jobs" "${patterns[@]}" \
     >"$work/run.log" 2>&1) || { tail -c 2000 "$work/run.log"; return 1; }
  (cd "$work/repo" && "$python" -m mutmut results --all true 2>&1 |
     PATTERNS="${patterns[*]}" "$python" -c '
import fnmatch, os, sys
patterns = os.environ["PATTERNS"].split()
for line in sys.stdin:
    name = line.strip().split(": ")[0]
    if not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns):
        sys.stdout.write(line)' >"$work/results.txt" || true)
  local total killed
  total=$(grep -c ': ' "$work/results.txt" || true)
  killed=$(grep -c ': killed' "$work/results.txt" || true)
  echo "$module: killed $killed / $total in $((SECONDS - start)) s"
  grep -v ': killed' "$work/results.txt" || true
}

modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(citeaudit/audit/filter.py
                                     citeaudit/evals/disparity.py
                                     citeaudit/core/stats.py
                                     citeaudit/coding/reliability.py
                                     citeaudit/coding/validate.py
                                     citeaudit/coding/importing.py
                                     citeaudit/cli/common.py
                                     citeaudit/cli/audit.py
                                     citeaudit/cli/code.py
                                     citeaudit/audit/prevalence.py
                                     citeaudit/core/prefilter.py
                                     citeaudit/literature/extract/companions.py
                                     citeaudit/audit/scan.py)
for module in "${modules[@]}"; do run_one "$module"; done
