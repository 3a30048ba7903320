"""Dialogs behind a small service, so flows can be driven in tests without modal boxes.

`DialogService` shows real Qt dialogs; `ScriptedDialogs` answers from queues and records what was shown.
"""

from __future__ import annotations

import logging
import traceback
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from hybridhub.core.errors import UserError
from hybridhub.core.progress import Cancelled

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(title, message) for an error: a UserError's own words, or a plain note that this is a bug."""
    if isinstance(exc, UserError):
        return "Cannot do that", exc.describe()
    if isinstance(exc, Cancelled):
        return "Cancelled", "Cancelled. Nothing was changed."
    detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return "Unexpected error", (
        "HybridHub hit an unexpected problem; nothing half-done was saved.\n\n"
        f"Please report this with the steps that led to it:\n{detail}"
    )


class DialogService:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, exc: BaseException) -> None:
        title, message = describe_error(exc)
        if not isinstance(exc, UserError | Cancelled):
            log.error("unexpected error", exc_info=exc)
        QMessageBox.warning(self.parent, title, message)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def ask(self, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
        """True when the user chose `yes`. Name the choices ('Import anyway' / 'Cancel') where Yes/No
        would make the user read the question twice; the safe one (`no`) is the default."""
        if not yes and not no:
            answer = QMessageBox.question(
                self.parent,
                title,
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            return answer == QMessageBox.StandardButton.Yes
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.parent
        )
        accept = box.addButton(yes or "Yes", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(no or "No", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is accept

    def get_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return text if ok else None

    def open_file(self, caption: str, filter: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, caption, "", filter)
        return Path(name) if name else None

    def open_files(self, caption: str, filter: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.parent, caption, "", filter)
        return [Path(n) for n in names]

    def save_file(self, caption: str, suggested: str = "", filter: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, caption, suggested, filter)
        return Path(name) if name else None


class ScriptedDialogs(DialogService):
    """For tests: answers come from `answers` (a queue per method name); everything shown is recorded."""

    def __init__(self, **answers: list[Any]) -> None:
        super().__init__(None)
        self.answers = {name: deque(values) for name, values in answers.items()}
        self.shown: list[tuple[str, str, str]] = []
        self.choices: list[tuple[str, str]] = []  # the named buttons of each `ask`, ("", "") for Yes/No

    def _next(self, method: str, default: Any) -> Any:
        queue = self.answers.get(method)
        return queue.popleft() if queue else default

    def error(self, exc: BaseException) -> None:
        self.shown.append(("error", *describe_error(exc)))

    def inform(self, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def ask(self, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
        self.shown.append(("ask", title, text))
        self.choices.append((yes, no))
        return bool(self._next("ask", False))

    def get_text(self, title: str, label: str, default: str = "") -> str | None:
        self.shown.append(("get_text", title, label))
        return self._next("get_text", None)

    def open_file(self, caption: str, filter: str = "") -> Path | None:
        return self._next("open_file", None)

    def open_files(self, caption: str, filter: str = "") -> list[Path]:
        return self._next("open_files", [])

    def save_file(self, caption: str, suggested: str = "", filter: str = "") -> Path | None:
        return self._next("save_file", None)

    def errors(self) -> list[str]:
        return [text for kind, _title, text in self.shown if kind == "error"]
