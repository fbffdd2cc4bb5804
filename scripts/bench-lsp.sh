#!/bin/sh
# Benchmark of the language server (not a test; numbers go in docs/editors.md, "Speed").
# Times each request on the real codes in Codes/, in process and through `ambt lsp` over pipes,
# release build. Usage: scripts/bench-lsp.sh [--repeats N]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product ambt >/dev/null
swift build -c release --product ambt-bench >/dev/null
exec .build/release/ambt-bench lsp --ambt .build/release/ambt "$@"
