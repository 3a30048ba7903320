"""A workspace on a database server (PostgreSQL): its URL, its engine, and its errors in plain words.

A workspace target is either a file path or a SQLAlchemy URL (`postgresql://USER@HOST/DB`). A password
may come from the URL, `PGPASSWORD` or `~/.pgpass` (libpq reads both); it is never shown: every URL
HybridHub prints or remembers is rendered without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hybridhub.core.errors import ConcurrentChangeError, UserError, WorkspaceError

if TYPE_CHECKING:  # SQLAlchemy is imported where used: the app's window shows before it loads
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL, Connection

WorkspaceTarget = Path | str  # a file, or a URL (str) naming a database on a server
CONNECT_TIMEOUT_S = 10
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# SQLSTATEs of a transaction that lost a race with another user's: serialization failure, deadlock,
# lock not available. The whole transaction may simply run again.
RACE_STATES = frozenset({"40001", "40P01", "55P03"})


def parse_target(value: str | Path) -> WorkspaceTarget:
    """A URL (kept as text, so `//` survives) or a file path; for argparse's `type=` and settings."""
    text_value = str(value).strip()
    return text_value if _SCHEME.match(text_value) else Path(text_value).expanduser()


def is_url(target: WorkspaceTarget) -> bool:
    return isinstance(target, str) and bool(_SCHEME.match(target))


@dataclass(frozen=True)
class ServerAddress:
    """The parts of a server workspace's URL, as the app's server dialog asks for them."""

    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""
    password: str = ""

    @classmethod
    def parse(cls, target: str) -> ServerAddress | None:
        """The parts of a URL; None if it is not one."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(target.strip())
        except ArgumentError:
            return None
        return cls(url.host or "", url.port, url.database or "", url.username or "", str(url.password or ""))

    def url(self, *, with_password: bool) -> str:
        from sqlalchemy.engine import URL

        url = URL.create(
            "postgresql",
            username=self.user.strip() or None,
            password=(self.password or None) if with_password else None,
            host=self.host.strip() or None,
            port=self.port,
            database=self.database.strip() or None,
        )
        return url.render_as_string(hide_password=False)


def server_url(target: str) -> URL:
    """The SQLAlchemy URL of `target`, with PostgreSQL on psycopg (3), the driver HybridHub ships."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(target)
    except ArgumentError as exc:
        raise WorkspaceError("not a database URL", file=hide_password(target), hint=_URL_HINT) from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def hide_password(target: WorkspaceTarget) -> str:
    """How a target is shown and remembered: a URL without its password."""
    if not is_url(target):
        return str(target)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(str(target))
    except ArgumentError:
        return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", str(target))
    return url._replace(password=None).render_as_string(hide_password=False)


def display_name(target: WorkspaceTarget) -> str:
    """Shown in messages and the window: a file's path; a server URL without password or driver."""
    shown = hide_password(target)
    return shown.replace("postgresql+psycopg://", "postgresql://", 1)


def server_engine(url: URL) -> Engine:
    """An engine on a server: every transaction SERIALIZABLE (as SQLite's are), so two users' changes
    never silently overwrite each other; a race is raised as `ConcurrentChangeError` to run again."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import NoSuchModuleError

    args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "hybridhub"}
    try:
        engine = create_engine(url, isolation_level="SERIALIZABLE", pool_pre_ping=True, connect_args=args)
    except (NoSuchModuleError, ImportError) as exc:
        raise WorkspaceError(
            f"HybridHub cannot talk to '{url.get_backend_name()}' databases",
            file=display_name(url.render_as_string()),
            hint=_URL_HINT,
        ) from exc
    if url.get_backend_name() == "postgresql":
        event.listen(engine, "before_cursor_execute", _no_nul, retval=True)
    return engine


def _no_nul(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
) -> tuple[str, Any]:
    """PostgreSQL's text cannot hold NUL, which exported files do carry now and then (SQLite keeps it):
    it is stored as U+FFFD, as the check-in desk stores it in raw input."""
    if isinstance(parameters, dict):
        return statement, _clean(parameters)
    if isinstance(parameters, list | tuple):
        return statement, type(parameters)(_clean(p) for p in parameters)
    return statement, parameters


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_clean(v) for v in value)
    return value


_URL_HINT = "a server workspace is written postgresql://USER@HOST/DATABASE"


class PasswordError(WorkspaceError):
    """The server wants a (different) password: the app asks for it again."""


class EmptyStoreError(WorkspaceError):
    """The database holds no HybridHub event yet: the app offers to create one there."""


def connection_error(exc: BaseException, shown: str) -> WorkspaceError:
    """One line a user can act on, for a failed connection (never the password; psycopg never
    includes it in its messages, and `shown` is rendered without it)."""
    message = str(getattr(exc, "orig", None) or exc)
    user = _quoted(message, r'for user "([^"]*)"')
    rules: list[tuple[str, str, str | None]] = [
        (
            "password authentication failed",
            f"the server refused the password of user '{user}'",
            "check the password in ~/.pgpass, $PGPASSWORD or the URL",
        ),
        (
            "no password supplied",
            f"the server asks for a password{_for(user)}",
            "give it in ~/.pgpass, $PGPASSWORD, or open the workspace from the app's server dialog",
        ),
        ("does not exist", _missing(message), "an administrator creates it: see 'A shared store' in README"),
        (
            "Connection refused",
            "cannot reach the database server (connection refused)",
            "is PostgreSQL running there and accepting TCP connections?",
        ),
        ("failed to resolve host", "cannot find the database server (unknown host name)", None),
        ("timeout expired", f"the database server did not answer within {CONNECT_TIMEOUT_S} s", None),
        (
            "permission denied",
            f"user '{user}' may not use this database" if user else "permission denied on the server",
            "ask the administrator to grant access",
        ),
    ]
    for needle, text_, hint in rules:
        if needle.lower() in message.lower():
            kind = PasswordError if "password" in needle else WorkspaceError
            return kind(text_, file=shown, hint=hint)
    last = message.strip().splitlines()[-1] if message.strip() else type(exc).__name__
    last = re.sub(r"^.*?(FATAL|ERROR):\s*", "", last).strip()
    return WorkspaceError(f"cannot use the database server: {last}", file=shown)


def _quoted(message: str, pattern: str) -> str:
    found = re.search(pattern, message)
    return found.group(1) if found else ""


def _for(user: str) -> str:
    return f" for user '{user}'" if user else ""


def _missing(message: str) -> str:
    database = _quoted(message, r'database "([^"]*)" does not exist')
    if database:
        return f"there is no database '{database}' on the server"
    role = _quoted(message, r'role "([^"]*)" does not exist')
    return f"there is no user '{role}' on the server" if role else "the server has no such database"


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None)


def is_race(exc: BaseException) -> bool:
    """True for an error that means 'another transaction got there first; run this one again'."""
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError) and sqlstate(exc) in RACE_STATES


def is_connection_lost(exc: BaseException) -> bool:
    """The server went away or the network dropped, as opposed to a bad statement (a bug). Only a
    server's driver (psycopg) says so: SQLite's errors are a file's, not a connection's."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError) or not type(exc.orig).__module__.startswith("psycopg"):
        return False
    state = sqlstate(exc) or ""
    if exc.connection_invalidated or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return True
    return type(exc.orig).__name__ == "OperationalError" and not state


def as_user_error(exc: BaseException, shown: str = "") -> UserError | None:
    """The plain words for a database error a user can meet on a server (a race with another user,
    a lost connection); None for anything else, which is a bug."""
    if isinstance(exc, UserError):
        return exc
    if is_race(exc):
        return ConcurrentChangeError()
    if is_connection_lost(exc):
        found = connection_error(exc, shown)
        return WorkspaceError(f"lost the database server: {found.message}", file=shown or None)
    return None


def store_state(conn: Connection) -> str:
    """'empty' (no tables), 'hybridhub' (an Alembic-managed store with HybridHub's tables) or
    'foreign' (other tables: another program's database)."""
    from sqlalchemy import inspect

    tables = set(inspect(conn).get_table_names())
    if not tables:
        return "empty"
    if {"alembic_version", "events", "contributions"} <= tables:
        return "hybridhub"
    return "foreign"


def check_encoding(conn: Connection, shown: str) -> None:
    """Texts in every language need a UTF-8 database (and the search of migration 0007 needs it)."""
    if conn.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    encoding = conn.scalar(text("SHOW server_encoding"))
    if encoding != "UTF8":
        raise WorkspaceError(
            f"this database stores texts as {encoding}; HybridHub needs UTF-8 for every language",
            file=shown,
            hint="create the database with: createdb -E UTF8 -T template0 NAME",
        )


def lock_migrations(conn: Connection) -> None:
    """Two users opening an older store at once: the second waits until the first has migrated it."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import text

        conn.execute(text("SELECT pg_advisory_xact_lock(4817254)"))
