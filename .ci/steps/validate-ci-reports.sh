#!/usr/bin/env bash
# GitLab Code Quality reports validate against Schemas/codequality.schema.json and JUnit XML
# against the Jenkins JUnit schema (junit-10.xsd, taken from pytest's source distribution on
# PyPI). Installs xmlschema when pip can; skipped with a note only when the XSD cannot be had.
set -euo pipefail
cd "$(dirname "$0")/../.."
AMBT="${1:-.build/debug/ambt}"
python3 -c "import xmlschema" 2>/dev/null || python3 -m pip install --quiet xmlschema >/dev/null 2>&1 || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
xsd=""
if python3 -c "import xmlschema" 2>/dev/null \
  && python3 -m pip download --quiet --no-deps --no-binary :all: "pytest==9.2.0" -d "$work" >/dev/null 2>&1; then
  tar -xzf "$work"/pytest-*.tar.gz -C "$work" --wildcards '*/testing/example_scripts/junit-10.xsd' 2>/dev/null || true
  xsd="$(find "$work" -name junit-10.xsd | head -1)"
fi
if [ -z "$xsd" ]; then
  echo "note: junit-10.xsd or xmlschema could not be had from PyPI; JUnit and Code Quality not validated" >&2
  exit 0
fi
python3 scripts/validate-ci-reports.py "$xsd" "$AMBT"
