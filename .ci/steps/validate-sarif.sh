#!/usr/bin/env bash
# SARIF of all Codes/*.ambt validates against the official SARIF 2.1.0 schema; lint JSON against Schemas/lint.schema.json.
set -euo pipefail
python3 scripts/validate-sarif.py "$1"
