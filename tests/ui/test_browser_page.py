from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.browse.filters import ContributionFilter
from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models import Contribution
from hybridhub.core.workspace import Workspace
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.contributions_model import ContributionsModel
from hybridhub.ui.pages.browser_page import BrowserPage
from hybridhub.ui.style import LIGHT
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
    model = ContributionsModel(ctx.workspace, ev, LocalTimes("UTC"), page_size=20)
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


def test_model_roles_per_cell_and_fresh_after_flagging(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtGui import QColor, QFont

    from hybridhub.browse.moderation import set_flag
    from hybridhub.core.models import ContributionTheme, Theme
    from hybridhub.ui.models.contributions_model import (
        CHANNEL,
        COLUMNS,
        ID_ROLE,
        ROW_ROLE,
        TEXT,
        THEMES,
        VOICES,
        WHEN,
    )
    from hybridhub.ui.pages.browser_page import ContributionTable

    with ctx.workspace.transaction() as s:
        ev = ctx.workspace.event(s).id
        theme = Theme(event_id=ev, name="Transport", colour="#112233")
        s.add(theme)
        s.flush()
        paper = say(s, ev, "the  bus\nis late", channel="paper", at=datetime(2026, 11, 14, 9, 5, tzinfo=UTC))
        online = say(s, ev, "nurses", at=datetime(2026, 11, 14, 9, 6, tzinfo=UTC))
        s.add(ContributionTheme(contribution_id=paper.id, theme_id=theme.id))
        ids = [paper.id, online.id]
    model = ContributionsModel(ctx.workspace, ev, LocalTimes("UTC"))
    table = ContributionTable(model)
    qtbot.addWidget(table)
    model.set_filter(ContributionFilter())
    table.show()
    assert table.font().styleStrategy() & QFont.PreferNoShaping  # cheap text layout in every cell

    def cell(row: int, col: int, role: int = Qt.DisplayRole) -> object:
        return model.index(row, col).data(role)

    # An empty cell has no value at all (None), so nothing is copied to the screen for it.
    assert [cell(0, c) for c in range(len(COLUMNS))] == [
        "14 Nov 2026, 09:05", "Paper form", None, None, "the bus is late", "1", "Transport", None
    ]  # fmt: skip
    model.set_times(LocalTimes("Europe/Paris", "fr_FR"))  # the event's zone changed; the app speaks French
    for month, shown in ((1, "3 janv. 2026, 08:04"), (7, "3 juil. 2026, 09:04")):  # winter, summer time
        model._rows[0] = replace(model._rows[0], posted_at=datetime(2026, month, 3, 7, 4, tzinfo=UTC))
        assert cell(0, WHEN) == shown
    model.set_filter(ContributionFilter())
    assert cell(0, TEXT, Qt.ToolTipRole) == "the  bus\nis late"
    assert cell(0, CHANNEL, Qt.ToolTipRole) == "offline"
    assert cell(1, CHANNEL, Qt.ToolTipRole) == "online" and cell(0, WHEN, Qt.ToolTipRole) is None
    assert cell(0, CHANNEL, Qt.ForegroundRole).color() == QColor(LIGHT.offline)  # the sides, as everywhere
    assert cell(1, CHANNEL, Qt.ForegroundRole).color() == QColor(LIGHT.online)
    assert cell(0, TEXT, Qt.ForegroundRole) is None and cell(0, TEXT, Qt.FontRole) is None
    assert cell(0, THEMES, Qt.DecorationRole) == QColor("#112233")
    assert cell(1, THEMES, Qt.DecorationRole) is None
    assert cell(0, VOICES, Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)
    assert cell(0, TEXT, Qt.TextAlignmentRole) is None and cell(0, TEXT, Qt.BackgroundRole) is None
    assert [cell(r, 3, ID_ROLE) for r in (0, 1)] == ids and cell(1, 0, ROW_ROLE).id == online.id
    assert model.index(2, 0).data() is None and model.data(model.index(-1, 0)) is None

    with ctx.workspace.transaction() as s:
        set_flag(s, ev, [online.id], "hostile")
    model.refresh_ids([online.id])  # the row was painted above: its cached values must not linger
    assert cell(1, 7) == "hostile" and cell(1, TEXT, Qt.FontRole).italic()
    assert all(cell(1, c, Qt.ForegroundRole).color() == QColor("#9aa6ae") for c in range(len(COLUMNS)))
    assert cell(0, 7) is None and cell(0, TEXT, Qt.FontRole) is None
    model.set_filter(ContributionFilter(search="nurse"))
    assert model.rowCount() == 1 and cell(0, 4) == "nurses" and cell(0, 7) == "hostile"
