"""Start the desktop app: wire the services once, show the window, then open (or create) the workspace.

`python -m hybridhub.app [WORKSPACE]`. Without a workspace it opens the last one used, or else the demo
workspace, which it creates on first start.

The window is shown first, saying which workspace it opens, and the store's modules (SQLAlchemy, the
models: most of the start-up time) load once it has been painted; then the first page is built. So
nothing here imports `hybridhub.core.workspace` at module level.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hybridhub import APP_ID, APP_NAME, ORG_NAME, __version__
from hybridhub.core.errors import UserError
from hybridhub.core.files import owner_only_umask
from hybridhub.core.paths import data_dir, demo_workspace
from hybridhub.core.resources import resource_path
from hybridhub.core.server import WorkspaceTarget, parse_target
from hybridhub.ui.context import AppContext
from hybridhub.ui.crash import install_excepthook, setup_log
from hybridhub.ui.dialogs import DialogService
from hybridhub.ui.first_paint import AfterFirstPaint
from hybridhub.ui.main_window import MainWindow, open_showable
from hybridhub.ui.settings import Settings
from hybridhub.ui.store_signals import StoreSignals
from hybridhub.ui.style import apply_style
from hybridhub.ui.tasks import TaskRunner
from hybridhub.ui.write_wait import WriteWaitNotice

if TYPE_CHECKING:
    from hybridhub.core.workspace import Workspace


def ensure_demo() -> Path:
    path = demo_workspace()
    if not path.exists():
        from hybridhub.demo.builder import build_demo

        build_demo(path)
    return path


def install_translator(app: QApplication, language: str = "") -> list[QTranslator]:
    """The UI in the chosen language (else the system's) where a translation ships with the app, with
    Qt's own words (standard buttons, dialogs) and number and date formats in the same language."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("hybridhub", str(resource_path("i18n")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def add_shipped_fonts() -> list[str]:
    """The PDFs' fonts (core/pdf_fonts.py) for the app too, so Qt's font fallback finds Chinese, Indic,
    Thai and emoji glyphs on a system that has none; returns the families added."""
    families: list[str] = []
    for file in sorted(resource_path("fonts").glob("*.ttf")):
        families += QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(file)))
    return families


def quit_after_start(app: QApplication, window: MainWindow) -> None:
    """The first window is up with its workspace open and its event queue drained: say so on stdout
    and leave."""
    print(f"started: {window.windowTitle()}", flush=True)
    app.quit()


def build_context(
    workspace: Workspace | None, settings: Settings | None = None, dialogs: DialogService | None = None
) -> AppContext:
    return AppContext(
        workspace=workspace,
        settings=settings or Settings(),
        dialogs=dialogs or DialogService(),
        store=StoreSignals(),
        tasks=TaskRunner(),
    )


def start_target(requested: WorkspaceTarget | None, settings: Settings, demo: bool) -> WorkspaceTarget:
    """The workspace to open at start; the demo's may not exist yet (`start_workspace` builds it)."""
    if demo:
        return demo_workspace()
    if requested is not None:
        return requested
    last = settings.last_workspace
    if last is None or (isinstance(last, Path) and not last.exists()):
        return demo_workspace()
    return last  # a server's URL (tried; the demo opens if the server cannot be reached)


def start_workspace(requested: WorkspaceTarget | None, settings: Settings, demo: bool) -> WorkspaceTarget:
    target = start_target(requested, settings, demo)
    return ensure_demo() if target == demo_workspace() else target


def warn_box(window: MainWindow, text: str) -> None:
    QMessageBox.warning(window, APP_NAME, text)


def warn_stderr(_window: MainWindow, text: str) -> None:
    """For --quit-after-start, which nobody watches: a modal box would wait for a click forever."""
    print(text, file=sys.stderr, flush=True)


def open_start(
    window: MainWindow,
    target: WorkspaceTarget,
    on_open: Callable[[], None],
    warn: Callable[[MainWindow, str], None] = warn_box,
) -> None:
    """Open the start's workspace in the window already shown (the demo, saying why, if it cannot be
    opened), then call `on_open`. Nothing to do if the user has opened another one meanwhile."""
    if window.ctx.has_workspace:
        return
    if target == demo_workspace():
        target = ensure_demo()
    try:
        workspace = open_showable(target)
    except UserError as exc:
        warn(window, f"{exc.describe()}\n\nOpening the demo workspace instead.")
        target = ensure_demo()
        window.opening(target)
        workspace = open_showable(target)
    window.adopt(workspace, target)
    on_open()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hybridhub-gui", description="HybridHub desktop app")
    parser.add_argument(
        "workspace",
        nargs="?",
        type=parse_target,
        help="workspace file, or a server's postgresql://USER@HOST/DB, to open",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument("--version", action="version", version=f"hybridhub {__version__}")
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="show the first window, print its title and quit (checks an installed app)",
    )
    args = parser.parse_args(argv)
    owner_only_umask()  # every file this process writes is the user's alone (participants may be patients)

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    log_path = setup_log(data_dir())
    settings = Settings()
    apply_style(app, settings.appearance)
    install_translator(app, settings.language)
    add_shipped_fonts()
    dialogs = DialogService()
    ctx = build_context(None, settings, dialogs)
    window = MainWindow(ctx, open_demo=ensure_demo)
    dialogs.parent = window
    install_excepthook(log_path, lambda title, text: QMessageBox.critical(window, title, text))
    ctx.on_wait = WriteWaitNotice(window.statusBar()).tell
    target = start_target(args.workspace, settings, args.demo)
    window.opening(target)
    window.show()

    def opened() -> None:
        if args.quit_after_start:
            QTimer.singleShot(0, lambda: quit_after_start(app, window))

    warn = warn_stderr if args.quit_after_start else warn_box
    AfterFirstPaint(window, lambda: open_start(window, target, opened, warn))
    code = app.exec()
    ctx.tasks.shutdown()  # a read still running holds a connection that closing would leave open
    if ctx.has_workspace:
        ctx.workspace.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
