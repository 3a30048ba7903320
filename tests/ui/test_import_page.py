"""The Import page: recognise, preview, import with summary, cancel, remove; models checked."""

from __future__ import annotations

import threading
from collections import deque
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hybridhub.core.models import Contribution
from hybridhub.importers import store
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.pages.import_page import ImportPage
from tests.conftest import DATA
from tests.importers.test_pipeline import chat

GARDEN = DATA / "whatsapp" / "WhatsApp Chat with Garden Group.txt"
ZOOM_DIR = DATA / "zoom" / "2024-03-05 10.00.12 Community Workshop 81234567890"


def contributions(ctx: AppContext) -> int:
    with ctx.workspace.session() as s:
        return s.scalar(select(func.count()).select_from(Contribution)) or 0


def make_page(qtbot: QtBot, ctx: AppContext) -> ImportPage:
    page = ImportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def drop(page: ImportPage, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    page.drop_zone.dropEvent(event)


def test_drop_preview_import_and_remove(qtbot: QtBot, ctx: AppContext, qtmodeltester: object) -> None:
    page = make_page(qtbot, ctx)
    drop(page, GARDEN, ZOOM_DIR)
    qtbot.waitUntil(lambda: len(page.files.entries) == 2)
    assert [e.candidate.detection.importer.name for e in page.files.entries] == ["whatsapp", "zoom-chat"]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 15)
    assert "Europe/Paris" in page.preview_title.text()
    texts = [page.preview_model.index(r, 3).data() for r in range(page.preview_model.rowCount())]
    assert "Welcome everyone! The workshop is on Saturday." in texts
    assert page.preview_model.index(4, 1).data() == "Wed, 13 Jun 2018, 21:25"
    assert page.preview_model.index(4, 2).data() == "Ana"
    qtmodeltester.check(page.preview_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.files)  # type: ignore[attr-defined]

    assert page.import_button.text() == "Import 2 file(s)"
    page.import_button.click()
    qtbot.waitUntil(lambda: page.summary.isVisible() and ctx.tasks.wait_idle())
    summary = page.summary.text()
    assert "6 added, 0 already there, 8 left out, 3 new participants" in summary
    assert "4 added" in summary and "1 reaction" in summary and "1 direct message" in summary
    assert contributions(ctx) == 10
    qtbot.waitUntil(lambda: page.batches.rowCount() == 2)
    qtmodeltester.check(page.batches)  # type: ignore[attr-defined]
    assert not page.import_button.isEnabled()

    dialogs = ctx.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.answers["ask"] = deque([True])
    page.batches_view.selectRow(1)  # the older one: the WhatsApp chat
    page.remove_selected_batch()
    qtbot.waitUntil(lambda: page.batches.rowCount() == 1)
    assert contributions(ctx) == 4


def test_zoom_chat_without_date_asks_for_it_in_the_preview(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    page.add_paths([DATA / "zoom" / "saved_chat_without_date.txt"])
    qtbot.waitUntil(lambda: "meeting date" in page.preview_title.text())
    assert "--date" not in page.preview_title.text()  # the CLI's words, not the app's
    assert page.files.index(0, 2).data() == "needs attention (see the preview)"  # not "ready"
    page.date_edit.setDate(page.date_edit.date().fromString("2024-03-07", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 1)
    assert page.files.index(0, 2).data() == "ready"
    assert page.preview_model.index(0, 1).data() == "Thu, 7 Mar 2024, 18:00"


def test_unrecognised_file_is_listed_and_not_imported(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    odd = tmp_path / "budget.txt"
    odd.write_text("Rent 300\nFood 120\n")
    page = make_page(qtbot, ctx)
    page.add_paths([odd])
    qtbot.waitUntil(lambda: len(page.files.entries) == 1)
    assert page.files.index(0, 1).data() == "not recognised"
    assert not page.import_button.isEnabled()


def test_cancel_keeps_nothing_of_the_file(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    page.add_paths([GARDEN])
    qtbot.waitUntil(lambda: len(page.files.ready()) == 1)
    gate = threading.Event()
    ctx.tasks.run(lambda _progress: gate.wait(10))  # holds the one writer thread
    page.import_all()
    assert page.progress.isVisible()
    page.progress.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: page.summary.isVisible() and ctx.tasks.wait_idle())
    assert "cancelled" in page.summary.text() and page.import_button.isEnabled()
    assert contributions(ctx) == 0


def test_a_big_import_keeps_the_window_responsive_and_cancel_keeps_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: while a big chat is parsed in a second process and written in the worker, the window's
    event loop keeps running (a timer ticks), the progress bar moves, and Cancel rolls it all back."""
    monkeypatch.setattr(store, "PARALLEL_MIN_BYTES", 0)  # as a big file is imported, on a smaller one
    path = chat(tmp_path / "WhatsApp Chat with Garden.txt", 60_000)
    page = make_page(qtbot, ctx)
    page.add_paths([path])
    qtbot.waitUntil(lambda: len(page.files.ready()) == 1 and ctx.tasks.wait_idle(), timeout=30_000)
    ticks: list[int] = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(len(ticks)))
    timer.start(10)
    page.import_all()
    qtbot.waitUntil(lambda: page.progress.bar.maximum() > 0 and page.progress.bar.value() > 0, timeout=60_000)
    moved_at, ticked_at = page.progress.bar.value(), len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= ticked_at + 10, timeout=10_000)  # the event loop runs meanwhile
    assert not ctx.tasks.wait_idle() and page.progress.isVisible()  # still importing
    page.progress.cancel_button.click()
    qtbot.waitUntil(lambda: page.summary.isVisible() and ctx.tasks.wait_idle(), timeout=60_000)
    timer.stop()
    assert moved_at > 0 and "cancelled: nothing of this file was imported" in page.summary.text()
    assert contributions(ctx) == 0 and page.import_button.isEnabled()


def test_a_file_outside_the_event_days_is_flagged_and_asked_about(qtbot: QtBot, ctx: AppContext) -> None:
    """Issue 14: a 2018 chat dropped into an event on 12-13 May 2026 shows the range it found against
    the event's days, and Import asks with named choices; Cancel keeps nothing, Import anyway imports."""
    with ctx.workspace.transaction() as s:
        event = ctx.workspace.event(s)
        event.starts_on, event.ends_on = date(2026, 5, 12), date(2026, 5, 13)
    ctx.store.notify("event")
    page = make_page(qtbot, ctx)
    page.add_paths([GARDEN])
    qtbot.waitUntil(lambda: page.dates_warning.isVisible())
    warning = page.dates_warning.text()
    assert "the file runs 13 Jun 2018 to 14 Jun 2018, the event is on 12 May 2026 to 13 May 2026" in warning
    assert "(6 of 6)" in warning

    dialogs = ctx.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.answers["ask"] = deque([False])
    page.import_button.click()
    assert dialogs.choices[-1] == ("Import anyway", "Cancel")
    assert "WhatsApp Chat with Garden Group.txt" in dialogs.shown[-1][2]
    assert ctx.tasks.wait_idle() and contributions(ctx) == 0 and not page.summary.isVisible()

    dialogs.answers["ask"] = deque([True])
    page.import_button.click()
    qtbot.waitUntil(lambda: page.summary.isVisible() and ctx.tasks.wait_idle())
    assert contributions(ctx) == 6
    assert "⚠ 6 of 6 dated items fall outside the event's days" in page.summary.text()
    assert "1 photos, videos or voice notes counted as media" in page.summary.text()


def test_import_of_a_file_never_previewed_checks_its_dates_first(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.workspace.transaction() as s:
        ctx.workspace.event(s).starts_on = date(2018, 6, 13)
    ctx.store.notify("event")
    page = make_page(qtbot, ctx)
    page.add_paths([GARDEN, ZOOM_DIR])
    qtbot.waitUntil(lambda: len(page.files.ready()) == 2 and ctx.tasks.wait_idle())
    for entry in page.files.entries:
        entry.span = None  # as if the preview had not run yet
    dialogs = ctx.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.answers["ask"] = deque([True])
    page.import_all()
    qtbot.waitUntil(lambda: page.summary.isVisible() and ctx.tasks.wait_idle())
    (question,) = [text for kind, _title, text in dialogs.shown if kind == "ask"]
    # the chat of 13-14 June 2018 is partly outside (14 June), the Zoom chat of March 2024 wholly
    assert "• WhatsApp Chat with Garden Group.txt: 1 of 6 dated items" in question
    assert "• meeting_saved_chat.txt: 4 of 4 dated items" in question and "05 Mar 2024" in question
    assert contributions(ctx) == 10
