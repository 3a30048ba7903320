"""Screenshots of every page of the real window at 1366x768, on the demo and on a new empty event.

    DISPLAY=:N python scripts/screenshots.py OUT_DIR [--lang fr] [--dark]

Run under Xvfb (`Xvfb :N -screen 0 1366x768x24 &`) to see what a user sees, or offscreen. Writes
`OUT_DIR/demo-<page>.png` and `OUT_DIR/new-<page>.png` and prints any Qt warning it saw.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def _slug(title: str) -> str:
    return title.lower().replace(" ", "-").replace("/", "-")


def _settle(app: object, tasks: object) -> None:
    """Let the page's background reads finish and their results paint (at most 20 s)."""
    import time

    deadline = time.monotonic() + 20
    for _ in range(40):
        app.processEvents()  # type: ignore[attr-defined]
    while not tasks.wait_idle() and time.monotonic() < deadline:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
    for _ in range(40):
        app.processEvents()  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", choices=("demo", "new"), default=None)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="hh-shots-"))
    os.environ["HYBRIDHUB_DATA_DIR"] = str(data)
    os.environ.setdefault("HYBRIDHUB_KEYSTORE", str(data / "keys"))

    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in text:
            warnings.append(text)

    qInstallMessageHandler(on_message)
    app = QApplication(sys.argv[:1])

    from hybridhub.app import build_context, ensure_demo, install_translator
    from hybridhub.core.workspace import create_workspace, open_workspace
    from hybridhub.ui.dialogs import ScriptedDialogs
    from hybridhub.ui.main_window import MainWindow
    from hybridhub.ui.pages import PAGES
    from hybridhub.ui.settings import Settings
    from hybridhub.ui.style import apply_style

    settings = Settings(QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = args.lang
    settings.appearance = "dark" if args.dark else "light"
    apply_style(app, settings.appearance)
    install_translator(app, args.lang)
    runs = []
    if args.only in (None, "demo"):
        runs.append(("demo", ensure_demo()))
    if args.only in (None, "new"):
        new = data / "new.hybridhub"
        create_workspace(new, "Atelier santé 2026", timezone="Europe/Paris").close()
        runs.append(("new", new))
    for prefix, path in runs:
        ctx = build_context(open_workspace(path), settings, ScriptedDialogs())
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        for row, entry in enumerate(PAGES):
            window.sidebar.setCurrentRow(row)
            _settle(app, ctx.tasks)
            target = args.out / f"{prefix}-{row + 1:02d}-{_slug(entry.title)}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        ctx.tasks.shutdown()
        ctx.workspace.close()
    for text in warnings:
        print("Qt:", text[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
