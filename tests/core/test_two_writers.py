"""Two writers on one workspace: the second waits its turn with a visible message, or gives up after
the write timeout with exit 2 and one line; readers are never blocked. Real processes, real file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hybridhub.analysis.stats import workspace_stats
from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.pages import count, fetch_page
from hybridhub.core.models import Contribution
from hybridhub.core.workspace import create_workspace, open_workspace

pytestmark = pytest.mark.slow
WAITING = "waiting for another HybridHub writing to"


def _chat(path: Path, messages: int, who: str) -> Path:
    lines = [
        f"6/13/18, {9 + i // 3600 % 3}:{i // 60 % 60:02d} PM - {who}: message {i} about the bus to the shops"
        for i in range(messages)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(workspace: Path, chat: Path, *extra: str, timeout: str = "120") -> subprocess.Popen[str]:
    env = {**os.environ, "HYBRIDHUB_WRITE_TIMEOUT": timeout}
    return subprocess.Popen(
        [sys.executable, "-m", "hybridhub", *extra, "import", str(chat), "-w", str(workspace), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _contributions(path: Path) -> int:
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            return s.scalar(select(func.count()).select_from(Contribution)) or 0
    finally:
        ws.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "event.hybridhub"
    create_workspace(target, "Two writers", timezone="Europe/Paris").close()
    return target


def test_two_imports_at_once_both_wait_their_turn_and_both_succeed(path: Path, tmp_path: Path) -> None:
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")  # a third writer (the app saving a note) holds the file
    one = _import(path, _chat(tmp_path / "WhatsApp Chat with Garden.txt", 300, "Carla"))
    two = _import(path, _chat(tmp_path / "WhatsApp Chat with Town Hall.txt", 200, "Dev"))
    try:
        for proc in (one, two):
            assert proc.stderr is not None
            assert WAITING in proc.stderr.readline()  # said at once, while still waiting
    finally:
        holder.rollback()
        holder.close()
    results = []
    for proc in (one, two):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        results.append(json.loads(out))
    assert [r["added"] for r in results] == [300, 200]
    assert _contributions(path) == 500


def test_imports_started_together_both_land(path: Path, tmp_path: Path) -> None:
    procs = [
        _import(path, _chat(tmp_path / f"WhatsApp Chat with Group {n}.txt", 3000, f"Person {n}"))
        for n in range(2)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and "Traceback" not in err, err
        assert json.loads(out)["added"] == 3000
    assert _contributions(path) == 6000


def test_a_writer_gives_up_after_the_timeout_with_one_clear_line(path: Path, tmp_path: Path) -> None:
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        proc = _import(path, _chat(tmp_path / "WhatsApp Chat with Garden.txt", 50, "Carla"), "--wait", "1")
        out, err = proc.communicate(timeout=120)
    finally:
        holder.rollback()
        holder.close()
    assert proc.returncode == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 2 and WAITING in lines[0] and "Traceback" not in err
    assert lines[1].startswith(f"hybridhub: error: {path}: another HybridHub kept the workspace busy for 1 s")
    assert _contributions(path) == 0


def test_the_apps_reads_never_fail_while_another_process_imports(path: Path, tmp_path: Path) -> None:
    proc = _import(path, _chat(tmp_path / "WhatsApp Chat with Garden.txt", 8000, "Carla"))
    ws = open_workspace(path)  # the app, reading through the same services as its pages
    seen: list[int] = []
    reads_during_import = 0
    try:
        while True:
            running = proc.poll() is None
            with ws.session() as s:
                event = ws.event(s)
                total = count(s, event.id, ContributionFilter())
                page = fetch_page(s, event.id, ContributionFilter(search="shops"), limit=50)
                stats = workspace_stats(s, event)
            # each read sees the file before or after the import's one commit, never in between
            # (the three reads are separate statements: the commit may fall between them)
            assert {total, stats["contributions"]} <= {0, 8000} and len(page.rows) in (0, 50)
            seen.append(total)
            reads_during_import += running
            if not running:
                break
    finally:
        ws.close()
        _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert reads_during_import >= 3
    assert seen == sorted(seen) and set(seen) <= {0, 8000} and seen[-1] == 8000  # all or nothing
