"""Start the desktop app: open (or create) the workspace, wire the services once, show the window.

`python -m hybridhub.app [WORKSPACE]`. Without a workspace it opens the last one used, or else the demo
workspace, which it creates on first start.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from hybridhub import APP_ID, APP_NAME, ORG_NAME, __version__
from hybridhub.core.errors import UserError
from hybridhub.core.files import owner_only_umask
from hybridhub.core.paths import RESOURCES, demo_workspace
from hybridhub.core.server import WorkspaceTarget, parse_target
from hybridhub.core.workspace import Workspace, open_workspace
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import DialogService
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.settings import Settings
from hybridhub.ui.store_signals import StoreSignals
from hybridhub.ui.style import apply_style
from hybridhub.ui.tasks import TaskRunner


def ensure_demo() -> Path:
    path = demo_workspace()
    if not path.exists():
        from hybridhub.demo.builder import build_demo

        build_demo(path)
    return path


def install_translator(app: QApplication) -> QTranslator | None:
    """The UI in the user's language where a translation ships in resources/i18n."""
    translator = QTranslator(app)
    if translator.load(QLocale(), "hybridhub", "_", str(RESOURCES / "i18n")):
        app.installTranslator(translator)
        return translator
    return None


def build_context(
    workspace: Workspace, settings: Settings | None = None, dialogs: DialogService | None = None
) -> AppContext:
    return AppContext(
        workspace=workspace,
        settings=settings or Settings(),
        dialogs=dialogs or DialogService(),
        store=StoreSignals(),
        tasks=TaskRunner(),
    )


def start_workspace(requested: WorkspaceTarget | None, settings: Settings, demo: bool) -> WorkspaceTarget:
    if demo:
        return ensure_demo()
    if requested is not None:
        return requested
    last = settings.last_workspace
    if last is None or (isinstance(last, Path) and not last.exists()):
        return ensure_demo()
    return last  # a server's URL (tried; the demo opens if the server cannot be reached)


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
    args = parser.parse_args(argv)
    owner_only_umask()  # every file this process writes is the user's alone (participants may be patients)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    apply_style(app)
    install_translator(app)
    settings = Settings()
    path = start_workspace(args.workspace, settings, args.demo)
    try:
        workspace = open_workspace(path)
    except UserError as exc:
        QMessageBox.warning(None, APP_NAME, f"{exc.describe()}\n\nOpening the demo workspace instead.")
        path = ensure_demo()
        workspace = open_workspace(path)
    settings.add_recent(path)
    dialogs = DialogService()
    ctx = build_context(workspace, settings, dialogs)
    window = MainWindow(ctx, open_demo=ensure_demo)
    dialogs.parent = window
    window.show()
    code = app.exec()
    ctx.workspace.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
