"""The real program: one instance, a Qt application, the real clock and adapters."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from microbreak import APP_ID
from microbreak.app.build import build
from microbreak.core.control import Request
from microbreak.infra.ipc import (
    ControlServer,
    InstanceLock,
    NotRunningError,
    control_address,
    send_request,
)
from microbreak.infra.log_file import PrivateLogFile
from microbreak.infra.paths import AppPaths, app_paths
from microbreak.infra.qt_scheduler import WakeupTimer
from microbreak.infra.resources import translations_dir
from microbreak.infra.system_clock import SystemClock
from microbreak.infra.unix_signals import SignalWatcher
from microbreak.platform.factory import (
    choose_busy_detectors,
    choose_idle_source,
    choose_inhibit_probes,
    choose_session_watchers,
)
from microbreak.platform.heartbeat import Heartbeat, boot_clock
from microbreak.platform.monitor import Awareness
from microbreak.ui.language import ENV_VAR as LANG_VAR
from microbreak.ui.language import LanguageSwitch, install_english_plurals

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
    english = install_english_plurals(qt_app, translations_dir())
    # MICROBREAK_LANG, where set, wins over the setting (screenshots, testing).
    language = LanguageSwitch(qt_app, translations_dir(), forced=os.environ.get(LANG_VAR))
    # A tray app: closing the break window must not end it.
    qt_app.setQuitOnLastWindowClosed(False)
    use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    if not use_tray:
        log.warning("no system tray here; showing the microbreak status window instead")
    clock = SystemClock()
    awareness = Awareness(
        idle=choose_idle_source(),
        watchers=choose_session_watchers(),
        busy=choose_busy_detectors(),
        inhibit=choose_inhibit_probes(),
        heartbeat=Heartbeat(clock.now, boot=boot_clock()),
    )
    app = build(
        clock,
        paths,
        WakeupTimer(),
        use_tray=use_tray,
        tray_probe=QSystemTrayIcon.isSystemTrayAvailable,
        awareness=awareness,
        use_language=language.use,
    )
    watcher = SignalWatcher(lambda _signum: app.quit())
    server = ControlServer(control_address(paths), app.handle_control)
    try:
        server.listen()
    except OSError as exc:
        # The app still works from the tray; only the command line cannot reach it.
        log.error("%s; microbreak commands will not reach this instance", exc)
    app.start()
    code = qt_app.exec()
    server.close()
    watcher.close()
    lock.release()
    del language, english
    return int(code)


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
