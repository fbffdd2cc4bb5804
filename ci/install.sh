#!/usr/bin/env bash
# Installs ambt for a CI job into $AMBT_HOME (default $RUNNER_TEMP/ambt or ./.ambt) and prints
# the folder of the binary on standard output (add it to PATH).
#
#   AMBT_RELEASE_URL  URL of a release tarball (scripts/release.sh); {version} and {arch} are
#                     replaced. Its checksum (URL.sha256) is checked. Needs curl or wget.
#   AMBT_VERSION      the version for {version} (without a leading v).
#   AMBT_SOURCE_DIR   without a release URL: the ambt source to build (default: this script's
#                     repository). The build is kept in its .build folder, so a CI cache of that
#                     folder makes the next run fast. Needs the Swift toolchain.
# Used by action.yml and ci/ambt.gitlab-ci.yml; tested by scripts/test-ci-steps.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="${AMBT_HOME:-${RUNNER_TEMP:-$PWD}/.ambt}"
mkdir -p "$home/bin"

if [ -n "${AMBT_RELEASE_URL:-}" ]; then
  version="${AMBT_VERSION#v}"
  arch="$(uname -m)"
  url="${AMBT_RELEASE_URL//\{version\}/$version}"
  url="${url//\{arch\}/$arch}"
  fetch() { if command -v curl >/dev/null 2>&1; then curl -fsSL "$1" -o "$2"; else wget -q "$1" -O "$2"; fi; }
  tmp="$(mktemp -d)"
  fetch "$url" "$tmp/ambt.tar.gz"
  fetch "$url.sha256" "$tmp/ambt.tar.gz.sha256"
  expected="$(cut -d' ' -f1 < "$tmp/ambt.tar.gz.sha256")"
  actual="$(sha256sum "$tmp/ambt.tar.gz" | cut -d' ' -f1)"
  if [ "$expected" != "$actual" ]; then
    echo "ambt install: checksum mismatch for $url (expected $expected, got $actual)" >&2
    exit 1
  fi
  tar -xzf "$tmp/ambt.tar.gz" -C "$tmp"
  cp "$tmp"/ambt-*/bin/ambt "$home/bin/ambt"
  rm -rf "$tmp"
  echo "ambt install: $("$home/bin/ambt" --version) from $url" >&2
else
  src="${AMBT_SOURCE_DIR:-$(dirname "$here")}"
  if ! command -v swift >/dev/null 2>&1; then
    echo "ambt install: no release URL (AMBT_RELEASE_URL) and no Swift toolchain to build $src" >&2
    exit 1
  fi
  echo "ambt install: building $src (release, cached in $src/.build)" >&2
  swift build -c release --static-swift-stdlib --product ambt --package-path "$src" >&2
  cp "$(swift build -c release --static-swift-stdlib --package-path "$src" --show-bin-path)/ambt" "$home/bin/ambt"
  echo "ambt install: $("$home/bin/ambt" --version) built from source" >&2
fi
echo "$home/bin"
