#!/usr/bin/env bash
# Print a man page for microbreak made from the command's own --help, so the
# page never disagrees with the program (Debian asks every command in
# /usr/bin for one).
#
#   packaging/deb/manpage.sh EXECUTABLE VERSION [EPOCH] > microbreak.1
set -euo pipefail
exe=$1 version=$2 epoch=${3:-${SOURCE_DATE_EPOCH:-0}}
date=$(date -u -d "@$epoch" +%Y-%m-%d)
# roff reads a leading dot or quote as a request, a backslash as an escape
# and "-" as a hyphen: escape them so the text prints as typed.
escape() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
# argparse's help: a usage paragraph, a description paragraph, then the
# command and option lists (kept as laid out, in no-fill mode).
body=$(COLUMNS=78 "$exe" --help | awk 'f { print } NF == 0 && !f { f = 1 }' | escape)
description=$(awk 'NF == 0 { exit } { print }' <<<"$body")
lists=$(awk 'f { print } NF == 0 && !f { f = 1 }' <<<"$body")
cat <<ROFF
.TH MICROBREAK 1 "$date" "microbreak $version" "User Commands"
.SH NAME
microbreak \\- desk-exercise break reminder in the system tray
.SH SYNOPSIS
.B microbreak
[\\fB\\-\\-version\\fR] [\\fB\\-\\-self\\-check\\fR] [\\fICOMMAND\\fR ...]
.SH DESCRIPTION
$description
.PP
.nf
$lists
.fi
.SH FILES
.TP
.I ~/.config/microbreak/config.toml
your settings
.TP
.I /usr/share/doc/microbreak/copyright
the licences of microbreak and of what its bundle carries
.SH SEE ALSO
.UR https://github.com/microbreak/microbreak
.UE
ROFF
