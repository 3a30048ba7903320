from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hybridhub import __version__
from hybridhub.cli import main
from hybridhub.core.server import WorkspaceTarget
from tests.backend import Stores


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hybridhub", *args], capture_output=True, text=True, check=False
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"hybridhub {__version__}"


def test_init_then_stats(stores: Stores, capsys: pytest.CaptureFixture[str]) -> None:
    path = stores.new("w.hybridhub")
    assert main(["init", str(path), "--event", "Town hall", "--tz", "Europe/Madrid"]) == 0
    capsys.readouterr()
    assert main(["stats", "-w", str(path), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["event"] == "Town hall"
    assert stats["participants"] == 0 and stats["contributions"] == 0


def test_init_rejects_unknown_time_zone(stores: Stores, capsys: pytest.CaptureFixture[str]) -> None:
    target = stores.new("w.hybridhub")
    assert main(["init", str(target), "--event", "X", "--tz", "Mars/Olympus"]) == 2
    assert "unknown time zone 'Mars/Olympus'" in capsys.readouterr().err
    assert main(["stats", "-w", str(target)]) == 2  # no workspace was made: no file, no event
    assert "Traceback" not in capsys.readouterr().err


def test_workspace_from_environment(
    stores: Stores, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = stores.new("env.hybridhub")
    main(["init", str(path), "--event", "From env"])
    capsys.readouterr()
    monkeypatch.setenv("HYBRIDHUB_WORKSPACE", str(path))
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["event"] == "From env"


def test_demo_has_many_channels_and_both_sides(stores: Stores) -> None:
    path = stores.new("d.hybridhub")
    assert run("demo", "-o", str(path)).returncode == 0
    done = run("stats", "-w", str(path), "--json")
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    assert stats["channels"] >= 5
    assert stats["participants"] >= 40
    assert stats["participants_split"]["offline_only"] >= 10
    assert stats["participants_offline"] > 0 and stats["participants_online"] > 0
    assert {"paper", "note", "whatsapp", "zoom"} <= set(stats["contributions_by_channel"])
    assert stats["checkins"] > 0 and stats["sheets"] > 0


def test_missing_workspace_exits_2_with_one_line() -> None:
    done = run("stats", "-w", "/nonexistent/x.hybridhub")
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "/nonexistent/x.hybridhub" in lines[0] and "Traceback" not in done.stderr


def test_core_imports_no_qt() -> None:
    code = (
        "import hybridhub.core, hybridhub.core.workspace, hybridhub.cli, sys; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_output_into_a_closed_pipe_is_not_an_error(demo_path: WorkspaceTarget) -> None:
    done = subprocess.run(
        f"{sys.executable} -m hybridhub search -w '{demo_path}' the --json | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
