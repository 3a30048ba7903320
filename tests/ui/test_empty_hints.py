"""A new event's empty pages say what would appear there and how to get it (they showed blank tables);
the hint goes once there is something to show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hybridhub.notes.capture import NoteInput, add_note
from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages.browser_page import BrowserPage
from hybridhub.ui.pages.people_page import PeoplePage
from hybridhub.ui.pages.themes_page import ThemesPage
from hybridhub.ui.store_signals import StoreTopic


def test_empty_pages_say_what_to_do_until_there_is_something(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    browse = window.go_to(BrowserPage)
    qtbot.waitUntil(ctx.tasks.wait_idle)
    browse.table.viewport().grab()  # paints, as the screen does
    assert browse.empty_hint.is_showing()
    assert "Notes, paper forms and imported discussions" in browse.table.accessibleDescription()
    people = window.go_to(PeoplePage)
    qtbot.waitUntil(ctx.tasks.wait_idle)
    assert people.empty_hint.is_showing()
    themes = window.go_to(ThemesPage)
    assert themes.empty_hint.is_showing()

    ws = ctx.workspace
    ws.run(lambda s: add_note(s, ws.event(s).id, NoteInput("Navette le soir #transport")))
    ctx.store.notify(StoreTopic.NOTES, StoreTopic.CONTRIBUTIONS, StoreTopic.THEMES)
    window.refresh()
    qtbot.waitUntil(lambda: not themes.empty_hint.is_showing())
    browse = window.go_to(BrowserPage)
    qtbot.waitUntil(lambda: not browse.empty_hint.is_showing())
    browse.table.viewport().grab()
    assert browse.table.accessibleDescription() == ""
