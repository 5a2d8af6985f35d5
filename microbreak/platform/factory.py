"""Which awareness backends run here: chosen from the session, never from luck.

The decision is pure: ``detect_desktop(env, sys_platform)`` reads
``XDG_SESSION_TYPE``/``XDG_CURRENT_DESKTOP`` (and ``sys.platform``), and the
``plan_*`` functions turn that into an ordered list of backend names. The
``choose_*`` functions build them, guarded: a backend whose module fails to
import or whose constructor raises is logged and skipped, an idle source is
probed once and skipped if it cannot answer, and every backend handed to the
app is wrapped so that an exception inside it becomes "cannot tell" instead
of reaching the app. Backend modules are imported only when chosen, so a
Windows build never imports the X11 code and start-up stays light.

Call these after the QApplication exists (the D-Bus backends need it).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from microbreak.platform.awareness import (
    BusyDetector,
    BusyKind,
    IdleSource,
    InhibitProbe,
    NullIdleSource,
    SessionEvent,
    SessionWatcher,
)

log = logging.getLogger(__name__)

Which = Callable[[str], str | None]

MUTTER_DESKTOPS = frozenset({"gnome", "gnome-classic", "gnome-flashback", "pantheon"})
SCREENSAVER_BY_DESKTOP = {
    "gnome": "gnome",
    "gnome-classic": "gnome",
    "cinnamon": "cinnamon",
    "x-cinnamon": "cinnamon",
    "mate": "mate",
}
SWAYIDLE_THRESHOLD_S = 30


@dataclass(frozen=True)
class Desktop:
    os: str  # "linux" (any X11/Wayland Unix), "windows", "macos"
    session_type: str  # "x11", "wayland", or "" (a console, or cannot tell)
    desktops: tuple[str, ...]  # XDG_CURRENT_DESKTOP, lower case, e.g. ("ubuntu", "gnome")
    sway_socket: str = ""  # SWAYSOCK: sway's IPC socket, set in a sway session

    @property
    def gnome(self) -> bool:
        return any(d in MUTTER_DESKTOPS for d in self.desktops)

    @property
    def kde(self) -> bool:
        return "kde" in self.desktops

    def describe(self) -> str:
        if self.os != "linux":
            return self.os
        desktop = ":".join(self.desktops) or "unknown desktop"
        return f"{self.os} {self.session_type or 'no graphical session'} {desktop}"


def detect_desktop(env: Mapping[str, str], sys_platform: str) -> Desktop:
    if sys_platform == "win32":
        return Desktop("windows", "", ())
    if sys_platform == "darwin":
        return Desktop("macos", "", ())
    session = env.get("XDG_SESSION_TYPE", "").strip().lower()
    if session not in ("x11", "wayland"):
        # Unset (started outside a login session) or "tty": judge by the displays offered.
        session = "wayland" if env.get("WAYLAND_DISPLAY") else "x11" if env.get("DISPLAY") else ""
    raw = env.get("XDG_CURRENT_DESKTOP") or env.get("XDG_SESSION_DESKTOP") or ""
    desktops = tuple(d.strip().lower() for d in raw.split(":") if d.strip())
    return Desktop("linux", session, desktops, env.get("SWAYSOCK", ""))


def plan_idle_sources(desktop: Desktop, which: Which = shutil.which) -> list[str]:
    """Idle source names to try, best first ([] means none: the Null source)."""
    if desktop.os == "windows":
        return ["windows-lastinput"]
    if desktop.os == "macos":
        return ["macos-cgeventsource"]
    plan = []
    if desktop.gnome:
        plan.append("gnome-mutter")
    if desktop.kde:
        plan.append("kde-screensaver")
    if desktop.session_type == "x11":
        plan.append("x11-xscreensaver")
    elif desktop.session_type == "wayland" and not desktop.gnome and which("swayidle"):
        # XScreenSaver under XWayland sees only X11 clients' input: never on Wayland.
        plan.append("wlroots-swayidle")
    return plan


def plan_session_watchers(desktop: Desktop) -> list[str]:
    if desktop.os == "windows":
        return ["windows-session"]
    if desktop.os == "macos":
        return []  # not done yet: the app's wall-clock gap check covers sleep
    flavour = next(
        (SCREENSAVER_BY_DESKTOP[d] for d in desktop.desktops if d in SCREENSAVER_BY_DESKTOP),
        "freedesktop",
    )
    return ["logind-sleep", f"{flavour}-screensaver"]


def plan_busy_detectors(desktop: Desktop, which: Which = shutil.which) -> list[str]:
    if desktop.os == "windows":
        return ["windows-notification-state", "windows-focus-assist", "windows-camera-microphone"]
    if desktop.os == "macos":
        return []
    plan = []
    if desktop.session_type == "x11":
        plan.append("x11-fullscreen")
    elif desktop.session_type == "wayland" and desktop.gnome:
        plan.append("gnome-idle-inhibited")  # Wayland hides other windows' state
    elif desktop.session_type == "wayland" and desktop.kde:
        # KWin runs a script for anyone on the session bus; a video that
        # inhibits the screensaver without going full screen still counts.
        plan += ["kwin-fullscreen", "kde-idle-inhibited"]
    elif desktop.session_type == "wayland" and desktop.sway_socket:
        plan.append("sway-fullscreen")  # sway tells its tree to anyone on its socket
    if desktop.gnome:
        plan.append("gnome-show-banners")
    if desktop.kde:
        plan.append("kde-notifications-inhibited")
    plan.append("camera-in-use")
    if which("pactl"):
        plan.append("microphone-in-use")
    return plan


def plan_inhibit_probes(desktop: Desktop) -> list[str]:
    """Who can say that a video or presentation keeps the screen awake (any session type)."""
    plan = []
    if desktop.gnome:
        plan.append("gnome-idle-inhibited")
    if desktop.kde:
        plan.append("kde-idle-inhibited")
    return plan


# --- building ----------------------------------------------------------------
# Each builder imports its module when called, so only chosen backends load.


def _idle_builders() -> dict[str, Callable[[], Any]]:
    def mutter() -> Any:
        from microbreak.platform.idle_dbus import mutter_idle_source  # noqa: PLC0415

        return mutter_idle_source()

    def kde() -> Any:
        from microbreak.platform.idle_dbus import kde_idle_source  # noqa: PLC0415

        return kde_idle_source()

    def x11() -> Any:
        from microbreak.platform.idle_x11 import XScreenSaverIdleSource  # noqa: PLC0415

        return XScreenSaverIdleSource()

    def swayidle() -> Any:
        from microbreak.platform.idle_wlroots import SwayidleIdleSource  # noqa: PLC0415

        return SwayidleIdleSource(threshold_s=SWAYIDLE_THRESHOLD_S)

    def windows() -> Any:
        from microbreak.platform.idle_windows import WindowsIdleSource  # noqa: PLC0415

        return WindowsIdleSource()

    def macos() -> Any:
        from microbreak.platform.idle_macos import MacIdleSource  # noqa: PLC0415

        return MacIdleSource()

    return {
        "gnome-mutter": mutter,
        "kde-screensaver": kde,
        "x11-xscreensaver": x11,
        "wlroots-swayidle": swayidle,
        "windows-lastinput": windows,
        "macos-cgeventsource": macos,
    }


def _watcher_builders() -> dict[str, Callable[[], Any]]:
    def logind() -> Any:
        from microbreak.platform.session_dbus import logind_sleep_watcher  # noqa: PLC0415

        return logind_sleep_watcher()

    def screensaver(flavour: str) -> Callable[[], Any]:
        def build() -> Any:
            from microbreak.platform.session_dbus import (  # noqa: PLC0415
                screensaver_lock_watcher,
            )

            return screensaver_lock_watcher(flavour)

        return build

    def windows() -> Any:
        from microbreak.platform.session_windows import WindowsSessionWatcher  # noqa: PLC0415

        return WindowsSessionWatcher()

    builders: dict[str, Callable[[], Any]] = {
        "logind-sleep": logind,
        "windows-session": windows,
    }
    for flavour in ("gnome", "freedesktop", "cinnamon", "mate"):
        builders[f"{flavour}-screensaver"] = screensaver(flavour)
    return builders


def _busy_builders(desktop: Desktop) -> dict[str, Callable[[], Any]]:
    def x11() -> Any:
        from microbreak.platform.busy_x11 import X11FullscreenDetector  # noqa: PLC0415

        return X11FullscreenDetector()

    def sway() -> Any:
        from microbreak.platform.busy_sway import SwayFullscreenDetector  # noqa: PLC0415

        return SwayFullscreenDetector(desktop.sway_socket)

    def gnome() -> Any:
        from microbreak.platform.busy_dbus import GnomeDoNotDisturbDetector  # noqa: PLC0415

        return GnomeDoNotDisturbDetector()

    def kwin() -> Any:
        from microbreak.platform.busy_kwin import KWinFullscreenDetector  # noqa: PLC0415

        # KWin reads the script from a file: the session's private runtime
        # folder, which KWin (the same user) can read and no one else can.
        runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
        return KWinFullscreenDetector(Path(runtime) / f"microbreak-{os.getuid()}")

    def kde() -> Any:
        from microbreak.platform.busy_dbus import (  # noqa: PLC0415
            KdeNotificationsInhibitedDetector,
        )

        return KdeNotificationsInhibitedDetector()

    def inhibited(desktop: str) -> Callable[[], Any]:
        def build() -> Any:
            from microbreak.platform.busy_dbus import IdleInhibitedDetector  # noqa: PLC0415

            return IdleInhibitedDetector(desktop)

        return build

    def camera() -> Any:
        from microbreak.platform.busy_devices import CameraInUseDetector  # noqa: PLC0415

        return CameraInUseDetector()

    def microphone() -> Any:
        from microbreak.platform.busy_devices import MicrophoneInUseDetector  # noqa: PLC0415

        return MicrophoneInUseDetector()

    def win_fullscreen() -> Any:
        from microbreak.platform.busy_windows import WindowsFullscreenDetector  # noqa: PLC0415

        return WindowsFullscreenDetector()

    def win_focus() -> Any:
        from microbreak.platform.busy_windows import WindowsFocusAssistDetector  # noqa: PLC0415

        return WindowsFocusAssistDetector()

    def win_capture() -> Any:
        from microbreak.platform.busy_windows import WindowsCaptureInUseDetector  # noqa: PLC0415

        return WindowsCaptureInUseDetector()

    return {
        "x11-fullscreen": x11,
        "sway-fullscreen": sway,
        "kwin-fullscreen": kwin,
        "gnome-show-banners": gnome,
        "kde-notifications-inhibited": kde,
        "gnome-idle-inhibited": inhibited("gnome"),
        "kde-idle-inhibited": inhibited("kde"),
        "camera-in-use": camera,
        "microphone-in-use": microphone,
        "windows-notification-state": win_fullscreen,
        "windows-focus-assist": win_focus,
        "windows-camera-microphone": win_capture,
    }


def _build(kind: str, name: str, builders: Mapping[str, Callable[[], Any]]) -> Any | None:
    builder = builders.get(name)
    if builder is None:
        log.warning("no %s backend named %s", kind, name)
        return None
    try:
        return builder()
    except Exception:
        # Import errors (a missing library), constructor bugs: skip, never crash the app.
        log.warning("%s backend %s could not be built; skipping it", kind, name, exc_info=True)
        return None


# --- guards --------------------------------------------------------------------


class GuardedIdleSource:
    """Any exception from the backend becomes "cannot tell", logged once."""

    def __init__(self, inner: IdleSource) -> None:
        self.inner = inner
        self.name = inner.name
        self._warned = False

    def idle_seconds(self) -> float | None:
        try:
            return self.inner.idle_seconds()
        except Exception:
            if not self._warned:
                log.warning("idle source %s failed", self.name, exc_info=True)
                self._warned = True
            return None

    def close(self) -> None:
        _close(self.inner)


class GuardedBusyDetector:
    def __init__(self, inner: BusyDetector) -> None:
        self.inner = inner
        self.name = inner.name
        self.kind: BusyKind = inner.kind
        self._warned = False

    def is_busy(self) -> bool | None:
        try:
            return self.inner.is_busy()
        except Exception:
            if not self._warned:
                log.warning("busy detector %s failed", self.name, exc_info=True)
                self._warned = True
            return None

    def close(self) -> None:
        _close(self.inner)


class GuardedInhibitProbe:
    def __init__(self, inner: InhibitProbe) -> None:
        self.inner = inner
        self.name = inner.name
        self._warned = False

    def is_inhibited(self) -> bool | None:
        try:
            return self.inner.is_inhibited()
        except Exception:
            if not self._warned:
                log.warning("inhibit probe %s failed", self.name, exc_info=True)
                self._warned = True
            return None

    def close(self) -> None:
        _close(self.inner)


class GuardedSessionWatcher:
    def __init__(self, inner: SessionWatcher) -> None:
        self.inner = inner
        self.name = inner.name

    def start(self, on_event: Callable[[SessionEvent], None]) -> bool:
        try:
            return self.inner.start(on_event)
        except Exception:
            log.warning("session watcher %s failed to start", self.name, exc_info=True)
            return False

    def stop(self) -> None:
        try:
            self.inner.stop()
        except Exception:
            log.warning("session watcher %s failed to stop", self.name, exc_info=True)


def _close(backend: object) -> None:
    close = getattr(backend, "close", None)
    if callable(close):
        try:
            close()
        except Exception:
            log.debug("closing %s failed", backend, exc_info=True)


# --- choosing ----------------------------------------------------------------


def choose_idle_source(
    env: Mapping[str, str] | None = None,
    sys_platform: str = sys.platform,
    *,
    which: Which = shutil.which,
    builders: Mapping[str, Callable[[], Any]] | None = None,
) -> IdleSource:
    """The first planned idle source that answers a probe; the Null source if none does."""
    desktop = detect_desktop(os.environ if env is None else env, sys_platform)
    plan = plan_idle_sources(desktop, which)
    builders = _idle_builders() if builders is None else builders
    for name in plan:
        backend = _build("idle", name, builders)
        if backend is None:
            continue
        source = GuardedIdleSource(backend)
        idle = source.idle_seconds()
        if idle is None:
            log.info("idle source %s cannot answer here; trying the next", name)
            source.close()
            continue
        log.info("idle source: %s (%s; idle %.0f s)", source.name, desktop.describe(), idle)
        return source
    log.warning(
        "idle source: none (%s; tried %s): idle time is not tracked",
        desktop.describe(),
        ", ".join(plan) or "nothing",
    )
    return NullIdleSource()


def choose_session_watchers(
    env: Mapping[str, str] | None = None,
    sys_platform: str = sys.platform,
    *,
    builders: Mapping[str, Callable[[], Any]] | None = None,
) -> list[SessionWatcher]:
    """Watchers to start (not started yet); the app starts them and drops any that say False."""
    desktop = detect_desktop(os.environ if env is None else env, sys_platform)
    builders = _watcher_builders() if builders is None else builders
    watchers: list[SessionWatcher] = []
    for name in plan_session_watchers(desktop):
        backend = _build("session", name, builders)
        if backend is not None:
            watchers.append(GuardedSessionWatcher(backend))
    log.info(
        "session watchers: %s (%s)",
        ", ".join(w.name for w in watchers) or "none",
        desktop.describe(),
    )
    return watchers


def choose_busy_detectors(
    env: Mapping[str, str] | None = None,
    sys_platform: str = sys.platform,
    *,
    which: Which = shutil.which,
    builders: Mapping[str, Callable[[], Any]] | None = None,
) -> list[BusyDetector]:
    desktop = detect_desktop(os.environ if env is None else env, sys_platform)
    builders = _busy_builders(desktop) if builders is None else builders
    detectors: list[BusyDetector] = []
    for name in plan_busy_detectors(desktop, which):
        backend = _build("busy", name, builders)
        if backend is not None:
            detectors.append(GuardedBusyDetector(backend))
    log.info(
        "busy detectors: %s (%s)",
        ", ".join(d.name for d in detectors) or "none",
        desktop.describe(),
    )
    return detectors


def choose_inhibit_probes(
    env: Mapping[str, str] | None = None,
    sys_platform: str = sys.platform,
    *,
    builders: Mapping[str, Callable[[], Any]] | None = None,
) -> list[InhibitProbe]:
    """The probes for "a video keeps the screen awake" (asked only when the setting is on)."""
    desktop = detect_desktop(os.environ if env is None else env, sys_platform)
    builders = _busy_builders(desktop) if builders is None else builders
    probes: list[InhibitProbe] = []
    for name in plan_inhibit_probes(desktop):
        backend = _build("inhibit", name, builders)
        if backend is not None:
            probes.append(GuardedInhibitProbe(backend))
    log.info(
        "inhibit probes: %s (%s)",
        ", ".join(p.name for p in probes) or "none",
        desktop.describe(),
    )
    return probes
