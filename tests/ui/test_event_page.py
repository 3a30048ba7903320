from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models import Event, EventSession
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.models.sessions_model import SessionsModel
from hybridhub.ui.pages.event_page import EventPage


def stored_event(ctx: AppContext) -> tuple[Event, list[EventSession]]:
    with ctx.workspace.session() as s:
        event = s.scalars(select(Event)).one()
        sessions = list(s.scalars(select(EventSession).order_by(EventSession.position)))
        return event, sessions


def test_typing_and_saving_the_event(qtbot: QtBot, ctx: AppContext) -> None:
    page = EventPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.save_button.isEnabled()

    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Citizens' panel on buses")
    qtbot.keyClicks(page.venue_edit, "Town hall, room 2")
    qtbot.keyClicks(page.who_edit, "Bus users, especially those without a car")
    qtbot.keyClicks(page.what_edit, "Which routes to keep")
    qtbot.keyClicks(page.why_edit, "The contract is renewed in March")
    qtbot.mouseClick(page.lang_boxes["fr"], Qt.LeftButton)
    qtbot.keyClicks(page.other_langs, "ar")
    page.starts_edit.setDate(QDate(2026, 12, 3))
    page.ends_edit.setDate(QDate(2026, 12, 3))
    assert page.save_button.isEnabled() and "Unsaved" in page.status.text()

    with qtbot.waitSignal(ctx.store.changed, timeout=2000):
        qtbot.mouseClick(page.save_button, Qt.LeftButton)

    event, _ = stored_event(ctx)
    assert event.title == "Citizens' panel on buses"
    assert event.venue == "Town hall, room 2"
    assert event.purpose_who == "Bus users, especially those without a car"
    assert event.purpose_why == "The contract is renewed in March"
    assert event.languages == ["en", "fr", "ar"]
    assert event.starts_on == date(2026, 12, 3)
    assert not page.save_button.isEnabled()


def test_sessions_editor_adds_edits_and_saves_in_the_event_zone(qtbot: QtBot, ctx: AppContext) -> None:
    page = EventPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.starts_edit.setDate(QDate(2026, 12, 3))
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    model = page.sessions
    assert model.rowCount() == 2
    model.setData(model.index(0, 0), "Opening")
    model.setData(model.index(0, 2), QTime(9, 30))
    model.setData(model.index(0, 3), QTime(10, 15))
    model.setData(model.index(0, 4), "in-person")
    model.setData(model.index(1, 0), "Breakout A")
    page.sessions_view.selectRow(1)
    qtbot.mouseClick(page.up_button, Qt.LeftButton)
    assert model.index(0, 0).data() == "Breakout A"
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    qtbot.keySequence(page, "Ctrl+S")

    _, sessions = stored_event(ctx)
    assert [s.name for s in sessions] == ["Breakout A", "Opening"]
    opening = sessions[1]
    # Europe/Paris is UTC+1 in December: 09:30 local is 08:30 UTC
    assert opening.starts_at.hour == 8 and opening.starts_at.minute == 30
    assert opening.mode == "in-person"


def test_invalid_input_shows_a_clear_error_and_stores_nothing(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    page = EventPage(ctx)
    qtbot.addWidget(page)
    page.title_edit.clear()
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert dialogs.errors() == ["field 'title': the event needs a title"]
    page.title_edit.setText("Fine title")
    page.starts_edit.setDate(QDate(2026, 12, 5))
    page.ends_edit.setDate(QDate(2026, 12, 1))
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "ends before it starts" in dialogs.errors()[-1]
    page.tz_combo.setCurrentText("Atlantis/Capital")
    page.ends_edit.setDate(QDate(2026, 12, 6))
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "unknown time zone 'Atlantis/Capital'" in dialogs.errors()[-1]
    event, _ = stored_event(ctx)
    assert event.title == "Test workshop"


def test_revert_restores_what_is_stored(qtbot: QtBot, ctx: AppContext) -> None:
    page = EventPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.venue_edit, "Somewhere")
    qtbot.mouseClick(page.revert_button, Qt.LeftButton)
    assert page.venue_edit.text() == ""
    assert not page.save_button.isEnabled()


def test_sessions_model_passes_the_model_tester(qtmodeltester: object, qapp: object) -> None:
    from hybridhub.events.service import SessionDraft

    model = SessionsModel(LocalTimes("Europe/Paris"), date(2026, 1, 1))
    model.set_sessions([SessionDraft("A", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10))])
    model.add_session()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
