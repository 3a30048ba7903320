"""Qt model of the mapping step: a table's first rows, with the role each column plays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hybridhub.importers.mapping import ROLE_LABELS
from hybridhub.ui.style import active_theme

Index = QModelIndex | QPersistentModelIndex


class ColumnPreviewModel(QAbstractTableModel):
    """Columns of the file as they are, the first rows under them; mapped columns are tinted and
    their header says which role they feed ('Text ← Question Asked')."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.roles: dict[str, str] = {}  # role -> column

    def set_table(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = list(headers), [list(r) for r in rows]
        self.endResetModel()

    def set_roles(self, roles: dict[str, str]) -> None:
        self.roles = dict(roles)
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(max(len(self.rows) - 1, 0), len(self.headers) - 1)
            )

    def _role_of(self, column: int) -> str | None:
        name = self.headers[column]
        return next((r for r, c in self.roles.items() if c == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self.headers)
        ):
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return value.replace("\n", " ⏎ ")[:120]
        if role == Qt.ItemDataRole.ToolTipRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and self._role_of(index.column()):
            return QBrush(QColor(active_theme().highlight))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        mapped = self._role_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.headers[section]
            return f"{name}\n→ {self.tr(ROLE_LABELS[mapped])}" if mapped else f"{name}\n"
        if role == Qt.ItemDataRole.FontRole and mapped:
            font = QFont()
            font.setBold(True)
            return font
        return None
