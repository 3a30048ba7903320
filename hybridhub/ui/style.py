"""The look: Fusion with large, readable type, in a light and a dark palette that follow the system's
colour scheme (Qt 6.5+ `QStyleHints.colorScheme`). Every text colour meets WCAG AA contrast against the
background it is drawn on, in both palettes (`contrast_pairs`, checked by a test)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2a6f97"
OFFLINE = "#b04a24"  # the same offline/online colours as the reports (hybridhub/reports/pdf/style.py)
ONLINE = "#2d5b85"


@dataclass(frozen=True)
class Theme:
    window: str
    base: str  # inputs, tables, cards
    alternate: str
    text: str
    muted: str  # secondary text: subtitles, card labels, status bar
    heading: str
    border: str
    button: str
    button_hover: str
    disabled: str  # disabled controls' text (exempt from contrast rules, kept legible anyway)
    accent: str  # primary buttons and selection, with white text
    placeholder: str
    header: str  # table headers
    sidebar: str
    sidebar_text: str
    sidebar_muted: str
    sidebar_selected: str
    sidebar_mark: str
    offline: str  # offline/online figures drawn as text
    online: str
    danger: str
    warning: str  # warning notices: text on their own background
    warning_back: str
    warning_border: str
    good: str  # "imported" and other success text on cards and tables
    highlight: str  # background of marked cells (mapped columns, the ticked box of a form), under `text`
    idle_back: str  # the check-in panel before a scan


LIGHT = Theme(
    window="#f3f5f7",
    base="#ffffff",
    alternate="#f6f8fa",
    text="#1c262d",
    muted="#56646e",
    heading="#1f3b4d",
    border="#b9c4cc",
    button="#f7f9fa",
    button_hover="#eef2f5",
    disabled="#8a969e",
    accent=ACCENT,
    placeholder="#66737d",
    header="#eef2f5",
    sidebar="#1f3b4d",
    sidebar_text="#e8eef2",
    sidebar_muted="#b8c7d1",
    sidebar_selected="#2c5268",
    sidebar_mark="#f2c14e",
    offline=OFFLINE,
    online=ONLINE,
    danger="#a8232f",
    warning="#7c3a0a",
    warning_back="#fef3c7",
    warning_border="#f59e0b",
    good="#047857",
    highlight="#d7e8f3",
    idle_back="#e4e9ec",
)
DARK = Theme(
    window="#161c21",
    base="#1f272e",
    alternate="#252e36",
    text="#e6ebef",
    muted="#a7b4bd",
    heading="#cfe1ee",
    border="#46535e",
    button="#27323b",
    button_hover="#303d47",
    disabled="#7b8790",
    accent=ACCENT,
    placeholder="#96a3ac",
    header="#27323b",
    sidebar="#10181e",
    sidebar_text="#e8eef2",
    sidebar_muted="#aebdc7",
    sidebar_selected="#24475b",
    sidebar_mark="#f2c14e",
    offline="#ee8d66",
    online="#86b7e3",
    danger="#ff8a8a",
    warning="#fcd9a0",
    warning_back="#3a2a10",
    warning_border="#b7791f",
    good="#6ee7b7",
    highlight="#24475b",
    idle_back="#27323b",
)


def contrast_pairs(t: Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio) for every text the style draws: 4.5:1 for body
    text, 3:1 for large text (the 20pt+ titles and figures)."""
    return [
        ("text on window", t.text, t.window, 4.5),
        ("text on inputs", t.text, t.base, 4.5),
        ("text on alternate rows", t.text, t.alternate, 4.5),
        ("text on buttons", t.text, t.button, 4.5),
        ("text on hovered buttons", t.text, t.button_hover, 4.5),
        ("table headers", t.text, t.header, 4.5),
        ("muted on window", t.muted, t.window, 4.5),
        ("muted on cards", t.muted, t.base, 4.5),
        ("placeholder", t.placeholder, t.base, 4.5),
        ("headings", t.heading, t.window, 4.5),
        ("card figures", t.heading, t.base, 3.0),
        ("primary buttons and selection", "#ffffff", t.accent, 4.5),
        ("sidebar", t.sidebar_text, t.sidebar, 4.5),
        ("sidebar event", t.sidebar_muted, t.sidebar, 4.5),
        ("sidebar selected", "#ffffff", t.sidebar_selected, 4.5),
        ("offline figures", t.offline, t.base, 3.0),
        ("online figures", t.online, t.base, 3.0),
        ("offline text", t.offline, t.window, 4.5),
        ("online text", t.online, t.window, 4.5),
        ("danger", t.danger, t.window, 4.5),
        ("warning notices", t.warning, t.warning_back, 4.5),
        ("danger in tables", t.danger, t.base, 4.5),
        ("success in tables", t.good, t.base, 4.5),
        ("muted in tables", t.muted, t.alternate, 4.5),
        ("marked cells", t.text, t.highlight, 4.5),
        ("check-in panel before a scan", t.text, t.idle_back, 4.5),
        ("offline channel in tables", t.offline, t.base, 4.5),
        ("online channel in tables", t.online, t.base, 4.5),
    ]


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def stylesheet(t: Theme) -> str:
    return f"""
QWidget {{ font-size: 11pt; }}
QListWidget#sidebar {{
    background: {t.sidebar}; color: {t.sidebar_text}; border: none; padding-top: 8px; font-size: 12pt;
}}
QListWidget#sidebar::item {{ padding: 10px 18px; border-left: 4px solid transparent; }}
QListWidget#sidebar::item:selected {{
    background: {t.sidebar_selected}; color: white; border-left: 4px solid {t.sidebar_mark};
}}
QLabel#sidebarTitle {{
    background: {t.sidebar}; color: white; font-size: 14pt; font-weight: 600; padding: 16px 18px 4px;
}}
QLabel#sidebarEvent {{
    background: {t.sidebar}; color: {t.sidebar_muted}; font-size: 10pt; padding: 0 18px 12px;
}}
QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; color: {t.heading}; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; color: {t.heading}; margin-top: 8px; }}
QLabel#subtitle {{ color: {t.muted}; }}
QLabel#problem, QLabel#error {{ color: {t.danger}; }}
QFrame#card {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 8px; }}
QLabel#cardValue {{ font-size: 26pt; font-weight: 600; color: {t.heading}; }}
QLabel#cardValue[side="offline"] {{ color: {t.offline}; }}
QLabel#cardValue[side="online"] {{ color: {t.online}; }}
QLabel#cardLabel {{ color: {t.muted}; }}
QPushButton {{
    padding: 6px 14px; border-radius: 4px; border: 1px solid {t.border}; background: {t.button};
    color: {t.text};
}}
QPushButton:hover {{ background: {t.button_hover}; }}
QPushButton:focus {{ border: 2px solid {t.accent}; }}
QPushButton:disabled {{ color: {t.disabled}; }}
QPushButton#primary {{
    background: {t.accent}; color: white; border: 1px solid {t.accent}; font-weight: 600;
}}
QPushButton#primary:disabled {{ background: {t.disabled}; border-color: {t.disabled}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QDateEdit, QComboBox, QSpinBox, QTimeEdit, QDateTimeEdit {{
    padding: 4px; border: 1px solid {t.border}; border-radius: 4px; background: {t.base}; color: {t.text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: 2px solid {t.accent};
}}
QTableView {{ gridline-color: {t.border}; background: {t.base}; alternate-background-color: {t.alternate}; }}
QHeaderView::section {{
    background: {t.header}; color: {t.text}; padding: 6px; border: none; border-bottom: 1px solid {t.border};
    font-weight: 600;
}}
QStatusBar {{ color: {t.muted}; }}
QLabel[notice="warning"] {{
    color: {t.warning}; background: {t.warning_back}; border: 1px solid {t.warning_border};
    border-radius: 4px; padding: 4px 8px;
}}
"""


def theme_for(scheme: Qt.ColorScheme) -> Theme:
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def active_theme() -> Theme:
    """The theme in use: the one whose window colour the application's palette has."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window).name()
    return DARK if window == DARK.window else LIGHT


def palette(t: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.Base: t.base,
        QPalette.ColorRole.AlternateBase: t.alternate,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Button: t.button,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.ToolTipBase: t.base,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: t.placeholder,
        QPalette.ColorRole.Link: t.online,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled))
    return p


def apply_theme(app: QApplication, t: Theme) -> None:
    app.setPalette(palette(t))
    app.setStyleSheet(stylesheet(t))


def apply_style(app: QApplication, appearance: str = "system") -> None:
    """Fusion, large type, and the light or dark palette: the system's (kept in step when it changes)
    unless the user chose one in Preferences."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(11)
    app.setFont(font)
    hints = app.styleHints()
    if appearance == "system":
        apply_theme(app, theme_for(hints.colorScheme()))
        hints.colorSchemeChanged.connect(lambda scheme: apply_theme(app, theme_for(scheme)))
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if appearance == "dark" else Qt.ColorScheme.Light)
        apply_theme(app, DARK if appearance == "dark" else LIGHT)
