"""Live notes: type what the room says, Enter saves (Shift+Enter breaks the line), and tallies.

The note being typed is saved as a draft at most `AUTOSAVE_MS` after a change (not after a pause:
a fast typist is saved too), so a crash or a flat battery loses at most the last second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hybridhub.core.clock import utcnow, zone
from hybridhub.core.errors import UserError
from hybridhub.notes.agenda import list_sessions, running_session
from hybridhub.notes.autosave import AutosavePolicy
from hybridhub.notes.capture import MAX_VOICES, NoteInput, add_note, list_notes
from hybridhub.notes.drafts import Draft, clear_draft, load_draft, save_draft
from hybridhub.notes.tallies import bump, create_tally, list_tallies, set_count
from hybridhub.people.directory import people_choices
from hybridhub.ui.context import AppContext
from hybridhub.ui.widgets import SectionHeader

AUTOSAVE_MS = 500


class NoteEdit(QPlainTextEdit):
    """Enter submits; Shift+Enter inserts a line break."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ShiftModifier:
            self.submitted.emit()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)


class TallyBox(QFrame):
    """One tally: question, and per option a −/+ pair around a typed count."""

    def __init__(
        self, page: NotesPage, tally_id: int, question: str, options: list[tuple[int, str, int]]
    ) -> None:
        super().__init__()
        self.setObjectName("card")
        self.page = page
        self.spins: dict[int, QSpinBox] = {}
        grid = QGridLayout(self)
        title = QLabel(question)
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 4)
        for row, (oid, label, count) in enumerate(options, start=1):
            grid.addWidget(QLabel(label), row, 0)
            minus, plus = QPushButton("−"), QPushButton("+")
            for b in (minus, plus):
                b.setFixedWidth(44)
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setValue(count)
            spin.setMinimumWidth(80)
            spin.setAccessibleName(f"{question}: {label}")
            minus.clicked.connect(lambda _c=False, o=oid: self.page.bump_option(o, -1))
            plus.clicked.connect(lambda _c=False, o=oid: self.page.bump_option(o, +1))
            spin.editingFinished.connect(lambda o=oid, sp=spin: self.page.type_count(o, sp.value()))
            grid.addWidget(minus, row, 1)
            grid.addWidget(spin, row, 2)
            grid.addWidget(plus, row, 3)
            self.spins[oid] = spin


class NotesPage(QWidget):
    title = "Notes"
    icon_name = "notes"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        with ctx.workspace.session() as s:
            event = ctx.workspace.event(s)
            self._event_id, self._tz = event.id, zone(event.timezone)
        self.policy = AutosavePolicy(AUTOSAVE_MS / 1000)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.save_draft_now)
        self._restoring = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(
            SectionHeader(
                self.tr("Notes"),
                self.tr(
                    "Type what the room says. Enter saves, Shift+Enter breaks the line, #tags become themes."
                ),
                page=True,
            )
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session")))
        self.session_combo = QComboBox()
        self.session_combo.setMinimumContentsLength(28)
        self.session_combo.currentIndexChanged.connect(self._session_changed)
        top.addWidget(self.session_combo, 1)
        top.addWidget(QLabel(self.tr("Voices")))
        self.voices_spin = QSpinBox()
        self.voices_spin.setRange(1, MAX_VOICES)
        self.voices_spin.setToolTip(self.tr("How many people speak through this note (a table of 8: 8)"))
        self.voices_spin.valueChanged.connect(lambda _v: self._changed())
        top.addWidget(self.voices_spin)
        top.addWidget(QLabel(self.tr("Speaker")))
        self.speaker_combo = QComboBox()
        self.speaker_combo.setEditable(True)
        self.speaker_combo.setMinimumContentsLength(18)
        self.speaker_combo.lineEdit().setPlaceholderText(self.tr("a person or a group"))
        self.speaker_combo.editTextChanged.connect(lambda _t: self._changed())
        top.addWidget(self.speaker_combo)
        self.quote_check = QCheckBox(self.tr("Quote"))
        self.quote_check.setToolTip(self.tr("The note is a verbatim quote"))
        self.quote_check.toggled.connect(lambda _b: self._changed())
        top.addWidget(self.quote_check)
        outer.addLayout(top)

        split = QSplitter(Qt.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = NoteEdit()
        self.editor.setPlaceholderText(self.tr("What is being said…"))
        self.editor.setMinimumHeight(110)
        self.editor.setStyleSheet("font-size: 14pt;")
        self.editor.textChanged.connect(self._changed)
        self.editor.submitted.connect(self.save_note)
        left_layout.addWidget(self.editor)
        row = QHBoxLayout()
        self.draft_label = QLabel()
        self.draft_label.setObjectName("subtitle")
        row.addWidget(self.draft_label, 1)
        self.save_button = QPushButton(self.tr("Save note  ⏎"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_note)
        row.addWidget(self.save_button)
        left_layout.addLayout(row)
        left_layout.addWidget(SectionHeader(self.tr("Notes of this session")))
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)
        left_layout.addWidget(self.notes_list, 1)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(SectionHeader(self.tr("Tallies"), self.tr("Show of hands and dot votes")), 1)
        self.new_tally_button = QPushButton(self.tr("New tally…"))
        self.new_tally_button.clicked.connect(self.new_tally)
        head.addWidget(self.new_tally_button, 0, Qt.AlignBottom)
        right_layout.addLayout(head)
        self.tallies_layout = QVBoxLayout()
        right_layout.addLayout(self.tallies_layout)
        right_layout.addStretch(1)
        split.addWidget(right)
        split.setSizes([760, 420])
        outer.addWidget(split, 1)

        self.tally_boxes: list[TallyBox] = []
        self._fill_sessions()
        self._fill_speakers()
        self._restore_draft()
        ctx.store.changed.connect(self._store_changed)

    # -- sessions, speakers, draft -------------------------------------------------------------
    def _fill_sessions(self) -> None:
        with self.ctx.workspace.session() as s:
            sessions = list_sessions(s, self._event_id)
        current = self.session_combo.currentData()
        running = running_session(sessions, utcnow())
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("No session"), None)
        for info in sessions:
            when = info.starts_at.astimezone(self._tz).strftime("%H:%M") + "  " if info.starts_at else ""
            suffix = self.tr("  (now)") if running is not None and info.id == running.id else ""
            self.session_combo.addItem(f"{when}{info.name}{suffix}", info.id)
        wanted = current if current is not None else (running.id if running else None)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(wanted)))
        self.session_combo.blockSignals(False)
        self._refresh_session_views()

    def _fill_speakers(self) -> None:
        with self.ctx.workspace.session() as s:
            people = people_choices(s, self._event_id)
        text = self.speaker_combo.currentText()
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        self.speaker_combo.addItem("", None)
        for pid, text in people:
            self.speaker_combo.addItem(text, pid)
        self.speaker_combo.setEditText(text)
        self.speaker_combo.blockSignals(False)

    def _speaker(self) -> tuple[int | None, str | None]:
        text = self.speaker_combo.currentText().strip()
        if not text:
            return None, None
        index = self.speaker_combo.findText(text)
        if index > 0:
            return self.speaker_combo.itemData(index), None
        return None, text

    def _restore_draft(self) -> None:
        with self.ctx.workspace.session() as s:
            draft = load_draft(s, self.ctx.device_name)
        if draft is None:
            return
        self._restoring = True
        try:
            self.editor.setPlainText(draft.text)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
            self.voices_spin.setValue(draft.voices)
            self.quote_check.setChecked(draft.is_quote)
            if draft.session_id is not None and self.session_combo.findData(draft.session_id) >= 0:
                self.session_combo.setCurrentIndex(self.session_combo.findData(draft.session_id))
            if draft.speaker_participant_id is not None:
                self.speaker_combo.setCurrentIndex(
                    max(0, self.speaker_combo.findData(draft.speaker_participant_id))
                )
            elif draft.speaker_group:
                self.speaker_combo.setEditText(draft.speaker_group)
        finally:
            self._restoring = False
        self.draft_label.setText(self.tr("Unsaved note recovered from the last session"))

    def current_draft(self) -> Draft:
        speaker_id, group = self._speaker()
        return Draft(
            text=self.editor.toPlainText(),
            session_id=self.session_combo.currentData(),
            voices=self.voices_spin.value(),
            speaker_participant_id=speaker_id,
            speaker_group=group,
            is_quote=self.quote_check.isChecked(),
        )

    def _changed(self) -> None:
        if self._restoring:
            return
        now = time.monotonic()
        self.policy.changed(now)
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(int((self.policy.wait(now) or 0) * 1000))

    def save_draft_now(self) -> None:
        """Write the draft through the one-writer pool, so it is ordered with note saves."""
        self.policy.saved(time.monotonic())
        draft, ws, device = self.current_draft(), self.ctx.workspace, self.ctx.device_name

        def work(_progress: object) -> None:
            save_draft(ws, device, draft)

        def done(_r: object) -> None:
            if draft.text.strip():
                stamp = utcnow().astimezone(self._tz).strftime("%H:%M:%S")
                self.draft_label.setText(self.tr("Draft kept safe at %1").replace("%1", stamp))

        self.ctx.tasks.run(work, on_done=done, on_error=self.ctx.dialogs.error, write=True)

    # -- saving notes ----------------------------------------------------------------------------
    def save_note(self) -> None:
        draft = self.current_draft()
        if not draft.text.strip():
            return
        self.autosave_timer.stop()
        self.policy.saved(time.monotonic())
        ws, device, event_id = self.ctx.workspace, self.ctx.device_name, self._event_id
        data = NoteInput(
            text=draft.text,
            session_id=draft.session_id,
            voices=draft.voices,
            speaker_participant_id=draft.speaker_participant_id,
            speaker_group=draft.speaker_group,
            is_quote=draft.is_quote,
            author=device,
        )

        def work(_progress: object) -> object:
            with ws.transaction() as s:
                view = add_note(s, event_id, data)
                clear_draft(s, device)  # the note and the draft's removal commit together
                return view

        def failed(exc: BaseException) -> None:
            self._restoring = True
            self.editor.setPlainText(draft.text)  # give the text back; the draft is still stored
            self._restoring = False
            self.ctx.dialogs.error(exc)

        def done(_view: object) -> None:
            self.draft_label.setText(self.tr("Saved"))
            self._refresh_session_views()
            self.ctx.store.notify("notes", "contributions", "themes")

        self._restoring = True  # clearing the editor must not schedule an empty-draft write
        self.editor.clear()
        self.quote_check.setChecked(False)
        self.voices_spin.setValue(1)
        self.speaker_combo.setEditText("")
        self._restoring = False
        self.ctx.tasks.run(work, on_done=done, on_error=failed, write=True)

    def _session_changed(self, _index: int) -> None:
        self._refresh_session_views()
        self._changed()

    def _refresh_session_views(self) -> None:
        sid = self.session_combo.currentData()
        with self.ctx.workspace.session() as s:
            notes = list_notes(s, self._event_id, sid, limit=100)
            tallies = list_tallies(s, self._event_id, sid) if sid is not None else []
        self.notes_list.clear()
        for n in notes:
            when = n.posted_at.astimezone(self._tz).strftime("%H:%M") if n.posted_at else ""
            extra = []
            if n.voices > 1:
                extra.append(self.tr("%n voices", "", n.voices))
            if n.speaker:
                extra.append(n.speaker)
            if n.is_quote:
                extra.append(self.tr("quote"))
            tail = f"   ({', '.join(extra)})" if extra else ""
            QListWidgetItem(f"{when}  {n.text}{tail}", self.notes_list)
        for box in self.tally_boxes:
            box.setParent(None)
            box.deleteLater()
        self.tally_boxes = []
        for t in tallies:
            box = TallyBox(self, t.id, t.question, [(o.id, o.label, o.count) for o in t.options])
            self.tallies_layout.addWidget(box)
            self.tally_boxes.append(box)
        self.new_tally_button.setEnabled(sid is not None)

    # -- tallies ---------------------------------------------------------------------------------
    def new_tally(self) -> None:
        sid = self.session_combo.currentData()
        question = self.ctx.dialogs.get_text(
            self.tr("New tally"), self.tr("Question (e.g. 'Which change first?')")
        )
        if not question:
            return
        options = self.ctx.dialogs.get_text(self.tr("New tally"), self.tr("Options, separated by commas"))
        if options is None:
            return
        try:
            with self.ctx.workspace.transaction() as s:
                create_tally(s, self._event_id, sid, question, options.split(","))
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return
        self._refresh_session_views()
        self.ctx.store.notify("notes")

    def bump_option(self, option_id: int, delta: int) -> None:
        self._write_count(lambda s: bump(s, option_id, delta))

    def type_count(self, option_id: int, value: int) -> None:
        self._write_count(lambda s: set_count(s, option_id, value))

    def _write_count(self, fn: object) -> None:
        try:
            with self.ctx.workspace.transaction() as s:
                option = fn(s)  # type: ignore[operator]
        except UserError as exc:
            self.ctx.dialogs.error(exc)
            return
        for box in self.tally_boxes:
            spin = box.spins.get(option.id)
            if spin is not None and spin.value() != option.count:
                spin.blockSignals(True)
                spin.setValue(option.count)
                spin.blockSignals(False)
        self.ctx.store.notify("notes")

    def _store_changed(self, topic: str) -> None:
        if topic == "sessions":
            self._fill_sessions()
        elif topic == "participants":
            self._fill_speakers()
