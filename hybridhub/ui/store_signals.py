"""The store says when it changed: pages and item models refresh on `changed(topic)`.

Services know nothing of Qt, so whoever commits through a service calls `notify(topic)` afterwards.
Topics: event, sessions, participants, contributions, checkins, sheets, themes, imports, notes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

TOPICS = (
    "event",
    "sessions",
    "participants",
    "contributions",
    "checkins",
    "sheets",
    "themes",
    "imports",
    "notes",
)


class StoreSignals(QObject):
    changed = Signal(str)

    def notify(self, *topics: str) -> None:
        for topic in topics:
            self.changed.emit(topic)
