"""Participants with their channels, contribution counts and consent flags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hybridhub.core.channels import label
from hybridhub.people.directory import PersonRow
from hybridhub.people.suggest import MergeSuggestion

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Pseudonym", "Name", "Channels", "Items", "Quote", "Name shown", "Contact")
ID_ROLE = Qt.UserRole + 1


def _yn(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "—"}[value]


class PeopleModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, participant_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)

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
        r = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return (
                r.pseudonym,
                r.display_name or "",
                ", ".join(label(c) for c in r.channels),
                str(r.contributions),
                self.tr(_yn(r.consent_quote)),
                self.tr(_yn(r.consent_name)),
                self.tr(_yn(r.consent_contact)),
            )[index.column()]
        if role == Qt.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == ID_ROLE:
            return r.id
        return None


class MergeSuggestionsModel(QAbstractTableModel):
    COLUMNS = ("Keep", "Merge into it", "Why")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[MergeSuggestion] = []

    def set_rows(self, rows: list[MergeSuggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def suggestion(self, row: int) -> MergeSuggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return (s.keep_label, s.merge_label, "; ".join(s.reasons))[index.column()]
        return None
