"""A change that must wait for another HybridHub writing to the same file says so in the status bar, then
either goes through once the other is done or gives up with a clear error; never a frozen, silent window."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from hybridhub.core.progress import ProgressFn
from hybridhub.core.workspace import Workspace
from hybridhub.events.actions import event_info, read_details, update_details
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.write_wait import WriteWaitNotice
from tests.backend import sqlite_only

# A server has row locks of its own: the SQLite file's one-writer lock is what this is about.
pytestmark = sqlite_only("one writer at a time on the file")


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    ctx.on_wait = WriteWaitNotice(window.statusBar()).tell
    return window


@pytest.fixture
def other_writer(ctx: AppContext) -> Iterator[sqlite3.Connection]:
    """Another program holding the workspace's write lock (as a second HybridHub's import does)."""
    assert ctx.workspace.path is not None
    conn = sqlite3.connect(ctx.workspace.path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def _rename(title: str) -> object:
    def change(ws: Workspace, _progress: ProgressFn | None = None) -> None:
        details = read_details(ws)
        details.title = title
        update_details(ws, details)

    return change


def test_a_quick_change_says_it_waits_then_gives_up_clearly(
    ctx: AppContext,
    window: QMainWindow,
    other_writer: sqlite3.Connection,
    dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HYBRIDHUB_WRITE_TIMEOUT", "1")
    assert not ctx.change(_rename("Forum — jamais"))  # type: ignore[arg-type]
    assert "Another HybridHub is writing" in window.statusBar().currentMessage()
    assert "busy" in dialogs.errors()[0] and "nothing was changed" in dialogs.errors()[0]
    other_writer.execute("ROLLBACK")
    assert event_info(ctx.workspace).title == "Test workshop"


def test_a_slow_change_waits_visibly_and_goes_through_when_the_other_is_done(
    qtbot: QtBot, ctx: AppContext, window: QMainWindow, other_writer: sqlite3.Connection
) -> None:
    done: list[object] = []
    ctx.change_later(_rename("Forum des usagers"), on_done=done.append)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "Another HybridHub" in window.statusBar().currentMessage(), timeout=10_000)
    assert not done
    other_writer.execute("COMMIT")
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10_000)
    assert event_info(ctx.workspace).title == "Forum des usagers"
