"""Where HybridHub keeps its files: the platform's user data dir, a portable folder, or an override.

Portable mode: if a folder named `hybridhub-data` stands next to the program (a USB stick that moves
between laptops), workspaces and settings live there. `HYBRIDHUB_DATA_DIR` overrides both (tests).
"""

from __future__ import annotations

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


def default_workspace() -> Path:
    """`HYBRIDHUB_WORKSPACE` if set, else `workshop.hybridhub` in the data dir."""
    env = os.environ.get("HYBRIDHUB_WORKSPACE")
    return Path(env) if env else data_dir() / "workshop.hybridhub"


def demo_workspace() -> Path:
    return data_dir() / "demo.hybridhub"
