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
from hybridhub.core.server import WorkspaceTarget, hide_password, parse_target

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


def default_workspace() -> WorkspaceTarget:
    """`HYBRIDHUB_WORKSPACE` if set (a file, or a server URL), else the workspace the app opened last
    (a file that still exists, or a server), else `workshop.hybridhub` in the data dir: after `make
    run`, a plain `hybridhub stats` reads the same one."""
    env = os.environ.get("HYBRIDHUB_WORKSPACE", "").strip()
    if env:
        return parse_target(env)
    try:
        remembered = (data_dir() / LAST_WORKSPACE).read_text(encoding="utf-8").strip()
    except OSError:
        remembered = ""
    if remembered:
        target = parse_target(remembered)
        if not isinstance(target, Path) or target.is_file():
            return target
    return data_dir() / "workshop.hybridhub"


def remember_workspace(target: WorkspaceTarget) -> None:
    """Note `target` as the workspace last used, for the CLI's default (a server without its password)."""
    text = str(target.resolve()) if isinstance(target, Path) else hide_password(target)
    with contextlib.suppress(OSError):  # a read-only data folder costs the convenience only
        (data_dir() / LAST_WORKSPACE).write_text(text + "\n", encoding="utf-8")


def demo_workspace() -> Path:
    return data_dir() / "demo.hybridhub"
