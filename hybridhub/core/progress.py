"""Progress and cancellation without Qt: services call `progress(done, total, message)`.

A caller that wants to cancel makes its callback raise `Cancelled`; services let it propagate, so their
transaction rolls back and nothing half-done is kept.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised from a progress callback to stop a long task; the task's transaction rolls back."""


def no_progress(_done: int, _total: int, _message: str) -> None:
    return None
