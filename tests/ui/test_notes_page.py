from __future__ import annotations

from collections import deque
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.checkin.desk import Desk
from hybridhub.core.clock import utcnow
from hybridhub.core.models import Contribution, EventSession, Note, TallyOption
from hybridhub.notes.drafts import load_draft
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.notes_page import AUTOSAVE_MS, NotesPage
from hybridhub.ui.store_signals import StoreTopic


def _running_session(ctx: AppContext) -> int:
    with ctx.workspace.transaction() as s:
        ev = ctx.workspace.event(s).id
        now = utcnow()
        s.add(
            EventSession(
                event_id=ev,
                name="Earlier",
                starts_at=now - timedelta(hours=3),
                ends_at=now - timedelta(hours=2),
            )
        )
        running = EventSession(
            event_id=ev,
            name="Table talk",
            starts_at=now - timedelta(minutes=10),
            ends_at=now + timedelta(minutes=50),
            position=1,
        )
        s.add(running)
        s.flush()
        return running.id


def _draft(ctx: AppContext) -> str | None:
    with ctx.workspace.session() as s:
        d = load_draft(s, ctx.device_name)
        return d.text if d else None


def test_typing_autosaves_a_draft_and_enter_saves_the_note(qtbot: QtBot, ctx: AppContext) -> None:
    sid = _running_session(ctx)
    page = NotesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.session_combo.currentData() == sid  # the session running now
    assert AUTOSAVE_MS <= 1000

    qtbot.keyClicks(page.editor, "Buses stop at 7pm")
    qtbot.keyClick(page.editor, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClicks(page.editor, "says table 3 #transport")
    page.voices_spin.setValue(8)
    page.speaker_combo.setEditText("Table 3")
    qtbot.waitUntil(lambda: _draft(ctx) == "Buses stop at 7pm\nsays table 3 #transport", timeout=3000)

    qtbot.keyClick(page.editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.notes_list.count() == 1 and ctx.tasks.wait_idle(), timeout=3000)
    assert page.editor.toPlainText() == ""
    with ctx.workspace.session() as s:
        c = s.scalars(select(Contribution)).one()
        note = s.scalars(select(Note)).one()
        assert (c.channel, c.text, c.voices, c.session_id) == (
            "note",
            "Buses stop at 7pm\nsays table 3 #transport",
            8,
            sid,
        )
        assert note.speaker_group == "Table 3" and note.tags == ["transport"]
    assert _draft(ctx) is None
    assert "Buses stop at 7pm" in page.notes_list.item(0).text()


def test_a_draft_is_recovered_when_the_page_opens_again(qtbot: QtBot, ctx: AppContext) -> None:
    _running_session(ctx)
    page = NotesPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.editor, "half a thou")
    qtbot.waitUntil(lambda: _draft(ctx) == "half a thou", timeout=3000)
    qtbot.waitUntil(ctx.tasks.wait_idle)
    again = NotesPage(ctx)  # as after a crash and restart
    qtbot.addWidget(again)
    assert again.editor.toPlainText() == "half a thou"
    assert "recovered" in again.draft_label.text()


def test_tally_with_buttons_and_typed_counts(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.dialogs.answers["get_text"] = deque(["Which change first?", "Buses, Nurses"])  # type: ignore[attr-defined]
    _running_session(ctx)
    page = NotesPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_tally_button, Qt.LeftButton)
    (box,) = page.tally_boxes
    buses, nurses = box.spins
    plus = [b for b in box.findChildren(type(page.save_button)) if b.text() == "+"]
    qtbot.mouseClick(plus[0], Qt.LeftButton)
    qtbot.mouseClick(plus[0], Qt.LeftButton)
    spin = box.spins[nurses]
    spin.selectAll()
    qtbot.keyClicks(spin, "14")
    qtbot.keyClick(spin, Qt.Key_Return)
    with ctx.workspace.session() as s:
        counts = dict(s.execute(select(TallyOption.label, TallyOption.count)).all())
    assert counts == {"Buses": 2, "Nurses": 14}
    assert box.spins[buses].value() == 2


def test_new_people_keep_the_speaker_as_typed(qtbot: QtBot, ctx: AppContext) -> None:
    page = NotesPage(ctx)
    qtbot.addWidget(page)
    page.speaker_combo.setEditText("Table 3 — 第三桌")
    ctx.change(lambda ws: Desk(ws, "door").walk_in(name="Zoë Lefèvre-Nguyễn"), (StoreTopic.PARTICIPANTS,))
    assert page.speaker_combo.findText("Zoë Lefèvre-Nguyễn", Qt.MatchFlag.MatchContains) > 0
    assert page.speaker_combo.currentText() == "Table 3 — 第三桌"
    page.speaker_combo.setEditText("")
    ctx.change(lambda ws: Desk(ws, "door").walk_in(name="أمينة"), (StoreTopic.PARTICIPANTS,))
    assert page.speaker_combo.currentText() == ""  # not the last name of the list
