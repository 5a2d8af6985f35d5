#!/bin/sh
# Build microbreak.app and wrap it in a drag-to-Applications disk image.
# Run on macOS from the repository root:
#
#   packaging/macos/make_dmg.sh            -> dist/microbreak-<version>.dmg
#
# Signing, always with the hardened runtime (--options runtime) and
# entitlements.plist beside this script:
#   CODESIGN_IDENTITY   a "Developer ID Application: Name (TEAMID)" identity in
#                       the keychain: signed with a secure timestamp, so it can
#                       be notarized. Unset: signed ad hoc (runs on the machine
#                       that built it; elsewhere Gatekeeper blocks it, see
#                       packaging/README.md).
# Notarization, only when CODESIGN_IDENTITY is set and one of these is:
#   NOTARY_PROFILE      a keychain profile made once with
#                       `xcrun notarytool store-credentials NAME`, or
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  (an app-specific password)
# then the dmg is submitted with notarytool, waited for, and the ticket
# stapled to it.
# Written, not yet run: see packaging/README.md.
set -eu
cd "$(dirname "$0")/../.."

VERSION=$(python3 -c 'import re; print(re.search(r"__version__ = \"(.+)\"", open("microbreak/__init__.py").read())[1])')
IDENTITY=${CODESIGN_IDENTITY:--}
ENTITLEMENTS=packaging/macos/entitlements.plist

NOTARIZE=no
if [ -n "${NOTARY_PROFILE:-}" ] || [ -n "${APPLE_ID:-}" ]; then
  if [ "$IDENTITY" = "-" ]; then
    echo "notarization needs CODESIGN_IDENTITY (a Developer ID Application identity)" >&2
    exit 2
  fi
  if [ -z "${NOTARY_PROFILE:-}" ] && { [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; }; then
    echo "APPLE_ID needs APPLE_TEAM_ID and APPLE_APP_PASSWORD too (or use NOTARY_PROFILE)" >&2
    exit 2
  fi
  NOTARIZE=yes
fi

uv run --locked --group packaging pyinstaller --noconfirm \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/microbreak.spec

APP=dist/microbreak.app
/usr/libexec/PlistBuddy -c "Print :LSUIElement" "$APP/Contents/Info.plist" | grep -q true

# A secure timestamp is required for notarization; an ad hoc signature
# cannot have one.
if [ "$IDENTITY" = "-" ]; then
  TIMESTAMP=--timestamp=none
else
  TIMESTAMP=--timestamp
fi
# --deep signs the nested libraries and Qt frameworks (inside out) with the
# same identity, so library validation accepts them.
codesign --force --deep --options runtime "$TIMESTAMP" \
  --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"
# Runs under the hardened runtime it was just signed with.
"$APP/Contents/MacOS/microbreak" --self-check

STAGING=$(mktemp -d)
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
DMG="dist/microbreak-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "microbreak $VERSION" -srcfolder "$STAGING" -ov -format UDZO "$DMG"
rm -rf "$STAGING"
if [ "$IDENTITY" != "-" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi

if [ "$NOTARIZE" = yes ]; then
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    set -- --keychain-profile "$NOTARY_PROFILE"
  else
    set -- --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD"
  fi
  # notarytool can finish waiting with "Invalid": read the status, show the log.
  RESULT=$(xcrun notarytool submit "$DMG" "$@" --wait --output-format json)
  STATUS=$(printf '%s' "$RESULT" | python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])')
  if [ "$STATUS" != "Accepted" ]; then
    ID=$(printf '%s' "$RESULT" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    echo "notarization: $STATUS" >&2
    xcrun notarytool log "$ID" "$@" >&2
    exit 1
  fi
  # The ticket travels inside the dmg: Gatekeeper need not ask Apple online.
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi
echo "$DMG"
