#!/usr/bin/env python3
"""Validate `ambt compile` output for every code in Codes/ against Schemas/code.schema.json.

Uses the independent `jsonschema` package (JSON Schema 2020-12). Also proves the validator bites:
a compiled code with an unknown property and one with a wrong type must both be rejected.

usage: scripts/validate-code-schema.py [path/to/ambt]
"""
import copy
import glob
import json
import os
import subprocess
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("validate-code-schema: the 'jsonschema' package is missing (pip install jsonschema)")

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ambt = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "ambt")
schema = json.load(open(os.path.join(root, "Schemas", "code.schema.json"), encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

codes = sorted(glob.glob(os.path.join(root, "Codes", "*.ambt")))
if not codes:
    sys.exit("validate-code-schema: no codes in Codes/")
failures = 0
first = None
for path in codes:
    out = subprocess.run([ambt, "compile", path], capture_output=True, text=True)
    if out.returncode != 0:
        print(f"FAIL {path}: ambt compile exited {out.returncode}\n{out.stderr}")
        failures += 1
        continue
    doc = json.loads(out.stdout)
    first = first or doc
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"FAIL {path}: {'/'.join(map(str, e.path))}: {e.message}")
    failures += bool(errors)
    if not errors:
        print(f"ok   {os.path.relpath(path, root)}")

# The validator must reject broken documents.
bad1 = copy.deepcopy(first)
bad1["unexpected"] = 1
bad2 = copy.deepcopy(first)
bad2["chapters"][0]["title"] = 42
for name, bad in [("unknown property", bad1), ("wrong type", bad2)]:
    if validator.is_valid(bad):
        print(f"FAIL the schema accepts a document with a {name}")
        failures += 1

print(f"{len(codes) - min(failures, len(codes))}/{len(codes)} compiled codes valid against Schemas/code.schema.json")
sys.exit(1 if failures else 0)
