from __future__ import annotations

from pathlib import Path

from hybridhub.app import ensure_demo, start_workspace
from hybridhub.core.paths import demo_workspace
from hybridhub.core.workspace import create_workspace, open_workspace
from hybridhub.ui.settings import Settings


def test_first_start_creates_and_opens_the_demo(settings: Settings) -> None:
    assert not demo_workspace().exists()
    path = start_workspace(None, settings, demo=False)
    assert path == demo_workspace() and path.exists()
    ws = open_workspace(path)
    with ws.session() as s:
        assert "Living well with MS" in ws.event(s).title
    ws.close()
    assert ensure_demo() == path  # built once, then reused


def test_later_starts_open_the_last_workspace(settings: Settings, tmp_path: Path) -> None:
    mine = tmp_path / "mine.hybridhub"
    create_workspace(mine, "Mine").close()
    settings.add_recent(mine)
    assert start_workspace(None, settings, demo=False) == mine
    assert start_workspace(None, settings, demo=True) == demo_workspace()
    mine.unlink()  # moved or deleted since: fall back to the demo rather than fail
    assert start_workspace(None, settings, demo=False) == demo_workspace()
