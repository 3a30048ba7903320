from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.core.models import Answer, Contribution
from hybridhub.paperforms.capture import scan_files
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.review_page import ReviewPage
from tests.paperforms.conftest import DPI, print_sheets, save_png
from tests.paperforms.test_capture import ANSWERS


def test_review_with_number_keys_and_transcribe(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    printed = print_sheets(ctx.workspace, tmp_path, copies=1)
    page_img = (
        printed.filled(0, ANSWERS, "cross")[0] & printed.filled(0, {"internet": "good"}, "tick", seed=3)[0]
    )
    scan_files(ctx.workspace, [save_png(tmp_path / "s.png", page_img)], dpi=DPI)
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    pane = page.choices
    assert pane.current is not None and pane.current.question_key == "internet"
    assert not pane.crop.pixmap().isNull()
    assert "Uncertain answers (1)" in page.tabs.tabText(0) and "Handwriting (1)" in page.tabs.tabText(1)
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key_7)  # not an option: nothing chosen
    assert pane.chosen == set()
    qtbot.keyClick(pane, Qt.Key_3)
    assert "▣ 3" in pane.options.text()
    with qtbot.waitSignal(ctx.store.changed, timeout=2000):
        qtbot.keyClick(pane, Qt.Key_Return)
    assert pane.current is None and "(0)" in page.tabs.tabText(0)

    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.texts.text, "Good coffee and a quiet room")
    with qtbot.waitSignal(ctx.store.changed, timeout=2000):
        qtbot.keyClick(page.texts.text, Qt.Key_Return, Qt.ControlModifier)
    assert page.texts.items == []
    with ctx.workspace.session() as s:
        internet = s.scalars(select(Answer).where(Answer.question_key == "internet")).one()
        assert (internet.value, internet.method) == ("good", "reviewed")
        c = s.scalars(select(Contribution)).one()
        assert (c.channel, c.text) == ("paper", "Good coffee and a quiet room")
