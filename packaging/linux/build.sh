#!/usr/bin/env bash
# Linux: dist/cancel365 (from `pyinstaller build.spec`) -> dist/cancel365-VERSION-linux-ARCH.tar.gz,
# and an AppImage when appimagetool is on PATH (it is in neither Debian's nor PyPI's registry).
#
# The tarball unpacks to one folder: run ./cancel365 there, or ./install.sh to add the menu entry.
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/cancel365
[ -x "$bundle/cancel365" ] || { echo "no $bundle: run pyinstaller --noconfirm build.spec first" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
arch=$(uname -m)
name="cancel365-$version-linux-$arch"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# -- the tarball ------------------------------------------------------------------------------
cp -a "$bundle" "$stage/$name"
cp packaging/linux/cancel365.desktop "$stage/$name/"
cp resources/icons/cancel365-256.png "$stage/$name/cancel365.png"
cp resources/icons/cancel365.svg "$stage/$name/cancel365.svg"
cat > "$stage/$name/install.sh" <<'SH'
#!/bin/sh
# Adds Cancel365 to your application menu (for you only); run it from the unpacked folder.
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
cp "$here/cancel365.png" "$icons/256x256/apps/cancel365.png"
cp "$here/cancel365.svg" "$icons/scalable/apps/cancel365.svg"
sed "s|^Exec=.*|Exec=\"$here/cancel365\"|" "$here/cancel365.desktop" > "$apps/cancel365.desktop"
echo "Cancel365 is in your application menu."
SH
chmod +x "$stage/$name/install.sh"
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz ($(du -sm "$stage/$name" | cut -f1) MB unpacked)"

# -- the AppImage -----------------------------------------------------------------------------
if ! command -v appimagetool >/dev/null; then
    echo "appimagetool not found: no AppImage (the tarball above is the Linux download)"
    exit 0
fi
appdir="$stage/Cancel365.AppDir"
mkdir -p "$appdir/usr/lib"
cp -a "$bundle" "$appdir/usr/lib/cancel365"
cp packaging/linux/cancel365.desktop "$appdir/cancel365.desktop"
cp resources/icons/cancel365-256.png "$appdir/cancel365.png"
cat > "$appdir/AppRun" <<'SH'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/cancel365/cancel365" "$@"
SH
chmod +x "$appdir/AppRun"
ARCH="$arch" appimagetool "$appdir" "dist/Cancel365-$version-$arch.AppImage"
echo "dist/Cancel365-$version-$arch.AppImage"
