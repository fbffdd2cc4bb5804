#!/usr/bin/env bash
# Builds the libFuzzer targets and fuzzes them.
#
#   scripts/fuzz.sh [seconds] [target...]     default: 60 seconds, every target in Fuzz/
#
# AMBT_FUZZ_TIMEOUT (seconds, default 10): an input that runs longer is saved as a hang; raise it
# on a machine loaded by other work, where a niced fuzzer can stall for seconds.
#
# Targets are declared in Package.swift only when AMBT_FUZZ=1, and built with -sanitize=fuzzer
# into their own scratch path, so a plain `swift build` never sees them. The corpus is seeded from
# the real codes (whole, and cut at every chapter so seeds are small) and the test fixtures; it
# grows in .build/fuzz/corpus-<target> between runs. A crash is saved in Fuzz/crashes/ and fails
# the run: turn it into a regression fixture in Tests/Fixtures/fuzz/ (see docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for d in Fuzz/*/; do
    name="$(basename "$d")"
    [ "$name" = Driver ] || [ "$name" = crashes ] || [ "$name" = Seeds ] || targets+=("$(echo "$name" | tr '[:upper:]' '[:lower:]')")
  done
fi

scratch=.build/fuzz
for t in "${targets[@]}"; do
  AMBT_FUZZ=1 swift build -c release --scratch-path "$scratch" --product "ambt-fuzz-$t" -Xswiftc -sanitize=fuzzer
done

seed() {
  local dir="$1"
  shift
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir")" ] && return 0
  for f in "$@"; do
    [ -e "$f" ] || continue
    cp "$f" "$dir/$(basename "$f")"
    # One seed per chapter (or 60 lines), so libFuzzer starts from small inputs as well as whole codes.
    awk -v out="$dir/$(basename "$f")" '/^# /{n++} NR % 60 == 0 {n++} {print > (out "." n ".chunk")}' "$f"
  done
}

# The differ reads two versions from one input, cut at a NUL byte (Fuzz/Diff): each real version
# pair whole and chapter by chapter, each real code against itself, and the pairs in Fuzz/Seeds.
seed_pairs() {
  local dir="$1" old new k
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir")" ] && return 0
  cp Fuzz/Seeds/*.ambt-pair "$dir/"
  for old in Codes/*.ambt; do
    { cat "$old"; printf '\0'; cat "$old"; } >"$dir/$(basename "$old").self"
  done
  for pair in "Codes/alphen-aan-den-rijn-2014.ambt Tests/AmbtDiffTests/Fixtures/alphen-v2.ambt" \
    "Codes/leek.ambt Tests/AmbtDiffTests/Fixtures/leek-v2.ambt"; do
    set -- $pair
    old="$1"
    new="$2"
    { cat "$old"; printf '\0'; cat "$new"; } >"$dir/$(basename "$new").pair"
    awk -v out="$dir/old" '/^# /{n++} {print > (out "." n)}' "$old"
    awk -v out="$dir/new" '/^# /{n++} {print > (out "." n)}' "$new"
    for k in "$dir"/old.*; do
      n="${k##*.}"
      [ -e "$dir/new.$n" ] && { cat "$k"; printf '\0'; cat "$dir/new.$n"; } >"$dir/$(basename "$new").$n.pair"
    done
    rm -f "$dir"/old.* "$dir"/new.*
  done
}

mkdir -p Fuzz/crashes
status=0
for t in "${targets[@]}"; do
  corpus="$scratch/corpus-$t"
  case "$t" in
    # The importer reads plain text: the source texts of the real codes and the layout fixtures.
    import) seed "$corpus" Tests/Fixtures/seeds/*.txt Tests/AmbtImportTests/Fixtures/*/*.txt Tests/AmbtImportTests/Fixtures/*.txt ;;
    diff) seed_pairs "$corpus" ;;
    # The parser and the reporters: the real codes, the fixtures and the inputs of issue 16's defects.
    *) seed "$corpus" Codes/*.ambt Tests/Fixtures/*/*.ambt Tests/Fixtures/*.ambt Fuzz/Seeds/*.ambt ;;
  esac
  echo "== fuzzing $t for ${seconds}s (corpus $corpus: $(ls "$corpus" | wc -l) inputs)"
  # SWIFT_BACKTRACE=enable=no lets libFuzzer catch the trap and save the input.
  if ! SWIFT_BACKTRACE=enable=no "$scratch/release/ambt-fuzz-$t" \
    -max_total_time="$seconds" -max_len=16384 -timeout="${AMBT_FUZZ_TIMEOUT:-10}" -rss_limit_mb=1024 -print_final_stats=1 \
    -artifact_prefix="Fuzz/crashes/$t-" "$corpus" 2>"$scratch/fuzz-$t.log"; then
    status=1
    echo "!! $t: crash or hang; the input is in Fuzz/crashes/ and the log in $scratch/fuzz-$t.log"
    grep -E "ERROR|Fatal error|SUMMARY" "$scratch/fuzz-$t.log" | head -5 || true
  fi
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|cov: " "$scratch/fuzz-$t.log" | tail -4 || true
done
exit $status
