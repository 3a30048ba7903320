"""The desk's input line: a USB scanner types a code and Enter (or Tab) like a keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class ScannerInput(QLineEdit):
    """Emits `submitted(text)` on Enter or Tab and clears itself; Escape clears. Tab never moves the
    focus away (scanners are often set to end with Tab). Control characters a scanner may send are
    dropped by the code reader, so they do no harm here."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerInput")
        self.setMaxLength(2000)
        self.setClearButtonEnabled(False)

    def event(self, event: QEvent) -> bool:
        # Tab is taken for focus navigation before keyPressEvent; claim it here.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _SUBMIT_KEYS
        ):
            self._submit()
            return True
        # Ctrl+Z / Ctrl+Y belong to the desk (undo the last check-in), not to the field's own text
        # history: leaving the override unaccepted lets the page's shortcut fire.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)

    def _submit(self) -> None:
        text = self.text()
        self.clear()
        if text.strip():
            self.submitted.emit(text)


class FocusKeeper(QObject):
    """Puts the focus back on the scanner input whenever it lands on a widget of the page that is not
    meant for typing (a button, a list that was clicked) or leaves the page's window entirely."""

    def __init__(self, target: QLineEdit, page: QWidget) -> None:
        super().__init__(page)
        self._target, self._page = target, page
        self.enabled = True

    def on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.enabled or not self._page.isVisible() or new is self._target:
            return
        if new is not None and (not self._page.isAncestorOf(new) or new.property("keepsFocus")):
            return
        if new is None and not self._page.window().isActiveWindow():
            return
        self._target.setFocus(Qt.FocusReason.OtherFocusReason)
