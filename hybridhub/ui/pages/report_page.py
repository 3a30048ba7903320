"""Report: choose language, sections, scope and anonymity; generate the PDF in the background, see its
first pages, open it or its folder. Exports of the data set (CSV, XLSX, JSON) sit under it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hybridhub.core.progress import Cancelled, ProgressFn
from hybridhub.events.actions import event_info
from hybridhub.reports.actions import ScopeChoice, report_sessions, write_export, write_report
from hybridhub.reports.exports import FORMATS
from hybridhub.reports.i18n import LANGUAGE_NAMES, LANGUAGES
from hybridhub.reports.options import SECTIONS
from hybridhub.reports.preview import PagePixels, render_pages
from hybridhub.reports.quotes import QuotePolicy
from hybridhub.reports.report import ReportResult
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page, column, scrolling_body
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets import SectionHeader
from hybridhub.ui.widgets.fields import pydate, qdate
from hybridhub.ui.widgets.progress_panel import ProgressPanel

PREVIEW_PAGES = 3
PREVIEW_WIDTH = 360


class ReportPage(Page):
    title = "Report"
    icon_name = "report"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_path: Path | None = None
        self._section_names = {
            "summary": self.tr("One-page summary"),
            "participation": self.tr("Who took part"),
            "ratings": self.tr("Rating questions"),
            "themes": self.tr("Each theme with quotes"),
            "offline": self.tr("Raised mainly offline"),
            "tallies": self.tr("Tallies from the room"),
            "method": self.tr("Method and limitations"),
            "appendix": self.tr("Appendix tables"),
        }
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.setSpacing(20)
        outer.addWidget(self._options_column(), 3)
        outer.addWidget(self._preview_column(), 2)
        self.load_sessions()
        self.listen(self._store_changed)

    # Layout ---------------------------------------------------------------------------------------
    def _options_column(self) -> QWidget:
        box, layout = column()
        layout.addWidget(
            SectionHeader(
                self.tr("Report"),
                self.tr(
                    "A PDF for decision-makers in which every person counts once, whether they spoke in the "
                    "room, wrote on paper or typed online."
                ),
                page=True,
            )
        )
        scroll, form = scrolling_body(8)
        layout.addWidget(scroll, 1)
        top = QFormLayout()
        self.lang_combo = QComboBox()
        for code in LANGUAGES:
            self.lang_combo.addItem(LANGUAGE_NAMES[code], code)
        saved = self.ctx.settings.report_language
        self.lang_combo.setCurrentIndex(LANGUAGES.index(saved) if saved in LANGUAGES else 0)
        top.addRow(self.tr("Language of the report"), self.lang_combo)
        form.addLayout(top)
        form.addWidget(self._sections_box())
        form.addWidget(self._scope_box())
        form.addWidget(self._privacy_box())
        form.addStretch(1)
        layout.addLayout(self._action_buttons())
        self.progress = ProgressPanel()
        layout.addWidget(self.progress)
        return box

    def _sections_box(self) -> QGroupBox:
        sections = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(SECTIONS):
            box = QCheckBox(self._section_names[key])
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)
        return sections

    def _scope_box(self) -> QGroupBox:
        scope = QGroupBox(self.tr("What to include"))
        scope_layout = QVBoxLayout(scope)
        sessions_label = QLabel(
            self.tr("Sessions (with all ticked, messages sent outside any session count too)")
        )
        sessions_label.setWordWrap(True)  # it ran off the panel in French
        scope_layout.addWidget(sessions_label)
        self.session_list = QListWidget()
        self.session_list.setMaximumHeight(130)
        scope_layout.addWidget(self.session_list)
        dates = QHBoxLayout()
        self.dates_box = QCheckBox(self.tr("Only from"))
        self.first_day, self.last_day = QDateEdit(), QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.dates_box.toggled.connect(self.first_day.setEnabled)
        self.dates_box.toggled.connect(self.last_day.setEnabled)
        dates.addWidget(self.dates_box)
        dates.addWidget(self.first_day)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.last_day)
        dates.addStretch(1)
        scope_layout.addLayout(dates)
        return scope

    def _privacy_box(self) -> QGroupBox:
        privacy = QGroupBox(self.tr("Anonymity"))
        privacy_layout = QVBoxLayout(privacy)
        self.names_box = QCheckBox(self.tr("Show the names of people who agreed to be named"))
        self.unknown_box = QCheckBox(self.tr("Quote people whose consent was not recorded"))
        note = QLabel(
            self.tr(
                "Everyone else appears by pseudonym. Phone numbers, e-mail addresses and @handles are always "
                "removed from quotes, and flagged contributions are never quoted."
            )
        )
        note.setObjectName("subtitle")
        note.setWordWrap(True)
        privacy_layout.addWidget(self.names_box)
        privacy_layout.addWidget(self.unknown_box)
        privacy_layout.addWidget(note)
        return privacy

    def _action_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("Generate report…"))
        self.generate_button.setObjectName("primary")
        self.generate_button.clicked.connect(self.generate)
        buttons.addWidget(self.generate_button)
        buttons.addSpacing(16)
        self.format_combo = QComboBox()
        for fmt in FORMATS:
            self.format_combo.addItem(fmt.upper(), fmt)
        buttons.addWidget(self.format_combo)
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.clicked.connect(self.export_data)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        return buttons

    def _preview_column(self) -> QWidget:
        box, layout = column()
        layout.addWidget(SectionHeader(self.tr("Preview"), self.tr("The first pages of the last report.")))
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        holder = QWidget()
        self.preview_layout = QVBoxLayout(holder)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_labels: list[QLabel] = []
        self.placeholder = QLabel(self.tr("No report yet. Choose the options and press Generate."))
        self.placeholder.setObjectName("subtitle")
        self.placeholder.setWordWrap(True)
        self.preview_layout.addWidget(self.placeholder)
        self.preview_scroll.setWidget(holder)
        layout.addWidget(self.preview_scroll, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("subtitle")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        open_row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open report"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)
            open_row.addWidget(button)
        self.open_button.clicked.connect(self.open_report)
        self.folder_button.clicked.connect(self.open_folder)
        open_row.addStretch(1)
        layout.addLayout(open_row)
        return box

    # Data -----------------------------------------------------------------------------------------
    def _store_changed(self, topic: StoreTopic) -> None:
        if topic in (StoreTopic.SESSIONS, StoreTopic.EVENT):
            self.load_sessions()

    def load_sessions(self) -> None:
        sessions = report_sessions(self.ctx.workspace)
        event = event_info(self.ctx.workspace)
        first, last = event.starts_on, event.ends_on or event.starts_on
        self.session_list.clear()
        for sid, name in sessions:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.session_list.addItem(item)
        today = date.today()  # an event without dates yet: today, not the edit's 2000-01-01
        self.first_day.setDate(qdate(first or today))
        self.last_day.setDate(qdate(last or first or today))

    def chosen_sessions(self) -> list[int] | None:
        """None when every session is ticked: then contributions without a session count too."""
        items = [self.session_list.item(i) for i in range(self.session_list.count())]
        ticked = [
            int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]
        return None if len(ticked) == len(items) else ticked

    def scope(self) -> ScopeChoice:
        if not self.dates_box.isChecked():
            return ScopeChoice(self.chosen_sessions())
        first, last = pydate(self.first_day.date()), pydate(self.last_day.date())
        return ScopeChoice(self.chosen_sessions(), first, last)

    def chosen_sections(self) -> tuple[str, ...]:
        return tuple(k for k in SECTIONS if self.section_boxes[k].isChecked())

    # Actions --------------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def generate(self) -> None:
        lang, sections, scope = self.lang_combo.currentData(), self.chosen_sections(), self.scope()
        quotes = QuotePolicy(
            unknown_consent_allows=self.unknown_box.isChecked(), show_names=self.names_box.isChecked()
        )
        if not sections:
            self.ctx.dialogs.inform(self.tr("Report"), self.tr("Tick at least one section."))
            return
        path = self.ctx.dialogs.save_file(
            self.tr("Save the report"), "report.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.ctx.settings.report_language = lang
        workspace, pdf = self.ctx.workspace, path

        def work(progress: ProgressFn) -> tuple[ReportResult, list[PagePixels]]:
            result = write_report(
                workspace, pdf, lang=lang, sections=sections, scope=scope, quotes=quotes, progress=progress
            )
            progress(4, 4, "Rendering the preview")
            return result, render_pages(result.path, PREVIEW_PAGES, PREVIEW_WIDTH * 2)

        self._busy(True)
        handle = self.ctx.tasks.run(
            work,
            on_done=self._generated,
            on_error=self._failed,
            on_progress=self.progress.update_progress,
            write=False,
        )
        self.progress.start(handle, self.tr("Preparing the report…"))

    def _generated(self, outcome: tuple[ReportResult, list[PagePixels]]) -> None:
        result, pages = outcome
        self.progress.finish()
        self._busy(False)
        self.last_path = result.path
        self.show_preview(pages)
        self.saved_label.setText(
            self.tr("Saved {path} ({pages} pages).").format(path=result.path, pages=result.pages)
        )
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.progress.finish()
        self._busy(False)
        if isinstance(exc, Cancelled):
            self.saved_label.setText(self.tr("Cancelled: no file was written."))
            return
        self.ctx.dialogs.error(exc)

    def show_preview(self, pages: list[PagePixels]) -> None:
        for label in self.preview_labels:
            label.deleteLater()
        self.preview_labels = []
        self.placeholder.setVisible(not pages)
        for page in pages:
            image = QImage(
                page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888
            ).copy()
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(page.width / PREVIEW_WIDTH)
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #c9d1d8; background: white;")
            self.preview_layout.addWidget(label)
            self.preview_labels.append(label)

    def export_data(self) -> None:
        fmt = self.format_combo.currentData()
        path = self.ctx.dialogs.save_file(
            self.tr("Export the data"),
            f"contributions.{fmt}",
            self.tr("{fmt} files (*.{ext})").format(fmt=fmt.upper(), ext=fmt),
        )
        if path is None:
            return
        scope, workspace, target = self.scope(), self.ctx.workspace, path

        def work(progress: ProgressFn) -> tuple[Path, int]:
            return target, write_export(workspace, target, fmt, scope, progress)

        self._busy(True)
        handle = self.ctx.tasks.run(
            work,
            on_done=self._exported,
            on_error=self._failed,
            on_progress=self.progress.update_progress,
            write=False,
        )
        self.progress.start(handle, self.tr("Exporting…"))

    def _exported(self, outcome: tuple[Path, int]) -> None:
        path, count = outcome
        self.progress.finish()
        self._busy(False)
        self.saved_label.setText(
            self.tr("Exported {count} contributions to {path}.").format(count=count, path=path)
        )

    def open_report(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def open_folder(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))
