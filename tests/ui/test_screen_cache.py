"""The contributions table paints from a ScreenCache: Qt's item store, filled from the model just before
rows are painted. It must show exactly what the model says, follow its resets, pages and changed rows, keep
the selection, stay bounded, and never call back into Python while painting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.moderation import set_flag
from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models import ContributionTheme, Theme
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.contributions_model import COLUMNS, FLAG, TEXT, ContributionsModel
from hybridhub.ui.models.screen_cache import ScreenCache
from hybridhub.ui.pages.browser_page import ContributionTable
from tests.helpers_voices import say

ROLES = (
    Qt.DisplayRole,
    Qt.ToolTipRole,
    Qt.ForegroundRole,
    Qt.FontRole,
    Qt.DecorationRole,
    Qt.TextAlignmentRole,
    Qt.BackgroundRole,
    Qt.CheckStateRole,
)


class CountingModel(ContributionsModel):
    """The real model, counting the times a view reads it through data()."""

    reads = 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        CountingModel.reads += 1
        return super().data(index, role)


def _workspace(ctx: AppContext, n: int = 60) -> tuple[int, list[int]]:
    with ctx.workspace.transaction() as s:
        ev = ctx.workspace.event(s).id
        theme = Theme(event_id=ev, name="Transport", colour="#112233")
        s.add(theme)
        s.flush()
        t0 = datetime(2026, 11, 14, 9, tzinfo=UTC)
        ids = []
        for i in range(n):
            c = say(s, ev, f"message {i}", channel="paper" if i % 3 else "zoom", at=t0 + timedelta(minutes=i))
            ids.append(c.id)
            if i % 5 == 0:
                s.add(ContributionTheme(contribution_id=c.id, theme_id=theme.id))
    return ev, ids


def _table(qtbot: QtBot, ctx: AppContext, ev: int) -> tuple[ContributionTable, ContributionsModel]:
    model = CountingModel(ctx.workspace, ev, LocalTimes("UTC"), page_size=20)
    table = ContributionTable(model)
    qtbot.addWidget(table)
    model.set_filter(ContributionFilter())
    table.resize(1000, 330)  # about ten rows of 30 px under the header
    table.show()
    qtbot.waitUntil(lambda: table.screen_cache.filled_rows() > 0)  # the first paint copied the rows on screen
    return table, model


def _same_as_model(screen: ScreenCache, model: ContributionsModel, row: int) -> bool:
    return all(
        screen.index(row, c).data(role) == model.index(row, c).data(role)
        for c in range(len(COLUMNS))
        for role in ROLES
    )


def test_painted_rows_show_every_role_of_the_model_and_painting_reads_no_python(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ev, _ids = _workspace(ctx)
    table, model = _table(qtbot, ctx, ev)
    screen = table.screen_cache
    assert screen.rowCount() == model.rowCount() == 20
    assert [screen.headerData(c, Qt.Horizontal) for c in range(len(COLUMNS))] == list(COLUMNS)
    visible = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1)
    assert 5 <= len(visible) < 20 and screen.filled_rows() == len(visible)
    assert all(_same_as_model(screen, model, r) for r in visible)
    assert screen.index(0, 1).data() == "Zoom" and screen.index(0, 6).data(Qt.DecorationRole) is not None
    assert screen.index(19, TEXT).data() is None  # not on screen: not copied

    CountingModel.reads = 0
    table.viewport().repaint()
    table.verticalScrollBar().setValue(3)
    table.viewport().repaint()
    assert CountingModel.reads == 0  # the view reads Qt's store only
    assert _same_as_model(screen, model, table.rowAt(table.viewport().height() - 1))
    assert not screen.flags(screen.index(0, 0)) & Qt.ItemIsEditable


def test_follows_pages_filters_and_changed_rows_and_keeps_the_selection(
    qtbot: QtBot, qtmodeltester: ModelTester, ctx: AppContext
) -> None:
    ev, ids = _workspace(ctx)
    table, model = _table(qtbot, ctx, ev)
    screen = table.screen_cache

    table.scrollToBottom()  # the view asks the cache for more, the cache asks the model
    qtbot.waitUntil(lambda: model.all_loaded() or screen.rowCount() > 20)
    while screen.canFetchMore():
        screen.fetchMore()
    assert screen.rowCount() == model.rowCount() == 60
    table.scrollToBottom()
    table.viewport().repaint()
    assert screen.index(59, TEXT).data() == "message 59"

    table.scrollToTop()
    table.viewport().repaint()
    table.selectionModel().select(
        screen.index(1, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
    )
    assert table.selected_ids() == [ids[1]]
    with ctx.workspace.transaction() as s:
        set_flag(s, ev, [ids[1]], "hostile")
    model.refresh_ids([ids[1]])
    assert screen.index(1, FLAG).data() is None  # emptied until it is painted again, never stale
    table.viewport().repaint()
    assert screen.index(1, FLAG).data() == "hostile" and screen.index(1, TEXT).data(Qt.FontRole).italic()
    assert _same_as_model(screen, model, 1) and table.selected_ids() == [ids[1]]

    model.set_filter(ContributionFilter(search="message 7"))
    table.viewport().repaint()
    assert screen.rowCount() == model.rowCount() == 1 and screen.index(0, TEXT).data() == "message 7"
    assert screen.filled_rows() == 1
    qtmodeltester.check(screen)


def test_holds_a_bounded_number_of_rows(qtbot: QtBot, ctx: AppContext) -> None:
    ev, _ids = _workspace(ctx)
    model = ContributionsModel(ctx.workspace, ev, LocalTimes("UTC"), page_size=60)
    model.set_filter(ContributionFilter())
    screen = ScreenCache(model, max_rows=25)
    screen.fill(0, 19)
    assert screen.filled_rows() == 20 and screen.index(0, TEXT).data() == "message 0"
    screen.fill(40, 59)  # over the bound: what is off screen is emptied
    assert screen.filled_rows() == 20 and screen.index(0, TEXT).data() is None
    assert all(_same_as_model(screen, model, r) for r in range(40, 60))
    screen.fill(0, 0)  # and refilled when it comes back
    assert _same_as_model(screen, model, 0)


def test_needs_a_source_that_gives_its_rows_values() -> None:
    with pytest.raises(TypeError, match="cell_roles"):
        ScreenCache(QStandardItemModel(2, 2))


class Letters(QAbstractTableModel):
    """A small source that removes rows and reorders them, which the contributions model never does."""

    def __init__(self, letters: str) -> None:
        super().__init__()
        self.letters = list(letters)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.letters)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        return self.cell_roles(index.row())[index.column()].get(int(role))

    def cell_roles(self, row: int) -> list[dict[int, Any]]:
        letter = self.letters[row]
        return [{int(Qt.DisplayRole): letter}, {int(Qt.DisplayRole): letter.upper()}]

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.letters[row]
        self.endRemoveRows()

    def reverse(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self.letters.reverse()
        self.layoutChanged.emit()


def test_follows_removed_and_reordered_rows(qtmodeltester: ModelTester) -> None:
    source = Letters("abcde")
    screen = ScreenCache(source)
    screen.fill(0, 4)
    source.remove(1)
    assert screen.rowCount() == 4 and screen.filled_rows() == 4
    assert [screen.index(r, 1).data() for r in range(4)] == ["A", "C", "D", "E"]
    source.reverse()
    screen.fill(0, 3)
    assert [screen.index(r, 0).data() for r in range(4)] == ["e", "d", "c", "a"]
    qtmodeltester.check(screen)
