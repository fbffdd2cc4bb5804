#!/usr/bin/env bash
# Builds the release of ambt from a clean checkout:
#   dist/ambt-VERSION-linux-ARCH.tar.gz         the binary, its checksum, man pages, completions, docs
#   dist/ambt-VERSION-linux-ARCH.tar.gz.sha256  the checksum of the tarball (sha256sum -c)
# The Swift runtime and Foundation are linked statically (--static-swift-stdlib) and the data
# files are compiled in, so bin/ambt runs alone on a Linux with glibc; what stays dynamic is
# listed in docs/install.md. The binary is checked alone (scripts/lone-binary-check.sh).
# Usage: scripts/release.sh [--skip-check]
set -euo pipefail
cd "$(dirname "$0")/.."

version="$(sed -n 's/.*public static let version = "\(.*\)".*/\1/p' Sources/AmbtCLI/CLI.swift)"
arch="$(uname -m)"
name="ambt-$version-linux-$arch"
# Reproducible archives: timestamps from the last commit (or 0 outside git).
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"

echo "release: embedded resources up to date"
python3 scripts/embed-resources.py --check

echo "release: building $name (release, Swift runtime linked statically)"
swift build -c release --static-swift-stdlib --product ambt
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/ambt"

stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz" "dist/$name.tar.gz.sha256"
mkdir -p "$stage/bin" "$stage/share/man/man1" "$stage/share/man/nl/man1" \
  "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" \
  "$stage/share/fish/vendor_completions.d" "$stage/share/doc/ambt"
cp "$bin" "$stage/bin/ambt"
strip "$stage/bin/ambt" 2>/dev/null || echo "release: note: strip not available; binary left unstripped" >&2
(cd "$stage/bin" && sha256sum ambt > ambt.sha256)

# Man pages and completions come from the binary itself (the same tables as --help).
"$stage/bin/ambt" manpage --lang en > "$stage/share/man/man1/ambt.1"
"$stage/bin/ambt" manpage --lang nl > "$stage/share/man/nl/man1/ambt.1"
"$stage/bin/ambt" completions bash > "$stage/share/bash-completion/completions/ambt"
"$stage/bin/ambt" completions zsh > "$stage/share/zsh/site-functions/_ambt"
"$stage/bin/ambt" completions fish > "$stage/share/fish/vendor_completions.d/ambt.fish"

cp README.md "$stage/share/doc/ambt/"
cp -R docs Schemas "$stage/share/doc/ambt/"
cp action.yml "$stage/share/doc/ambt/" 2>/dev/null || true
[ -d ci ] && cp -R ci "$stage/share/doc/ambt/"

if [ "${1:-}" != "--skip-check" ]; then
  scripts/lone-binary-check.sh "$stage/bin/ambt"
fi

tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -C dist -czf "dist/$name.tar.gz" "$name"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

size_bin="$(du -k "$stage/bin/ambt" | cut -f1)"
size_tar="$(du -k "dist/$name.tar.gz" | cut -f1)"
echo "release: dist/$name.tar.gz (${size_tar} KiB; bin/ambt ${size_bin} KiB)"
cat "dist/$name.tar.gz.sha256"
