"""What an empty list or table says: what would appear there and how to get it, instead of blank rows.

The hint is painted on the view's viewport while its model has no rows (and is the view's accessible
description then, for screen readers)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView

MARGIN = 24


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view, self.text = view, text
        view.viewport().installEventFilter(self)

    def is_showing(self) -> bool:
        model = self.view.model()
        return model is not None and model.rowCount() == 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            empty = self.is_showing()
            description = self.text if empty else ""
            if self.view.accessibleDescription() != description:  # paints are many; changes are few
                self.view.setAccessibleDescription(description)
            if empty:
                self._paint()
        return False

    def _paint(self) -> None:
        viewport = self.view.viewport()
        painter = QPainter(viewport)
        painter.setPen(viewport.palette().color(QPalette.ColorRole.PlaceholderText))
        area = QRect(viewport.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.text)
        painter.end()
