"""One writer at a time, and a second one that waits its turn visibly instead of failing.

SQLite lets many read while one writes. A second import, or the app saving a note while the CLI
imports, used to die with "database is locked" after five seconds. Now every write transaction starts
as SQLite's writer at once (`BEGIN IMMEDIATE`, so it never fails half-way on a stale snapshot); if
another HybridHub holds the file, it says so once — "waiting for another HybridHub writing to FILE…"
on stderr or in the progress text — and keeps trying until the other one is done, or gives up after
the write timeout (60 s; `HYBRIDHUB_WRITE_TIMEOUT` or `hybridhub --wait SECONDS`) with a one-line
`WorkspaceError`. Readers are never blocked by any of this.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from hybridhub.core.errors import WorkspaceError

DEFAULT_TIMEOUT = 60.0
READ_BUSY_MS = 5000  # the connection's usual busy timeout, restored once the writer lock is held
POLL_MS = 200

WaitFn = Callable[[str], None]


def write_timeout() -> float:
    raw = os.environ.get("HYBRIDHUB_WRITE_TIMEOUT", "")
    try:
        value = float(raw) if raw.strip() else DEFAULT_TIMEOUT
    except ValueError:
        value = DEFAULT_TIMEOUT
    return max(0.0, value)


def waiting_message(path: Path | None) -> str:
    return f"waiting for another HybridHub writing to {path or 'the workspace'}…"


def _locked(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


def claim_writer(conn: Connection, path: Path | None, waiting: WaitFn | None, timeout: float) -> None:
    """Begin `conn`'s transaction as the writer of the SQLite file. Call before anything else runs in
    the transaction; does nothing on other databases (they have row locks of their own)."""
    if conn.dialect.name != "sqlite":
        return
    deadline = time.monotonic() + timeout
    told = False
    conn.exec_driver_sql(f"PRAGMA busy_timeout={POLL_MS}")
    try:
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if not _locked(exc):
                    raise
            if time.monotonic() >= deadline:
                raise WorkspaceError(
                    f"another HybridHub kept the workspace busy for {timeout:.0f} s; nothing was changed",
                    file=path,
                    hint="try again when the other import or program has finished",
                )
            if not told and waiting is not None:
                waiting(waiting_message(path))
                told = True
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={READ_BUSY_MS}")
