"""microbreak: guided desk-exercise breaks every 30 to 60 minutes."""

__version__ = "0.1.0"

# The reverse-DNS id used everywhere the desktop needs one: the .desktop file's
# name, the AppStream id, the icon name, the Flatpak id and
# QGuiApplication.desktopFileName (which Wayland uses to find the icon).
APP_ID = "io.github.microbreak.Microbreak"
