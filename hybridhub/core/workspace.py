"""A workspace is one SQLite file, or one database on a server (a PostgreSQL URL), holding one event.

Opening a workspace from an older version backs it up with SQLite's backup API (a file), then migrates
it with the Alembic revisions shipped in `hybridhub/core/migrations`. The schema is never built any
other way. After an upgrade a file is compacted (WAL checkpointed and truncated, VACUUM) so that what a
migration removed — clear-text secrets, unscrubbed texts — is gone from the file, not only from the
tables; the backup of a workspace that still held them is removed once the upgrade has succeeded.

Files are owner-only (`hybridhub.core.files`); write transactions wait their turn
(`hybridhub.core.write_lock`); texts are scrubbed before every flush (`hybridhub.core.text_guard`);
the event's secrets live in the user's key store (`hybridhub.core.keystore`), not in the file.
Server specifics (URLs, errors, serializable transactions run again after a race) live in
`hybridhub.core.server`.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hybridhub.core import server, tracking
from hybridhub.core.clock import utcnow
from hybridhub.core.errors import ConcurrentChangeError, WorkspaceError
from hybridhub.core.event_secrets import new_hash_key, optional_hash_key
from hybridhub.core.files import create_private_file, make_private, make_workspace_private
from hybridhub.core.ids import uuid7
from hybridhub.core.models import Event
from hybridhub.core.scrub import Scrubber
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.text_guard import guard_sessions
from hybridhub.core.write_lock import READ_BUSY_MS, WaitFn, claim_writer, write_timeout

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".hybridhub"
RACE_ATTEMPTS = 6  # a transaction that lost a race with another user's runs again, up to this often
T = TypeVar("T")
P = ParamSpec("P")


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
        tracking.install(self._sessions)  # after the guard: its scrubbing is part of the edit recorded
        # Told once when a write has to wait for another HybridHub (the CLI prints it on stderr).
        self.on_wait: WaitFn | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def target(self) -> WorkspaceTarget:
        """What opens this workspace again: its file, or its URL, password included if it was given
        one. Never show it: `shown` is for people; `server.hide_password` for what is remembered."""
        return self.path if self.path is not None else self.engine.url.render_as_string(hide_password=False)

    @property
    def shown(self) -> str:
        """The file's path, or the server URL without password, for messages and the window."""
        return server.display_name(self.target)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self, *, waiting: WaitFn | None = None) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back entirely on any error. It is
        the file's one writer from its start: if another HybridHub is writing, `waiting` (else
        `on_wait`) is told once and the transaction waits its turn, up to the write timeout. On a
        server, losing a race with another user's transaction raises `ConcurrentChangeError`."""
        try:
            with self._sessions() as session, session.begin():
                self.claim(session.connection(), waiting)
                yield session
        except DBAPIError as exc:
            found = server.as_user_error(exc, self.shown)
            if found is None:
                raise
            raise found from exc

    def run(self, work: Callable[[Session], T], attempts: int = RACE_ATTEMPTS) -> T:
        """`work(session)` in one transaction, run again from scratch (a fresh session) when it lost a
        race with another user's transaction. `work` must change nothing outside the store."""

        def once() -> T:
            with self.transaction() as session:
                return work(session)

        return self.retry(once, attempts)

    def retry(self, fn: Callable[[], T], attempts: int = RACE_ATTEMPTS) -> T:
        """`fn()`, which runs its own transactions, again when one lost a race with another user's
        (only a server store has such races); after `attempts` tries, `ConcurrentChangeError`."""
        for attempt in range(attempts):
            try:
                return fn()
            except (ConcurrentChangeError, DBAPIError) as exc:
                if isinstance(exc, DBAPIError) and not server.is_race(exc):
                    raise
                if attempt == attempts - 1:
                    if isinstance(exc, ConcurrentChangeError):
                        raise
                    raise ConcurrentChangeError() from exc
            time.sleep(0.01 * 2**attempt * (1 + os.urandom(1)[0] / 255))  # apart, so they do not meet again
        raise AssertionError("unreachable")

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
            raise WorkspaceError("this workspace has no event yet", file=self.shown)
        return found

    def revision(self) -> str | None:
        return _current_revision(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def retried(service: Callable[Concatenate[Workspace, P], T]) -> Callable[Concatenate[Workspace, P], T]:
    """For a service that takes the workspace first and runs its own transactions: on a shared server
    store, run it again from scratch when it lost a race with another user's (see `Workspace.retry`)."""

    def again(workspace: Workspace, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return workspace.retry(lambda: service(workspace, *args, **kwargs))

    functools.update_wrapper(again, service)
    return again


def _engine_for(target: str | Path) -> tuple[Engine, Path | None]:
    text = str(target)
    if server.is_url(text):
        url = server.server_url(text)
        if url.get_backend_name() != "sqlite":
            return server.server_engine(url), None
        path = Path(url.database) if url.database else None
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


def _check_new_file(path: Path) -> None:
    """A new workspace file, owner-only from the start; never over an existing one."""
    if path.exists() and path.stat().st_size > 0:
        raise WorkspaceError("a file already exists here; choose another name", file=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            create_private_file(path)
        make_private(path)
    except OSError as exc:
        raise WorkspaceError(f"cannot create the workspace: {exc.strerror}", file=path) from exc


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


def _upgrade(engine: Engine, path: Path | None, shown: str) -> None:
    try:
        current = _current_revision(engine)
    except DatabaseError as exc:
        raise WorkspaceError("the workspace file is damaged or not a database", file=shown) from exc
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
                file=shown,
                hint="update HybridHub to open it",
            ) from exc
        if path is not None and engine.dialect.name == "sqlite":
            backup_sqlite(path, f"before-{head}")
    with engine.begin() as conn:
        claim_writer(conn, path, None, write_timeout())  # (a file's writer must claim first)
        server.lock_migrations(conn)
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


def _check_server_store(engine: Engine, shown: str, *, creating: bool) -> None:
    """A server database opens only if it holds a HybridHub store, and is created only if it is empty
    (or holds HybridHub's tables but no event yet)."""
    try:
        with engine.connect() as conn:
            state = server.store_state(conn)
            title = conn.scalar(select(Event.title).limit(1)) if state == "hybridhub" else None
            if creating:
                server.check_encoding(conn, shown)
    except OperationalError as exc:
        raise server.connection_error(exc, shown) from exc
    if state == "foreign":
        raise WorkspaceError(
            "this database is not a HybridHub store (it holds other tables)",
            file=shown,
            hint="use a database of its own for each event",
        )
    if creating and title is not None:
        raise WorkspaceError(f"this database already holds the event '{title}'", file=shown)
    if not creating and state == "empty":
        raise server.EmptyStoreError(
            "this database holds no HybridHub event yet",
            file=shown,
            hint="create one with 'hybridhub init URL --event TITLE'",
        )


def _prepared(target: WorkspaceTarget, *, creating: bool) -> tuple[Engine, Path | None, str]:
    """The engine for `target`, checked: a file's header, or a server's reachability and contents."""
    engine, path = _engine_for(target)
    shown = str(path) if path is not None else server.display_name(str(target))
    try:
        if path is not None:
            if creating:
                _check_new_file(path)
            else:
                _check_sqlite_file(path)
                make_workspace_private(path)  # made by an older version or copied in with a loose mode
        else:
            _check_server_store(engine, shown, creating=creating)
    except BaseException:
        engine.dispose()
        raise
    _configure(engine)
    return engine, path, shown


def open_workspace(target: WorkspaceTarget) -> Workspace:
    """Open an existing workspace, migrating (after a backup) if it is from an older version."""
    engine, path, shown = _prepared(target, creating=False)
    try:
        _upgrade(engine, path, shown)
    except BaseException:
        engine.dispose()
        raise
    return Workspace(engine, path)


def new_store(target: WorkspaceTarget) -> Workspace:
    """A new, empty store with the schema built and no event yet (see `create_workspace`). Refuses to
    overwrite an existing file or a database that holds an event (or another program's tables)."""
    engine, path, shown = _prepared(target, creating=True)
    try:
        with engine.begin() as conn:
            from alembic import command

            server.lock_migrations(conn)
            command.upgrade(alembic_config(conn), "head")
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise WorkspaceError(f"cannot create the workspace: {exc.orig}", file=shown) from exc
        raise
    return Workspace(engine, path)


def create_workspace(
    target: WorkspaceTarget,
    title: str,
    *,
    timezone: str = "UTC",
    languages: list[str] | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    venue: str = "",
) -> Workspace:
    """Create a new workspace with its event, in a new file or an empty database."""
    if not title.strip():
        raise WorkspaceError("an event needs a title", field="event")
    ws = new_store(target)
    try:
        with ws.transaction() as s:
            if s.scalar(select(Event.id).limit(1)) is not None:  # another user's init got there first
                raise WorkspaceError("this database already holds an event", file=ws.shown)
            uid = uuid7()
            fingerprint = new_hash_key(uid)  # the key itself goes to this user's key store
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
    except BaseException:
        ws.close()
        raise
    return ws
