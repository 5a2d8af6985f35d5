#!/bin/sh
# Build microbreak.app and wrap it in a drag-to-Applications disk image.
# Run on macOS from the repository root:
#
#   packaging/macos/make_dmg.sh            -> dist/microbreak-<version>.dmg
#
# Signing: set CODESIGN_IDENTITY to a "Developer ID Application: ..." identity
# to sign (and then notarize with `xcrun notarytool submit --wait` and
# `xcrun stapler staple`); without it the app is signed ad hoc, which runs on
# the machine that built it and needs right-click > Open elsewhere.
# Written, not yet run: see packaging/README.md.
set -eu
cd "$(dirname "$0")/../.."

VERSION=$(python3 -c 'import re; print(re.search(r"__version__ = \"(.+)\"", open("microbreak/__init__.py").read())[1])')
uv run --locked --group packaging pyinstaller --noconfirm \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/microbreak.spec

APP=dist/microbreak.app
/usr/libexec/PlistBuddy -c "Print :LSUIElement" "$APP/Contents/Info.plist" | grep -q true

codesign --force --deep --options runtime --timestamp=none \
  --sign "${CODESIGN_IDENTITY:--}" "$APP"
"$APP/Contents/MacOS/microbreak" --self-check

STAGING=$(mktemp -d)
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
DMG="dist/microbreak-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "microbreak $VERSION" -srcfolder "$STAGING" -ov -format UDZO "$DMG"
rm -rf "$STAGING"
echo "$DMG"
