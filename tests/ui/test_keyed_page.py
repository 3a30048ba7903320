"""Keyed entry driven by real key events: the code typed (or a USB scanner's QR text), digits, Tab, Enter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.core.models import Answer, Contribution, Participant, Sheet
from hybridhub.paperforms import qr
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.pages.keyed_page import KeyedEntryPage
from tests.paperforms.conftest import print_sheets


def focused() -> object:
    return QApplication.focusWidget()


def test_keyboard_only_entry(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    printed = print_sheets(ctx.workspace, tmp_path, copies=2, lang="fr")
    page = KeyedEntryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.code_edit.setFocus()
    qtbot.keyClicks(page.code_edit, printed.codes[0].lower())
    qtbot.keyClick(page.code_edit, Qt.Key_Return)
    assert page.form is not None and page.form.code == printed.codes[0]
    assert "Cette séance vous a-t-elle été utile" in page.edits[0].question.label
    qtbot.waitUntil(lambda: focused() is page.edits[0])
    # overall 4, heard 5, worked text, change empty, took_part 3 (both), internet 2, age 4, consent 1
    for keys in ("4", "5", "More buses", "", "3", "2", "4", "1"):
        widget = focused()
        assert isinstance(widget, QLineEdit)
        if keys:
            qtbot.keyClicks(widget, keys)
        qtbot.keyClick(widget, Qt.Key_Tab)
    assert "▣ 3 Les deux" in page.edits[4].hint.text()
    qtbot.keyClick(page.edits[7], Qt.Key_9)  # not an option: refused by the field, and said so
    assert page.edits[7].text() == "1"
    assert "Not an option: type a number from 1 to" in page.edits[7].hint.text()
    page.edits[0].clear()
    qtbot.keyClick(page.edits[0], Qt.Key_7)  # a 7 in a 1-5 field
    assert page.edits[0].text() == "" and "from 1 to 5" in page.edits[0].hint.text()
    qtbot.keyClick(page.edits[0], Qt.Key_4)
    assert page.edits[0].text() == "4" and "Not an option" not in page.edits[0].hint.text()
    with qtbot.waitSignal(ctx.store.changed, timeout=2000):
        qtbot.keyClick(page.edits[7], Qt.Key_Return)
    assert "saved: 7 answers" in page.status.text()
    assert page.form is None and page.code_edit.isEnabled()
    with ctx.workspace.session() as s:
        sheet = s.scalars(select(Sheet).where(Sheet.code == printed.codes[0])).one()
        got = {a.question_key: a.value for a in s.scalars(select(Answer).where(Answer.sheet_id == sheet.id))}
        assert got == {
            "overall": 4,
            "heard": 5,
            "worked": "More buses",
            "change": None,
            "took_part": "both",
            "internet": "poor",
            "age_band": "65+",
            "consent_quote": True,
        }
        assert sheet.captured_method == "keyed"
        assert s.get(Participant, sheet.participant_id).internet_access == "poor"
        assert (
            s.scalars(select(Contribution.text).where(Contribution.sheet_id == sheet.id)).one()
            == "More buses"
        )


def test_usb_scanner_qr_text_and_duplicates(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    printed = print_sheets(ctx.workspace, tmp_path, copies=1)
    with ctx.workspace.session() as s:
        uid = s.scalars(select(Sheet.uid)).one()
    page = KeyedEntryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    # The scanner "types" the QR's text and Enter, like a keyboard.
    qtbot.keyClicks(page.code_edit, qr.encode("session-feedback", 2, 1, uid))
    qtbot.keyClick(page.code_edit, Qt.Key_Enter)
    assert page.form is not None and page.form.code == printed.codes[0]
    qtbot.keyClicks(page.edits[0], "2")
    qtbot.keyClick(page.edits[0], Qt.Key_Return)
    assert page.form is None
    qtbot.keyClicks(page.code_edit, printed.codes[0])
    qtbot.keyClick(page.code_edit, Qt.Key_Return)
    assert page.form is None
    assert isinstance(ctx.dialogs, ScriptedDialogs)
    assert any("already captured" in e for e in ctx.dialogs.errors())
    qtbot.keyClicks(page.code_edit, "ZZZ")
    page.code_edit.clear()
    qtbot.keyClicks(page.code_edit, "OOOO")
    qtbot.keyClick(page.code_edit, Qt.Key_Return)
    assert "no sheet with the code OOOO" in page.status.text()
