"""Every voice in one table: paper, notes and every online channel, with filters, search and provenance."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QImage, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hybridhub.browse.actions import count, detail, filter_choices, set_flag
from hybridhub.browse.detail import ContributionDetail
from hybridhub.browse.filters import ContributionFilter
from hybridhub.core.channels import CHANNELS
from hybridhub.core.errors import UserError
from hybridhub.core.progress import ProgressFn
from hybridhub.events.actions import event_info
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.contributions_model import ContributionsModel
from hybridhub.ui.models.screen_cache import ScreenCache
from hybridhub.ui.pages.base import Page, column
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.style import active_theme
from hybridhub.ui.widgets.empty_hint import EmptyHint
from hybridhub.ui.widgets.fields import NO_DATE, date_edit, optional_date
from hybridhub.ui.words import channel_name

SEARCH_DELAY_MS = 250


def _date_edit(placeholder: str) -> QDateEdit:
    return date_edit("d MMM yyyy", placeholder)


class ContributionTable(QTableView):
    """The shared table: multi-select rows, wide text column, paging model underneath.

    The view shows a `ScreenCache` of the contributions model: rows are copied into Qt's item store just
    before they are first painted, so a repaint (after every search and scroll step) runs no Python per
    cell. Row numbers are the same in both models."""

    def __init__(self, model: ContributionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contributions = model
        self.screen_cache = ScreenCache(model)
        self.setModel(self.screen_cache)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        # Laying out each visible cell's text is most of a repaint (after every search and scroll step).
        # Latin text needs no shaping to be legible; Qt still shapes the scripts that do. Only the strategy
        # is set here: family and size still come from the application and its style sheet.
        cell_font = QFont()
        cell_font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(cell_font)
        header = self.horizontalHeader()
        # The text is what people read: it gets a real width even on a 1280-px laptop, and the table
        # scrolls sideways rather than squeezing it; the last column takes any room left over.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((158, 95, 115, 110, 380, 56, 115, 60)):  # "08 Nov 2026 10:42" whole
            header.resizeSection(col, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        area = event.rect()
        first = self.rowAt(area.top())
        if first >= 0:  # else the area is below the last row (or there are none)
            last = self.rowAt(area.bottom())
            self.screen_cache.fill(first, last if last >= 0 else self.screen_cache.rowCount() - 1)
        super().paintEvent(event)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [r.id for r in map(self.contributions.row_at, rows) if r is not None]


class BrowserPage(Page):
    title = "Browse"
    icon_name = "browse"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._event_id = event_info(ctx.workspace).id
        self.model = ContributionsModel(ctx.workspace, self._event_id, ctx.times())
        self._count_generation = 0
        self._own_change = False

        outer = self.page_layout(
            self.tr("All contributions"),
            self.tr("Paper, notes and every online channel in one list. Search ignores accents and case."),
        )
        outer.addLayout(self._filter_bar())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._table_panel())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Source of the selected contribution"))
        self.detail.setOpenLinks(False)
        self.crop = QLabel()
        self.crop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right, right_layout = column()
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.crop)
        split.addWidget(right)
        split.setSizes([1100, 260])
        outer.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.listen(self._store_changed)
        self._fill_choices()
        self.apply_filter()

    def _table_panel(self) -> QWidget:
        left, left_layout = column()
        self.table = ContributionTable(self.model)
        self.table.setAccessibleName(self.tr("Contributions"))
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No contributions to show. Notes, paper forms and imported discussions appear here "
                "(if you searched or filtered, press Reset)."
            ),
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        left_layout.addWidget(self.table)
        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("subtitle")
        actions.addWidget(self.count_label)
        self.zone_label = QLabel()
        self.zone_label.setObjectName("subtitle")
        self.zone_label.setToolTip(self.tr("Every time is shown in the event's time zone (Event page)."))
        actions.addWidget(self.zone_label, 1)
        self.hostile_button = QPushButton(self.tr("Flag hostile"))
        self.offtopic_button = QPushButton(self.tr("Flag off-topic"))
        self.unflag_button = QPushButton(self.tr("Clear flag"))
        self.hostile_button.clicked.connect(lambda: self.flag_selected("hostile"))
        self.offtopic_button.clicked.connect(lambda: self.flag_selected("off-topic"))
        self.unflag_button.clicked.connect(lambda: self.flag_selected(None))
        for b in (self.hostile_button, self.offtopic_button, self.unflag_button):
            b.setToolTip(self.tr("Flagged items are kept and counted as heard, but never quoted."))
            actions.addWidget(b)
        left_layout.addLayout(actions)
        return left

    # -- filter bar -----------------------------------------------------------------------------
    def _filter_bar(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        top = QHBoxLayout()
        bar = QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(bar)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr('Search words…  ("a phrase", -leave-out)'))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        top.addWidget(self.search_edit, 1)
        self.side_combo = QComboBox()
        for text, value in (
            (self.tr("Offline and online"), None),
            (self.tr("Offline"), "offline"),
            (self.tr("Online"), "online"),
        ):
            self.side_combo.addItem(text, value)
        self.channel_combo = QComboBox()
        self.session_combo = QComboBox()
        self.theme_combo = QComboBox()
        self.person_combo = QComboBox()
        self.person_combo.setMinimumContentsLength(14)
        self.flag_combo = QComboBox()
        for text, flagged in (
            (self.tr("Flagged or not"), None),
            (self.tr("Flagged"), True),
            (self.tr("Not flagged"), False),
        ):
            self.flag_combo.addItem(text, flagged)
        self.from_edit = _date_edit(self.tr("from any day"))
        self.to_edit = _date_edit(self.tr("to any day"))
        self.from_edit.setAccessibleName(self.tr("From day"))
        self.to_edit.setAccessibleName(self.tr("To day"))
        for combo in (
            self.side_combo,
            self.channel_combo,
            self.session_combo,
            self.theme_combo,
            self.person_combo,
            self.flag_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            # the side box gets more room: "Offline and online" was cut to "Offline and onli"
            wide = {self.side_combo: 16, self.flag_combo: 12}  # their fixed choices, read in full
            combo.setMinimumContentsLength(wide.get(combo, 7))
            bar.addWidget(combo, 1)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
            bar.addWidget(edit)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset_filters)
        top.addWidget(self.reset_button)
        return rows

    def _fill_choices(self) -> None:
        choices = filter_choices(self.ctx.workspace, self._event_id)
        self._refill(self.channel_combo, self.tr("All channels"), [(channel_name(c), c) for c in CHANNELS])
        self._refill(self.session_combo, self.tr("All sessions"), [(x.name, x.id) for x in choices.sessions])
        self._refill(
            self.theme_combo, self.tr("All themes"), [("  " * t.depth + t.name, t.id) for t in choices.themes]
        )
        self._refill(self.person_combo, self.tr("Everyone"), [(text, pid) for pid, text in choices.people])

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)

    def _day(self, edit: QDateEdit, end: bool) -> datetime | None:
        day = optional_date(edit)
        if day is None:
            return None
        start = datetime.combine(day, time(0), self.model.times.zone)
        return (start + timedelta(days=1) if end else start).astimezone(UTC)

    def current_filter(self) -> ContributionFilter:
        channel = self.channel_combo.currentData()
        return ContributionFilter(
            side=self.side_combo.currentData(),
            channels=(channel,) if channel else (),
            session_id=self.session_combo.currentData(),
            theme_id=self.theme_combo.currentData(),
            participant_id=self.person_combo.currentData(),
            date_from=self._day(self.from_edit, False),
            date_to=self._day(self.to_edit, True),
            flagged=self.flag_combo.currentData(),
            search=self.search_edit.text(),
        )

    def reset_filters(self) -> None:
        for combo in (
            self.side_combo,
            self.channel_combo,
            self.session_combo,
            self.theme_combo,
            self.person_combo,
            self.flag_combo,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        try:
            filt = self.current_filter()
            self.model.set_filter(filt)
        except UserError as exc:
            self.count_label.setText(exc.message)
            return
        self._show_detail()
        self._count(filt)

    def _count(self, filt: ContributionFilter) -> None:
        """Counting a million rows takes a moment: do it off the GUI thread; drop stale answers."""
        self._count_generation += 1
        generation = self._count_generation
        self.count_label.setText(self.tr("Counting…"))
        ws, event_id = self.ctx.workspace, self._event_id

        def work(_progress: ProgressFn) -> int:
            return count(ws, event_id, filt)

        def done(n: int) -> None:
            if generation == self._count_generation:
                self.count_label.setText(self.tr("%n contribution(s)", "", n))
                self.zone_label.setText(self.tr("Times in {0}").format(self.model.times.zone_name))

        self.ctx.tasks.run(work, on_done=done, on_error=lambda _e: None, write=False)

    # -- detail and actions ---------------------------------------------------------------------
    def _show_detail(self, *_args: object) -> None:
        ids = self.table.selected_ids()
        self.crop.clear()
        self.crop.setVisible(False)
        if len(ids) != 1:
            text = (
                self.tr("%n selected", "", len(ids))
                if ids
                else self.tr("Select a contribution to see its source.")
            )
            self.detail.setHtml(f"<p style='color:{active_theme().muted}'>{text}</p>")
            return
        try:
            d = detail(self.ctx.workspace, ids[0])
        except UserError as exc:
            self.detail.setPlainText(exc.describe())
            return
        self.detail.setHtml(self._detail_html(d))
        if d.provenance.crop_png:
            image = QImage.fromData(d.provenance.crop_png)
            if not image.isNull():
                self.crop.setPixmap(
                    QPixmap.fromImage(image).scaledToWidth(320, Qt.TransformationMode.SmoothTransformation)
                )
                self.crop.setVisible(True)

    def _detail_html(self, d: ContributionDetail) -> str:
        from html import escape

        theme = active_theme()  # the HTML follows the light or dark palette

        def row(name: str, value: object) -> str:
            return (
                f"<tr><td style='color:{theme.muted};padding-right:10px'>{escape(name)}</td>"
                f"<td>{escape(str(value))}</td></tr>"
                if value not in (None, "")
                else ""
            )

        p = d.provenance
        times = self.model.times
        when = f"{times.day_time(d.posted_at)} ({times.zone_name})" if d.posted_at else "—"
        side = self.tr("offline") if d.offline else self.tr("online")
        themes = ", ".join(t.name for t in d.themes)
        flag = (
            (
                f"<p style='color:{theme.danger}'><b>{escape(d.flag)}</b> — "
                f"{escape(self.tr('kept and counted, never quoted'))}</p>"
            )
            if d.flag
            else ""
        )
        rows = "".join(
            [
                row(self.tr("When"), when),
                row(self.tr("Channel"), f"{channel_name(d.channel)} ({side})"),
                row(self.tr("Session"), d.session_name),
                row(self.tr("Who"), d.participant_label),
                row(self.tr("As"), d.identity_display),
                row(self.tr("Voices"), d.voices),
                row(self.tr("Language"), d.language),
                row(self.tr("Themes"), themes),
                row(self.tr("In reply to"), d.parent_preview),
                row(self.tr("File"), p.file_name),
                row(self.tr("Line"), p.line),
                row(self.tr("Format"), p.batch_format),
                row(self.tr("Sheet"), p.sheet_code),
                row(self.tr("Read by"), p.sheet_method),
                row(self.tr("Question"), p.question_key),
                row(self.tr("Note by"), p.note_author),
                row(self.tr("Speaker"), p.note_speaker),
                row(self.tr("Quote"), self.tr("yes") if p.note_is_quote else ""),
                *(row(str(k), v) for k, v in p.extra.items()),
            ]
        )
        text = escape(d.text).replace("\n", "<br>")
        return f"<p style='font-size:13pt'>{text}</p>{flag}<table>{rows}</table>"

    def flag_selected(self, flag: str | None) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        event_id = self._event_id
        self._own_change = True  # this page refreshes its own rows: keep the selection, skip the reload
        try:
            self.ctx.change(
                lambda ws: set_flag(ws, event_id, ids, flag),
                (StoreTopic.CONTRIBUTIONS,),
                on_done=lambda _n: self._flagged(ids),
            )
        finally:
            self._own_change = False

    def _flagged(self, ids: list[int]) -> None:
        self.model.refresh_ids(ids)
        self._show_detail()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for text, flag in (
            (self.tr("Flag as hostile"), "hostile"),
            (self.tr("Flag as off-topic"), "off-topic"),
            (self.tr("Clear flag"), None),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, f=flag: self.flag_selected(f))
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def select_row(self, row: int) -> None:
        index = self.table.screen_cache.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.EVENT:
            self.model.set_times(self.ctx.times())
            self._count(self.model.filter)
        if topic in (StoreTopic.THEMES, StoreTopic.PARTICIPANTS, StoreTopic.SESSIONS):
            self._fill_choices()
        if self._own_change or topic not in (
            StoreTopic.CONTRIBUTIONS,
            StoreTopic.NOTES,
            StoreTopic.THEMES,
            StoreTopic.PARTICIPANTS,
            StoreTopic.IMPORTS,
            StoreTopic.SHEETS,
        ):
            return
        self.when_visible("contributions", self._reload)

    def _reload(self) -> None:
        self.model.reload()
        self._count(self.model.filter)
