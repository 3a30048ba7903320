"""The PyInstaller app that `make dist` built: it starts offscreen and runs demo, report and forms print
from its own folder, with no Python or repository around. Skipped unless HYBRIDHUB_DIST names the
built folder (`make dist` sets it after building)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import check_installed_app, isolated_env

DIST = os.environ.get("HYBRIDHUB_DIST")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DIST, reason="set HYBRIDHUB_DIST to a folder built by `make dist`"),
]


def test_the_built_app_runs_demo_report_and_the_window(tmp_path: Path) -> None:
    folder = Path(DIST or "").resolve()
    internal = folder / "_internal"
    for shipped in ("fonts/DejaVuSans.ttf", "sounds/ok.wav", "locale/it/LC_MESSAGES/hybridhub.mo"):
        assert (internal / "hybridhub" / "_resources" / shipped).is_file(), shipped
    assert (internal / "hybridhub" / "_forms" / "session-feedback.yaml").is_file()
    assert not list(internal.rglob("*.po")) and not list(internal.rglob("hybridhub_*.ts"))
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = isolated_env(tmp_path / "home")
    exe = ".exe" if sys.platform == "win32" else ""
    check_installed_app([str(folder / f"hybridhub-cli{exe}")], [str(folder / f"HybridHub{exe}")], work, env)
