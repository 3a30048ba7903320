"""All contributions as one table that pages rows from the browse service as the view scrolls.

Nothing is counted or loaded up front: the first page (200 rows) is read when the filter is set, and
`canFetchMore`/`fetchMore` read the next page by keyset when the view nears the end, so a workspace of
a million contributions opens at once and memory grows only with what was scrolled through.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.pages import ContributionRow, Cursor, fetch_page, fetch_rows
from hybridhub.core.channels import is_offline, label
from hybridhub.core.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("When", "Channel", "Session", "Who", "Text", "Voices", "Themes", "Flag")
WHEN, CHANNEL, SESSION, WHO, TEXT, VOICES, THEMES, FLAG = range(len(COLUMNS))
ID_ROLE = int(Qt.UserRole) + 1
ROW_ROLE = int(Qt.UserRole) + 2
DISPLAY, TOOLTIP, FOREGROUND = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.ForegroundRole)
FONT, DECORATION, ALIGN = int(Qt.FontRole), int(Qt.DecorationRole), int(Qt.TextAlignmentRole)
USED_ROLES = frozenset((DISPLAY, TOOLTIP, FOREGROUND, FONT, DECORATION, ALIGN, ID_ROLE, ROW_ROLE))
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
ITEM_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
PAGE = 200
FLAGGED_BRUSH = QBrush(QColor("#9aa6ae"))
OFFLINE_BRUSH = QBrush(QColor("#d1495b"))
ONLINE_BRUSH = QBrush(QColor("#2a6f97"))


class ContributionsModel(QAbstractTableModel):
    def __init__(
        self, workspace: Workspace, event_id: int, page_size: int = PAGE, tz: tzinfo | None = None
    ) -> None:
        super().__init__()
        self._tz = tz
        self._ws, self._event_id, self._page = workspace, event_id, page_size
        self._filter = ContributionFilter()
        self._rows: list[ContributionRow] = []
        self._next: Cursor | None = None
        self._done = True
        self._newest_first = False
        self._fetching = False
        self._headers = [self.tr(c) for c in COLUMNS]
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading --------------------------------------------------------------------------------
    @property
    def filter(self) -> ContributionFilter:
        return self._filter

    def set_filter(self, filt: ContributionFilter, *, newest_first: bool | None = None) -> None:
        """Show the first page of rows matching `filt` (may raise a UserError for a bad filter)."""
        if newest_first is not None:
            self._newest_first = newest_first
        with self._ws.session() as s:
            page = fetch_page(s, self._event_id, filt, None, self._page, newest_first=self._newest_first)
        self.beginResetModel()
        self._filter = filt
        self._rows = page.rows
        self._next = page.next
        self._done = page.next is None
        self.endResetModel()

    def reload(self) -> None:
        """Re-read from the start, as far as was loaded before (after imports, erasure, notes)."""
        wanted = max(len(self._rows), self._page)
        with self._ws.session() as s:
            rows: list[ContributionRow] = []
            after: Cursor | None = None
            while True:
                page = fetch_page(
                    s, self._event_id, self._filter, after, self._page, newest_first=self._newest_first
                )
                rows += page.rows
                after = page.next
                if after is None or len(rows) >= wanted:
                    break
        self.beginResetModel()
        self._rows, self._next, self._done = rows, after, after is None
        self.endResetModel()

    def refresh_ids(self, ids: list[int]) -> None:
        """Re-read these rows in place (after coding or flagging), keeping scroll and selection."""
        positions = {r.id: i for i, r in enumerate(self._rows) if r.id in set(ids)}
        if not positions:
            return
        with self._ws.session() as s:
            fresh = fetch_rows(s, self._event_id, list(positions))
        for cid, i in positions.items():
            if cid in fresh:
                self._rows[i] = fresh[cid]
        first, last = min(positions.values()), max(positions.values())
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # Views may ask again from inside the insert signals below: one fetch at a time keeps order.
        if parent.isValid() or self._done or self._fetching:
            return
        self._fetching = True
        try:
            self._fetch_next()
        finally:
            self._fetching = False

    def _fetch_next(self) -> None:
        with self._ws.session() as s:
            page = fetch_page(
                s, self._event_id, self._filter, self._next, self._page, newest_first=self._newest_first
            )
        self._next = page.next
        self._done = page.next is None
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    # -- access ---------------------------------------------------------------------------------
    def row_at(self, row: int) -> ContributionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded(self) -> int:
        return len(self._rows)

    def all_loaded(self) -> bool:
        return self._done

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role == DISPLAY and orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.NoItemFlags

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        # Called for every visible cell on every paint: compare plain ints, not PySide enums (much slower).
        role = int(role)
        if role not in USED_ROLES or not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == DISPLAY:
            return self._display(r, col)
        if role == TOOLTIP:
            if col == TEXT:
                return r.text
            if col == CHANNEL:
                return self.tr("offline") if is_offline(r.channel) else self.tr("online")
            return None
        if role == FOREGROUND:
            if r.flag:
                return FLAGGED_BRUSH
            if col == CHANNEL:
                return OFFLINE_BRUSH if is_offline(r.channel) else ONLINE_BRUSH
            return None
        if role == FONT:
            return self._italic if r.flag and col == TEXT else None
        if role == DECORATION:
            return QColor(r.themes[0].colour) if col == THEMES and r.themes else None
        if role == ALIGN:
            return RIGHT if col == VOICES else None
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        return None

    def _display(self, r: ContributionRow, col: int) -> str:
        if col == WHEN:
            return r.posted_at.astimezone(self._tz).strftime("%d %b %Y %H:%M") if r.posted_at else "—"
        if col == CHANNEL:
            return label(r.channel)
        if col == SESSION:
            return r.session_name or ""
        if col == WHO:
            return r.author
        if col == TEXT:
            return " ".join(r.text.split())
        if col == VOICES:
            return str(r.voices)
        if col == THEMES:
            return ", ".join(t.name for t in r.themes)
        if col == FLAG:
            return r.flag or ""
        return ""
