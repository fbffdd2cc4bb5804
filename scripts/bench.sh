#!/usr/bin/env bash
# The performance benchmark (issue 7): builds release, generates a synthetic national corpus from
# the real codes (1,200 codes of 20 to 1,000 rules) in a temporary directory, and prints a table of
# timings with ratios against baselines measured in the same run (wc -w, git diff --word-diff).
#
#   scripts/bench.sh [--repeats N] [--codes N] [--quick] [--keep] [--docs docs/performance.md]
#
# With --docs, the machine line, the table and the notes replace the part of the file between
# <!-- bench:begin --> and <!-- bench:end -->, so docs/performance.md shows what the benchmark printed. Timings are best-of-N wall clock; on a shared machine, read
# the ratios, not the absolute numbers. Not a test: nothing here fails on a slow run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
swift build -c release --product ambt >/dev/null
swift build -c release --product ambt-bench >/dev/null
exec .build/release/ambt-bench run --ambt .build/release/ambt "$@"
