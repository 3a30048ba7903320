"""Doubtful answers several at a time, each as the crop of its whole question, settled with the keys:
1–9 pick the option (several for a multiple choice; the digits of a number, 0 included), B marks the
question blank, Backspace clears, Enter accepts and moves on, the arrow keys and Tab move between
answers, Page Down leaves the open ones for later. A screenful is done, the next one comes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hybridhub.paperforms.review import ReviewItem, display_crop

Settle = Callable[[ReviewItem, Any], bool]  # stores the answer; False if it could not be stored


class Pick:
    """What the reviewer has keyed for one answer so far."""

    def __init__(self) -> None:
        self.digits: list[int] = []  # options (in key order) or a number's digits
        self.blank = False

    def key(self, item: ReviewItem, digit: int) -> None:
        self.blank = False
        if item.kind == "number":
            if len(self.digits) < max(1, item.digits):
                self.digits.append(digit)
        elif any(c.digit == digit for c in item.choices):
            if item.kind == "multiple":
                self.digits = sorted(set(self.digits) ^ {digit})
            else:
                self.digits = [digit]

    @property
    def ready(self) -> bool:
        return self.blank or bool(self.digits)

    def value(self, item: ReviewItem) -> Any:
        if self.blank:
            return [] if item.kind == "multiple" else None
        if item.kind == "number":
            return int("".join(map(str, self.digits)))
        picked = [c.value for c in item.choices if c.digit in self.digits]
        return picked if item.kind == "multiple" else picked[0]

    def text(self, item: ReviewItem) -> str:
        if self.blank:
            return "—"
        if item.kind == "number":
            return "".join(map(str, self.digits))
        return ", ".join(f"{c.digit} {c.label}" for c in item.choices if c.digit in self.digits)


class _Crop(QLabel):
    """The question's crop, scaled to the cell, with the key of each box beside its top-left corner
    (small and see-through: the ink under it stays visible)."""

    def __init__(self, item: ReviewItem) -> None:
        super().__init__()
        self.item = item
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet("background: white;")
        crop = display_crop(item.crop)
        self.original = QPixmap()
        if crop:
            self.original.loadFromData(crop, "PNG")
        if self.original.isNull():
            self.setText(self.tr("(no picture of this question)"))

    def fit(self, width: int) -> None:
        if self.original.isNull() or width <= 0:
            return
        scale = min(1.0, width / self.original.width())
        shown = self.original.scaledToWidth(
            round(self.original.width() * scale), Qt.TransformationMode.SmoothTransformation
        )
        painter = QPainter(shown)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        for spot in self.item.spots:
            size = max(12, round(spot.size * scale * 0.6))
            font.setPixelSize(max(9, round(size * 0.8)))
            font.setBold(True)
            painter.setFont(font)
            x, y = round(spot.x * scale), round(spot.y * scale)
            badge = QRect(x - size, y - size, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(42, 111, 151, 170))
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(spot.digit))
        painter.end()
        self.setPixmap(shown)


class ReviewCell(QFrame):
    """One doubtful answer in the grid."""

    clicked = Signal(object)

    def __init__(self, item: ReviewItem) -> None:
        super().__init__()
        self.item = item
        self.pick = Pick()
        self.done = False
        self.setObjectName("reviewCell")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.where = QLabel(
            self.tr("Sheet {0} · {1}").format(item.sheet_code, item.label), textFormat=Qt.TextFormat.PlainText
        )
        self.where.setObjectName("subtitle")
        self.where.setWordWrap(True)
        self.setAccessibleName(self.where.text())
        self.crop = _Crop(item)
        self.options = QLabel(textFormat=Qt.TextFormat.RichText)
        self.options.setWordWrap(True)
        for w in (self.where, self.crop, self.options):
            layout.addWidget(w)
        self.show_state(False)

    def show_state(self, current: bool) -> None:
        border = "#2a6f97" if current else "#dde3e8"
        back = "#eef6ea" if self.done else "white"
        self.setStyleSheet(
            f"QFrame#reviewCell {{ background: {back}; border: {3 if current else 1}px solid {border};"
            " border-radius: 8px; }"
        )
        chosen = self.pick.text(self.item)
        if self.item.kind == "number":
            hint = self.tr("type the number")
        else:
            hint = "&nbsp;&nbsp;".join(f"<b>{c.digit}</b>&nbsp;{_esc(c.label)}" for c in self.item.choices)
        mark = "✔ " if self.done else ""
        answer = f"&nbsp;&nbsp;→ <b style='color:#1f3b4d'>{mark}{_esc(chosen)}</b>" if chosen else ""
        self.options.setText(f"{hint}{answer}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self)
        super().mousePressEvent(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReviewGrid(QWidget):
    """A screenful of doubtful answers; `settle` stores each as it is accepted."""

    progressed = Signal(int)  # answers still to settle

    def __init__(self, settle: Settle, columns: int = 2, rows: int = 3) -> None:
        super().__init__()
        self.settle = settle
        self.columns, self.rows = columns, rows
        self.items: list[ReviewItem] = []
        self.cells: list[ReviewCell] = []
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Doubtful answers"))
        self.grid = QGridLayout(self)
        self.grid.setSpacing(10)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Nothing to review. Every marked box was read with confidence."))
        self.empty.setObjectName("sectionTitle")

    @property
    def left(self) -> int:
        return len(self.items) + sum(1 for c in self.cells if not c.done)

    def show_items(self, items: list[ReviewItem]) -> None:
        """Start over with these answers (the ones already on screen and still open first)."""
        self.items = list(items)
        self._next_screen()

    def _clear(self) -> None:
        for cell in self.cells:
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.cells = []
        self.grid.removeWidget(self.empty)
        self.empty.hide()

    def _next_screen(self) -> None:
        self._clear()
        batch, self.items = self.items[: self.columns * self.rows], self.items[self.columns * self.rows :]
        for i, item in enumerate(batch):
            cell = ReviewCell(item)
            cell.clicked.connect(self._clicked)
            self.grid.addWidget(cell, i // self.columns, i % self.columns, Qt.AlignmentFlag.AlignTop)
            self.cells.append(cell)
        if not self.cells:
            self.grid.addWidget(self.empty, 0, 0)
            self.empty.show()
        self.grid.setRowStretch(self.rows, 1)
        self._fit()
        self.current = 0
        self._show()
        self.progressed.emit(self.left)

    def _fit(self) -> None:
        """Scale the crops to the width a cell has."""
        spacing = self.grid.spacing() * (self.columns - 1)
        width = (self.width() - spacing) // self.columns - 24
        for cell in self.cells:
            cell.crop.fit(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _show(self) -> None:
        for i, cell in enumerate(self.cells):
            cell.show_state(i == self.current)

    def _clicked(self, cell: ReviewCell) -> None:
        self.current = self.cells.index(cell)
        self.setFocus()
        self._show()

    def _move(self, step: int) -> None:
        if self.cells:
            self.current = (self.current + step) % len(self.cells)
            self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._edit(key) or self._navigate(key):
            return
        super().keyPressEvent(event)

    def _edit(self, key: int) -> bool:
        """Digits, B and Backspace change the current answer's pick."""
        cell = self.cells[self.current] if self.cells else None
        if cell is None or cell.done:
            return False
        if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
            cell.pick.key(cell.item, key - Qt.Key.Key_0.value)
        elif key == Qt.Key.Key_B.value:
            cell.pick = Pick()
            cell.pick.blank = True
        elif key == Qt.Key.Key_Backspace.value:
            cell.pick = Pick()
        else:
            return False
        self._show()
        return True

    def _navigate(self, key: int) -> bool:
        """Enter accepts, the arrows and Tab move, Page Down leaves the open answers for later."""
        moves = {
            Qt.Key.Key_Right.value: 1,
            Qt.Key.Key_Left.value: -1,
            Qt.Key.Key_Down.value: self.columns,
            Qt.Key.Key_Up.value: -self.columns,
            Qt.Key.Key_Tab.value: 1,
            Qt.Key.Key_Backtab.value: -1,
        }
        if key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value):
            self.accept()
        elif key == Qt.Key.Key_PageDown.value:  # the open ones go to the end of the queue
            self.items += [c.item for c in self.cells if not c.done]
            self._next_screen()
        elif key in moves:
            self._move(moves[key])
        else:
            return False
        return True

    def focusNextPrevChild(self, forward: bool) -> bool:  # Tab moves between answers, not widgets
        return False

    def accept(self) -> None:
        """Store the current answer's pick, then go to the next open one (or the next screen)."""
        if not self.cells:
            return
        cell = self.cells[self.current]
        if cell.done or not cell.pick.ready:
            self._advance()
            return
        if not self.settle(cell.item, cell.pick.value(cell.item)):
            return
        cell.done = True
        self.progressed.emit(self.left)
        self._advance()

    def _advance(self) -> None:
        open_ = [i for i, c in enumerate(self.cells) if not c.done]
        if not open_:
            self._next_screen()
            return
        later = [i for i in open_ if i > self.current]
        self.current = later[0] if later else open_[0]
        self._show()
