"""Review: settle the answers the scanner was unsure of, several on screen at once (see
`widgets.review_grid`: keys 1–9 choose, B blank, Enter accepts), and transcribe handwriting from its
crop (Ctrl+Enter saves). Everything goes through the review service: no session is opened here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hybridhub.paperforms.actions import resolve, review_queues, transcribe
from hybridhub.paperforms.review import ReviewItem, display_crop
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page, scroll_area
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets.review_grid import ReviewGrid

# A settled answer may be a paper contribution now, and a person's answers count for them.
ANSWERED = (StoreTopic.PARTICIPANTS, StoreTopic.CONTRIBUTIONS)


def _pixmap(crop: bytes | None, width: int) -> QPixmap:
    pixmap = QPixmap()
    if crop:
        pixmap.loadFromData(crop, "PNG")
    if pixmap.isNull() or pixmap.width() <= width:
        return pixmap
    return pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


class _TranscriptEdit(QPlainTextEdit):
    """Plain Enter starts a new line, as in any text box; Ctrl+Enter saves."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class _TextPane(QWidget):
    """Handwritten boxes, one at a time: the crop above, the typed text below."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__()
        self.page = page
        self.items: list[ReviewItem] = []
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setObjectName("subtitle")
        self.question = QLabel()
        self.question.setObjectName("sectionTitle")
        self.question.setWordWrap(True)
        self.crop = QLabel()
        self.crop.setStyleSheet("background: white; border: 1px solid #c9d3da; padding: 6px;")
        self.text = _TranscriptEdit()
        self.text.setPlaceholderText(
            self.tr(
                "Type exactly what is written. Ctrl+Enter saves; leave empty "
                "and save if the box holds no words."
            )
        )
        self.text.setMaximumHeight(140)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setObjectName("primary")
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        for w in (self.where, self.question, self.crop, self.text):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.skip_button.clicked.connect(self.skip)
        self.save_button.clicked.connect(self.save)
        self.text.submitted.connect(self.save)

    def show_items(self, items: list[ReviewItem]) -> None:
        self.items = items
        self._show()

    def _show(self) -> None:
        item = self.items[0] if self.items else None
        self.save_button.setEnabled(item is not None)
        self.skip_button.setEnabled(len(self.items) > 1)
        self.text.setEnabled(item is not None)
        self.text.clear()
        if item is None:
            self.where.setText("")
            self.question.setText(self.tr("No handwriting waiting to be typed in."))
            self.crop.clear()
            return
        self.where.setText(self.tr("Sheet {0} · {1} left").format(item.sheet_code, len(self.items)))
        self.question.setText(item.label)
        self.crop.setPixmap(_pixmap(display_crop(item.crop), 900))
        self.text.setFocus()

    def save(self) -> None:
        if not self.items:
            return
        answer_id, text = self.items[0].answer_id, self.text.toPlainText()
        self.page.ctx.change(lambda ws: transcribe(ws, answer_id, text), ANSWERED, on_done=self._saved)

    def _saved(self, _none: None) -> None:
        self.items.pop(0)
        self._show()
        self.page.update_titles()

    def skip(self) -> None:
        if len(self.items) > 1:
            self.items.append(self.items.pop(0))
            self._show()


class ReviewPage(Page):
    title = "Review"
    icon_name = "review"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = self.page_layout(
            self.tr("Review paper answers"),
            self.tr(
                "Settle what the scanner could not read for sure, and type in handwritten answers: "
                "they become paper contributions next to the online ones."
            ),
        )
        self.tabs = QTabWidget()
        self.choices = ReviewGrid(self._settle)
        self.choices.progressed.connect(lambda _left: self.update_titles())
        help_text = QLabel(
            self.tr(
                "Each picture is a whole question as scanned. Type the option's number (or a number's "
                "digits), B for no answer, Enter to accept. Arrows move, Page Down leaves the rest."
            )
        )
        help_text.setObjectName("subtitle")
        help_text.setWordWrap(True)
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.addWidget(help_text)
        scroll = scroll_area(self.choices)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid_layout.addWidget(scroll, 1)
        self.texts = _TextPane(self)
        self.tabs.addTab(grid_page, "")
        self.tabs.addTab(self.texts, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self.listen(self._store_changed)
        self.reload()

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.SHEETS:  # a scan or keyed entry brought new answers
            self.reload()

    def reload(self) -> None:
        choices, texts = review_queues(self.ctx.workspace)
        self.choices.show_items(choices)
        self.texts.show_items(texts)
        self.update_titles()

    def _settle(self, item: ReviewItem, value: object) -> bool:
        answer_id = item.answer_id
        return self.ctx.change(lambda ws: resolve(ws, answer_id, value), ANSWERED)

    def _tab_changed(self, index: int) -> None:
        (self.choices if index == 0 else self.texts.text).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tab_changed(self.tabs.currentIndex())

    def update_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Uncertain answers ({0})").format(self.choices.left))
        self.tabs.setTabText(1, self.tr("Handwriting ({0})").format(len(self.texts.items)))
