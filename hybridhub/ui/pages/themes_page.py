"""Themes: edit the codebook, code contributions fast (select rows, press 1–9), accept rule suggestions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from hybridhub.browse.filters import ContributionFilter
from hybridhub.core.errors import UserError
from hybridhub.events.actions import event_info
from hybridhub.themes.actions import (
    accept_all,
    decide,
    delete_theme,
    list_themes,
    move_theme,
    pending,
    suggest,
    toggle,
)
from hybridhub.themes.actions import save_theme as store_theme
from hybridhub.themes.codebook import ThemeInput, ThemeView
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.contributions_model import FLAG, SESSION, VOICES, WHEN, WHO, ContributionsModel
from hybridhub.ui.models.suggestions_model import SuggestionsModel
from hybridhub.ui.pages.base import Page, column, side_by_side
from hybridhub.ui.pages.browser_page import ContributionTable
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets import SectionHeader
from hybridhub.ui.widgets.empty_hint import EmptyHint

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class CodingTable(ContributionTable):
    """Number keys 1–9 code the selected rows with the codebook's first nine themes."""

    numberPressed = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = NUMBER_KEYS.get(event.key())
        if number is not None and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.numberPressed.emit(number)
            return
        super().keyPressEvent(event)


def _swatch(colour: str) -> QPixmap:
    pix = QPixmap(14, 14)
    pix.fill(QColor(colour))
    return pix


class ThemesPage(Page):
    title = "Themes"
    icon_name = "themes"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._event_id = event_info(ctx.workspace).id
        self.themes: list[ThemeView] = []
        outer = self.page_layout(
            self.tr("Themes"),
            self.tr("Select contributions and press 1–9 to code them; press again to remove the code."),
        )
        outer.addWidget(side_by_side(self._codebook_panel(), self._coding_panel(), (420, 900)), 1)
        self.listen(self._store_changed)
        self.reload_themes()
        self.reload_suggestions()

    # -- codebook ---------------------------------------------------------------------------------
    def _codebook_panel(self) -> QWidget:
        panel, layout = column()
        self.theme_list = QListWidget()
        self.theme_list.setAccessibleName(self.tr("Themes"))
        self.empty_hint = EmptyHint(
            self.theme_list,
            self.tr("No themes yet. Press New theme, or type #tags in notes: each tag becomes a theme."),
        )
        self.theme_list.currentRowChanged.connect(self._theme_selected)
        layout.addWidget(self.theme_list, 1)
        moves = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New theme"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_theme)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(self.delete_current)
        for b in (self.new_button, self.up_button, self.down_button, self.delete_button):
            moves.addWidget(b)
        layout.addLayout(moves)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.parent_combo = QComboBox()
        colour_row = QHBoxLayout()
        self.colour_edit = QLineEdit()
        self.colour_edit.setPlaceholderText("#4e79a7")
        self.colour_button = QPushButton(self.tr("Pick…"))
        self.colour_button.clicked.connect(self._pick_colour)
        colour_row.addWidget(self.colour_edit)
        colour_row.addWidget(self.colour_button)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(70)
        self.keywords_edit = QLineEdit()
        self.keywords_edit.setPlaceholderText(self.tr("bus, parking, accès"))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Under"), self.parent_combo)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Keywords"), self.keywords_edit)
        layout.addLayout(form)
        self.save_theme_button = QPushButton(self.tr("Save theme"))
        self.save_theme_button.setObjectName("primary")
        self.save_theme_button.clicked.connect(self.save_theme)
        layout.addWidget(self.save_theme_button)
        return panel

    def reload_themes(self) -> None:
        current = self.current_theme_id()
        self.themes = list_themes(self.ctx.workspace, self._event_id)
        self.theme_list.blockSignals(True)
        self.theme_list.clear()
        for i, t in enumerate(self.themes):
            key = f"{i + 1}  " if i < 9 else "    "
            pending_text = self.tr(", %n suggested", "", t.suggested) if t.suggested else ""
            text = f"{key}{'    ' * t.depth}{t.name}   ({t.coded}{pending_text})"
            item = QListWidgetItem(_swatch(t.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setToolTip(t.description)
            self.theme_list.addItem(item)
        self.theme_list.blockSignals(False)
        ids = [t.id for t in self.themes]
        self.theme_list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self._theme_selected(self.theme_list.currentRow())
        self.code_combo.blockSignals(True)
        self.code_combo.clear()
        for i, t in enumerate(self.themes):
            self.code_combo.addItem(_swatch(t.colour), f"{i + 1}. {t.name}" if i < 9 else t.name, t.id)
        self.code_combo.blockSignals(False)

    def current_theme_id(self) -> int | None:
        item = self.theme_list.currentItem() if hasattr(self, "theme_list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _theme_selected(self, row: int) -> None:
        theme = self.themes[row] if 0 <= row < len(self.themes) else None
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for t in self.themes:
            if theme is None or t.id != theme.id:
                self.parent_combo.addItem("    " * t.depth + t.name, t.id)
        self.name_edit.setText(theme.name if theme else "")
        self.colour_edit.setText(theme.colour if theme else "")
        self.description_edit.setPlainText(theme.description if theme else "")
        self.keywords_edit.setText(", ".join(theme.keywords) if theme else "")
        self.parent_combo.setCurrentIndex(
            max(0, self.parent_combo.findData(theme.parent_id if theme else None))
        )
        for b in (self.up_button, self.down_button, self.delete_button):
            b.setEnabled(theme is not None)

    def _input(self) -> ThemeInput:
        return ThemeInput(
            name=self.name_edit.text(),
            parent_id=self.parent_combo.currentData(),
            colour=self.colour_edit.text().strip() or None,
            description=self.description_edit.toPlainText(),
            keywords=tuple(k.strip() for k in self.keywords_edit.text().split(",")),
        )

    def new_theme(self) -> None:
        self.theme_list.setCurrentRow(-1)
        self._theme_selected(-1)
        self.name_edit.setFocus()

    def save_theme(self) -> None:
        event_id, theme_id, data = self._event_id, self.current_theme_id(), self._input()
        self.ctx.change(
            lambda ws: store_theme(ws, event_id, theme_id, data), (StoreTopic.THEMES,), on_done=self._saved
        )

    def _saved(self, theme_id: int) -> None:
        self.reload_themes()
        ids = [t.id for t in self.themes]
        if theme_id in ids:
            self.theme_list.setCurrentRow(ids.index(theme_id))

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour_edit.text() or "#4e79a7"), self)
        if colour.isValid():
            self.colour_edit.setText(colour.name())

    def _move(self, step: int) -> None:
        theme_id = self.current_theme_id()
        if theme_id is None:
            return
        event_id = self._event_id
        self.ctx.change(
            lambda ws: move_theme(ws, event_id, theme_id, step),
            (StoreTopic.THEMES,),
            on_done=lambda _none: self.reload_themes(),
        )

    def delete_current(self) -> None:
        theme_id = self.current_theme_id()
        theme = next((t for t in self.themes if t.id == theme_id), None)
        if theme is None:
            return
        question = self.tr("Delete the theme '%1' and its %2 codes? Sub-themes move up one level.")
        if not self.ctx.dialogs.ask(
            self.tr("Delete theme"), question.replace("%1", theme.name).replace("%2", str(theme.coded))
        ):
            return
        event_id = self._event_id
        self.ctx.change(
            lambda ws: delete_theme(ws, event_id, theme.id),
            (StoreTopic.THEMES,),
            on_done=lambda _none: self.reload_themes(),
        )

    # -- coding and suggestions ------------------------------------------------------------------
    def _coding_panel(self) -> QWidget:
        panel, layout = column()
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Find contributions to code…"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        bar.addWidget(self.search_edit, 1)
        self.code_combo = QComboBox()
        self.code_button = QPushButton(self.tr("Code / uncode selected"))
        self.code_button.clicked.connect(lambda: self.code_selected(self.code_combo.currentData()))
        bar.addWidget(self.code_combo)
        bar.addWidget(self.code_button)
        layout.addLayout(bar)
        self.model = ContributionsModel(self.ctx.workspace, self._event_id, self.ctx.times())
        self.model.set_filter(ContributionFilter())
        self.table = CodingTable(self.model)
        self.table.setAccessibleName(self.tr("Contributions to code"))
        self.table.numberPressed.connect(self.code_by_number)
        for col in (SESSION, VOICES, FLAG):  # coding needs the text and its themes; the rest is in Browse
            self.table.setColumnHidden(col, True)
        self.table.horizontalHeader().resizeSection(WHEN, 158)  # "08 Nov 2026 10:42" whole
        self.table.horizontalHeader().resizeSection(WHO, 130)
        layout.addWidget(self.table, 3)
        self.feedback = QLabel()
        self.feedback.setObjectName("subtitle")
        layout.addWidget(self.feedback)

        # The title on its own line: beside four buttons it was cut ("Suggested by keyw...") at 1366x768
        layout.addWidget(SectionHeader(self.tr("Suggested by keyword rules")))
        head = QHBoxLayout()
        self.run_rules_button = QPushButton(self.tr("Run keyword rules"))
        self.run_rules_button.clicked.connect(self.run_rules)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.accept_all_button = QPushButton(self.tr("Accept all of this theme"))
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.accept_all_button.clicked.connect(self._accept_all)
        # Running the rules, then deciding, each on a row: four buttons in one row were cut in French
        head.addWidget(self.run_rules_button)
        head.addStretch(1)
        layout.addLayout(head)
        decide = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            decide.addWidget(b)
        decide.addStretch(1)
        layout.addLayout(decide)
        self.suggestions = SuggestionsModel()
        self.suggestion_view = QTableView()
        self.suggestion_view.setAccessibleName(self.tr("Suggested codes"))
        EmptyHint(
            self.suggestion_view,
            self.tr(
                "Give a theme keywords, then press Run keyword rules: matching contributions appear here."
            ),
        )
        self.suggestion_view.setModel(self.suggestions)
        self.suggestion_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestion_view.verticalHeader().setVisible(False)
        self.suggestion_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.suggestion_view.horizontalHeader().resizeSection(0, 200)
        layout.addWidget(self.suggestion_view, 2)
        return panel

    def _search(self) -> None:
        try:
            self.model.set_filter(ContributionFilter(search=self.search_edit.text()))
        except UserError as exc:
            self.feedback.setText(exc.message)

    def code_by_number(self, number: int) -> None:
        if number > len(self.themes):
            self.feedback.setText(self.tr("No theme on key %1").replace("%1", str(number)))
            return
        self.code_selected(self.themes[number - 1].id)

    def code_selected(self, theme_id: int | None) -> None:
        ids = self.table.selected_ids()
        if theme_id is None or not ids:
            self.feedback.setText(self.tr("Select one or more contributions first"))
            return
        event_id = self._event_id
        self.ctx.change(
            lambda ws: toggle(ws, event_id, ids, theme_id),
            (StoreTopic.THEMES,),
            on_done=lambda added: self._coded(ids, theme_id, added),
        )

    def _coded(self, ids: list[int], theme_id: int, added: bool) -> None:
        name = next((t.name for t in self.themes if t.id == theme_id), "")
        text = (
            self.tr("Coded %n with '%1'", "", len(ids))
            if added
            else self.tr("Removed '%1' from %n", "", len(ids))
        )
        self.feedback.setText(text.replace("%1", name))
        self.model.refresh_ids(ids)
        self.reload_themes()

    def run_rules(self) -> None:
        event_id = self._event_id
        self.run_rules_button.setEnabled(False)

        def done(n: int) -> None:
            self.run_rules_button.setEnabled(True)
            self.feedback.setText(self.tr("%n new suggestion(s)", "", n))
            self.reload_suggestions()
            self.reload_themes()

        self.ctx.change_later(
            lambda ws, progress: suggest(ws, event_id, progress),
            on_done=done,
            on_error=lambda _exc: self.run_rules_button.setEnabled(True),
        )

    def _reload_codebook(self) -> None:
        self.reload_themes()
        self.reload_suggestions()

    def reload_suggestions(self) -> None:
        self.suggestions.set_rows(pending(self.ctx.workspace, self._event_id))
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            b.setEnabled(self.suggestions.rowCount() > 0)

    def _decide(self, yes: bool) -> None:
        rows = sorted({i.row() for i in self.suggestion_view.selectionModel().selectedRows()})
        pairs = [self.suggestions.pair(r) for r in rows]
        if not pairs:
            return
        self.ctx.change(
            lambda ws: decide(ws, pairs, yes),
            (StoreTopic.THEMES,),
            on_done=lambda _n: self._after_decisions([cid for cid, _ in pairs]),
        )

    def _accept_all(self) -> None:
        index = self.suggestion_view.currentIndex()
        row = index.row() if index.isValid() else 0
        if self.suggestions.rowCount() == 0:
            return
        _cid, theme_id = self.suggestions.pair(row)
        self.ctx.change(
            lambda ws: accept_all(ws, theme_id),
            (StoreTopic.THEMES,),
            on_done=lambda _n: self._after_decisions([]),
        )

    def _after_decisions(self, ids: list[int]) -> None:
        self.reload_suggestions()
        self.reload_themes()
        if ids:
            self.model.refresh_ids(ids)
        else:
            self.model.reload()

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.EVENT:
            self.model.set_times(self.ctx.times())
        if topic == StoreTopic.THEMES:  # e.g. a note's #tag made a theme
            self.when_visible("themes", self._reload_codebook)
        watched = (StoreTopic.CONTRIBUTIONS, StoreTopic.NOTES, StoreTopic.IMPORTS, StoreTopic.PARTICIPANTS)
        if topic in watched:
            self.when_visible("contributions", self.model.reload)
