"""Where HybridHub keeps its files: the platform's user data dir, a portable folder, or an override.

Portable mode: if a folder named `hybridhub-data` stands next to the program (a USB stick that moves
between laptops), workspaces and settings live there. `HYBRIDHUB_DATA_DIR` overrides both (tests).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from hybridhub import APP_NAME

PORTABLE_DIR_NAME = "hybridhub-data"


def portable_dir() -> Path | None:
    base = Path(sys.executable).resolve().parent
    candidate = base / PORTABLE_DIR_NAME
    return candidate if candidate.is_dir() else None


def data_dir() -> Path:
    override = os.environ.get("HYBRIDHUB_DATA_DIR")
    path = Path(override) if override else portable_dir() or user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


LAST_WORKSPACE = "last-workspace.txt"  # the app writes it, the CLI reads it (the CLI has no QSettings)


def default_workspace() -> Path:
    """`HYBRIDHUB_WORKSPACE` if set, else the workspace the app opened last (when it still exists), else
    `workshop.hybridhub` in the data dir: after `make run`, a plain `hybridhub stats` reads the same one."""
    env = os.environ.get("HYBRIDHUB_WORKSPACE")
    if env:
        return Path(env)
    last = data_dir() / LAST_WORKSPACE
    try:
        remembered = Path(last.read_text(encoding="utf-8").strip())
    except OSError:
        remembered = None
    if remembered is not None and remembered.is_file():
        return remembered
    return data_dir() / "workshop.hybridhub"


def remember_workspace(path: Path) -> None:
    """Note `path` as the workspace last used, for the CLI's default."""
    with contextlib.suppress(OSError):  # a read-only data folder costs the convenience only
        (data_dir() / LAST_WORKSPACE).write_text(str(path.resolve()) + "\n", encoding="utf-8")


def demo_workspace() -> Path:
    return data_dir() / "demo.hybridhub"
