"""Input fields several pages share: a date that may be left unset, and a searchable time-zone list."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QCompleter, QDateEdit

NO_DATE = QDate(2000, 1, 1)  # shown as the edit's "not set" text


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def pytime(moment: QTime) -> time:
    return time(moment.hour(), moment.minute(), moment.second())


def optional_date(edit: QDateEdit) -> date | None:
    """The edit's date, or None while it shows its "not set" text."""
    return None if edit.date() == NO_DATE else pydate(edit.date())


class _OpensNearToday(QObject):
    """While the edit is unset, its calendar opens on this month, not on the "not set" date (2000)."""

    def __init__(self, edit: QDateEdit, calendar: QCalendarWidget) -> None:
        super().__init__(edit)
        self._edit = edit
        calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._edit.date() == NO_DATE:
            today = QDate.currentDate()
            if isinstance(watched, QCalendarWidget):
                watched.setCurrentPage(today.year(), today.month())
        return False


def date_edit(display_format: str, unset_text: str) -> QDateEdit:
    """A calendar date edit that starts unset and shows `unset_text` until a date is chosen."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(unset_text)
    edit.setDate(NO_DATE)
    _OpensNearToday(edit, edit.calendarWidget())
    return edit


def zone_combo() -> QComboBox:
    """Every IANA time zone, typed into with completion on any part of the name (e.g. 'paris')."""
    combo = QComboBox()
    combo.setEditable(True)
    zones = sorted(available_timezones())
    combo.addItems(zones)
    completer = QCompleter(zones, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    # Typed text is never added as a zone of its own: Enter takes the suggestion picked in the list, or
    # else the first zone whose name contains what was typed ("paris" -> Europe/Paris).
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer.activated.connect(lambda zone: _choose_zone(combo, zone))
    line = combo.lineEdit()
    assert line is not None  # an editable combo has one
    line.returnPressed.connect(lambda: _choose_zone(combo, line.text()))
    return combo


def _choose_zone(combo: QComboBox, typed: str) -> None:
    index = combo.findText(typed.strip(), Qt.MatchFlag.MatchFixedString)
    if index < 0:
        index = combo.findText(typed.strip(), Qt.MatchFlag.MatchContains)
    if index >= 0:
        combo.setCurrentIndex(index)
        combo.setEditText(combo.itemText(index))
