"""All contributions as one table that pages rows from the browse service as the view scrolls.

Nothing is counted or loaded up front: the first page (200 rows) is read when the filter is set, and
`canFetchMore`/`fetchMore` read the next page by keyset when the view nears the end, so a workspace of
a million contributions opens at once and memory grows only with what was scrolled through.

A row's values for every column and role come from `cell_roles`, worked out together. The table view does
not call `data()` while painting: it shows a `ScreenCache` of these values held in Qt's own item store.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hybridhub.browse.actions import read_page, read_pages, read_rows
from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.pages import ContributionRow, Cursor
from hybridhub.core.channels import is_offline
from hybridhub.core.local_time import LocalTimes
from hybridhub.core.workspace import Workspace
from hybridhub.ui.models.row_table import column_title
from hybridhub.ui.style import active_theme
from hybridhub.ui.words import channel_name

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    str(QT_TRANSLATE_NOOP("Tables", "When")),
    str(QT_TRANSLATE_NOOP("Tables", "Channel")),
    str(QT_TRANSLATE_NOOP("Tables", "Session")),
    str(QT_TRANSLATE_NOOP("Tables", "Who")),
    str(QT_TRANSLATE_NOOP("Tables", "Text")),
    str(QT_TRANSLATE_NOOP("Tables", "Voices")),
    str(QT_TRANSLATE_NOOP("Tables", "Themes")),
    str(QT_TRANSLATE_NOOP("Tables", "Flag")),
)
WHEN, CHANNEL, SESSION, WHO, TEXT, VOICES, THEMES, FLAG = range(len(COLUMNS))
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2
DISPLAY, TOOLTIP, FOREGROUND = (
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.ForegroundRole),
)
FONT, DECORATION, ALIGN = (
    int(Qt.ItemDataRole.FontRole),
    int(Qt.ItemDataRole.DecorationRole),
    int(Qt.ItemDataRole.TextAlignmentRole),
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PAGE = 200
FLAGGED_BRUSH = QBrush(QColor("#9aa6ae"))


class ContributionsModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, event_id: int, times: LocalTimes, page_size: int = PAGE) -> None:
        super().__init__()
        self._times = times
        self._ws, self._event_id, self._page = workspace, event_id, page_size
        self._filter = ContributionFilter()
        self._rows: list[ContributionRow] = []
        self._next: Cursor | None = None
        self._done = True
        self._newest_first = False
        self._fetching = False
        self._headers = [column_title(c) for c in COLUMNS]
        self._sides = {True: self.tr("offline"), False: self.tr("online")}
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading --------------------------------------------------------------------------------
    @property
    def times(self) -> LocalTimes:
        return self._times

    def set_times(self, times: LocalTimes) -> None:
        """Show times in another zone or language (the event's zone was changed)."""
        if (times.zone_name, times.locale_name) != (self._times.zone_name, self._times.locale_name):
            self._times = times
            if self._rows:
                self.dataChanged.emit(self.index(0, WHEN), self.index(len(self._rows) - 1, WHEN))

    @property
    def filter(self) -> ContributionFilter:
        return self._filter

    def set_filter(self, filt: ContributionFilter, *, newest_first: bool | None = None) -> None:
        """Show the first page of rows matching `filt` (may raise a UserError for a bad filter)."""
        if newest_first is not None:
            self._newest_first = newest_first
        page = read_page(self._ws, self._event_id, filt, None, self._page, newest_first=self._newest_first)
        self.beginResetModel()
        self._filter = filt
        self._rows = page.rows
        self._next = page.next
        self._done = page.next is None
        self.endResetModel()

    def reload(self) -> None:
        """Re-read from the start, as far as was loaded before (after imports, erasure, notes)."""
        wanted = max(len(self._rows), self._page)
        page = read_pages(
            self._ws, self._event_id, self._filter, wanted, self._page, newest_first=self._newest_first
        )
        self.beginResetModel()
        self._rows, self._next, self._done = page.rows, page.next, page.next is None
        self.endResetModel()

    def refresh_ids(self, ids: list[int]) -> None:
        """Re-read these rows in place (after coding or flagging), keeping scroll and selection."""
        wanted = set(ids)
        positions = {r.id: i for i, r in enumerate(self._rows) if r.id in wanted}
        if not positions:
            return
        fresh = read_rows(self._ws, self._event_id, list(positions))
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
        page = read_page(
            self._ws, self._event_id, self._filter, self._next, self._page, newest_first=self._newest_first
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == DISPLAY:
            return self._headers[section]
        if role == TOOLTIP and section == WHEN:
            return self.tr("Times in {0}, the event's time zone").format(self._times.zone_name)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        return self.cell_roles(index.row())[index.column()].get(int(role))

    def cell_roles(self, row: int) -> list[dict[int, Any]]:
        """The values of `row` by column, each a role -> value map of the roles it has (an empty map for a
        row out of range)."""
        r = self.row_at(row)
        if r is None:
            return [{} for _ in COLUMNS]
        offline = is_offline(r.channel)
        when = self._times.date_time(r.posted_at) if r.posted_at else "—"
        # In COLUMNS order: when, channel, session, who, text, voices, themes, flag.
        shown = (
            when,
            channel_name(r.channel),
            r.session_name or "",
            r.author,
            " ".join(r.text.split()),
            str(r.voices),
            ", ".join(t.name for t in r.themes),
            r.flag or "",
        )
        cells: list[dict[int, Any]] = [{DISPLAY: value} if value else {} for value in shown]
        cells[TEXT][TOOLTIP] = r.text
        cells[CHANNEL][TOOLTIP] = self._sides[offline]
        cells[VOICES][ALIGN] = RIGHT
        if r.flag:  # greyed and italic: kept and counted, never quoted
            for cell in cells:
                cell[FOREGROUND] = FLAGGED_BRUSH
            cells[TEXT][FONT] = self._italic
        else:
            theme = active_theme()  # the sides' colours, light or dark
            cells[CHANNEL][FOREGROUND] = QBrush(QColor(theme.offline if offline else theme.online))
        if r.themes:
            cells[THEMES][DECORATION] = QColor(r.themes[0].colour)
        return cells
