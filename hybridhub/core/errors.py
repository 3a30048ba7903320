"""Errors a user can cause, with messages a facilitator understands.

The CLI prints a `UserError` on stderr and exits 2; the GUI shows it in a dialog. Any other
exception is a bug.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """Something the user can fix: a bad file, a missing workspace, a forged code."""

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        self.hint = hint
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line: where (file, line, field), what went wrong, and a hint if there is one."""
        where = ""
        if self.file:
            where = self.file + (f", line {self.line}" if self.line is not None else "")
        elif self.line is not None:
            where = f"line {self.line}"
        if self.field:
            where = f"{where}, field '{self.field}'" if where else f"field '{self.field}'"
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return text


class WorkspaceError(UserError):
    """The workspace file is missing, unreadable, not a workspace, or from a newer version."""


class NotFoundError(UserError):
    """A named thing (session, participant, form, preset) does not exist."""


class ValidationError(UserError):
    """A value entered or read does not have the expected form."""


class ImportFormatError(UserError):
    """An import file is damaged, unsafe or not of the expected format."""


class DuplicateError(UserError):
    """Something that may be captured only once was captured already."""


class ConcurrentChangeError(UserError):
    """Another user of a shared store changed the same records at the same moment; nothing was saved."""

    def __init__(self) -> None:
        super().__init__(
            "another user changed the same records at the same moment; nothing was saved",
            hint="try again",
        )


class MissingKeyError(UserError):
    """A secret of the event (its hash key, a private signing key) is not in this laptop's key store."""
