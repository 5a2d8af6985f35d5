"""Desktop notifications through a chain of backends, each allowed to fail.

No single way of notifying works everywhere: the tray balloon needs a tray,
plyer has no backend on many systems and is buggy on some, a portal exists
only inside Flatpak. The chain tries each backend in order; one that raises is
logged and demoted to the end so it is not retried first every time. The
break itself never depends on a notification getting through.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)


class Notifier(Protocol):
    name: str

    def available(self) -> bool:
        """Cheap check: can this backend be tried at all right now?"""
        ...

    def notify(self, title: str, body: str) -> None:
        """Show the notification, or raise."""
        ...


class NotifierChain:
    def __init__(self, backends: list[Notifier]) -> None:
        self._backends = list(backends)

    @property
    def order(self) -> list[str]:
        return [b.name for b in self._backends]

    def notify(self, title: str, body: str) -> str | None:
        """Deliver through the first backend that works; return its name (None: none did)."""
        failed: list[Notifier] = []
        used: str | None = None
        for backend in self._backends:
            try:
                if not backend.available():
                    continue
                backend.notify(title, body)
            except Exception:
                # Any exception: a notification backend must never take the app down.
                log.warning(
                    "notification backend %s failed; demoting it", backend.name, exc_info=True
                )
                failed.append(backend)
                continue
            used = backend.name
            break
        for backend in failed:
            self._backends.remove(backend)
            self._backends.append(backend)
        if used is None:
            log.warning("no notification backend could show %r", title)
        return used


class PlyerNotifier:
    """plyer's notification facade, imported lazily (it is slow and often absent)."""

    name = "plyer"

    def __init__(self, app_name: str = "microbreak", timeout: int = 10) -> None:
        self._app_name = app_name
        self._timeout = timeout

    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str) -> None:
        from plyer import notification  # noqa: PLC0415  (lazy: keeps start-up light)

        # plyer raises NotImplementedError where it has no backend; the chain
        # catches that like any other failure.
        notification.notify(
            title=title, message=body, app_name=self._app_name, timeout=self._timeout
        )
