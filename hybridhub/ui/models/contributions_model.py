"""All contributions as one table that pages rows from the browse service as the view scrolls.

Nothing is counted or loaded up front: the first page (200 rows) is read when the filter is set, and
`canFetchMore`/`fetchMore` read the next page by keyset when the view nears the end, so a workspace of
a million contributions opens at once and memory grows only with what was scrolled through.
"""

from __future__ import annotations

import time
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
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
NOTHING: tuple[Any, ...] = (None,) * len(COLUMNS)
ROLE_SLOTS = 11  # a row's worked-out values, by role: Qt.DisplayRole (0) to Qt.CheckStateRole (10)
CELL_CACHE_ROWS = 1024  # formatted rows kept for repaints: a few screens, bounded however far one scrolls
CELL_BLOCK = 32  # rows formatted together when the view first asks for one of them (about a screenful)
PAGE = 200
FLAGGED_BRUSH = QBrush(QColor("#9aa6ae"))
OFFLINE_BRUSH = QBrush(QColor("#d1495b"))
ONLINE_BRUSH = QBrush(QColor("#2a6f97"))


def _only(col: int, value: Any) -> tuple[Any, ...]:
    """One role's values for a row's columns: `value` in column `col`, None in the others."""
    return (*NOTHING[:col], value, *NOTHING[col + 1 :])


ALIGNS = _only(VOICES, RIGHT)
FOREGROUNDS = {  # by (flagged, offline)
    (True, True): (FLAGGED_BRUSH,) * len(COLUMNS),
    (True, False): (FLAGGED_BRUSH,) * len(COLUMNS),
    (False, True): _only(CHANNEL, OFFLINE_BRUSH),
    (False, False): _only(CHANNEL, ONLINE_BRUSH),
}


class ContributionsModel(QAbstractTableModel):
    def __init__(
        self, workspace: Workspace, event_id: int, page_size: int = PAGE, tz: tzinfo | None = None
    ) -> None:
        super().__init__()
        self._tz = tz
        self._ws, self._event_id, self._page = workspace, event_id, page_size
        self._filter = ContributionFilter()
        self._rows: list[ContributionRow] = []
        self._cells: dict[int, list[tuple[Any, ...]]] = {}  # row -> [role] -> value per column
        self._next: Cursor | None = None
        self._done = True
        self._newest_first = False
        self._fetching = False
        self._headers = [self.tr(c) for c in COLUMNS]
        self._sides = {True: self.tr("offline"), False: self.tr("online")}
        # strftime's "%b" names, read once: per cell, strftime costs several times the f-string in data().
        self._months = [time.strftime("%b", (2000, m, 1, 0, 0, 0, 0, 1, -1)) for m in range(1, 13)]
        italic = QFont()
        italic.setItalic(True)
        self._italic_text = _only(TEXT, italic)

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
        self._cells.clear()
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
        self._cells.clear()
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
            self._cells.pop(i, None)
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

    # No flags() here: QAbstractTableModel's (enabled, selectable, never has children) is what rows need,
    # and the view asks for it once per visible cell on every paint; a Python override costs a call each.

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        # Called for every visible cell and 7 roles on every paint: a row's values are worked out once,
        # for all roles and columns, and a call is then three subscripts. The rest (a row not worked out
        # yet, the id and row roles, an invalid index) goes the slow way.
        try:
            return self._cells[index.row()][role][index.column()]
        except (KeyError, IndexError):
            return self._data(index, int(role))

    def _data(self, index: Index, role: int) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        if not 0 <= role < ROLE_SLOTS:
            return None
        return self._cells_from(index.row())[role][index.column()]

    def _cells_from(self, row: int) -> list[tuple[Any, ...]]:
        """The values of `row`, working out those of the next rows too while at it: Python run between
        Qt's text layouts, one row per call, is several times slower than the same work in one go."""
        if len(self._cells) >= CELL_CACHE_ROWS:
            self._cells.clear()
        for i in range(row, min(row + CELL_BLOCK, len(self._rows))):
            if i not in self._cells:
                self._cells[i] = self._row_cells(self._rows[i])
        return self._cells[row]

    def _row_cells(self, r: ContributionRow) -> list[tuple[Any, ...]]:
        offline = is_offline(r.channel)
        when = "—"
        if r.posted_at:
            t = r.posted_at.astimezone(self._tz)
            when = f"{t.day:02d} {self._months[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"
        themes = ", ".join(t.name for t in r.themes)
        text = " ".join(r.text.split())
        tooltip = list(NOTHING)
        tooltip[TEXT], tooltip[CHANNEL] = r.text, self._sides[offline]
        cells = [NOTHING] * ROLE_SLOTS
        # In COLUMNS order: when, channel, session, who, text, voices, themes, flag.
        cells[DISPLAY] = (
            when,
            label(r.channel),
            r.session_name or "",
            r.author,
            text,
            str(r.voices),
            themes,
            r.flag or "",
        )
        cells[TOOLTIP] = tuple(tooltip)
        cells[FOREGROUND] = FOREGROUNDS[bool(r.flag), offline]
        cells[ALIGN] = ALIGNS
        if r.flag:
            cells[FONT] = self._italic_text
        if r.themes:
            cells[DECORATION] = _only(THEMES, QColor(r.themes[0].colour))
        return cells
