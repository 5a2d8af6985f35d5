"""Shared test set-up.

Every test process gets its own HOME and XDG folders so no test ever reads or
writes the developer's real settings, and Qt runs offscreen in-process. Tests
that need a real X server run the app in a subprocess on the Xvfb display that
pytest-xvfb starts (see tests/test_real_window.py).

Only tests that use Qt get a QApplication (with English plural forms): a test
module that never reaches PySide6 runs without one (tests/helpers/qt_usage.py
decides; tests/test_core_without_qt.py checks that the core tests never load
Qt).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: in-process Qt tests are offscreen. pytest-xvfb's
# DISPLAY is kept for the subprocess tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Times shown to the user are in the system's zone: pin it so expected
# strings do not depend on where the tests run.
os.environ["TZ"] = "UTC"
time.tzset()
os.environ.pop("QT_QPA_PLATFORMTHEME", None)
# No test talks to the developer's own desktop session (notifications, the
# tray watcher): tests that need a bus start a private one and say so.
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)

_HOME = Path(tempfile.mkdtemp(prefix="microbreak-test-home-"))
os.environ["HOME"] = str(_HOME)
for _var, _sub in {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
    "XDG_CACHE_HOME": ".cache",
    "XDG_RUNTIME_DIR": "run",
}.items():
    (_HOME / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_HOME / _sub)
(_HOME / "run").chmod(0o700)

from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from microbreak.core.clock import FakeClock  # noqa: E402
from microbreak.infra.paths import AppPaths  # noqa: E402
from tests.helpers.clock import MONDAY_9AM  # noqa: E402
from tests.helpers.fakes import RecordingNotifier  # noqa: E402
from tests.helpers.qt_usage import uses_qt  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from microbreak.app.controller import MicrobreakApp
    from microbreak.ui.language import LanguageSwitch
    from tests.history_data import Month


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_9AM)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """The app's folders, all inside the test's own temporary folder."""
    return AppPaths(
        tmp_path / "config",
        tmp_path / "data",
        tmp_path / "state",
        tmp_path / "log",
        tmp_path / "run",
    )


@pytest.fixture
def notes() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def artifacts_dir() -> Path:
    """Where tests save screenshots for a person to look at."""
    path = Path(__file__).resolve().parent.parent / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def x_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a subprocess on the Xvfb display, with its own HOME."""
    display = os.environ.get("DISPLAY")
    if not display or not shutil.which("Xvfb"):
        message = "needs Xvfb (apt-get install xvfb): see the README's system packages"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="xcb",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
    )
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    return env


@pytest.fixture(scope="session")
def month(tmp_path_factory: pytest.TempPathFactory) -> Month:
    """A simulated month of breaks in a history file (built once; treat it as read-only)."""
    from tests.history_data import build_month

    return build_month(tmp_path_factory.mktemp("month"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `qt` every test whose module uses Qt, or that asks for qtbot or qapp."""
    verdicts: dict[str, bool] = {}
    for item in items:
        module = getattr(item, "module", None)
        if module is None:
            continue
        if module.__name__ not in verdicts:
            verdicts[module.__name__] = uses_qt(module)
        fixtures = getattr(item, "fixturenames", ())
        if verdicts[module.__name__] or "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.qt)


@pytest.fixture(autouse=True)
def _qt_set_up(request: pytest.FixtureRequest) -> None:
    """What the app sets up at start, for the tests that use Qt only."""
    if request.node.get_closest_marker("qt") is None:
        return
    request.getfixturevalue("_english_plurals")
    request.getfixturevalue("_stop_built_apps")


@pytest.fixture(scope="session")
def _english_plurals() -> Iterator[None]:
    """What the app installs at start: English's plural forms ("1 minute", "5 minutes")."""
    from PySide6.QtWidgets import QApplication

    from microbreak.infra.resources import translations_dir
    from microbreak.ui.language import install_english_plurals

    app = QApplication.instance() or QApplication([])
    english = install_english_plurals(app, translations_dir())
    assert english is not None, "run packaging/tools/update_translations.py"
    yield
    app.removeTranslator(english)


@pytest.fixture
def _stop_built_apps() -> Iterator[None]:
    """Stop the timers of every app the test built (tests/helpers/app.py), when it ends.

    Tests build apps with real idle, busy and heartbeat timers; a leftover app's
    next poll would fire in a later test's event loop, on windows pytest-qt
    has already deleted, and fail that test.
    """
    yield
    from tests.helpers.app import stop_all

    stop_all()


@pytest.fixture
def app(qtbot: QtBot, clock: FakeClock, paths: AppPaths, notes: RecordingNotifier) -> MicrobreakApp:
    """The app, started, without a tray; its notifications recorded in ``notes``."""
    from tests.helpers.app import make_app

    return make_app(qtbot, clock, paths, extra_notifiers=[notes])


@pytest.fixture
def switch() -> Iterator[LanguageSwitch]:
    """The app's language, switched by the test; the next test starts in English."""
    from PySide6.QtWidgets import QApplication

    from microbreak.infra.resources import translations_dir
    from microbreak.ui.language import LanguageSwitch

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = LanguageSwitch(app, translations_dir(), forced=None)
    yield language
    language.reset()
