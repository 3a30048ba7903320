"""Paper forms: print sheets for a session, scan a batch of filled sheets, assign unidentified pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hybridhub.core.errors import UserError
from hybridhub.core.progress import Cancelled, ProgressFn
from hybridhub.core.workspace import Workspace
from hybridhub.paperforms.actions import assign_page, discard_page, print_forms, queued_pages, session_names
from hybridhub.paperforms.capture import ScanReport, scan_files
from hybridhub.paperforms.printing import PrintResult
from hybridhub.paperforms.templates import FormFile, list_forms
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets import ProgressPanel, SectionHeader

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}


class FormsPage(Page):
    title = "Paper forms"
    icon_name = "forms"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.forms: list[FormFile] = []
        outer = self.page_layout(
            self.tr("Paper forms"),
            self.tr(
                "Print feedback sheets before the session; scan the filled sheets afterwards. "
                "Every sheet is captured once, by scan or by keyed entry."
            ),
        )
        self._print_section(outer)
        self._scan_section(outer)
        self._queue_section(outer)
        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.print_button.clicked.connect(self.print_sheets)
        self.scan_button.clicked.connect(self.scan)
        self.queue_list.currentItemChanged.connect(self._show_queued)
        self.assign_button.clicked.connect(self.assign)
        self.assign_code.returnPressed.connect(self.assign)
        self.discard_button.clicked.connect(self.discard)
        self.listen(self._store_changed)
        self.load()

    def _print_section(self, outer: QVBoxLayout) -> None:
        outer.addWidget(SectionHeader(self.tr("Print")))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form_combo = QComboBox()
        self.lang_combo = QComboBox()
        self.session_combo = QComboBox()
        self.copies_spin = QSpinBox()
        self.copies_spin.setAccessibleName(self.tr("Copies"))
        self.copies_spin.setRange(1, 2000)
        self.copies_spin.setValue(20)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem("US Letter", "letter")
        self.large_check = QCheckBox(self.tr("Large print (bigger type and boxes)"))
        form.addRow(self.tr("Form"), self.form_combo)
        form.addRow(self.tr("Language"), self.lang_combo)
        form.addRow(self.tr("Session"), self.session_combo)
        row = QHBoxLayout()
        row.addWidget(self.copies_spin)
        row.addWidget(QLabel(self.tr("Paper")))
        row.addWidget(self.paper_combo)
        row.addWidget(self.large_check)
        row.addStretch(1)
        form.addRow(self.tr("Copies"), row)
        outer.addLayout(form)
        prow = QHBoxLayout()
        self.print_status = QLabel()
        self.print_status.setObjectName("subtitle")
        self.print_button = QPushButton(self.tr("Print to PDF…"))
        self.print_button.setObjectName("primary")
        prow.addWidget(self.print_status, 1)
        prow.addWidget(self.print_button)
        outer.addLayout(prow)

    def _scan_section(self, outer: QVBoxLayout) -> None:
        outer.addWidget(
            SectionHeader(
                self.tr("Scan"), self.tr("PDFs from the office scanner, or photos and TIFF files; any order.")
            )
        )
        srow = QHBoxLayout()
        self.scan_status = QLabel()
        self.scan_status.setWordWrap(True)
        self.scan_button = QPushButton(self.tr("Scan files…"))
        self.scan_button.setObjectName("primary")
        srow.addWidget(self.scan_status, 1)
        srow.addWidget(self.scan_button)
        outer.addLayout(srow)
        self.progress = ProgressPanel()
        outer.addWidget(self.progress)

    def _queue_section(self, outer: QVBoxLayout) -> None:
        outer.addWidget(
            SectionHeader(
                self.tr("Unidentified pages"),
                self.tr(
                    "Pages whose QR code or corner markers could not be read. Type the sheet code "
                    "written on the page to assign it, or discard it."
                ),
            )
        )
        queue = QHBoxLayout()
        self.queue_list = QListWidget()
        self.queue_list.setAccessibleName(self.tr("Pages to assign"))
        self.queue_list.setMaximumWidth(380)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(220)
        self.preview.setStyleSheet("background: white; border: 1px solid #c9d3da;")
        queue.addWidget(self.queue_list)
        queue.addWidget(self.preview, 1)
        outer.addLayout(queue, 1)
        arow = QHBoxLayout()
        self.assign_code = QLineEdit()
        self.assign_code.setPlaceholderText(self.tr("Sheet code"))
        self.assign_page_spin = QSpinBox()
        self.assign_page_spin.setAccessibleName(self.tr("Page of the form"))
        self.assign_page_spin.setRange(1, 20)
        self.assign_page_spin.setPrefix(self.tr("page "))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.discard_button = QPushButton(self.tr("Discard"))
        arow.addWidget(self.assign_code)
        arow.addWidget(self.assign_page_spin)
        arow.addWidget(self.assign_button)
        arow.addWidget(self.discard_button)
        arow.addStretch(1)
        outer.addLayout(arow)

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.forms = list_forms()
        except UserError as exc:
            self.forms = []
            self.print_status.setText(exc.describe())
        self.form_combo.blockSignals(True)
        self.form_combo.clear()
        for f in self.forms:
            self.form_combo.addItem(f"{f.title('en')}  ({f.id} v{f.version})", f.id)
        self.form_combo.blockSignals(False)
        self._form_changed()
        names = session_names(self.ctx.workspace)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("(no session)"), None)
        for name in names:
            self.session_combo.addItem(name, name)
        self.load_queue()

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.SESSIONS:
            self.load()
        elif topic == StoreTopic.SHEETS:
            self.load_queue()

    def _form_changed(self) -> None:
        form = self._form()
        self.lang_combo.clear()
        for lang in form.languages if form else []:
            self.lang_combo.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        self.print_button.setEnabled(form is not None)

    def _form(self) -> FormFile | None:
        index = self.form_combo.currentIndex()
        return self.forms[index] if 0 <= index < len(self.forms) else None

    # -- printing ------------------------------------------------------------------------------
    def print_sheets(self) -> None:
        form = self._form()
        if form is None:
            return
        lang = self.lang_combo.currentData() or "en"
        path = self.ctx.dialogs.save_file(
            self.tr("Save the sheets as PDF"), f"{form.id}-{lang}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        options: dict[str, Any] = {
            "copies": self.copies_spin.value(),
            "lang": lang,
            "paper": self.paper_combo.currentData(),
            "large_print": self.large_check.isChecked(),
            "session_name": self.session_combo.currentData(),
        }
        preparing = self.tr("Preparing {0} sheets…").format(options["copies"])

        def work(ws: Workspace, progress: ProgressFn) -> PrintResult:
            progress(0, 0, preparing)
            return print_forms(ws, form, path, **options)

        self.print_button.setEnabled(False)
        self.print_status.setText(self.tr("Printing…"))
        self.ctx.change_later(work, (StoreTopic.SHEETS,), on_done=self._printed, on_error=self._print_failed)

    def _printed(self, result: PrintResult) -> None:
        self.print_button.setEnabled(True)
        self.print_status.setText(
            self.tr("{0} sheets, {1} pages written to {2}").format(
                len(result.sheets), result.pages, result.path
            )
        )

    def _print_failed(self, _exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.print_status.setText("")

    # -- scanning ------------------------------------------------------------------------------
    def scan(self, files: list[Path] | None = None) -> None:
        if not files:
            files = self.ctx.dialogs.open_files(
                self.tr("Choose scanned sheets"), self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
            )
        if not files:
            return
        chosen = files
        self.scan_button.setEnabled(False)
        handle = self.ctx.change_later(
            lambda ws, progress: scan_files(ws, chosen, progress=progress),
            (StoreTopic.SHEETS, StoreTopic.PARTICIPANTS),
            on_done=self._scanned,
            on_error=self._scan_failed,
            on_progress=self.progress.update_progress,
        )
        self.progress.start(handle, self.tr("Reading {0} file(s)…").format(len(files)))

    def _scanned(self, report: ScanReport) -> None:
        self.progress.finish()
        self.scan_button.setEnabled(True)
        s = report.summary()
        self.scan_status.setText(
            self.tr(
                "{pages} pages: {identified} identified, {duplicates} already captured, {unidentified} "
                "unidentified. {auto} answers read, {review} for review."
            ).format(
                pages=s["pages"],
                identified=s["identified"],
                duplicates=s["duplicates"],
                unidentified=s["unidentified"],
                auto=s["answers_auto"],
                review=s["answers_review"],
            )
        )

    def _scan_failed(self, exc: BaseException) -> None:
        self.progress.finish()
        self.scan_button.setEnabled(True)
        cancelled = isinstance(exc, Cancelled)
        self.scan_status.setText(self.tr("Scan cancelled: nothing was stored.") if cancelled else "")

    # -- unidentified queue ----------------------------------------------------------------------
    def load_queue(self) -> None:
        pages = queued_pages(self.ctx.workspace)
        self.queue_list.clear()
        for page in pages:
            item = QListWidgetItem(f"{page.file_name} p.{page.page_index + 1}\n{page.reason}")
            item.setData(Qt.ItemDataRole.UserRole, (page.id, page.sheet_code, page.image))
            self.queue_list.addItem(item)
        has = bool(pages)
        for w in (self.assign_code, self.assign_page_spin, self.assign_button, self.discard_button):
            w.setEnabled(has)
        if has:
            self.queue_list.setCurrentRow(0)
        else:
            self.preview.setText(self.tr("No unidentified pages."))

    def _show_queued(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        _pid, code, image = item.data(Qt.ItemDataRole.UserRole)
        pixmap = QPixmap()
        pixmap.loadFromData(image)
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.width(),
                max(self.preview.height(), 220),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.assign_code.setText(code or "")

    def _current_id(self) -> int | None:
        item = self.queue_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole)[0] if item is not None else None

    def assign(self) -> None:
        pid = self._current_id()
        if pid is None:
            return
        code, page = self.assign_code.text(), self.assign_page_spin.value()
        self.ctx.change(
            lambda ws: assign_page(ws, pid, code, page),
            (StoreTopic.SHEETS, StoreTopic.PARTICIPANTS),
            on_done=self._assigned,
        )

    def _assigned(self, report: ScanReport) -> None:
        self.scan_status.setText(
            self.tr("Page assigned: {0} answers read, {1} for review.").format(
                report.answers_auto, report.answers_review
            )
        )
        self.assign_code.clear()

    def discard(self) -> None:
        pid = self._current_id()
        if pid is None or not self.ctx.dialogs.ask(
            self.tr("Discard page"), self.tr("Remove this page from the queue? Its answers will not be read.")
        ):
            return
        self.ctx.change(lambda ws: discard_page(ws, pid), (StoreTopic.SHEETS,))
