"""The check-in page's header at 1366x768 in French and German: the subtitle was squeezed beside the
five buttons onto three lines; it now runs under them on one line, and no button is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from hybridhub.app import install_translator
from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages.checkin_page import CheckinPage


@pytest.mark.parametrize(
    ("lang", "word"), [("fr", "Scannez"), ("de", "scannen"), ("es", "Escanee"), ("en", "Scan")]
)
def test_the_desk_header_reads_on_one_line(
    qtbot: QtBot, qapp: QApplication, demo_ctx: AppContext, lang: str, word: str
) -> None:
    before = QLocale()  # restored after: other tests read dates in the default locale
    installed = install_translator(qapp, lang)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        desk = window.go_to(CheckinPage)
        assert isinstance(desk, CheckinPage)
        qtbot.waitUntil(lambda: desk.header.subtitle.isVisible())
        subtitle = desk.header.subtitle
        assert word in subtitle.text()
        assert subtitle.height() < 2 * subtitle.fontMetrics().lineSpacing()
        for button in desk.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.text()
        desk.decoder.shutdown()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_buttons_that_do_not_fit_beside_the_title_take_a_row_of_their_own(
    qtbot: QtBot, qapp: QApplication, demo_ctx: AppContext
) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    desk = window.go_to(CheckinPage)
    assert isinstance(desk, CheckinPage)
    qtbot.waitUntil(lambda: desk.title_bar.isVisible())
    assert desk.title_bar.beside
    # Labels as long as the Spanish ones are on a real screen's fonts (offscreen fonts are narrower)
    bar, buttons = desk.title_bar, desk.title_bar.buttons.findChildren(QPushButton)
    labels = [b.text() for b in buttons]
    while bar.buttons.sizeHint().width() < bar.width() - 40:
        for button in buttons:
            button.setText(button.text() + "·")
    qtbot.waitUntil(lambda: not desk.title_bar.beside)
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))  # none is cut
    for button, label in zip(buttons, labels, strict=True):
        button.setText(label)
    qtbot.waitUntil(lambda: desk.title_bar.beside)
    desk.decoder.shutdown()
