"""The real program: one instance, a Qt application, the real clock and adapters."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from microbreak import APP_ID
from microbreak.core.control import Request
from microbreak.infra.ipc import InstanceLock, NotRunningError, control_address, send_request
from microbreak.infra.log_file import PrivateLogFile
from microbreak.infra.paths import AppPaths, app_paths
from microbreak.ui.pixmap_cache import bound_pixmap_cache
from microbreak.ui.tray_first import show_icon_first

log = logging.getLogger("microbreak")


def run(argv: Sequence[str]) -> int:
    """Start the tray app and run until Quit. Returns the process exit code."""
    paths = app_paths()
    lock = InstanceLock(paths.instance_lock)
    if not lock.acquire():
        return _bring_forward_running(paths)
    setup_logging(paths)
    qt_app = QApplication(list(argv))
    qt_app.setApplicationName("microbreak")
    qt_app.setApplicationDisplayName("microbreak")
    qt_app.setDesktopFileName(APP_ID)
    bound_pixmap_cache()
    # A tray app: closing the break window must not end it.
    qt_app.setQuitOnLastWindowClosed(False)
    use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    tray_icon: QSystemTrayIcon | None = None
    if use_tray:
        # Seen first, before most of the app is imported (ui/tray_first.py).
        tray_icon, painted = show_icon_first()
        log.debug("tray icon shown before the build; painted: %s", painted)
    else:
        log.warning("no system tray here; showing the microbreak status window instead")
    # Imported only now, while the icon is already there: most of a start.
    from microbreak.app.running import run_app  # noqa: PLC0415

    code = run_app(qt_app, paths, use_tray=use_tray, tray_icon=tray_icon)
    lock.release()
    return code


def _bring_forward_running(paths: AppPaths, wait_s: float = 15.0) -> int:
    """A second launch (from a menu, most likely, where nobody reads a terminal):
    the running app shows its window, so the person sees something happen.

    The first instance may still be starting (launched at the same moment), so
    its control socket is tried again for a while before giving up.
    """
    deadline = time.monotonic() + wait_s
    while True:
        try:
            send_request(control_address(paths), Request("show"))
        except NotRunningError as exc:
            if time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            problem: Exception = exc
        except (TimeoutError, ValueError) as exc:
            problem = exc
        else:
            print("microbreak is already running: its window is brought forward")
            return 0
        print(f"microbreak is already running, but did not answer: {problem}", file=sys.stderr)
        return 1


def setup_logging(paths: AppPaths) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stderr = logging.StreamHandler()
    stderr.setFormatter(fmt)
    stderr.setLevel(logging.WARNING)
    root.addHandler(stderr)
    # APScheduler logs every job run at INFO: one line per wake-up, all day.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    try:
        # Private (0600 in a 0700 folder), and one line on stderr, not a
        # traceback per line, when it cannot be written (a full disk).
        handler = PrivateLogFile(paths.log_dir / "microbreak.log")
    except OSError as exc:
        root.warning("cannot write a log file in %s: %s", paths.log_dir, exc)
        return
    handler.setFormatter(fmt)
    root.addHandler(handler)
