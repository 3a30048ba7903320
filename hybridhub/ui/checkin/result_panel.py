"""The large result panel a door volunteer glances at: green welcome, amber already, red problem."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hybridhub.checkin.desk import ScanOutcome
from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models.checkin import CheckinResult
from hybridhub.ui.style import active_theme

IDLE = "idle"  # nothing scanned yet, or a message that is not a scan's outcome
COLOURS: dict[str, tuple[str, str]] = {
    CheckinResult.OK: ("#2e7d32", "#ffffff"),
    CheckinResult.ALREADY: ("#f9a825", "#1b1b1b"),
    CheckinResult.INVALID: ("#c62828", "#ffffff"),
    CheckinResult.OTHER_EVENT: ("#c62828", "#ffffff"),
    CheckinResult.UNDO: ("#455a64", "#ffffff"),
    IDLE: ("#eceff1", "#37474f"),
}
HEADLINES = {
    CheckinResult.OK: "Welcome",
    CheckinResult.ALREADY: "Already checked in",
    CheckinResult.INVALID: "Not a valid code",
    CheckinResult.OTHER_EVENT: "Code from another event",
    CheckinResult.UNDO: "Undone",
}
STATE_OF: dict[str, str] = {
    CheckinResult.OK: "green",
    CheckinResult.ALREADY: "amber",
    CheckinResult.INVALID: "red",
    CheckinResult.OTHER_EVENT: "red",
    CheckinResult.UNDO: "grey",
    IDLE: "idle",
}


class ResultPanel(QFrame):
    """Shows one outcome; `state` is 'green', 'amber', 'red', 'grey' or 'idle' (tests read it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(6)
        layout.addStretch(1)
        self.headline = QLabel()
        self.headline.setObjectName("resultHeadline")
        self.name = QLabel()
        self.name.setObjectName("resultName")
        self.name.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("resultDetail")
        self.detail.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("resultHint")
        self.hint.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("resultWhere")
        self.where.setWordWrap(True)
        for label in (self.headline, self.name, self.detail, self.hint, self.where):
            label.setWordWrap(True)
            # long names and messages wrap instead of widening the desk
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        layout.addStretch(1)
        self.state = IDLE
        self.show_idle(self.tr("Ready — scan a badge, type its code, or search a name."))

    def _paint(self, result: str) -> None:
        background, text = COLOURS[result]
        if result == IDLE:  # the outcomes' strong colours read in both modes; the idle panel follows
            theme = active_theme()
            background, text = theme.idle_back, theme.text
        self.state = STATE_OF[result]
        self.setStyleSheet(
            f"QFrame#resultPanel {{ background: {background}; border-radius: 14px; }}"
            f"QFrame#resultPanel QLabel {{ color: {text}; background: transparent; }}"
            "QLabel#resultHeadline { font-size: 20pt; font-weight: 600; }"
            "QLabel#resultName { font-size: 34pt; font-weight: 700; }"
            "QLabel#resultDetail { font-size: 15pt; }"
            "QLabel#resultHint { font-size: 12pt; font-style: italic; }"
            "QLabel#resultWhere { font-size: 12pt; }"
        )

    def show_idle(self, text: str) -> None:
        self._show_message(IDLE, text)

    def show_refused(self, text: str) -> None:
        """A scan the desk could not even log (e.g. a code too long to be one): red, with the reason."""
        self._show_message(CheckinResult.INVALID, text)

    def _show_message(self, look: str, text: str) -> None:
        self._paint(look)
        self.headline.setText(self.tr("Check-in desk"))
        self.name.setText("")
        self.name.setVisible(False)
        self.detail.setText(text)
        self.hint.setVisible(False)
        self.where.setVisible(False)

    def show_outcome(self, outcome: ScanOutcome, times: LocalTimes) -> None:
        """The outcome in the app's words, times in the event's zone."""
        self._paint(outcome.result)
        headline = self.tr(HEADLINES.get(outcome.result, outcome.result))
        if outcome.result == CheckinResult.OK and outcome.direction == "out":
            headline = self.tr("Checked out")
        self.headline.setText(headline)
        self.where.setText(
            self.tr("Session: {0}").format(outcome.session)
            if outcome.session
            else self.tr("Arrival at the event")
        )
        self.where.setVisible(True)
        person = outcome.participant
        self.name.setText(person.label if person else "")
        self.name.setVisible(person is not None)
        detail = self._detail(outcome, times)
        self.detail.setText(detail[:1].upper() + detail[1:])
        self.hint.setText(outcome.hint or "")
        self.hint.setVisible(bool(outcome.hint))

    def _detail(self, outcome: ScanOutcome, times: LocalTimes) -> str:
        person, result = outcome.participant, outcome.result
        if result == CheckinResult.OK:
            if person and person.organisation:
                walk_in = (
                    self.tr(" · walk-in, badge {0}").format(person.badge_number) if person.walk_in else ""
                )
                return person.organisation + walk_in
            if person and person.walk_in:
                return self.tr("Walk-in · badge {0}").format(person.badge_number)
            verb = (
                self.tr("Checked out at {0}") if outcome.direction == "out" else self.tr("Checked in at {0}")
            )
            return verb.format(times.time(outcome.scanned_at))
        if result == CheckinResult.ALREADY:
            if outcome.previous_at is None:
                return self.tr("Not checked in, so not checked out")
            verb = (
                self.tr("Already checked out at {0} on laptop {1}")
                if outcome.direction == "out"
                else self.tr("Already checked in at {0} on laptop {1}")
            )
            return verb.format(times.time(outcome.previous_at), outcome.previous_device or "?")
        if result == CheckinResult.UNDO:
            return self.tr("Check-out undone") if outcome.direction == "out" else self.tr("Check-in undone")
        return outcome.message  # why a code was refused, as the code checker says it
