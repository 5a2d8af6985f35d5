"""The running app: one dispatch into the engine, and the engine's effects applied.

Every way in — a tray or window intent, the wake-up timer, the control
socket (``microbreak snooze``), the awareness monitor — becomes an engine
event and goes through :meth:`MicrobreakApp.dispatch`, so each leaves the app
in the same state (idle sampling re-planned, windows refreshed). The
controller constructs nothing: ``build.py`` hands it everything.
"""

from __future__ import annotations

import logging
import unicodedata
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, SignalInstance

from microbreak import __version__
from microbreak.app.deps import AppDeps
from microbreak.app.settings_apply import SettingsApplier
from microbreak.app.windows import Windows
from microbreak.core.control import (
    ProtocolError,
    command_for,
    encode_reply,
    parse_request,
    reply_to,
    status_json,
)
from microbreak.core.describe import (
    can_snooze,
    firmness_why,
    heads_up_title,
    movement_heads_up_title,
    skips_left,
)
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
from microbreak.core.events import (
    BreakNowRequested,
    Event,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
    Tick,
)
from microbreak.core.i18n import translate
from microbreak.core.records import BreakKind, RecordKind
from microbreak.core.settings import Settings
from microbreak.platform.heads_up import HeadsUp, HeadsUpAction
from microbreak.ui.heads_up_toast import (
    HEADS_UP_BODY,
    MOVEMENT_HEADS_UP_BODY,
    SKIP_LABEL,
    SNOOZE_MINUTES_LABEL,
    START_LABEL,
    ToastHeadsUp,
)

log = logging.getLogger("microbreak")


class MicrobreakApp(QObject):
    def __init__(self, deps: AppDeps, windows: Windows, applier: SettingsApplier) -> None:
        super().__init__()
        self.deps = deps
        self.windows = windows
        self.settings_applier = applier
        # Short names for what tests and the rest of this class use most.
        self.clock = deps.clock
        self.engine = deps.engine
        self.timer = deps.timer
        self.monitor = deps.monitor
        self.history = deps.history
        self.intents = deps.intents
        self.notifier = deps.notifier
        self.catalog = deps.catalog
        self.tray = deps.tray
        self._pruned_on = deps.clock.now().date()
        self._escalation_saved = deps.engine.escalation.saved()
        # The kind of the break on screen, for its end screen.
        self._break_kind = BreakKind.MICRO
        deps.dispatch.connect(self.dispatch)
        deps.history.on_problem = self._history_problem
        applier.retranslated.connect(self._refresh)
        self._wire()

    def _wire(self) -> None:
        i = self.intents
        i.break_now.connect(lambda: self.dispatch(BreakNowRequested()))
        i.snooze.connect(lambda m: self.dispatch(SnoozeRequested(m)))
        i.skip_next.connect(lambda: self.dispatch(SkipNextRequested()))
        i.pause.connect(lambda c: self.dispatch(PauseRequested(self._pause_end(c))))
        i.resume.connect(lambda: self.dispatch(ResumeRequested()))
        i.open_stats.connect(self.windows.open_stats)
        i.open_settings.connect(self.windows.open_settings)
        i.open_about.connect(self.windows.open_about)
        i.open_status.connect(self.show_status)
        i.quit.connect(self.quit)
        self.timer.fired.connect(self._on_wakeup)

    # -- the settings in use (the applier keeps them) ---------------------

    @property
    def settings(self) -> Settings:
        return self.settings_applier.settings

    # -- running ---------------------------------------------------------

    def start(self) -> None:
        log.info("microbreak %s starting; tray: %s", __version__, self.windows.tray_shown)
        self._apply(self.engine.start())
        self.monitor.start()
        log.info(
            "awareness: idle source %s; session watchers %s; busy detectors %s",
            self.monitor.idle_source.name,
            ", ".join(self.monitor.session_watchers) or "none",
            ", ".join(self.monitor.busy_detectors) or "none",
        )
        self._refresh()  # before show: a tray icon shown without a picture warns
        if self.windows.tray_shown:
            self.tray.show()
        # A panel that starts late (or restarts) is noticed from here on.
        self.deps.tray_presence.changed.connect(self._tray_changed)
        self.deps.tray_presence.start()
        if self.windows.status_window is not None:
            self.windows.status_window.show()
        if not self.deps.state_store.health_notice_seen():
            self.windows.show_health_notice()
        self.settings_applier.at_start()
        # Keys bound through the desktop in an earlier run: listened for again
        # (asks the bus, so from the event loop, after the first paint). Only
        # where the person once bound some: otherwise nothing to listen for,
        # and no bus connection (or its memory) for every other start.
        self.deps.shortcuts.remember_bound = self.deps.state_store.mark_shortcuts_bound
        if self.deps.state_store.shortcuts_bound():
            QTimer.singleShot(0, self.deps.shortcuts.restore)
        problems = self.deps.startup_problems
        for problem in problems:
            log.warning("%s", problem)
        if problems:
            body = problems[0]
            if more := len(problems) - 1:
                body += " " + self.tr("(and %n more in the log)", "", more)
            self.notifier.notify(self.tr("microbreak: check your settings"), body)

    def dispatch(self, event: Event) -> list[Effect]:
        """The one way into the engine: apply what it says, then bring every view up to date."""
        effects = self.engine.handle(event)
        self._apply(effects)
        self._refresh()
        self.monitor.reschedule()
        return effects

    def _tray_changed(self, shown: bool) -> None:
        log.info("system tray %s", "appeared: showing the icon" if shown else "went away")
        self._refresh()  # the icon has its picture before it is shown
        self.windows.tray_changed(shown)
        if not shown:
            self._refresh()

    def show_status(self) -> None:
        """The status window, up to date and in front (icon click, second launch)."""
        self.windows.show_status()
        self._refresh()
        assert self.windows.status_window is not None
        self.windows.status_window.bring_forward()

    def _on_wakeup(self) -> None:
        # First what the OS did not announce (a suspend, a clock change) and
        # whether the person is busy right now; then the deadline itself.
        self.monitor.before_wakeup()
        self.dispatch(Tick())
        # Breaks kept in memory while the history could not be written (a full
        # disk, another program's lock) go to the file as soon as it takes
        # them, not only at the next break's record.
        self.history.retry_if_due()

    def handle_control(self, line: bytes) -> bytes:
        """Answer one control request line from ``microbreak <command>``."""
        try:
            request = parse_request(line)
        except ProtocolError as exc:
            log.info("bad control request: %s", exc)
            return encode_reply(False, str(exc), None)
        command = command_for(
            request,
            self.engine.status(),
            self.clock.now(),
            self._done_so_far,
            local=self.clock.local,
            hours=self.engine.working_hours,
        )
        if command.event is not None:
            effects = self.dispatch(command.event)
            outcome = reply_to(command, effects, self.engine.status(), self.clock.local)
        else:
            assert command.immediate is not None
            outcome = command.immediate
        status = status_json(self.engine.status(), self.clock.now(), __version__, self.clock.local)
        status["idle_source"] = self.monitor.idle_source.name
        if outcome.quit:
            # Reply first; quit once the reply is on its way.
            QTimer.singleShot(0, self.quit)
        if outcome.show:
            QTimer.singleShot(0, self.show_status)
        if outcome.open_window is not None:
            # Like the menu's items: the same Intents signal, after the reply.
            opener = self._window_intents()[outcome.open_window]
            QTimer.singleShot(0, opener.emit)
        return encode_reply(outcome.ok, outcome.message, status)

    def _window_intents(self) -> dict[str, SignalInstance]:
        """The intent each window command of core/control.py stands for."""
        i = self.intents
        return {"settings": i.open_settings, "statistics": i.open_stats, "about": i.open_about}

    def _pause_end(self, choice: str) -> datetime | None:
        """When a pause chosen from the menu ends ("tomorrow": at the start of work)."""
        return pause_end(
            choice, self.clock.now(), local=self.clock.local, hours=self.engine.working_hours
        )

    def _done_so_far(self) -> tuple[str, ...]:
        window = self.windows.break_window_made
        player = window.player if window is not None else None
        return player.summary().completed if player is not None else ()

    def quit(self) -> None:
        log.info("quitting")
        self._save_daily_budget()
        self.stop()
        # A desktop notification outlives its sender: no heads-up for a break
        # that will never come.
        self.deps.heads_up.hide()
        self.deps.shortcuts.close()
        self.windows.hide_all()
        self.history.close()
        self.deps.exit_event_loop()

    def stop(self) -> None:
        """Stop every timer and watcher (quit, and tests that end with the app running)."""
        self.timer.shutdown()
        self.deps.tray_presence.stop()
        self.deps.config_watcher.stop()
        self.monitor.stop()

    # -- effects ---------------------------------------------------------

    def _apply(self, effects: list[Effect]) -> None:
        w = self.windows
        closed = False
        for effect in effects:
            match effect:
                case ArmTimer(at=at):
                    self.timer.arm(at)
                case ShowHeadsUp() if not self.settings.notifications.heads_up:
                    log.info("heads-up not shown: [notifications] heads_up = false")
                    w.prepare_break()
                case ShowHeadsUp(break_at=at, kind=kind, firm=firm):
                    # Firmer (core/escalation.py): the app's own window, not a notification.
                    only = ToastHeadsUp.name if firm else None
                    used = self.deps.heads_up.show(self._heads_up(at, kind, firm), only=only)
                    log.info("heads-up shown through %s", used)
                    w.prepare_break()
                case HideHeadsUp():
                    self.deps.heads_up.hide()
                case ShowBreak(exercise_ids=ids, kind=kind, firm=firm):
                    self.deps.heads_up.hide()
                    w.clear_for_break()  # a message toast too: the break window takes over
                    self._break_kind = kind
                    w.prepare_sounds()
                    w.break_window.start(
                        [self.catalog.exercises[i] for i in ids],
                        movement=kind is BreakKind.MOVEMENT,
                        eyes=kind is BreakKind.EYE,
                        firmness=self.engine.status().firmness if firm else None,
                    )
                case CloseBreak(reason=reason):
                    self._save_rotation()
                    if (bw := w.break_window_made) is not None:  # none: none was shown
                        bw.close_for(reason, self.engine.status().next_break_at)
                        # An eye break counts toward no goal: "0 of 6 breaks
                        # taken" under its "Well done!" would only puzzle.
                        closed = self._break_kind is not BreakKind.EYE
                case Record(kind=kind, detail=detail):
                    log.info("%s %s", kind, detail or "")
                    if kind is RecordKind.NEXT_BREAK_SKIPPED:
                        self._save_rotation()  # it counts toward the next movement break
                    if kind is RecordKind.DAILY_BUDGET_REACHED:
                        self._save_daily_budget()  # told today: not again after a restart
                    self._keep(effect)
                case Notify(title=title, body=body):
                    self.notifier.notify(title, body)
                case Refused(message=message):
                    log.info("refused: %s", message)
                    self.notifier.notify("microbreak", sentence(message))
        self._save_escalation()
        if closed:
            # After the loop: the break's record follows its CloseBreak, and
            # the line on the end screen counts the break just ended.
            self._show_day_progress()
            # What the break made and dropped goes back to the system, so
            # memory at rest does not wander from one break to the next.
            self.deps.heap.trim()

    def _show_day_progress(self) -> None:
        """Today's progress on the end screen: the statistics window's numbers."""
        bw = self.windows.break_window_made
        if bw is None or not bw.isVisible() or not bw.on_end_screen():
            return
        now = self.clock.now()
        # Every break (the streak looks back), none of their exercises (not needed).
        records = self.history.breaks(exercises_from=now)
        goal = self.settings.goals.breaks_per_day
        # Imported at the first end screen, not at start (about 2 ms).
        from microbreak.core.stats import summarize  # noqa: PLC0415

        bw.show_progress(summarize(records, now.date(), days=1, goal=goal))

    def _save_rotation(self) -> None:
        store, engine = self.deps.state_store, self.engine
        store.save_rotation(engine.planner.position)
        store.save_movement(engine.movement.since, engine.movement.position)
        store.save_eye_rotation(engine.eyes.position)
        # A break ends a stretch of active time: a good moment to keep the count.
        self._save_daily_budget()

    def _save_daily_budget(self) -> None:
        budget = self.engine.daily_budget.snapshot(self.clock.now())
        self.deps.state_store.save_daily_budget(budget)

    def _save_escalation(self) -> None:
        """The escalation level and the day's skips survive a restart (saved when changed)."""
        saved = self.engine.escalation.saved()
        if saved != self._escalation_saved:
            self._escalation_saved = saved
            self.deps.state_store.save_escalation(saved)

    def _heads_up(
        self, break_at: datetime, kind: BreakKind = BreakKind.MICRO, firm: bool = False
    ) -> HeadsUp:
        """The heads-up with the buttons the engine would accept now, in the current language."""
        settings = self.engine.settings
        status = self.engine.status()
        buttons = [(HeadsUpAction.START, translate("HeadsUpToast", START_LABEL))]
        if can_snooze(status, strict=settings.strict, max_snoozes=settings.max_snoozes):
            label = translate("HeadsUpToast", SNOOZE_MINUTES_LABEL)
            buttons.append((HeadsUpAction.SNOOZE, label.format(n=settings.snooze_minutes)))
        if not settings.strict and skips_left(status):
            buttons.append((HeadsUpAction.SKIP, translate("HeadsUpToast", SKIP_LABEL)))
        seconds = (break_at - self.clock.now()).total_seconds()
        movement = kind is BreakKind.MOVEMENT
        return HeadsUp(
            movement_heads_up_title(seconds) if movement else heads_up_title(seconds),
            translate("HeadsUpToast", MOVEMENT_HEADS_UP_BODY if movement else HEADS_UP_BODY),
            tuple(buttons),
            seconds,
            firmness_why(status.firmness) if firm else "",
        )

    def _history_problem(self, message: str) -> None:
        self.notifier.notify(self.tr("microbreak: break history"), message)

    def _keep(self, record: Record) -> None:
        """Write a record to the history; apply retention once a day; update the window."""
        self.history.record(record)
        if record.at.date() != self._pruned_on:
            self._pruned_on = record.at.date()
            self.history.prune(record.at, self.settings.history.keep_days)
        self.windows.refresh_stats()

    def _refresh(self) -> None:
        status = self.engine.status()
        strict = self.engine.settings.strict
        max_snoozes = self.engine.settings.max_snoozes
        w = self.windows
        self.tray.set_status(status, strict=strict, max_snoozes=max_snoozes)
        if w.status_window is not None:
            w.status_window.set_status(status, strict=strict, max_snoozes=max_snoozes)
        w.allow_snooze(can_snooze(status, strict=strict, max_snoozes=max_snoozes))
        w.allow_skip_today(skips_left(status))


def sentence(message: str) -> str:
    """ "a break is already in progress" -> "A break is already in progress."

    A message that already ends in punctuation keeps it, and one in Japanese
    or Chinese (wide characters) ends as it is: "。" is the translator's to add.
    """
    last = message[-1:]
    ends = not last or unicodedata.category(last).startswith("P")
    wide = bool(last) and unicodedata.east_asian_width(last) in ("W", "F")
    return message[:1].upper() + message[1:] + ("" if ends or wide else ".")
