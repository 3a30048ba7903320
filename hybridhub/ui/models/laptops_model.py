"""The event's laptops and the conflicts to look at, for the Laptops page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from hybridhub.sync.conflicts import ConflictView
from hybridhub.sync.laptops import LaptopInfo
from hybridhub.ui.models.row_table import RowTableModel

ROLES = {"organiser": "Organiser", "laptop": "Laptop", "door": "Door", "server": "Server"}
ONE = {
    "contributions": "contribution",
    "notes": "note",
    "check-ins": "check-in",
    "answers": "answer",
    "sheets": "sheet",
    "imports": "import",
    "people": "person",
    "themes": "theme",
    "codings": "coding",
    "tallies": "tally",
    "edits": "edit",
}


def contributed(counts: dict[str, int]) -> str:
    """'3 notes, 1 check-in, 2 edits' from counts by kind."""
    return ", ".join(f"{n} {ONE.get(kind, kind) if n == 1 else kind}" for kind, n in counts.items() if n)


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d %b %Y %H:%M") if value else "never"


class LaptopsModel(RowTableModel):
    COLUMNS = ("Laptop", "Role", "Enrolled", "Last exchange", "What it contributed")

    def this_laptop(self) -> LaptopInfo | None:
        return next((r for r in self._rows if r.this), None)

    def cell(self, r: LaptopInfo, column: int, role: int) -> Any:
        if role == Qt.DisplayRole:
            made = contributed({**r.contributed, "edits": r.edits})
            name = f"{r.name}  ({self.tr('this laptop')})" if r.this else r.name
            return (
                name,
                self.tr(ROLES.get(r.role, r.role)),
                _when(r.enrolled_at),
                "—" if r.this else _when(r.last_exchange),
                made or self.tr("nothing yet"),
            )[column]
        if role == Qt.FontRole and r.this and column == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class ConflictsModel(RowTableModel):
    COLUMNS = ("What", "Which", "Kept now", "The other edit", "By", "When")

    def conflict(self, row: int) -> ConflictView | None:
        return self.row_at(row)

    def cell(self, c: ConflictView, column: int, role: int) -> Any:
        if role == Qt.DisplayRole:
            return (
                self.tr(c.what),
                c.item,
                c.kept,
                c.other,
                c.other_by,
                _when(c.other_at),
            )[column]
        if role == Qt.ToolTipRole and column in (2, 3):
            return c.kept if column == 2 else c.other
        return None
