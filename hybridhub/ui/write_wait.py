"""Says in the status bar that a change waits for another HybridHub writing to the same workspace.

The store's write lock (`hybridhub.core.write_lock`) tells the workspace's `on_wait` once when a change
has to wait its turn. A change may run on the GUI thread (`AppContext.change`) or on the write pool
(`change_later`); the notice is a QObject slot, so a worker's call is queued to the GUI thread and a
GUI-thread call paints at once, before the wait blocks the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QStatusBar

SHOWN_MS = 15_000


class WriteWaitNotice(QObject):
    waiting = Signal(str)  # the store's own English line, kept for the log and tests

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._bar = status_bar
        self.waiting.connect(self.show)

    def tell(self, message: str) -> None:
        """The workspace's `on_wait`: callable from any thread."""
        self.waiting.emit(message)

    @Slot(str)
    def show(self, _message: str) -> None:
        from hybridhub.core.write_lock import write_timeout  # loads SQLAlchemy: not before the window

        text = self.tr(
            "Another HybridHub is writing to this workspace; your change waits its turn (up to {0} s)…"
        ).format(f"{write_timeout():.0f}")
        self._bar.showMessage(text, SHOWN_MS)
        if QThread.currentThread() is QCoreApplication.instance().thread():  # type: ignore[union-attr]
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
