"""Every page reads fully at 1366x768: no label cut short of its text ("Suggested by keyw..."), no combo
box narrower than its current item ("Offline and onli"), no button narrower than its text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages import PAGES

ARROW = 28  # a combo box's arrow and frame


def _cut(page: object) -> list[str]:
    cut = []
    for label in page.findChildren(QLabel):  # type: ignore[attr-defined]
        text = label.text()
        plain = text and not label.wordWrap() and "<" not in text and "\n" not in text
        if label.isVisible() and plain and label.width() < label.fontMetrics().horizontalAdvance(text):
            cut.append(f"label {text!r}")
    for combo in page.findChildren(QComboBox):  # type: ignore[attr-defined]
        text = combo.currentText()
        shown = combo.isVisible() and text and not combo.isEditable()
        if shown and combo.width() < combo.fontMetrics().horizontalAdvance(text) + ARROW:
            cut.append(f"combo {text!r}")
    for button in page.findChildren(QPushButton):  # type: ignore[attr-defined]
        if button.isVisible() and button.width() < button.fontMetrics().horizontalAdvance(button.text()):
            cut.append(f"button {button.text()!r}")
    return cut


def test_every_page_reads_fully_at_1366x768(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cut = {}
    for row, entry in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(demo_ctx.tasks.wait_idle, timeout=20000)
        qtbot.wait(10)
        if found := _cut(window.stack.currentWidget()):
            cut[entry.title] = found
    assert window.minimumSizeHint().height() <= 768 and window.height() == 768
    assert not cut, cut
