#!/usr/bin/env bash
# The review dossiers of the five real codes as HTML (issue 15), for looking at in a browser and in
# print preview. Writes to the folder given (default: a new temporary folder) and prints its path.
#
#   scripts/review-dossiers.sh [OUT-DIR] [--today YYYY-MM-DD]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d)}"
shift || true
mkdir -p "$out"
swift build --product ambt >/dev/null
for f in Codes/*.ambt; do
  name=$(basename "$f" .ambt)
  # Exit 1 means the code has errors; the dossier is written all the same.
  .build/debug/ambt review "$f" --peers Codes --format html -o "$out/$name.html" "$@" || [ $? -eq 1 ]
done
echo "$out"
