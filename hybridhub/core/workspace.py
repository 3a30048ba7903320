"""A workspace is one SQLite file (or a SQLAlchemy URL, e.g. PostgreSQL) holding one event's data.

Opening a workspace from an older version backs it up with SQLite's backup API, then migrates it with
the Alembic revisions shipped in `hybridhub/core/migrations`. The schema is never built any other way.
After an upgrade the file is compacted (WAL checkpointed and truncated, VACUUM) so that what a
migration removed — clear-text secrets, unscrubbed texts — is gone from the file, not only from the
tables; the backup of a workspace that still held them is removed once the upgrade has succeeded.

Files are owner-only (`hybridhub.core.files`); write transactions wait their turn
(`hybridhub.core.write_lock`); texts are scrubbed before every flush (`hybridhub.core.text_guard`);
the event's secrets live in the user's key store (`hybridhub.core.keystore`), not in the file.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from hybridhub.core.clock import utcnow
from hybridhub.core.errors import WorkspaceError
from hybridhub.core.event_secrets import new_hash_key, optional_hash_key
from hybridhub.core.files import create_private_file, make_private, make_workspace_private
from hybridhub.core.ids import uuid7
from hybridhub.core.models import Event
from hybridhub.core.scrub import Scrubber
from hybridhub.core.text_guard import guard_sessions
from hybridhub.core.write_lock import READ_BUSY_MS, WaitFn, claim_writer, write_timeout

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".hybridhub"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
    # Erased participants must leave no readable trace in free pages of the file.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def alembic_config(connection: Any) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory(str(MIGRATIONS)).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


class Workspace:
    """An open workspace: an engine with the right pragmas and a session factory. As a context manager
    (`with open_workspace(path) as ws:`) it is closed on leaving the block, whatever happens in it."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        guard_sessions(self._sessions)
        # Told once when a write has to wait for another HybridHub (the CLI prints it on stderr).
        self.on_wait: WaitFn | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self, *, waiting: WaitFn | None = None) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back entirely on any error. It is
        the file's one writer from its start: if another HybridHub is writing, `waiting` (else
        `on_wait`) is told once and the transaction waits its turn, up to the write timeout."""
        with self._sessions() as session, session.begin():
            self.claim(session.connection(), waiting)
            yield session

    @contextmanager
    def writing(self, *, waiting: WaitFn | None = None) -> Iterator[Connection]:
        """A Core connection in a write transaction (committed on success), waiting like `transaction`."""
        with self.engine.begin() as conn:
            self.claim(conn, waiting)
            yield conn

    def claim(self, conn: Connection, waiting: WaitFn | None = None) -> None:
        """Begin `conn`'s transaction as the file's writer, waiting like `transaction` (first thing in it)."""
        claim_writer(conn, self.path, waiting or self.on_wait, write_timeout())

    def scrubber(self) -> Scrubber:
        """A scrubber for texts written with Core statements (the ORM ones are scrubbed on flush).
        The event's key is read only if a text holds a number or an address."""

        def key() -> bytes | None:
            with self.session() as s:
                return optional_hash_key(self.event(s))

        return Scrubber(key)

    def event(self, session: Session) -> Event:
        found = session.scalars(select(Event).order_by(Event.id).limit(1)).first()
        if found is None:
            raise WorkspaceError("this workspace has no event yet", file=self.path)
        return found

    def revision(self) -> str | None:
        return _current_revision(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _engine_for(target: str | Path) -> tuple[Engine, Path | None]:
    text = str(target)
    if "://" in text:
        url = make_url(text)
        path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
        return create_engine(url), path
    path = Path(text).expanduser()
    engine = create_engine(f"sqlite:///{path}")
    return engine, path


def _configure(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a live SQLite file consistently (WAL included) next to itself; returns the copy's path."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    dest = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    try:
        create_private_file(dest)
    except OSError as exc:
        raise WorkspaceError(f"cannot write a backup: {exc.strerror}", file=dest) from exc
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        raise WorkspaceError(
            "no workspace here", file=path, hint="create one with 'hybridhub init PATH --event TITLE'"
        )
    if path.is_dir():
        raise WorkspaceError("this is a folder, not a workspace file", file=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise WorkspaceError(f"cannot read the workspace: {exc.strerror}", file=path) from exc
    if header and header != SQLITE_HEADER:
        raise WorkspaceError("this file is not a HybridHub workspace (not an SQLite database)", file=path)


def _current_revision(engine: Engine) -> str | None:
    """The workspace's schema revision, read straight from Alembic's table."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


_REVISION = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(None|"[^"]*"|\'[^\']*\')', re.M)


def shipped_head() -> str | None:
    """The newest revision among the shipped migration files, read without importing Alembic (it is
    slow to import, and an up-to-date workspace never needs it); None if the files do not tell clearly."""
    revisions: dict[str, str | None] = {}
    for path in MIGRATIONS.joinpath("versions").glob("*.py"):
        found: dict[str, str] = {m[1]: m[2] for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        if "revision" not in found:
            return None
        down = found.get("down_revision", "None")
        revisions[found["revision"].strip("\"'")] = None if down == "None" else down.strip("\"'")
    heads = set(revisions) - set(revisions.values())
    return heads.pop() if len(heads) == 1 else None


def compact_sqlite(conn: Connection) -> bool:
    """Leave nothing deleted in the file: checkpoint and truncate the WAL, VACUUM (freed pages are
    zeroed on the way, secure_delete being on), checkpoint again. `conn` must be in autocommit mode.
    Returns False when another connection in the middle of a read kept the WAL from being emptied."""
    first = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.exec_driver_sql("VACUUM")
    last = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(first and last and first[0] == 0 and last[0] == 0)


def _remove_backups(path: Path) -> None:
    """Backups of this workspace from before the scrubbing revision hold secrets and texts in clear."""
    for old in path.parent.glob(f"{path.name}.before-*.bak"):
        try:
            with old.open("r+b") as fh:  # overwrite first: on most disks the bytes then are gone
                size = fh.seek(0, 2)
                fh.seek(0)
                fh.write(bytes(min(size, 1 << 30)))
                fh.flush()
            old.unlink()
        except OSError:
            continue


def _upgrade(engine: Engine, path: Path | None) -> None:
    try:
        current = _current_revision(engine)
    except DatabaseError as exc:
        raise WorkspaceError("the workspace file is damaged or not a database", file=path) from exc
    if current is not None and current == shipped_head():
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    script = ScriptDirectory(str(MIGRATIONS))
    if current == head:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise WorkspaceError(
                f"this workspace was made by a newer HybridHub (schema {current})",
                file=path,
                hint="update HybridHub to open it",
            ) from exc
        if path is not None and engine.dialect.name == "sqlite":
            backup_sqlite(path, f"before-{head}")
    with engine.begin() as conn:
        claim_writer(conn, path, None, write_timeout())
        command.upgrade(alembic_config(conn), "head")
    if engine.dialect.name != "sqlite":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        compact_sqlite(conn)
    # A revision that takes clear data out of the file (REMOVES_CLEAR_DATA = True in its module):
    # the backups made before it must not outlive a successful upgrade.
    applied = script.iterate_revisions(head, current or "base")
    if path is not None and any(getattr(r.module, "REMOVES_CLEAR_DATA", False) for r in applied):
        _remove_backups(path)


def open_workspace(target: str | Path) -> Workspace:
    """Open an existing workspace, migrating (after a backup) if it is from an older version."""
    engine, path = _engine_for(target)
    if path is not None:
        _check_sqlite_file(path)
        make_workspace_private(path)  # made by an older version or copied in with a loose mode
    _configure(engine)
    _upgrade(engine, path)
    return Workspace(engine, path)


def create_workspace(
    target: str | Path,
    title: str,
    *,
    timezone: str = "UTC",
    languages: list[str] | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    venue: str = "",
) -> Workspace:
    """Create a new workspace with its event. Refuses to overwrite an existing file."""
    if not title.strip():
        raise WorkspaceError("an event needs a title", field="event")
    engine, path = _engine_for(target)
    if path is not None:
        if path.exists() and path.stat().st_size > 0:
            raise WorkspaceError("a file already exists here; choose another name", file=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                create_private_file(path)
            make_private(path)
        except OSError as exc:
            raise WorkspaceError(f"cannot create the workspace: {exc.strerror}", file=path) from exc
    _configure(engine)
    try:
        with engine.begin() as conn:
            from alembic import command

            command.upgrade(alembic_config(conn), "head")
    except DatabaseError as exc:
        raise WorkspaceError(f"cannot create the workspace: {exc.orig}", file=path) from exc
    ws = Workspace(engine, path)
    uid = uuid7()
    fingerprint = new_hash_key(uid)
    with ws.transaction() as s:
        s.add(
            Event(
                uid=uid,
                hash_key_fingerprint=fingerprint,
                title=title.strip(),
                timezone=timezone,
                languages=languages or ["en"],
                starts_on=starts_on,
                ends_on=ends_on,
                venue=venue,
            )
        )
    return ws
