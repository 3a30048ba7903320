"""The Laptops page: the laptops with what each brought, conflicts resolved with keep this / keep
that, bundles written and read through the dialog service, a bundle dropped on the window read."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.core.models import Event
from hybridhub.core.workspace import open_workspace
from hybridhub.events.service import load_details, save_details
from hybridhub.notes.capture import NoteInput, add_note
from hybridhub.sync.actions import export_bundle
from hybridhub.sync.laptops import add_laptop
from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages.laptops_page import LaptopsPage


def _title(ws, title: str) -> None:  # type: ignore[no-untyped-def]
    with ws.transaction() as s:
        event = ws.event(s)
        details = load_details(s, event)
        save_details(s, event, details.__class__(**{**details.__dict__, "title": title}))


def _table_two(ctx: AppContext, tmp_path: Path) -> Path:
    """A second laptop that renamed the event and wrote a note, as a bundle."""
    path = tmp_path / "table2.hybridhub"
    add_laptop(ctx.workspace, "Table 2", path)
    other = open_workspace(path)
    try:
        _title(other, "Forum des bus — table 2")
        with other.transaction() as s:
            add_note(s, other.event(s).id, NoteInput("Les bus s'arrêtent à 19h", voices=6))
        bundle = tmp_path / "table2.hhbundle"
        export_bundle(other, bundle)
    finally:
        other.close()
    return bundle


def _page(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, LaptopsPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window, window.go_to(LaptopsPage)  # type: ignore[return-value]


def test_reading_a_bundle_lists_the_laptop_and_the_conflict(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    bundle = _table_two(ctx, tmp_path)
    _title(ctx.workspace, "Forum des bus — organisateur")
    _window, page = _page(qtbot, ctx)
    assert page.laptops.rowCount() == 2 and page.empty_label.isVisible()
    page.read_bundles([bundle])
    qtbot.waitUntil(lambda: page._task is None and page.conflicts.rowCount() == 1, timeout=20000)
    assert "1 conflicts" in page.status.text() and page.conflict_view.isVisible()
    conflict = page.conflicts.conflict(0)
    assert conflict is not None and conflict.what == "Event title"
    assert {conflict.kept, conflict.other} == {"Forum des bus — table 2", "Forum des bus — organisateur"}
    table = next(page.laptops.row_at(i) for i in range(2) if page.laptops.row_at(i).name == "Table 2")
    assert table.last_exchange is not None and table.contributed.get("notes") == 1
    lost = conflict.other
    qtbot.mouseClick(page.keep_that_button, Qt.LeftButton)
    assert page.conflicts.rowCount() == 0 and page.empty_label.isVisible()
    with ctx.workspace.session() as s:
        assert s.scalar(select(Event.title)) == lost


def test_write_a_bundle_through_the_dialog_service(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "organiser"
    ctx.dialogs.answers["save_file"] = deque([target])  # type: ignore[attr-defined]
    _window, page = _page(qtbot, ctx)
    qtbot.mouseClick(page.write_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page._task is None and "Wrote" in page.status.text(), timeout=20000)
    assert (tmp_path / "organiser.hhbundle").stat().st_size > 0


def test_a_bundle_dropped_on_the_window_is_read(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    bundle = _table_two(ctx, tmp_path)
    window, page = _page(qtbot, ctx)
    window.go_to(window.pages[0].__class__)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    event = QDropEvent(QPoint(400, 300), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page._task is None and "from Table 2" in page.status.text(), timeout=20000)
    with ctx.workspace.session() as s:
        assert "Les bus" in " ".join(
            n
            for n in s.scalars(
                select(__import__("hybridhub.core.models", fromlist=["Contribution"]).Contribution.text)
            )
        )


def test_a_damaged_bundle_is_one_error_dialog(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "bad.hhbundle"
    bad.write_bytes(b"HYBRIDHUB-BUNDLE 1\n{}\n")
    _window, page = _page(qtbot, ctx)
    page.read_bundles([bad])
    qtbot.waitUntil(lambda: page._task is None, timeout=20000)
    errors = ctx.dialogs.errors()  # type: ignore[attr-defined]
    assert len(errors) == 1 and "bad.hhbundle" in errors[0]
