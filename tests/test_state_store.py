"""state.json: rotation and the health notice, kept side by side."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from microbreak.core.daily_budget import BudgetDay
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


def test_the_eye_rotation_survives_beside_the_others(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = StateStore(path)
    assert store.load_eye_rotation() == 0
    store.save_eye_rotation(1)
    store.save_rotation(2)
    store.save_movement(3, 1)
    again = StateStore(path)
    assert (again.load_eye_rotation(), again.load_rotation()) == (1, 2)
    path.write_text('{"eye_rotation": -2}')
    assert StateStore(path).load_eye_rotation() == 0


def test_the_daily_budget_count_is_kept_with_its_day(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = StateStore(path)
    assert store.load_daily_budget() is None
    saved = BudgetDay(date(2026, 11, 23), timedelta(minutes=95, seconds=30), notified=True)
    store.save_daily_budget(saved)
    store.save_rotation(2)  # kept beside it
    again = StateStore(path).load_daily_budget()
    assert again == BudgetDay(date(2026, 11, 23), timedelta(minutes=95, seconds=30), True)
    path.write_text('{"daily_budget": {"day": "yesterday", "active_seconds": 60}}')
    assert store.load_daily_budget() is None
    path.write_text('{"daily_budget": {"day": "2026-11-23", "active_seconds": -5}}')
    assert store.load_daily_budget() == BudgetDay(date(2026, 11, 23), timedelta(0), False)
