#!/usr/bin/env bash
# Hostile inputs too big for the test suite, on the release build: a valid 100 MB code and 100 MB
# of random bytes must each be checked in bounded time (< 120 s) and memory (< 1.5 GB; check of a 100 MB code peaks at about 7.7 times the input, see "Memory" in docs/performance.md), exit 0 or 1.
# $1 (the debug binary) is unused: a 100 MB file is a job for the release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product ambt >/dev/null
swift build -c release --product ambt-bench >/dev/null
AMBT=.build/release/ambt
if [ ! -x /usr/bin/time ]; then
  (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
fi
[ -x /usr/bin/time ] || { echo "hostile-large: /usr/bin/time is not available (apt-get install time); step skipped"; exit 1; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
.build/release/ambt-bench bigfile "$dir/big.ambt" 100
head -c 100000000 /dev/urandom > "$dir/random.ambt"
for f in big.ambt random.ambt; do
  set +e
  /usr/bin/time -f "%e %M" -o "$dir/time" timeout 120 "$AMBT" check "$dir/$f" > /dev/null 2> "$dir/err"
  code=$?
  set -e
  read -r seconds kb < <(tail -1 "$dir/time")
  echo "$f: exit $code, ${seconds}s, peak $((kb / 1024)) MB"
  if [ "$code" -gt 1 ]; then echo "unexpected exit $code"; tail -3 "$dir/err"; exit 1; fi
  if [ "$kb" -gt 1572864 ]; then echo "peak memory over 1.5 GB"; exit 1; fi
done
