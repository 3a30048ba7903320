"""The mapping step of the Import page.

For a table (any CSV/TSV/XLSX) the organiser picks a preset or chooses which column holds the
author, time, text, thread and room name, sees the columns and first rows, and can save the choice as
a named preset. For an online form (Google Forms, Microsoft Forms) they choose the paper form it
mirrors, check which column answers which question and which online option is which paper option,
and remember the mapping for the next export of the same form.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hybridhub.core.errors import UserError
from hybridhub.importers.actions import (
    form_templates,
    plan_form_mapping,
    save_form_mapping,
    save_table_preset,
    table_mapping,
    table_presets,
)
from hybridhub.importers.mapping import ROLE_LABELS, TABLE, FormMapping, form_name
from hybridhub.importers.planning import FormPlan, preview_table
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.import_models import FileEntry
from hybridhub.ui.models.mapping_models import ColumnPreviewModel
from hybridhub.ui.pages.base import column

TABLE_ROLES = ("author", "time", "text", "thread", "chat")
FORM_FORMATS = ("google-forms", "ms-forms")
NONE = "—"
CHOOSE = "(choose the columns)"
FREE_TEXT = "(none: import free-text answers only)"


class MappingStep(QFrame):
    """A `SettingsStep` with its own panel (shown only for tables and online forms)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("card")
        self.entry: FileEntry | None = None
        self.state: dict[int, dict[str, Any]] = {}  # per file entry: the settings chosen
        self.plan: FormPlan | None = None
        self._loading = False
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        box.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setObjectName("subtitle")
        self.hint.setWordWrap(True)
        box.addWidget(self.hint)
        self.table_panel = self._table_panel()
        box.addWidget(self.table_panel)
        self.form_panel = self._form_panel()
        box.addWidget(self.form_panel)
        self.preset_combo.currentTextChanged.connect(self._preset_chosen)
        self.channel_edit.editingFinished.connect(self._roles_changed)
        self.save_preset_button.clicked.connect(self.save_as_preset)
        self.form_combo.currentIndexChanged.connect(lambda *_: self._form_chosen())
        self.remember_button.clicked.connect(self.remember_form_mapping)
        self.hide()

    def _table_panel(self) -> QWidget:
        """A table's columns ↔ roles, with presets."""
        panel, tbox = column()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preset")))
        self.preset_combo = QComboBox()
        self.preset_combo.setMinimumWidth(240)
        top.addWidget(self.preset_combo)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Channel")))
        self.channel_edit = QLineEdit(TABLE)
        self.channel_edit.setMaximumWidth(140)
        self.channel_edit.setToolTip(self.tr("A short name such as circle, viber or forum"))
        top.addWidget(self.channel_edit)
        top.addStretch(1)
        self.preset_name = QLineEdit()
        self.preset_name.setPlaceholderText(self.tr("Name for this mapping"))
        self.preset_name.setMinimumWidth(240)
        top.addWidget(self.preset_name)
        self.save_preset_button = QPushButton(self.tr("Save as preset"))
        top.addWidget(self.save_preset_button)
        tbox.addLayout(top)
        grid = QGridLayout()
        self.role_combos: dict[str, QComboBox] = {}
        for i, role in enumerate(TABLE_ROLES):
            grid.addWidget(QLabel(self.tr(ROLE_LABELS[role])), 0, i)
            combo = QComboBox()
            combo.setMinimumWidth(150)
            self.role_combos[role] = combo
            grid.addWidget(combo, 1, i)
            combo.currentTextChanged.connect(self._roles_changed)
        tbox.addLayout(grid)
        self.columns = ColumnPreviewModel()
        self.columns_view = QTableView()
        self.columns_view.setAccessibleName(self.tr("Columns of the file"))
        self.columns_view.setModel(self.columns)
        self.columns_view.verticalHeader().setVisible(False)
        self.columns_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns_view.horizontalHeader().setDefaultSectionSize(180)
        self.columns_view.setMaximumHeight(135)
        tbox.addWidget(self.columns_view)
        return panel

    def _form_panel(self) -> QWidget:
        """An online form's columns ↔ a paper form's questions."""
        panel, fbox = column()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Paper form")))
        self.form_combo = QComboBox()
        self.form_combo.setMinimumWidth(260)
        row.addWidget(self.form_combo)
        row.addStretch(1)
        self.form_status = QLabel()
        self.form_status.setObjectName("subtitle")
        row.addWidget(self.form_status)
        self.remember_button = QPushButton(self.tr("Remember for this form"))
        row.addWidget(self.remember_button)
        fbox.addLayout(row)
        self.questions = QTableWidget(0, 4)
        self.questions.setAccessibleName(self.tr("Questions of the form"))
        self.questions.setHorizontalHeaderLabels(
            [
                self.tr("Paper-form question"),
                self.tr("Online column"),
                self.tr("Older column"),
                self.tr("Online answers → paper options"),
            ]
        )
        self.questions.verticalHeader().setVisible(False)
        older_header = self.questions.horizontalHeaderItem(2)
        assert older_header is not None  # set by setHorizontalHeaderLabels just above
        older_header.setToolTip(
            self.tr("When the online form was edited, older answers sit in the question's old column")
        )
        self.questions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.questions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.questions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.questions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.questions.setColumnWidth(1, 300)
        self.questions.setColumnWidth(2, 230)
        self.questions.setMaximumHeight(180)
        fbox.addWidget(self.questions)
        return panel

    # -- SettingsStep ------------------------------------------------------------------------------
    def widget(self) -> QWidget | None:
        return None  # the page places this panel under its options row itself

    def settings_for(self, entry: FileEntry) -> dict[str, Any] | None:
        kind = self._kind(entry)
        if kind is None:
            return {}
        chosen = self.state.get(id(entry))
        if kind == TABLE:
            if chosen is None:
                self._prepare_table(entry)
                chosen = self.state.get(id(entry))
            return dict(chosen) if chosen and chosen.get("map") else None
        return dict(chosen or {})

    @staticmethod
    def _kind(entry: FileEntry | None) -> str | None:
        detection = entry.candidate.detection if entry else None
        if detection is None:
            return None
        if detection.importer.name == TABLE:
            return TABLE
        return "form" if detection.importer.name in FORM_FORMATS else None

    # -- showing a file ----------------------------------------------------------------------------
    def show_entry(self, entry: FileEntry | None) -> None:
        self.entry = entry
        kind = self._kind(entry)
        self.setVisible(kind is not None)
        if entry is None or kind is None:
            return
        self.table_panel.setVisible(kind == TABLE)
        self.form_panel.setVisible(kind == "form")
        if kind == TABLE:
            self.title.setText(self.tr("Map the columns of {0}").format(entry.candidate.path.name))
            self.hint.setText(
                self.tr(
                    "Choose which column holds the author, time and text (thread and room are optional). "
                    "Rows above the header are skipped."
                )
            )
            self._prepare_table(entry)
            self._show_table(entry)
        else:
            self.title.setText(self.tr("Map the online form to a paper form"))
            self.hint.setText(
                self.tr(
                    "Free-text answers become contributions. Choose the paper form this online form "
                    "mirrors to keep its ratings and choices as answers next to the paper ones."
                )
            )
            self._show_form(entry)

    def _prepare_table(self, entry: FileEntry) -> None:
        if id(entry) in self.state:
            return
        try:
            shown = preview_table(None, entry.candidate.detection.source)  # type: ignore[union-attr]
        except UserError as exc:
            self.state[id(entry)] = {"error": exc.describe()}
            return
        state: dict[str, Any] = {"headers": shown.headers, "rows": shown.rows, "preset": shown.preset}
        if shown.preset:
            state["map"] = table_mapping(self.ctx.workspace, shown.preset).to_dict()
        elif "text" in shown.suggested:
            state["map"] = {"columns": dict(shown.suggested), "channel": TABLE}
        else:
            state["map"] = None
        state["suggested"] = shown.suggested
        self.state[id(entry)] = state

    def _show_table(self, entry: FileEntry) -> None:
        state = self.state[id(entry)]
        if "error" in state:
            self.hint.setText(state["error"])
            self.columns.set_table([], [])
            return
        self._loading = True
        headers: list[str] = state["headers"]
        self.columns.set_table(headers, state["rows"])
        presets = table_presets(self.ctx.workspace)
        self.preset_combo.clear()
        self.preset_combo.addItems([CHOOSE, *presets])
        self.preset_combo.setCurrentText(state.get("preset") or CHOOSE)
        mapping = state.get("map") or {"columns": {}}
        columns = {r: (c if isinstance(c, str) else c[0]) for r, c in mapping["columns"].items()}
        for role, combo in self.role_combos.items():
            combo.clear()
            combo.addItems([NONE, *headers])
            combo.setCurrentText(columns.get(role, NONE) if columns.get(role) in headers else NONE)
        self.channel_edit.setText(mapping.get("channel", TABLE))
        self.columns.set_roles({r: c for r, c in columns.items() if c in headers})
        self._loading = False

    def _preset_chosen(self, name: str) -> None:
        if self._loading or self.entry is None or not name or name == CHOOSE:
            return
        try:
            mapping = table_mapping(self.ctx.workspace, name)
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return
        state = self.state[id(self.entry)]
        state["map"], state["preset"] = mapping.to_dict(), name
        self._show_table(self.entry)
        self.changed.emit()

    def _roles_changed(self, *_: object) -> None:
        if self._loading or self.entry is None or id(self.entry) not in self.state:
            return
        state = self.state[id(self.entry)]
        chosen = {
            r: c.currentText() for r, c in self.role_combos.items() if c.currentText() not in (NONE, "")
        }
        self.columns.set_roles(chosen)
        previous = state.get("map") or {}
        kept = {r: c for r, c in (previous.get("columns") or {}).items() if r not in TABLE_ROLES}
        keep_multi = {
            r: c for r, c in (previous.get("columns") or {}).items()
            if r in chosen and isinstance(c, list) and c and c[0] == chosen[r]
        }  # fmt: skip
        channel = self.channel_edit.text().strip().lower() or TABLE
        extra = {k: v for k, v in previous.items() if k not in ("columns", "channel", "name")}
        state["map"] = (
            {**extra, "columns": {**kept, **chosen, **keep_multi}, "channel": channel}
            if "text" in chosen
            else None
        )
        state["preset"] = None
        self._loading = True
        self.preset_combo.setCurrentText(CHOOSE)
        self._loading = False
        self.changed.emit()

    def save_as_preset(self) -> None:
        if self.entry is None:
            return
        state = self.state.get(id(self.entry)) or {}
        name = self.preset_name.text().strip()
        if not state.get("map"):
            self.ctx.dialogs.inform(
                self.tr("Save mapping"), self.tr("Choose at least the text column first.")
            )
            return
        definition, entry = state["map"], self.entry
        self.ctx.change(
            lambda ws: save_table_preset(ws, name, definition),
            on_done=lambda _none: self._preset_saved(entry, name),
        )

    def _preset_saved(self, entry: FileEntry, name: str) -> None:
        self.state[id(entry)]["preset"] = name
        self._show_table(entry)
        self.ctx.dialogs.inform(self.tr("Save mapping"), self.tr("Saved as ‘{0}’.").format(name))

    # -- forms ---------------------------------------------------------------------------------------
    def _show_form(self, entry: FileEntry) -> None:
        self._loading = True
        templates = form_templates(self.ctx.workspace)
        self.form_combo.clear()
        self.form_combo.addItem(self.tr(FREE_TEXT), "")
        for spec, title in templates:
            self.form_combo.addItem(f"{title} ({spec})", spec)
        spec = (self.state.get(id(entry)) or {}).get("form", "")
        self.form_combo.setCurrentIndex(max(self.form_combo.findData(spec), 0))
        self._loading = False
        self._form_chosen(emit=False)

    def _form_chosen(self, emit: bool = True) -> None:
        if self._loading or self.entry is None:
            return
        spec = self.form_combo.currentData() or ""
        entry = self.entry
        self.plan = None
        self.questions.setRowCount(0)
        self.remember_button.setEnabled(bool(spec))
        if not spec:
            self.state[id(entry)] = {}
            self.form_status.setText("")
            if emit:
                self.changed.emit()
            return
        previous = self.state.get(id(entry)) or {}
        detection = entry.candidate.detection
        assert detection is not None  # only a detected form shows this panel
        try:
            plan = plan_form_mapping(self.ctx.workspace, detection.source, detection.importer.name, spec)
        except UserError as exc:
            self.form_status.setText(exc.describe())
            return
        if previous.get("form") == spec and previous.get("form_mapping"):
            plan = replace(plan, mapping=FormMapping.from_dict(previous["form_mapping"]))
        self.plan = plan
        self.form_status.setText(
            self.tr("Using the mapping saved as ‘{0}’").format(plan.saved_as) if plan.saved_as
            else self.tr("Suggested from the question labels: check it")
        )  # fmt: skip
        self._fill_questions(plan)
        self._store_form(emit)

    def _fill_questions(self, plan: FormPlan) -> None:
        self._loading = True
        self.questions.setRowCount(len(plan.mapping.questions))
        labels = {q["key"]: q.get("label") for q in plan.questions}
        for row, question in enumerate(plan.mapping.questions):
            label = labels.get(question.key)
            text = (
                next(iter(label.values()), question.key)
                if isinstance(label, dict) and label
                else question.key
            )
            item = QTableWidgetItem(f"{text}  [{question.type}]")
            item.setToolTip(question.key)
            self.questions.setItem(row, 0, item)
            current = question.columns[-1] if question.columns else ""
            older = question.columns[0] if len(question.columns) > 1 else ""
            for col, (empty, chosen) in ((1, (self.tr("(not asked online)"), current)), (2, (NONE, older))):
                combo = QComboBox()
                combo.addItem(empty, "")
                for header in plan.headers:
                    combo.addItem(header, header)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
                combo.currentIndexChanged.connect(lambda _i, r=row: self._column_chosen(r))
                self.questions.setCellWidget(row, col, combo)
            self.questions.setItem(row, 3, QTableWidgetItem(self._options_text(plan, question)))
        self.questions.resizeRowsToContents()
        self._loading = False

    @staticmethod
    def _options_text(plan: FormPlan, question: Any) -> str:
        """The online answers of the mapped columns and the paper option each becomes."""
        if question.type in ("text", "rating", "number"):
            return ""
        seen = sorted({v for c in question.columns for v in plan.values.get(c, set())})
        parts = []
        for value in seen:
            labels = [p.strip() for p in value.split(";")] if question.type == "multiple" else [value]
            for label in labels:
                key = question.options.get(label)
                parts.append(f"{label} → {key}" if key else f"⚠ {label} → ?")
        return ", ".join(dict.fromkeys(parts))

    def _column_chosen(self, row: int) -> None:
        if self._loading or self.plan is None:
            return
        chosen = []
        for col in (2, 1):  # older column first: a row answers a question from one column only
            combo = self.questions.cellWidget(row, col)
            value = combo.currentData() if isinstance(combo, QComboBox) else ""
            if value and value not in chosen:
                chosen.append(value)
        question = self.plan.mapping.questions[row]
        question.columns = chosen
        item = self.questions.item(row, 3)
        if item is not None:
            item.setText(self._options_text(self.plan, question))
        self._store_form(True)

    def _store_form(self, emit: bool) -> None:
        if self.entry is None or self.plan is None:
            return
        spec = self.form_combo.currentData() or ""
        self.state[id(self.entry)] = {"form": spec, "form_mapping": self.plan.mapping.settings()}
        if emit:
            self.changed.emit()

    def remember_form_mapping(self) -> None:
        if self.entry is None or self.plan is None:
            return
        name, plan = form_name(self.entry.candidate.path.name), self.plan
        self.ctx.change(
            lambda ws: save_form_mapping(ws, name, plan.mapping),
            on_done=lambda _none: self._form_mapping_saved(plan, name),
        )

    def _form_mapping_saved(self, plan: FormPlan, name: str) -> None:
        self.plan = FormPlan(plan.headers, plan.mapping, name, plan.questions)
        self.form_status.setText(self.tr("Saved as ‘{0}’: the next export of this form uses it").format(name))
