"""A facilitator's day with the keyboard alone: pages are reached by shortcuts (the sidebar takes no
focus, so a scanner's keystrokes never land in it), and a note is reached by Tab and saved by Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages import PAGES
from tests.ui.helpers import active_window


def _title(window: MainWindow) -> str:
    return PAGES[window.sidebar.currentRow()].title


def test_pages_are_reached_by_shortcuts(qtbot: QtBot, ctx: AppContext) -> None:
    window = active_window(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert _title(window) == "Notes"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _title(window) == "Paper forms"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert _title(window) == "Check-in"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _title(window) == "Overview"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert _title(window) == PAGES[-1].title  # wraps around to the last page


def test_a_note_is_typed_and_saved_without_the_mouse(qtbot: QtBot, ctx: AppContext) -> None:
    from hybridhub.ui.pages.notes_page import NotesPage

    window = active_window(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.page(NotesPage)
    assert isinstance(page, NotesPage)
    for _ in range(40):  # Tab through the page until the note editor has the focus
        if QApplication.focusWidget() is page.editor:
            break
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused if isinstance(focused, QWidget) else window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor
    qtbot.keyClicks(page.editor, "The bus stops at 7pm #transport")
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.notes_list.count() == 1 and ctx.tasks.wait_idle(), timeout=3000)
    assert "The bus stops at 7pm" in page.notes_list.item(0).text()
