#!/usr/bin/env bash
# The generated shell completions parse in their shells (bash -n, zsh -n, fish -n) and the man
# page renders without groff warnings (issue 13, item 6). zsh, fish and groff are installed from
# Debian when missing; a shell that cannot be had is skipped with a note.
set -euo pipefail
cd "$(dirname "$0")/../.."
AMBT="${1:-.build/debug/ambt}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

want=()
for tool in zsh fish groff; do command -v "$tool" >/dev/null 2>&1 || want+=("$tool"); done
if [ "${#want[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y -qq "${want[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${want[@]}" >/dev/null 2>&1; }) \
    || echo "note: could not install ${want[*]}" >&2
fi

for shell in bash zsh fish; do
  "$AMBT" completions "$shell" > "$work/ambt.$shell"
  if command -v "$shell" >/dev/null 2>&1; then
    "$shell" -n "$work/ambt.$shell"
    "$shell" -n "Tests/AmbtCLITests/Snapshots/completions.$shell"
    echo "completions $shell: parses (generated and golden)"
  else
    echo "note: $shell not available; its completion script was not parsed" >&2
  fi
done

for lang in nl en; do
  "$AMBT" manpage --lang "$lang" > "$work/ambt.$lang.1"
  if command -v groff >/dev/null 2>&1; then
    warnings="$(groff -man -Tutf8 -ww -z "$work/ambt.$lang.1" "Tests/AmbtCLITests/Snapshots/ambt.$lang.1" 2>&1 || true)"
    if [ -n "$warnings" ]; then
      echo "man page ($lang) has groff warnings:" >&2
      echo "$warnings" >&2
      exit 1
    fi
    echo "man page $lang: renders without warnings (generated and golden)"
  else
    echo "note: groff not available; the man page was not rendered" >&2
  fi
done
