"""PySide6's module scan answered from the file's bytes: the same answers, and
a PySide6 without the private function is left alone."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import microbreak.core.state
import microbreak.ui.tray
from microbreak.ui import qt_import_speed
from microbreak.ui.qt_import_speed import skip_source_reading, uses_pyside_from_bytes

feature: Any = sys.modules.get("shibokensupport.feature")
needs_feature = pytest.mark.skipif(
    not callable(getattr(feature, "_mod_uses_pyside", None)),
    reason="this PySide6 has no shibokensupport.feature._mod_uses_pyside",
)


@pytest.fixture
def original() -> Callable[[types.ModuleType], bool]:
    hook: Callable[[types.ModuleType], bool] = feature._mod_uses_pyside
    assert not getattr(hook, "_microbreak", False), "replaced in this process already"
    return hook


def _loaded_from(tmp_path: Path, name: str, text: bytes) -> types.ModuleType:
    path = tmp_path / f"{name}.py"
    path.write_bytes(text)
    module = types.ModuleType(name)
    module.__file__ = str(path)
    return module


@needs_feature
def test_the_same_answer_as_pyside6_for_every_kind_of_module(
    original: Callable[[types.ModuleType], bool], tmp_path: Path
) -> None:
    import _socket  # an extension module: no source

    modules = [
        microbreak.ui.tray,  # uses PySide6
        microbreak.core.state,  # does not
        sys,  # builtin
        _socket,
        _loaded_from(tmp_path, "empty", b""),
        # Another encoding, declared as Python requires: the same bytes for "PySide6".
        _loaded_from(
            tmp_path, "latin", "# coding: latin-1\n# café\nimport PySide6\n".encode("latin-1")
        ),
        _loaded_from(tmp_path, "gone", b"import PySide6\n"),
    ]
    (tmp_path / "gone.py").unlink()  # its file deleted since: no source either way
    answers = [uses_pyside_from_bytes(m, original) for m in modules]
    assert answers == [original(m) for m in modules]
    assert answers == [True, False, False, False, False, True, False]


def test_a_module_without_a_readable_py_file_is_left_to_pyside6(tmp_path: Path) -> None:
    asked: list[str] = []

    def fallback(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    vanished = _loaded_from(tmp_path, "vanished", b"x = 1\n")
    assert uses_pyside_from_bytes(vanished, fallback) is False  # read: no PySide6 in it
    (tmp_path / "vanished.py").unlink()
    assert uses_pyside_from_bytes(vanished, fallback) is True  # unreadable: PySide6's answer
    assert uses_pyside_from_bytes(sys, fallback) is True  # no file at all
    assert asked == ["vanished", "sys"]


@needs_feature
def test_it_takes_the_place_of_pyside6s_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    assert skip_source_reading()
    replaced = feature._mod_uses_pyside
    assert getattr(replaced, "_microbreak", False)
    assert replaced(microbreak.ui.tray) is True
    assert replaced(microbreak.core.state) is False
    assert skip_source_reading()  # again: not wrapped twice
    assert feature._mod_uses_pyside is replaced


def test_a_pyside6_without_the_private_function_is_left_as_it_is(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger=qt_import_speed.__name__)
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    assert skip_source_reading() is False
    assert "not found" in caplog.text
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert skip_source_reading() is False
