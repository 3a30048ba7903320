"""A copy, in Qt's own C++ item store, of the rows of a Python table model that are on screen.

A view asks its model for seven roles of every visible cell, and for the row and column counts behind
every index, on every repaint. With a model written in Python, each of those ~1,900 questions per screen
is a call from C++ into Python, and together they cost about as much as painting the text itself. A
`ScreenCache` stands between such a model (the *source*) and its view: it has the source's rows and
columns, but a row's values are only copied in (by `fill`, which the view calls just before it paints
those rows), so painting reads them from C++ with no Python at all.

The source stays the model of record: it pages, resets, inserts rows and reports changed rows as usual,
and the cache follows those signals. A source provides `cell_roles(row)`, the row's values per column as
role -> value maps. The cache holds the values of at most `max_rows` rows; rows far off screen are
emptied again (their values freed) and refilled if they come back into view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

Index = QModelIndex | QPersistentModelIndex
FILLED_ROWS_MAX = 1024  # a few screens; scrolling further empties rows that are off screen


class ScreenCache(QStandardItemModel):
    def __init__(self, source: QAbstractItemModel, max_rows: int = FILLED_ROWS_MAX) -> None:
        columns = source.columnCount()
        super().__init__(source.rowCount(), columns)
        self._source = source
        cell_roles = getattr(source, "cell_roles", None)
        if not callable(cell_roles):
            raise TypeError(f"{type(source).__name__} has no cell_roles(row) for a ScreenCache to copy")
        self._cell_roles: Callable[[int], list[dict[int, Any]]] = cell_roles
        self._max_rows = max_rows
        self._filled: set[int] = set()
        # Items are read-only rows of a list: never editable, never parents.
        prototype = QStandardItem()
        prototype.setFlags(
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        )
        self.setItemPrototype(prototype)
        self.setHorizontalHeaderLabels(
            [
                str(source.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                for c in range(columns)
            ]
        )
        source.modelReset.connect(self._reset)
        source.layoutChanged.connect(self._reset)  # rows moved: start again rather than track them
        source.rowsInserted.connect(self._rows_inserted)
        source.rowsRemoved.connect(self._rows_removed)
        source.dataChanged.connect(self._data_changed)

    def filled_rows(self) -> int:
        return len(self._filled)

    def fill(self, first: int, last: int) -> None:
        """Copy rows `first`..`last` from the source, those not copied yet (the view calls this just
        before painting them). Signals stay quiet: the paint that follows shows the values, and a
        dataChanged here would only ask for that paint a second time."""
        last = min(last, self.rowCount() - 1)
        wanted = [r for r in range(max(0, first), last + 1) if r not in self._filled]
        if not wanted:
            return
        if len(self._filled) + len(wanted) > self._max_rows:
            self._empty(sorted(r for r in self._filled if not first <= r <= last))
        blocked = self.blockSignals(True)
        try:
            for row in wanted:
                for column, roles in enumerate(self._cell_roles(row)):
                    if roles:
                        self.setItemData(self.index(row, column), roles)
                self._filled.add(row)
        finally:
            self.blockSignals(blocked)

    # -- the view's paging goes to the source ------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._source.canFetchMore(QModelIndex())

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._source.fetchMore(QModelIndex())

    # -- following the source -----------------------------------------------------------------------
    def _reset(self) -> None:
        self.beginResetModel()
        blocked = self.blockSignals(True)  # inside the reset: views re-read everything at its end
        try:
            self.setRowCount(0)
            self.setRowCount(self._source.rowCount())
        finally:
            self.blockSignals(blocked)
        self._filled.clear()
        self.endResetModel()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        self._filled = {r if r < first else r + last - first + 1 for r in self._filled}
        self.insertRows(first, last - first + 1)

    def _rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        count = last - first + 1
        self._filled = {r if r < first else r - count for r in self._filled if not first <= r <= last}
        self.removeRows(first, count)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        """Changed rows are emptied, and refilled with their new values when they are next painted."""
        first, last = top_left.row(), bottom_right.row()
        self._empty([r for r in range(first, last + 1) if r in self._filled])
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _empty(self, rows: list[int]) -> None:
        blocked = self.blockSignals(True)
        try:
            for row in rows:
                for column in range(self.columnCount()):
                    # Emptied, not taken out: taking an item would drop the selection of its row.
                    self.clearItemData(self.index(row, column))
                self._filled.discard(row)
        finally:
            self.blockSignals(blocked)
