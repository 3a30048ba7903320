"""Open theme suggestions from keyword rules, for the facilitator to accept or reject."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hybridhub.core.channels import label
from hybridhub.themes.rules import Suggestion

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Theme", "Channel", "Text")
PAIR_ROLE = Qt.UserRole + 1


class SuggestionsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Suggestion] = []

    def set_rows(self, rows: list[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def pair(self, row: int) -> tuple[int, int]:
        s = self._rows[row]
        return s.contribution_id, s.theme_id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return (s.theme_name, label(s.channel), " ".join(s.text.split()))[index.column()]
        if role == Qt.DecorationRole and index.column() == 0:
            return QColor(s.colour)
        if role == Qt.ToolTipRole and index.column() == 2:
            return s.text
        if role == PAIR_ROLE:
            return (s.contribution_id, s.theme_id)
        return None
