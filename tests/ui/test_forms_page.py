from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.core.models import Answer, Sheet
from hybridhub.paperforms import raster
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.pages.forms_page import FormsPage
from tests.paperforms.conftest import print_sheets, save_png
from tests.paperforms.test_capture import ANSWERS


def test_print_from_the_page(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    assert isinstance(ctx.dialogs, ScriptedDialogs)
    pdf = tmp_path / "out.pdf"
    ctx.dialogs.answers["save_file"] = deque([pdf])
    page = FormsPage(ctx)
    qtbot.addWidget(page)
    page.form_combo.setCurrentIndex(page.form_combo.findData("walk-in-card"))
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("de"))
    page.copies_spin.setValue(3)
    page.large_check.setChecked(True)
    with qtbot.waitSignal(ctx.store.changed, timeout=10000):
        qtbot.mouseClick(page.print_button, Qt.LeftButton)
    qtbot.waitUntil(ctx.tasks.wait_idle)
    assert "3 sheets" in page.print_status.text()
    assert raster.count_pages(pdf) >= 3
    with ctx.workspace.session() as s:
        sheets = s.scalars(select(Sheet)).all()
        assert len(sheets) == 3 and {sh.language for sh in sheets} == {"de"}
        assert all(sh.source["large_print"] for sh in sheets)


def test_scan_batch_and_assign_unidentified(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    printed = print_sheets(ctx.workspace, tmp_path, copies=2)
    good = save_png(tmp_path / "a.png", printed.filled(0, ANSWERS, "cross")[0])
    stained = printed.filled(1, ANSWERS, "tick")[0].copy()
    k = 150 / 25.4
    qx, qy, size = printed.layout.qr()
    stained[round(qy * k) : round((qy + size) * k), round(qx * k) : round((qx + size) * k)] = 255
    stained_path = save_png(tmp_path / "b.png", stained)
    page = FormsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.scan([good, stained_path])
    qtbot.waitUntil(ctx.tasks.wait_idle, timeout=20000)
    assert "2 pages: 1 identified" in page.scan_status.text() and "1 unidentified" in page.scan_status.text()
    assert page.queue_list.count() == 1 and not page.preview.pixmap().isNull()
    qtbot.keyClicks(page.assign_code, printed.codes[1])
    with qtbot.waitSignal(ctx.store.changed, timeout=5000):
        qtbot.keyClick(page.assign_code, Qt.Key_Return)
    assert page.queue_list.count() == 0 and "Page assigned: 7 answers" in page.scan_status.text()
    with ctx.workspace.session() as s:
        assert s.query(Answer).count() == 16


def test_cancelled_scan_stores_nothing(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    printed = print_sheets(ctx.workspace, tmp_path, copies=1)
    files = [save_png(tmp_path / f"{i}.png", printed.filled(0, ANSWERS)[0]) for i in range(3)]
    page = FormsPage(ctx)
    qtbot.addWidget(page)
    page.scan(files)
    page.progress.cancel_button.click()
    qtbot.waitUntil(ctx.tasks.wait_idle, timeout=20000)
    assert "cancelled" in page.scan_status.text()
    with ctx.workspace.session() as s:
        assert s.query(Answer).count() == 0


def test_blank_queue_message(qtbot: QtBot, ctx: AppContext) -> None:
    page = FormsPage(ctx)
    qtbot.addWidget(page)
    assert page.preview.text() == "No unidentified pages." and not page.assign_button.isEnabled()
    assert page.form_combo.count() >= 2 and page.lang_combo.count() == 6  # en fr de es it pt
    assert page.session_combo.itemData(0) is None
