"""Running an installed HybridHub from outside the repository, with its own data and settings folders."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def isolated_env(home: Path) -> dict[str, str]:
    """No trace of the repository: another HOME, data dir and config dir, offscreen Qt."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "HYBRIDHUB_", "VIRTUAL_ENV"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        HYBRIDHUB_DATA_DIR=str(home / "hybridhub-data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 300) -> str:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def check_installed_app(hybridhub: list[str], gui: list[str], work: Path, env: dict[str, str]) -> None:
    """Demo, report, forms print and the window, as a user would run them from any folder."""
    ws = ["-w", "demo.hybridhub"]
    run([*hybridhub, "demo", "-o", "demo.hybridhub"], work, env)
    run([*hybridhub, "report", *ws, "--lang", "fr", "-o", "report.pdf"], work, env)
    run([*hybridhub, "forms", "print", "session-feedback", *ws, "-o", "forms.pdf"], work, env)
    for pdf in ("report.pdf", "forms.pdf"):
        assert (work / pdf).read_bytes().startswith(b"%PDF"), pdf
    out = run([*gui, "--quit-after-start", str(work / "demo.hybridhub")], work, env)
    assert "started: Living well with MS" in out
