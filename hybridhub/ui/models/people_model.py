"""Participants with their channels, contribution counts and consent flags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from hybridhub.people.directory import PersonRow
from hybridhub.people.suggest import MergeSuggestion
from hybridhub.ui.models.row_table import RowTableModel
from hybridhub.ui.words import channel_name

COLUMNS = (
    str(QT_TRANSLATE_NOOP("Tables", "Pseudonym")),
    str(QT_TRANSLATE_NOOP("Tables", "Name")),
    str(QT_TRANSLATE_NOOP("Tables", "Channels")),
    str(QT_TRANSLATE_NOOP("Tables", "Items")),
    str(QT_TRANSLATE_NOOP("Tables", "Quote")),
    str(QT_TRANSLATE_NOOP("Tables", "Name shown")),
    str(QT_TRANSLATE_NOOP("Tables", "Contact")),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _yn(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "—"}[value]


class PeopleModel(RowTableModel):
    COLUMNS = COLUMNS

    def person(self, row: int) -> PersonRow | None:
        return self.row_at(row)

    def row_of(self, participant_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)

    def cell(self, r: PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.pseudonym,
                r.display_name or "",
                ", ".join(channel_name(c) for c in r.channels),
                str(r.contributions),
                self.tr(_yn(r.consent_quote)),
                self.tr(_yn(r.consent_name)),
                self.tr(_yn(r.consent_contact)),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r.id
        return None


class MergeSuggestionsModel(RowTableModel):
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("Tables", "Keep")),
        str(QT_TRANSLATE_NOOP("Tables", "Merge into it")),
        str(QT_TRANSLATE_NOOP("Tables", "Why")),
    )

    def suggestion(self, row: int) -> MergeSuggestion | None:
        return self.row_at(row)

    def cell(self, s: MergeSuggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.keep_label, s.merge_label, "; ".join(s.reasons))[column]
        return None
