"""Run by tests/test_platform_x11.py on a real X server (Xvfb), xcb platform.

Installs the Windows session watcher's native event filter in a real Qt
application and lets real native events (xcb ones here) flow through it, to
prove the PySide6 binding contract the Windows code relies on: the filter is
called with a QByteArray and a VoidPtr, and its ``(False, 0)`` return is
accepted. Prints how many events passed through.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

from microbreak.platform.session_windows import SessionMessageFilter


class CountingFilter(SessionMessageFilter):
    def __init__(self) -> None:
        super().__init__(lambda event: print(f"unexpected {event}"))
        self.count = 0

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        self.count += 1
        return super().nativeEventFilter(event_type, message)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    event_filter = CountingFilter()
    app.installNativeEventFilter(event_filter)
    window = QWindow()
    window.resize(100, 100)
    window.show()
    QTimer.singleShot(400, app.quit)
    app.exec()
    app.removeNativeEventFilter(event_filter)
    print(f"events={event_filter.count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
