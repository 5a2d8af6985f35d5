"""Where microbreak keeps its files. The only module that imports platformdirs.

On Linux these honour XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_STATE_HOME, which
is how the tests keep away from a developer's real settings.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs


class RuntimeDirError(OSError):
    """No private per-user runtime folder: the message says what and how to fix it."""


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    state_dir: Path
    log_dir: Path
    # Per-user, per-session, not world-readable: the control socket and the
    # single-instance lock live here.
    runtime_dir: Path

    @classmethod
    def inside(cls, root: Path) -> AppPaths:
        """Every folder under one root: for tests and throw-away runs."""
        return cls(root / "config", root / "data", root / "state", root / "log", root / "run")

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def state_file(self) -> Path:
        return self.state_dir / "state.json"

    @property
    def user_exercises_dir(self) -> Path:
        return self.data_dir / "exercises"

    @property
    def instance_lock(self) -> Path:
        return self.runtime_dir / "instance.lock"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"


def _runtime_dir(dirs: PlatformDirs, environ: Mapping[str, str]) -> Path:
    # Inside Flatpak every `flatpak run` gets its own /run/user/<uid>; only
    # $XDG_RUNTIME_DIR/app/<app id> is shared between instances of the app, so
    # `microbreak status` (a second instance) can reach the running one there.
    flatpak_id = environ.get("FLATPAK_ID")
    runtime = environ.get("XDG_RUNTIME_DIR")
    if flatpak_id and runtime:
        return Path(runtime) / "app" / flatpak_id
    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR platformdirs falls back to /tmp/runtime-<uid>
        # (made private by ensure_private_dir) and warns on every command.
        warnings.simplefilter("ignore")
        try:
            return Path(dirs.user_runtime_dir)
        except OSError as exc:
            # platformdirs refuses a fallback that is not a folder, or that
            # another user owns (anyone can create that name in /tmp first).
            # Its advice ("; set XDG_RUNTIME_DIR instead") is given in full below.
            problem = str(exc).split(";", 1)[0]
            raise RuntimeDirError(
                f"microbreak has no private folder for its control socket and lock: {problem}. "
                "Set XDG_RUNTIME_DIR to a folder you own with mode 0700 (a desktop login "
                "sets it to /run/user/<your uid>), or move that path out of the way"
            ) from None


def app_paths(environ: Mapping[str, str] = os.environ) -> AppPaths:
    """Where the files are; RuntimeDirError if there is no usable runtime folder."""
    # Imported here: the command line imports RuntimeDirError from this module,
    # and `microbreak --version` must answer even where platformdirs is missing.
    from platformdirs import PlatformDirs  # noqa: PLC0415

    dirs = PlatformDirs("microbreak", appauthor=False)
    return AppPaths(
        config_dir=Path(dirs.user_config_dir),
        data_dir=Path(dirs.user_data_dir),
        state_dir=Path(dirs.user_state_dir),
        log_dir=Path(dirs.user_log_dir),
        runtime_dir=_runtime_dir(dirs, environ),
    )
