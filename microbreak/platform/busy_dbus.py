"""The desktop's own do-not-disturb switch, read over D-Bus (or gsettings).

- KDE Plasma: the notification server's ``Inhibited`` property
  (org.freedesktop.Notifications, a KDE extension) is true while
  "Do not disturb" is on.
- GNOME: "Do Not Disturb" is the setting ``org.gnome.desktop.notifications
  show-banners`` set to false. Read through the settings portal
  (``org.freedesktop.portal.Settings.Read``, one D-Bus call, no process
  spawned); where no portal answers, ``gsettings get`` with a short timeout.
- Wayland, where no window's full-screen state can be seen: whether anything
  inhibits idleness (video, presentations), as a stand-in.
"""

from __future__ import annotations

import logging

from PySide6.QtDBus import QDBusConnection

from microbreak.platform.awareness import BusyKind
from microbreak.platform.commands import CommandRunner, run_command
from microbreak.platform.dbus_calls import DBusCallError, call, get_property, session_bus

log = logging.getLogger(__name__)


class KdeNotificationsInhibitedDetector:
    name = "kde-notifications-inhibited"
    kind = BusyKind.DO_NOT_DISTURB

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus
        self._failed = False

    def is_busy(self) -> bool | None:
        if self._bus is None:
            self._bus = session_bus()
        try:
            value = get_property(
                self._bus,
                "org.freedesktop.Notifications",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications",
                "Inhibited",
            )
        except DBusCallError as exc:
            if not self._failed:
                log.warning("%s: cannot read Inhibited: %s", self.name, exc)
                self._failed = True
            return None
        self._failed = False
        return value if isinstance(value, bool) else None


class GnomeDoNotDisturbDetector:
    """``show-banners`` false means GNOME's Do Not Disturb is on."""

    name = "gnome-show-banners"
    kind = BusyKind.DO_NOT_DISTURB

    SCHEMA = "org.gnome.desktop.notifications"
    KEY = "show-banners"

    def __init__(
        self, bus: QDBusConnection | None = None, run: CommandRunner = run_command
    ) -> None:
        self._bus = bus
        self._run = run
        self._portal_works = True  # until it fails once; then gsettings only
        self._failed = False

    def is_busy(self) -> bool | None:
        banners = self._from_portal() if self._portal_works else None
        if banners is None:
            banners = self._from_gsettings()
        if banners is None:
            if not self._failed:
                log.warning("%s: cannot read %s %s", self.name, self.SCHEMA, self.KEY)
                self._failed = True
            return None
        self._failed = False
        return not banners

    def _from_portal(self) -> bool | None:
        if self._bus is None:
            self._bus = session_bus()
        try:
            reply = call(
                self._bus,
                "org.freedesktop.portal.Desktop",
                "/org/freedesktop/portal/desktop",
                "org.freedesktop.portal.Settings",
                "Read",
                self.SCHEMA,
                self.KEY,
            )
        except DBusCallError as exc:
            log.info("%s: settings portal unusable (%s); using gsettings", self.name, exc)
            self._portal_works = False
            return None
        value = reply[0] if reply else None
        return value if isinstance(value, bool) else None

    def _from_gsettings(self) -> bool | None:
        out = self._run(["gsettings", "get", self.SCHEMA, self.KEY])
        word = (out or "").strip()
        return {"true": True, "false": False}.get(word)


GNOME_INHIBIT_IDLE = 8  # org.gnome.SessionManager inhibit flag "idle"


class IdleInhibitedDetector:
    """Wayland's stand-in for "a window is full screen": something inhibits idleness.

    Wayland does not let a client see other windows' state, but video players,
    browsers playing video and presentation tools ask the desktop not to blank
    the screen. GNOME shows that in ``org.gnome.SessionManager``'s
    ``InhibitedActions`` (flag 8, idle); KDE answers
    ``org.freedesktop.PowerManagement.Inhibit.HasInhibit()``.

    The same question serves as an InhibitProbe (``is_inhibited``): where the
    person says watching counts as being at the computer, the monitor asks it
    before taking a quiet keyboard for someone away.
    """

    kind = BusyKind.FULLSCREEN

    def __init__(self, desktop: str, bus: QDBusConnection | None = None) -> None:
        if desktop not in ("gnome", "kde"):
            raise ValueError(f"no idle-inhibit query for {desktop!r}")
        self.name = f"{desktop}-idle-inhibited"
        self._desktop = desktop
        self._bus = bus
        self._failed = False

    def is_busy(self) -> bool | None:
        return self.is_inhibited()

    def is_inhibited(self) -> bool | None:
        if self._bus is None:
            self._bus = session_bus()
        try:
            if self._desktop == "gnome":
                flags = get_property(
                    self._bus,
                    "org.gnome.SessionManager",
                    "/org/gnome/SessionManager",
                    "org.gnome.SessionManager",
                    "InhibitedActions",
                )
                busy = bool(flags & GNOME_INHIBIT_IDLE) if isinstance(flags, int) else None
            else:
                reply = call(
                    self._bus,
                    "org.freedesktop.PowerManagement.Inhibit",
                    "/org/freedesktop/PowerManagement/Inhibit",
                    "org.freedesktop.PowerManagement.Inhibit",
                    "HasInhibit",
                )
                busy = reply[0] if reply and isinstance(reply[0], bool) else None
        except DBusCallError as exc:
            if not self._failed:
                log.warning("%s: cannot tell: %s", self.name, exc)
                self._failed = True
            return None
        self._failed = False
        return busy
