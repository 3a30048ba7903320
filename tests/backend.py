"""Where the tests keep their stores: SQLite files (the default) or databases on a PostgreSQL server.

`HYBRIDHUB_TEST_BACKEND=postgresql` runs the whole suite on the server named by
`HYBRIDHUB_TEST_POSTGRES_URL` (a role that may create databases; `make test-postgres` sets one up).
Every test then gets databases of its own, made from templates built once per run (the schema, the
demo), so a fresh store costs one `CREATE DATABASE ... TEMPLATE`. Database names carry the pid of the
run, so that runs side by side never meet, and a run that died leaves nothing for long: the next run
drops the databases of runs that are no longer alive.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.workspace import Workspace, alembic_config

BACKEND = os.environ.get("HYBRIDHUB_TEST_BACKEND", "sqlite").strip().lower() or "sqlite"
ON_POSTGRES = BACKEND in ("postgresql", "postgres")
SERVER_URL = os.environ.get("HYBRIDHUB_TEST_POSTGRES_URL", "").strip()
_OURS = re.compile(r"^hh_t(\d+)_\w+$")


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """Skip on the PostgreSQL pass a test that is about the file itself (say which, in `reason`)."""
    return pytest.mark.skipif(ON_POSTGRES, reason=f"a SQLite file matter: {reason}")


class PgServer:
    """Creates and drops this run's databases on the test server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"hh_t{os.getpid()}_"
        self._count = 0
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None, label: str = "", options: str = "") -> str:
        """A new database (a copy of `template`, else empty; `options` as CREATE DATABASE takes them)
        and its URL."""
        self._count += 1
        name = f"{self.prefix}{label or self._count}"
        source = f' TEMPLATE "{template}"' if template else " TEMPLATE template0"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{source} {options}'))
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        assert name and name.startswith(self.prefix), name
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def drop_dead_runs(self) -> None:
        """Databases left by runs whose process is gone (killed, crashed)."""
        with self._admin.connect() as conn:
            names = conn.scalars(text("SELECT datname FROM pg_database WHERE datname LIKE 'hh\\_t%'")).all()
            for name in names:
                found = _OURS.match(name)
                if found and not _alive(int(found.group(1))):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def drop_mine(self) -> None:
        with self._admin.connect() as conn:
            names = conn.scalars(text("SELECT datname FROM pg_database")).all()
            for name in names:
                if name.startswith(self.prefix):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def engine_of(target: WorkspaceTarget) -> Engine:
    """A bare engine on a store (no checks, no migration), to look at it or damage it on purpose."""
    url = str(target) if isinstance(target, str) else f"sqlite:///{target}"
    return create_engine(url)


def migrate_empty(url: str) -> None:
    """Build the schema in an empty database, as `create_workspace` does, without an event."""
    engine = create_engine(url)
    try:
        from alembic import command

        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()


class Stores:
    """Fresh stores for a test (or a module): a file in a folder on SQLite, a database on PostgreSQL.
    `schema` names the database template with the schema built and no event (PostgreSQL only)."""

    def __init__(self, server: PgServer | None, schema: str | None, folder: Callable[[], Path]) -> None:
        self.server = server
        self.schema = schema
        self._folder = folder
        self._made: list[str] = []

    def new(self, name: str = "test.hybridhub") -> WorkspaceTarget:
        """Where a new workspace can be created: a file name not yet used, or an empty store on the
        server (its schema is built, without an event: `create_workspace` and `init` take it)."""
        if self.server is None:
            return self._folder() / name
        url = self.server.create(self.schema)
        self._made.append(url)
        return url

    def copy(self, source: WorkspaceTarget, name: str = "copy.hybridhub") -> WorkspaceTarget:
        """A copy of a closed workspace: the file copied, or a database made from it as a template."""
        if self.server is None:
            dest = self._folder() / name
            shutil.copy(source, dest)
            return dest
        url = self.server.create(make_url(str(source)).database)
        self._made.append(url)
        return url

    def discard(self) -> None:
        if self.server is not None:
            for url in self._made:
                self.server.drop(url)
        self._made.clear()


def stored_bytes(ws: Workspace) -> bytes:
    """Everything the store holds, to look for what must not be there: a file's bytes (its WAL and
    journal included, deleted pages and all), or on a server every row of every table as text."""
    if ws.path is not None:
        data = b""
        for suffix in ("", "-wal", "-journal"):
            part = Path(str(ws.path) + suffix)
            if part.exists():
                data += part.read_bytes()
        return data
    with ws.engine.connect() as conn:
        tables = conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
        dump = [
            conn.scalar(text(f'SELECT string_agg(t::text, chr(10)) FROM "{name}" t')) or "" for name in tables
        ]
    return "\n".join(dump).encode()


def search_hits(ws: Workspace, query: str) -> list[int]:
    """The contributions the search service finds, on either backend's full-text index."""
    from sqlalchemy import select

    from hybridhub.browse.search import search_condition
    from hybridhub.core.models import Contribution

    with ws.session() as s:
        found = s.scalars(select(Contribution.id).where(search_condition(query, ws.engine.dialect.name)))
        return sorted(found)
