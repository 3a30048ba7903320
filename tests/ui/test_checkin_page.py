from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hybridhub.core.models import CheckIn, Participant
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.pages.checkin_page import CheckinPage
from tests.checkin.helpers import code_of, register, write_list


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[CheckinPage]:
    register(ctx.workspace, tmp_path)
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(ctx.tasks.wait_idle)
    yield page
    page.decoder.shutdown()
    qtbot.waitUntil(ctx.tasks.wait_idle)


def _scan_like_a_scanner(qtbot: QtBot, page: CheckinPage, text: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    with qtbot.waitSignal(page.outcome_shown, timeout=3000):
        qtbot.keyClicks(page.input, text)
        qtbot.keyClick(page.input, end)


def _log(ctx: AppContext) -> list[CheckIn]:
    with ctx.workspace.session() as s:
        return list(s.scalars(select(CheckIn).order_by(CheckIn.id)))


def test_scanner_keystrokes_and_enter_show_the_green_panel(
    qtbot: QtBot, page: CheckinPage, ctx: AppContext
) -> None:
    code = code_of(ctx.workspace, "Élodie Müller")
    assert page.panel.state == "idle"
    _scan_like_a_scanner(qtbot, page, code)
    assert page.panel.state == "green"
    assert page.panel.name.text() == "Élodie Müller"
    assert page.input.text() == ""
    qtbot.waitUntil(lambda: page.counts_label.text().startswith("1 present of 4"))
    rows = _log(ctx)
    assert [(r.result, r.method, r.device) for r in rows] == [("ok", "scanner", ctx.device_name)]


def test_tab_ending_and_second_scan_turn_amber_then_garbage_red(
    qtbot: QtBot, page: CheckinPage, ctx: AppContext
) -> None:
    code = code_of(ctx.workspace, "Sam Okafor")
    _scan_like_a_scanner(qtbot, page, code, Qt.Key.Key_Tab)
    assert page.panel.state == "green"
    assert page.input.hasFocus() or not page.window().isActiveWindow()
    _scan_like_a_scanner(qtbot, page, code)
    assert page.panel.state == "amber" and "already checked in at" in page.panel.detail.text().lower()
    _scan_like_a_scanner(qtbot, page, code[:70])
    assert page.panel.state == "red" and "cut short" in page.panel.detail.text()
    assert [r.result for r in _log(ctx)] == ["ok", "already", "invalid"]


def test_a_refused_check_in_shows_on_the_panel_not_in_a_dialog(
    qtbot: QtBot, page: CheckinPage, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    gone = QListWidgetItem("Someone erased a moment ago")
    gone.setData(Qt.ItemDataRole.UserRole, 10_000_000)  # no such participant any more
    page._pick(gone)
    qtbot.waitUntil(lambda: page.panel.state == "red" and ctx.tasks.wait_idle(), timeout=3000)
    assert "no longer exists" in page.panel.detail.text()
    assert dialogs.shown == [] and page.input.hasFocus() == page.window().isActiveWindow()


def test_undo_last_turns_attendance_back(qtbot: QtBot, page: CheckinPage, ctx: AppContext) -> None:
    _scan_like_a_scanner(qtbot, page, code_of(ctx.workspace, "Jörg Schäfer"))
    with qtbot.waitSignal(page.outcome_shown, timeout=3000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.panel.state == "grey" and "undone" in page.panel.detail.text()
    qtbot.waitUntil(lambda: page.counts_label.text().startswith("0 present"))
    assert [r.result for r in _log(ctx)] == ["ok", "undo"]


def test_accent_insensitive_search_then_enter_checks_in(
    qtbot: QtBot, page: CheckinPage, ctx: AppContext
) -> None:
    page.search.setFocus()
    qtbot.keyClicks(page.search, "jorg schafer")
    qtbot.waitUntil(lambda: page.results.count() == 1)
    assert "Jörg Schäfer" in page.results.item(0).text()
    with qtbot.waitSignal(page.outcome_shown, timeout=3000):
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.panel.state == "green" and page.last_outcome and page.last_outcome.method == "search"


def test_walk_in_dialog_adds_an_anonymous_person_with_a_badge(
    qtbot: QtBot, page: CheckinPage, ctx: AppContext
) -> None:
    qtbot.mouseClick(page.walk_in_button, Qt.MouseButton.LeftButton)
    dialog = page.walk_in_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(page.outcome_shown, timeout=3000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # nothing typed: anonymous
    assert page.panel.state == "green" and page.panel.name.text() == "Badge 5"
    with ctx.workspace.session() as s:
        assert s.scalar(select(func.count()).where(Participant.walk_in.is_(True))) == 1


def _qr_frame(text: str) -> QImage:
    """A camera-like frame: a rendered QR on a grey background, off-centre."""
    png = io.BytesIO()
    qrcode.make(text, border=4).save(png, format="PNG")
    qr = QImage.fromData(png.getvalue())
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.darkGray)
    painter = QPainter(frame)
    painter.drawImage(380, 120, qr.scaled(480, 480))
    painter.end()
    return frame


def test_camera_frames_are_decoded_off_the_gui_thread(
    qtbot: QtBot, page: CheckinPage, ctx: AppContext
) -> None:
    assert not page.camera_button.isEnabled() and "No camera" in page.preview.text()  # offscreen: none
    code = code_of(ctx.workspace, "Ана Петрова")
    with qtbot.waitSignal(page.outcome_shown, timeout=5000):
        assert page.decoder.submit(_qr_frame(code))
    assert page.panel.state == "green" and page.panel.name.text() == "Ана Петрова"
    assert _log(ctx)[-1].method == "camera"
    # the same badge still in view is read once only
    with qtbot.waitSignal(page.decoder._signals.done, timeout=5000):
        page.decoder.submit(_qr_frame(code))
    assert len(_log(ctx)) == 1


def test_import_and_badges_from_the_page(
    qtbot: QtBot, page: CheckinPage, ctx: AppContext, tmp_path: Path
) -> None:
    dialogs = ctx.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    listing = write_list(tmp_path, "Name,Org\nKofi Mensah,Accra MS Society\n", "more.csv")
    page.import_registrations(listing)
    assert page.mapping_dialog is not None
    assert page.mapping_dialog.mapping().fields == {"name": "Name", "organisation": "Org"}
    with qtbot.waitSignal(ctx.store.changed, timeout=5000):
        page.mapping_dialog._accept()
    assert "1 added" in dialogs.shown[-1][2]
    out = tmp_path / "badges.pdf"
    page.print_badges(out, layout="labels")
    qtbot.waitUntil(lambda: dialogs.shown[-1][1] == "Badges ready", timeout=10000)
    assert out.read_bytes().startswith(b"%PDF")
    assert not dialogs.errors()
