"""The Import page: drop exports, check the detected format and a preview, import, review, undo.

Extension point for table imports (column mapping): a later step registers a `SettingsStep` with
`add_step(step)`. Each step gets a widget in the options area and, for every file, may add settings
(e.g. `{"map": {...}}`) to the `ImportOptions` the preview and the import use; a step that needs the
user's input first returns `None` from `settings_for`, which keeps the file from importing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from hybridhub.core.errors import UserError
from hybridhub.core.progress import Cancelled, ProgressFn
from hybridhub.core.workspace import Workspace
from hybridhub.events.actions import event_info
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.detect import examine
from hybridhub.importers.eventdays import DateSpan, date_span
from hybridhub.importers.store import ImportResult, Preview, import_file, list_batches, preview, remove_batch
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.import_models import BatchesModel, FileEntry, ImportFilesModel, PreviewModel
from hybridhub.ui.pages.base import Page, column
from hybridhub.ui.pages.import_mapping import MappingStep
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.tasks import TaskHandle
from hybridhub.ui.widgets import ProgressPanel, SectionHeader
from hybridhub.ui.widgets.fields import date_edit, optional_date, zone_combo
from hybridhub.ui.widgets.notice import warning_label

# What an import (or its removal) changes.
IMPORTED = (StoreTopic.CONTRIBUTIONS, StoreTopic.PARTICIPANTS, StoreTopic.CHECKINS, StoreTopic.IMPORTS)
Outcome = tuple[FileEntry, ImportResult | None, str]  # a file, what it added, or why it was not imported
_UNKNOWN_SPAN = DateSpan(None, None, 0, 0, None, None)  # checked, but the file could not be read


class SettingsStep(Protocol):
    """A step between detection and import (issue 4's column mapping plugs in here)."""

    def widget(self) -> QWidget | None: ...

    def settings_for(self, entry: FileEntry) -> dict[str, Any] | None: ...


def summary_lines(entry: FileEntry) -> list[str]:
    """What a facilitator wants to know after an import, one file at a time."""
    name = entry.candidate.path.name
    if entry.error:
        return [f"✗ {name}: {entry.error}"]
    r = entry.result
    if r is None:
        return []
    lines = [
        f"✓ {name} ({entry.candidate.label}): {r.added:,} added, {r.duplicates:,} already there, "
        f"{r.skipped:,} left out, {r.participants:,} new participants"
    ]
    if r.skipped_reasons:
        lines.append(
            "    left out: " + ", ".join(f"{n:,} {reason}" for reason, n in r.skipped_reasons.items())
        )
    if r.counts.get("media"):
        lines.append(
            f"    {r.counts['media']:,} photos, videos or voice notes counted as media, not as texts"
        )
    if r.span is not None and r.span.outside_event:
        lines.append(f"    ⚠ {r.span.warning()}")
    lines += [f"    {error}" for error in r.errors[:20]]
    if len(r.errors) > 20:
        lines.append(f"    … and {len(r.errors) - 20} more problem lines")
    return lines


class _DropZone(QFrame):
    def __init__(self, page: ImportPage) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#dropZone { border: 2px dashed #9ca3af; border-radius: 8px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        label = QLabel(
            self.tr(
                "Drop exported files or folders here: WhatsApp, Zoom, and the other formats listed "
                "under ‘Formats’. ZIP exports can be dropped as they are."
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        self.add_button = QPushButton(self.tr("Add files…"))
        layout.addWidget(self.add_button)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.page.add_paths(paths)


class ImportPage(Page):
    title = "Import"
    icon_name = "import"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.steps: list[SettingsStep] = []
        self._task: TaskHandle | None = None
        self._preview_for: FileEntry | None = None
        self._event_has_days = False
        outer = self.page_layout(
            self.tr("Import the online discussion"),
            self.tr(
                "Chats, meeting chats and attendance reports become contributions and online "
                "attendance. Check the preview, then import; an import can be removed as a whole."
            ),
        )
        self.drop_zone = _DropZone(self)
        outer.addWidget(self.drop_zone)
        outer.addLayout(self._options_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._files_panel())
        splitter.addWidget(self._imported_panel())
        # The preview is what the user checks before importing: it gets most of the height (at
        # 1366x768 it showed one row).
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)
        self.progress = ProgressPanel()
        outer.addWidget(self.progress)
        outer.addLayout(self._button_bar())
        self._connect()
        self.listen(self._store_changed)
        self._load_event_zone()
        self.load_batches()
        self._update_buttons()

    def _options_row(self) -> QHBoxLayout:
        options = QHBoxLayout()
        self.options_layout = options
        options.addWidget(QLabel(self.tr("Times in the files are in")))
        self.tz_combo = zone_combo()
        self.tz_combo.setMinimumWidth(200)
        options.addWidget(self.tz_combo)
        self.direct_box = QCheckBox(self.tr("Include direct messages"))
        options.addWidget(self.direct_box)
        options.addWidget(QLabel(self.tr("Meeting date")))
        self.date_edit = date_edit("d MMM yyyy", self.tr("from the file name"))
        self.date_edit.setToolTip(
            self.tr("Zoom chats carry times only; set the date if the file name has none.")
        )
        options.addWidget(self.date_edit)
        options.addStretch(1)
        return options

    def _files_panel(self) -> QWidget:
        top, top_box = column()
        self.files = ImportFilesModel()
        self.files_view = self._table(self.files, stretch=0)
        self.files_view.setAccessibleName(self.tr("Files to import"))
        self.files_view.setMinimumHeight(110)
        self.files_view.setMaximumHeight(130)
        top_box.addWidget(self.files_view)
        self.mapping_step = MappingStep(self.ctx, self)  # tables and online forms: columns ↔ roles/questions
        top_box.addWidget(self.mapping_step)
        self.steps.append(self.mapping_step)
        # Above the preview's title, which stays the label just before the preview (its accessible name)
        self.dates_warning = warning_label("datesWarning")  # shown when the dates are not the event's
        top_box.addWidget(self.dates_warning)
        self.preview_title = QLabel(self.tr("Select a file to see its first 50 records."))
        self.preview_title.setObjectName("sectionTitle")
        top_box.addWidget(self.preview_title)
        self.preview_model = PreviewModel(self.ctx.times())
        self.preview_view = self._table(self.preview_model, stretch=3)
        self.preview_view.setAccessibleName(self.tr("Preview of the selected file"))
        self.preview_view.setMinimumHeight(160)  # five rows at least
        top_box.addWidget(self.preview_view, 1)
        return top

    def _imported_panel(self) -> QWidget:
        bottom, bottom_box = column()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setObjectName("importSummary")
        self.summary.hide()
        bottom_box.addWidget(self.summary)
        bottom_box.addWidget(SectionHeader(self.tr("Imported files")))
        self.batches = BatchesModel(self.ctx.times())
        self.batches_view = self._table(self.batches, stretch=0)
        self.batches_view.setAccessibleName(self.tr("Imported files"))
        self.batches_view.setMinimumHeight(90)
        bottom_box.addWidget(self.batches_view, 1)
        return bottom

    def _button_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear list"))
        self.remove_button = QPushButton(self.tr("Remove selected import…"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.import_button)
        return bar

    def _connect(self) -> None:
        self.drop_zone.add_button.clicked.connect(self._choose_files)
        self.files_view.selectionModel().currentRowChanged.connect(lambda *_: self._file_chosen())
        self.mapping_step.changed.connect(self.refresh_preview)
        self.tz_combo.currentTextChanged.connect(lambda *_: self.refresh_preview())
        self.direct_box.toggled.connect(lambda *_: self.refresh_preview())
        self.date_edit.dateChanged.connect(lambda *_: self.refresh_preview())
        self.import_button.clicked.connect(self.import_all)
        self.clear_button.clicked.connect(self._clear)
        self.remove_button.clicked.connect(self.remove_selected_batch)

    # -- building blocks -----------------------------------------------------------------------------
    def _table(self, model: Any, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def add_step(self, step: SettingsStep) -> None:
        """Add a step (e.g. column mapping) whose widget sits in the options row."""
        self.steps.append(step)
        widget = step.widget()
        if widget is not None:
            self.options_layout.insertWidget(self.options_layout.count() - 1, widget)

    def _load_event_zone(self) -> None:
        event = event_info(self.ctx.workspace)
        self.tz_combo.setCurrentText(event.timezone)
        self._event_has_days = event.starts_on is not None

    def options_for(self, entry: FileEntry) -> ImportOptions | None:
        settings: dict[str, Any] = dict(entry.extra)
        day = self.meeting_date()
        if day is not None:
            settings["date"] = day.isoformat()
        for step in self.steps:
            extra = step.settings_for(entry)
            if extra is None:
                return None
            settings.update(extra)
        return ImportOptions(
            timezone=self.tz_combo.currentText().strip() or "UTC",
            include_direct=self.direct_box.isChecked(),
            settings=settings,
        )

    def meeting_date(self) -> date | None:
        return optional_date(self.date_edit)

    # -- files ---------------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths = self.ctx.dialogs.open_files(self.tr("Choose exported files"), self.tr("Exports (*.*)"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Recognise the files (in the background: ZIPs may be large) and list them."""

        message = self.tr("Recognising files…")

        def work(progress: ProgressFn) -> list[Any]:  # worker thread: no widget calls here
            progress(0, len(paths), message)
            return examine(paths)

        def done(candidates: list[Any]) -> None:
            before = len(self.files.entries)
            self.files.add(candidates)
            if before == 0 and self.files.entries:
                self.files_view.selectRow(0)
            self._update_buttons()

        self.ctx.tasks.run(work, on_done=done, on_error=self.ctx.dialogs.error, write=False)

    def _clear(self) -> None:
        self.files.clear()
        self.preview_model.set_rows([])
        self.preview_title.setText(self.tr("Select a file to see its first 50 records."))
        self.summary.hide()
        self._update_buttons()

    def current_entry(self) -> FileEntry | None:
        index = self.files_view.currentIndex()
        return self.files.entries[index.row()] if index.isValid() else None

    def _file_chosen(self) -> None:
        self.mapping_step.show_entry(self.current_entry())
        self.refresh_preview()

    # -- preview -------------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.candidate.detection is None:
            self.preview_model.set_rows([])
            if entry is not None:
                self.preview_title.setText(f"{entry.candidate.path.name}: {entry.candidate.problem}")
            return
        options = self.options_for(entry)
        if options is None:
            self.preview_title.setText(self.tr("Complete the steps above to see a preview."))
            return
        detection = entry.candidate.detection
        workspace = self.ctx.workspace
        self._preview_for = entry
        entry.span = None  # the options may have changed: check the dates again
        self._show_dates(entry)

        def work(_progress: ProgressFn) -> Preview:
            return preview(workspace, entry.candidate.path, options=options, detection=detection)

        def done(shown: Preview) -> None:
            if self._preview_for is not entry:
                return
            if entry.status == self.tr("needs attention (see the preview)"):  # fixed since (a date given)
                entry.status = ""
                self.files.entry_changed(entry)
            self._check_dates([(entry, options)], then=lambda: self._show_dates(entry))
            self.preview_model.set_rows(shown.rows)
            more = "" if shown.complete else self.tr(" (first %n records)", "", len(shown.rows))
            self.preview_title.setText(
                self.tr("Preview of {source}: {label}, written in {zone}, shown in {event}{more}").format(
                    source=shown.source,
                    label=shown.label,
                    zone=shown.timezone,
                    event=self.preview_model.times.zone_name,
                    more=more,
                )
            )

        def failed(exc: BaseException) -> None:
            if self._preview_for is not entry:
                return
            self.preview_model.set_rows([])
            if not isinstance(exc, UserError):
                self.ctx.dialogs.error(exc)
                return
            # The status said "ready" beside a preview that could not be read: say what it needs
            entry.status = self.tr("needs attention (see the preview)")
            self.files.entry_changed(entry)
            if exc.field == "date":  # a Zoom chat saved without its date
                self.preview_title.setText(
                    self.tr("This chat does not say which day it was: choose the meeting date above.")
                )
            else:
                self.preview_title.setText(self.tr("Cannot preview: {0}").format(exc.describe()))

        self.ctx.tasks.run(work, on_done=done, on_error=failed, write=False)

    # -- import --------------------------------------------------------------------------------------
    def import_all(self) -> None:
        todo = [(e, self.options_for(e)) for e in self.files.ready()]
        ready = [(e, o) for e, o in todo if o is not None]
        if not ready or self._task is not None:
            return
        unchecked = [(e, o) for e, o in ready if self._event_has_days and e.span is None]
        if unchecked:  # the dates of a file not previewed yet: check them first, then come back here
            self._check_dates(unchecked, then=self.import_all, show_progress=True)
            return
        if not self._dates_accepted([e for e, _ in ready]):
            return
        self._start_import(ready)

    def _dates_accepted(self, entries: list[FileEntry]) -> bool:
        """Ask, with named choices, before importing files dated outside the event's days."""
        outside = [e for e in entries if e.span is not None and e.span.outside_event]
        if not outside:
            return True
        files = "\n".join(f"• {e.candidate.path.name}: {e.span.warning()}." for e in outside if e.span)
        return self.ctx.dialogs.ask(
            self.tr("Dates outside the event"),
            self.tr("{0}\n\nIs this the right file for this event?").format(files),
            yes=self.tr("Import anyway"),
            no=self.tr("Cancel"),
        )

    def _check_dates(
        self,
        todo: list[tuple[FileEntry, ImportOptions]],
        then: Callable[[], None],
        show_progress: bool = False,
    ) -> None:
        """Read each file's dates (in the background) against the event's days; `then` on the GUI thread.
        A file that cannot be read is left unchecked: the import itself will say why."""
        if not self._event_has_days:
            return
        workspace = self.ctx.workspace
        message = self.tr("Checking the dates…")

        def work(progress: ProgressFn) -> list[tuple[FileEntry, DateSpan | None]]:
            found: list[tuple[FileEntry, DateSpan | None]] = []
            for entry, options in todo:
                progress(0, 0, message)
                try:
                    span = date_span(
                        workspace,
                        entry.candidate.path,
                        options=options,
                        detection=entry.candidate.detection,
                        progress=progress,
                    )
                except UserError:
                    span = None
                found.append((entry, span))
            return found

        def done(found: list[tuple[FileEntry, DateSpan | None]]) -> None:
            if show_progress:
                self._task = None
                self.progress.finish()
            for entry, span in found:
                entry.span = span or _UNKNOWN_SPAN
            then()

        def failed(exc: BaseException) -> None:
            if show_progress:
                self._task = None
                self.progress.finish()
                self._update_buttons()
            if not isinstance(exc, Cancelled):
                self.ctx.dialogs.error(exc)

        on_progress = self.progress.update_progress if show_progress else None
        task = self.ctx.tasks.run(work, on_done=done, on_error=failed, on_progress=on_progress, write=False)
        if show_progress:
            self._task = task
            self.progress.start(task, message)
            self._update_buttons()

    def _show_dates(self, entry: FileEntry) -> None:
        if self._preview_for is not entry:
            return
        span = entry.span
        self.dates_warning.setVisible(span is not None and span.outside_event)
        if span is not None and span.outside_event:
            self.dates_warning.setText(
                self.tr(
                    "⚠ Dates outside the event: the file runs {found}, the event is on {event} ({n} of {m})."
                ).format(found=span.found(), event=span.event_days(), n=span.outside, m=span.dated)
            )
            self.dates_warning.setToolTip(
                self.tr("Is this the right file for this event? You can still import it: Import will ask.")
            )

    def _start_import(self, todo: list[tuple[FileEntry, ImportOptions]]) -> None:

        def work(workspace: Workspace, progress: ProgressFn) -> list[Outcome]:
            outcome: list[Outcome] = []
            for number, (entry, options) in enumerate(todo, start=1):
                prefix = f"{number}/{len(todo)} {entry.candidate.path.name}: "

                def report(done: int, total: int, message: str, prefix: str = prefix) -> None:
                    progress(done, total, prefix + message)

                try:
                    result = import_file(
                        workspace, entry.candidate.path, options=options,
                        detection=entry.candidate.detection, progress=report,
                    )  # fmt: skip
                except Cancelled:
                    outcome.append((entry, None, "cancelled: nothing of this file was imported"))
                    break
                except UserError as exc:
                    outcome.append((entry, None, exc.describe()))
                    continue
                outcome.append((entry, result, ""))
            return outcome

        self._task = self.ctx.change_later(
            work,
            lambda outcome: IMPORTED if any(result for _, result, _ in outcome) else (),
            on_done=self._imported,
            on_error=self._import_failed,
            on_progress=self.progress.update_progress,
        )
        self.progress.start(self._task, self.tr("Importing…"))
        self._update_buttons()

    def _imported(self, outcome: list[Outcome]) -> None:
        self._task = None
        self.progress.finish()
        lines: list[str] = []
        for entry, result, error in outcome:
            entry.result, entry.error = result, error
            entry.status = (
                self.tr("imported: {0} added").format(f"{result.added:,}")
                if result
                else self.tr("not imported")
            )
            self.files.entry_changed(entry)
            lines += summary_lines(entry)
        self.summary.setText("\n".join(lines))
        self.summary.show()
        self._update_buttons()

    def _import_failed(self, exc: BaseException) -> None:
        self._task = None
        self.progress.finish()
        self._update_buttons()
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Import cancelled before it started: nothing was imported."))
            self.summary.show()

    # -- stored imports ------------------------------------------------------------------------------
    def load_batches(self) -> None:
        self.batches.set_rows(list_batches(self.ctx.workspace))
        self._update_buttons()

    def remove_selected_batch(self) -> None:
        index = self.batches_view.currentIndex()
        if not index.isValid():
            return
        batch = self.batches.batches[index.row()]
        question = self.tr(
            "Remove the import of {0}? Its {1} contributions and the people only it brought in are removed."
        ).format(batch.file_name, f"{batch.contributions:,}")
        if not self.ctx.dialogs.ask(self.tr("Remove import"), question):
            return
        self.ctx.change(
            lambda ws: remove_batch(ws, batch.uid),
            IMPORTED,
            on_done=lambda _r: self._batch_removed(batch.uid),
        )

    def _batch_removed(self, uid: str) -> None:
        for entry in self.files.entries:
            if entry.result is not None and entry.result.batch_uid == uid:
                entry.result = None
                entry.status = self.tr("removed")
                self.files.entry_changed(entry)

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic in (StoreTopic.IMPORTS, StoreTopic.CONTRIBUTIONS):
            self.load_batches()
        if topic == StoreTopic.EVENT:
            times = self.ctx.times()
            self.preview_model.times = self.batches.times = times
            self.load_batches()
            self.refresh_preview()
            self._load_event_zone()
            for entry in self.files.entries:
                entry.span = None  # the event's days may have changed

    def _update_buttons(self) -> None:
        busy = self._task is not None
        self.import_button.setEnabled(not busy and bool(self.files.ready()))
        ready = len(self.files.ready())
        self.import_button.setText(self.tr("Import %n file(s)", "", ready) if ready else self.tr("Import"))
        self.clear_button.setEnabled(not busy and bool(self.files.entries))
        self.remove_button.setEnabled(not busy and bool(self.batches.batches))
