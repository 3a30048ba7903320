"""Run something once a window has been painted for the first time, so the user sees the window while
slow start-up work (opening the workspace) goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that never paints (started minimised, or a platform that paints nothing) still gets its work.
FALLBACK_MS = 1500


class AfterFirstPaint(QObject):
    """Calls `then` once: on the event loop's turn after `window`'s first paint (the frame is on screen
    by then), or after FALLBACK_MS."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()
