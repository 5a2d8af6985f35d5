"""How each window is made: the only code that constructs the app's widgets.

Windows are made at start (the heads-up toast, the status window), during
the first heads-up (the break window), when first opened (statistics,
settings, about: most days nobody opens them), and again after a change of
language. All of that goes through here, so the look of a window is decided
in one place. The modules of the windows made later are imported when they
are first made: an app that waits between breaks need not hold them.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from microbreak.core.clock import Clock
from microbreak.core.settings import DEFAULT_EXERCISES, Settings
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import ExerciseCatalog, translations_dir
from microbreak.infra.sound import SoundPlayer
from microbreak.infra.speech import Speaker
from microbreak.ui.heads_up_toast import HeadsUpToast
from microbreak.ui.intents import ActionsMenu, Intents
from microbreak.ui.tray import StatusWindow

if TYPE_CHECKING:
    from microbreak.infra.history_on_demand import HistoryOnDemand
    from microbreak.ui.about import AboutWindow, HealthNotice
    from microbreak.ui.break_window import BreakWindow
    from microbreak.ui.settings_dialog import SettingsDialog
    from microbreak.ui.shortcuts_offer import ShortcutsHost
    from microbreak.ui.stats_window import StatsWindow


class WindowFactory:
    def __init__(
        self,
        *,
        clock: Clock,
        paths: AppPaths,
        catalog: ExerciseCatalog,
        history: HistoryOnDemand,
        intents: Intents,
        sounds: SoundPlayer,
        speaker: Speaker,
        icon_file: Path,
        shortcuts: ShortcutsHost | None = None,
    ) -> None:
        self._clock = clock
        self._paths = paths
        self._catalog = catalog
        self._history = history
        self._intents = intents
        self._sounds = sounds
        self._speaker = speaker
        self._icon_file = icon_file
        self._shortcuts = shortcuts

    @cached_property
    def icon(self) -> QIcon:
        """The app's icon, read when the first window is made, not at start:
        an SVG icon loads Qt's SVG engine, about 2 MB that an app waiting in
        the tray (whose icon is drawn) does not need. Every window made later
        gets it from the application too."""
        icon = QIcon(str(self._icon_file))
        QApplication.setWindowIcon(icon)
        return icon

    def break_window(self, settings: Settings) -> BreakWindow:
        from microbreak.ui.break_window import BreakWindow  # noqa: PLC0415  (see the docstring)

        window = BreakWindow(
            self._clock,
            self._catalog.pictures,
            snooze_minutes=settings.schedule.snooze_minutes,
            allow_skip=not settings.schedule.strict,
            reduced_motion=settings.accessibility.reduced_motion,
            sounds=self._sounds,
            voice=self._speaker,
            speak_steps=settings.guidance.speak_steps,
        )
        window.setWindowIcon(self.icon)
        return window

    def prepare_sounds(self) -> None:
        """A break is near (its heads-up, or it opens unannounced): the chimes
        loaded then, so the first one is on time, or a sound server that was
        silent asked again."""
        self._sounds.prepare()

    def toast(self) -> HeadsUpToast:
        return HeadsUpToast()

    def status_window(self, *, only_handle: bool) -> StatusWindow:
        return StatusWindow(self._clock, self._intents, self.icon, only_handle=only_handle)

    def actions_menu(self) -> ActionsMenu:
        return ActionsMenu(self._intents)

    def health_notice(self) -> HealthNotice:
        from microbreak.ui.about import HealthNotice  # noqa: PLC0415

        notice = HealthNotice()
        notice.setWindowIcon(self.icon)
        return notice

    def about_window(self) -> AboutWindow:
        from microbreak.ui.about import AboutWindow  # noqa: PLC0415

        window = AboutWindow(list(self._catalog.exercises.values()), DEFAULT_EXERCISES)
        window.setWindowIcon(self.icon)
        return window

    def stats_window(self, goal: int) -> StatsWindow:
        from microbreak.ui.stats_window import StatsWindow  # noqa: PLC0415

        names = {i: ex.name for i, ex in self._catalog.exercises.items()}
        window = StatsWindow(self._clock, self._history, goal=goal, names=names)
        window.setWindowIcon(self.icon)
        return window

    def settings_dialog(self, settings: Settings) -> SettingsDialog:
        from microbreak.ui.language import available_languages  # noqa: PLC0415
        from microbreak.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        dialog = SettingsDialog(
            self._clock,
            settings,
            self._catalog.exercises,
            self._catalog.pictures,
            self._catalog.errors,
            config_file=self._paths.config_file,
            languages=available_languages(translations_dir()),
            shortcuts=self._shortcuts,
        )
        dialog.setWindowIcon(self.icon)
        return dialog
