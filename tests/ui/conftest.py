"""GUI fixtures: an AppContext on a real workspace, scripted dialogs, settings in a temp INI file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hybridhub.app import build_context
from hybridhub.core.workspace import Workspace
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


def _context(ws: Workspace, settings: Settings, dialogs: ScriptedDialogs) -> Iterator[AppContext]:
    ctx = build_context(ws, settings, dialogs)
    yield ctx
    ctx.tasks.shutdown()
    if ctx.workspace is not ws:  # a test opened another one (the window closed `ws` when it did)
        ctx.workspace.close()  # unclosed, a server's connections would be left to the collector


@pytest.fixture
def ctx(
    workspace: Workspace, settings: Settings, dialogs: ScriptedDialogs, qapp: object
) -> Iterator[AppContext]:
    """An app context on a fresh, empty workspace."""
    yield from _context(workspace, settings, dialogs)


@pytest.fixture
def demo_ctx(
    demo_workspace: Workspace, settings: Settings, dialogs: ScriptedDialogs, qapp: object
) -> Iterator[AppContext]:
    """An app context on a copy of the demo workspace."""
    yield from _context(demo_workspace, settings, dialogs)
