"""The pure-core tests run without Qt: no QApplication, and PySide6 never imported.

tests/conftest.py gives a QApplication only to tests whose module reaches Qt
(or that ask for qtbot); this runs a set of core test files in a fresh
interpreter and looks at what it loaded.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE_FILES = [
    "tests/test_engine.py",
    "tests/test_player.py",
    "tests/test_guidance.py",
    "tests/test_describe.py",
    "tests/test_exercises.py",
    "tests/test_heartbeat.py",
    "tests/test_history.py",
    "tests/test_stats.py",
    "tests/test_state_store.py",
    "tests/test_working_hours.py",
]
# pytest-qt imports PySide6 as it loads, whatever the tests do, so it is left
# out; pytest-xvfb only starts an X server nothing here needs.
ARGS = ["-p", "no:pytest-qt", "-p", "no:xvfb", "-p", "no:cacheprovider", "-q", "-m", "not slow"]
PROBE = """
import sys
import pytest
code = pytest.main(sys.argv[1:])
print("PySide6 loaded:", "PySide6" in sys.modules)
sys.exit(code)
"""


def test_the_core_tests_pass_without_loading_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *ARGS, *CORE_FILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "PySide6 loaded: False" in result.stdout, result.stdout[-3000:]
