"""Qt models of the Import page: the files offered, the preview of one, and the imports stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hybridhub.core.local_time import LocalTimes
from hybridhub.importers.detect import Candidate
from hybridhub.importers.eventdays import DateSpan
from hybridhub.importers.store import BatchInfo, ImportResult, PreviewRow
from hybridhub.ui.models.row_table import RowTableModel
from hybridhub.ui.style import active_theme

Index = QModelIndex | QPersistentModelIndex


@dataclass
class FileEntry:
    candidate: Candidate
    status: str = ""
    result: ImportResult | None = None
    error: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # per-file settings from later steps (mapping)
    span: DateSpan | None = None  # its days against the event's, once checked with the current options

    @property
    def ready(self) -> bool:
        return self.candidate.detection is not None and self.result is None


class ImportFilesModel(RowTableModel):
    """The files dropped or chosen, with their detected format and what happened to them."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("Tables", "File")),
        str(QT_TRANSLATE_NOOP("Tables", "Detected format")),
        str(QT_TRANSLATE_NOOP("Tables", "Status")),
    )

    @property
    def entries(self) -> list[FileEntry]:
        return self._rows

    def add(self, candidates: list[Candidate]) -> None:
        known = {e.candidate.path for e in self.entries}
        fresh = [c for c in candidates if c.path not in known]
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries) + len(fresh) - 1)
        self._rows.extend(FileEntry(c) for c in fresh)
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    def entry_changed(self, entry: FileEntry) -> None:
        row = self.entries.index(entry)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def ready(self) -> list[FileEntry]:
        return [e for e in self.entries if e.ready]

    def cell(self, entry: FileEntry, col: int, role: int) -> Any:
        found = entry.candidate.detection
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                name = entry.candidate.path.name
                if found and found.source.member:
                    name += f"  ›  {found.source.basename}"
                return name
            if col == 1:
                return found.importer.label if found else self.tr("not recognised")
            return entry.status or (entry.candidate.problem if not found else self.tr("ready"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.candidate.path) + (f"\n{entry.error}" if entry.error else "")
        if role == Qt.ItemDataRole.ForegroundRole and col in (1, 2):
            if entry.error or not found:
                return QBrush(QColor(active_theme().danger))
            if entry.result is not None:
                return QBrush(QColor(active_theme().good))
        return None


KIND_LABELS = {
    "message": str(QT_TRANSLATE_NOOP("PreviewModel", "message")),
    "direct": str(QT_TRANSLATE_NOOP("PreviewModel", "direct message")),
    "media": str(QT_TRANSLATE_NOOP("PreviewModel", "media (counted)")),
    "skipped": str(QT_TRANSLATE_NOOP("PreviewModel", "left out")),
    "problem": str(QT_TRANSLATE_NOOP("PreviewModel", "problem")),
    "attendance": str(QT_TRANSLATE_NOOP("PreviewModel", "attendance")),
    "person": str(QT_TRANSLATE_NOOP("PreviewModel", "person")),
    "answer": str(QT_TRANSLATE_NOOP("PreviewModel", "answer")),
}


class PreviewModel(RowTableModel):
    """The first records of one file as they would be stored, times in the event's zone."""

    def __init__(self, times: LocalTimes) -> None:
        super().__init__()
        self.times = times

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("Tables", "Line")),
        str(QT_TRANSLATE_NOOP("Tables", "Time")),
        str(QT_TRANSLATE_NOOP("Tables", "Author")),
        str(QT_TRANSLATE_NOOP("Tables", "Text")),
        str(QT_TRANSLATE_NOOP("Tables", "Session")),
        str(QT_TRANSLATE_NOOP("Tables", "Kind")),
    )

    def cell(self, row: PreviewRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "" if row.line is None else str(row.line)
            if col == 1:
                return self.times.day_time(row.time) if row.time else ""
            if col == 2:
                return row.author
            if col == 3:
                text = row.text.replace("\n", " ⏎ ")
                return text if len(text) <= 200 else text[:199] + "…"
            if col == 4:
                return row.session
            return self.tr(KIND_LABELS.get(row.kind, row.kind))
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return row.text
        if role == Qt.ItemDataRole.ForegroundRole and row.kind in ("skipped", "direct", "media", "problem"):
            theme = active_theme()  # the colours follow light or dark mode
            return QBrush(QColor(theme.danger if row.kind == "problem" else theme.muted))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BatchesModel(RowTableModel):
    """Imports stored in the workspace, newest first."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("Tables", "File")),
        str(QT_TRANSLATE_NOOP("Tables", "Format")),
        str(QT_TRANSLATE_NOOP("Tables", "Imported")),
        str(QT_TRANSLATE_NOOP("Tables", "Added")),
        str(QT_TRANSLATE_NOOP("Tables", "Already there")),
        str(QT_TRANSLATE_NOOP("Tables", "Left out")),
        str(QT_TRANSLATE_NOOP("Tables", "New people")),
        str(QT_TRANSLATE_NOOP("Tables", "Messages held")),
    )

    def __init__(self, times: LocalTimes) -> None:
        super().__init__()
        self.times = times

    @property
    def batches(self) -> list[BatchInfo]:
        return self._rows

    def cell(self, b: BatchInfo, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                b.file_name,
                b.format,
                self.times.date_time(b.imported_at),
                b.added,
                b.duplicates,
                b.skipped,
                b.new_participants,
                b.contributions,
            )
            value = values[col]
            return f"{value:,}" if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and b.errors:
            return self.tr("%n problem line(s) were reported", "", b.errors)
        return None
