#!/usr/bin/env python3
"""Validate ambt's SARIF (and JSON) output for every code in Codes/ against the schemas.

SARIF: the official SARIF 2.1.0 schema (Tests/Fixtures/sarif-schema-2.1.0.json, a copy of ../shared/reference/, or the
path in $SARIF_SCHEMA), plus the GitHub code scanning requirements the schema does not check.
JSON: Schemas/lint.schema.json. Usage: scripts/validate-sarif.py [path/to/ambt]
Needs the `jsonschema` package (pip install jsonschema). Exit 0 when everything validates.
"""
import glob, json, os, subprocess, sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate-sarif: the 'jsonschema' package is missing; run: pip install jsonschema")

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ambt = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "ambt")
# A copy of the official schema is kept in the repository so CI is self-contained.
sarif_schema_path = os.environ.get("SARIF_SCHEMA", os.path.join(root, "Tests", "Fixtures", "sarif-schema-2.1.0.json"))
codes = sorted(glob.glob(os.path.join(root, "Codes", "*.ambt")))
if not codes:
    sys.exit("validate-sarif: no Codes/*.ambt")

# A file with fix-its (safe and not), so SARIF `fixes` and JSON `fixIts` are validated too.
fix_fixture = os.path.join(root, "Tests", "Fixtures", "fix", "misspellings.ambt")

def run(fmt, docs_url=None, files=None):
    env = dict(os.environ)
    env.pop("AMBT_DOCS_URL", None)
    if docs_url:
        env["AMBT_DOCS_URL"] = docs_url
    p = subprocess.run([ambt, "lint", "--today", "2026-11-24", "--no-config", "--format", fmt] + [os.path.relpath(c, root) for c in (files or codes)],
                       cwd=root, capture_output=True, text=True, env=env)
    if p.returncode not in (0, 1):
        sys.exit(f"validate-sarif: ambt lint --format {fmt} exited {p.returncode}: {p.stderr}")
    return json.loads(p.stdout)

errors = []
with open(sarif_schema_path) as f:
    sarif_schema = json.load(f)
validator = jsonschema.validators.validator_for(sarif_schema)(sarif_schema)
# Without a documentation address there are no links at all (no placeholder repository).
plain = run("sarif")
errors += [f"SARIF schema (no docs URL): {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(plain)]
if "helpUri" in json.dumps(plain) or "informationUri" in json.dumps(plain):
    errors.append("SARIF without AMBT_DOCS_URL has helpUri or informationUri")
# With one (AMBT_DOCS_URL), every rule links to its documentation.
sarif = run("sarif", docs_url="https://example.org/ambt/docs")
errors += [f"SARIF schema: {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(sarif)]

# Fix-its as SARIF fixes: artifactChanges with replacements (deletedRegion, insertedContent).
with_fixes = run("sarif", files=[fix_fixture])
errors += [f"SARIF schema (fixes): {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(with_fixes)]
fixes = [f for r in with_fixes["runs"][0]["results"] for f in r.get("fixes", [])]
if not fixes:
    errors.append("SARIF of the fix fixture has no fixes")
for f in fixes:
    for change in f["artifactChanges"]:
        for rep in change["replacements"]:
            reg = rep["deletedRegion"]
            if reg["startLine"] < 1 or reg["startColumn"] < 1 or "insertedContent" not in rep:
                errors.append(f"fix {f['description']['text']}: bad replacement {rep}")
    if not isinstance(f.get("properties", {}).get("safe"), bool):
        errors.append(f"fix {f['description']['text']}: properties.safe is not a boolean")

# GitHub code scanning requirements beyond the schema.
for run_ in sarif["runs"]:
    driver = run_["tool"]["driver"]
    ids = [r["id"] for r in driver["rules"]]
    for r in driver["rules"]:
        for key in ("shortDescription", "fullDescription", "helpUri", "defaultConfiguration"):
            if key not in r:
                errors.append(f"rule {r['id']}: missing {key}")
    if run_.get("columnKind") != "unicodeCodePoints":
        errors.append("run.columnKind is not unicodeCodePoints")
    for res in run_["results"]:
        if res["ruleId"] not in ids or ids[res["ruleIndex"]] != res["ruleId"]:
            errors.append(f"result {res['ruleId']}: ruleIndex does not point at its rule")
        if not res.get("partialFingerprints"):
            errors.append(f"result {res['ruleId']}: no partialFingerprints")
        for loc in res["locations"]:
            pl = loc["physicalLocation"]
            uri = pl["artifactLocation"]["uri"]
            if uri.startswith("/") or "://" in uri:
                errors.append(f"result {res['ruleId']}: uri {uri} is not relative")
            reg = pl["region"]
            if reg["startLine"] < 1 or reg["startColumn"] < 1:
                errors.append(f"result {res['ruleId']}: region starts before 1")

with open(os.path.join(root, "Schemas", "lint.schema.json")) as f:
    lint_schema = json.load(f)
lint_json = run("json")
validator = jsonschema.Draft202012Validator(lint_schema)
errors += [f"lint JSON schema: {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(lint_json)]
lint_fix_json = run("json", files=[fix_fixture])
errors += [f"lint JSON schema (fixIts): {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(lint_fix_json)]
if not any("fixIts" in d for d in lint_fix_json["diagnostics"]):
    errors.append("lint JSON of the fix fixture has no fixIts")
# ambt check --format json follows the same schema (kind 'check'), fix-its included.
p = subprocess.run([ambt, "check", "--format", "json", os.path.relpath(fix_fixture, root)] + [os.path.relpath(c, root) for c in codes],
                   cwd=root, capture_output=True, text=True)
if p.returncode not in (0, 1):
    sys.exit(f"validate-sarif: ambt check --format json exited {p.returncode}: {p.stderr}")
check_json = json.loads(p.stdout)
errors += [f"check JSON schema: {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(check_json)]
if check_json.get("kind") != "check" or not any("fixIts" in d for d in check_json["diagnostics"]):
    errors.append("check JSON: kind is not 'check' or no fixIts for the fix fixture")
# The schema must reject a fix-it without its 'safe' flag (the check can fail).
broken = json.loads(json.dumps(lint_fix_json))
next(d for d in broken["diagnostics"] if "fixIts" in d)["fixIts"][0].pop("safe")
if validator.is_valid(broken):
    errors.append("lint schema accepts a fix-it without 'safe'")

if errors:
    print("\n".join(errors[:50]))
    sys.exit(1)
print(f"validate-sarif: SARIF and JSON of {len(codes)} codes valid ({len(sarif['runs'][0]['results'])} results); "
      f"{len(fixes)} SARIF fixes of the fix fixture valid")
