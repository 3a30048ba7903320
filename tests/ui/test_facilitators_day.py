"""A facilitator's day on a NEW event, through the real window and widgets: the event with its zone and
an evening session, an import of the online chat, a note of a table, the door, a paper form keyed in,
and the report. Every page shows the times in the event's zone (Europe/Paris, UTC+1 in November) and
the same counts as the report's cover and `stats --json`."""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hybridhub.cli import main
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages.browser_page import BrowserPage
from hybridhub.ui.pages.checkin_page import CheckinPage
from hybridhub.ui.pages.event_page import EventPage
from hybridhub.ui.pages.import_page import ImportPage
from hybridhub.ui.pages.keyed_page import KeyedEntryPage
from hybridhub.ui.pages.notes_page import NotesPage
from hybridhub.ui.pages.overview_page import OverviewPage
from hybridhub.ui.pages.report_page import ReportPage
from hybridhub.ui.pages.themes_page import ThemesPage
from tests.checkin.helpers import code_of, write_list
from tests.paperforms.conftest import print_sheets

# Written in Paris at 18:05 and 18:07 local time (17:05 and 17:07 UTC).
CHAT = (
    "14/11/2026, 18:05 - Zoë Lefèvre-Nguyễn: Le bus 🚌 ne passe plus après 19h\n"
    "14/11/2026, 18:07 - 王芳: 我们需要更多的公交车\n"
)


def _new_event(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    dialogs.answers["save_file"] = deque([tmp_path / "forum"])
    dialogs.answers["get_text"] = deque(["Forum santé — 健康论坛"])
    window.new_workspace()
    assert window.event_label.text() == "Forum santé — 健康论坛"
    event = window.go_to(EventPage)
    assert isinstance(event, EventPage)
    event.tz_combo.setCurrentText("Europe/Paris")
    event.starts_edit.setDate(QDate(2026, 11, 14))
    event.venue_edit.setText("Maison des associations, Lyon")
    qtbot.mouseClick(event.add_button, Qt.MouseButton.LeftButton)
    sessions = event.sessions
    sessions.setData(sessions.index(0, 0), "Table ronde")
    sessions.setData(sessions.index(0, 2), QTime(18, 0))
    sessions.setData(sessions.index(0, 3), QTime(20, 0))
    sessions.setData(sessions.index(0, 4), "in-person")
    assert event.save()
    assert not event.unsaved()


def _import_the_chat(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Forum.txt"
    chat.write_text(CHAT, encoding="utf-8")
    imports = window.go_to(ImportPage)
    assert isinstance(imports, ImportPage)
    imports.add_paths([chat])
    qtbot.waitUntil(lambda: len(imports.files.ready()) == 1, timeout=10000)
    imports.files_view.selectRow(0)
    qtbot.waitUntil(lambda: imports.preview_model.rowCount() == 2, timeout=10000)
    assert imports.preview_model.index(0, 1).data().endswith("18:05")  # as written, in Paris
    imports.import_all()
    qtbot.waitUntil(lambda: imports.batches.rowCount() == 1, timeout=20000)


def _times_on_browse_and_themes(qtbot: QtBot, window: MainWindow) -> None:
    browse = window.go_to(BrowserPage)
    assert isinstance(browse, BrowserPage)
    qtbot.waitUntil(lambda: browse.model.rowCount() == 2)
    shown = {browse.model.index(r, 0).data() for r in range(2)}
    assert any(w.endswith("18:05") for w in shown) and any(w.endswith("18:07") for w in shown), shown
    themes = window.go_to(ThemesPage)
    assert isinstance(themes, ThemesPage)
    qtbot.waitUntil(lambda: themes.model.rowCount() >= 2)
    coded = {themes.model.index(r, 0).data() for r in range(themes.model.rowCount())}
    assert any(w.endswith("18:05") for w in coded), coded


def _note_of_a_table(qtbot: QtBot, window: MainWindow) -> None:
    notes = window.go_to(NotesPage)
    assert isinstance(notes, NotesPage)
    assert notes.speaker_combo.currentText() == ""  # nobody preselected, not even 王芳 from the chat
    assert notes.speaker_combo.findText("王芳", Qt.MatchFlag.MatchContains) > 0
    notes.session_combo.setCurrentIndex(
        notes.session_combo.findText("Table ronde", Qt.MatchFlag.MatchContains)
    )
    assert "18:00" in notes.session_combo.currentText()  # the session as set, in the event's zone
    qtbot.keyClicks(notes.editor, "Il faut une navette le soir #transport")
    notes.voices_spin.setValue(8)
    notes.speaker_combo.setEditText("Table 3")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: notes.notes_list.count() == 1 and window.ctx.tasks.wait_idle(), timeout=5000)


def _at_the_door(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> CheckinPage:
    desk = window.go_to(CheckinPage)
    assert isinstance(desk, CheckinPage)
    desk.import_registrations(write_list(tmp_path))
    desk.mapping_dialog.accept()
    qtbot.waitUntil(lambda: desk.counts_label.text().startswith("0 present of 4"), timeout=10000)
    desk.input.setFocus()
    with qtbot.waitSignal(desk.outcome_shown, timeout=3000):
        qtbot.keyClicks(desk.input, code_of(window.ctx.workspace, "Élodie Müller"))
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.panel.state == "green", desk.panel.detail.text() + desk.panel.name.text()
    # Zoë and 王芳 wrote online only: they are not expected at the door
    qtbot.waitUntil(lambda: desk.counts_label.text().startswith("1 present of 4"))
    return desk


def _a_paper_form(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    printed = print_sheets(window.ctx.workspace, tmp_path, copies=1, lang="fr")
    keyed = window.go_to(KeyedEntryPage)
    assert isinstance(keyed, KeyedEntryPage)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keyed.code_edit.setFocus()
    qtbot.keyClicks(keyed.code_edit, printed.codes[0].lower())
    qtbot.keyClick(keyed.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is keyed.edits[0])
    for edit, keys in zip(
        keyed.edits, ("4", "5", "Plus de bus le soir", "", "1", "2", "4", "1"), strict=False
    ):
        if keys:
            qtbot.keyClicks(edit, keys)
    with qtbot.waitSignal(window.ctx.store.changed, timeout=3000):
        qtbot.keyClick(keyed.edits[-1], Qt.Key.Key_Return)
    assert "saved" in keyed.status.text()


def _report_agrees(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path, capsys: object
) -> None:
    overview = window.go_to(OverviewPage)
    assert isinstance(overview, OverviewPage)
    # Zoë and 王芳 online; the table's 8 voices and the paper form's (unnamed) author offline; Élodie
    # came through the door without contributing: counted apart
    qtbot.waitUntil(lambda: overview.people_card.value.text() == "11", timeout=10000)
    people = overview.people_card.value.text(), overview.offline_card.value.text()
    online = overview.online_card.value.text()
    assert (people, online) == (("11", "9"), "2")
    detail = overview.people_card.detail.text()
    assert "3 named people + 8 voices in notes" in detail and "1 more came without contributing" in detail
    report = window.go_to(ReportPage)
    assert isinstance(report, ReportPage)
    dialogs.answers["save_file"] = deque([tmp_path / "rapport.pdf"])
    qtbot.mouseClick(report.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report.open_button.isEnabled(), timeout=60000)
    cover = PdfReader(tmp_path / "rapport.pdf").pages[0].extract_text()
    assert "11" in cover.split() and "9" in cover.split() and "健康论坛" in cover
    path = str(window.ctx.workspace.path)
    capsys.readouterr()  # type: ignore[attr-defined]
    assert main(["stats", "-w", path, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert (stats["people"], stats["people_offline"], stats["people_online"]) == (11, 9, 2)


def test_a_facilitators_day_on_a_new_event(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path, capsys: object
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    _new_event(qtbot, window, dialogs, tmp_path)
    _import_the_chat(qtbot, window, tmp_path)
    _times_on_browse_and_themes(qtbot, window)
    _note_of_a_table(qtbot, window)
    desk = _at_the_door(qtbot, window, tmp_path)
    _a_paper_form(qtbot, window, tmp_path)
    _report_agrees(qtbot, window, dialogs, tmp_path, capsys)
    desk.decoder.shutdown()
    qtbot.waitUntil(window.ctx.tasks.wait_idle)
