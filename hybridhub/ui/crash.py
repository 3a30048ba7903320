"""What happens on an error nobody expected: it goes to a rotating log file in the data folder, and a
dialog says what to do and where that log is (before, the traceback went to a terminal nobody sees).

The log holds tracebacks, not the texts or names the app handles; it is owner-only like every file the
app writes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from hybridhub.core.files import make_private

log = logging.getLogger("hybridhub")
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_log(folder: Path) -> Path:
    """Log warnings and errors of the app to `folder/logs/hybridhub.log` (3 older files kept)."""
    path = folder / "logs" / "hybridhub.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(h, RotatingFileHandler) and h.baseFilename == str(path) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        make_private(path)  # tracebacks may name files; owner-only even without the app's umask
    log.setLevel(logging.INFO)
    return path


def crash_text(log_path: Path) -> tuple[str, str]:
    """The dialog's title and text, in the app's language."""
    title = QCoreApplication.translate("Crash", "Something went wrong")
    text = QCoreApplication.translate(
        "Crash",
        "HybridHub hit an error it did not expect. What you had saved is safe: every change is stored "
        "as it is made.\n\nWhat to do: try again; if it happens again, close and restart HybridHub, and "
        "send the log file to whoever supports you.\n\nThe log is here: {0}",
    ).format(log_path)
    return title, text


def install_excepthook(log_path: Path, show: Callable[[str, str], object]) -> None:
    """Log any uncaught exception and `show(title, text)` instead of printing to a terminal."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("uncaught error", exc_info=(kind, exc, tb))
        show(*crash_text(log_path))

    sys.excepthook = hook
