"""Every file HybridHub writes is owner-only (0600), whatever the umask of the process that calls the
services; the CLI sets a private umask for anything else it creates."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hybridhub.checkin.actions import export_log_file, print_badges
from hybridhub.checkin.keys import make_door_copy
from hybridhub.core.workspace import Workspace, backup_sqlite, create_workspace, open_workspace
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.templates import find_form
from hybridhub.reports.exports import export
from hybridhub.reports.report import build_report

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _loose_umask() -> Iterator[None]:
    """A caller whose umask would make files world-readable (0644)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_workspace_and_its_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "w.hybridhub"
    ws = create_workspace(path, "Forum")
    try:
        with ws.transaction() as s:
            ws.event(s).venue = "Salle 2"  # something in the WAL
        for name in ("w.hybridhub", "w.hybridhub-wal", "w.hybridhub-shm"):
            assert _mode(tmp_path / name) == 0o600, name
    finally:
        ws.close()


def test_an_old_loose_workspace_is_tightened_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "w.hybridhub"
    create_workspace(path, "Forum").close()
    os.chmod(path, 0o644)
    open_workspace(path).close()
    assert _mode(path) == 0o600


def test_backups_and_door_copies_are_owner_only(workspace: Workspace, tmp_path: Path) -> None:
    if workspace.path is not None:  # a file is backed up before an upgrade (a server: its own dumps)
        backup = backup_sqlite(workspace.path, "before-9999")
        assert _mode(backup) == 0o600
        assert sqlite3.connect(backup).execute("SELECT count(*) FROM events").fetchone() == (1,)
    door = tmp_path / "door.hybridhub"
    make_door_copy(workspace.target, door)  # from a file, or copied row by row from a server
    assert _mode(door) == 0o600


def test_exports_reports_badges_forms_and_logs_are_owner_only(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    written = []
    with ws.session() as s:
        event = ws.event(s)
        for fmt in ("csv", "xlsx", "json"):
            export(s, event, tmp_path / f"out.{fmt}", fmt)
            written.append(tmp_path / f"out.{fmt}")
        build_report(s, event, tmp_path / "report.pdf")
        written.append(tmp_path / "report.pdf")
    print_badges(ws, tmp_path / "badges.pdf")
    export_log_file(ws, tmp_path / "door.json", "Door-1")
    with ws.transaction() as s:
        print_forms(s, ws.event(s), find_form("session-feedback"), tmp_path / "forms.pdf", copies=1)
    written += [tmp_path / "badges.pdf", tmp_path / "door.json", tmp_path / "forms.pdf"]
    modes = {p.name: oct(_mode(p)) for p in written}
    assert set(modes.values()) == {"0o600"}, modes


def test_the_cli_creates_owner_only_files_for_a_loose_caller(tmp_path: Path) -> None:
    env = {**os.environ, "HYBRIDHUB_DATA_DIR": str(tmp_path / "data")}
    env.pop("HYBRIDHUB_KEYSTORE")  # the key store in its default place, the data folder
    path = tmp_path / "cli.hybridhub"
    run = [sys.executable, "-m", "hybridhub"]
    subprocess.run([*run, "init", str(path), "--event", "Forum"], check=True, env=env, capture_output=True)
    notes = [*run, "notes", "add", "-w", str(path), "Buses stop at 7pm"]
    subprocess.run(notes, check=True, env=env, capture_output=True)
    out = tmp_path / "all.csv"
    subprocess.run([*run, "export", "-w", str(path), "--format", "csv", "-o", str(out)], check=True, env=env)
    assert _mode(path) == 0o600 and _mode(out) == 0o600
    keys = tmp_path / "data" / "keys"
    assert _mode(keys) == 0o700
    assert {oct(_mode(p)) for p in keys.rglob("*.key")} == {"0o600"}
