"""Open theme suggestions from keyword rules, for the facilitator to accept or reject."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from hybridhub.themes.rules import Suggestion
from hybridhub.ui.models.row_table import RowTableModel
from hybridhub.ui.words import channel_name

COLUMNS = (
    str(QT_TRANSLATE_NOOP("Tables", "Theme")),
    str(QT_TRANSLATE_NOOP("Tables", "Channel")),
    str(QT_TRANSLATE_NOOP("Tables", "Text")),
)
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionsModel(RowTableModel):
    COLUMNS = COLUMNS

    def pair(self, row: int) -> tuple[int, int]:
        s = self._rows[row]
        return s.contribution_id, s.theme_id

    def cell(self, s: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.theme_name, channel_name(s.channel), " ".join(s.text.split()))[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(s.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return s.text
        if role == PAIR_ROLE:
            return (s.contribution_id, s.theme_id)
        return None
