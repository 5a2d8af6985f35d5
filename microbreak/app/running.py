"""The app after its icon is shown: language, awareness, build, control socket, event loop.

Imported by ``main.run`` only once the tray icon is up (``ui/tray_first.py``):
these imports (the core, the platform adapters, APScheduler) are most of a
start, and the icon does not need them.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from microbreak.app.build import build
from microbreak.infra.ipc import ControlServer, control_address
from microbreak.infra.paths import AppPaths
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


def run_app(
    qt_app: QApplication,
    paths: AppPaths,
    *,
    use_tray: bool,
    tray_icon: QSystemTrayIcon | None,
) -> int:
    """Build the app around the icon already shown, run until Quit; the exit code."""
    english = install_english_plurals(qt_app, translations_dir())
    # MICROBREAK_LANG, where set, wins over the setting (screenshots, testing).
    language = LanguageSwitch(qt_app, translations_dir(), forced=os.environ.get(LANG_VAR))
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
        tray_icon=tray_icon,
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
    del language, english
    return int(code)
