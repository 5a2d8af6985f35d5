"""``microbreak --self-check``: is everything the app needs really there?

Made for a frozen bundle (PyInstaller leaves out what it cannot see being
imported) and for a person reporting a problem. It loads the settings and
every built-in exercise (drawing each figure offscreen, reading each SVG
picture), the icons and the sounds, checks that what plays the chimes on
this platform loads (libpulse-simple on Linux, winsound on Windows, and
QtMultimedia, the fallback), that Qt has its platform, image and icon
plugins, and opens and closes the real break window offscreen. It prints
one line per check and exits 0, or 1 with what is missing.

It needs no display (Qt runs offscreen) and changes nothing of the user's:
the config file is read from a temporary copy, so a broken file is neither
renamed nor rewritten, and the instance lock and control socket are not
touched. A problem in the user's own files (config, custom exercises) is a
note, not a failure: the app starts with defaults then.

A composition-level module like ``app``: it may import ui and infra.
"""

from __future__ import annotations

import os
import sys
import tempfile
import warnings
import wave
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from microbreak import __version__
from microbreak.infra.system_clock import SystemClock

if TYPE_CHECKING:
    from microbreak.core.exercise import Exercise

EXIT_OK, EXIT_MISSING = 0, 1

# Qt messages the offscreen platform prints for things it simply cannot do.
_HARMLESS_QT_MESSAGES = (
    "This plugin does not support",
    "QSystemTrayIcon::setVisible: No Icon set",
    "pipewire",  # QtMultimedia probes for PipeWire; absent on many systems
)


@dataclass
class Report:
    """What the checks found, in words for a person."""

    passed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.passed.append(text)

    def note(self, text: str) -> None:
        self.notes.append(text)

    def fail(self, text: str) -> None:
        self.problems.append(text)

    def run(self, name: str, check: Callable[[Report], None]) -> None:
        """Run one check; an exception inside it is a failure, not a crash."""
        try:
            check(self)
        except Exception as exc:  # a self-check reports, it does not crash
            self.fail(f"{name}: {type(exc).__name__}: {exc}")

    def print(self, out: TextIO) -> None:
        for line in self.passed:
            print(f"ok    {line}", file=out)
        for line in self.notes:
            print(f"note  {line}", file=out)
        for line in self.problems:
            print(f"FAIL  {line}", file=out)
        if self.problems:
            print(f"self-check failed: {len(self.problems)} problem(s)", file=out)
        else:
            print("self-check passed", file=out)


# -- checks that need no Qt ----------------------------------------------


def check_sounds(folder: Path, report: Report) -> None:
    """Every ``*.wav`` must be a readable, non-empty WAV file. None at all is fine."""
    sounds = sorted(folder.glob("*.wav")) if folder.is_dir() else []
    if not sounds:
        report.ok("sounds: no sounds shipped")
        return
    bad = 0
    for path in sounds:
        try:
            with wave.open(str(path), "rb") as wav:
                frames = wav.getnframes()
        except (OSError, EOFError, wave.Error) as exc:
            report.fail(f"sound {path.name} cannot be read: {exc}")
            bad += 1
            continue
        if frames == 0:
            report.fail(f"sound {path.name} is empty")
            bad += 1
    if not bad:
        report.ok(f"sounds: {len(sounds)} WAV file(s) read")


def check_settings(config_file: Path, report: Report) -> None:
    """Load the user's settings from a temporary copy: never rename or rewrite theirs."""
    from microbreak.infra.config_store import load_config  # noqa: PLC0415
    from microbreak.infra.safe_read import UnreadableFileError, read_file_bytes  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="microbreak-self-check-") as tmp:
        copy = Path(tmp) / "config.toml"
        where = "defaults (no config file yet)"
        if config_file.exists():
            # Read the way the app reads it: a FIFO or a huge file is named, not copied.
            try:
                copy.write_bytes(read_file_bytes(config_file))
                where = str(config_file)
            except UnreadableFileError as exc:
                report.note(f"{exc}; the app starts on defaults")
                where = "defaults (the config file cannot be read)"
        loaded = load_config(copy, SystemClock().now())
    for problem in loaded.problems:
        # The app starts anyway, on defaults for what is wrong.
        report.note(problem.replace(str(copy), str(config_file)))
    s = loaded.settings.schedule
    report.ok(
        f"settings: {where}: a break every {s.interval_minutes} min, "
        f"{s.heads_up_seconds} s heads-up, {s.snooze_minutes} min snooze"
    )


# -- checks that need Qt (offscreen) ---------------------------------------


def _plugin_dirs() -> list[Path]:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    return [Path(p) for p in QCoreApplication.libraryPaths()]


def _plugins(kind: str) -> set[str]:
    """Names of the Qt plugins of one kind (``platforms``, ``imageformats``...)."""
    names: set[str] = set()
    for folder in _plugin_dirs():
        for path in (folder / kind).glob("*"):
            if path.suffix in (".so", ".dll", ".dylib"):
                stem = path.name.split(".")[0]
                names.add(stem.removeprefix("lib").removeprefix("q"))
    return names


def check_qt_plugins(report: Report, platform: str = sys.platform) -> None:
    from PySide6.QtGui import QImageReader  # noqa: PLC0415

    platforms = _plugins("platforms")
    wanted = {"linux": {"xcb", "wayland"}, "win32": {"windows"}, "darwin": {"cocoa"}}.get(
        platform, set()
    )
    if wanted and not wanted & platforms:
        report.fail(
            f"Qt platform plugin missing: none of {', '.join(sorted(wanted))} in "
            f"{', '.join(str(p) for p in _plugin_dirs()) or 'no plugin folder'}"
        )
    else:
        report.ok(f"Qt platform plugins: {', '.join(sorted(platforms)) or 'built in'}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        report.fail("Qt cannot read SVG pictures: the imageformats/qsvg plugin is missing")
    else:
        report.ok("Qt reads SVG (imageformats plugin)")


def check_session_display(session: dict[str, str], report: Report) -> None:
    from microbreak.display_check import check_display  # noqa: PLC0415

    result = check_display(session, _plugin_dirs())
    if result is None:
        report.note("no display in this session: the window system is tried where there is one")
    elif result.ok:
        report.ok(result.text)
    else:
        report.fail(result.text)


def check_icons(names: Iterable[str], report: Report) -> None:
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    from microbreak.infra.resources import icon_path  # noqa: PLC0415

    for name in names:
        path = icon_path(name)
        if not path.is_file():
            report.fail(f"icon {name} is missing (looked for {path})")
            continue
        if not QSvgRenderer(str(path)).isValid():
            report.fail(f"icon {name} is not a valid SVG")
            continue
        # QIcon draws SVG through the iconengines/qsvgicon plugin.
        if QIcon(str(path)).pixmap(32, 32).isNull():
            report.fail(f"icon {name} cannot be drawn: the iconengines/qsvgicon plugin is missing")
            continue
        report.ok(f"icon {name}")


def check_exercises(folders: Sequence[Path], report: Report) -> None:
    """Load the built-in exercises (any problem fails) and the user's (a note).

    Every figure exercise is drawn offscreen in each of its poses, and every
    SVG picture is parsed: a bundle missing what draws them fails here.
    """
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    from microbreak.infra.resources import load_exercises  # noqa: PLC0415

    builtin, *user = folders
    catalog = load_exercises(builtin)
    for error in catalog.errors:
        report.fail(f"built-in exercise: {error}")
    if not catalog.exercises:
        report.fail(f"no built-in exercises found in {builtin}")
        return
    bad = 0
    figures = 0
    for ex in catalog.exercises.values():
        if ex.figure is None:
            continue
        figures += 1
        blank = _blank_poses(ex)
        if blank:
            report.fail(f"figure of {ex.id} drew nothing in pose(s) {', '.join(blank)}")
            bad += 1
    pictures = 0
    for ex_id, paths in catalog.pictures.items():
        for path in paths:
            pictures += 1
            if not QSvgRenderer(str(path)).isValid():
                report.fail(f"picture {path.name} of {ex_id} is not a valid SVG")
                bad += 1
    if not catalog.errors and not bad:
        drawn = [f"{figures} drawn as figures"]
        if pictures:
            drawn.append(f"{pictures} SVG pictures drawn")
        report.ok(f"exercises: {len(catalog.exercises)} built in, {', '.join(drawn)}")
    if user and user[0].is_dir():
        mine = load_exercises(*user)
        for error in mine.errors:
            report.note(f"your exercise: {error}")
        if mine.exercises:
            report.ok(f"your exercises: {len(mine.exercises)} in {user[0]}")


FIGURE_CHECK_SIZE = 96  # pixels: enough to tell a drawn figure from a blank square


def _blank_poses(ex: Exercise) -> list[str]:
    """The names of ``ex``'s poses whose offscreen drawing is empty (or raised)."""
    from PySide6.QtGui import QColor  # noqa: PLC0415

    from microbreak.core.figure_motion import FigureFrame  # noqa: PLC0415
    from microbreak.ui.figure_paint import still_image  # noqa: PLC0415

    assert ex.figure is not None
    background = QColor("#ffffff")
    blank = []
    for name, pose in zip(ex.figure.names, ex.figure.poses, strict=True):
        frame = FigureFrame(pose, (pose,), 1.0, False)
        image = still_image(ex, frame, FIGURE_CHECK_SIZE, dark=False, background=background)
        inked = sum(
            image.pixelColor(x, y) != background
            for x in range(0, FIGURE_CHECK_SIZE, 3)
            for y in range(0, FIGURE_CHECK_SIZE, 3)
        )
        if inked < 30:
            blank.append(name)
    return blank


def check_translations(folder: Path, report: Report) -> None:
    """Every shipped catalogue must load (a missing one only means English)."""
    from PySide6.QtCore import QTranslator  # noqa: PLC0415

    catalogues = sorted(folder.glob("microbreak_*.qm")) if folder.is_dir() else []
    if not catalogues:
        report.fail(f"translations: no catalogues in {folder}")
        return
    bad = [p.name for p in catalogues if not QTranslator().load(str(p))]
    for name in bad:
        report.fail(f"translation {name} does not load")
    if not bad:
        languages = ", ".join(p.stem.removeprefix("microbreak_") for p in catalogues)
        report.ok(f"translations: {languages}")


def check_break_window(report: Report) -> None:
    """Open the real break window offscreen, let it draw, and close it."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from microbreak.core.settings import DEFAULT_EXERCISES  # noqa: PLC0415
    from microbreak.infra.resources import builtin_exercises_dir, load_exercises  # noqa: PLC0415
    from microbreak.ui.break_window import BreakWindow  # noqa: PLC0415
    from microbreak.ui.heads_up_toast import HeadsUpToast  # noqa: PLC0415

    catalog = load_exercises(builtin_exercises_dir())
    chosen = [catalog.exercises[i] for i in DEFAULT_EXERCISES if i in catalog.exercises]
    if not chosen:
        report.fail("break window: no exercise to show")
        return
    window = BreakWindow(SystemClock(), catalog.pictures, snooze_minutes=5)
    try:
        window.start(chosen[:3])
        QCoreApplication.processEvents()
        window.tick()
        shot = window.grab()
        if not window.isVisible() or shot.isNull():
            report.fail("break window: did not open")
            return
        title = window.title_label.text()
        window.hide()
        report.ok(f"break window opened offscreen ({title!r}, {shot.width()}x{shot.height()})")
    finally:
        window.hide()
        window.deleteLater()
    toast = HeadsUpToast()
    toast.notify("Microbreak in 30 seconds", "self-check")
    toast.hide()
    toast.deleteLater()
    QCoreApplication.processEvents()
    report.ok("heads-up window opened offscreen")


def check_timer(report: Report) -> None:
    """The wall-clock timer (APScheduler on the Qt loop) fires once and shuts down."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    from microbreak.infra.qt_scheduler import WakeupTimer  # noqa: PLC0415

    timer = WakeupTimer()
    loop = QEventLoop()
    fired: list[bool] = []

    def on_fired() -> None:
        fired.append(True)
        loop.quit()

    timer.fired.connect(on_fired)
    QTimer.singleShot(5000, loop.quit)
    try:
        timer.arm(SystemClock().now())
        loop.exec()
    finally:
        timer.shutdown()
        timer.deleteLater()
    if fired:
        report.ok("timer: APScheduler wake-up fired on the Qt event loop")
    else:
        report.fail("timer: the APScheduler wake-up did not fire within 5 s")


def check_chimes(
    report: Report,
    platform: str = sys.platform,
    load_pulse: Callable[[], object] | None = None,
) -> None:
    """What plays the chimes on this platform, as ``infra.sound.system_sound_backend`` picks it.

    Linux: libpulse-simple, from the system (not the bundle), so missing is
    only a note: the chimes then try QtMultimedia, the fallback checked
    next, and are silent if that cannot play either. Windows: the standard
    library's ``winsound``, which the bundle must carry (it is imported by
    name, so PyInstaller needs it as a hidden import); without it the chimes
    fall back to QtMultimedia. macOS: QtMultimedia.
    """
    if platform == "win32":
        import importlib  # noqa: PLC0415

        try:
            importlib.import_module("winsound")
        except ImportError as exc:
            report.fail(f"chimes: winsound cannot be imported ({exc}); QtMultimedia plays them")
        else:
            report.ok("chimes: winsound loads")
        return
    if platform == "darwin":
        report.ok("chimes: through QtMultimedia (no other backend on macOS)")
        return
    if load_pulse is None:
        from microbreak.infra.sound_pulse import load_pulse_simple  # noqa: PLC0415

        load_pulse = load_pulse_simple
    from microbreak.infra.sound import SoundUnavailableError  # noqa: PLC0415

    try:
        lib = load_pulse()
    except SoundUnavailableError as exc:
        report.note(
            f"chimes: {exc}; they fall back to QtMultimedia (checked below), or stay "
            "silent. Install libpulse0 (Debian, Ubuntu) or pulseaudio-libs (Fedora)"
        )
    else:
        name = getattr(lib, "_name", "libpulse-simple")
        report.ok(f"chimes: libpulse-simple loads ({name}); PulseAudio or PipeWire plays them")


def check_multimedia(report: Report, platform: str = sys.platform) -> None:
    """QtMultimedia: the chimes' fallback (their backend on macOS), and what QtTextToSpeech links.

    So the bundle keeps it even where libpulse-simple or winsound plays the chimes.
    """
    role = "the chimes" if platform == "darwin" else "the chimes' fallback and spoken guidance"
    try:
        import PySide6.QtMultimedia  # noqa: F401, PLC0415
    except ImportError as exc:
        report.fail(f"QtMultimedia cannot be loaded, so {role} cannot work: {exc}")
    else:
        report.ok(f"QtMultimedia loads ({role})")


# -- the whole check --------------------------------------------------------


def run_self_check(out: TextIO = sys.stdout) -> int:
    """Run every check and print the report. Returns the exit code."""
    # The session as it is, for the one check that opens the real display.
    session = dict(os.environ)
    # No display needed, and no platform theme that could talk to a desktop.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("QT_QPA_PLATFORMTHEME", None)
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from microbreak.infra.paths import app_paths  # noqa: PLC0415
    from microbreak.infra.resources import builtin_exercises_dir, resources_root  # noqa: PLC0415

    report = Report()
    print(f"microbreak {__version__} self-check (Python {sys.version.split()[0]})", file=out)
    qt_messages: list[str] = []

    def keep(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(h in message for h in _HARMLESS_QT_MESSAGES):
            qt_messages.append(message)

    previous = qInstallMessageHandler(keep)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "microbreak"])
    try:
        try:
            root = resources_root()
        except FileNotFoundError as exc:
            report.fail(str(exc))
            report.print(out)
            return EXIT_MISSING
        report.ok(f"resources: {root}")
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset; nothing here uses it.
            warnings.simplefilter("ignore")
            paths = app_paths()
        report.run("settings", lambda r: check_settings(paths.config_file, r))
        report.run("Qt plugins", check_qt_plugins)
        report.run("display", lambda r: check_session_display(session, r))
        report.run("icons", lambda r: check_icons(("microbreak.svg", "microbreak-symbolic.svg"), r))
        report.run(
            "exercises",
            lambda r: check_exercises([builtin_exercises_dir(), paths.user_exercises_dir], r),
        )
        report.run("sounds", lambda r: check_sounds(root / "sounds", r))
        report.run("translations", lambda r: check_translations(root / "translations", r))
        report.run("chimes", check_chimes)
        report.run("QtMultimedia", check_multimedia)
        report.run("timer", check_timer)
        report.run("break window", check_break_window)
    finally:
        qInstallMessageHandler(previous)
    del app
    for message in qt_messages:
        report.note(f"Qt said: {message}")
    report.print(out)
    return EXIT_MISSING if report.problems else EXIT_OK
