"""The mapping step of the Import page: table columns ↔ roles with presets, online form ↔ paper form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hybridhub.core.models import Answer, Contribution, MappingPreset
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.import_page import ImportPage
from tests.conftest import DATA
from tests.importers.helpers import feedback_template


def make_page(qtbot: QtBot, ctx: AppContext) -> ImportPage:
    page = ImportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    return page


def count(ctx: AppContext, model: type) -> int:
    with ctx.workspace.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_table_roles_chosen_saved_as_preset_and_imported(
    qtbot: QtBot, ctx: AppContext, qtmodeltester: object
) -> None:
    page = make_page(qtbot, ctx)
    page.add_paths([DATA / "table" / "viber_group.csv"])
    qtbot.waitUntil(lambda: len(page.files.entries) == 1)
    step = page.mapping_step
    qtbot.waitUntil(step.isVisible)
    assert step.columns.headers == ["Date", "Time", "Sender", "Text"]
    assert step.columns.rowCount() == 2
    qtmodeltester.check(step.columns)  # type: ignore[attr-defined]
    # Suggested from the header words: text, time (the date column) and author.
    assert {r: c.currentText() for r, c in step.role_combos.items()} == {
        "author": "Sender", "time": "Date", "text": "Text", "thread": "—", "chat": "—"
    }  # fmt: skip
    assert step.columns.headerData(3, Qt.Horizontal) == "Text\n→ Text"
    step.channel_edit.setText("viber")
    step.channel_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 2)
    assert page.preview_model.index(0, 2).data() == "Jürgen Weiß"
    step.preset_name.setText("Viber group")
    step.save_as_preset()
    with ctx.workspace.session() as s:
        preset = s.scalars(select(MappingPreset).where(MappingPreset.name == "Viber group")).one()
        assert preset.definition["channel"] == "viber"
    page.import_button.click()
    qtbot.waitUntil(lambda: page.summary.isVisible() and ctx.tasks.wait_idle())
    assert "2 added" in page.summary.text()
    with ctx.workspace.session() as s:
        assert s.scalars(select(Contribution.channel)).all() == ["viber", "viber"]


def test_table_without_text_column_waits_for_the_mapping(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    page.add_paths([DATA / "table" / "viber_group.csv"])
    qtbot.waitUntil(lambda: page.mapping_step.isVisible())
    page.mapping_step.role_combos["text"].setCurrentText("—")
    qtbot.waitUntil(lambda: "Complete the steps above" in page.preview_title.text())
    page.import_all()
    assert page._task is None  # nothing started: the file still needs its text column
    qtbot.waitUntil(ctx.tasks.wait_idle)
    assert count(ctx, Contribution) == 0


def test_shipped_preset_is_picked_for_a_known_export(qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    page.add_paths([DATA / "table" / "Questions Report.csv"])
    qtbot.waitUntil(lambda: page.mapping_step.isVisible())
    step = page.mapping_step
    assert step.preset_combo.currentText() == "GoToWebinar questions report"
    assert step.role_combos["text"].currentText() == "Question Asked"
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 3)


def test_online_form_mapped_to_paper_form_and_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.workspace.transaction() as s:
        s.add(feedback_template())
    page = make_page(qtbot, ctx)
    page.add_paths([DATA / "google_forms" / "Workshop feedback (Responses) - Form responses 1.csv"])
    qtbot.waitUntil(lambda: page.mapping_step.isVisible())
    step = page.mapping_step
    assert step.form_panel.isVisible() and not step.table_panel.isVisible()
    step.form_combo.setCurrentIndex(step.form_combo.findData("feedback:1"))
    assert step.questions.rowCount() == 4
    heard = step.questions.cellWidget(1, 1)
    assert heard.currentText() == "Could you hear the room well?"  # type: ignore[union-attr]
    assert step.questions.item(3, 3).text() == "Good → good, No internet at home → none, Poor → poor"
    older = step.questions.cellWidget(1, 2)
    older.setCurrentIndex(older.findData("Could you hear the speakers?"))  # type: ignore[union-attr]
    assert step.plan is not None
    assert step.plan.mapping.questions[1].columns == [
        "Could you hear the speakers?",
        "Could you hear the room well?",
    ]
    step.show_entry(step.entry)  # the file chosen again: the columns picked for it are kept
    assert step.plan is not None
    assert step.plan.mapping.questions[1].columns == [
        "Could you hear the speakers?",
        "Could you hear the room well?",
    ]
    step.remember_form_mapping()
    assert "Saved as ‘Workshop feedback’" in step.form_status.text()
    # A preview and an import each run in the background: on a busy 2-core machine they took over 5 s.
    qtbot.waitUntil(lambda: page.preview_model.rowCount() > 10, timeout=20_000)
    page.import_button.click()
    qtbot.waitUntil(lambda: page.summary.isVisible() and ctx.tasks.wait_idle(), timeout=20_000)
    assert count(ctx, Answer) == 15  # the older column's two ratings included
    with ctx.workspace.session() as s:
        assert s.scalars(select(MappingPreset.kind)).all() == ["form-map"]
