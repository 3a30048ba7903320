"""Accessible names: every control a person can operate must tell a screen reader what it is, through
its own name, its text, or a label that is its buddy.

`name_from_context` gives the controls of a page that have none the name their context already shows
to sighted users (the label just before them in their layout, their placeholder, their group box's or
section's title); `unnamed` lists what is still missing, for the accessibility test.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from hybridhub.ui.widgets.section_header import SectionHeader

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def controls(root: QWidget) -> Iterator[QWidget]:
    """The controls under `root` a person operates, without the parts of composite ones (a spin box's
    line edit, a view's headers, scroll bars and corner button, a combo box's pop-up list)."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        if widget.window() is not root.window() or _inside_control(widget, root):
            continue
        yield widget


def _inside_control(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, CONTROLS):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[QWidget]:
    return [w for w in controls(root) if not accessible_name(w)]


def _before(widget: QWidget) -> QWidget | None:
    """The widget just before `widget` in the layout that holds it ("Session [combo]")."""
    parent = widget.parentWidget()
    for layout in parent.findChildren(QLayout) if parent is not None else []:
        index = layout.indexOf(widget)
        item = layout.itemAt(index - 1) if index > 0 else None
        if item is not None:
            return item.widget()
    return None


def _titled_ancestor(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title().strip():
            return parent.title().replace("&", "")
        parent = parent.parentWidget()
    return ""


def name_from_context(root: QWidget) -> None:
    for widget in unnamed(root):
        before = _before(widget)
        if isinstance(before, QLabel) and before.text().strip() and before.buddy() is None:
            before.setBuddy(widget)  # also makes the label's &-mnemonic reach the control
            continue
        if isinstance(before, SectionHeader) and before.title.text().strip():
            widget.setAccessibleName(before.title.text())
            widget.setAccessibleDescription(before.subtitle.text())
            continue
        placeholder = getattr(widget, "placeholderText", lambda: "")()
        title = placeholder or _titled_ancestor(widget) or widget.toolTip()
        if title:
            widget.setAccessibleName(title)
