"""One helper for background work: run a plain function on a thread pool, results on the GUI thread.

Writes go through a one-thread pool because SQLite has one writer; reads may run side by side. The
function receives a thread-safe `progress(done, total, message)` that raises `Cancelled` once the task
was cancelled, so a service's transaction rolls back. Never touch a widget from the function.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hybridhub.core.progress import Cancelled, ProgressFn

TaskFn = Callable[[ProgressFn], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()


class TaskHandle:
    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._handle, self._signals = fn, handle, signals

    def _progress(self, done: int, total: int, message: str) -> None:
        if self._handle.cancelled:
            raise Cancelled
        self._signals.progressed.emit(done, total, message)

    def run(self) -> None:
        try:
            if self._handle.cancelled:
                raise Cancelled
            result = self._fn(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)
        finally:
            self._signals.finished.emit()


class TaskRunner(QObject):
    """`run(fn, on_done=..., on_error=..., on_progress=..., write=True)` -> TaskHandle."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._active = 0
        self._keep: set[_Signals] = set()
        self._epoch = 0  # bumped by shutdown(): results of older tasks are no longer anyone's to show

    def run(
        self,
        fn: TaskFn,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        write: bool = True,
    ) -> TaskHandle:
        handle = TaskHandle()
        signals = _Signals()  # created on the GUI thread: its slots run there
        self._keep.add(signals)
        epoch = self._epoch
        for signal, slot in (
            (signals.done, on_done),
            (signals.failed, on_error),
            (signals.progressed, on_progress),
        ):
            if slot is not None:
                signal.connect(self._current(epoch, slot))
        signals.finished.connect(lambda: self._finished(signals))
        self._active += 1
        (self._writes if write else self._reads).start(_Job(fn, handle, signals))
        return handle

    def _current(self, epoch: int, slot: Callable[..., None]) -> Callable[..., None]:
        """`slot`, called only while no shutdown came in between (the pages it would update, and the
        workspace it read, may be gone after a workspace switch) and, for a method of a Qt object, while
        that object lives (as a direct connection to the method would be dropped with it)."""
        owner = getattr(slot, "__self__", None)

        def deliver(*args: Any) -> None:
            if epoch != self._epoch or (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
                return
            slot(*args)

        return deliver

    def _finished(self, signals: _Signals) -> None:
        self._active -= 1
        self._keep.discard(signals)

    def wait_idle(self) -> bool:
        """True when no task is running or waiting to deliver its result (for qtbot.waitUntil)."""
        return self._active == 0

    def shutdown(self, msecs: int = 5000) -> None:
        """Wait for the running tasks; their results, still on their way, are dropped."""
        self._writes.waitForDone(msecs)
        self._reads.waitForDone(msecs)
        self._epoch += 1
