"""The check-in desk: scanner input that keeps the focus, camera reader, name search, walk-ins, a large
result panel with sounds, session picker, live counts, undo, full screen; plus registration import,
badge printing and the export/merge of the door log between laptops."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QImage, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hybridhub.checkin import actions, codes
from hybridhub.checkin.desk import Desk, DeskCounts, ParticipantIndex, ScanOutcome
from hybridhub.checkin.log_sync import MergeSummary
from hybridhub.checkin.registrations import ColumnMapping, ImportSummary
from hybridhub.checkin.tables import Table, read_table
from hybridhub.core.errors import UserError
from hybridhub.core.models.checkin import CheckinResult
from hybridhub.ui.checkin.camera import CameraReader, FrameDecoder
from hybridhub.ui.checkin.dialogs import MappingDialog, WalkInDialog
from hybridhub.ui.checkin.result_panel import ResultPanel
from hybridhub.ui.checkin.scanner_input import FocusKeeper, ScannerInput
from hybridhub.ui.checkin.sounds import DeskSounds
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets import ProgressPanel, SectionHeader
from hybridhub.ui.widgets.title_bar import TitleBar
from hybridhub.ui.words import log_merged, registrations_imported

SEARCH_DELAY_MS = 250


def _button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner input keeps the focus
    if tip:
        button.setToolTip(tip)
    return button


def _changed_by(outcome: ScanOutcome | None) -> tuple[StoreTopic, ...]:
    """What a desk action changed: a counted check-in (or its undo), and a walk-in's new person."""
    if outcome is None:
        return ()
    counted = outcome.result in (CheckinResult.OK, CheckinResult.UNDO)
    topics = (StoreTopic.CHECKINS,) if counted else ()
    return (*topics, StoreTopic.PARTICIPANTS) if outcome.method == "walk-in" else topics


class CheckinPage(Page):
    title = "Check-in"
    icon_name = "checkin"

    outcome_shown = Signal(object)  # the ScanOutcome now on the panel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.desk = Desk(ctx.workspace, ctx.device_name)
        self.index = ParticipantIndex()
        self.present: set[int] = set()
        self.last_outcome: ScanOutcome | None = None
        self.walk_in_dialog: WalkInDialog | None = None
        self.mapping_dialog: MappingDialog | None = None
        self.sounds = DeskSounds(self)
        self.decoder = FrameDecoder(self)
        self.decoder.decoded.connect(lambda text: self.submit(text, "camera"))
        self.camera: CameraReader | None = None
        self._build()
        self.keeper = FocusKeeper(self.input, self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.follow(app.focusChanged, self.keeper.on_focus_changed)
        self.listen(self._store_changed)
        self._reload_sessions()
        self.refresh_index()
        self.refresh_counts()

    # ---- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(self._title_bar())
        outer.addLayout(self._controls())
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(self._scan_column(), 3)
        right = QVBoxLayout()
        right.addWidget(self._search_box(), 1)
        right.addWidget(self._camera_box())
        body.addLayout(right, 2)
        outer.addLayout(body, 1)
        self._wire()
        self._fill_cameras()

    def _title_bar(self) -> TitleBar:
        """The title beside the buttons, and under both the subtitle across the page's width (beside
        the buttons it was squeezed onto three lines in French and German at 1366x768); the buttons
        take a row of their own where they do not fit beside the title (Spanish)."""
        self.header = SectionHeader(self.tr("Check-in desk"), page=True)
        subtitle = self.header.subtitle
        subtitle.setText(self.tr("Scan badges with the USB scanner or the camera; everything works offline."))
        subtitle.show()
        self.import_button = _button(
            self.tr("Import registrations…"), self.tr("CSV or XLSX list of participants")
        )
        self.badges_button = _button(self.tr("Print badges…"), self.tr("A PDF of badges with QR codes"))
        self.export_button = _button(
            self.tr("Export log…"), self.tr("Save this laptop's log for another laptop")
        )
        self.merge_button = _button(
            self.tr("Merge log…"), self.tr("Add another laptop's log (safe to repeat)")
        )
        self.fullscreen_button = _button(self.tr("Full screen"), "F11")
        self.title_bar = TitleBar(
            self.header,
            subtitle,
            (
                self.import_button,
                self.badges_button,
                self.export_button,
                self.merge_button,
                self.fullscreen_button,
            ),
        )
        return self.title_bar

    def _controls(self) -> QHBoxLayout:
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Session")))
        self.session_combo = QComboBox()
        self.session_combo.setMinimumWidth(280)
        self.session_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        controls.addWidget(self.session_combo)
        self.checkout = QCheckBox(self.tr("Check-out"))
        self.checkout.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        controls.addWidget(self.checkout)
        self.sound_box = QCheckBox(self.tr("Sounds"))
        self.sound_box.setChecked(True)
        self.sound_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sound_box.toggled.connect(lambda on: setattr(self.sounds, "enabled", on))
        controls.addWidget(self.sound_box)
        controls.addStretch(1)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("sectionTitle")
        controls.addWidget(self.counts_label)
        return controls

    def _scan_column(self) -> QVBoxLayout:
        left = QVBoxLayout()
        self.input = ScannerInput()
        self.input.setPlaceholderText(self.tr("Scan a badge or type its code, then Enter"))
        font = QFont(self.input.font())
        font.setPointSize(18)
        self.input.setFont(font)
        self.input.setMinimumHeight(52)
        self.input.submitted.connect(lambda text: self.submit(text, "scanner"))
        left.addWidget(self.input)
        self.panel = ResultPanel()
        left.addWidget(self.panel, 1)
        row = QHBoxLayout()
        self.walk_in_button = _button(self.tr("Walk-in…"), self.tr("Someone who did not register (Ctrl+N)"))
        self.walk_in_button.setObjectName("primary")
        self.undo_button = _button(self.tr("Undo last check-in"), "Ctrl+Z")
        row.addWidget(self.walk_in_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        self.device_label = QLabel(self.tr("This laptop: {0}").format(self.desk.device))
        self.device_label.setObjectName("subtitle")
        row.addWidget(self.device_label)
        left.addLayout(row)
        self.progress = ProgressPanel()
        left.addWidget(self.progress)
        return left

    def _search_box(self) -> QGroupBox:
        search_box = QGroupBox(self.tr("Find by name"))
        sv = QVBoxLayout(search_box)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, organisation or badge number"))
        self.search.setClearButtonEnabled(True)
        self.search.setProperty("keepsFocus", True)
        sv.addWidget(self.search)
        self.results = QListWidget()
        self.results.setProperty("keepsFocus", True)
        self.results.setMinimumHeight(160)
        sv.addWidget(self.results)
        return search_box

    def _camera_box(self) -> QGroupBox:
        camera_box = QGroupBox(self.tr("Camera"))
        cv = QVBoxLayout(camera_box)
        crow = QHBoxLayout()
        self.camera_combo = QComboBox()
        self.camera_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.camera_button = _button(self.tr("Start camera"))
        crow.addWidget(self.camera_combo, 1)
        crow.addWidget(self.camera_button)
        cv.addLayout(crow)
        self.preview = QLabel()
        self.preview.setMinimumSize(280, 180)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("subtitle")
        cv.addWidget(self.preview)
        return camera_box

    def _wire(self) -> None:
        self._focus_timer = QTimer(self)
        self._focus_timer.setSingleShot(True)
        self._focus_timer.setInterval(0)
        self._focus_timer.timeout.connect(self.input.setFocus)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.results.itemActivated.connect(self._pick)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.undo_button.clicked.connect(self.undo_last)
        self.fullscreen_button.clicked.connect(self.toggle_full_screen)
        self.import_button.clicked.connect(self.import_registrations)
        self.badges_button.clicked.connect(self.print_badges)
        self.export_button.clicked.connect(self.export_log)
        self.merge_button.clicked.connect(self.merge_log)
        self.camera_button.clicked.connect(self.toggle_camera)
        self.session_combo.currentIndexChanged.connect(lambda _i: self.refresh_counts())
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_walk_in)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    # ---- state ----------------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        return self.session_combo.currentData()

    @property
    def direction(self) -> str:
        return "out" if self.checkout.isChecked() else "in"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.camera is not None and self.camera.running:
            self.toggle_camera()
        super().hideEvent(event)

    def _store_changed(self, topic: StoreTopic) -> None:
        # PARTICIPANTS: the first registration import of a new event makes its signing key, which the
        # desk must know before the first badge is scanned
        if topic in (StoreTopic.EVENT, StoreTopic.SESSIONS, StoreTopic.PARTICIPANTS):
            self.desk.reload()
            self._reload_sessions()
        if topic in (StoreTopic.PARTICIPANTS, StoreTopic.EVENT):
            self.refresh_index()
        if topic in (StoreTopic.CHECKINS, StoreTopic.PARTICIPANTS, StoreTopic.SESSIONS):
            self.refresh_counts()

    def _reload_sessions(self) -> None:
        current = self.session_id
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("Arrival at the event"), None)
        for sid, name in self.desk.sessions.items():
            self.session_combo.addItem(name, sid)
        found = self.session_combo.findData(current)
        self.session_combo.setCurrentIndex(max(found, 0))
        self.session_combo.blockSignals(False)

    def refresh_index(self) -> None:
        desk = self.desk
        self.ctx.tasks.run(
            lambda _p: desk.index(), on_done=self._index_ready, on_error=self.ctx.dialogs.error, write=False
        )

    def _index_ready(self, index: ParticipantIndex) -> None:
        self.index = index
        if self.search.text().strip():
            self._run_search()

    def refresh_counts(self) -> None:
        desk, sid = self.desk, self.session_id
        self.ctx.tasks.run(
            lambda _p: (desk.counts(sid), desk.present(sid)),
            on_done=self._counts_ready,
            on_error=self.ctx.dialogs.error,
            write=False,
        )

    def _counts_ready(self, result: tuple[DeskCounts, set[int]]) -> None:
        counts, self.present = result
        text = self.tr("{0} present of {1}").format(counts.present, counts.registered)
        if counts.walk_ins:
            text += self.tr(" · {0} walk-ins").format(counts.walk_ins)
        if counts.failed:
            text += self.tr(" · failed scans: {0}").format(counts.failed)
        self.counts_label.setText(text)

    # ---- scanning -------------------------------------------------------------------------------

    def submit(self, text: str, method: str = "scanner") -> None:
        """Check in whoever `text` names (from the scanner, the camera or a typed code)."""
        if not codes.clean(text):
            return
        sid, direction = self.session_id, self.direction
        self._at_desk(lambda desk: desk.scan(text, method=method, session_id=sid, direction=direction))

    def _at_desk(self, action: Callable[[Desk], ScanOutcome | None]) -> None:
        """Run a desk action on the write pool; a refused code shows on the panel, not in a dialog."""
        desk = self.desk
        self.ctx.change_later(
            lambda _ws, _progress: action(desk),
            _changed_by,
            on_done=self.show_outcome,
            on_error=self._scan_failed,
            handled=(UserError,),
        )

    def show_outcome(self, outcome: ScanOutcome | None) -> None:
        if outcome is None:
            self.panel.show_idle(self.tr("Nothing to undo on this laptop."))
            return
        self.last_outcome = outcome
        self.panel.show_outcome(outcome, self.ctx.times())
        self.sounds.play(outcome.result)
        self.outcome_shown.emit(outcome)
        if StoreTopic.CHECKINS not in _changed_by(outcome):  # a failed scan is logged but not counted
            self.refresh_counts()

    def _scan_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.panel.show_refused(exc.describe())
            self.sounds.play(CheckinResult.INVALID)
        self.input.setFocus()

    def undo_last(self) -> None:
        self._at_desk(lambda desk: desk.undo_last())

    # ---- search and walk-ins --------------------------------------------------------------------

    def _run_search(self) -> None:
        self.results.clear()
        for person in self.index.search(self.search.text()):
            parts = [person.label]
            if person.organisation:
                parts.append(person.organisation)
            if person.badge_number is not None and person.name:
                parts.append(self.tr("badge {0}").format(person.badge_number))
            text = " · ".join(parts)
            if person.id in self.present:
                text = "✓ " + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _search_enter(self) -> None:
        text = self.search.text()
        if " " not in text.strip() and len(text.strip()) >= codes.CODE_LENGTH // 2:  # a scanner typed here
            self.search.clear()
            self.submit(text, "scanner")
            self.input.setFocus()
            return
        self._search_timer.stop()
        self._run_search()
        item = self.results.currentItem()
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        sid, direction = self.session_id, self.direction
        self._at_desk(lambda desk: desk.check_in(pid, method="search", session_id=sid, direction=direction))
        self.search.clear()
        self.results.clear()
        self.input.setFocus()

    def open_walk_in(self) -> None:
        dialog = WalkInDialog(self)
        dialog.accepted.connect(lambda: self._add_walk_in(dialog.values()))
        dialog.finished.connect(lambda _r: self.input.setFocus())
        self.walk_in_dialog = dialog
        dialog.open()

    def _add_walk_in(self, values: dict[str, str | None]) -> None:
        sid = self.session_id
        self._at_desk(lambda desk: desk.walk_in(session_id=sid, **values))

    # ---- camera ---------------------------------------------------------------------------------

    def _no_camera(self) -> str:
        return self.tr(
            "No camera found on this laptop. Use the USB scanner, type the code printed under the QR, "
            "or search the name."
        )

    def _fill_cameras(self) -> None:
        self.camera_combo.clear()
        try:
            cameras = CameraReader.cameras()
        except ImportError:
            cameras = []
        for description, device in cameras:
            self.camera_combo.addItem(description, device)
        has = bool(cameras)
        self.camera_combo.setEnabled(has)
        self.camera_button.setEnabled(has)
        self.preview.setText(self.tr("Pick a camera and start it.") if has else self._no_camera())

    def toggle_camera(self) -> None:
        if self.camera is not None and self.camera.running:
            self.camera.stop()
            self.camera_button.setText(self.tr("Start camera"))
            self.preview.clear()
            self.preview.setText(self.tr("Camera stopped."))
            return
        device = self.camera_combo.currentData()
        if device is None:
            self.preview.setText(self._no_camera())
            return
        if self.camera is None:
            self.camera = CameraReader(self.decoder, self)
            self.camera.frame.connect(self._show_frame)
            self.camera.error.connect(
                lambda text: self.preview.setText(self.tr("Camera problem: {0}").format(text))
            )
        self.camera.start(device)
        self.camera_button.setText(self.tr("Stop camera"))

    def _show_frame(self, image: QImage) -> None:
        if self.preview.isVisible():
            self.preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )

    # ---- window ---------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
            self.fullscreen_button.setText(self.tr("Full screen"))
        else:
            window.showFullScreen()
            self.fullscreen_button.setText(self.tr("Leave full screen"))
        self.input.setFocus()

    # ---- registrations, badges, logs ------------------------------------------------------------

    def import_registrations(self, path: Path | None = None) -> None:
        path = path or self.ctx.dialogs.open_file(
            self.tr("Import registrations"), self.tr("Participant lists (*.csv *.tsv *.txt *.xlsx)")
        )
        if path is None:
            return
        try:
            table = read_table(path)
            mapping = actions.mapping_for(self.ctx.workspace, table)
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return
        dialog = MappingDialog(table, mapping, self)
        dialog.accepted.connect(lambda: self._run_import(table, dialog.mapping()))
        self.mapping_dialog = dialog
        dialog.open()

    def _run_import(self, table: Table, mapping: ColumnMapping) -> None:
        def done(summary: ImportSummary) -> None:
            self.progress.finish()
            text = registrations_imported(summary)
            errors = summary.errors
            if errors:
                text += "\n\n" + "\n".join(errors[:12])
            self.ctx.dialogs.inform(self.tr("Registrations imported"), text)

        handle = self.ctx.change_later(
            lambda ws, progress: actions.import_list(ws, table, mapping, progress),
            (StoreTopic.PARTICIPANTS,),
            on_done=done,
            on_error=self._task_ended,
            on_progress=self.progress.update_progress,
            handled=(),  # a cancelled import is said in a dialog too: the volunteer may have walked away
        )
        self.progress.start(handle, self.tr("Importing registrations…"))

    def print_badges(self, path: Path | None = None, layout: str | None = None) -> None:
        path = path or self.ctx.dialogs.save_file(
            self.tr("Save badges"), "badges.pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        if layout is None:
            choice = self.ctx.dialogs.choose(
                self.tr("Badge layout"),
                self.tr("How should the badges be printed?"),
                [self.tr("One A4 ticket per person"), self.tr("Label sheets, 8 per page"), self.tr("Cancel")],
            )
            if choice == 2:
                return
            layout = ("tickets", "labels")[choice]
        ws = self.ctx.workspace

        def done(count: int) -> None:
            self.progress.finish()
            self.ctx.dialogs.inform(self.tr("Badges ready"), self.tr("{0} badges in {1}").format(count, path))

        handle = self.ctx.tasks.run(
            lambda progress: actions.print_badges(ws, path, layout=layout, progress=progress),
            on_done=done,
            on_error=self._read_failed,
            on_progress=self.progress.update_progress,
            write=False,
        )
        self.progress.start(handle, self.tr("Writing badges…"))

    def export_log(self, path: Path | None = None) -> None:
        suggested = f"checkin-log-{self.desk.device}.json"
        path = path or self.ctx.dialogs.save_file(
            self.tr("Export check-in log"), suggested, self.tr("Log (*.json)")
        )
        if path is None:
            return
        ws, device = self.ctx.workspace, self.desk.device
        self.ctx.tasks.run(
            lambda _p: actions.export_log_file(ws, path, device),
            on_done=lambda r: self.ctx.dialogs.inform(
                self.tr("Log exported"),
                self.tr("{0} rows and {1} walk-ins written to {2}").format(r[0], r[1], path),
            ),
            on_error=self._read_failed,
            write=False,
        )

    def merge_log(self, path: Path | None = None) -> None:
        path = path or self.ctx.dialogs.open_file(self.tr("Merge a check-in log"), self.tr("Log (*.json)"))
        if path is None:
            return
        log = path

        def done(summary: MergeSummary) -> None:
            self.ctx.dialogs.inform(self.tr("Log merged"), log_merged(summary))

        self.ctx.change_later(
            lambda ws, progress: actions.merge_log_file(ws, log, progress),
            (StoreTopic.CHECKINS, StoreTopic.PARTICIPANTS),
            on_done=done,
            on_error=self._task_ended,
            handled=(),
        )

    def _task_ended(self, _exc: BaseException) -> None:
        """After a failed task (the error itself is shown by whoever ran it)."""
        self.progress.finish()
        self.input.setFocus()

    def _read_failed(self, exc: BaseException) -> None:
        self._task_ended(exc)
        self.ctx.dialogs.error(exc)
