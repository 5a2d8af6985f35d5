#!/usr/bin/env bash
# Fail if any ELF file in the frozen bundle needs a newer glibc than BASELINE:
# the oldest glibc the Linux bundle, its archive and the .deb promise to run
# on (docs/PERFORMANCE.md). Each file's need is the newest GLIBC_x.y version
# among the symbols it imports (objdump -T); the loader refuses to start the
# app on an older glibc ("version `GLIBC_2.36' not found").
#
#   packaging/tools/check_glibc.sh BUNDLE BASELINE     e.g. dist/microbreak 2.35
set -euo pipefail
bundle=$1 baseline=$2
command -v objdump >/dev/null || { echo "check_glibc.sh: needs objdump (binutils)" >&2; exit 2; }

newest=0 too_new=""
while IFS= read -r -d '' file; do
  [ "$(head -c4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  need=$(objdump -T "$file" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -Vu | tail -1) || true
  [ -n "$need" ] || continue
  [ "$(printf '%s\n' "$newest" "$need" | sort -V | tail -1)" = "$need" ] && newest=$need
  if [ "$(printf '%s\n' "$baseline" "$need" | sort -V | tail -1)" != "$baseline" ]; then
    too_new+="  glibc $need: ${file#"$bundle"/}"$'\n'
  fi
done < <(find "$bundle" -type f -print0)

if [ -n "$too_new" ]; then
  echo "these bundled files need a newer glibc than the baseline $baseline:" >&2
  printf '%s' "$too_new" | sort -V >&2
  echo "(exclude them in packaging/pyinstaller/microbreak.spec so the system's copy is used, or raise the baseline in .ci/run and docs/PERFORMANCE.md)" >&2
  exit 1
fi
echo "glibc: the bundle needs $newest at most (baseline $baseline)"
