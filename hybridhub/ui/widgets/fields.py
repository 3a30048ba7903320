"""Input fields several pages share: a date that may be left unset, and a searchable time-zone list."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit

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


def date_edit(display_format: str, unset_text: str) -> QDateEdit:
    """A calendar date edit that starts unset and shows `unset_text` until a date is chosen."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(unset_text)
    edit.setDate(NO_DATE)
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
    return combo
