"""Light and dark palettes: WCAG AA contrast for every text colour, the system's scheme followed, a
choice in Preferences honoured; the language setting drives Qt's locale and translators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hybridhub.app import install_translator
from hybridhub.ui.preferences import PreferencesDialog, app_languages
from hybridhub.ui.settings import Settings
from hybridhub.ui.style import DARK, LIGHT, Theme, active_theme, apply_style, contrast, contrast_pairs


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    yield qapp
    apply_style(qapp, "light")  # leave the light look and the locale to the other tests
    QLocale.setDefault(locale)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_meets_wcag_aa(theme: Theme) -> None:
    failing = [
        f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1, needs {least}:1"
        for what, fg, bg, least in contrast_pairs(theme)
        if contrast(fg, bg) < least
    ]
    assert not failing, failing


def test_the_system_scheme_is_followed_as_it_changes(app: QApplication) -> None:
    apply_style(app, "system")
    window = lambda: app.palette().color(QPalette.ColorRole.Window).name()  # noqa: E731
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the platform does
    assert window() == DARK.window and active_theme() is DARK
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window() == LIGHT.window and active_theme() is LIGHT


def test_preferences_store_language_and_appearance(
    qtbot: QtBot, settings: Settings, app: QApplication
) -> None:
    assert settings.language == "" and settings.appearance == "system"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.count() == 1 + len(app_languages())
    assert {"en", "fr", "de", "es"} <= set(app_languages())
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.appearance_combo.setCurrentIndex(dialog.appearance_combo.findData("dark"))
    dialog.accept()
    assert settings.language == "de" and settings.appearance == "dark"
    apply_style(app, settings.appearance)
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK.window


def test_the_language_setting_sets_qt_locale(app: QApplication) -> None:
    installed = install_translator(app, "fr")
    try:
        assert QLocale().language() == QLocale.Language.French
        assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
        assert installed and app.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own words
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_page_colours_follow_dark_mode(app: QApplication, qtbot: QtBot) -> None:
    """The check-in panel before a scan, marked cells and the side colours in tables were light-mode
    constants: a pale panel and pale cells under light text in dark mode."""
    from hybridhub.ui.checkin.result_panel import ResultPanel
    from hybridhub.ui.models.mapping_models import ColumnPreviewModel

    apply_style(app, "dark")
    columns = ColumnPreviewModel()
    columns.set_table(["Question Asked", "Name"], [["Le bus ne passe plus", "Zoë"]])
    columns.roles = {"text": "Question Asked"}
    tint = columns.data(columns.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert tint.color().name() == DARK.highlight
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show_idle("Ready")
    assert DARK.idle_back in panel.styleSheet() and DARK.text in panel.styleSheet()
    assert contrast(DARK.text, DARK.highlight) >= 4.5 and contrast(DARK.online, DARK.base) >= 4.5
    apply_style(app, "light")
    panel.show_idle("Ready")
    assert LIGHT.idle_back in panel.styleSheet()
    assert columns.data(columns.index(0, 0), Qt.ItemDataRole.BackgroundRole).color().name() == LIGHT.highlight
