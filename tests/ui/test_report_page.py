from __future__ import annotations

from collections import deque
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.pages.report_page import ReportPage


def _page(qtbot: QtBot, ctx: AppContext) -> ReportPage:
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_generating_from_the_page(
    qtbot: QtBot, demo_ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = _page(qtbot, demo_ctx)
    assert page.session_list.count() == 4 and page.chosen_sessions() is None
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("fr"))
    page.section_boxes["appendix"].setChecked(False)
    target = tmp_path / "rapport"
    dialogs.answers["save_file"] = deque([target])
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    assert not page.generate_button.isEnabled()
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=30000)
    qtbot.waitUntil(demo_ctx.tasks.wait_idle)
    pdf = target.with_suffix(".pdf")
    reader = PdfReader(pdf)
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert "Annexe" not in "".join(p.extract_text() for p in reader.pages)
    assert len(page.preview_labels) == 3
    assert all(not label.pixmap().isNull() for label in page.preview_labels)
    assert str(pdf) in page.saved_label.text()
    assert demo_ctx.settings.report_language == "fr"
    assert page.generate_button.isEnabled() and dialogs.errors() == []


def test_scope_from_ticked_sessions_and_export(
    qtbot: QtBot, demo_ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = _page(qtbot, demo_ctx)
    page.session_list.item(2).setCheckState(Qt.Unchecked)
    assert len(page.chosen_sessions() or []) == 3
    page.format_combo.setCurrentIndex(page.format_combo.findData("csv"))
    dialogs.answers["save_file"] = deque([tmp_path / "out.csv"])
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in page.saved_label.text(), timeout=20000)
    qtbot.waitUntil(demo_ctx.tasks.wait_idle)
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) > 1 and not any(",zoom," in line for line in lines[1:])


def test_a_bad_date_range_is_shown_not_crashed(
    qtbot: QtBot, demo_ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = _page(qtbot, demo_ctx)
    page.dates_box.setChecked(True)
    page.first_day.setDate(page.last_day.date().addDays(3))
    dialogs.answers["save_file"] = deque([tmp_path / "r.pdf"])
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.errors()), timeout=20000)
    qtbot.waitUntil(demo_ctx.tasks.wait_idle)
    assert "first day is after the last day" in dialogs.errors()[0]
    assert not (tmp_path / "r.pdf").exists() and page.generate_button.isEnabled()


def test_a_new_event_without_dates_offers_today_not_2000(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.first_day.date() != QDate(2000, 1, 1))
    assert page.first_day.date() == page.last_day.date() == QDate.currentDate()
