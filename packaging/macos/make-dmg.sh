#!/usr/bin/env bash
# macOS: dist/Cancel365.app (from `pyinstaller build.spec` on a Mac) -> dist/Cancel365-VERSION.dmg,
# a disk image with the app and a link to /Applications to drag it onto.
# Signing and notarising need the organisation's Apple Developer ID; set CODESIGN_IDENTITY to sign.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=dist/Cancel365.app
[ -d "$app" ] || { echo "no $app: run pyinstaller --noconfirm build.spec on macOS first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --sign "$CODESIGN_IDENTITY" "$app"
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/Cancel365-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "Cancel365 $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
echo "$dmg"
