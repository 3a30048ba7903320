"""After `make run` (the app opens demo.hybridhub), a plain `hybridhub stats` looked for
workshop.hybridhub and failed: the CLI's default is now the workspace the app used last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hybridhub.cli import main
from hybridhub.core.paths import data_dir, default_workspace
from hybridhub.ui.settings import Settings


def test_the_cli_opens_the_workspace_the_app_used_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert default_workspace() == data_dir() / "workshop.hybridhub"
    copy = tmp_path / "démo forum.hybridhub"
    assert main(["demo", "-o", str(copy)]) == 0  # a file, whichever backend the suite runs on
    capsys.readouterr()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.add_recent(copy)  # what the app does on opening a workspace
    assert default_workspace() == copy.resolve()
    assert main(["stats"]) == 0
    assert "Living well with MS" in capsys.readouterr().out
    copy.unlink()  # gone since: back to the usual default
    assert default_workspace() == data_dir() / "workshop.hybridhub"
