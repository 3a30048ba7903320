from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from hybridhub.core.errors import ValidationError
from hybridhub.core.progress import Cancelled, ProgressFn
from hybridhub.ui.context import AppContext


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, ctx: AppContext) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int, str, int]] = []
    results: list[object] = []

    def work(progress: ProgressFn) -> int:
        assert threading.get_ident() != gui
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return 42

    ctx.tasks.run(
        work,
        on_done=results.append,
        on_progress=lambda d, t, m: seen.append((d, t, m, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: results == [42] and ctx.tasks.wait_idle(), timeout=3000)
    assert [(d, t, m) for d, t, m, _ in seen] == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert {tid for *_, tid in seen} == {gui}


def test_cancel_raises_cancelled_inside_the_task(qtbot: QtBot, ctx: AppContext) -> None:
    started, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def work(progress: ProgressFn) -> None:
        started.set()
        release.wait(5)
        progress(1, 2, "after cancel")

    handle = ctx.tasks.run(work, on_error=errors.append)
    qtbot.waitUntil(started.is_set, timeout=3000)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=3000)
    assert isinstance(errors[0], Cancelled)


def test_user_errors_are_delivered_not_raised(qtbot: QtBot, ctx: AppContext) -> None:
    errors: list[BaseException] = []

    def work(_progress: ProgressFn) -> None:
        raise ValidationError("bad date", field="date")

    ctx.tasks.run(work, on_error=errors.append, write=False)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert str(errors[0]) == "field 'date': bad date"
