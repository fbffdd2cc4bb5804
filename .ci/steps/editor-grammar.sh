#!/usr/bin/env bash
# Editor support (issue 14): the TextMate grammar of .ambt (editors/vscode) is valid, its regexes
# compile, and it tokenises the five codes in Codes/ without runaway regions and with the
# expected scope on every line; the self-test first proves a broken grammar is caught. Then the
# Vim/Neovim syntax file and the Helix configuration (scripts/check-editor-config.sh). PyPI
# 'regex' is used when it can be installed (closer to Oniguruma); Python's re alone is enough.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import regex" 2>/dev/null || python3 -m pip install --quiet regex >/dev/null 2>&1 \
  || echo "note: PyPI regex could not be installed; regexes are compiled with re only" >&2
python3 scripts/check-grammar.py --selftest
python3 scripts/check-grammar.py
bash scripts/check-editor-config.sh
