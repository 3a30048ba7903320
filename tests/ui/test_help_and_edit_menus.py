"""Menus as on any desktop app: Edit acts on the field being typed in (and is the desk's undo on the
check-in page); Help > Guides opens the user guides, offline, with their screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from hybridhub.ui.context import AppContext
from hybridhub.ui.guides import GUIDES, available_guides
from hybridhub.ui.pages.notes_page import NotesPage
from tests.checkin.helpers import register
from tests.ui.helpers import active_window, scan_at_the_desk


def test_every_guide_is_in_the_help_menu_and_opens_with_its_pictures(qtbot: QtBot, ctx: AppContext) -> None:
    window = active_window(qtbot, ctx)
    guides = available_guides()
    assert [p.name for p in guides] == list(GUIDES)  # shipped with the package, all of them
    titles = [a.text() for a in window.guides_menu.actions()]
    assert "Check-in at the door" in titles and "Several laptops, one event" in titles
    guide = window.show_guide(next(p for p in guides if p.name == "checkin.md"))
    qtbot.waitUntil(guide.isVisible)
    assert guide.windowTitle() == "Check-in at the door"
    text = guide.browser.toPlainText()
    assert "Check-in at the door" in text and "#" not in text.splitlines()[0]  # rendered, not raw
    images = [
        line.split("](")[1].split(")")[0] for line in Path(guides[0]).read_text().splitlines() if "![" in line
    ]
    for image in images:
        assert guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, image) is not None
    guide.close()


def test_edit_menu_acts_on_the_field_being_typed_in(qtbot: QtBot, ctx: AppContext) -> None:
    window = active_window(qtbot, ctx)
    notes = window.go_to(NotesPage)
    field = notes.editor
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Ramp at the town hall")
    window.edit_actions["selectAll"].trigger()
    window.edit_actions["cut"].trigger()
    assert field.toPlainText() == ""
    window.edit_actions["paste"].trigger()
    window.edit_actions["paste"].trigger()
    assert field.toPlainText() == "Ramp at the town hallRamp at the town hall"
    window.edit_actions["undo"].trigger()
    assert field.toPlainText() == "Ramp at the town hall"


def test_on_the_desk_undo_is_the_last_check_in(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    register(ctx.workspace, tmp_path)
    window = active_window(qtbot, ctx)
    desk = scan_at_the_desk(qtbot, window, "Jörg Schäfer")
    window._name_undo()
    assert window.edit_actions["undo"].text().startswith("&Undo the last check-in")
    with qtbot.waitSignal(desk.outcome_shown, timeout=3000):
        window.edit_actions["undo"].trigger()
    assert desk.panel.state == "grey" and "undone" in desk.panel.detail.text()
    desk.decoder.shutdown()
    qtbot.waitUntil(ctx.tasks.wait_idle)
