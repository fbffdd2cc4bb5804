#!/usr/bin/env bash
# The TextMate grammar of .ambt (editors/vscode) is valid, its regexes compile, and it tokenises
# the five codes in Codes/ without runaway regions and with the expected scope on every line
# (issue 14). The self-test first proves a broken grammar is caught. PyPI 'regex' is used when
# it can be installed (closer to Oniguruma); Python's re alone is enough.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import regex" 2>/dev/null || python3 -m pip install --quiet regex >/dev/null 2>&1 \
  || echo "note: PyPI regex could not be installed; regexes are compiled with re only" >&2
python3 scripts/check-grammar.py --selftest
python3 scripts/check-grammar.py
