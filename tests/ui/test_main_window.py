from __future__ import annotations

import json
from collections import deque
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hybridhub.analysis.stats import workspace_stats
from hybridhub.core.workspace import create_workspace
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages.event_page import EventPage
from hybridhub.ui.pages.overview_page import OverviewPage


def test_overview_report_cover_and_stats_give_the_same_figures(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    """The Overview said 48 people (28 offline) while the report's cover said 76 (53 offline): the
    report counts a group note's voices. Now both lead with the report's figures and the card says
    what they are made of."""
    from pypdf import PdfReader

    from hybridhub.cli import main

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    overview = window.page(OverviewPage)
    qtbot.waitUntil(lambda: overview.people_card.value.text() not in ("…", "0"))
    with demo_ctx.workspace.session() as s:
        stats = workspace_stats(s, demo_ctx.workspace.event(s))
    people, offline, online = stats["people"], stats["people_offline"], stats["people_online"]
    assert (people, offline, online) == (76, 53, 28)  # 43 named people + 33 voices in notes
    assert overview.people_card.value.text() == str(people)
    assert overview.offline_card.value.text() == str(offline)
    assert overview.online_card.value.text() == str(online)
    detail = overview.people_card.detail.text()
    assert "43 named people + 33 voices in notes" in detail and "5 more came without contributing" in detail
    assert overview.contrib_card.value.text() == str(stats["contributions"])
    assert overview.contrib_card.detail.text().startswith("through 8 channel")
    assert "Living well with MS" in window.windowTitle()
    pdf = tmp_path / "report.pdf"
    assert main(["report", "-w", str(demo_ctx.workspace.target), "-o", str(pdf)]) == 0
    cover = PdfReader(pdf).pages[0].extract_text().split()
    assert {str(people), str(offline), str(online)} <= set(cover)


def test_sidebar_switches_pages_and_remembers_the_last_one(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    item = window.sidebar.item(1)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.page(EventPage)
    assert ctx.settings.last_page == "Event"


def test_renaming_the_event_updates_title_and_overview(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to(EventPage)
    assert isinstance(page, EventPage)
    page.title_edit.setText("Renamed forum")
    page.save()
    assert window.event_label.text() == "Renamed forum"
    overview = window.go_to(OverviewPage)
    qtbot.waitUntil(lambda: overview.header.subtitle.text() == "Renamed forum")


def test_new_and_open_workspace_from_the_file_menu(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    target = tmp_path / "second"
    dialogs.answers["save_file"] = deque([target])
    dialogs.answers["get_text"] = deque(["Second forum"])
    window.new_workspace()
    assert ctx.workspace.path == tmp_path / "second.hybridhub"
    assert window.event_label.text() == "Second forum"
    assert ctx.settings.recent_workspaces[0] == tmp_path / "second.hybridhub"

    bogus = tmp_path / "bogus.hybridhub"
    bogus.write_text(json.dumps({"not": "a workspace"}))
    assert not window.switch_to(bogus)
    assert "not a HybridHub workspace" in dialogs.errors()[-1]
    assert ctx.workspace.path == tmp_path / "second.hybridhub"  # still open and usable

    third = tmp_path / "third.hybridhub"
    create_workspace(third, "Third").close()
    dialogs.answers["open_file"] = deque([third])
    window.choose_workspace()
    assert window.event_label.text() == "Third"


def test_refresh_shows_what_another_user_changed(qtbot: QtBot, ctx: AppContext) -> None:
    """Another HybridHub on the same store (a colleague on the server, or on the same file) adds a note:
    View → Refresh shows it on every page."""
    from hybridhub.core.workspace import open_workspace
    from hybridhub.notes.capture import NoteInput, add_note

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    overview = window.page(OverviewPage)
    qtbot.waitUntil(lambda: overview.contrib_card.value.text() == "0")  # read in the background
    other = open_workspace(ctx.workspace.target)
    try:
        other.run(lambda s: add_note(s, other.event(s).id, NoteInput("Navette à 19 h, svp #transport")))
    finally:
        other.close()
    assert overview.contrib_card.value.text() == "0"  # nothing told this window yet
    window.refresh()
    qtbot.waitUntil(lambda: overview.contrib_card.value.text() == "1")
