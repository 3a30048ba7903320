"""Steps several GUI tests share: the real main window, shown and active; a badge checked in at the desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages.checkin_page import CheckinPage
from tests.checkin.helpers import code_of


def active_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    """The main window, shown and active (keys go to it)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def scan_at_the_desk(qtbot: QtBot, window: MainWindow, name: str) -> CheckinPage:
    """Go to the desk and type `name`'s badge code into the scan field, as a USB scanner does."""
    desk = window.go_to(CheckinPage)
    assert isinstance(desk, CheckinPage)
    qtbot.waitUntil(window.ctx.tasks.wait_idle)
    desk.input.setFocus()
    with qtbot.waitSignal(desk.outcome_shown, timeout=3000):
        qtbot.keyClicks(desk.input, code_of(window.ctx.workspace, name))
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    return desk
