"""An uncaught error showed nothing and logged nowhere: it goes to a rotating log in the data folder and
a dialog says what to do and where the log is."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from hybridhub.ui.crash import install_excepthook, log, setup_log


def test_an_uncaught_error_is_logged_and_explained(qapp: object, tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    before = sys.excepthook
    path = setup_log(tmp_path)
    try:
        install_excepthook(path, lambda title, text: shown.append((title, text)))
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        for handler in log.handlers:
            handler.flush()
        assert path == tmp_path / "logs" / "hybridhub.log"
        written = path.read_text(encoding="utf-8")
        assert "RuntimeError: boom in a slot" in written and "Traceback" in written
        ((title, text),) = shown
        assert title == "Something went wrong" and str(path) in text and "What to do" in text
        assert path.stat().st_mode & 0o077 == 0 or sys.platform == "win32"  # owner-only
    finally:
        sys.excepthook = before
        for handler in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:
            log.removeHandler(handler)
            handler.close()
