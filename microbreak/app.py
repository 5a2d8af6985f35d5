"""The composition root: the one place that builds the real clock, the adapters
and the windows, and wires them together.

Everything below is a plain object given its collaborators; MicrobreakApp only
routes: user intents and timer wake-ups become engine events, and the engine's
effects are applied to the timer, the notifier, the windows and the log.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from microbreak import APP_ID, __version__
from microbreak.core import i18n
from microbreak.core.clock import Clock
from microbreak.core.control import (
    ProtocolError,
    encode_reply,
    execute,
    parse_request,
    status_json,
)
from microbreak.core.describe import can_snooze, heads_up_title
from microbreak.core.durations import pause_end
from microbreak.core.effects import (
    ArmTimer,
    CloseBreak,
    Effect,
    HideHeadsUp,
    Notify,
    Record,
    Refused,
    ShowBreak,
    ShowHeadsUp,
)
from microbreak.core.engine import BreakEngine
from microbreak.core.events import (
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    Event,
    ExerciseDone,
    PauseRequested,
    ResumeRequested,
    SettingsChanged,
    SkipRequested,
    SnoozeRequested,
    Tick,
    WorkingHoursChanged,
)
from microbreak.core.planner import RoutinePlanner
from microbreak.core.settings import (
    DEFAULT_EXERCISES,
    DEFAULT_PER_BREAK,
    DoNotDisturbSettings,
    Settings,
)
from microbreak.infra.config_store import load_config, save_settings
from microbreak.infra.config_watch import ConfigWatcher
from microbreak.infra.history import HistoryStore
from microbreak.infra.ipc import ControlServer, InstanceLock, control_address
from microbreak.infra.paths import AppPaths, app_paths
from microbreak.infra.qt_scheduler import WakeupTimer
from microbreak.infra.resources import (
    builtin_exercises_dir,
    icon_path,
    load_exercises,
    sounds_dir,
    translations_dir,
)
from microbreak.infra.sound import BackendFactory, SoundPlayer, qt_sound_backend
from microbreak.infra.speech import EngineFactory, Speaker, qt_speech_engine
from microbreak.infra.state_store import StateStore
from microbreak.infra.system_clock import SystemClock
from microbreak.infra.unix_signals import SignalWatcher
from microbreak.platform.autostart import Autostart, AutostartError, choose_autostart
from microbreak.platform.awareness import BusyKind
from microbreak.platform.factory import (
    choose_busy_detectors,
    choose_idle_source,
    choose_session_watchers,
)
from microbreak.platform.heartbeat import Heartbeat, boot_clock
from microbreak.platform.monitor import Awareness, AwarenessMonitor
from microbreak.platform.notifications import Notifier, NotifierChain, PlyerNotifier
from microbreak.ui.about import AboutWindow, HealthNotice
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.heads_up_toast import HeadsUpToast
from microbreak.ui.intents import ActionsMenu, Intents
from microbreak.ui.language import ENV_VAR as LANG_VAR
from microbreak.ui.language import (
    LanguageSwitch,
    available_languages,
    install_english_plurals,
)
from microbreak.ui.settings_dialog import SettingsDialog
from microbreak.ui.stats_window import StatsWindow
from microbreak.ui.tray import StatusWindow, Tray, TrayMessageNotifier

log = logging.getLogger("microbreak")


class WakeupTimerLike(Protocol):
    """What the app needs of a timer: one re-armable wake-up (see infra.qt_scheduler)."""

    @property
    def fired(self) -> SignalInstance: ...

    def arm(self, at: datetime | None) -> None: ...

    def shutdown(self) -> None: ...


class MicrobreakApp(QObject):
    # The composition root builds everything in one place: long by nature.
    def __init__(  # noqa: PLR0915
        self,
        clock: Clock,
        paths: AppPaths,
        timer: WakeupTimerLike,
        *,
        use_tray: bool,
        extra_notifiers: Sequence[Notifier] = (),
        exit_event_loop: Callable[[], None] = lambda: QApplication.exit(0),
        sound_backend: BackendFactory = qt_sound_backend,
        speech_engine: EngineFactory = qt_speech_engine,
        awareness: Awareness | None = None,
        use_language: Callable[[str], bool] = lambda _language: False,
    ) -> None:
        super().__init__()
        # exit(), not quit(): Qt 6's quit() first asks every window to close
        # and gives up if one refuses, and the no-tray status window refuses
        # (closing it minimises). Injected so tests do not end their loop.
        self._exit_event_loop = exit_event_loop
        self.clock = clock
        self.paths = paths
        self.timer = timer
        now = clock.now()

        config = load_config(paths.config_file, now)
        # Before any text is made: every window translates its words when built.
        # (use_language installs the catalogues; it says whether that changed them.)
        self._use_language = use_language
        use_language(config.settings.interface.language)
        self.startup_problems = list(config.problems)
        self.catalog = load_exercises(
            builtin_exercises_dir(), paths.user_exercises_dir, language=i18n.language()
        )
        self.startup_problems += [
            self.tr("Exercise skipped: {problem}").format(problem=e) for e in self.catalog.errors
        ]
        selection = [i for i in DEFAULT_EXERCISES if i in self.catalog.exercises]
        if not selection:
            selection = sorted(self.catalog.exercises)
        self.state_store = StateStore(paths.state_file)
        planner = RoutinePlanner(selection, DEFAULT_PER_BREAK, self.state_store.load_rotation())
        aware = awareness or Awareness()
        self.engine = BreakEngine(
            clock,
            config.schedule,
            planner,
            idle_source_works=aware.idle.name != "none",
            working_hours=config.settings.working_hours,
        )
        wanted = _busy_kinds_wanted(config.do_not_disturb)
        self.monitor = AwarenessMonitor(
            self.dispatch,
            aware.idle,
            aware.watchers,
            [d for d in aware.busy if d.kind in wanted],
            # Without a real heartbeat (tests): one whose clocks move together
            # with the injected clock, so it never reports a gap.
            aware.heartbeat or Heartbeat(clock.now, mono=lambda: clock.now().timestamp()),
            idle_interval=self.engine.idle_poll_interval,
            deferred=lambda: self.engine.status().deferred,
            parent=self,
        )

        self.goal = config.goals.breaks_per_day
        self.keep_days = config.history.keep_days
        self.history = HistoryStore.open(paths.history_db, clock)
        self.history.close_interrupted(now)  # a break the last run never finished
        self.history.prune(now, self.keep_days)
        self._pruned_on = now.date()
        self.startup_problems += self.history.problems
        self.stats_window: StatsWindow | None = None  # built when first opened

        self.app_icon = QIcon(str(icon_path("microbreak.svg")))
        self.intents = Intents(self)
        self.tray: Tray | None = None
        self.status_window: StatusWindow | None = None
        if use_tray:
            self.tray = Tray(clock, self.intents)
        else:
            self.status_window = StatusWindow(clock, self.intents, self.app_icon)

        self.toast = self._make_toast()
        notifiers: list[Notifier] = list(extra_notifiers)
        if self.tray is not None:
            notifiers.insert(0, TrayMessageNotifier(self.tray.icon))
        notifiers += [PlyerNotifier(), self.toast]
        self.notifier = NotifierChain(notifiers)
        self.history.on_problem = self._history_problem

        # Neither loads its Qt module until a sound or a voice is wanted.
        self.sounds = SoundPlayer(config.sound, sounds_dir(), sound_backend)
        self.speaker = Speaker(speech_engine)
        self.break_window = self._make_break_window(config.settings)
        self._break_window_stale = False  # the language changed during a break
        # Built when first needed: most days nobody opens them.
        self.health_notice: HealthNotice | None = None
        self.about_window: AboutWindow | None = None
        self._init_settings(config.settings)
        self._wire()

    def _init_settings(self, settings: Settings) -> None:
        self.settings_dialog: SettingsDialog | None = None  # built when first opened
        self.settings = settings
        # Only touched when the [startup] setting changes; tests swap in a fake.
        self.autostart: Autostart = choose_autostart()
        self._use_exercises(settings, self.state_store.load_rotation())
        # Hand edits of config.toml apply live too.
        self.config_watcher = ConfigWatcher(self.paths.config_file, parent=self)
        self.config_watcher.changed.connect(self._config_file_changed)

    def _wire(self) -> None:
        i = self.intents
        i.break_now.connect(lambda: self.dispatch(BreakNowRequested()))
        i.snooze.connect(lambda m: self.dispatch(SnoozeRequested(m)))
        i.skip_next.connect(lambda: self.dispatch(SkipRequested()))
        i.pause.connect(lambda c: self.dispatch(PauseRequested(pause_end(c, self.clock.now()))))
        i.resume.connect(lambda: self.dispatch(ResumeRequested()))
        i.open_stats.connect(self.open_stats)
        i.open_settings.connect(self.open_settings)
        i.open_about.connect(self.open_about)
        i.quit.connect(self.quit)
        self.timer.fired.connect(self._on_wakeup)

    def _make_toast(self) -> HeadsUpToast:
        toast = HeadsUpToast()
        toast.start_clicked.connect(lambda: self.dispatch(BreakNowRequested()))
        toast.snooze_clicked.connect(lambda: self.dispatch(SnoozeRequested()))
        toast.skip_clicked.connect(lambda: self.dispatch(SkipRequested()))
        return toast

    def _make_break_window(self, settings: Settings) -> BreakWindow:
        bw = BreakWindow(
            self.clock,
            self.catalog.pictures,
            snooze_minutes=settings.schedule.snooze_minutes,
            allow_skip=not settings.schedule.strict,
            reduced_motion=settings.accessibility.reduced_motion,
            sounds=self.sounds,
            voice=self.speaker,
            speak_steps=settings.guidance.speak_steps,
        )
        bw.setWindowIcon(self.app_icon)
        bw.finished.connect(lambda s: self.dispatch(BreakFinished(s.completed, s.exercises)))
        bw.skipped.connect(lambda s: self.dispatch(BreakSkipped(s.completed, s.exercises)))
        bw.exercise_done.connect(lambda result: self.dispatch(ExerciseDone(result)))
        bw.snooze_requested.connect(lambda: self.dispatch(SnoozeRequested()))
        return bw

    # -- running ---------------------------------------------------------

    def start(self) -> None:
        log.info("microbreak %s starting; tray: %s", __version__, self.tray is not None)
        self._apply(self.engine.start())
        self.monitor.start()
        log.info(
            "awareness: idle source %s; session watchers %s; busy detectors %s",
            self.monitor.idle_source.name,
            ", ".join(self.monitor.session_watchers) or "none",
            ", ".join(self.monitor.busy_detectors) or "none",
        )
        self._refresh()  # before show: a tray icon shown without a picture warns
        if self.tray is not None:
            self.tray.show()
        if self.status_window is not None:
            self.status_window.show()
        if not self.state_store.health_notice_seen():
            self.show_health_notice()
        for problem in self.startup_problems:
            log.warning("%s", problem)
        if self.startup_problems:
            more = len(self.startup_problems) - 1
            body = self.startup_problems[0]
            if more:
                body += " " + self.tr("(and %n more in the log)", "", more)
            self.notifier.notify(self.tr("microbreak: check your settings"), body)

    def dispatch(self, event: Event) -> list[Effect]:
        effects = self.engine.handle(event)
        self._apply(effects)
        self._refresh()
        self.monitor.reschedule()
        return effects

    def _on_wakeup(self) -> None:
        # First what the OS did not announce (a suspend, a clock change) and
        # whether the person is busy right now; then the deadline itself.
        self.monitor.before_wakeup()
        self.dispatch(Tick())

    def handle_control(self, line: bytes) -> bytes:
        """Answer one control request line from ``microbreak <command>``."""
        try:
            request = parse_request(line)
        except ProtocolError as exc:
            log.info("bad control request: %s", exc)
            return encode_reply(False, str(exc), None)
        now = self.clock.now()
        outcome = execute(request, self.engine, now, self._done_so_far)
        self._apply([e for e in outcome.effects if not isinstance(e, Refused)])
        self._refresh()
        status = status_json(self.engine.status(), now, __version__)
        status["idle_source"] = self.monitor.idle_source.name
        if outcome.quit:
            # Reply first; quit once the reply is on its way.
            QTimer.singleShot(0, self.quit)
        return encode_reply(outcome.ok, outcome.message, status)

    def _done_so_far(self) -> tuple[str, ...]:
        player = self.break_window.player
        return player.summary().completed if player is not None else ()

    def quit(self) -> None:
        log.info("quitting")
        self.timer.shutdown()
        self.config_watcher.stop()
        self.monitor.stop()
        self.break_window.hide()
        self.toast.hide()
        for window in (self.health_notice, self.about_window):
            if window is not None:
                window.hide()
        if self.stats_window is not None:
            self.stats_window.hide()
        if self.tray is not None:
            self.tray.hide()
        self.history.close()
        self._exit_event_loop()

    def show_health_notice(self) -> None:
        if self.health_notice is None:
            self.health_notice = HealthNotice()
            self.health_notice.setWindowIcon(self.app_icon)
            self.health_notice.dismissed.connect(self.state_store.mark_health_notice_seen)
        self.health_notice.show()
        self.health_notice.raise_()

    def open_about(self) -> None:
        if self.about_window is None:
            self.about_window = AboutWindow(
                list(self.catalog.exercises.values()), DEFAULT_EXERCISES
            )
            self.about_window.setWindowIcon(self.app_icon)
            self.about_window.show_notice.connect(self.show_health_notice)
        self.about_window.show()
        self.about_window.raise_()

    def open_stats(self) -> None:
        if self.stats_window is None:
            names = {i: ex.name for i, ex in self.catalog.exercises.items()}
            self.stats_window = StatsWindow(self.clock, self.history, goal=self.goal, names=names)
            self.stats_window.setWindowIcon(self.app_icon)
        self.stats_window.refresh()
        self.stats_window.show()
        self.stats_window.raise_()
        self.stats_window.activateWindow()

    def open_settings(self) -> None:
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(
                self.settings,
                self.catalog.exercises,
                self.catalog.pictures,
                self.catalog.errors,
                config_file=self.paths.config_file,
                languages=available_languages(translations_dir()),
            )
            self.settings_dialog.setWindowIcon(self.app_icon)
            self.settings_dialog.applied.connect(self.apply_settings)
            self.settings_dialog.reload_requested.connect(self.reload_exercises)
            self.settings_dialog.open_file_requested.connect(self.open_config_file)
        else:
            self.settings_dialog.set_settings(self.settings)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()

    def open_config_file(self) -> None:
        """Open ``config.toml`` in the user's editor (the dialog shows every key but a few)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.config_file)))

    def _config_file_changed(self) -> None:
        """config.toml changed on disk: use what it now says (never rewrite it here)."""
        loaded = load_config(self.paths.config_file, self.clock.now(), create=False)
        for problem in loaded.problems:
            log.warning("%s", problem)
        if not loaded.readable:
            # Half-way through an edit, perhaps: keep the settings in use.
            self.notifier.notify(
                self.tr("microbreak: check your settings"),
                loaded.problems[0].replace("using defaults", "the settings in use are kept"),
            )
            return
        if loaded.problems and loaded.problems != loaded.warnings:
            self.notifier.notify(self.tr("microbreak: check your settings"), loaded.problems[0])
        if loaded.settings != self.settings:
            log.info("config.toml changed on disk; applying it")
            self.apply_settings(loaded.settings, save=False)
            if self.settings_dialog is not None and not self.settings_dialog.isVisible():
                self.settings_dialog.set_settings(loaded.settings)

    def apply_settings(self, new: Settings, *, save: bool = True) -> None:
        """Save settings from the dialog and use them now, without a restart."""
        old = self.settings
        try:
            if save:
                save_settings(self.paths.config_file, new, self.clock.now())
        except OSError as exc:
            log.error("settings could not be saved: %s", exc)
            self.notifier.notify(
                self.tr("microbreak: settings not saved"),
                self.tr(
                    "{path} could not be written ({problem}); "
                    "the new settings apply until microbreak quits."
                ).format(path=self.paths.config_file, problem=exc.strerror or exc),
            )
        self.settings = new
        if new.exercises != old.exercises:
            self._use_exercises(new)
            self.state_store.save_rotation(self.engine.planner.position)
        if new.working_hours != old.working_hours:
            self.dispatch(WorkingHoursChanged(new.working_hours))
        if new.schedule != old.schedule:
            # The engine keeps the time already worked, and a break that is
            # already announced or open keeps its time; the next one follows.
            self.dispatch(SettingsChanged(new.schedule))
        self.sounds.update(new.sound)
        self.break_window.set_options(
            snooze_minutes=new.schedule.snooze_minutes,
            allow_skip=not new.schedule.strict,
            reduced_motion=new.accessibility.reduced_motion,
            speak_steps=new.guidance.speak_steps,
        )
        if new.startup.autostart != old.startup.autostart:
            self._set_autostart(new.startup.autostart)
        self.goal = new.goals.breaks_per_day
        if self.stats_window is not None:
            self.stats_window.set_goal(self.goal)
        self.keep_days = new.history.keep_days
        if new.interface.language != old.interface.language and self._use_language(
            new.interface.language
        ):
            # After the dialog's own OK or Apply has run: it is rebuilt too.
            QTimer.singleShot(0, self._retranslate)
        log.info("settings applied")

    def _set_autostart(self, on: bool) -> None:
        try:
            self.autostart.set_enabled(on)
        except AutostartError as exc:
            log.warning("autostart (%s): %s", self.autostart.name, exc)
            self.notifier.notify(
                self.tr("microbreak: start at login"), str(exc)[0].upper() + str(exc)[1:]
            )
        else:
            log.info("autostart %s through %s", "on" if on else "off", self.autostart.name)

    def _retranslate(self) -> None:
        """A new language: rebuild every window in it, leaving an open break as it is.

        The old windows are hidden and let go: with no parent and no reference
        left, Python frees them (deleteLater would pull them from under a test
        that still holds one).
        """
        self.reload_exercises()
        if self.tray is not None:
            self.tray.set_menu(ActionsMenu(self.intents))
        if self.status_window is not None:
            self.status_window.hide()
            self.status_window = StatusWindow(self.clock, self.intents, self.app_icon)
            self.status_window.show()
        old_toast, self.toast = self.toast, self._make_toast()
        self.notifier.replace(old_toast, self.toast)
        old_toast.hide()
        if self.break_window.isVisible():
            self._break_window_stale = True  # rebuilt when this break ends
        else:
            self._renew_break_window()
        for name in ("stats_window", "about_window", "health_notice", "settings_dialog"):
            self._rebuild_later(name)
        self._refresh()

    def _rebuild_later(self, name: str) -> None:
        """Drop a window so it is built again, in the new language, when next opened."""
        window = getattr(self, name)
        if window is None:
            return
        was_open = window.isVisible()
        tab = window.tabs.currentIndex() if isinstance(window, SettingsDialog) else 0
        window.hide()
        setattr(self, name, None)
        if was_open:
            {
                "stats_window": self.open_stats,
                "about_window": self.open_about,
                "health_notice": self.show_health_notice,
                "settings_dialog": self.open_settings,
            }[name]()
            if isinstance(self.settings_dialog, SettingsDialog):
                self.settings_dialog.tabs.setCurrentIndex(tab)

    def _renew_break_window(self) -> None:
        self.break_window.hide()
        self.break_window = self._make_break_window(self.settings)
        self._break_window_stale = False

    def reload_exercises(self) -> None:
        """Read the exercise files again (the user's own included) and use them."""
        fresh = load_exercises(
            builtin_exercises_dir(), self.paths.user_exercises_dir, language=i18n.language()
        )
        # Updated in place: the break window holds these very dicts.
        self.catalog.exercises.clear()
        self.catalog.exercises.update(fresh.exercises)
        self.catalog.pictures.clear()
        self.catalog.pictures.update(fresh.pictures)
        self.catalog.errors[:] = fresh.errors
        self._use_exercises(self.settings)
        if self.settings_dialog is not None:
            self.settings_dialog.set_catalog(
                self.catalog.exercises, self.catalog.pictures, self.catalog.errors
            )

    def _use_exercises(self, settings: Settings, position: int | None = None) -> None:
        """Point the planner at the chosen exercises that exist; keep its place."""
        chosen = settings.exercises.selected
        selection = [i for i in chosen if i in self.catalog.exercises]
        missing = [i for i in chosen if i not in self.catalog.exercises]
        if missing:
            log.warning("chosen exercises not found (skipped): %s", ", ".join(missing))
        if not selection:
            selection = [i for i in DEFAULT_EXERCISES if i in self.catalog.exercises]
        if not selection:
            selection = sorted(self.catalog.exercises)
        if not selection:
            return  # no exercise files at all: keep what the planner has
        per_break = settings.exercises.count(len(selection))
        self.engine.planner.reconfigure(selection, per_break, position)

    # -- effects ---------------------------------------------------------

    def _apply(self, effects: list[Effect]) -> None:
        for effect in effects:
            match effect:
                case ArmTimer(at=at):
                    self.timer.arm(at)
                case ShowHeadsUp() if not self.settings.notifications.heads_up:
                    log.info("heads-up not shown: [notifications] heads_up = false")
                case ShowHeadsUp(break_at=at):
                    used = self.notifier.notify(
                        heads_up_title((at - self.clock.now()).total_seconds()),
                        self.tr("Time to stretch soon. Snooze or skip from the microbreak icon."),
                        heads_up=True,
                    )
                    log.info("heads-up shown through %s", used)
                case HideHeadsUp():
                    self.toast.hide()
                case ShowBreak(exercise_ids=ids):
                    self.toast.hide()
                    exercises = [self.catalog.exercises[i] for i in ids]
                    self.break_window.start(exercises)
                case CloseBreak(reason=reason):
                    self.state_store.save_rotation(self.engine.planner.position)
                    self.break_window.close_for(reason, self.engine.status().next_break_at)
                    if self._break_window_stale:
                        QTimer.singleShot(0, self._renew_break_window)
                case Record(kind=kind, detail=detail):
                    log.info("%s %s", kind, detail or "")
                    self._keep(effect)
                case Notify(title=title, body=body):
                    self.notifier.notify(title, body)
                case Refused(message=message):
                    log.info("refused: %s", message)
                    self.notifier.notify("microbreak", sentence(message))

    def _history_problem(self, message: str) -> None:
        self.notifier.notify(self.tr("microbreak: break history"), message)

    def _keep(self, record: Record) -> None:
        """Write a record to the history; apply retention once a day; update the window."""
        self.history.record(record)
        if record.at.date() != self._pruned_on:
            self._pruned_on = record.at.date()
            self.history.prune(record.at, self.keep_days)
        if self.stats_window is not None and self.stats_window.isVisible():
            self.stats_window.refresh()

    def _refresh(self) -> None:
        status = self.engine.status()
        strict = self.engine.settings.strict
        max_snoozes = self.engine.settings.max_snoozes
        if self.tray is not None:
            self.tray.set_status(status, strict=strict, max_snoozes=max_snoozes)
        if self.status_window is not None:
            self.status_window.set_status(status, strict=strict, max_snoozes=max_snoozes)
        snooze_ok = can_snooze(status, strict=strict, max_snoozes=max_snoozes)
        self.break_window.allow_snooze(snooze_ok)
        self.toast.allow_snooze(snooze_ok)


def sentence(message: str) -> str:
    """ "a break is already in progress" -> "A break is already in progress."

    A message that already ends in punctuation keeps it, and one in Japanese
    or Chinese (wide characters) ends as it is: "。" is the translator's to add.
    """
    last = message[-1:]
    ends = not last or unicodedata.category(last).startswith("P")
    wide = bool(last) and unicodedata.east_asian_width(last) in ("W", "F")
    return message[:1].upper() + message[1:] + ("" if ends or wide else ".")


def _busy_kinds_wanted(settings: DoNotDisturbSettings) -> set[BusyKind]:
    wanted = {
        BusyKind.FULLSCREEN: settings.fullscreen,
        BusyKind.DO_NOT_DISTURB: settings.desktop_dnd,
        BusyKind.CALL: settings.calls,
    }
    return {kind for kind, on in wanted.items() if on}


def _setup_logging(paths: AppPaths) -> None:
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
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / "microbreak.log", maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError as exc:
        root.warning("cannot write a log file in %s: %s", paths.log_dir, exc)
        return
    handler.setFormatter(fmt)
    root.addHandler(handler)


def run(argv: Sequence[str]) -> int:
    """Start the tray app and run until Quit. Returns the process exit code."""
    paths = app_paths()
    lock = InstanceLock(paths.instance_lock)
    if not lock.acquire():
        print("microbreak is already running")
        return 0
    _setup_logging(paths)
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
    timer = WakeupTimer()
    clock = SystemClock()
    awareness = Awareness(
        idle=choose_idle_source(),
        watchers=choose_session_watchers(),
        busy=choose_busy_detectors(),
        heartbeat=Heartbeat(clock.now, boot=boot_clock()),
    )
    app = MicrobreakApp(
        clock, paths, timer, use_tray=use_tray, awareness=awareness, use_language=language.use
    )
    qt_app.setWindowIcon(app.app_icon)
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


if __name__ == "__main__":
    sys.exit(run(sys.argv))
