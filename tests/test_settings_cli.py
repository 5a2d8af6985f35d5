"""``microbreak export-settings`` / ``import-settings``: no Qt, nothing replaced
unless the whole file is allowed, the old file kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from microbreak.cli import EXIT_OK, EXIT_REFUSED, main
from microbreak.infra.config_store import DEFAULT_CONFIG


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    return tmp_path / "cfg" / "microbreak" / "config.toml"


def test_export_copies_the_file_or_the_defaults(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.toml"
    assert main(["export-settings", str(out)]) == EXIT_OK
    assert out.read_text() == DEFAULT_CONFIG
    assert "the defaults" in capsys.readouterr().out
    config.parent.mkdir(parents=True)
    config.write_text("# mine\n[schedule]\ninterval_minutes = 30\n")
    assert main(["export-settings", str(out)]) == EXIT_OK
    assert out.read_text() == config.read_text()


def test_import_refuses_a_file_with_any_bad_value_and_changes_nothing(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config.parent.mkdir(parents=True)
    config.write_text("[schedule]\ninterval_minutes = 30\n")
    bad = tmp_path / "bad.toml"
    bad.write_text("[schedule]\ninterval_minutes = 50\n[exercises]\nselected = []\n")
    assert main(["import-settings", str(bad)]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert "Nothing was imported" in err
    assert "[exercises] selected = []" in err
    assert config.read_text() == "[schedule]\ninterval_minutes = 30\n"
    assert not config.with_name("config.toml.before-import").exists()
    broken = tmp_path / "broken.toml"
    broken.write_text("[schedule\n")
    assert main(["import-settings", str(broken)]) == EXIT_REFUSED
    assert main(["import-settings", str(tmp_path / "missing.toml")]) == EXIT_REFUSED
    assert config.read_text() == "[schedule]\ninterval_minutes = 30\n"


def test_import_replaces_the_file_and_keeps_the_old_one(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config.parent.mkdir(parents=True)
    config.write_text("[schedule]\ninterval_minutes = 30\n")
    good = tmp_path / "good.toml"
    good.write_text("# team settings\n[schedule]\ninterval_minutes = 50\n[extra]\nkept = 1\n")
    assert main(["import-settings", str(good)]) == EXIT_OK
    assert config.read_text() == good.read_text()
    before = config.with_name("config.toml.before-import")
    assert before.read_text() == "[schedule]\ninterval_minutes = 30\n"
    assert "uses them at once" in capsys.readouterr().out


def test_the_settings_commands_never_load_qt(config: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from microbreak.cli import main; "
        f"rc = main(['export-settings', {str(tmp_path / 'x.toml')!r}]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'; "
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
