#!/bin/sh
# The Flatpak's `microbreak` command: the package is installed under /app.
exec python3 -m microbreak "$@"
