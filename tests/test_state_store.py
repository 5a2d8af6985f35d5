"""state.json: rotation and the health notice, kept side by side."""

from __future__ import annotations

from pathlib import Path

from microbreak.infra.state_store import StateStore


def test_the_notice_and_the_rotation_do_not_overwrite_each_other(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state" / "state.json")
    assert not store.health_notice_seen()
    assert store.load_rotation() == 0
    store.save_rotation(3)
    store.mark_health_notice_seen()
    store.save_rotation(4)
    again = StateStore(tmp_path / "state" / "state.json")
    assert again.health_notice_seen()
    assert again.load_rotation() == 4


def test_an_unreadable_file_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("[1, 2")
    store = StateStore(path)
    assert not store.health_notice_seen()
    assert store.load_rotation() == 0
    path.write_text('["not", "a", "table"]')
    assert store.load_rotation() == 0
    path.write_text('{"rotation": true, "health_notice_seen": "yes"}')
    assert store.load_rotation() == 0
    assert not store.health_notice_seen()
    store.mark_health_notice_seen()  # rewrites a clean file
    assert store.health_notice_seen()


def test_the_movement_count_survives_beside_the_rotation(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = StateStore(path)
    assert store.load_movement() == (0, 0)
    store.save_rotation(2)
    store.save_movement(3, 1)
    again = StateStore(path)
    assert again.load_movement() == (3, 1)
    assert again.load_rotation() == 2
    path.write_text('{"movement_since": -1, "movement_rotation": true}')
    assert StateStore(path).load_movement() == (0, 0)
