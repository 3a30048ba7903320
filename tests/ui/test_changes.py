"""The UI's one way to change the store: run the service, show a UserError, tell the pages what changed."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from hybridhub.core.progress import Cancelled, ProgressFn
from hybridhub.core.workspace import Workspace
from hybridhub.events.actions import event_info, read_details, update_details
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.store_signals import StoreTopic


def _topics(ctx: AppContext) -> list[object]:
    seen: list[object] = []
    ctx.store.changed.connect(seen.append)
    return seen


def test_a_change_commits_then_tells_the_pages(ctx: AppContext) -> None:
    seen, done = _topics(ctx), []
    details = read_details(ctx.workspace)
    details.title = "Forum des usagers — 公交 — منتدى"

    def rename(ws: Workspace) -> str:
        update_details(ws, details)
        return "renamed"

    ok = ctx.change(rename, (StoreTopic.EVENT, StoreTopic.SESSIONS), on_done=done.append)
    assert ok and done == ["renamed"]
    assert seen == [StoreTopic.EVENT, StoreTopic.SESSIONS]
    assert all(type(topic) is StoreTopic for topic in seen)
    assert event_info(ctx.workspace).title == "Forum des usagers — 公交 — منتدى"


def test_a_user_error_is_shown_and_nothing_changes(ctx: AppContext, dialogs: ScriptedDialogs) -> None:
    seen, errors = _topics(ctx), []
    details = read_details(ctx.workspace)
    details.title = "   "
    ok = ctx.change(lambda ws: update_details(ws, details), (StoreTopic.EVENT,), on_error=errors.append)
    assert not ok and seen == []
    assert len(errors) == 1 and "title" in dialogs.errors()[0]
    assert event_info(ctx.workspace).title == "Test workshop"


def test_topics_may_follow_from_the_result(ctx: AppContext) -> None:
    seen = _topics(ctx)
    ctx.change(lambda _ws: 2, lambda n: [StoreTopic.NOTES] * n)
    assert seen == [StoreTopic.NOTES, StoreTopic.NOTES]


def test_a_slow_change_runs_on_the_write_pool(qtbot: QtBot, ctx: AppContext) -> None:
    gui, seen, done = threading.get_ident(), _topics(ctx), []

    def work(ws: Workspace, progress: ProgressFn) -> int:
        assert threading.get_ident() != gui
        progress(1, 1, "renaming")
        details = read_details(ws)
        details.title = "Renamed in the background"
        update_details(ws, details)
        return 7

    ctx.change_later(work, (StoreTopic.EVENT,), on_done=done.append)
    qtbot.waitUntil(lambda: done == [7] and ctx.tasks.wait_idle(), timeout=3000)
    assert seen == [StoreTopic.EVENT]
    assert event_info(ctx.workspace).title == "Renamed in the background"


def test_a_cancelled_change_shows_no_dialog(qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs) -> None:
    started, release = threading.Event(), threading.Event()
    seen, errors = _topics(ctx), []

    def work(_ws: Workspace, progress: ProgressFn) -> None:
        started.set()
        release.wait(5)
        progress(1, 2, "after cancel")

    handle = ctx.change_later(work, (StoreTopic.EVENT,), on_error=errors.append)
    qtbot.waitUntil(started.is_set, timeout=3000)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=3000)
    assert isinstance(errors[0], Cancelled)
    assert dialogs.shown == [] and seen == []


def test_a_failed_slow_change_is_shown(qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs) -> None:
    errors: list[BaseException] = []

    def work(ws: Workspace, _progress: ProgressFn) -> None:
        details = read_details(ws)
        details.timezone = "Mars/Olympus"
        update_details(ws, details)

    ctx.change_later(work, (StoreTopic.EVENT,), on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1 and ctx.tasks.wait_idle(), timeout=3000)
    assert "Mars/Olympus" in dialogs.errors()[0]
