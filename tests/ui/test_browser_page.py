from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.browse.filters import ContributionFilter
from hybridhub.core.models import Contribution
from hybridhub.core.workspace import Workspace
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.contributions_model import ContributionsModel
from hybridhub.ui.pages.browser_page import BrowserPage
from tests.helpers_voices import say


def _many(ws: Workspace, n: int) -> int:
    with ws.transaction() as s:
        ev = ws.event(s).id
        t0 = datetime(2026, 11, 14, 9, tzinfo=UTC)
        for i in range(n):
            say(
                s,
                ev,
                f"message {i} about {'buses' if i % 3 == 0 else 'nurses'}",
                channel="paper" if i % 4 == 0 else "whatsapp",
                at=t0 + timedelta(minutes=i),
            )
        return ev


def test_model_pages_rows_as_the_view_asks(qtbot: QtBot, qtmodeltester: ModelTester, ctx: AppContext) -> None:
    ev = _many(ctx.workspace, 95)
    model = ContributionsModel(ctx.workspace, ev, page_size=20)
    model.set_filter(ContributionFilter())
    assert model.rowCount() == 20 and model.canFetchMore()
    qtmodeltester.check(model)  # (the tester fetches more pages too)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 95 and model.all_loaded()
    assert model.index(94, 4).data() == "message 94 about nurses"
    model.set_filter(ContributionFilter(search="bus", side="offline"))
    qtmodeltester.check(model)
    assert model.rowCount() == 8  # i % 12 == 0 below 95


def test_browser_filters_search_detail_and_flags(qtbot: QtBot, ctx: AppContext) -> None:
    _many(ctx.workspace, 30)
    page = BrowserPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 30
    qtbot.keyClicks(page.search_edit, "BUSES")
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=2000)  # debounced search
    page.side_combo.setCurrentIndex(page.side_combo.findData("offline"))
    assert page.model.rowCount() == 3
    qtbot.waitUntil(lambda: page.count_label.text() == "3 contribution(s)", timeout=3000)

    page.select_row(0)
    assert "message 0 about buses" in page.detail.toPlainText()
    qtbot.mouseClick(page.hostile_button, Qt.LeftButton)
    assert page.model.index(0, 7).data() == "hostile"
    assert "never quoted" in page.detail.toPlainText()
    page.flag_combo.setCurrentIndex(page.flag_combo.findData(True))
    assert page.model.rowCount() == 1
    page.reset_filters()
    assert page.model.rowCount() == 30 and page.search_edit.text() == ""
    with ctx.workspace.session() as s:
        assert s.scalars(select(Contribution.flag).where(Contribution.flag.is_not(None))).all() == ["hostile"]
