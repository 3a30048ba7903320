from __future__ import annotations

from collections import deque

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hybridhub.checkin.desk import Desk
from hybridhub.core.models import Contribution, ContributionTheme, Participant
from hybridhub.themes.codebook import ThemeInput, create_theme
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.people_model import MergeSuggestionsModel, PeopleModel
from hybridhub.ui.models.suggestions_model import SuggestionsModel
from hybridhub.ui.pages.people_page import PeoplePage
from hybridhub.ui.pages.themes_page import ThemesPage
from hybridhub.ui.store_signals import StoreTopic
from tests.helpers_voices import identity, person, say


def _codes(ctx: AppContext) -> set[tuple[str, str]]:
    with ctx.workspace.session() as s:
        rows = s.execute(
            select(Contribution.text, ContributionTheme.theme_id)
            .join(ContributionTheme)
            .where(ContributionTheme.accepted.is_(True))
        )
        return {(text, str(tid)) for text, tid in rows}


def test_coding_by_number_keys_and_rule_suggestions(
    qtbot: QtBot, qtmodeltester: ModelTester, ctx: AppContext
) -> None:
    with ctx.workspace.transaction() as s:
        ev = ctx.workspace.event(s).id
        first = create_theme(s, ev, ThemeInput("Transport", keywords=("bus",)))
        second = create_theme(s, ev, ThemeInput("Care"))
        for text in ("the bus is late", "a nurse at last", "bus and nurse"):
            say(s, ev, text)
    page = ThemesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.theme_list.item(0).text().startswith("1  Transport")
    table = page.table
    table.setFocus()
    table.selectionModel().select(
        page.model.index(1, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
    )
    table.selectionModel().select(
        page.model.index(2, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows
    )
    qtbot.keyClick(table, Qt.Key_2)
    assert _codes(ctx) == {("a nurse at last", str(second)), ("bus and nurse", str(second))}
    assert page.model.index(1, 6).data() == "Care"
    qtbot.keyClick(table, Qt.Key_2)  # again: removes it
    assert _codes(ctx) == set()
    qtbot.keyClick(table, Qt.Key_7)  # no theme on 7: nothing happens but a hint
    assert "No theme on key 7" in page.feedback.text()

    qtbot.mouseClick(page.run_rules_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.suggestions.rowCount() == 2, timeout=3000)
    qtmodeltester.check(page.suggestions)
    page.suggestion_view.selectRow(0)
    qtbot.mouseClick(page.accept_button, Qt.LeftButton)
    assert page.suggestions.rowCount() == 1
    page.suggestion_view.selectRow(0)
    qtbot.mouseClick(page.reject_button, Qt.LeftButton)
    assert page.suggestions.rowCount() == 0
    assert len(_codes(ctx)) == 1 and next(iter(_codes(ctx)))[1] == str(first)


def test_people_merge_unmerge_and_erase(qtbot: QtBot, qtmodeltester: ModelTester, ctx: AppContext) -> None:
    with ctx.workspace.transaction() as s:
        ev = ctx.workspace.event(s).id
        a = person(s, ev, "Marie Dupont")
        identity(s, a, "checkin", "Badge 1")
        b = person(s, ev, None)
        identity(s, b, "zoom", "marie dupont")
        say(s, ev, "from zoom", p=b)
        a_id, b_id = a.id, b.id
    ctx.dialogs.answers["ask"] = deque([True, True])  # type: ignore[attr-defined]
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.people)
    qtmodeltester.check(page.suggestions)
    assert page.people.rowCount() == 2 and page.suggestions.rowCount() == 1
    page.suggestion_view.selectRow(0)
    qtbot.mouseClick(page.merge_button, Qt.LeftButton)
    assert page.people.rowCount() == 1 and page.suggestions.rowCount() == 0
    assert page.current_person().id == b_id  # type: ignore[union-attr]  # the one with a contribution kept
    assert page.merged_list.count() == 1
    with ctx.workspace.session() as s:
        assert s.get(Participant, a_id).merged_into_id == b_id  # type: ignore[union-attr]
    qtbot.mouseClick(page.unmerge_button, Qt.LeftButton)
    assert page.people.rowCount() == 2

    page.people_view.selectRow(page.people.row_of(b_id))
    qtbot.mouseClick(page.erase_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.people.rowCount() == 1, timeout=5000)
    with ctx.workspace.session() as s:
        assert s.scalars(select(Contribution)).all() == []
        assert s.get(Participant, b_id) is None


def test_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    for model in (PeopleModel(), MergeSuggestionsModel(), SuggestionsModel()):
        qtmodeltester.check(model)


def test_a_page_off_screen_catches_up_when_shown(qtbot: QtBot, ctx: AppContext) -> None:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    assert page.people.rowCount() == 0 and not page.isVisible()
    ctx.change(lambda ws: Desk(ws, "door").walk_in(name="Zoë Lefèvre-Nguyễn"), (StoreTopic.PARTICIPANTS,))
    ctx.change(lambda ws: Desk(ws, "door").walk_in(name="محمد"), (StoreTopic.PARTICIPANTS,))
    assert page.people.rowCount() == 0  # off screen: no query yet
    page.show()
    qtbot.waitExposed(page)
    names = {page.people.person(r).display_name for r in range(page.people.rowCount())}  # type: ignore[union-attr]
    assert names == {"Zoë Lefèvre-Nguyễn", "محمد"}
