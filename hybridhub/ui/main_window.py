"""The main window: a sidebar of pages, the File menu for workspaces, window state kept in settings."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hybridhub import APP_NAME, __version__
from hybridhub.core.errors import UserError
from hybridhub.core.workspace import Workspace, create_workspace, open_workspace
from hybridhub.events.actions import event_info
from hybridhub.ui.accessibility import name_from_context
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages import PAGES
from hybridhub.ui.pages.base import Page
from hybridhub.ui.store_signals import StoreTopic

P = TypeVar("P", bound=Page)
WORKSPACE_FILTER = "HybridHub workspaces (*.hybridhub);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, open_demo: Callable[[], Path] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._open_demo = open_demo
        self.pages: list[Page | None] = []  # None until the page is first shown
        self.setMinimumSize(1000, 680)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget()
        side.setFixedWidth(230)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.setSpacing(0)
        brand = QLabel(APP_NAME)
        brand.setObjectName("sidebarTitle")
        self.event_label = QLabel()
        self.event_label.setObjectName("sidebarEvent")
        self.event_label.setWordWrap(True)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_box.addWidget(brand)
        side_box.addWidget(self.event_label)
        side_box.addWidget(self.sidebar, 1)
        self.stack = QStackedWidget()
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self._build_menus()
        self._build_pages()
        geometry = ctx.settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = ctx.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)

    # -- pages --------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Empty slots for every page; a page is built when first shown (see `pages/__init__.py`)."""
        remembered = self.ctx.settings.last_page
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages = [None] * len(PAGES)
        for entry in PAGES:
            self.stack.addWidget(QWidget())
            QListWidgetItem(self.tr(entry.title), self.sidebar)
        self.sidebar.blockSignals(False)
        titles = [entry.title for entry in PAGES]
        self.sidebar.setCurrentRow(titles.index(remembered) if remembered in titles else 0)
        self._show_page(self.sidebar.currentRow())
        self._update_titles()
        self.ctx.store.changed.connect(self._store_changed)

    def _built(self, row: int) -> Page:
        page = self.pages[row]
        if page is None:
            page = self.pages[row] = PAGES[row].load()(self.ctx)
            name_from_context(page)
            slot = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if slot is not None:
                self.stack.removeWidget(slot)
                slot.deleteLater()
        return page

    def _row(self, page_class: type) -> int:
        return next(i for i, entry in enumerate(PAGES) if entry.holds(page_class))

    def page(self, page_class: type[P]) -> P:
        return cast(P, self._built(self._row(page_class)))

    def go_to(self, page_class: type[P]) -> P:
        self.sidebar.setCurrentRow(self._row(page_class))
        return self.page(page_class)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self._built(row)
            self.stack.setCurrentIndex(row)
            self.ctx.settings.last_page = PAGES[row].title

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.EVENT:
            self._update_titles()

    def _update_titles(self) -> None:
        ws = self.ctx.workspace
        title = event_info(ws).title
        self.event_label.setText(title)
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.statusBar().showMessage(self.tr("Workspace: {0}").format(ws.path or ws.url))

    # -- menus --------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New workspace…"), self.new_workspace, QKeySequence.StandardKey.New)
        self._action(
            file_menu, self.tr("&Open workspace…"), self.choose_workspace, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        open_demo = self._open_demo
        if open_demo is not None:
            self._action(file_menu, self.tr("Open &demo workspace"), lambda: self.switch_to(open_demo()))
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences
        )
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        full = self._action(
            view_menu, self.tr("&Full screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        full.setCheckable(True)
        # The sidebar takes no focus (a USB scanner's keystrokes must never land in it): pages are
        # reached from the keyboard with these, and Ctrl+1 … Ctrl+9 for the first nine.
        view_menu.addSeparator()
        self._action(
            view_menu, self.tr("&Next page"), lambda: self._step_page(1), QKeySequence("Ctrl+PgDown")
        )
        self._action(
            view_menu, self.tr("&Previous page"), lambda: self._step_page(-1), QKeySequence("Ctrl+PgUp")
        )
        for row in range(min(9, len(PAGES))):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            jump.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            self.addAction(jump)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About HybridHub"), self._about)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.ctx.settings.recent_workspaces if p.exists()]
        for path in recent:
            self._action(self.recent_menu, str(path), partial(self.switch_to, path))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _step_page(self, step: int) -> None:
        self.sidebar.setCurrentRow((self.sidebar.currentRow() + step) % len(PAGES))

    def preferences(self) -> None:
        from hybridhub.ui.preferences import PreferencesDialog
        from hybridhub.ui.style import apply_style

        if PreferencesDialog(self.ctx.settings, self).exec():
            apply_style(QApplication.instance(), self.ctx.settings.appearance)  # type: ignore[arg-type]

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _about(self) -> None:
        self.ctx.dialogs.inform(
            self.tr("About HybridHub"),
            self.tr(
                "HybridHub {0}\n\nCapture the room, import the online discussion, and report so that every "
                "voice counts, offline as much as online."
            ).format(__version__),
        )

    # -- workspaces ---------------------------------------------------------------------------------
    def new_workspace(self) -> None:
        path = self.ctx.dialogs.save_file(self.tr("New workspace"), "workshop.hybridhub", WORKSPACE_FILTER)
        if path is None:
            return
        if path.suffix != ".hybridhub":
            path = path.with_name(path.name + ".hybridhub")
        title = self.ctx.dialogs.get_text(self.tr("New workspace"), self.tr("Title of the event:"))
        if not title:
            return
        try:
            create_workspace(path, title).close()
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return
        self.switch_to(path)

    def choose_workspace(self) -> None:
        path = self.ctx.dialogs.open_file(self.tr("Open workspace"), WORKSPACE_FILTER)
        if path is not None:
            self.switch_to(path)

    def switch_to(self, path: Path) -> bool:
        """Open another workspace and rebuild the pages on it; on error the current one stays open."""
        try:
            workspace: Workspace = open_workspace(path)
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return False
        self.ctx.tasks.shutdown()
        self.ctx.store.changed.disconnect(self._store_changed)
        self.ctx.workspace.close()
        self.ctx.workspace = workspace
        self.ctx.settings.add_recent(path)
        self._build_pages()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.window_geometry = self.saveGeometry()
        self.ctx.settings.window_state = self.saveState()
        self.ctx.settings.sync()
        self.ctx.tasks.shutdown()
        super().closeEvent(event)
