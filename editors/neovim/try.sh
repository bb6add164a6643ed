#!/bin/sh
# Tries a Neovim recipe of docs/editors.md in a real Neovim: opens a source
# with mistakes in it, headless, with the recipe as the only config, waits
# for the diagnostics of `agenda lsp` and prints them. Exits 1 when none
# come. Run `npm run build` first: the agenda it starts is this checkout's.
#
#   editors/neovim/try.sh            the recipe for this Neovim's version
#   editors/neovim/try.sh 0.7        agenda-0.7.lua (also 0.8, 0.11)
#   LSPCONFIG=~/src/nvim-lspconfig editors/neovim/try.sh lspconfig
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v nvim >/dev/null 2>&1 || { echo "try.sh: no nvim on the PATH" >&2; exit 2; }
[ -f "$root/dist/cli/main.js" ] || { echo "try.sh: no dist/: run npm run build first" >&2; exit 2; }

version=$(nvim --version | sed -n '1s/^NVIM v\([0-9]*\.[0-9]*\).*/\1/p')
minor=${version#*.}
recipe=${1:-}
if [ -z "$recipe" ]; then
  if [ "$minor" -ge 11 ]; then recipe=0.11; elif [ "$minor" -ge 8 ]; then recipe=0.8; else recipe=0.7; fi
fi
case $recipe in
  lspconfig)
    [ -n "${LSPCONFIG:-}" ] || { echo "try.sh: set LSPCONFIG to a checkout of nvim-lspconfig" >&2; exit 2; }
    init=$here/lspconfig.lua ;;
  *) init=$here/agenda-$recipe.lua ;;
esac
[ -f "$init" ] || { echo "try.sh: no recipe $init" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/agenda-nvim-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/xdg" "$work/Møter og samlinger/2030"
ln -s "$root/bin/agenda" "$work/bin/agenda"
project="$work/Møter og samlinger"
printf 'messages: en\n' > "$project/agenda.config.yaml"
source="$project/2030/mars.md"
cat > "$source" <<'SOURCE'
---
title: Ledersamling
organiser: Testkommune
language: nb
date: 2030-03-05
hours: 09.00–12.00
venu: Rådhuset
programme:
  - time: 09.00
    title: Velkommen
  - time: 25.00
    title: Arbeid i grupper
---

::programme
SOURCE

echo "Neovim $(nvim --version | head -1 | cut -d' ' -f2), recipe $(basename "$init"), source $source"
cd "$project"
PATH="$work/bin:$PATH" XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg" XDG_STATE_HOME="$work/xdg" XDG_CACHE_HOME="$work/xdg" \
  nvim --headless -i NONE ${LSPCONFIG:+--cmd "set rtp^=$LSPCONFIG"} -u "$init" -c "luafile $here/show-diagnostics.lua" "$source"
