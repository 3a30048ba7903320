"""The event's laptops and the conflicts to look at, for the Laptops page. The words that come from the
sync service (roles, kinds of things, field names) are listed here for the translators."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from hybridhub.sync.conflicts import FIELD, KIND, ConflictView
from hybridhub.sync.laptops import LaptopInfo
from hybridhub.ui.models.row_table import RowTableModel

_C = "LaptopWords"  # the translation context of the words below
ROLES = {
    "organiser": QT_TRANSLATE_NOOP("LaptopWords", "Organiser"),
    "laptop": QT_TRANSLATE_NOOP("LaptopWords", "Laptop"),
    "door": QT_TRANSLATE_NOOP("LaptopWords", "Door"),
    "server": QT_TRANSLATE_NOOP("LaptopWords", "Server"),
}
# What a laptop made, by kind: (one, several).
COUNTED = {
    "contributions": (
        QT_TRANSLATE_NOOP("LaptopWords", "contribution"),
        QT_TRANSLATE_NOOP("LaptopWords", "contributions"),
    ),
    "notes": (QT_TRANSLATE_NOOP("LaptopWords", "note"), QT_TRANSLATE_NOOP("LaptopWords", "notes")),
    "check-ins": (
        QT_TRANSLATE_NOOP("LaptopWords", "check-in"),
        QT_TRANSLATE_NOOP("LaptopWords", "check-ins"),
    ),
    "answers": (QT_TRANSLATE_NOOP("LaptopWords", "answer"), QT_TRANSLATE_NOOP("LaptopWords", "answers")),
    "sheets": (QT_TRANSLATE_NOOP("LaptopWords", "sheet"), QT_TRANSLATE_NOOP("LaptopWords", "sheets")),
    "imports": (QT_TRANSLATE_NOOP("LaptopWords", "import"), QT_TRANSLATE_NOOP("LaptopWords", "imports")),
    "people": (QT_TRANSLATE_NOOP("LaptopWords", "person"), QT_TRANSLATE_NOOP("LaptopWords", "people")),
    "themes": (QT_TRANSLATE_NOOP("LaptopWords", "theme"), QT_TRANSLATE_NOOP("LaptopWords", "themes")),
    "codings": (QT_TRANSLATE_NOOP("LaptopWords", "coding"), QT_TRANSLATE_NOOP("LaptopWords", "codings")),
    "tallies": (QT_TRANSLATE_NOOP("LaptopWords", "tally"), QT_TRANSLATE_NOOP("LaptopWords", "tallies")),
    "edits": (QT_TRANSLATE_NOOP("LaptopWords", "edit"), QT_TRANSLATE_NOOP("LaptopWords", "edits")),
}
_KINDS = [
    QT_TRANSLATE_NOOP("LaptopWords", "Event"),
    QT_TRANSLATE_NOOP("LaptopWords", "Session"),
    QT_TRANSLATE_NOOP("LaptopWords", "Person"),
    QT_TRANSLATE_NOOP("LaptopWords", "Identity"),
    QT_TRANSLATE_NOOP("LaptopWords", "Text"),
    QT_TRANSLATE_NOOP("LaptopWords", "Note"),
    QT_TRANSLATE_NOOP("LaptopWords", "Theme"),
    QT_TRANSLATE_NOOP("LaptopWords", "Tally"),
    QT_TRANSLATE_NOOP("LaptopWords", "Tally option"),
    QT_TRANSLATE_NOOP("LaptopWords", "Paper sheet"),
    QT_TRANSLATE_NOOP("LaptopWords", "Answer"),
    QT_TRANSLATE_NOOP("LaptopWords", "Laptop"),
    QT_TRANSLATE_NOOP("LaptopWords", "Mapping"),
]
_FIELDS = [
    QT_TRANSLATE_NOOP("LaptopWords", "title"),
    QT_TRANSLATE_NOOP("LaptopWords", "who"),
    QT_TRANSLATE_NOOP("LaptopWords", "what"),
    QT_TRANSLATE_NOOP("LaptopWords", "why"),
    QT_TRANSLATE_NOOP("LaptopWords", "start date"),
    QT_TRANSLATE_NOOP("LaptopWords", "end date"),
    QT_TRANSLATE_NOOP("LaptopWords", "start"),
    QT_TRANSLATE_NOOP("LaptopWords", "end"),
    QT_TRANSLATE_NOOP("LaptopWords", "venue"),
    QT_TRANSLATE_NOOP("LaptopWords", "languages"),
    QT_TRANSLATE_NOOP("LaptopWords", "time zone"),
    QT_TRANSLATE_NOOP("LaptopWords", "mode"),
    QT_TRANSLATE_NOOP("LaptopWords", "location"),
    QT_TRANSLATE_NOOP("LaptopWords", "order"),
    QT_TRANSLATE_NOOP("LaptopWords", "name"),
    QT_TRANSLATE_NOOP("LaptopWords", "organisation"),
    QT_TRANSLATE_NOOP("LaptopWords", "language"),
    QT_TRANSLATE_NOOP("LaptopWords", "region"),
    QT_TRANSLATE_NOOP("LaptopWords", "age band"),
    QT_TRANSLATE_NOOP("LaptopWords", "internet access"),
    QT_TRANSLATE_NOOP("LaptopWords", "consent to quotes"),
    QT_TRANSLATE_NOOP("LaptopWords", "consent to contact"),
    QT_TRANSLATE_NOOP("LaptopWords", "consent to show the name"),
    QT_TRANSLATE_NOOP("LaptopWords", "badge number"),
    QT_TRANSLATE_NOOP("LaptopWords", "merged into"),
    QT_TRANSLATE_NOOP("LaptopWords", "person"),
    QT_TRANSLATE_NOOP("LaptopWords", "speaker"),
    QT_TRANSLATE_NOOP("LaptopWords", "speaker group"),
    QT_TRANSLATE_NOOP("LaptopWords", "quote"),
    QT_TRANSLATE_NOOP("LaptopWords", "session"),
    QT_TRANSLATE_NOOP("LaptopWords", "parent"),
    QT_TRANSLATE_NOOP("LaptopWords", "text"),
    QT_TRANSLATE_NOOP("LaptopWords", "voices"),
    QT_TRANSLATE_NOOP("LaptopWords", "flag"),
    QT_TRANSLATE_NOOP("LaptopWords", "tags"),
    QT_TRANSLATE_NOOP("LaptopWords", "description"),
    QT_TRANSLATE_NOOP("LaptopWords", "colour"),
    QT_TRANSLATE_NOOP("LaptopWords", "keywords"),
    QT_TRANSLATE_NOOP("LaptopWords", "question"),
    QT_TRANSLATE_NOOP("LaptopWords", "label"),
    QT_TRANSLATE_NOOP("LaptopWords", "count"),
    QT_TRANSLATE_NOOP("LaptopWords", "status"),
    QT_TRANSLATE_NOOP("LaptopWords", "value"),
    QT_TRANSLATE_NOOP("LaptopWords", "transcription"),
    QT_TRANSLATE_NOOP("LaptopWords", "needs review"),
    QT_TRANSLATE_NOOP("LaptopWords", "un-merged"),
]
assert set(KIND.values()) <= set(_KINDS) and set(FIELD.values()) <= set(_FIELDS)


def word(text: object) -> str:
    """A word from the sync service, translated (as it is when the translators have not listed it)."""
    return QCoreApplication.translate(_C, str(text))


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d %b %Y %H:%M") if value else "—"


def contributed(counts: dict[str, int]) -> str:
    """'3 notes, 1 check-in, 2 edits' from counts by kind."""
    parts = []
    for kind, n in counts.items():
        if n:
            one, several = COUNTED.get(kind, (kind, kind))
            parts.append(f"{n} {word(one if n == 1 else several)}")
    return ", ".join(parts)


class LaptopsModel(RowTableModel):
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("LaptopsModel", "Laptop")),
        str(QT_TRANSLATE_NOOP("LaptopsModel", "Role")),
        str(QT_TRANSLATE_NOOP("LaptopsModel", "Enrolled")),
        str(QT_TRANSLATE_NOOP("LaptopsModel", "Last exchange")),
        str(QT_TRANSLATE_NOOP("LaptopsModel", "What it contributed")),
    )

    def this_laptop(self) -> LaptopInfo | None:
        return next((r for r in self._rows if r.this), None)

    def cell(self, r: LaptopInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            made = contributed({**r.contributed, "edits": r.edits})
            name = self.tr("{0}  (this laptop)").format(r.name) if r.this else r.name
            never = self.tr("never")
            return (
                name,
                word(ROLES.get(r.role, r.role)),
                _when(r.enrolled_at),
                "—" if r.this else (_when(r.last_exchange) if r.last_exchange else never),
                made or self.tr("nothing yet"),
            )[column]
        if role == Qt.ItemDataRole.FontRole and r.this and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


def what(c: ConflictView) -> str:
    """'Theme: name', in the app's language."""
    return QCoreApplication.translate("ConflictsModel", "{0}: {1}").format(word(c.kind), word(c.field))


class ConflictsModel(RowTableModel):
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("ConflictsModel", "What")),
        str(QT_TRANSLATE_NOOP("ConflictsModel", "Which")),
        str(QT_TRANSLATE_NOOP("ConflictsModel", "Kept now")),
        str(QT_TRANSLATE_NOOP("ConflictsModel", "The other edit")),
        str(QT_TRANSLATE_NOOP("ConflictsModel", "By")),
        str(QT_TRANSLATE_NOOP("ConflictsModel", "When")),
    )

    def conflict(self, row: int) -> ConflictView | None:
        return self.row_at(row)

    def cell(self, c: ConflictView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            item = self.tr("the event") if c.item == "the event" else c.item
            return (what(c), item, c.kept, c.other, c.other_by, _when(c.other_at))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return c.kept if column == 2 else c.other
        return None
