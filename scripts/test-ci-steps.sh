#!/usr/bin/env bash
# A municipality's repository of .ambt codes in a temporary folder, run through the documented
# CI steps as far as they run on this machine:
#   1. 'ambt init' writes .ambt-lint and the CI files; the known findings go into a baseline.
#   2. GitHub: the run steps of action.yml (scripts/run-ci-locally.py github), building ambt from
#      this source; clean with the baseline, then a new finding fails the step with annotations,
#      a job summary and SARIF written.
#   3. GitLab: the script of ci/ambt.gitlab-ci.yml (run-ci-locally.py gitlab), fetching this
#      repository with git and installing the release tarball of dist/ (file:// URL, checksum
#      checked); with a new finding lint fails and every report is still written and valid.
#   4. pre-commit's hooks run the same commands (entries of .pre-commit-hooks.yaml).
# Usage: scripts/test-ci-steps.sh [path/to/ambt]   (the binary for 'ambt init'; default debug build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ambt="$(cd "$(dirname "${1:-$root/.build/debug/ambt}")" && pwd)/$(basename "${1:-ambt}")"
[ -x "$ambt" ] || ambt="$root/.build/debug/ambt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say() { printf '\n-- %s\n' "$*"; }
fail() { echo "test-ci-steps: $*" >&2; exit 1; }
version="$(sed -n 's/.*public static let version = "\(.*\)".*/\1/p' "$root/Sources/AmbtCLI/CLI.swift")"

say "a repository with only .ambt files"
repo="$work/gemeente"
mkdir -p "$repo/codes"
cp "$root/Codes/leek.ambt" "$root/Codes/alphen-aan-den-rijn-2014.ambt" "$repo/codes/"
git -C "$repo" init -q
(cd "$repo" && "$ambt" init --ci github --source test/ambt@v"$version" --fail-on warning --lang en)
second="$(cd "$repo" && "$ambt" init --ci gitlab --source test/ambt@v"$version" --lang en 2>&1)"
case "$second" in *"exists; not overwritten"*) ;; *) fail "a second init overwrote .ambt-lint" ;; esac
if [ ! -f "$repo/.github/workflows/ambt.yml" ] || [ ! -f "$repo/.gitlab-ci.yml" ]; then fail "init wrote no CI files"; fi
if command -v actionlint >/dev/null 2>&1; then
  (cd "$repo" && actionlint -no-color .github/workflows/ambt.yml) || fail "actionlint refuses the workflow of ambt init"
fi
# As a municipality adopting ambt: today's findings are known, new ones fail.
(cd "$repo" && "$ambt" lint --write-baseline .ambt-baseline.json)
sed -i 's/^# baseline = /baseline = /' "$repo/.ambt-lint"
(cd "$repo/codes" && "$ambt" lint > /dev/null) || fail "lint from a subfolder does not use the baseline of the parent's .ambt-lint"

say "GitHub: the steps of action.yml"
python3 "$root/scripts/run-ci-locally.py" github "$repo" > "$work/gh1.log" 2>&1 || { cat "$work/gh1.log"; fail "the action failed on a clean repository"; }
grep -q "exit-code': '0'" "$work/gh1.log" || { cat "$work/gh1.log"; fail "no exit-code 0 output"; }
summary="$(sed -n 's/^github: summary written to //p' "$work/gh1.log")"
grep -q "^## ambt lint" "$summary" || fail "no job summary"
# A new finding: the step fails, with an annotation and a SARIF file.
cp "$repo/codes/leek.ambt" "$work/leek.ambt.orig"
printf '\n§ 9.9. Persoonsgegevens volgens de Wbp.\n@onderwerp geschenken\n' >> "$repo/codes/leek.ambt"
if python3 "$root/scripts/run-ci-locally.py" github "$repo" > "$work/gh2.log" 2>&1; then
  cat "$work/gh2.log"; fail "the action passed a new finding"
fi
grep -q "^::warning file=codes/leek.ambt" "$work/gh2.log" || { cat "$work/gh2.log"; fail "no annotation for the new finding"; }
grep -q "exit-code': '1'" "$work/gh2.log" || fail "exit-code output is not 1"
sarif="$(sed -n "s/.*'sarif-file': '\([^']*\)'.*/\1/p" "$work/gh2.log")"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['version']=='2.1.0' and d['runs'][0]['results']" "$sarif" \
  || fail "no SARIF with the new finding"
echo "GitHub: clean run passed; the new finding failed the step with an annotation, a summary and SARIF"

say "GitLab: the script of ci/ambt.gitlab-ci.yml"
ls "$root"/dist/ambt-"$version"-linux-*.tar.gz > /dev/null 2>&1 || "$root/scripts/release.sh" --skip-check > /dev/null
# The project GitLab would fetch: this working tree (tracked and new files) as a repository with a tag.
src="$work/ambt-src"
mkdir -p "$src"
(cd "$root" && { git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$src/" 2>/dev/null || true; })
git -C "$src" init -q && git -C "$src" add -A && git -C "$src" -c user.name=t -c user.email=t@t commit -qm src
git -C "$src" tag "v$version"
url="file://$root/dist/ambt-{version}-linux-{arch}.tar.gz"
if python3 "$root/scripts/run-ci-locally.py" gitlab "$repo" AMBT_GIT_URL="file://$src" AMBT_RELEASE_URL="$url" \
  > "$work/gl.log" 2>&1; then
  cat "$work/gl.log"; fail "the GitLab job passed a new finding"
fi
grep -q "every artifact and report was written" "$work/gl.log" || { cat "$work/gl.log"; fail "GitLab reports missing after a failed lint"; }
python3 - "$repo" <<'PY' || fail "a GitLab report is not valid"
import json, sys, xml.dom.minidom
repo = sys.argv[1]
cq = json.load(open(f"{repo}/gl-code-quality-report.json"))
assert any(i["location"]["path"] == "codes/leek.ambt" for i in cq), "the new finding is not in Code Quality"
xml.dom.minidom.parse(f"{repo}/ambt-junit.xml")
assert json.load(open(f"{repo}/ambt.sarif"))["version"] == "2.1.0"
assert json.load(open(f"{repo}/ambt-lint.json"))["kind"] == "lint"
PY
echo "GitLab: lint failed and Code Quality, JUnit, SARIF and JSON were all written"

say "pre-commit hooks: their entries run"
python3 - "$root/.pre-commit-hooks.yaml" > "$work/hooks.txt" <<'PY'
import sys, yaml
for hook in yaml.safe_load(open(sys.argv[1])):
    print(hook["entry"])
PY
cp "$work/leek.ambt.orig" "$repo/codes/leek.ambt"
while read -r entry; do
  # pre-commit passes the staged files matching 'files'; with the baseline every hook passes.
  (cd "$repo" && PATH="$(dirname "$ambt"):$PATH" $entry codes/leek.ambt codes/alphen-aan-den-rijn-2014.ambt > /dev/null 2>&1) \
    || fail "hook '$entry' fails on the clean codes"
done < "$work/hooks.txt"
echo "pre-commit: $(wc -l < "$work/hooks.txt") hook entries pass"
echo
echo "test-ci-steps: passed"
