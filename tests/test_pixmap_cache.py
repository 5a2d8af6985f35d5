"""The real start bounds Qt's pixmap cache (it otherwise grows through the day)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from microbreak.ui.pixmap_cache import LIMIT_KB

CHILD = """
import sys
import microbreak.app.running as running
from microbreak.app.main import run
from PySide6.QtGui import QPixmapCache

def stop_here(*_args, **_kwargs):
    print("limit", QPixmapCache.cacheLimit())
    return 0

running.run_app = stop_here
sys.exit(run(["microbreak"]))
"""


def test_the_real_start_bounds_the_pixmap_cache(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_"))}
    env.update(
        HOME=str(tmp_path),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "run").mkdir(mode=0o700)
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Qt's own default is 10240 KB, which a day of breaks fills.
    assert f"limit {LIMIT_KB}" in result.stdout.splitlines()
