#!/bin/sh
# Regenerates every application icon from icon.svg, the only hand-made source.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin) and ui/node_modules.
# `tauri icon` writes a 512 px icon.png; it is replaced by the 1024×1024 RGBA master.
set -eu
cd "$(dirname "$0")"
master=$(mktemp --suffix=.png)
trap 'rm -f "$master"' EXIT
rsvg-convert -w 1024 -h 1024 icon.svg -o "$master"
(cd ../ui && npx tauri icon "$master" -o ../icons)
cp "$master" icon.png
rm -rf android ios   # desktop application: no mobile icons
cp 64x64.png ../ui/public/favicon.png
