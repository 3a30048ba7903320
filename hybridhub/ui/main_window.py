"""The main window: a sidebar of pages, the File menu for workspaces, window state kept in settings.

It may be built before any workspace is open (the app shows it first, then opens the store: see
`hybridhub.app`): it then says which workspace it is opening, and builds its pages on `adopt`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hybridhub import APP_NAME, __version__
from hybridhub.core.errors import UserError, WorkspaceError
from hybridhub.core.server import EmptyStoreError, PasswordError, WorkspaceTarget, display_name, hide_password
from hybridhub.ui.accessibility import name_from_context
from hybridhub.ui.context import AppContext
from hybridhub.ui.guides import GuideWindow, available_guides, guide_title
from hybridhub.ui.pages import PAGES
from hybridhub.ui.pages.base import Page
from hybridhub.ui.store_signals import StoreTopic

if TYPE_CHECKING:  # the store's modules load after the first window is shown
    from hybridhub.core.workspace import Workspace

P = TypeVar("P", bound=Page)
WORKSPACE_FILTER = "HybridHub workspaces (*.hybridhub);;All files (*)"


def open_showable(target: WorkspaceTarget) -> Workspace:
    """Open `target` for the window. A store with no event yet (an empty file opens as one) is one no
    page can show: it is closed again and refused with the event's error."""
    from hybridhub.core.workspace import open_workspace  # the store's modules load after the window
    from hybridhub.events.actions import event_info

    workspace = open_workspace(target)
    try:
        event_info(workspace)
    except UserError:
        workspace.close()
        raise
    return workspace


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, open_demo: Callable[[], Path] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._open_demo = open_demo
        self.pages: list[Page | None] = []  # None until the page is first shown
        self._keyed: list[tuple[QAction, list[QKeySequence]]] = []  # window actions with keys, as built
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
        self.setAcceptDrops(True)  # a bundle dropped anywhere on the window is read
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
        """Empty slots for every page; a page is built when first shown (see `pages/__init__.py`), and
        not before a workspace is open."""
        remembered = self.ctx.settings.last_page
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for old in self.pages:
            if old is not None:
                old.detach()
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages = [None] * len(PAGES)
        for entry in PAGES:
            self.stack.addWidget(QWidget())
            QListWidgetItem(self.tr(entry.title), self.sidebar)
        self.sidebar.blockSignals(False)
        titles = [entry.title for entry in PAGES]
        row = titles.index(remembered) if remembered in titles else 0
        if not self.ctx.has_workspace:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
            self.setWindowTitle(APP_NAME)
            return
        self.sidebar.setCurrentRow(row)
        self._show_page(self.sidebar.currentRow())
        self._update_titles()
        self.ctx.store.changed.connect(self._store_changed)

    def opening(self, target: WorkspaceTarget) -> None:
        """Until a workspace is open: the page's place says which one is opening."""
        text = self.tr("Opening {0}…").format(display_name(target))
        slot = self.stack.currentWidget()
        label = slot.findChild(QLabel, "opening") if slot is not None else None
        if slot is not None and label is None:
            label = QLabel(slot)
            label.setObjectName("opening")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            QVBoxLayout(slot).addWidget(label)
        if label is not None:
            label.setText(text)
        self.event_label.setText(target.stem if isinstance(target, Path) else display_name(target))
        self.statusBar().showMessage(text)

    def _built(self, row: int) -> Page:
        page = self.pages[row]
        if page is None:
            page = self.pages[row] = PAGES[row].load()(self.ctx)
            name_from_context(page)
            jump = getattr(page, "go_to_page", None)  # a page's links to others (the Overview's next steps)
            if jump is not None:
                jump.connect(self.go_to_title)
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

    def go_to_title(self, title: str) -> None:
        """Show the page whose sidebar entry is `title` (untranslated, as in PAGES)."""
        titles = [entry.title for entry in PAGES]
        if title in titles:
            self.sidebar.setCurrentRow(titles.index(title))

    def _make_way_for(self, page: Page | None) -> None:
        """A key the page binds (the desk's Ctrl+N for a walk-in, F11) means that on the page: the
        window's action with the same key (File > New workspace) keeps its menu entry, not the key."""
        taken = {s.key().toString() for s in page.findChildren(QShortcut)} if page is not None else set()
        for action, keys in self._keyed:
            action.setShortcuts([k for k in keys if k.toString() not in taken])

    def settle_unsaved(self) -> bool:
        """Ask about a page's unsaved changes (Save / Discard / Cancel) before leaving it, quitting or
        opening another workspace; False when the user stays (Cancel, or saving failed)."""
        for page in self.pages:
            what = page.unsaved() if page is not None else ""
            if page is None or not what:
                continue
            choices = [self.tr("Save"), self.tr("Discard"), self.tr("Cancel")]
            choice = self.ctx.dialogs.choose(self.tr("Unsaved changes"), what, choices)
            if choice == 0 and not page.save_unsaved():
                return False
            if choice == 1:
                page.discard_unsaved()
            if choice == 2:
                return False
        return True

    def _show_page(self, row: int) -> None:
        if row != self.stack.currentIndex() and not self.settle_unsaved():
            self.sidebar.blockSignals(True)  # stay on the page with the changes
            self.sidebar.setCurrentRow(self.stack.currentIndex())
            self.sidebar.blockSignals(False)
            return
        if 0 <= row < len(PAGES) and not self.ctx.has_workspace:  # shown once the workspace is open
            self.ctx.settings.last_page = PAGES[row].title
        elif 0 <= row < len(PAGES):
            self._built(row)
            self.stack.setCurrentIndex(row)
            self._make_way_for(self.pages[row])
            self.ctx.settings.last_page = PAGES[row].title

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.EVENT:
            self._update_titles()

    def _update_titles(self) -> None:
        from hybridhub.events.actions import event_info

        ws = self.ctx.workspace
        title = event_info(ws).title
        self.event_label.setText(title)
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.statusBar().showMessage(self.tr("Workspace: {0}").format(ws.shown))

    # -- menus --------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New workspace…"), self.new_workspace, QKeySequence.StandardKey.New)
        self._action(
            file_menu, self.tr("&Open workspace…"), self.choose_workspace, QKeySequence.StandardKey.Open
        )
        self._action(file_menu, self.tr("Open &server workspace…"), self.open_server)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        open_demo = self._open_demo
        if open_demo is not None:
            self._action(file_menu, self.tr("Open &demo workspace"), lambda: self.switch_to(open_demo()))
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences
        )
        # Ctrl+Q, not StandardKey.Quit: some platform themes (and offscreen) bind nothing to it
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        self._build_edit_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        # Others may change a shared server store (or another HybridHub the same file): show it all anew.
        self._action(view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
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
            self._keyed.append((jump, jump.shortcuts()))
            jump.triggered.connect(lambda _checked=False, r=row: self.sidebar.setCurrentRow(r))
            self.addAction(jump)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guides_menu = help_menu.addMenu(self.tr("&Guides"))
        for path in available_guides():
            self._action(self.guides_menu, guide_title(path), partial(self.show_guide, path))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About HybridHub"), self._about)

    def _build_edit_menu(self) -> None:
        """Undo, Redo, Cut, Copy, Paste and Select All act on the text field being typed in; on the
        check-in desk Undo is the desk's: the last check-in. The keys stay the widgets' own (the menu
        shows them), so no key gets a second meaning."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_actions: dict[str, QAction] = {}
        for name, text, key in (
            ("undo", self.tr("&Undo"), QKeySequence.StandardKey.Undo),
            ("redo", self.tr("&Redo"), QKeySequence.StandardKey.Redo),
            ("cut", self.tr("Cu&t"), QKeySequence.StandardKey.Cut),
            ("copy", self.tr("&Copy"), QKeySequence.StandardKey.Copy),
            ("paste", self.tr("&Paste"), QKeySequence.StandardKey.Paste),
            ("selectAll", self.tr("Select &All"), QKeySequence.StandardKey.SelectAll),
        ):
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action = self._action(edit_menu, f"{text}\t{shown}" if shown else text, partial(self.edit, name))
            self.edit_actions[name] = action
            if name == "redo":
                edit_menu.addSeparator()
        edit_menu.aboutToShow.connect(self._name_undo)

    def _name_undo(self) -> None:
        desk = hasattr(self.stack.currentWidget(), "undo_last")
        shown = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr("&Undo the last check-in") if desk else self.tr("&Undo")
        self.edit_actions["undo"].setText(f"{text}\t{shown}" if shown else text)

    def edit(self, name: str) -> None:
        undo_last = getattr(self.stack.currentWidget(), "undo_last", None)
        if name == "undo" and callable(undo_last):
            undo_last()
            return
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            getattr(widget, name)()

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
            self._keyed.append((action, action.shortcuts()))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.ctx.settings.recent_workspaces if isinstance(p, str) or p.exists()]
        for target in recent:
            self._action(self.recent_menu, display_name(target), partial(self.open_recent, target))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def refresh(self) -> None:
        """Every page reads the store again, with what other users changed since."""
        self.ctx.refresh()

    def _step_page(self, step: int) -> None:
        self.sidebar.setCurrentRow((self.sidebar.currentRow() + step) % len(PAGES))

    def preferences(self) -> None:
        from hybridhub.ui.preferences import PreferencesDialog
        from hybridhub.ui.style import apply_style

        if PreferencesDialog(self.ctx.settings, self).exec():
            apply_style(QApplication.instance(), self.ctx.settings.appearance)  # type: ignore[arg-type]

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_guide(self, path: Path) -> GuideWindow:
        """A guide in a window of its own, beside the app (not modal: read it while working)."""
        window = GuideWindow(path, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

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
        from hybridhub.core.workspace import create_workspace

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

    def open_server(self, remembered: str = "", problem: str = "") -> bool:
        """Ask where a server workspace is until it opens or the user gives up. An empty database
        may become a new event's store."""
        if not self.settle_unsaved():
            return False
        while True:
            target = self.ctx.dialogs.ask_server(remembered, problem)
            if target is None:
                return False
            remembered = hide_password(target)
            try:
                workspace = open_showable(target)
            except EmptyStoreError:
                return self._new_event_on_server(target)
            except WorkspaceError as exc:  # shown in the dialog, whose fields can be put right
                problem = exc.message + (f" ({exc.hint})" if exc.hint else "")
                continue
            self.adopt(workspace, target)
            return True

    def open_recent(self, target: WorkspaceTarget) -> bool:
        """A recent workspace; a server's is remembered without its password, which is asked for if
        the server wants it (and ~/.pgpass or $PGPASSWORD does not give it)."""
        if isinstance(target, str):
            if not self.settle_unsaved():  # (a file's goes through `switch_to`, which asks)
                return False
            try:
                workspace = open_showable(target)
            except PasswordError as exc:
                return self.open_server(target, exc.message)
            except UserError as exc:
                self.ctx.dialogs.error(exc)
                return False
            self.adopt(workspace, target)
            return True
        return self.switch_to(target)

    def _new_event_on_server(self, target: str) -> bool:
        if not self.ctx.dialogs.ask(
            self.tr("Open server workspace"),
            self.tr("The database {0} holds no event yet. Create a new event there?").format(
                display_name(target)
            ),
        ):
            return False
        title = self.ctx.dialogs.get_text(self.tr("New workspace"), self.tr("Title of the event:"))
        if not title:
            return False
        from hybridhub.core.workspace import create_workspace

        try:
            workspace = create_workspace(target, title)
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return False
        self.adopt(workspace, target)
        return True

    def switch_to(self, path: WorkspaceTarget) -> bool:
        """Open another workspace and rebuild the pages on it; on error the current one stays open."""
        if not self.settle_unsaved():
            return False
        try:
            workspace = open_showable(path)
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return False
        self.adopt(workspace, path)
        return True

    def adopt(self, workspace: Workspace, target: WorkspaceTarget) -> None:
        """Show `workspace` (opened from `target`): the current one, if any, is closed."""
        self.ctx.tasks.shutdown()
        if self.ctx.has_workspace:
            self.ctx.store.changed.disconnect(self._store_changed)
            self.ctx.workspace.close()
        self.ctx.workspace = workspace
        self.ctx.settings.add_recent(target)  # a server's URL without its password
        self._build_pages()

    # -- bundles dropped on the window ---------------------------------------------------------------
    @staticmethod
    def _bundles(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        from hybridhub.sync.bundle import SUFFIX as BUNDLE_SUFFIX  # not loaded at start-up

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths if paths and all(p.suffix == BUNDLE_SUFFIX for p in paths) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx.has_workspace and self._bundles(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._bundles(event) if self.ctx.has_workspace else []
        if paths:
            event.acceptProposedAction()
            from hybridhub.ui.pages.laptops_page import LaptopsPage  # pages load when first shown

            page = self.go_to(LaptopsPage)
            page.read_bundles(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle_unsaved():
            event.ignore()
            return
        self.ctx.settings.window_geometry = self.saveGeometry()
        self.ctx.settings.window_state = self.saveState()
        self.ctx.settings.sync()
        self.ctx.tasks.shutdown()
        super().closeEvent(event)
