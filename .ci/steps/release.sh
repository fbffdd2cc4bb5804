#!/usr/bin/env bash
# scripts/release.sh builds the tarball from this checkout, and its binary runs alone: copied into
# an empty folder, bare environment, the Swift toolchain hidden (scripts/lone-binary-check.sh).
# Self-test first: the check must refuse the debug binary, which needs the toolchain's libraries.
set -euo pipefail
cd "$(dirname "$0")/../.."
AMBT="${1:-.build/debug/ambt}"
if AMBT_SKIP_LDD=1 scripts/lone-binary-check.sh "$AMBT" >/dev/null 2>&1 && scripts/lone-binary-check.sh "$AMBT" >/dev/null 2>&1; then
  echo "lone-binary self-test: the check accepted the dynamically linked debug binary" >&2
  exit 1
fi
echo "lone-binary self-test: the debug binary is refused"
scripts/release.sh
# (Listed to a file: 'grep -q' on a pipe would end tar early and fail the step with SIGPIPE.)
listing="$(mktemp)"
tar -tzf dist/ambt-*-linux-*.tar.gz > "$listing"
grep -q '/bin/ambt$' "$listing" && grep -q 'share/man/man1/ambt.1$' "$listing" && grep -q '_ambt$' "$listing"
rm -f "$listing"
(cd dist && sha256sum -c ambt-*-linux-*.tar.gz.sha256)
