"""Every control on every page tells a screen reader what it is (its text, an accessible name, or a
labelled buddy), as the main window builds the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hybridhub.ui.accessibility import accessible_name, controls, name_from_context, unnamed
from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages import PAGES
from hybridhub.ui.widgets import SectionHeader

# Every view and field is named now; the ratchet stays at zero.
KNOWN_UNNAMED = 0


def _unnamed_on_every_page(qtbot: QtBot, ctx: AppContext) -> tuple[int, list[str]]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    total, missing = 0, []
    for row, entry in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        page = window.pages[row]
        assert page is not None
        total += len(list(controls(page)))
        missing += [f"{entry.title}: {type(w).__name__}" for w in unnamed(page)]
    return total, missing


def test_context_names_labels_sections_and_placeholders(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    row = QHBoxLayout()
    label, spin = QLabel("&Voices"), QSpinBox()
    row.addWidget(label)
    row.addWidget(spin)
    column.addLayout(row)
    header, table = SectionHeader("Notes of this session", "newest first"), QTableView()
    column.addWidget(header)
    column.addWidget(table)
    search = QLineEdit()
    search.setPlaceholderText("Find a name…")
    column.addWidget(search)
    assert len(unnamed(root)) == 3
    name_from_context(root)
    assert unnamed(root) == [] and label.buddy() is spin
    assert (
        accessible_name(table) == "Notes of this session" and table.accessibleDescription() == "newest first"
    )
    assert accessible_name(search) == "Find a name…"


def test_unnamed_controls_do_not_grow(qtbot: QtBot, demo_ctx: AppContext) -> None:
    total, missing = _unnamed_on_every_page(qtbot, demo_ctx)
    assert total > 150 and len(missing) <= KNOWN_UNNAMED, missing


def test_every_control_on_every_page_has_a_name(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert _unnamed_on_every_page(qtbot, demo_ctx)[1] == []
