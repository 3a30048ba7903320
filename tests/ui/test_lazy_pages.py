"""Pages are built when first shown, and the page registry names each page class by its own title."""

from __future__ import annotations

import subprocess
import sys

from pytestqt.qtbot import QtBot

from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages import PAGES


def test_registry_titles_are_the_page_classes_titles() -> None:
    for entry in PAGES:
        page_class = entry.load()
        assert page_class.title == entry.title and entry.holds(page_class)


def test_only_the_shown_page_is_built_until_another_is_asked_for(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    built = [i for i, page in enumerate(window.pages) if page is not None]
    assert built == [window.sidebar.currentRow()]
    notes = PAGES[3].load()
    window.sidebar.setCurrentRow(3)
    assert isinstance(window.stack.currentWidget(), notes) and window.page(notes) is window.pages[3]
    assert window.stack.count() == len(PAGES)


def test_importing_the_app_loads_no_heavy_module() -> None:
    heavy = ["alembic", "cv2", "numpy", "reportlab", "PySide6.QtMultimedia", "pypdfium2", "openpyxl"]
    code = f"import sys, hybridhub.app; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
