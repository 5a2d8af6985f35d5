"""Building the app: the one place that constructs its collaborators.

:func:`build` reads the settings, the exercise catalogue and the saved state,
makes the engine, the awareness monitor, the notifier chain, the windows and
the settings applier, and hands them to the controller. The real program
(``main.run``) passes real adapters; tests pass fakes through the same
keyword arguments, never by replacing attributes afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from microbreak.app.controller import MicrobreakApp
from microbreak.app.deps import AppDeps, Dispatch, WakeupTimerLike
from microbreak.app.settings_apply import SettingsApplier
from microbreak.app.window_factory import WindowFactory
from microbreak.app.windows import Windows
from microbreak.core import i18n
from microbreak.core.clock import Clock
from microbreak.core.daily_budget import DailyBudget
from microbreak.core.describe import set_local_time
from microbreak.core.durations import pause_end
from microbreak.core.engine import BreakEngine
from microbreak.core.escalation import Escalation
from microbreak.core.movement import MovementPlan
from microbreak.core.planner import RoutinePlanner
from microbreak.core.settings import DEFAULT_EXERCISES, DEFAULT_PER_BREAK
from microbreak.infra.config_store import load_config
from microbreak.infra.config_watch import ConfigWatcher
from microbreak.infra.heap_trim import HeapTrimmer
from microbreak.infra.history_on_demand import HistoryOnDemand
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import builtin_exercises_dir, icon_path, load_exercises, sounds_dir
from microbreak.infra.sound import BackendFactory, SoundPlayer, system_sound_backend
from microbreak.infra.speech import EngineFactory, Speaker, qt_speech_engine
from microbreak.infra.state_store import StateStore
from microbreak.platform.autostart import Autostart, choose_autostart
from microbreak.platform.awareness import busy_kinds_wanted
from microbreak.platform.heads_up import HeadsUpBackend, HeadsUpChain, event_for
from microbreak.platform.heartbeat import Heartbeat
from microbreak.platform.monitor import Awareness, AwarenessMonitor
from microbreak.platform.notifications import (
    Notifier,
    NotifierChain,
    OnlyWhen,
    PlyerNotifier,
    plyer_adds_something,
    tray_messages_reach_someone,
)
from microbreak.platform.notify_freedesktop import (
    FreedesktopHeadsUp,
    FreedesktopNotifier,
    NotificationsClient,
    app_icon,
    session_address,
)
from microbreak.platform.shortcuts_portal import ShortcutsPortal
from microbreak.platform.shortcuts_portal import event_for as shortcut_event
from microbreak.ui.heads_up_toast import ToastHeadsUp
from microbreak.ui.intents import Intents
from microbreak.ui.tray import Tray, TrayMessageNotifier
from microbreak.ui.tray_presence import TrayPresence


def build(
    clock: Clock,
    paths: AppPaths,
    timer: WakeupTimerLike,
    *,
    use_tray: bool,
    # Whether a tray host is there now; asked again as the desktop changes
    # (ui/tray_presence.py). None: it stays as ``use_tray`` said (tests).
    tray_probe: Callable[[], bool] | None = None,
    extra_notifiers: Sequence[Notifier] = (),
    # None: the desktop's own (the portal inside Flatpak, else org.freedesktop.Notifications
    # where it has buttons); the in-app toast always follows.
    heads_up_backends: Sequence[HeadsUpBackend] | None = None,
    tray_messages_seen: Callable[[], bool] = tray_messages_reach_someone,
    # exit(), not quit(): Qt 6's quit() first asks every window to close and
    # gives up if one refuses, and the no-tray status window refuses (closing
    # it minimises). Injected so tests do not end their loop.
    exit_event_loop: Callable[[], None] = lambda: QApplication.exit(0),
    sound_backend: BackendFactory = system_sound_backend,
    speech_engine: EngineFactory = qt_speech_engine,
    awareness: Awareness | None = None,
    autostart: Autostart | None = None,
    use_language: Callable[[str], bool] = lambda _language: False,
    # Where the GlobalShortcuts portal is looked for (tests: a private bus).
    shortcuts_bus: Callable[[], str] | str = session_address,
    # The icon main.run showed before importing the rest (ui/tray_first.py);
    # None: the tray makes its own.
    tray_icon: QSystemTrayIcon | None = None,
) -> MicrobreakApp:
    now = clock.now()
    # Times shown to the person are written in the clock's local zone.
    set_local_time(clock.local)
    config = load_config(paths.config_file, now)
    settings = config.settings
    # Before any text is made: every window translates its words when built.
    use_language(settings.interface.language)
    catalog = load_exercises(
        builtin_exercises_dir(), paths.user_exercises_dir, language=i18n.language()
    )
    problems = list(config.problems) + [
        i18n.translate("MicrobreakApp", "Exercise skipped: {problem}").format(problem=e)
        for e in catalog.errors
    ]
    state_store = StateStore(paths.state_file)
    selection = [i for i in DEFAULT_EXERCISES if i in catalog.exercises] or sorted(
        catalog.exercises
    )
    planner = RoutinePlanner(selection, DEFAULT_PER_BREAK, state_store.load_rotation())
    since, movement_position = state_store.load_movement()
    # Configured from [movement] by SettingsApplier.use_movement, like the planner.
    movement = MovementPlan(since=since, position=movement_position)
    # Configured from [escalation] by SettingsApplier.use_escalation; its level survives a restart.
    escalation = Escalation()
    escalation.restore(state_store.load_escalation())
    # Today's active time goes on from the last run; another day's is dropped.
    daily_budget = DailyBudget.restored(
        clock.local, now, state_store.load_daily_budget(), settings.daily_budget.hours
    )
    aware = awareness or Awareness()
    engine = BreakEngine(
        clock,
        settings.schedule,
        planner,
        idle_source_works=aware.idle.name != "none",
        working_hours=settings.working_hours,
        movement=movement,
        escalation=escalation,
        daily_budget=daily_budget,
    )
    dispatch = Dispatch()
    monitor = AwarenessMonitor(
        dispatch,
        aware.idle,
        aware.watchers,
        aware.busy,
        # Without a real heartbeat (tests): one whose clocks move together
        # with the injected clock, so it never reports a gap.
        aware.heartbeat or Heartbeat(clock.now, mono=lambda: clock.now().timestamp()),
        idle_interval=engine.idle_poll_interval,
        deferred=lambda: engine.status().deferred,
        inhibit=aware.inhibit,
    )
    monitor.want_busy_kinds(busy_kinds_wanted(settings.do_not_disturb))
    monitor.count_watching_as_activity(settings.do_not_disturb.watching_counts_as_activity)
    # Opened at its first use (a record, the statistics): sqlite3 is not
    # loaded at rest. A file that is plainly no history is reported now.
    history = HistoryOnDemand(paths.history_db, clock, keep_days=settings.history.keep_days)
    history.check_at_start()
    problems += history.problems

    intents = Intents()
    # Always made, shown only while a tray host is there: a panel that starts
    # after the app (a login race) still gets the icon.
    tray = Tray(clock, intents, icon=tray_icon)
    presence = TrayPresence(tray_probe or (lambda: use_tray), initial=use_tray)
    # One connection to org.freedesktop.Notifications for both chains, opened
    # at the first notification.
    desktop_notifications = NotificationsClient(
        icon=app_icon(icon_path("microbreak.svg"), os.environ)
    )
    notifiers: list[Notifier] = [*extra_notifiers, FreedesktopNotifier(desktop_notifications)]
    # Only where someone sees it: an XEmbed tray draws its own balloon, a
    # StatusNotifierItem tray hands it to a notification service that may not exist.
    notifiers.append(OnlyWhen(TrayMessageNotifier(tray.icon), tray_messages_seen))
    if plyer_adds_something():
        notifiers.append(PlyerNotifier())
    notifier = NotifierChain(notifiers)
    # A click on a heads-up button is one more way into the engine: the one dispatch.
    heads_up = HeadsUpChain(
        [*_portal_heads_up(), FreedesktopHeadsUp(desktop_notifications)]
        if heads_up_backends is None
        else heads_up_backends,
        lambda action: dispatch(event_for(action)),
    )
    # A key bound through the desktop's shortcuts portal: the one dispatch, the menu's events.
    shortcuts = ShortcutsPortal(
        lambda shortcut: dispatch(shortcut_event(shortcut, pause_hour_until)), shortcuts_bus
    )

    def pause_hour_until() -> datetime | None:
        return pause_end("1h", clock.now(), local=clock.local, hours=engine.working_hours)

    # Neither loads its Qt module until a sound or a voice is wanted.
    sounds = SoundPlayer(settings.sound, sounds_dir(), sound_backend)
    speaker = Speaker(speech_engine)
    deps = AppDeps(
        clock=clock,
        paths=paths,
        timer=timer,
        dispatch=dispatch,
        settings=settings,
        startup_problems=problems,
        catalog=catalog,
        state_store=state_store,
        history=history,
        engine=engine,
        monitor=monitor,
        intents=intents,
        notifier=notifier,
        heads_up=heads_up,
        sounds=sounds,
        autostart=autostart or choose_autostart(),
        # Hand edits of config.toml apply live too.
        config_watcher=ConfigWatcher(paths.config_file),
        tray=tray,
        tray_presence=presence,
        shortcuts=shortcuts,
        heap=HeapTrimmer(),
        use_language=use_language,
        exit_event_loop=exit_event_loop,
    )
    make = WindowFactory(
        clock=clock,
        paths=paths,
        catalog=catalog,
        history=history,
        intents=intents,
        sounds=sounds,
        speaker=speaker,
        icon_file=icon_path("microbreak.svg"),
        shortcuts=shortcuts,
    )
    windows = Windows(
        make, dispatch, state_store, notifier, settings, tray=tray, tray_shown=use_tray
    )
    # The in-app toast is the last resort of the chain: it is always there.
    notifier.append(windows.toast)
    heads_up.append(ToastHeadsUp(lambda: windows.toast))
    return MicrobreakApp(deps, windows, SettingsApplier(deps, windows))


def _portal_heads_up() -> list[HeadsUpBackend]:
    """The notification portal's heads-up, inside Flatpak only (where else it
    never offers itself): its module, with QtDBus's argument types, is not
    imported on every other start (about 2 ms)."""
    if not os.path.exists("/.flatpak-info"):
        return []
    from microbreak.platform.portal_heads_up import PortalHeadsUp  # noqa: PLC0415

    return [PortalHeadsUp()]
