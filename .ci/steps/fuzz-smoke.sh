#!/usr/bin/env bash
# A bounded libFuzzer smoke run of every fuzz target (60 s each). $1 (the ambt binary) is unused.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/fuzz.sh "${AMBT_FUZZ_SECONDS:-60}"
