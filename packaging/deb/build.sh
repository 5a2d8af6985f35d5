#!/usr/bin/env bash
# Build a Debian package (.deb) from the frozen microbreak (the PyInstaller
# onedir bundle): no debhelper, no debian/ source tree, only dpkg-deb.
#
#   packaging/deb/build.sh [BUNDLE] [OUT_DIR]
#
# BUNDLE defaults to dist/microbreak (what .ci/run and packaging/README.md
# build), OUT_DIR to dist. Gives OUT_DIR/microbreak_<version>_<arch>.deb:
#
#   /usr/lib/microbreak/            the bundle, as built
#   /usr/bin/microbreak             a link to its executable
#   /usr/share/applications/       the menu entry (Exec=microbreak)
#   /usr/share/metainfo/           AppStream data (software centres)
#   /usr/share/icons/hicolor/      the icons
#   /usr/share/man/man1/           microbreak.1, from the command's own --help
#   /usr/share/doc/microbreak/     copyright, changelog
#   /usr/share/lintian/overrides/  the lintian findings a bundle cannot avoid, with why
#
# Depends is computed, not written by hand: every library an ELF file in the
# bundle needs (readelf NEEDED) that the bundle does not carry itself, mapped
# to the installed package that provides it (dpkg -S), at the newest version
# its shlibs entry or its symbols file (for the version nodes the bundle
# imports: GLIBC_2.35, GLIBCXX_3.4.29, ...) asks for: what dpkg-shlibdeps
# does, per version node rather than per symbol. Run it on the machine that
# built the bundle; it needs dpkg-deb, binutils (readelf, objdump, objcopy)
# and patchelf.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LINUX="$ROOT/packaging/linux"
APP_ID=io.github.microbreak.Microbreak
BUNDLE=$(cd "${1:-$ROOT/dist/microbreak}" && pwd)
OUT=$(mkdir -p "${2:-$ROOT/dist}" && cd "${2:-$ROOT/dist}" && pwd)

# Libraries only an optional plugin needs: the plugin fails to load without
# them and the app says what to install (spoken guidance is greyed out), so
# they become Suggests, never Depends, whether or not this machine has them.
declare -A OPTIONAL=(
  [libspeechd.so.2]="speech-dispatcher, speech-dispatcher-espeak-ng"
)
# Not libraries, so not found by the scan: the bundled libfontconfig reads
# /etc/fonts (fontconfig-config), which also pulls in a font.
EXTRA_DEPENDS="fontconfig-config"
# No libpulse0: the chimes' libpulse-simple (loaded with ctypes,
# infra/sound_pulse.py) is in the bundle, with the libpulse it links (the one
# QtMultimedia links too), and they reach PulseAudio or PipeWire's pulse
# server through its socket. .ci/run checks the installed package's
# self-check loads the bundled copy.

[ -x "$BUNDLE/microbreak" ] || { echo "build.sh: no microbreak executable in $BUNDLE" >&2; exit 2; }
for tool in dpkg-deb readelf objdump patchelf; do
  command -v "$tool" >/dev/null || { echo "build.sh: needs $tool" >&2; exit 2; }
done

VERSION=$("$BUNDLE/microbreak" --version | cut -d' ' -f2)
ARCH=$(dpkg --print-architecture)
MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch 2>/dev/null || echo "$(uname -m)-linux-gnu")
# Dates from the last commit, so two builds of one commit are the same.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"
DATE_RFC2822=$(date -u -R -d "@$SOURCE_DATE_EPOCH")

STAGE="$ROOT/build/deb/microbreak_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/microbreak" "$STAGE/usr/share/man/man1" \
  "$STAGE/usr/share/lintian/overrides"

# -- files ------------------------------------------------------------------------
cp -R "$BUNDLE" "$STAGE/usr/lib/microbreak"
ln -s ../lib/microbreak/microbreak "$STAGE/usr/bin/microbreak"
cp "$LINUX/$APP_ID.desktop" "$STAGE/usr/share/applications/"
cp "$LINUX/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
cp -R "$LINUX/icons" "$STAGE/usr/share/icons"
sed "s/@DATE_YEAR@/$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y)/" "$HERE/copyright" \
  > "$STAGE/usr/share/doc/microbreak/copyright"
printf 'microbreak (%s) unstable; urgency=medium\n\n  * Built from the microbreak sources; see the project history for changes.\n\n -- %s  %s\n' \
  "$VERSION" "the microbreak authors <microbreak@users.noreply.github.com>" "$DATE_RFC2822" \
  | gzip -9n > "$STAGE/usr/share/doc/microbreak/changelog.gz"
"$HERE/manpage.sh" "$BUNDLE/microbreak" "$VERSION" "$SOURCE_DATE_EPOCH" \
  | gzip -9n > "$STAGE/usr/share/man/man1/microbreak.1.gz"
cp "$HERE/lintian-overrides" "$STAGE/usr/share/lintian/overrides/microbreak"

# Library search paths the build machine wrote in (its Python's own lib
# folder, e.g. a pyenv one under /root; PulseAudio's private folder): they
# name folders of that machine, and the bundle carries those libraries
# itself. Paths inside the bundle ($ORIGIN...) stay.
while read -r f; do
  old_path=$(patchelf --print-rpath "$f" 2>/dev/null) || continue
  [ -n "$old_path" ] || continue
  new_path=$(tr ':' '\n' <<<"$old_path" | grep '^\$ORIGIN' | paste -sd:) || true
  [ "$new_path" = "$old_path" ] && continue
  if [ -n "$new_path" ]; then patchelf --set-rpath "$new_path" "$f"; else patchelf --remove-rpath "$f"; fi
done < <(find "$STAGE/usr/lib/microbreak" -type f -name '*.so*')
# The compilers' version strings, which strip leaves in (lintian:
# binary-has-unneeded-section). Libraries only: the executable carries
# PyInstaller's archive appended after its ELF sections, which objcopy would drop.
find "$STAGE/usr/lib/microbreak" -type f -name '*.so*' -exec objcopy --remove-section=.comment {} \;

# Ownership comes from dpkg-deb --root-owner-group; modes are made plain here
# (the build machine's umask must not leak into a system folder). Executables
# keep their x bit; libraries and data do not need one.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -exec chmod 0644 {} +
chmod 0755 "$STAGE/usr/lib/microbreak/microbreak"

# -- Depends, from what the bundle links to ------------------------------------------
is_elf() { [ "$(head -c4 "$1" 2>/dev/null | od -An -c | tr -d ' ')" = '177ELF' ]; }
mapfile -t elves < <(find "$BUNDLE" -type f | while read -r f; do is_elf "$f" && echo "$f"; done)
# The bundle's own files, by name: PyInstaller points the loader at them.
carried=$(find "$BUNDLE" \( -type f -o -type l \) -printf '%f\n' | sort -u)
needed=$(for f in "${elves[@]}"; do readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; done | sort -u)
# The symbol version nodes the bundle imports (GLIBC_2.34, GLIBCXX_3.4.29,
# GCC_4.2.0, ...): a library's symbols file says which package version
# first had each.
imported_nodes=$(for f in "${elves[@]}"; do objdump -T "$f" | grep -F '*UND*' \
  | grep -oE '[A-Z][A-Za-z]*_[0-9][0-9.]*[0-9]' || true; done | sort -u)

package_of() {  # installed package that provides the library path $1 (merged /usr aware)
  local path=$1 real candidate owner
  real=$(readlink -f "$path")
  for candidate in "$path" "$real" "/usr$path" "/usr$real" "${path#/usr}" "${real#/usr}"; do
    owner=$(dpkg -S "$candidate" 2>/dev/null) || continue
    echo "${owner%%:*}" && return 0
  done
  return 1
}
info_file() {  # the dpkg info file $2 (shlibs, symbols) of package $1, if any
  local file
  for file in "/var/lib/dpkg/info/$1.$2" "/var/lib/dpkg/info/$1:$ARCH.$2"; do
    [ -f "$file" ] && echo "$file" && return 0
  done
  return 0
}
dependency_of() {  # "package (>= version)" for soname $2 of package $1
  local package=$1 soname=$2 file minimum="" from_nodes
  # shlibs: "libxcb 1 libxcb1 (>= 1.12)", the version every user of it needs.
  file=$(info_file "$package" shlibs)
  if [ -n "$file" ]; then
    minimum=$(awk -v n="${soname%%.so*}" -v v="${soname#*.so.}" \
      '$1 == n && $2 == v && match($0, /\(>= [^)]*\)/) { print substr($0, RSTART + 4, RLENGTH - 5); exit }' "$file")
  fi
  # symbols: " GLIBCXX_3.4.29@GLIBCXX_3.4.29 11", the first package version
  # with each version node; the newest of those the bundle imports.
  file=$(info_file "$package" symbols)
  if [ -n "$file" ]; then
    from_nodes=$(awk 'NR == FNR { want[$1] = 1; next }
      $1 ~ /@/ { split($1, p, "@"); if (p[1] == p[2] && (p[1] in want)) print $2 }' \
      <(echo "$imported_nodes") "$file" | sort -V | tail -1)
    # Finer than shlibs, which names the newest version (libc6's says 2.36).
    [ -z "$from_nodes" ] || minimum=$from_nodes
  fi
  echo "$package${minimum:+ (>= $minimum)}"
}

# Read whole, once: a pipe into an awk that exits early would fail under pipefail.
libraries=$(ldconfig -p)
declare -A depends=()
suggests=""
while read -r soname; do
  [ -n "$soname" ] || continue
  grep -qxF "$soname" <<<"$carried" && continue
  if [ -n "${OPTIONAL[$soname]:-}" ]; then
    suggests="${suggests:+$suggests, }${OPTIONAL[$soname]}"
    continue
  fi
  path=$(awk -v n="$soname" -v m="$MULTIARCH" '$1 == n && index($NF, m) { print $NF; exit }' <<<"$libraries")
  [ -n "$path" ] || path=$(awk -v n="$soname" '$1 == n { print $NF; exit }' <<<"$libraries")
  [ -n "$path" ] || { echo "build.sh: the bundle needs $soname, which this machine lacks" >&2; exit 1; }
  package=$(package_of "$path") || { echo "build.sh: no package owns $path ($soname)" >&2; exit 1; }
  dependency=$(dependency_of "$package" "$soname")
  # Several sonames of one package (libc.so.6, libm.so.6): keep the highest.
  if [ -n "${depends[$package]:-}" ]; then
    dependency=$(printf '%s\n' "${depends[$package]}" "$dependency" | sort -V | tail -1)
  fi
  depends[$package]=$dependency
done <<<"$needed"
DEPENDS=$(printf '%s\n' "${depends[@]}" "$EXTRA_DEPENDS" | sort -u | paste -sd, | sed 's/,/, /g')

INSTALLED_SIZE=$(du -sk --apparent-size "$STAGE/usr" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: microbreak
Version: $VERSION
Architecture: $ARCH
Maintainer: the microbreak authors <microbreak@users.noreply.github.com>
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
${suggests:+Suggests: $suggests
}Section: utils
Priority: optional
Homepage: https://github.com/microbreak/microbreak
Description: desk-exercise break reminder in the system tray
 microbreak sits in the system tray and, every 30 to 60 minutes, opens a
 small window that walks you through a few seated exercises: a picture of
 each pose, the steps in plain words, a countdown for every hold and a
 repetition counter. It notices when you are away or busy, and keeps a
 record of the breaks you took.
 .
 This package holds the self-contained build (Qt and Python inside), so it
 needs only a few system libraries.
EOF

(cd "$STAGE" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"

mkdir -p "$OUT"
DEB="$OUT/microbreak_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"
echo "  Depends: $DEPENDS" >&2
[ -z "$suggests" ] || echo "  Suggests: $suggests" >&2
