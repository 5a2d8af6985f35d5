"""Full-screen detection on KDE Plasma (KWin, Wayland or X11), through KWin scripting.

Wayland hides other clients' windows from us, and KWin's D-Bus interface
describes a window only by a uuid we cannot learn. What KWin does offer any
client on the session bus is its scripting host: ``/Scripting``'s
``loadScript(path, name)`` and ``start()`` run a JavaScript file inside KWin,
and a script may call out with ``callDBus``. So each question loads a
three-line script that looks at KWin's own window list and calls back to
this connection's unique bus name with the answer, then unloads it.

One question costs a few D-Bus round trips and is asked only before a timer
wake-up and every 30 s while a break waits; nothing stays loaded in KWin
between questions, so a KWin restart or a crash of ours leaves nothing
behind but a small file in the runtime folder. Any failure is "cannot tell".
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, MatchRule, MessageType, new_method_call, new_method_return
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from microbreak.platform.awareness import BusyKind
from microbreak.platform.notify_freedesktop import session_address

log = logging.getLogger(__name__)

SCRIPTING = DBusAddress("/Scripting", bus_name="org.kde.KWin", interface="org.kde.kwin.Scripting")
CALLBACK_PATH = "/io/github/microbreak/KWinFullscreen"
CALLBACK_INTERFACE = "io.github.microbreak.KWinFullscreen"
PLUGIN_NAME = "microbreak-fullscreen-{pid}"
TIMEOUT_S = 1.0

# A window counts when it is full screen, not minimised and on the desktop in
# view: the same test the X11 and sway detectors make. ``desktop`` is -1 for
# a window on all desktops. Older KWin names the list clientList, newer
# windowList; both are tried.
SCRIPT = """\
var windows = workspace.windowList ? workspace.windowList() : workspace.clientList();
var busy = false;
for (var i = 0; i < windows.length; i++) {{
    var w = windows[i];
    if (w.fullScreen && !w.minimized
        && (w.onAllDesktops || w.desktop === -1 || w.desktop === workspace.currentDesktop)) {{
        busy = true;
    }}
}}
callDBus("{service}", "{path}", "{interface}", "report", busy);
"""


class KWinScriptError(Exception):
    """KWin did not run the script or did not call back."""


class KWinFullscreenDetector:
    name = "kwin-fullscreen"
    kind = BusyKind.FULLSCREEN

    def __init__(
        self,
        script_folder: Path,
        connect: Callable[[], DBusConnection] | None = None,
        timeout: float = TIMEOUT_S,
    ) -> None:
        self._folder = script_folder
        self._connect = connect or (lambda: open_dbus_connection(session_address()))
        self._timeout = timeout
        self._conn: DBusConnection | None = None
        self._script: Path | None = None
        self._failed = False

    def is_busy(self) -> bool | None:
        try:
            busy = self._ask()
        except (OSError, KWinScriptError, DBusErrorResponse, TimeoutError, ValueError) as exc:
            self._drop_connection()  # a fresh one next time: KWin or the bus may have restarted
            if not self._failed:
                log.warning("%s: cannot ask KWin: %s", self.name, exc)
                self._failed = True
            return None
        self._failed = False
        return busy

    def _ask(self) -> bool:
        if self._conn is None:
            self._conn = self._connect()
            self._script = self._write_script(self._conn.unique_name)
        conn, script = self._conn, self._script
        assert script is not None
        plugin = PLUGIN_NAME.format(pid=os.getpid())
        rule = MatchRule(
            type=MessageType.method_call, interface=CALLBACK_INTERFACE, path=CALLBACK_PATH
        )
        with conn.filter(rule) as calls:
            # A script left loaded by an earlier question that failed half way
            # would make loadScript answer -1: unload first.
            self._call(conn, "unloadScript", "s", (plugin,))
            (script_id,) = self._call(conn, "loadScript", "ss", (str(script), plugin))
            if script_id < 0:
                raise KWinScriptError(f"KWin would not load {script}")
            try:
                self._call(conn, "start", "", ())
                call = conn.recv_until_filtered(calls, timeout=self._timeout)
            finally:
                self._call(conn, "unloadScript", "s", (plugin,))
        conn.send(new_method_return(call))
        (busy,) = call.body
        if not isinstance(busy, bool):
            raise KWinScriptError(f"the script answered {busy!r}")
        return busy

    def _call(
        self, conn: DBusConnection, method: str, signature: str, body: tuple[object, ...]
    ) -> tuple[Any, ...]:
        reply = conn.send_and_get_reply(
            new_method_call(SCRIPTING, method, signature, body), timeout=self._timeout
        )
        result: tuple[Any, ...] = unwrap_msg(reply)
        return result

    def _write_script(self, unique_name: str) -> Path:
        """The script, calling back to ``unique_name``: written once per connection."""
        self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._folder / "kwin-fullscreen.js"
        text = SCRIPT.format(service=unique_name, path=CALLBACK_PATH, interface=CALLBACK_INTERFACE)
        tmp = path.with_suffix(".js.part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        return path

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = None
        self._script = None
