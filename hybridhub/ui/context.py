"""What every page receives: built once at start-up by `hybridhub.app.build_context`, no singletons.

It also holds the UI's one way to change the store. A page never opens a session: it reads through a
service function that takes the workspace, and it changes the store only through `change` (a quick
service call on the GUI thread) or `change_later` (a slow one, on the one-thread write pool). Both show
a `UserError` through the dialog service and, once the service has committed, tell every page which
`StoreTopic`s changed. On a shared server store a change that lost a race with another user's runs
again from scratch (`Workspace.retry`); `refresh` shows every page what others changed.

The window is built and shown before the workspace is open (the store's modules take longer to load than
the window to paint): until `workspace` is set, `has_workspace` is False and nothing reads the store.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QLocale

from hybridhub.core.errors import UserError
from hybridhub.core.progress import Cancelled, ProgressFn
from hybridhub.ui.dialogs import DialogService
from hybridhub.ui.settings import Settings
from hybridhub.ui.store_signals import StoreSignals, StoreTopic
from hybridhub.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:  # the store's modules load after the first window is shown
    from hybridhub.core.local_time import LocalTimes
    from hybridhub.core.workspace import Workspace
    from hybridhub.core.write_lock import WaitFn

T = TypeVar("T")
# The topics a change touched: fixed, or worked out from the service's result.
Topics = Collection[StoreTopic] | Callable[[Any], Collection[StoreTopic]]


class AppContext:
    def __init__(
        self,
        workspace: Workspace | None,
        settings: Settings,
        dialogs: DialogService,
        store: StoreSignals,
        tasks: TaskRunner,
        on_wait: WaitFn | None = None,
    ) -> None:
        self._workspace = workspace
        self.settings = settings
        self.dialogs = dialogs
        self.store = store
        self.tasks = tasks
        # Told when a change must wait for another HybridHub writing to the file (the status bar).
        self.on_wait = on_wait

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("no workspace is open yet")  # a bug: pages are built once one is
        return self._workspace

    @workspace.setter
    def workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace

    @property
    def has_workspace(self) -> bool:
        return self._workspace is not None

    @property
    def device_name(self) -> str:
        return self.settings.device_name

    def times(self) -> LocalTimes:
        """How every page shows times: in the event's zone (read now: it may have changed), in the
        app's language."""
        from hybridhub.events.actions import event_times

        return event_times(self.workspace, QLocale().name())

    def change(
        self,
        fn: Callable[[Workspace], T],
        topics: Topics = (),
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
    ) -> bool:
        """Run a quick change `fn(workspace)` now. On success call `on_done(result)` (the page that
        acted shows its result first: the desk's panel must not wait for other pages), then notify
        `topics`, and return True. A UserError is shown (after `on_error(exc)`) and gives False; any
        other exception is a bug and propagates."""
        workspace = self.workspace
        workspace.on_wait = self.on_wait
        try:
            result = workspace.retry(lambda: fn(workspace))
        except UserError as exc:
            if on_error is not None:
                on_error(exc)
            self.dialogs.error(exc)
            return False
        if on_done is not None:
            on_done(result)
        self._notify(topics, result)
        return True

    def change_later(
        self,
        fn: Callable[[Workspace, ProgressFn], T],
        topics: Topics = (),
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        handled: tuple[type[BaseException], ...] = (Cancelled,),
    ) -> TaskHandle:
        """Run a change that may be slow, `fn(workspace, progress)`, on the write pool; results come
        back on the GUI thread as with `change`. Errors of the `handled` types get no dialog: `on_error`
        shows them on the page (by default only a cancellation, which the user asked for)."""
        workspace = self.workspace
        workspace.on_wait = self.on_wait

        def done(result: T) -> None:
            if on_done is not None:
                on_done(result)
            self._notify(topics, result)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            if not isinstance(exc, handled):
                self.dialogs.error(exc)

        return self.tasks.run(
            lambda progress: workspace.retry(lambda: fn(workspace, progress)),
            on_done=done,
            on_error=failed,
            on_progress=on_progress,
            write=True,
        )

    def refresh(self) -> None:
        """Every page reads the store again: other users (or another HybridHub on the same file) may
        have changed it."""
        self.store.notify(*StoreTopic)

    def _notify(self, topics: Topics, result: object) -> None:
        self.store.notify(*(topics(result) if callable(topics) else topics))
