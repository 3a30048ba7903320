"""Save and open dialogs opened in the folder the app was started from: they open in Documents, then
in the folder used last."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from hybridhub.ui.dialogs import DialogService


def test_file_dialogs_open_in_documents_then_the_last_folder(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[str] = []
    chosen = tmp_path / "rapports" / "rapport été.pdf"

    def save(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(chosen), ""

    def open_one(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_one)
    dialogs = DialogService()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert dialogs.save_file("Save badges", "badges.pdf") == chosen
    assert asked[0] == str(Path(documents or Path.home()) / "badges.pdf")
    assert dialogs.open_file("Open workspace") is None  # cancelled: the folder stays
    assert asked[1] == str(chosen.parent)
    dialogs.save_file("Save the report", "report.pdf")
    assert asked[2] == str(chosen.parent / "report.pdf")
