#!/bin/sh
# Benchmark of the differ (not a test; numbers go in docs/diff.md).
# Diffs a real version pair and two synthetic codes of 1,000 and 2,000 rules, release build.
# Usage: scripts/bench-diff.sh [OLD NEW]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product ambt-bench >/dev/null
exec .build/release/ambt-bench "$@"
