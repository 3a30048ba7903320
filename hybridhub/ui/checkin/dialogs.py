"""Desk dialogs: a walk-in (done in seconds: every field optional, Enter adds) and the column mapping
of a registration list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hybridhub.checkin.registrations import FIELD_LABELS, FIELDS, ColumnMapping
from hybridhub.checkin.tables import Table

LANGUAGES = (("", "—"), ("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"))
IGNORE = "— not imported —"
KEEP = "keep as an attribute"


class WalkInDialog(QDialog):
    """Name, organisation and language, all optional: an anonymous walk-in gets a badge number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Everything is optional. Without a name the person is known by a badge number.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Amira Haddad"))
        self.organisation = QLineEdit()
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(
            self.tr("Add and check in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter in any field adds the person: a walk-in takes seconds, not a trip to the mouse.
        self.name.returnPressed.connect(self.accept)
        self.organisation.returnPressed.connect(self.accept)
        self.name.setFocus()

    def values(self) -> dict[str, str | None]:
        return {
            "name": self.name.text().strip() or None,
            "organisation": self.organisation.text().strip() or None,
            "language": self.language.currentData() or None,
        }


class MappingDialog(QDialog):
    """For each column of the list: which field it fills, kept as an attribute, or left out."""

    def __init__(self, table: Table, mapping: ColumnMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Columns of {0}").format(table.file.name))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0} rows. Say what each column holds. E-mail addresses and phone numbers are only "
                "kept as keyed hashes, to recognise people when the list is imported again."
            ).format(len(table.rows))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        by_column = {column: field for field, column in mapping.fields.items()}
        self.combos: dict[str, QComboBox] = {}
        for i, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr(IGNORE), "")
            for field in FIELDS:
                combo.addItem(self.tr(FIELD_LABELS[field]), field)
            combo.addItem(self.tr(KEEP), "__extra__")
            if header in by_column:
                combo.setCurrentIndex(combo.findData(by_column[header]))
            elif header in mapping.extras:
                combo.setCurrentIndex(combo.findData("__extra__"))
            sample = next((cells[i] for _line, cells in table.rows if cells[i]), "")
            label = f"{header}" + (
                f"  ({sample[:24]}…)" if len(sample) > 24 else f"  ({sample})" if sample else ""
            )
            form.addRow(label, combo)
            self.combos[header] = combo
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> ColumnMapping:
        fields: dict[str, str] = {}
        extras: dict[str, str] = {}
        for header, combo in self.combos.items():
            value = combo.currentData()
            if value == "__extra__":
                extras[header] = header
            elif value and value not in fields:
                fields[value] = header
        return ColumnMapping(fields, extras)

    def _accept(self) -> None:
        from hybridhub.core.errors import UserError

        try:
            self.mapping().check(self.table.headers, self.table.file.name)
        except UserError as exc:
            self.problem.setText(exc.message)
            return
        self.accept()
