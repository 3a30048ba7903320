"""Keyed entry: type a sheet code (or scan its QR with a USB scanner), then enter the answers with the
keyboard only: digits choose options, Tab moves on, Enter saves."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hybridhub.core.errors import UserError
from hybridhub.paperforms.actions import open_sheet, save_keyed
from hybridhub.paperforms.keyed import KeyedForm, KeyedQuestion
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page, scroll_area
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.style import active_theme


class _AnswerEdit(QLineEdit):
    """One answer typed as digits: the option number(s), a number, or text; a hint shows the meaning."""

    def __init__(self, question: KeyedQuestion, hint: QLabel) -> None:
        super().__init__()
        self.question, self.hint = question, hint
        n = len(question.choices)
        if question.kind == "multiple":
            self.setValidator(QRegularExpressionValidator(QRegularExpression(f"[1-{n}]{{0,{n}}}"), self))
            self.setPlaceholderText(self.tr("digits, e.g. 13"))
        elif question.choices:
            self.setValidator(QRegularExpressionValidator(QRegularExpression(f"[1-{n}]?"), self))
            self.setMaxLength(1)
            self.setPlaceholderText(f"1–{n}")
        elif question.kind == "number":
            self.setValidator(
                QRegularExpressionValidator(QRegularExpression(f"\\d{{0,{question.digits}}}"), self)
            )
            self.setPlaceholderText(self.tr("number"))
        else:
            self.setPlaceholderText(self.tr("type what is written, or leave empty"))
        if question.kind != "text":
            self.setFixedWidth(130)
        self.textChanged.connect(self._show_meaning)
        self.inputRejected.connect(self._refused)  # a 7 in a 1-5 field was ignored without a word
        self._show_meaning("")

    def _refused(self) -> None:
        n = len(self.question.choices)
        if n:
            text = self.tr("Not an option: type a number from 1 to {0}.").format(n)
        elif self.question.kind == "number":
            text = self.tr("Digits only, at most {0}.").format(self.question.digits)
        else:
            return
        self.hint.setText(f"<span style='color:{active_theme().danger}'><b>{text}</b></span>")

    def _show_meaning(self, text: str) -> None:
        if not self.question.choices:
            self.hint.setText("")
            return
        chosen = {int(ch) for ch in text if ch.isdigit()}
        parts = []
        for c in self.question.choices:
            label = "" if c.label == str(c.digit) else f" {c.label}"
            if c.digit in chosen:
                parts.append(
                    f"<span style='background:{active_theme().highlight}'><b>▣ {c.digit}{label}</b></span>"
                )
            else:
                parts.append(f"☐ {c.digit}{label}")
        self.hint.setText("&nbsp;&nbsp; ".join(parts))

    def value(self) -> object:
        text = self.text().strip()
        q = self.question
        if not text:
            return [] if q.kind == "multiple" else None
        if q.kind == "multiple":
            digits = {int(ch) for ch in text}
            return [c.value for c in q.choices if c.digit in digits]
        if q.choices:
            return next(c.value for c in q.choices if c.digit == int(text))
        if q.kind == "number":
            return int(text)
        return text


class KeyedEntryPage(Page):
    title = "Keyed entry"
    icon_name = "keyboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form: KeyedForm | None = None
        self.edits: list[_AnswerEdit] = []
        outer = self.page_layout(
            self.tr("Keyed entry"),
            self.tr(
                "Type the sheet code printed under the QR code, or scan the QR with the USB scanner. "
                "Then type each answer's number, Tab to the next, Enter to save."
            ),
        )
        row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Sheet code, e.g. K7QH4M"))
        self.code_edit.setMinimumWidth(280)
        font = self.code_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.code_edit.setFont(font)
        self.open_button = QPushButton(self.tr("Open sheet"))
        row.addWidget(self.code_edit)
        row.addWidget(self.open_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.sheet_label = QLabel()
        self.sheet_label.setObjectName("sectionTitle")
        outer.addWidget(self.sheet_label)
        self.answers_area = scroll_area()
        outer.addWidget(self.answers_area, 1)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("subtitle")
        self.cancel_button = QPushButton(self.tr("Close sheet"))
        self.save_button = QPushButton(self.tr("Save answers (Enter)"))
        self.save_button.setObjectName("primary")
        bar.addWidget(self.status, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)
        self.code_edit.returnPressed.connect(self.open_code)
        self.open_button.clicked.connect(self.open_code)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.close_sheet)
        self._set_form(None)

    def open_code(self) -> None:
        text = self.code_edit.text()
        try:
            form = open_sheet(self.ctx.workspace, text)
        except UserError as exc:
            self.status.setText(exc.describe())
            self.ctx.dialogs.error(exc)
            self.code_edit.selectAll()
            return
        self._set_form(form)

    def _set_form(self, form: KeyedForm | None) -> None:
        self.form = form
        body = QWidget()
        grid = QGridLayout(body)
        grid.setVerticalSpacing(10)
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(2, 1)
        self.edits = []
        if form is not None:
            for number, q in enumerate(form.questions, start=1):
                hint = QLabel()
                hint.setTextFormat(Qt.TextFormat.RichText)
                hint.setStyleSheet("font-size: 12pt;")
                edit = _AnswerEdit(q, hint)
                edit.returnPressed.connect(self.save)
                label = QLabel(f"{number}. {q.label}")
                label.setWordWrap(True)
                label.setFixedWidth(340)
                grid.addWidget(label, number, 0, Qt.AlignmentFlag.AlignTop)
                if q.kind == "text":
                    grid.addWidget(edit, number, 1, 1, 2)
                else:
                    grid.addWidget(edit, number, 1, Qt.AlignmentFlag.AlignTop)
                    grid.addWidget(hint, number, 2, Qt.AlignmentFlag.AlignVCenter)
                self.edits.append(edit)
            grid.setRowStretch(len(form.questions) + 1, 1)
            session = f" · {form.session_name}" if form.session_name else ""
            self.sheet_label.setText(
                self.tr("Sheet {0} · {1}{2} · {3}").format(
                    form.code, form.title, session, form.language.upper()
                )
            )
            self.code_edit.setEnabled(False)
        else:
            self.sheet_label.setText(self.tr("No sheet open"))
            self.code_edit.setEnabled(True)
        old = self.answers_area.takeWidget()
        if old is not None:
            old.deleteLater()  # the key event that saved may still be inside one of its fields
        self.answers_area.setWidget(body)
        self.save_button.setEnabled(form is not None)
        self.cancel_button.setEnabled(form is not None)
        if self.edits:
            self.edits[0].setFocus()
        else:
            self.code_edit.setFocus()

    def close_sheet(self) -> None:
        self._set_form(None)
        self.code_edit.clear()
        self.code_edit.setFocus()

    def save(self) -> None:
        if self.form is None:
            return
        values = {e.question.key: e.value() for e in self.edits}
        sheet_id, code = self.form.sheet_id, self.form.code
        self.ctx.change(
            lambda ws: save_keyed(ws, sheet_id, values),
            (StoreTopic.SHEETS, StoreTopic.PARTICIPANTS, StoreTopic.CONTRIBUTIONS),
            on_done=lambda answered: self._saved(code, answered),
            on_error=lambda exc: self.status.setText(exc.describe()),
        )

    def _saved(self, code: str, answered: int) -> None:
        self.close_sheet()
        self.status.setText(self.tr("Sheet {0} saved: {1} answers. Next sheet?").format(code, answered))
