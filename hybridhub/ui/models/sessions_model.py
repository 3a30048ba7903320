"""Editable table of the event's sessions (agenda), over `SessionDraft`s from the events service."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models.event import SESSION_MODES
from hybridhub.events.service import SessionDraft
from hybridhub.ui.models.row_table import RowTableModel
from hybridhub.ui.widgets.fields import pydate, pytime, qdate

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    str(QT_TRANSLATE_NOOP("Tables", "Name")),
    str(QT_TRANSLATE_NOOP("Tables", "Date")),
    str(QT_TRANSLATE_NOOP("Tables", "Starts")),
    str(QT_TRANSLATE_NOOP("Tables", "Ends")),
    str(QT_TRANSLATE_NOOP("Tables", "Mode")),
    str(QT_TRANSLATE_NOOP("Tables", "Location")),
)
NAME, DATE, STARTS, ENDS, MODE, LOCATION = range(len(COLUMNS))


class SessionsModel(RowTableModel):
    """The row-table protocol (rows, columns, titles) with editable cells."""

    COLUMNS = COLUMNS

    def __init__(self, times: LocalTimes, default_day: date | None = None) -> None:
        super().__init__()
        self.times = times  # how dates are written; the drafts' times are already the event's wall clock
        self.default_day = default_day or date.today()

    def set_sessions(self, rows: list[SessionDraft]) -> None:
        self.beginResetModel()
        self._rows = [SessionDraft(**vars(r)) for r in rows]
        self.endResetModel()

    def sessions(self) -> list[SessionDraft]:
        return [SessionDraft(**vars(r)) for r in self._rows]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def cell(self, row: SessionDraft, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if col == NAME:
                return row.name
            if col == DATE:
                day = row.starts_at or row.ends_at
                if day is None:
                    return qdate(self.default_day) if edit else ""
                return qdate(day.date()) if edit else self.times.day(day.date())
            if col in (STARTS, ENDS):
                value = row.starts_at if col == STARTS else row.ends_at
                if value is None:
                    return QTime(9, 0) if edit else ""
                wall = value.replace(tzinfo=self.times.zone)
                return QTime(value.hour, value.minute) if edit else self.times.time(wall)
            if col == MODE:
                return row.mode
            if col == LOCATION:
                return row.location
        if role == Qt.ItemDataRole.ToolTipRole and col == MODE:
            return self.tr("in-person, online or hybrid")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = self._rows[index.row()], index.column()
        day = (row.starts_at or row.ends_at or datetime.combine(self.default_day, time(9))).date()
        if col == NAME:
            row.name = str(value)
        elif col == DATE:
            new_day: date = pydate(value) if isinstance(value, QDate) else value
            if row.starts_at:
                row.starts_at = datetime.combine(new_day, row.starts_at.time())
            if row.ends_at:
                row.ends_at = datetime.combine(new_day, row.ends_at.time())
            if not row.starts_at and not row.ends_at:
                row.starts_at = datetime.combine(new_day, time(9))
        elif col in (STARTS, ENDS):
            moment: time = pytime(value) if isinstance(value, QTime) else value
            stamp = datetime.combine(day, moment)
            if col == STARTS:
                row.starts_at = stamp
            else:
                row.ends_at = stamp
        elif col == MODE:
            if str(value) not in SESSION_MODES:
                return False
            row.mode = str(value)
        elif col == LOCATION:
            row.location = str(value)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        return True

    def add_session(self) -> int:
        """Append a session an hour after the last one; returns its row."""
        last = self._rows[-1] if self._rows else None
        start = last.ends_at if last and last.ends_at else datetime.combine(self.default_day, time(9))
        number = len(self._rows) + 1
        draft = SessionDraft(
            name=self.tr("Session {0}").format(number), starts_at=start, ends_at=start + timedelta(hours=1)
        )
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(draft)
        self.endInsertRows()
        return len(self._rows) - 1

    def remove_session(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_session(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target
