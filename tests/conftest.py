"""Shared test set-up.

Every test process gets its own HOME and XDG folders so no test ever reads or
writes the developer's real settings, and Qt runs offscreen in-process. Tests
that need a real X server run the app in a subprocess on the Xvfb display that
pytest-xvfb starts (see tests/test_real_window.py).
"""

from __future__ import annotations

import os
import shutil
import sys
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

from datetime import UTC, datetime  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from microbreak.core.clock import FakeClock  # noqa: E402
from microbreak.infra.paths import AppPaths  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from microbreak.app.controller import MicrobreakApp
    from tests.helpers.app import RecordingNotifier
    from tests.history_data import Month

# A Monday morning, 09:00 UTC.
MONDAY_9AM = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_9AM)


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


@pytest.fixture(scope="session", autouse=True)
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


@pytest.fixture(autouse=True)
def _stop_built_apps() -> Iterator[None]:
    """Stop the timers of every app a test built (tests/helpers/app.py), when it ends.

    Looked up, not imported: a test that never built an app never loads Qt here.
    """
    yield
    helpers = sys.modules.get("tests.helpers.app")
    if helpers is not None:
        helpers.stop_all()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """The app's folders, inside the test's own temporary folder."""
    return AppPaths(
        tmp_path / "config",
        tmp_path / "data",
        tmp_path / "state",
        tmp_path / "log",
        tmp_path / "run",
    )


@pytest.fixture
def notes() -> RecordingNotifier:
    from tests.helpers.app import RecordingNotifier

    return RecordingNotifier()


@pytest.fixture
def app(qtbot: QtBot, clock: FakeClock, paths: AppPaths, notes: RecordingNotifier) -> MicrobreakApp:
    """The app, started, without a tray; its notifications recorded in ``notes``."""
    from tests.helpers.app import make_app

    return make_app(qtbot, clock, paths, extra_notifiers=[notes])
