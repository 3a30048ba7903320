"""Shared input fields: an unset date's calendar opens on this month (it opened on January 2000), and
the time-zone box takes Enter on a suggestion or on part of a zone's name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit
from pytestqt.qtbot import QtBot

from hybridhub.ui.widgets.fields import NO_DATE, date_edit, optional_date, zone_combo


def _open_calendar(qtbot: QtBot, edit: QDateEdit) -> None:
    """A click on the drop-down arrow at the edit's right end, as the user does."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen popups: no raise() or grab
def test_an_unset_dates_calendar_opens_on_this_month(qtbot: QtBot) -> None:
    edit = date_edit("d MMM yyyy", "not set")
    qtbot.addWidget(edit)
    edit.show()
    calendar = edit.calendarWidget()
    _open_calendar(qtbot, edit)
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.date() == NO_DATE and optional_date(edit) is None  # opening chose nothing
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    edit.setDate(QDate(2024, 3, 7))
    _open_calendar(qtbot, edit)
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 3)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup offscreen
def test_enter_on_part_of_a_zone_name_chooses_that_zone(qtbot: QtBot, qapp: QApplication) -> None:
    combo = zone_combo()
    qtbot.addWidget(combo)
    combo.show()
    count = combo.count()
    combo.lineEdit().clear()  # type: ignore[union-attr]
    qtbot.keyClicks(combo.lineEdit(), "paris")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentText() == "Europe/Paris"
    assert combo.count() == count  # nothing typed was added as a zone


def test_a_suggestion_picked_in_the_list_is_the_zone(qtbot: QtBot) -> None:
    combo = zone_combo()
    qtbot.addWidget(combo)
    combo.show()
    completer = combo.completer()
    completer.activated.emit("Asia/Shanghai")  # the user picked it in the popup
    assert combo.currentText() == "Asia/Shanghai"
