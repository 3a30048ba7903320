"""When to save the draft being typed: at most `interval` seconds after the first unsaved change.

Unlike a debounce (which waits for typing to pause, and so never saves a fast typist's note), this
bounds the loss: whatever was typed more than `interval` seconds ago is on disk. The notes page drives
it from a QTimer; it is plain Python so the rule is tested without Qt.
"""

from __future__ import annotations


class AutosavePolicy:
    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self._dirty_since: float | None = None

    def changed(self, now: float) -> None:
        if self._dirty_since is None:
            self._dirty_since = now

    def due(self, now: float) -> bool:
        return self._dirty_since is not None and now - self._dirty_since >= self.interval

    def wait(self, now: float) -> float | None:
        """Seconds until the next save is due (None when nothing is unsaved)."""
        if self._dirty_since is None:
            return None
        return max(0.0, self.interval - (now - self._dirty_since))

    def saved(self, _now: float) -> None:
        self._dirty_since = None

    @property
    def dirty(self) -> bool:
        return self._dirty_since is not None
