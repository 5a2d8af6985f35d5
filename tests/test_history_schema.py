"""How the history's SQLite connection is set up (infra/history_schema.py)."""

from __future__ import annotations

from pathlib import Path

from microbreak.infra.history_schema import CACHE_SIZE, connect


def test_the_page_cache_is_kept_small(tmp_path: Path) -> None:
    """A small history needs no 2 MB of cached pages in memory all day."""
    conn = connect(tmp_path / "history.db", 1000)
    try:
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == CACHE_SIZE == -256
    finally:
        conn.close()
