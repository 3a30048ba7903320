"""Unsaved changes are saved or asked about, with named choices, on quit, on leaving the page and on
opening another workspace (editing the venue then pressing Ctrl+Q quit without a word)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from hybridhub.core.workspace import create_workspace, open_workspace
from hybridhub.events.actions import read_details
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages.event_page import EventPage
from hybridhub.ui.pages.overview_page import OverviewPage

SAVE, DISCARD, CANCEL = 0, 1, 2
VENUE = "Salle des fêtes, 12 rue de l'Église — 会议室"


def _window_with_an_edited_venue(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, EventPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to(EventPage)
    assert isinstance(page, EventPage)
    page.venue_edit.setText(VENUE)
    assert page.unsaved()
    return window, page


def test_quit_asks_and_cancel_keeps_the_window_and_the_edit(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    window, page = _window_with_an_edited_venue(qtbot, ctx)
    dialogs.answers["choose"] = deque([CANCEL])
    quit_action = next(a for a in window.findChildren(QAction) if a.text() == "&Quit")
    quit_action.trigger()
    assert window.isVisible() and page.venue_edit.text() == VENUE
    assert dialogs.choices[-1] == ("Save", "Discard", "Cancel")
    dialogs.answers["choose"] = deque([SAVE])
    assert window.close()
    assert read_details(ctx.workspace).venue == VENUE


def test_leaving_the_page_asks_discard_restores_and_cancel_stays(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    window, page = _window_with_an_edited_venue(qtbot, ctx)
    dialogs.answers["choose"] = deque([CANCEL, DISCARD])
    window.go_to(OverviewPage)
    assert window.stack.currentWidget() is page and page.venue_edit.text() == VENUE
    assert window.sidebar.currentRow() == window.stack.currentIndex()
    window.go_to(OverviewPage)
    assert isinstance(window.stack.currentWidget(), OverviewPage)
    assert page.venue_edit.text() == "" and not page.unsaved()
    assert read_details(ctx.workspace).venue in (None, "")


def test_opening_another_workspace_asks_first(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window, _page = _window_with_an_edited_venue(qtbot, ctx)
    other = tmp_path / "other.hybridhub"
    create_workspace(other, "Other forum").close()
    dialogs.answers["choose"] = deque([CANCEL, SAVE])
    assert not window.switch_to(other)
    first = ctx.workspace.target
    assert window.switch_to(other)
    assert window.event_label.text() == "Other forum"
    reopened = open_workspace(first)
    assert read_details(reopened).venue == VENUE  # saved before the switch
    reopened.close()


def test_opening_a_server_workspace_asks_first(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    window, page = _window_with_an_edited_venue(qtbot, ctx)
    dialogs.answers["choose"] = deque([CANCEL, CANCEL])
    assert not window.open_server()  # File > Open server workspace…
    assert not window.open_recent("postgresql://marie@127.0.0.1:1/forum")  # a recent server's
    assert dialogs.choices == [("Save", "Discard", "Cancel")] * 2
    assert not [shown for shown in dialogs.shown if shown[0] == "ask_server"]  # cancelled before
    assert page.venue_edit.text() == VENUE and window.stack.currentWidget() is page
