"""The real start bounds Qt's pixmap cache (it otherwise grows through the day)."""

from __future__ import annotations

from microbreak.ui.pixmap_cache import LIMIT_KB
from tests.helpers.child import run_python

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


def test_the_real_start_bounds_the_pixmap_cache(x_env: dict[str, str]) -> None:
    env = x_env
    result = run_python(CHILD, env)
    # Qt's own default is 10240 KB, which a day of breaks fills.
    assert f"limit {LIMIT_KB}" in result.stdout.splitlines()
