#!/usr/bin/env python3
"""Validate the CI formats of ambt for every code in Codes/ and the golden files.

GitLab Code Quality (lint and coverage --format codequality) against Schemas/codequality.schema.json,
baselines (--write-baseline) against Schemas/baseline.schema.json,
with unique fingerprints; JUnit XML (lint and coverage --format junit) against the Jenkins JUnit
schema junit-10.xsd given as the first argument (the copy in pytest's source distribution).
Usage: scripts/validate-ci-reports.py JUNIT_XSD [path/to/ambt]. Needs jsonschema and xmlschema.
Exit 0 when everything validates.
"""
import glob, json, os, subprocess, sys

import jsonschema
import xmlschema

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
xsd = sys.argv[1]
ambt = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, ".build", "debug", "ambt")
codes = sorted(os.path.relpath(c, root) for c in glob.glob(os.path.join(root, "Codes", "*.ambt")))
errors = []


def run(args):
    p = subprocess.run([ambt] + args, cwd=root, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"validate-ci-reports: ambt {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p.stdout


with open(os.path.join(root, "Schemas", "codequality.schema.json")) as f:
    cq_schema = json.load(f)
cq = jsonschema.validators.validator_for(cq_schema)(cq_schema)
junit = xmlschema.XMLSchema(xsd)

reports = {
    "lint codequality": run(["lint", "--today", "2026-11-24", "--format", "codequality"] + codes),
    "lint junit": run(["lint", "--today", "2026-11-24", "--format", "junit", "--fail-on", "warning"] + codes),
}
for code in codes:
    reports[f"coverage codequality {code}"] = run(["coverage", "--today", "2026-11-24", "--format", "codequality", code])
    reports[f"coverage junit {code}"] = run(["coverage", "--today", "2026-11-24", "--format", "junit", code])
for path in glob.glob(os.path.join(root, "Tests", "*", "Snapshots", "*.codequality.json")) + glob.glob(
    os.path.join(root, "Tests", "*", "Snapshots", "*.junit.xml")
):
    with open(path, encoding="utf-8") as f:
        reports[os.path.relpath(path, root)] = f.read()

with open(os.path.join(root, "Schemas", "baseline.schema.json")) as f:
    bl_schema = json.load(f)
bl = jsonschema.validators.validator_for(bl_schema)(bl_schema)
baselines = glob.glob(os.path.join(root, "Tests", "*", "Snapshots", "baseline-*.json"))
tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"ambt-baseline-{os.getpid()}.json")
run(["lint", "--today", "2026-11-24", "--no-config", "--write-baseline", tmp] + codes)
baselines.append(tmp)
for path in baselines:
    with open(path, encoding="utf-8") as f:
        errors += [f"{os.path.basename(path)}: {e.message} at {list(e.absolute_path)}" for e in bl.iter_errors(json.load(f))]
os.remove(tmp)

checked = len(baselines)
for name, text in reports.items():
    if "codequality" in name:
        data = json.loads(text)
        errors += [f"{name}: {e.message} at {list(e.absolute_path)}" for e in cq.iter_errors(data)]
        fps = [i["fingerprint"] for i in data]
        if len(fps) != len(set(fps)):
            errors.append(f"{name}: fingerprints are not unique")
    else:
        errors += [f"{name}: {e.reason} at {e.path}" for e in junit.iter_errors(text)]
    checked += 1

# A broken report must be refused, or the validators prove nothing.
if not list(cq.iter_errors([{"description": "x"}])):
    errors.append("self-test: the Code Quality schema accepted an issue without fields")
if junit.is_valid("<testsuites><testcase/></testsuites>"):
    errors.append("self-test: the JUnit schema accepted a test case without a name")

for e in errors[:50]:
    print(e, file=sys.stderr)
if errors:
    sys.exit(f"validate-ci-reports: {len(errors)} problems")
print(f"validate-ci-reports: {checked} reports valid (Code Quality and baseline schemas, JUnit XSD)")
