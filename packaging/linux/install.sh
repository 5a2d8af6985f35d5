#!/bin/sh
# Install the frozen microbreak (the PyInstaller onedir bundle) for one user,
# with its menu entry, AppStream data and icons. No root needed.
#
#   ./install.sh [--prefix DIR] [BUNDLE]     install (default prefix: ~/.local)
#   ./install.sh [--prefix DIR] --uninstall  remove it again
#
# BUNDLE is the folder that holds the `microbreak` executable: by default
# ./microbreak beside this script (a release archive) or ../../dist/microbreak
# (a checkout after the PyInstaller build).
set -eu

APP_ID=io.github.microbreak.Microbreak
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="${HOME}/.local"
BUNDLE=""
UNINSTALL=0

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) BUNDLE="$1"; shift ;;
  esac
done

LIB="$PREFIX/lib/microbreak"
BIN="$PREFIX/bin/microbreak"
SHARE="$PREFIX/share"
DESKTOP="$SHARE/applications/$APP_ID.desktop"
METAINFO="$SHARE/metainfo/$APP_ID.metainfo.xml"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "$UNINSTALL" = 1 ]; then
  rm -rf "$LIB"
  rm -f "$BIN" "$DESKTOP" "$METAINFO"
  # Only our own icons: the hicolor folder is shared with other apps.
  find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  find "$SHARE/icons/hicolor" -name "$APP_ID-symbolic.*" -delete 2>/dev/null || true
  refresh_caches
  echo "microbreak removed from $PREFIX (your settings in ~/.config/microbreak are kept)"
  exit 0
fi

if [ -z "$BUNDLE" ]; then
  for candidate in "$HERE/microbreak" "$HERE/../../dist/microbreak"; do
    if [ -x "$candidate/microbreak" ]; then BUNDLE="$candidate"; break; fi
  done
fi
if [ -z "$BUNDLE" ] || [ ! -x "$BUNDLE/microbreak" ]; then
  echo "install.sh: no microbreak bundle found (give the folder holding the microbreak executable)" >&2
  exit 2
fi
BUNDLE=$(cd "$BUNDLE" && pwd)

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$LIB"
cp -R "$BUNDLE" "$LIB"
ln -sf "$LIB/microbreak" "$BIN"

# An absolute Exec: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=microbreak|Exec=$LIB/microbreak|" "$HERE/$APP_ID.desktop" > "$DESKTOP"
cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO"
(cd "$HERE/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$SHARE/icons/$(dirname "$icon")"
  cp "$HERE/icons/$icon" "$SHARE/icons/$icon"
done
refresh_caches
echo "microbreak $("$LIB/microbreak" --version | cut -d' ' -f2) installed in $PREFIX"
echo "start it from your applications menu, or run: $BIN"
