"""What every page of the main window shares: the context, the page title with its explanation, the
margins, and a scrolling body for pages taller than a laptop screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from hybridhub.ui.context import AppContext
from hybridhub.ui.widgets import SectionHeader


class Page(QWidget):
    title = ""  # the sidebar's name for the page (translated when shown)
    icon_name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._when_shown: dict[str, Callable[[], None]] = {}
        self._followed: list[tuple[SignalInstance, Callable[..., Any]]] = []

    def follow(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect a signal of something that outlives the page (the store, the application) until the
        page is detached: a page replaced after a workspace switch must not react any more."""
        signal.connect(slot)
        self._followed.append((signal, slot))

    def listen(self, slot: Callable[[Any], None]) -> None:
        """Call `slot(topic)` after every change of the store (see `StoreTopic`)."""
        self.follow(self.ctx.store.changed, slot)

    def detach(self) -> None:
        """The page is being replaced (another workspace was opened): stop listening and refreshing."""
        for signal, slot in self._followed:
            signal.disconnect(slot)
        self._followed.clear()
        self._when_shown.clear()

    def unsaved(self) -> str:
        """What the page holds that is not saved yet, for the question on leaving ("" when nothing)."""
        return ""

    def save_unsaved(self) -> bool:
        """Save what `unsaved` names; False when it could not be saved (the error was shown)."""
        return True

    def discard_unsaved(self) -> None:
        """Forget what `unsaved` names (show the stored values again)."""

    def when_visible(self, name: str, refresh: Callable[[], None]) -> None:
        """Run `refresh` now if the page is on screen, else once when it is shown next (a page off
        screen does not redo its queries for every change made elsewhere, yet never shows stale data)."""
        if self.isVisible():
            refresh()
        else:
            self._when_shown[name] = refresh

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._when_shown = self._when_shown, {}
        for refresh in pending.values():
            refresh()

    def page_layout(self, heading: str, explanation: str = "", *, bottom: int = 12) -> QVBoxLayout:
        """The page's outer layout, holding the page title and its one-line explanation."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, bottom)
        self.header = SectionHeader(heading, explanation, page=True)
        outer.addWidget(self.header)
        return outer


def scroll_area(body: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area that resizes its body to its width (it scrolls only up and down)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if body is not None:
        scroll.setWidget(body)
    return scroll


def scrolling_body(right_margin: int) -> tuple[QScrollArea, QVBoxLayout]:
    """A scroll area and the layout of its body; the right margin keeps fields clear of the scroll bar."""
    body = QWidget()
    box = QVBoxLayout(body)
    box.setContentsMargins(0, 0, right_margin, 0)
    return scroll_area(body), box


def column() -> tuple[QWidget, QVBoxLayout]:
    """A widget and its vertical layout, without margins: a panel or a column of a page."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return widget, layout


def side_by_side(left: QWidget, right: QWidget, sizes: tuple[int, int]) -> QSplitter:
    """Two panels the user can resize, starting at `sizes` pixels wide."""
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(left)
    split.addWidget(right)
    split.setSizes(list(sizes))
    return split
