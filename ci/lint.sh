#!/usr/bin/env bash
# Lints the codes of a repository for a CI job and always writes every report asked for, also
# when lint finds something; exits with lint's code (0 clean, 1 findings, 2 error) at the end.
#
#   AMBT_PATHS     files or folders, separated by spaces; empty: the paths of .ambt-lint, else .
#   AMBT_FORMAT    what to print in the job log (default text; github for annotations)
#   AMBT_FAIL_ON   error, warning or info; empty: fail-on of .ambt-lint, else error
#   AMBT_BASELINE  a baseline file; empty: the baseline of .ambt-lint, if any
#   AMBT_CONFIG    a configuration file; empty: .ambt-lint found in this folder or a parent
#   AMBT_REPORTS   reports to write, separated by spaces, from: sarif json codequality junit summary
#   AMBT_REPORT_DIR  where to write them (default .): ambt.sarif, ambt-lint.json,
#                  gl-code-quality-report.json, ambt-junit.xml, ambt-summary.md
#   AMBT_LANG      nl (default) or en
# Used by action.yml and ci/ambt.gitlab-ci.yml; tested by scripts/test-ci-steps.sh.
set -uo pipefail
ambt="${AMBT:-ambt}"
dir="${AMBT_REPORT_DIR:-.}"
mkdir -p "$dir"
args=(--lang "${AMBT_LANG:-nl}")
[ -n "${AMBT_CONFIG:-}" ] && args+=(--config "$AMBT_CONFIG")
[ -n "${AMBT_FAIL_ON:-}" ] && args+=(--fail-on "$AMBT_FAIL_ON")
[ -n "${AMBT_BASELINE:-}" ] && args+=(--baseline "$AMBT_BASELINE")
read -r -a paths <<< "${AMBT_PATHS:-}"

for report in ${AMBT_REPORTS:-}; do
  case "$report" in
    sarif) file="$dir/ambt.sarif" ;;
    json) file="$dir/ambt-lint.json" ;;
    codequality) file="$dir/gl-code-quality-report.json" ;;
    junit) file="$dir/ambt-junit.xml" ;;
    summary) file="$dir/ambt-summary.md" ;;
    *) echo "ambt lint step: unknown report '$report' (sarif json codequality junit summary)" >&2; exit 2 ;;
  esac
  # The report is written whatever lint finds; only an error (exit 2) stops the step.
  "$ambt" lint "${args[@]}" --format "$report" "${paths[@]}" > "$file" 2> /dev/null
  rc=$?
  if [ "$rc" -ge 2 ]; then
    echo "ambt lint step: writing $file failed (exit $rc):" >&2
    "$ambt" lint "${args[@]}" --format "$report" "${paths[@]}" > /dev/null
    exit "$rc"
  fi
  echo "ambt lint step: wrote $file" >&2
done

"$ambt" lint "${args[@]}" --format "${AMBT_FORMAT:-text}" "${paths[@]}"
