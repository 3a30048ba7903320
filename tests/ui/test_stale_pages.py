"""Every page shows the current data after a change, an import or a workspace switch.

Seen before: in a new workspace, after importing two chats, People and Themes stayed empty until a
search was typed, and pages of the closed workspace raised "Internal C++ object (QLabel) already
deleted" (pytest-qt fails a test on any exception in a Qt callback and on any Qt warning).
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hybridhub.core.workspace import create_workspace
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages import PAGES
from hybridhub.ui.pages.browser_page import BrowserPage
from hybridhub.ui.pages.checkin_page import CheckinPage
from hybridhub.ui.pages.import_page import ImportPage
from hybridhub.ui.pages.notes_page import NotesPage
from hybridhub.ui.pages.overview_page import OverviewPage
from hybridhub.ui.pages.people_page import PeoplePage
from hybridhub.ui.pages.report_page import ReportPage
from hybridhub.ui.pages.themes_page import ThemesPage

CHATS = {
    "WhatsApp Chat with Bus.txt": (
        "14/11/2026, 18:05 - Zoë Lefèvre-Nguyễn: Le bus 🚌 ne passe plus après 19h\n"
        "14/11/2026, 18:07 - 王芳: 我们需要更多的公交车\n"
    ),
    "WhatsApp Chat with Nurses.txt": (
        "14/11/2026, 19:01 - عائشة بن علي: نحتاج إلى ممرضة\n"
        "14/11/2026, 19:02 - Zoë Lefèvre-Nguyễn: Une infirmière de référence, s'il vous plaît\n"
        "14/11/2026, 19:03 - Γιώργος: Χρειαζόμαστε νοσοκόμα\n"
    ),
}


def _visit_every_page(qtbot: QtBot, window: MainWindow) -> None:
    for row in range(len(PAGES)):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(window.ctx.tasks.wait_idle, timeout=10000)


def test_pages_follow_imports_and_workspace_switches(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    first = ctx.workspace.target
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _visit_every_page(qtbot, window)  # every page built on the first workspace

    second = tmp_path / "second.hybridhub"
    create_workspace(second, "Second forum", timezone="Europe/Paris").close()
    dialogs.answers["open_file"] = deque([second])
    window.choose_workspace()
    assert window.event_label.text() == "Second forum"
    _visit_every_page(qtbot, window)

    for name, text in CHATS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    imports = window.go_to(ImportPage)
    imports.add_paths([tmp_path / name for name in CHATS])
    qtbot.waitUntil(lambda: len(imports.files.ready()) == 2, timeout=10000)
    imports.import_all()
    qtbot.waitUntil(lambda: imports.batches.rowCount() == 2, timeout=20000)

    people = window.go_to(PeoplePage)  # off screen during the import: it catches up when shown
    qtbot.waitUntil(lambda: people.people.rowCount() == 4)  # Zoë once in both chats
    themes = window.go_to(ThemesPage)
    qtbot.waitUntil(lambda: themes.model.rowCount() == 5)
    browse = window.go_to(BrowserPage)
    qtbot.waitUntil(lambda: browse.model.rowCount() == 5)
    qtbot.waitUntil(lambda: browse.count_label.text() == "5 contribution(s)")
    overview = window.go_to(OverviewPage)
    qtbot.waitUntil(lambda: overview.people_card.value.text() == "4")
    assert overview.online_card.value.text() == "4" and overview.offline_card.value.text() == "0"
    assert not overview.next_steps.isVisible()
    notes = window.go_to(NotesPage)
    assert notes.speaker_combo.findText("王芳", Qt.MatchFlag.MatchContains) > 0
    assert notes.speaker_combo.currentText() == ""  # nobody is preselected
    desk = window.go_to(CheckinPage)
    qtbot.waitUntil(lambda: desk.counts_label.text() == "0 present of 0")  # online people are not expected
    report = window.go_to(ReportPage)
    assert report.session_list.count() == 0

    dialogs.answers["open_file"] = deque([first])  # back to the first one
    window.choose_workspace()
    overview = window.go_to(OverviewPage)
    qtbot.waitUntil(lambda: overview.next_steps.isVisible())
    assert overview.people_card.value.text() == "0"
    people = window.go_to(PeoplePage)
    qtbot.waitUntil(lambda: people.people.rowCount() == 0)
    browse = window.go_to(BrowserPage)
    qtbot.waitUntil(lambda: browse.count_label.text() == "0 contribution(s)")
    _visit_every_page(qtbot, window)
