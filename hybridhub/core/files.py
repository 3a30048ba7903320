"""Files only their owner may read: workspaces and their -wal/-shm, backups, door copies, exports, keys.

Participants may be patients, so every file HybridHub writes is owner-only (0600; folders 0700). The
CLI and the app set the process umask to 077 at start (`owner_only_umask`), which covers every file
the process creates, SQLite's own included; services also set the mode of what they write (`make_private`)
so that a library caller with a looser umask gets the same. On Windows the modes do little: the user's
profile folder is private by default.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

OWNER_FILE = 0o600
OWNER_DIR = 0o700
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def owner_only_umask() -> None:
    """New files of this process: owner-only. Called once by the CLI and the app at start."""
    os.umask(0o077)


def make_private(path: Path) -> None:
    """Owner read/write only, if the file exists and belongs to this user (a shared file of another
    user is left alone rather than failing)."""
    try:
        info = path.stat()
    except OSError:
        return
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return
    if stat.S_IMODE(info.st_mode) & 0o077:
        with contextlib.suppress(OSError):  # a file system without modes (FAT USB stick)
            os.chmod(path, OWNER_FILE if not stat.S_ISDIR(info.st_mode) else OWNER_DIR)


def make_workspace_private(path: Path) -> None:
    """A SQLite workspace and the files SQLite keeps next to it."""
    make_private(path)
    for suffix in SQLITE_SIDE_FILES:
        make_private(path.with_name(path.name + suffix))


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file (refusing an existing one), so that what is written into it
    later — SQLite's pages, and its -wal and -shm files which copy this file's mode — is never
    readable by others, not even for a moment."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), OWNER_FILE)
    os.close(fd)
    os.chmod(path, OWNER_FILE)


def private_dir(path: Path) -> Path:
    """A folder (created if needed, with its parents) that only its owner can enter."""
    path.mkdir(mode=OWNER_DIR, parents=True, exist_ok=True)
    make_private(path)
    return path
