#!/usr/bin/env bash
# The memory benchmark (issue 16, item 8): peak resident memory and time of check and lint (text,
# JSON, SARIF) over 1×, 10×, 100× and 1,000× the real codes, and of one file of 1, 10 and 100 MB,
# with `wc -w` on the same input as the baseline. Release build.
#
#   scripts/bench-memory.sh [--quick] [--docs docs/performance.md]
#
# With --docs, the table replaces the part of the file between <!-- bench-memory:begin --> and
# <!-- bench-memory:end -->, so docs/performance.md shows what the benchmark printed. Not a test:
# nothing here fails on a slow run or a large peak.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
swift build -c release --product ambt >/dev/null
swift build -c release --product ambt-bench >/dev/null
exec .build/release/ambt-bench memory --ambt .build/release/ambt "$@"
