#!/usr/bin/env bash
# Regenerates the app icons in assets/ from assets/icon.svg (run by hand after changing the SVG;
# the results are committed). Needs Debian's librsvg2-bin, imagemagick and icnsutils:
#   apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/../assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "$work/icon-$size.png"
done
cp "$work/icon-512.png" icon.png
# Windows: one .ico with the sizes Explorer and the task bar ask for.
convert "$work"/icon-{16,24,32,48,64,128,256}.png icon.ico
# macOS: png2icns picks the icon types from each PNG's size.
png2icns icon.icns "$work"/icon-{16,32,128,256,512}.png >/dev/null
echo "icons: icon.png (512×512), icon.ico, icon.icns written from icon.svg"
