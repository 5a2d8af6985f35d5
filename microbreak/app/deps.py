"""Everything the running app is made of, built in one place (``build.py``).

The controller, the window keeper and the settings applier receive this one
object and construct nothing themselves; tests build it from fakes through
:func:`microbreak.app.build.build`, so no test swaps a collaborator after the
fact. (Sane Break's ``AppDependencies`` works the same way.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import SignalInstance

from microbreak.core.clock import Clock
from microbreak.core.effects import Effect
from microbreak.core.engine import BreakEngine
from microbreak.core.events import Event
from microbreak.core.settings import Settings
from microbreak.infra.config_watch import ConfigWatcher
from microbreak.infra.heap_trim import HeapTrimmer
from microbreak.infra.history_on_demand import HistoryOnDemand
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import ExerciseCatalog
from microbreak.infra.sound import SoundPlayer
from microbreak.infra.state_store import StateStore
from microbreak.platform.autostart import Autostart
from microbreak.platform.heads_up import HeadsUpChain
from microbreak.platform.monitor import AwarenessMonitor
from microbreak.platform.notifications import NotifierChain
from microbreak.platform.shortcuts_portal import ShortcutsPortal
from microbreak.ui.intents import Intents
from microbreak.ui.tray import Tray
from microbreak.ui.tray_presence import TrayPresence


class WakeupTimerLike(Protocol):
    """What the app needs of a timer: one re-armable wake-up (see infra.qt_scheduler)."""

    @property
    def fired(self) -> SignalInstance: ...

    def arm(self, at: datetime | None) -> None: ...

    def shutdown(self) -> None: ...


class Dispatch:
    """The single entry into the engine, handed out before the controller exists.

    The awareness monitor and the windows are built before the controller
    (they are its collaborators), yet every event they see must take the
    controller's one path. They are given this object; the controller plugs
    itself in when it is made.
    """

    def __init__(self) -> None:
        self._target: Callable[[Event], list[Effect]] | None = None

    def connect(self, target: Callable[[Event], list[Effect]]) -> None:
        self._target = target

    def __call__(self, event: Event) -> list[Effect]:
        if self._target is None:
            raise RuntimeError("an event arrived before the app was built: " + repr(event))
        return self._target(event)


@dataclass
class AppDeps:
    clock: Clock
    paths: AppPaths
    timer: WakeupTimerLike
    dispatch: Dispatch
    settings: Settings  # as loaded at start; the controller keeps the current ones
    startup_problems: list[str]
    catalog: ExerciseCatalog
    state_store: StateStore
    history: HistoryOnDemand
    engine: BreakEngine
    monitor: AwarenessMonitor
    intents: Intents
    notifier: NotifierChain
    heads_up: HeadsUpChain  # the warning before a break: only where it can be acted on
    sounds: SoundPlayer
    autostart: Autostart
    config_watcher: ConfigWatcher
    tray: Tray  # shown only while a tray host is there (tray_presence)
    tray_presence: TrayPresence
    # The desktop's GlobalShortcuts portal: keys the person bound there reach dispatch.
    shortcuts: ShortcutsPortal
    # Installs a language's catalogues; says whether that changed them.
    # Freed heap back to the system after each break (glibc; a no-op elsewhere).
    heap: HeapTrimmer
    use_language: Callable[[str], bool]
    exit_event_loop: Callable[[], None]
