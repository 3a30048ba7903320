"""Start-up shows the window before the workspace is open (the store's modules load after the first
paint), then opens it, or the demo when it cannot be opened, saying why."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from hybridhub.app import build_context, ensure_demo, open_start
from hybridhub.core.paths import demo_workspace
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.workspace import create_workspace
from hybridhub.ui import first_paint
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.first_paint import AfterFirstPaint
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.pages import PAGES
from hybridhub.ui.settings import Settings

TITLE = "Réunion des aidants — 照护者会议 — لقاء مقدمي الرعاية"


@pytest.fixture
def bare_ctx(settings: Settings, dialogs: ScriptedDialogs, qapp: object) -> Iterator[AppContext]:
    """An app context with no workspace open yet, as the app builds it at start."""
    ctx = build_context(None, settings, dialogs)
    yield ctx
    ctx.tasks.shutdown()
    if ctx.has_workspace:
        ctx.workspace.close()


def test_the_window_says_what_it_opens_then_shows_it(
    qtbot: QtBot, bare_ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "Aidants 2027.hybridhub"
    create_workspace(path, TITLE).close()
    window = MainWindow(bare_ctx)
    qtbot.addWidget(window)
    window.opening(path)
    window.show()
    label = window.stack.currentWidget().findChild(QLabel, "opening")
    assert label is not None and label.text() == f"Opening {path}…"
    assert window.windowTitle() == "HybridHub" and window.statusBar().currentMessage() == label.text()
    assert window.event_label.text() == "Aidants 2027"
    with pytest.raises(RuntimeError):
        bare_ctx.workspace  # noqa: B018 - nothing may read the store before it is open
    window.sidebar.setCurrentRow(3)  # chosen while it opens: shown once open, not built before
    assert window.pages == [None] * len(PAGES)

    opened: list[bool] = []
    AfterFirstPaint(window, lambda: open_start(window, path, lambda: opened.append(True)))
    qtbot.waitUntil(lambda: opened == [True], timeout=30_000)
    assert window.windowTitle() == f"{TITLE} — HybridHub" and window.event_label.text() == TITLE
    assert isinstance(window.stack.currentWidget(), PAGES[3].load())
    assert [i for i, page in enumerate(window.pages) if page is not None] == [3]
    assert bare_ctx.settings.recent_workspaces == [path]
    stacked = [window.stack.widget(i) for i in range(window.stack.count())]
    assert all(w.findChild(QLabel, "opening") is None for w in stacked)  # (its slot awaits deletion)


def test_a_workspace_that_cannot_open_gives_way_to_the_demo(
    qtbot: QtBot, bare_ctx: AppContext, tmp_path: Path
) -> None:
    broken = tmp_path / "réunion.hybridhub"
    broken.write_bytes(b"SQLite format 2\x00" + bytes(range(256)) * 8)
    warning = _start_gives_way_to_the_demo(qtbot, bare_ctx, broken)
    assert str(broken) in warning and "not a HybridHub workspace" in warning
    assert warning.endswith("Opening the demo workspace instead.")


def test_an_empty_file_gives_way_to_the_demo(qtbot: QtBot, bare_ctx: AppContext, tmp_path: Path) -> None:
    empty = tmp_path / "new.hybridhub"
    empty.touch()  # opens as a store with no event yet, which no page can show
    warning = _start_gives_way_to_the_demo(qtbot, bare_ctx, empty)
    assert warning.startswith(f"{empty}: this workspace has no event yet")


def _start_gives_way_to_the_demo(qtbot: QtBot, ctx: AppContext, path: Path) -> str:
    """Start on `path`, which cannot be shown: the demo opens instead, with one warning (returned)."""
    window = MainWindow(ctx, open_demo=ensure_demo)
    qtbot.addWidget(window)
    window.opening(path)
    window.show()
    warnings: list[str] = []
    open_start(window, path, lambda: None, warn=lambda _window, text: warnings.append(text))
    assert len(warnings) == 1
    assert window.windowTitle().startswith("Living well with MS")
    assert ctx.settings.recent_workspaces == [ensure_demo()]
    return warnings[0]


def test_a_workspace_the_user_opened_meanwhile_stays(
    qtbot: QtBot, bare_ctx: AppContext, tmp_path: Path
) -> None:
    mine, started = tmp_path / "mine.hybridhub", tmp_path / "started.hybridhub"
    create_workspace(mine, "Mine").close()
    create_workspace(started, "Started").close()
    window = MainWindow(bare_ctx)
    qtbot.addWidget(window)
    window.opening(started)
    window.show()
    assert window.switch_to(mine)
    open_start(window, started, lambda: pytest.fail("opened over the user's choice"))
    assert window.windowTitle() == "Mine — HybridHub"


def test_the_first_window_is_up_before_the_store_modules_load(tmp_path: Path) -> None:
    path = tmp_path / "w.hybridhub"
    create_workspace(path, TITLE).close()
    code = """
import sys
from PySide6.QtCore import QTimer
from hybridhub import app
modules = ("sqlalchemy", "hybridhub.core.workspace", "hybridhub.core.models")
QTimer.singleShot(0, lambda: print("at first window:", [m for m in modules if m in sys.modules], flush=True))
app.main(["--quit-after-start", sys.argv[1]])
"""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c")
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert out.stdout.splitlines() == ["at first window: []", f"started: {TITLE} — HybridHub"]


def test_quit_after_start_on_a_missing_workspace_says_why_on_stderr_and_opens_the_demo(
    tmp_path: Path, demo_template: WorkspaceTarget
) -> None:
    if isinstance(demo_template, Path):  # the demo as the first start built it (else the app builds it)
        shutil.copy(demo_template, demo_workspace())
    missing = tmp_path / "Aidants 2028.hybridhub"
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c")
    )
    out = subprocess.run(
        [sys.executable, "-m", "hybridhub.app", "--quit-after-start", str(missing)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,  # not a modal warning box waiting for a click
    )
    assert out.stdout.splitlines() == [
        "started: Living well with MS: shaping community services for 2027 — HybridHub"
    ]
    assert f"{missing}: no workspace here" in out.stderr
    assert "Opening the demo workspace instead." in out.stderr
    assert not missing.exists()


def test_after_first_paint_runs_once_after_the_first_paint(
    qtbot: QtBot, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 600_000)  # so only the paint can have run it
    shown = QLabel("shown")
    qtbot.addWidget(shown)
    calls: list[str] = []
    AfterFirstPaint(shown, lambda: calls.append("shown"))
    QApplication.processEvents()
    assert calls == []  # not before the window is painted
    shown.show()
    qtbot.waitUntil(lambda: calls == ["shown"])
    shown.repaint()
    QApplication.processEvents()  # a later paint schedules nothing more
    assert calls == ["shown"]


def test_after_first_paint_runs_once_without_a_paint(
    qtbot: QtBot, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    hidden = QLabel("never shown")  # e.g. started minimised, or a platform that paints nothing
    qtbot.addWidget(hidden)
    calls: list[str] = []
    AfterFirstPaint(hidden, lambda: calls.append("hidden"))
    qtbot.waitUntil(lambda: calls == ["hidden"])  # after FALLBACK_MS
    hidden.show()
    hidden.repaint()
    QApplication.processEvents()  # its first paint, after the fallback, schedules nothing more
    assert calls == ["hidden"]
