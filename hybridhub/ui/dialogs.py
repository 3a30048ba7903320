"""Dialogs behind a small service, so flows can be driven in tests without modal boxes.

`DialogService` shows real Qt dialogs; `ScriptedDialogs` answers from queues and records what was shown.
"""

from __future__ import annotations

import logging
import traceback
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from hybridhub.core.progress import Cancelled
from hybridhub.core.server import as_user_error

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(title, message) for an error: a UserError's own words, or a plain note that this is a bug."""
    found = as_user_error(exc)  # a UserError, or a shared store's race or lost connection in plain words
    if found is not None:
        return "Cannot do that", found.describe()
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
        self.last_folder: Path | None = None  # where the last file was opened or saved

    def error(self, exc: BaseException) -> None:
        title, message = describe_error(exc)
        if as_user_error(exc) is None and not isinstance(exc, Cancelled):
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

    def choose(self, title: str, text: str, choices: list[str]) -> int:
        """The index of the named choice clicked; the last choice (the safe one, e.g. Cancel) is the
        default and what Escape or closing the box gives."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.parent
        )
        buttons = [box.addButton(name, QMessageBox.ButtonRole.ActionRole) for name in choices]
        box.setDefaultButton(buttons[-1])
        box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else len(choices) - 1

    def get_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return text if ok else None

    def start_in(self, suggested: str = "") -> str:
        """Where a file dialog opens: the folder used last, else Documents (not the folder the app was
        started from), with the suggested file name."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = self.last_folder or Path(documents or Path.home())
        return str(folder / Path(suggested).name) if suggested else str(folder)

    def _used(self, path: Path) -> Path:
        self.last_folder = path.parent
        return path

    def open_file(self, caption: str, filter: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, caption, self.start_in(), filter)
        return self._used(Path(name)) if name else None

    def open_files(self, caption: str, filter: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.parent, caption, self.start_in(), filter)
        return [self._used(Path(n)) for n in names]

    def save_file(self, caption: str, suggested: str = "", filter: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, caption, self.start_in(suggested), filter)
        return self._used(Path(name)) if name else None

    def ask_server(self, remembered: str = "", problem: str = "") -> str | None:
        """Where a server workspace is and who opens it: a URL (password included if one was typed),
        or None if cancelled. `remembered` fills the fields in; `problem` says why it is asked again."""
        from hybridhub.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self.parent, remembered, problem)
        return dialog.target() if dialog.exec() == ServerDialog.DialogCode.Accepted else None


class ScriptedDialogs(DialogService):
    """For tests: answers come from `answers` (a queue per method name); everything shown is recorded."""

    def __init__(self, **answers: list[Any]) -> None:
        super().__init__(None)
        self.answers = {name: deque(values) for name, values in answers.items()}
        self.shown: list[tuple[str, str, str]] = []
        # the named buttons of each `ask` (("", "") for Yes/No) or `choose`
        self.choices: list[tuple[str, ...]] = []

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

    def choose(self, title: str, text: str, choices: list[str]) -> int:
        self.shown.append(("choose", title, text))
        self.choices.append(tuple(choices))
        return int(self._next("choose", len(choices) - 1))

    def get_text(self, title: str, label: str, default: str = "") -> str | None:
        self.shown.append(("get_text", title, label))
        return self._next("get_text", None)

    def open_file(self, caption: str, filter: str = "") -> Path | None:
        return self._next("open_file", None)

    def open_files(self, caption: str, filter: str = "") -> list[Path]:
        return self._next("open_files", [])

    def save_file(self, caption: str, suggested: str = "", filter: str = "") -> Path | None:
        return self._next("save_file", None)

    def ask_server(self, remembered: str = "", problem: str = "") -> str | None:
        self.shown.append(("ask_server", remembered, problem))
        return self._next("ask_server", None)

    def errors(self) -> list[str]:
        return [text for kind, _title, text in self.shown if kind == "error"]
