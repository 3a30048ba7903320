"""Preferences: the app's language and its light or dark look. The language takes effect at the next
start (pages word themselves when they are built); the look at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from hybridhub.core.resources import resource_path
from hybridhub.ui.settings import APPEARANCES, Settings

APPEARANCE_NAMES = {
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system (light or dark)"),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
}


def app_languages() -> list[str]:
    """English and every language the app ships a compiled translation for."""
    shipped = {p.stem.removeprefix("hybridhub_") for p in resource_path("i18n").glob("hybridhub_*.qm")}
    return ["en", *sorted(shipped - {"en"})]  # hybridhub_en holds only English plural forms


def language_label(code: str) -> str:
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language_combo = QComboBox()
        system = language_label(QLocale.system().name().split("_")[0])
        self.language_combo.addItem(self.tr("System language ({0})").format(system), "")
        for code in app_languages():
            self.language_combo.addItem(language_label(code), code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        form.addRow(self.tr("&Language:"), self.language_combo)
        note = QLabel(self.tr("A new language is used from the next start of HybridHub."))
        note.setObjectName("subtitle")
        note.setWordWrap(True)
        form.addRow(note)
        self.appearance_combo = QComboBox()
        for value in APPEARANCES:
            self.appearance_combo.addItem(self.tr(str(APPEARANCE_NAMES[value])), value)
        self.appearance_combo.setCurrentIndex(self.appearance_combo.findData(settings.appearance))
        form.addRow(self.tr("&Appearance:"), self.appearance_combo)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.language = self.language_combo.currentData()
        self.settings.appearance = self.appearance_combo.currentData()
        super().accept()
