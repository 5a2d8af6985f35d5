"""Window lifetimes: which windows exist, when they are made, shown and replaced.

The heads-up toast and (without a tray) the status window live as long as
the app. The break window is made during the heads-up before the first break
(:meth:`Windows.prepare_break`), or when a break opens unannounced, and kept
from then on: an app that waits all day does not carry a window it may not
show for an hour. Statistics, settings, about and the health notice are made
when first opened; their modules are imported then too. A change of
language replaces them all, except a break in progress, which keeps its
window (and its language) until it ends.

Every window's intents go to the one dispatch; the keeper decides nothing
about the schedule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from microbreak.app.deps import Dispatch
from microbreak.app.window_factory import WindowFactory
from microbreak.core.events import (
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    ExerciseDone,
    SkipNextRequested,
    SnoozeRequested,
)
from microbreak.core.settings import Settings
from microbreak.infra.state_store import StateStore
from microbreak.platform.notifications import NotifierChain
from microbreak.ui.heads_up_toast import HeadsUpToast
from microbreak.ui.tray import StatusWindow, Tray

if TYPE_CHECKING:  # imported by the factory when first made
    from microbreak.ui.about import AboutWindow, HealthNotice
    from microbreak.ui.break_window import BreakWindow
    from microbreak.ui.settings_dialog import SettingsDialog
    from microbreak.ui.stats_window import StatsWindow


@dataclass
class SettingsHooks:
    """Where the settings dialog's requests go (the settings applier)."""

    applied: Callable[[Settings], None]
    reload_exercises: Callable[[], None]
    open_config_file: Callable[[], None]
    current: Callable[[], Settings]
    goal: Callable[[], int]


class Windows:
    def __init__(
        self,
        make: WindowFactory,
        dispatch: Dispatch,
        state_store: StateStore,
        notifier: NotifierChain,
        settings: Settings,
        *,
        tray: Tray,
        tray_shown: bool,
    ) -> None:
        self._make = make
        self._dispatch = dispatch
        self._state_store = state_store
        self._notifier = notifier
        self.hooks: SettingsHooks | None = None  # set by the settings applier
        self.tray = tray
        # Whether a tray host shows the icon now (it may come and go).
        self.tray_shown = tray_shown
        # Without a tray: the app's window from the start. With one: made when
        # the icon is clicked or a second launch asks for it.
        self.status_window: StatusWindow | None = (
            None if tray_shown else make.status_window(only_handle=True)
        )
        self.toast = self._new_toast()
        self._settings_at_start = settings  # until the applier's hooks are set
        self._break_window: BreakWindow | None = None  # see prepare_break
        self._snooze_ok = True
        self._skips_left = True  # [escalation] daily_skips
        self._break_window_stale = False  # the language changed during a break
        self.health_notice: HealthNotice | None = None
        # The notice was open when a break came: it steps aside and comes back after.
        self._notice_after_break = False
        self.about_window: AboutWindow | None = None
        self.stats_window: StatsWindow | None = None
        self.settings_dialog: SettingsDialog | None = None

    # -- the ones that live as long as the app ---------------------------

    def _new_toast(self) -> HeadsUpToast:
        toast = self._make.toast()
        toast.start_clicked.connect(lambda: self._dispatch(BreakNowRequested()))
        toast.snooze_clicked.connect(lambda: self._dispatch(SnoozeRequested()))
        toast.skip_clicked.connect(lambda: self._dispatch(SkipNextRequested()))
        return toast

    @property
    def break_window(self) -> BreakWindow:
        """The break window, made now if no heads-up has made it yet."""
        if self._break_window is None:
            settings = self.hooks.current() if self.hooks else self._settings_at_start
            self._break_window = self._new_break_window(settings)
            self._break_window.allow_snooze(self._snooze_ok)
            self._break_window.allow_skip_today(self._skips_left)
        return self._break_window

    @property
    def break_window_made(self) -> BreakWindow | None:
        """The break window if it exists; asking never makes one."""
        return self._break_window

    def prepare_break(self) -> None:
        """A break is coming (its heads-up): make its window now, off the
        break's own path, so it opens as quickly as one made at start."""
        _ = self.break_window
        self.prepare_sounds()

    def prepare_sounds(self) -> None:
        """A break opens: its chimes ready (a window kept from an earlier
        break does not ask a sound server that was silent then)."""
        self._make.prepare_sounds()

    def allow_snooze(self, allowed: bool) -> None:
        self._snooze_ok = allowed
        if self._break_window is not None:
            self._break_window.allow_snooze(allowed)
        self.toast.allow_snooze(allowed)

    def allow_skip_today(self, allowed: bool) -> None:
        """The daily skip budget: with none left, the break window offers no Skip."""
        self._skips_left = allowed
        if self._break_window is not None:
            self._break_window.allow_skip_today(allowed)

    def break_options(self, settings: Settings) -> None:
        """New settings: a window not yet made takes them when it is."""
        if self._break_window is not None:
            self._break_window.set_options(
                snooze_minutes=settings.schedule.snooze_minutes,
                allow_skip=not settings.schedule.strict,
                reduced_motion=settings.accessibility.reduced_motion,
                speak_steps=settings.guidance.speak_steps,
            )

    def _new_break_window(self, settings: Settings) -> BreakWindow:
        bw = self._make.break_window(settings)
        d = self._dispatch
        bw.finished.connect(lambda s: d(BreakFinished(s.completed, s.exercises)))
        bw.skipped.connect(lambda s: d(BreakSkipped(s.completed, s.exercises)))
        bw.exercise_done.connect(lambda result: d(ExerciseDone(result)))
        bw.snooze_requested.connect(lambda: d(SnoozeRequested()))
        # Queued: the window is replaced after its own hide has finished.
        bw.hidden.connect(self._replace_if_stale, Qt.ConnectionType.QueuedConnection)
        bw.hidden.connect(self._notice_back, Qt.ConnectionType.QueuedConnection)
        return bw

    def clear_for_break(self) -> None:
        """A break is opening: the heads-up goes, and an unread health notice steps
        aside (two windows asking for attention at once, the notice possibly
        covering the exercise), to come back when the break is over."""
        self.toast.hide()
        notice = self.health_notice
        if notice is not None and notice.isVisible():
            notice.hide()  # hidden, not dismissed: not marked as seen
            self._notice_after_break = True

    def _notice_back(self) -> None:
        if self._notice_after_break and not self.break_window.isVisible():
            self._notice_after_break = False
            self.show_health_notice()

    def _replace_if_stale(self) -> None:
        """The break window went away: one kept through a language change is
        replaced (made again in the new language when next wanted)."""
        bw = self._break_window
        if self._break_window_stale and (bw is None or not bw.isVisible()):
            self._break_window = None
            self._break_window_stale = False

    # -- made when first opened ------------------------------------------

    def tray_changed(self, shown: bool) -> None:
        """A tray host came or went: the icon follows, and the status window
        becomes a panel beside it or, without it, the app's handle again."""
        self.tray_shown = shown
        if shown:
            self.tray.show()
            window = self.status_window
            if window is not None and window.only_handle:
                # It was up only because there was no tray; the icon is the handle now.
                window.set_only_handle(False)
                window.hide()
        else:
            self.tray.hide()
            window = self.show_status()
            window.set_only_handle(True)
            window.show()

    def show_status(self) -> StatusWindow:
        """Bring the status window forward (making it, beside a tray, on first use).

        Returns it so the caller can fill in the status before it is painted.
        """
        if self.status_window is None:
            self.status_window = self._make.status_window(only_handle=False)
        return self.status_window

    def show_health_notice(self) -> None:
        if self.health_notice is None:
            self.health_notice = self._make.health_notice()
            self.health_notice.dismissed.connect(self._state_store.mark_health_notice_seen)
        _bring_forward(self.health_notice, activate=False)

    def open_about(self) -> None:
        if self.about_window is None:
            self.about_window = self._make.about_window()
            self.about_window.show_notice.connect(self.show_health_notice)
        _bring_forward(self.about_window, activate=False)

    def open_stats(self) -> None:
        assert self.hooks is not None
        if self.stats_window is None:
            self.stats_window = self._make.stats_window(self.hooks.goal())
        self.stats_window.refresh()
        _bring_forward(self.stats_window)

    def open_settings(self) -> None:
        hooks = self.hooks
        assert hooks is not None
        if self.settings_dialog is None:
            self.settings_dialog = self._make.settings_dialog(hooks.current())
            self.settings_dialog.applied.connect(hooks.applied)
            self.settings_dialog.reload_requested.connect(hooks.reload_exercises)
            self.settings_dialog.open_file_requested.connect(hooks.open_config_file)
        else:
            self.settings_dialog.set_settings(hooks.current())
        _bring_forward(self.settings_dialog)

    def refresh_stats(self) -> None:
        if self.stats_window is not None and self.stats_window.isVisible():
            self.stats_window.refresh()

    # -- a new language --------------------------------------------------

    def retranslate(self) -> None:
        """Rebuild every window in the new language, leaving an open break as it is.

        The old windows are hidden and let go: with no parent and no reference
        left, Python frees them (deleteLater would pull them from under a test
        that still holds one).
        """
        self.tray.set_menu(self._make.actions_menu())
        if self.status_window is not None:
            was_open = self.status_window.isVisible()
            self.status_window.hide()
            self.status_window = self._make.status_window(only_handle=not self.tray_shown)
            if was_open or not self.tray_shown:
                self.status_window.show()
        old_toast, self.toast = self.toast, self._new_toast()
        self._notifier.replace(old_toast, self.toast)
        old_toast.hide()
        self._break_window_stale = True  # an open break keeps it until it ends
        self._replace_if_stale()
        self._reopen_later()

    def _reopen_later(self) -> None:
        """Drop the made-when-opened windows; reopen the ones that were open."""
        tab = self.settings_dialog.tabs.currentIndex() if self.settings_dialog else 0
        reopen: list[Callable[[], None]] = []
        for window, open_again in (
            (self.stats_window, self.open_stats),
            (self.about_window, self.open_about),
            (self.health_notice, self.show_health_notice),
            (self.settings_dialog, self.open_settings),
        ):
            if window is not None:
                if window.isVisible():
                    reopen.append(open_again)
                window.hide()
        self.stats_window = self.about_window = None
        self.health_notice = None
        self.settings_dialog = None
        for open_again in reopen:
            open_again()
        if self.settings_dialog is not None:
            self.settings_dialog.tabs.setCurrentIndex(tab)

    # -- at the end ------------------------------------------------------

    def hide_all(self) -> None:
        for window in (
            self._break_window,
            self.toast,
            self.status_window if self.tray_shown else None,
            self.health_notice,
            self.about_window,
            self.stats_window,
            self.settings_dialog,
        ):
            if window is not None:
                window.hide()
        self.tray.hide()


def _bring_forward(window: QWidget, *, activate: bool = True) -> None:
    window.show()
    window.raise_()
    if activate:
        window.activateWindow()
