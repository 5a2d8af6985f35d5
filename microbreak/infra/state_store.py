"""Small bits of state that should survive a restart (the routine rotation)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from microbreak.infra.atomic import write_atomic

log = logging.getLogger(__name__)


class StateStore:
    def __init__(self, path: Path) -> None:
        self._path = path

    def load_rotation(self) -> int:
        try:
            value = json.loads(self._path.read_text(encoding="utf-8")).get("rotation", 0)
        except FileNotFoundError:
            return 0
        except (OSError, ValueError, AttributeError) as exc:
            # Losing the rotation only means the next break starts from the
            # first exercise; not worth bothering the user about.
            log.warning("ignoring unreadable %s: %s", self._path, exc)
            return 0
        return value if isinstance(value, int) and value >= 0 else 0

    def save_rotation(self, position: int) -> None:
        try:
            write_atomic(self._path, json.dumps({"rotation": position}).encode())
        except OSError as exc:
            log.warning("could not save %s: %s", self._path, exc)
