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
    QVBoxLayout,
    QWidget,
)

from hybridhub.core.clock import utcnow
from hybridhub.events.actions import event_info
from hybridhub.notes.actions import (
    bump,
    create_tally,
    list_sessions,
    load_draft,
    save_note,
    session_notes,
    set_count,
)
from hybridhub.notes.agenda import SessionInfo, clock_on_agenda, running_session
from hybridhub.notes.autosave import AutosavePolicy
from hybridhub.notes.capture import MAX_VOICES, NoteInput, NoteView
from hybridhub.notes.drafts import Draft, save_draft
from hybridhub.notes.tallies import OptionView
from hybridhub.people.actions import people_choices
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page, column, side_by_side
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets import SectionHeader
from hybridhub.ui.widgets.notice import warning_label

AUTOSAVE_MS = 500


class NoteEdit(QPlainTextEdit):
    """Enter submits; Shift+Enter inserts a line break."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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


class NotesPage(Page):
    title = "Notes"
    icon_name = "notes"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._event_id = event_info(ctx.workspace).id
        self._times = ctx.times()
        self.policy = AutosavePolicy(AUTOSAVE_MS / 1000)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.save_draft_now)
        self._restoring = False
        outer = self.page_layout(
            self.tr("Notes"),
            self.tr(
                "Type what the room says. Enter saves, Shift+Enter breaks the line, #tags become themes."
            ),
        )
        self.clock_warning = warning_label("clockWarning")
        outer.addWidget(self.clock_warning)
        outer.addLayout(self._note_fields())
        outer.addWidget(side_by_side(self._editor_panel(), self._tallies_panel(), (760, 420)), 1)
        self.tally_boxes: list[TallyBox] = []
        self._fill_sessions()
        self._fill_speakers()
        self._restore_draft()
        self.listen(self._store_changed)

    def _note_fields(self) -> QHBoxLayout:
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
        speaker_line = self.speaker_combo.lineEdit()
        assert speaker_line is not None  # the combo is editable
        speaker_line.setPlaceholderText(self.tr("a person or a group"))
        self.speaker_combo.editTextChanged.connect(lambda _t: self._changed())
        top.addWidget(self.speaker_combo)
        self.quote_check = QCheckBox(self.tr("Quote"))
        self.quote_check.setToolTip(self.tr("The note is a verbatim quote"))
        self.quote_check.toggled.connect(lambda _b: self._changed())
        top.addWidget(self.quote_check)
        return top

    def _editor_panel(self) -> QWidget:
        left, left_layout = column()
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
        return left

    def _tallies_panel(self) -> QWidget:
        right, right_layout = column()
        head = QHBoxLayout()
        head.addWidget(SectionHeader(self.tr("Tallies"), self.tr("Show of hands and dot votes")), 1)
        self.new_tally_button = QPushButton(self.tr("New tally…"))
        self.new_tally_button.clicked.connect(self.new_tally)
        head.addWidget(self.new_tally_button, 0, Qt.AlignmentFlag.AlignBottom)
        right_layout.addLayout(head)
        self.tallies_layout = QVBoxLayout()
        right_layout.addLayout(self.tallies_layout)
        right_layout.addStretch(1)
        return right

    # -- sessions, speakers, draft -------------------------------------------------------------
    def _fill_sessions(self) -> None:
        sessions = list_sessions(self.ctx.workspace, self._event_id)
        current = self.session_combo.currentData()
        now, zone = utcnow(), self._times.zone
        running = running_session(sessions, now, zone)
        on_agenda = clock_on_agenda(sessions, now, zone)
        self._show_clock_warning(sessions, on_agenda)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("No session"), None)
        for info in sessions:
            when = self._times.time(info.starts_at) + "  " if info.starts_at else ""
            now_mark = on_agenda and running is not None and info.id == running.id
            suffix = self.tr("  (now)") if now_mark else ""
            self.session_combo.addItem(f"{when}{info.name}{suffix}", info.id)
        self.session_combo.setToolTip(
            self.tr("Times in {0}, the event's time zone").format(self._times.zone_name)
        )
        wanted = current if current is not None else (running.id if running else None)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(wanted)))
        self.session_combo.blockSignals(False)
        self._refresh_session_views()

    def _show_clock_warning(self, sessions: list[SessionInfo], on_agenda: bool) -> None:
        """Say so when the laptop's clock is not on a day of the agenda: the session shown first is
        then only the agenda's last one, not the one running now."""
        self.clock_warning.setVisible(not on_agenda)
        if not on_agenda:
            days = sorted({self._times.local(s.starts_at).date() for s in sessions if s.starts_at})
            self.clock_warning.setText(
                self.tr(
                    "⚠ This laptop's clock says {0}, which is not a day of the agenda ({1}): "
                    "choose the session yourself, or set the clock."
                ).format(self._times.day(utcnow()), ", ".join(self._times.day(d) for d in days))
            )

    def _fill_speakers(self) -> None:
        people = people_choices(self.ctx.workspace, self._event_id)
        typed = self.speaker_combo.currentText()
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        self.speaker_combo.addItem("", None)
        for pid, label in people:
            self.speaker_combo.addItem(label, pid)
        self.speaker_combo.setEditText(typed)  # what was typed stays, not the last name of the list
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
        draft = load_draft(self.ctx.workspace, self.ctx.device_name)
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
        draft, device = self.current_draft(), self.ctx.device_name

        def done(_none: None) -> None:
            if draft.text.strip():
                stamp = self._times.time(utcnow())
                self.draft_label.setText(self.tr("Draft kept safe at %1").replace("%1", stamp))

        self.ctx.change_later(lambda ws, _progress: save_draft(ws, device, draft), on_done=done)

    # -- saving notes ----------------------------------------------------------------------------
    def save_note(self) -> None:
        draft = self.current_draft()
        if not draft.text.strip():
            return
        self.autosave_timer.stop()
        self.policy.saved(time.monotonic())
        device, event_id = self.ctx.device_name, self._event_id
        data = NoteInput(
            text=draft.text,
            session_id=draft.session_id,
            voices=draft.voices,
            speaker_participant_id=draft.speaker_participant_id,
            speaker_group=draft.speaker_group,
            is_quote=draft.is_quote,
            author=device,
        )

        def failed(_exc: BaseException) -> None:
            self._restoring = True
            self.editor.setPlainText(draft.text)  # give the text back; the draft is still stored
            self._restoring = False

        def done(_view: NoteView) -> None:
            self.draft_label.setText(self.tr("Saved"))
            self._refresh_session_views()

        self._restoring = True  # clearing the editor must not schedule an empty-draft write
        self.editor.clear()
        self.quote_check.setChecked(False)
        self.voices_spin.setValue(1)
        self.speaker_combo.setEditText("")
        self._restoring = False
        self.ctx.change_later(
            lambda ws, _progress: save_note(ws, event_id, data, device),
            (StoreTopic.NOTES, StoreTopic.CONTRIBUTIONS, StoreTopic.THEMES),
            on_done=done,
            on_error=failed,
        )

    def _session_changed(self, _index: int) -> None:
        self._refresh_session_views()
        self._changed()

    def _refresh_session_views(self) -> None:
        sid = self.session_combo.currentData()
        notes, tallies = session_notes(self.ctx.workspace, self._event_id, sid, limit=100)
        self.notes_list.clear()
        for n in notes:
            when = self._times.time(n.posted_at) if n.posted_at else ""
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
        event_id = self._event_id
        self.ctx.change(
            lambda ws: create_tally(ws, event_id, sid, question, options.split(",")),
            (StoreTopic.NOTES,),
            on_done=lambda _tally: self._refresh_session_views(),
        )

    def bump_option(self, option_id: int, delta: int) -> None:
        self.ctx.change(lambda ws: bump(ws, option_id, delta), (StoreTopic.NOTES,), on_done=self._show_count)

    def type_count(self, option_id: int, value: int) -> None:
        self.ctx.change(
            lambda ws: set_count(ws, option_id, value), (StoreTopic.NOTES,), on_done=self._show_count
        )

    def _show_count(self, option: OptionView) -> None:
        for box in self.tally_boxes:
            spin = box.spins.get(option.id)
            if spin is not None and spin.value() != option.count:
                spin.blockSignals(True)
                spin.setValue(option.count)
                spin.blockSignals(False)

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic == StoreTopic.EVENT:
            self._times = self.ctx.times()
        if topic in (StoreTopic.SESSIONS, StoreTopic.EVENT):
            self._fill_sessions()
        elif topic == StoreTopic.PARTICIPANTS:
            self._fill_speakers()
