"""Horizontal bars with the number printed on each: contributions per channel, coloured by side."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from hybridhub.ui.style import active_theme


class ChannelBars(QWidget):
    ROW = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, bool]] = []

    def set_rows(self, rows: list[tuple[str, int, bool]]) -> None:
        """(label, count, offline?) per row, drawn in the given order."""
        self._rows = rows
        self.setMinimumHeight(self.ROW * max(len(rows), 1) + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.ROW * max(len(self._rows), 1) + 8)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = 170
        top = max((c for _l, c, _o in self._rows), default=1) or 1
        width = max(self.width() - label_w - 60, 40)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        theme = active_theme()
        for i, (text, count, offline) in enumerate(self._rows):
            y = 4 + i * self.ROW
            painter.setPen(ink)
            painter.drawText(
                QRectF(0, y, label_w - 10, self.ROW - 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            bar = QRectF(label_w, y + 4, max(width * count / top, 2), self.ROW - 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.offline if offline else theme.online))
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(ink)
            painter.drawText(
                QRectF(bar.right() + 6, y, 60, self.ROW - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
        painter.end()
