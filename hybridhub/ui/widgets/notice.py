"""A warning notice above what it is about, in the theme's warning colours (light and dark)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy


def warning_label(name: str) -> QLabel:
    """A hidden, word-wrapped warning line; show it with a text when there is something to say."""
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("notice", "warning")
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed
    label.hide()
    return label
