"""Review: walk the answers the scanner was unsure of (keys 1–9 choose, 0 blank, Enter accepts), and
transcribe handwriting from its crop (Ctrl+Enter saves)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
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
from hybridhub.paperforms.review import ReviewItem
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page
from hybridhub.ui.store_signals import StoreTopic

# A settled answer may be a paper contribution now, and a person's answers count for them.
ANSWERED = (StoreTopic.PARTICIPANTS, StoreTopic.CONTRIBUTIONS)


def _pixmap(crop: bytes | None, width: int) -> QPixmap:
    pixmap = QPixmap()
    if crop:
        pixmap.loadFromData(crop, "PNG")
    if pixmap.isNull() or pixmap.width() <= width:
        return pixmap
    return pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


class _ChoicePane(QWidget):
    """One uncertain answer at a time, chosen with the number keys."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__()
        self.page = page
        self.items: list[ReviewItem] = []
        self.chosen: set[int] = set()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setObjectName("subtitle")
        self.question = QLabel()
        self.question.setObjectName("sectionTitle")
        self.question.setWordWrap(True)
        self.crop = QLabel()
        self.crop.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.crop.setStyleSheet("background: white; border: 1px solid #c9d3da; padding: 6px;")
        self.options = QLabel()
        self.options.setTextFormat(Qt.TextFormat.RichText)
        self.options.setWordWrap(True)
        self.options.setStyleSheet("font-size: 14pt;")
        help_text = QLabel(
            self.tr(
                "Press the option's number (several for a multiple choice), 0 for "
                "no answer, Enter to accept and go on."
            )
        )
        help_text.setObjectName("subtitle")
        help_text.setWordWrap(True)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip"))
        self.accept_button = QPushButton(self.tr("Accept (Enter)"))
        self.accept_button.setObjectName("primary")
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.accept_button)
        for w in (self.where, self.question, self.crop, self.options, help_text):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.skip_button.clicked.connect(self.skip)
        self.accept_button.clicked.connect(self.accept)

    @property
    def current(self) -> ReviewItem | None:
        return self.items[0] if self.items else None

    def show_items(self, items: list[ReviewItem]) -> None:
        self.items = items
        self.chosen = set()
        self._show()

    def _show(self) -> None:
        item = self.current
        self.accept_button.setEnabled(item is not None)
        self.skip_button.setEnabled(len(self.items) > 1)
        if item is None:
            self.where.setText("")
            self.question.setText(self.tr("Nothing to review. Every marked box was read with confidence."))
            self.crop.clear()
            self.options.setText("")
            return
        self.where.setText(
            self.tr("Sheet {0} · {1} left · confidence {2:.0%}").format(
                item.sheet_code, len(self.items), item.confidence
            )
        )
        self.question.setText(item.label)
        self.crop.setPixmap(_pixmap(item.crop, 900))
        parts = []
        for c in item.choices:
            on = c.digit in self.chosen
            parts.append(
                f"<span style='{'background:#d7e8f3;font-weight:600' if on else ''}'>"
                f"{'▣' if on else '☐'} {c.digit}&nbsp;{c.label}</span>"
            )
        if item.kind == "number":
            parts.append(
                self.tr("typed: <b>{0}</b>").format("".join(str(d) for d in sorted(self.chosen)) or "–")
            )
        self.options.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.current
        key = event.key()
        if item is not None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            if digit == 0:
                self.chosen = set()
            elif item.kind == "multiple":
                self.chosen ^= {digit} if any(c.digit == digit for c in item.choices) else set()
            elif any(c.digit == digit for c in item.choices):
                self.chosen = {digit}
            self._show()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def value(self) -> object:
        item = self.current
        assert item is not None
        picked = [c.value for c in item.choices if c.digit in self.chosen]
        if item.kind == "multiple":
            return picked
        return picked[0] if picked else None

    def accept(self) -> None:
        item = self.current
        if item is None:
            return
        value = self.value()
        self.page.ctx.change(lambda ws: resolve(ws, item.answer_id, value), ANSWERED, on_done=self._accepted)

    def _accepted(self, _none: None) -> None:
        self.items.pop(0)
        self.chosen = set()
        self._show()
        self.page.update_titles()

    def skip(self) -> None:
        if len(self.items) > 1:
            self.items.append(self.items.pop(0))
            self.chosen = set()
            self._show()


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
        self.crop.setPixmap(_pixmap(item.crop, 900))
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
        self.choices = _ChoicePane(self)
        self.texts = _TextPane(self)
        self.tabs.addTab(self.choices, "")
        self.tabs.addTab(self.texts, "")
        outer.addWidget(self.tabs, 1)
        ctx.store.changed.connect(self._store_changed)
        self.reload()

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.SHEETS:
            self.reload()

    def reload(self) -> None:
        choices, texts = review_queues(self.ctx.workspace)
        self.choices.show_items(choices)
        self.texts.show_items(texts)
        self.update_titles()

    def update_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Uncertain answers ({0})").format(len(self.choices.items)))
        self.tabs.setTabText(1, self.tr("Handwriting ({0})").format(len(self.texts.items)))
