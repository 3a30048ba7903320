"""The Event page: title, dates, venue, languages, time zone, purpose statement and the agenda."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hybridhub.core.models.event import SESSION_MODES
from hybridhub.events.actions import read_details, update_details
from hybridhub.events.service import EventDetails
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.sessions_model import MODE, SessionsModel
from hybridhub.ui.pages.base import Page, scrolling_body
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets import SectionHeader
from hybridhub.ui.widgets.fields import NO_DATE, date_edit, optional_date, qdate, zone_combo

COMMON_LANGUAGES = (("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"))
Index = QModelIndex | QPersistentModelIndex


class _ModeDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(list(SESSION_MODES))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def _date_edit() -> QDateEdit:
    return date_edit("ddd d MMM yyyy", QCoreApplication.translate("EventPage", "not set"))


class EventPage(Page):
    title = "Event"
    icon_name = "event"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        outer = self.page_layout(
            self.tr("Event"),
            self.tr(
                "What the workshop is, when and where, and why it is held. "
                "Reports open with this purpose statement."
            ),
        )
        scroll, form_box = scrolling_body(12)
        outer.addWidget(scroll, 1)
        form_box.addLayout(self._details_form())
        form_box.addWidget(
            SectionHeader(
                self.tr("Purpose statement"),
                self.tr("Three short answers that tell a decision-maker what this consultation is for."),
            )
        )
        form_box.addLayout(self._purpose_form())
        form_box.addWidget(
            SectionHeader(
                self.tr("Sessions"),
                self.tr(
                    "Agenda items, breakouts or tables. Imported messages and notes "
                    "fall into the session whose time they fall in."
                ),
            )
        )
        self._build_sessions(form_box)
        form_box.addStretch(1)
        outer.addLayout(self._save_bar())
        self._connect()
        self.listen(self._store_changed)
        self.load()

    def _details_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Living well with MS: community services"))
        form.addRow(self.tr("Title"), self.title_edit)
        dates = QHBoxLayout()
        self.starts_edit, self.ends_edit = _date_edit(), _date_edit()
        self.starts_edit.setAccessibleName(self.tr("First day"))
        self.ends_edit.setAccessibleName(self.tr("Last day"))
        dates.addWidget(self.starts_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.ends_edit)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(self.tr("Room and address, and the online link's name if hybrid"))
        form.addRow(self.tr("Venue"), self.venue_edit)
        self.tz_combo = zone_combo()
        form.addRow(self.tr("Time zone"), self.tz_combo)
        langs = QHBoxLayout()
        self.lang_boxes: dict[str, QCheckBox] = {}
        for code, name in COMMON_LANGUAGES:
            box = QCheckBox(name)
            self.lang_boxes[code] = box
            langs.addWidget(box)
        self.other_langs = QLineEdit()
        self.other_langs.setPlaceholderText(self.tr("other codes, e.g. ar, pt-BR"))
        langs.addWidget(self.other_langs, 1)
        form.addRow(self.tr("Languages"), langs)
        return form

    def _purpose_form(self) -> QFormLayout:
        purpose = QFormLayout()
        purpose.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.who_edit = self._purpose_box(self.tr("Whose voices: who is invited, who it affects"))
        self.what_edit = self._purpose_box(self.tr("What is being decided or asked"))
        self.why_edit = self._purpose_box(self.tr("Why now, and what happens with the results"))
        purpose.addRow(self.tr("Who"), self.who_edit)
        purpose.addRow(self.tr("What"), self.what_edit)
        purpose.addRow(self.tr("Why"), self.why_edit)
        return purpose

    def _build_sessions(self, box: QVBoxLayout) -> None:
        self.sessions = SessionsModel(self.ctx.times())
        self.sessions_view = QTableView()
        self.sessions_view.setModel(self.sessions)
        self.sessions_view.setItemDelegateForColumn(MODE, _ModeDelegate(self.sessions_view))
        self.sessions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions_view.setAlternatingRowColors(True)
        self.sessions_view.verticalHeader().setVisible(False)
        header = self.sessions_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions_view.setMinimumHeight(230)
        box.addWidget(self.sessions_view)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add session"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)

    def _save_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("subtitle")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("primary")
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        return bar

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._add_session)
        self.remove_button.clicked.connect(self._remove_session)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        for edit in (self.title_edit, self.venue_edit, self.other_langs):
            edit.textChanged.connect(self._mark_dirty)
        for text_edit in (self.who_edit, self.what_edit, self.why_edit):
            text_edit.textChanged.connect(self._mark_dirty)
        for day_edit in (self.starts_edit, self.ends_edit):
            day_edit.dateChanged.connect(self._mark_dirty)
        self.tz_combo.currentTextChanged.connect(self._mark_dirty)
        for box in self.lang_boxes.values():
            box.toggled.connect(self._mark_dirty)
        for signal in (
            self.sessions.dataChanged,
            self.sessions.rowsInserted,
            self.sessions.rowsRemoved,
            self.sessions.rowsMoved,
        ):
            signal.connect(self._mark_dirty)

    def _purpose_box(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    # -- loading and saving -------------------------------------------------------------------------
    def load(self) -> None:
        details = read_details(self.ctx.workspace)
        self._loading = True
        try:
            self.title_edit.setText(details.title)
            self.starts_edit.setDate(qdate(details.starts_on) if details.starts_on else NO_DATE)
            self.ends_edit.setDate(qdate(details.ends_on) if details.ends_on else NO_DATE)
            self.venue_edit.setText(details.venue)
            self.tz_combo.setCurrentText(details.timezone)
            for code, box in self.lang_boxes.items():
                box.setChecked(code in details.languages)
            self.other_langs.setText(", ".join(c for c in details.languages if c not in self.lang_boxes))
            self.who_edit.setPlainText(details.purpose_who)
            self.what_edit.setPlainText(details.purpose_what)
            self.why_edit.setPlainText(details.purpose_why)
            self.sessions.default_day = details.starts_on or date.today()
            self.sessions.times = self.ctx.times()
            self.sessions.set_sessions(details.sessions)
        finally:
            self._loading = False
        self._set_dirty(False)

    def details(self) -> EventDetails:
        """What is on screen, as the service's plain data."""
        others = [c.strip() for c in self.other_langs.text().replace(";", ",").split(",") if c.strip()]
        return EventDetails(
            title=self.title_edit.text(),
            purpose_who=self.who_edit.toPlainText(),
            purpose_what=self.what_edit.toPlainText(),
            purpose_why=self.why_edit.toPlainText(),
            starts_on=optional_date(self.starts_edit),
            ends_on=optional_date(self.ends_edit),
            venue=self.venue_edit.text(),
            languages=[c for c, box in self.lang_boxes.items() if box.isChecked()] + others,
            timezone=self.tz_combo.currentText().strip(),
            sessions=self.sessions.sessions(),
        )

    def save(self) -> bool:
        self.sessions_view.setFocus()  # commits an open cell editor first
        details = self.details()
        return self.ctx.change(
            lambda ws: update_details(ws, details),
            (StoreTopic.EVENT, StoreTopic.SESSIONS),
            on_done=lambda _none: self._saved(),
        )

    def _saved(self) -> None:
        self.load()
        self.status.setText(self.tr("All changes saved."))

    @property
    def dirty(self) -> bool:
        return self.save_button.isEnabled()

    def unsaved(self) -> str:
        return self.tr("The event's details have changes that are not saved.") if self.dirty else ""

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self.load()

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.status.setText(
            self.tr("Unsaved changes — Ctrl+S saves.") if dirty else self.tr("All changes saved.")
        )

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic in (StoreTopic.EVENT, StoreTopic.SESSIONS) and not self.dirty:
            self.load()

    # -- sessions editor ----------------------------------------------------------------------------
    def _selected_row(self) -> int:
        rows = self.sessions_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _add_session(self) -> None:
        row = self.sessions.add_session()
        index = self.sessions.index(row, 0)
        self.sessions_view.setCurrentIndex(index)
        self.sessions_view.edit(index)

    def _remove_session(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.sessions.remove_session(row)

    def _move(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0:
            target = self.sessions.move_session(row, delta)
            self.sessions_view.selectRow(target)
