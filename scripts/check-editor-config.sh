#!/usr/bin/env bash
# The Vim/Neovim syntax file gives each line kind its group (run in a headless Vim when one is
# installed; skipped with a note otherwise), and the Helix configuration is valid TOML that
# declares the language server 'ambt lsp'.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - <<'PY'
import tomllib
with open("editors/helix/languages.toml", "rb") as f:
    config = tomllib.load(f)
language = next(l for l in config["language"] if l["name"] == "ambt")
assert language["file-types"] == ["ambt"] and language["language-servers"] == ["ambt"], language
server = config["language-server"]["ambt"]
assert server["command"] == "ambt" and server["args"] == ["lsp"], server
print("helix: languages.toml declares ambt with 'ambt lsp'")
PY

if ! command -v vim >/dev/null 2>&1; then
  echo "note: vim not available; editors/nvim/syntax/ambt.vim not checked" >&2
  exit 0
fi
printf '%s\n' '// opmerking' '---' 'titel: T' 'vastgesteld op: 2025-03-11' '---' '# 1. Geschenken' '## De regels' \
  '§ 1.1. [Titel] Tekst.' '@onderwerp? geschenken' '@onderwrp x' 'Uitleg:' '- punt' '\# geen kop' '@drempel € 50' \
  'Gewone tekst.' > "$work/sample.ambt"
# line column (bytes) group
cat > "$work/expected" <<'TXT'
1 1 ambtComment
2 1 ambtFence
3 1 ambtMetaKey
4 17 ambtDate
6 1 ambtHeading1
7 1 ambtHeading2
8 1 ambtRule
8 4 ambtRuleNumber
8 9 ambtRuleTitle
9 2 ambtAnnotation
9 11 ambtInferred
9 13 ambtAnnotationValue
10 2 ambtUnknownAnnotation
11 1 ambtLabel
12 1 ambtListMarker
13 1 ambtEscape
14 11 ambtQuantity
15 1 none
filetype ambt // %s expr
TXT
vim -Nu NONE -i NONE -es -c 'set rtp^=editors/nvim' -c 'filetype plugin on' -c 'syntax on' -c "e $work/sample.ambt" \
  -c "redir! > $work/actual" \
  -c 'for [l, c] in [[1,1],[2,1],[3,1],[4,17],[6,1],[7,1],[8,1],[8,4],[8,9],[9,2],[9,11],[9,13],[10,2],[11,1],[12,1],[13,1],[14,11],[15,1]] | let n = synIDattr(synID(l, c, 1), "name") | echo l .. " " .. c .. " " .. (n == "" ? "none" : n) | endfor' \
  -c 'echo "filetype" &filetype &commentstring &foldmethod' -c 'redir END' -c 'qa!'
{ sed '/^$/d' "$work/actual"; echo; } | sed '/^$/d' > "$work/actual.clean"
diff -u "$work/expected" "$work/actual.clean"
echo "vim: editors/nvim gives the 18 sample positions their syntax groups; filetype, comments and folding set"
