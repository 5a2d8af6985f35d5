"""Applying settings while the app runs: from the dialog, a hand edit, or at start.

Each setting takes effect at once, without a restart. The engine hears of
schedule and working-hours changes through the one dispatch; everything
else (sounds, the break window's options, the exercise rotation, the
language, start at login) is set on its owner here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from microbreak.app.deps import AppDeps
from microbreak.app.windows import SettingsHooks, Windows
from microbreak.core import i18n
from microbreak.core.events import DailyBudgetChanged, SettingsChanged, Tick, WorkingHoursChanged
from microbreak.core.settings import DEFAULT_EXERCISES, Settings
from microbreak.infra.config_store import SettingsNotSavedError, load_config, save_settings
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.platform.autostart import AutostartError
from microbreak.platform.awareness import busy_kinds_wanted

log = logging.getLogger("microbreak")


class SettingsApplier(QObject):
    # The windows were rebuilt in a new language: they need the status again.
    retranslated = Signal()

    def __init__(self, deps: AppDeps, windows: Windows) -> None:
        super().__init__()
        self._d = deps
        self._windows = windows
        self.settings = deps.settings
        windows.hooks = SettingsHooks(
            applied=self.apply,
            reload_exercises=self.reload_exercises,
            open_config_file=self.open_config_file,
            current=lambda: self.settings,
            goal=lambda: self.settings.goals.breaks_per_day,
        )
        deps.config_watcher.changed.connect(self.config_file_changed)
        self.use_exercises(self.settings, deps.state_store.load_rotation())
        self.use_movement(self.settings)
        self.use_eyes(self.settings, deps.state_store.load_eye_rotation())
        self.use_escalation(self.settings)

    def at_start(self) -> None:
        """Settings changed while the app was closed (a hand edit, import-settings)
        take effect now: the login entry is made to match ``[startup] autostart``."""
        wanted = self.settings.startup.autostart
        try:
            present = self._d.autostart.is_enabled()
        except OSError as exc:
            log.warning("autostart (%s): %s", self._d.autostart.name, exc)
            return
        if present != wanted:
            self.set_autostart(wanted)

    def apply(self, new: Settings, *, save: bool = True) -> None:
        """Save settings from the dialog and use them now, without a restart."""
        d = self._d
        old = self.settings
        try:
            if save:
                save_settings(d.paths.config_file, new, d.clock.now())
        except OSError as exc:
            log.error("settings could not be saved: %s", exc)
            d.notifier.notify(
                self.tr("microbreak: settings not saved"),
                self.tr(
                    "{path} could not be written ({problem}); "
                    "the new settings apply until microbreak quits."
                ).format(path=d.paths.config_file, problem=exc.strerror or exc),
            )
        except SettingsNotSavedError as exc:
            # The file does not parse (a hand edit under way?) or cannot be
            # read: it is left exactly as it is, as the watcher leaves it.
            log.error("settings not saved: %s", exc)
            d.notifier.notify(
                self.tr("microbreak: settings not saved"),
                self.tr(
                    "{problem} Meanwhile the new settings apply until microbreak quits."
                ).format(problem=exc),
            )
        self.settings = new
        if new.exercises != old.exercises:
            self.use_exercises(new)
            d.state_store.save_rotation(d.engine.planner.position)
        if new.movement != old.movement:
            self.use_movement(new)
        if new.eyes != old.eyes:
            self.use_eyes(new)
            d.state_store.save_eye_rotation(d.engine.eyes.position)
            # The eye rhythm moves the engine's one wake-up: a Tick makes it
            # look at the time again and arm the timer (an eye break now due opens).
            d.dispatch(Tick())
        if new.escalation != old.escalation:
            self.use_escalation(new)
        if new.daily_budget != old.daily_budget:
            d.dispatch(DailyBudgetChanged(new.daily_budget.hours))
        if new.working_hours != old.working_hours:
            d.dispatch(WorkingHoursChanged(new.working_hours))
        if new.schedule != old.schedule:
            # The engine keeps the time already worked, and a break that is
            # already announced or open keeps its time; the next one follows.
            d.dispatch(SettingsChanged(new.schedule))
        if new.do_not_disturb != old.do_not_disturb:
            d.monitor.want_busy_kinds(busy_kinds_wanted(new.do_not_disturb))
            d.monitor.count_watching_as_activity(new.do_not_disturb.watching_counts_as_activity)
        d.sounds.update(new.sound)
        self._windows.break_options(new)
        if new.startup.autostart != old.startup.autostart:
            self.set_autostart(new.startup.autostart)
        if self._windows.stats_window is not None:
            self._windows.stats_window.set_goal(new.goals.breaks_per_day)
        if new.interface.language != old.interface.language and d.use_language(
            new.interface.language
        ):
            # After the dialog's own OK or Apply has run: it is rebuilt too.
            QTimer.singleShot(0, self._retranslate)
        log.info("settings applied")

    def config_file_changed(self) -> None:
        """config.toml changed on disk: use what it now says (never rewrite it here)."""
        d = self._d
        loaded = load_config(d.paths.config_file, d.clock.now(), create=False)
        for problem in loaded.problems:
            log.warning("%s", problem)
        title = self.tr("microbreak: check your settings")
        if not loaded.readable:
            # Half-way through an edit, perhaps: keep the settings in use.
            d.notifier.notify(
                title,
                loaded.problems[0].replace("using defaults", "the settings in use are kept"),
            )
            return
        if loaded.problems and loaded.problems != loaded.warnings:
            d.notifier.notify(title, loaded.problems[0])
        if loaded.settings != self.settings:
            log.info("config.toml changed on disk; applying it")
            self.apply(loaded.settings, save=False)
            dialog = self._windows.settings_dialog
            if dialog is not None and not dialog.isVisible():
                dialog.set_settings(loaded.settings)

    def open_config_file(self) -> None:
        """Open ``config.toml`` in the user's editor (the dialog shows every key but a few)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._d.paths.config_file)))

    def set_autostart(self, on: bool) -> None:
        autostart = self._d.autostart
        try:
            autostart.set_enabled(on)
        except AutostartError as exc:
            log.warning("autostart (%s): %s", autostart.name, exc)
            text = str(exc)
            self._d.notifier.notify(
                self.tr("microbreak: start at login"), text[:1].upper() + text[1:]
            )
        else:
            log.info("autostart %s through %s", "on" if on else "off", autostart.name)

    def reload_exercises(self) -> None:
        """Read the exercise files again (the user's own included) and use them."""
        catalog = self._d.catalog
        fresh = load_exercises(
            builtin_exercises_dir(), self._d.paths.user_exercises_dir, language=i18n.language()
        )
        # Updated in place: the break window holds these very dicts.
        catalog.exercises.clear()
        catalog.exercises.update(fresh.exercises)
        catalog.pictures.clear()
        catalog.pictures.update(fresh.pictures)
        catalog.errors[:] = fresh.errors
        self.use_exercises(self.settings)
        self.use_movement(self.settings)
        self.use_eyes(self.settings)
        dialog = self._windows.settings_dialog
        if dialog is not None:
            dialog.set_catalog(catalog.exercises, catalog.pictures, catalog.errors)

    def use_exercises(self, settings: Settings, position: int | None = None) -> None:
        """Point the planner at the chosen exercises that exist; keep its place."""
        known = self._d.catalog.exercises
        selection = self._existing(settings.exercises.selected, "chosen")
        if not selection:
            selection = [i for i in DEFAULT_EXERCISES if i in known]
        if not selection:
            selection = sorted(known)
        if not selection:
            return  # no exercise files at all: keep what the planner has
        per_break = settings.exercises.count(len(selection))
        self._d.engine.planner.reconfigure(selection, per_break, position)

    def _existing(self, ids: Sequence[str], which: str) -> list[str]:
        """The ``ids`` the catalogue has, in order; the others named in the log
        (an exercise file removed, or a typo in config.toml)."""
        known = self._d.catalog.exercises
        missing = [i for i in ids if i not in known]
        if missing:
            log.warning("%s exercises not found (skipped): %s", which, ", ".join(missing))
        return [i for i in ids if i in known]

    def use_movement(self, settings: Settings) -> None:
        """Give the engine's movement breaks their rhythm and the exercises that exist."""
        known = self._d.catalog.exercises
        chosen = self._existing(settings.movement.exercises, "movement")
        self._d.engine.movement.reconfigure(
            settings.movement.every,
            chosen,
            seconds={i: known[i].seconds for i in chosen},
            minutes=settings.movement.minutes,
        )

    def use_eyes(self, settings: Settings, position: int | None = None) -> None:
        """Give the engine's eye breaks their rhythm and the eye exercises that exist;
        ``position`` (the saved rotation, at start) or else their place is kept."""
        known = self._d.catalog.exercises
        eyes = settings.eyes
        chosen = self._existing(eyes.exercises, "eye")
        self._d.engine.eyes.reconfigure(
            eyes.enabled,
            eyes.every,
            chosen,
            seconds=eyes.seconds,
            durations={i: known[i].seconds for i in chosen},
            position=position,
        )

    def use_escalation(self, settings: Settings) -> None:
        """[escalation]: gentle escalation on or off, the skip budget, longer postponed breaks."""
        e = settings.escalation
        self._d.engine.escalation.reconfigure(
            gentle=e.gentle, daily_skips=e.daily_skips, postponed_longer=e.postponed_longer
        )

    def _retranslate(self) -> None:
        self.reload_exercises()
        self._windows.retranslate()
        self.retranslated.emit()
