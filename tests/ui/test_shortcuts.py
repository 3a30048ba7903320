"""Documented shortcuts work and each key has one meaning per page: Ctrl+N was bound twice (File > New
workspace and the desk's walk-in) and did nothing; Ctrl+Z in the scan field undid the field's text
instead of the last check-in."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages import PAGES
from tests.checkin.helpers import register
from tests.ui.helpers import active_window, scan_at_the_desk


def _keys_on_screen(window: MainWindow) -> list[str]:
    """Every key bound while the current page shows: the window's actions and the page's shortcuts."""
    page = window.stack.currentWidget()
    keys = [k.toString() for a in window.findChildren(QAction) if a.isEnabled() for k in a.shortcuts()]
    keys += [s.key().toString() for s in page.findChildren(QShortcut) if s.isEnabled()]
    return [k for k in keys if k]


def test_each_key_has_one_meaning_on_every_page(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    per_page = {}
    for row, entry in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        keys = _keys_on_screen(window)
        per_page[entry.title] = keys
        twice = [k for k, n in Counter(keys).items() if n > 1]
        assert not twice, f"{entry.title}: {twice}"
    assert {"Ctrl+N", "Ctrl+Z", "F11"} <= set(per_page["Check-in"])  # the desk's, as docs/checkin.md says
    assert "Ctrl+N" in per_page["Overview"]  # File > New workspace everywhere else
    assert "Ctrl+Q" in per_page["Check-in"]


def test_ctrl_n_opens_a_walk_in_and_ctrl_z_in_the_scan_field_undoes_the_check_in(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    register(ctx.workspace, tmp_path)
    window = active_window(qtbot, ctx)
    desk = scan_at_the_desk(qtbot, window, "Jörg Schäfer")
    window.activateWindow()  # the desk's sound and panel may take the activation offscreen
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: getattr(desk, "walk_in_dialog", None) is not None and desk.walk_in_dialog.isVisible()
    )
    desk.walk_in_dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    desk.input.setFocus()
    qtbot.keyClicks(desk.input, "abc")
    with qtbot.waitSignal(desk.outcome_shown, timeout=3000):
        qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.state == "grey" and "undone" in desk.panel.detail.text()
    assert desk.input.text() == "abc"  # the field's text is not what Ctrl+Z undoes
    desk.decoder.shutdown()
    qtbot.waitUntil(ctx.tasks.wait_idle)
