"""A page title with its buttons beside it, and the subtitle across the page under both.

When the buttons do not fit beside the title (Spanish labels at 1366x768, or a narrower window) they
move to a row of their own under the title instead of being squeezed until their labels are cut."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget


class TitleBar(QWidget):
    def __init__(self, title: QWidget, subtitle: QLabel, buttons: Sequence[QPushButton]) -> None:
        super().__init__()
        self._title, self._subtitle = title, subtitle
        self.buttons = QWidget()
        # The buttons never widen the page: the bar takes the width it is given and arranges itself in it.
        self.buttons.setMinimumWidth(1)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for button in buttons:
            row.addWidget(button)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._beside: bool | None = None
        self._arrange(beside=True)

    @property
    def beside(self) -> bool:
        """True while the buttons sit on the title's line."""
        return bool(self._beside)

    def _arrange(self, *, beside: bool) -> None:
        if beside == self._beside:
            return
        self._beside = beside
        for widget in (self._title, self.buttons, self._subtitle):
            self._grid.removeWidget(widget)
        if beside:
            self._grid.addWidget(self._title, 0, 0)
            self._grid.addWidget(self.buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(self._subtitle, 1, 0, 1, 2)
        else:
            self._grid.addWidget(self._title, 0, 0, 1, 2)
            self._grid.addWidget(self.buttons, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
            self._grid.addWidget(self._subtitle, 2, 0, 1, 2)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 0)

    def _fit(self, width: int) -> None:
        title, buttons = self._title.sizeHint().width(), self.buttons.sizeHint().width()
        beside = width >= title + self._grid.horizontalSpacing() + buttons
        self._arrange(beside=beside)
        # Beside the title the buttons get their full width (they only sit there when it is free).
        self._grid.setColumnMinimumWidth(1, buttons if beside else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label changed (e.g. another language)
            self._fit(self.width())
        return super().event(event)
