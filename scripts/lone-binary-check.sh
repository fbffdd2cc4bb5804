#!/usr/bin/env bash
# Runs an ambt binary the way a user who downloaded it alone would: copied into an empty folder,
# with a bare environment (no toolchain on PATH, no LD_LIBRARY_PATH), and, where the kernel lets
# us, with the Swift toolchain's folder hidden by an empty mount. Fails when the binary needs a
# library of the toolchain or a resource folder beside it.
# Usage: scripts/lone-binary-check.sh path/to/ambt
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/ambt"
chmod 755 "$work/ambt"

# No library of the Swift toolchain (libswiftCore, libFoundation, ...) may be needed.
toolchain="$(dirname "$(dirname "$(readlink -f "$(command -v swift 2>/dev/null || echo /nonexistent/bin/swift)")")")"
if [ -z "${AMBT_SKIP_LDD:-}" ] && command -v ldd >/dev/null 2>&1; then
  libs="$(ldd "$work/ambt" 2>&1 || true)"
  if grep -Eq 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime|not found' <<< "$libs"; then
    echo "lone-binary: the binary needs libraries of the Swift toolchain:" >&2
    echo "$libs" >&2
    exit 1
  fi
  echo "lone-binary: dynamic libraries: $(echo "$libs" | awk '{print $1}' | tr '\n' ' ')"
fi

cat > "$work/run.sh" <<'INNER'
set -eu
cd "$1"
./ambt --version
./ambt --lang en --help > /dev/null
./ambt new --organisatie "Teststad" -o code.ambt 2> /dev/null
./ambt check code.ambt
./ambt fmt --check code.ambt
rc=0; ./ambt lint code.ambt --format sarif > lint.sarif || rc=$?
[ "$rc" -le 1 ] || { echo "lint exited $rc"; exit 1; }
grep -q '"version": "2.1.0"' lint.sarif
rc=0; ./ambt coverage code.ambt > /dev/null || rc=$?
[ "$rc" -le 1 ] || { echo "coverage exited $rc"; exit 1; }
./ambt render code.ambt -o code.html
./ambt vocab wetten > /dev/null
./ambt completions bash > /dev/null
./ambt manpage > /dev/null
echo "lone-binary: ran new, check, fmt, lint, coverage, render, vocab, completions, manpage"
INNER

run_bare() { env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 bash "$work/run.sh" "$work"; }

# Hide the toolchain when the kernel allows a private mount namespace (root in a container
# usually does); otherwise the ldd check above stands for it.
if [ -d "$toolchain" ] && [ "$toolchain" != "/" ] && [ "$toolchain" != "/usr" ] && command -v unshare >/dev/null 2>&1 \
  && unshare --mount true 2>/dev/null; then
  empty="$(mktemp -d)"
  export work toolchain empty
  # shellcheck disable=SC2016 # expanded by the inner shell, from the exported variables
  unshare --mount bash -c 'mount --bind "$empty" "$toolchain" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 bash "$work/run.sh" "$work"'
  rmdir "$empty"
  echo "lone-binary: ran with $toolchain hidden"
else
  run_bare
  echo "lone-binary: ran with a bare environment (the toolchain could not be hidden here)"
fi
