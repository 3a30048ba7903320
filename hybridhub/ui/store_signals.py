"""The store says when it changed: pages and item models refresh on `changed(topic)`.

Services know nothing of Qt, so the UI's one way to run a change (`AppContext.change` and
`AppContext.change_later`) emits the topics the change touched once the service has committed.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class StoreTopic(StrEnum):
    """What a change touched; a page listens for the topics whose data it shows."""

    EVENT = "event"
    SESSIONS = "sessions"
    PARTICIPANTS = "participants"
    CONTRIBUTIONS = "contributions"
    CHECKINS = "checkins"
    SHEETS = "sheets"
    THEMES = "themes"
    IMPORTS = "imports"
    NOTES = "notes"
    LAPTOPS = "laptops"  # laptops enrolled, bundles exchanged, conflicts resolved


class StoreSignals(QObject):
    changed = Signal(object)  # a StoreTopic

    def notify(self, *topics: StoreTopic) -> None:
        for topic in topics:
            self.changed.emit(StoreTopic(topic))
