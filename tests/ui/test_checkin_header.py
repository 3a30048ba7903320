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


@pytest.mark.parametrize(("lang", "word"), [("fr", "Scannez"), ("de", "scannen"), ("en", "Scan")])
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
