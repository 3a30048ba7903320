from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.core.models import Answer, Contribution
from hybridhub.paperforms.capture import scan_files
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.review_page import ReviewPage
from tests.paperforms.conftest import DPI, print_sheets, save_png
from tests.paperforms.test_capture import ANSWERS

# Two answers on every choice question of a sheet: the reader cannot choose, a person can.
MEANT = {
    "overall": 4,
    "heard": 2,
    "took_part": "both",
    "internet": "poor",
    "age_band": "65+",
    "consent_quote": True,
}
OTHER = {
    "overall": 2,
    "heard": 5,
    "took_part": "room",
    "internet": "none",
    "age_band": "18-34",
    "consent_quote": False,
}
KEYS = {
    "overall": Qt.Key.Key_4,
    "heard": Qt.Key.Key_2,
    "took_part": Qt.Key.Key_3,
    "internet": Qt.Key.Key_2,
    "age_band": Qt.Key.Key_4,
}
KEYS["consent_quote"] = Qt.Key.Key_1


def test_review_with_number_keys_and_transcribe(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    printed = print_sheets(ctx.workspace, tmp_path, copies=1)
    page_img = np.minimum(
        printed.filled(0, ANSWERS, "cross")[0], printed.filled(0, {"internet": "good"}, "tick", seed=3)[0]
    )
    scan_files(ctx.workspace, [save_png(tmp_path / "s.png", page_img)], dpi=DPI)
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    grid = page.choices
    assert [c.item.question_key for c in grid.cells] == ["internet"]
    cell = grid.cells[0]
    assert not cell.crop.pixmap().isNull()
    assert [s.digit for s in cell.item.spots] == [1, 2, 3]  # the keys are drawn beside the boxes
    assert "Uncertain answers (1)" in page.tabs.tabText(0) and "Handwriting (1)" in page.tabs.tabText(1)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_7)  # not an option: nothing chosen
    assert not cell.pick.ready
    qtbot.keyClick(grid, Qt.Key.Key_3)
    assert "3 Good" in cell.options.text()
    with qtbot.waitSignal(ctx.store.changed, timeout=2000):
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert grid.left == 0 and "(0)" in page.tabs.tabText(0) and grid.empty.isVisible()

    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.texts.text, "Good coffee and a quiet room")
    with qtbot.waitSignal(ctx.store.changed, timeout=2000):
        qtbot.keyClick(page.texts.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.texts.items == []
    with ctx.workspace.session() as s:
        internet = s.scalars(select(Answer).where(Answer.question_key == "internet")).one()
        assert (internet.value, internet.method) == ("good", "reviewed")
        c = s.scalars(select(Contribution)).one()
        assert (c.channel, c.text) == ("paper", "Good coffee and a quiet room")


def test_a_hundred_doubtful_answers_are_cleared_with_two_keys_each(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    copies = 17  # six doubtful answers a sheet: 102
    printed = print_sheets(ctx.workspace, tmp_path, copies=copies)
    scans = []
    for copy in range(copies):
        both = np.minimum(printed.filled(copy, MEANT, "tick")[0], printed.filled(copy, OTHER, "cross")[0])
        scans.append(save_png(tmp_path / f"scan-{copy}.png", both))
    report = scan_files(ctx.workspace, scans, dpi=DPI)
    assert report.answers_review == 6 * copies
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    grid = page.choices
    assert len(grid.cells) == 6 and grid.left == 6 * copies  # several on screen at once
    grid.setFocus()
    keys = 0
    while grid.cells and not all(c.done for c in grid.cells):
        cell = grid.cells[grid.current]
        qtbot.keyClick(grid, KEYS[cell.item.question_key])
        qtbot.keyClick(grid, Qt.Key.Key_Return)
        keys += 2
    assert grid.left == 0 and keys == 2 * 6 * copies
    with ctx.workspace.session() as s:
        answers = s.scalars(select(Answer).where(Answer.question_key.in_(list(MEANT)))).all()
    assert len(answers) == 6 * copies
    assert all(a.method == "reviewed" and not a.needs_review for a in answers)
    assert all(a.value == MEANT[a.question_key] for a in answers)


def test_blank_backspace_and_leaving_for_later(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    printed = print_sheets(ctx.workspace, tmp_path, copies=2)
    scans = [
        save_png(
            tmp_path / f"s{c}.png",
            np.minimum(printed.filled(c, MEANT, "tick")[0], printed.filled(c, OTHER, "cross")[0]),
        )
        for c in range(2)
    ]
    scan_files(ctx.workspace, scans, dpi=DPI)
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    grid = page.choices
    grid.setFocus()
    first = grid.cells[0]
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_Backspace)
    assert not first.pick.ready
    qtbot.keyClick(grid, Qt.Key.Key_B)
    assert first.pick.blank and "—" in first.options.text()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert first.done and grid.current == 1
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # nothing chosen: Enter only moves on
    assert not grid.cells[1].done and grid.current == 2
    waiting = [c.item.answer_id for c in grid.cells if not c.done]
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert [c.item.answer_id for c in grid.cells][:1] != waiting[:1] and grid.left == 11
    with ctx.workspace.session() as s:
        blank = s.get(Answer, first.item.answer_id)
        assert blank is not None and blank.value is None and blank.method == "reviewed"
