"""The look: Fusion with a calm light palette and a stylesheet with large, readable type."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2a6f97"
OFFLINE = "#b04a24"  # the same offline/online colours as the reports (hybridhub/reports/pdf/style.py)
ONLINE = "#2d5b85"

STYLESHEET = f"""
QWidget {{ font-size: 11pt; }}
QListWidget#sidebar {{
    background: #1f3b4d; color: #e8eef2; border: none; padding-top: 8px; font-size: 12pt;
}}
QListWidget#sidebar::item {{ padding: 10px 18px; border-left: 4px solid transparent; }}
QListWidget#sidebar::item:selected {{ background: #2c5268; color: white; border-left: 4px solid #f2c14e; }}
QLabel#sidebarTitle {{
    background: #1f3b4d; color: white; font-size: 14pt; font-weight: 600; padding: 16px 18px 4px;
}}
QLabel#sidebarEvent {{ background: #1f3b4d; color: #b8c7d1; font-size: 10pt; padding: 0 18px 12px; }}
QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; color: #1f3b4d; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; color: #1f3b4d; margin-top: 8px; }}
QLabel#subtitle {{ color: #5b6b75; }}
QFrame#card {{ background: white; border: 1px solid #dde3e8; border-radius: 8px; }}
QLabel#cardValue {{ font-size: 26pt; font-weight: 600; color: #1f3b4d; }}
QLabel#cardLabel {{ color: #5b6b75; }}
QPushButton {{ padding: 6px 14px; border-radius: 4px; border: 1px solid #b9c4cc; background: #f7f9fa; }}
QPushButton:hover {{ background: #eef2f5; }}
QPushButton:disabled {{ color: #9aa6ae; border-color: #d5dce1; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: 600; }}
QPushButton#primary:disabled {{ background: #9fb7c6; border-color: #9fb7c6; }}
QLineEdit, QPlainTextEdit, QTextEdit, QDateEdit, QComboBox, QSpinBox, QTimeEdit, QDateTimeEdit {{
    padding: 4px; border: 1px solid #c4ced5; border-radius: 4px; background: white;
}}
QTableView {{ gridline-color: #e3e8ec; background: white; alternate-background-color: #f6f8fa; }}
QHeaderView::section {{ background: #eef2f5; padding: 6px; border: none; border-bottom: 1px solid #d3dbe1;
    font-weight: 600; }}
QStatusBar {{ color: #5b6b75; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f3f5f7"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1c262d"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1c262d"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f7f9fa"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1c262d"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8795a0"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
