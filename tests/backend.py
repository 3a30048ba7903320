"""Where the tests keep their stores: SQLite files (the default) or databases on a PostgreSQL server.

`HYBRIDHUB_TEST_BACKEND=postgresql` runs the whole suite on the server named by
`HYBRIDHUB_TEST_POSTGRES_URL` (a role that may create databases; `make test-postgres` sets one up).
Every test then gets databases of its own, made from templates built once per run (the schema, the
demo), so a fresh store costs one `CREATE DATABASE ... TEMPLATE`. A store with the schema only is
emptied after its test (rows deleted, sequences restarted: 0.1 s, where dropping and creating a
database costs seconds, a checkpoint each) and lent to the next test, unless the test changed its
schema. Database names carry the pid of the run, so that runs side by side never meet, and a run that
died leaves nothing for long: the next run drops the databases of runs that are no longer alive.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, delete, insert, text
from sqlalchemy.engine import make_url

from hybridhub.core.clock import utcnow
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
        self._emptied: list[str] = []  # stores with the schema and no rows, to lend again

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

    def lend(self, schema_template: str) -> str:
        """A store with the schema built and no rows: an emptied one, else a new copy of the template."""
        url = self._emptied.pop() if self._emptied else self.create(schema_template)
        _new_laptop_identity(url)
        return url

    def give_back(self, url: str) -> None:
        """Empty a lent store for the next test; drop it if its test changed the schema or still holds
        a lock on it."""
        if _emptied(url):
            self._emptied.append(url)
        else:
            self.drop(url)

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


def _emptied(url: str) -> bool:
    """Delete every row and restart every sequence, if the schema is still the one HybridHub builds."""
    from sqlalchemy.exc import DBAPIError

    from hybridhub.core.models import Base
    from hybridhub.core.workspace import head_revision

    tables = Base.metadata.sorted_tables
    engine = create_engine(url, poolclass=_null_pool())
    try:
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = '2s'"))
            present = set(conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")))
            revision = conn.scalar(text("SELECT version_num FROM alembic_version"))
            if revision != head_revision() or present != {t.name for t in tables} | {"alembic_version"}:
                return False
            for table in reversed(tables):
                conn.execute(text(f'DELETE FROM "{table.name}"'))
            sequences = conn.scalars(
                text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
            )
            for name in sequences.all():
                conn.execute(text(f'ALTER SEQUENCE "{name}" RESTART'))
        return True
    except DBAPIError:
        return False
    finally:
        engine.dispose()


def _new_laptop_identity(url: str) -> None:
    """The store's own laptop, as migration 0006 makes it in each new file: a copy of the template (or
    an emptied store) would otherwise be the same laptop as every other one, or none."""
    from hybridhub.core.ids import uuid7
    from hybridhub.core.models import Laptop, SyncLocal

    now = utcnow()
    uid = uuid7()
    engine = create_engine(url, poolclass=_null_pool())
    try:
        with engine.begin() as conn:
            conn.execute(delete(SyncLocal))
            conn.execute(delete(Laptop))
            conn.execute(
                insert(Laptop).values(
                    uid=uid,
                    name="Organiser",
                    role="organiser",
                    enrolled_at=now,
                    contributed={},
                    created_at=now,
                    updated_at=now,
                )
            )
            conn.execute(insert(SyncLocal).values(id=1, laptop_uid=uid, hlc=0, settled=""))
    finally:
        engine.dispose()


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
        self._lent: list[str] = []

    def new(self, name: str = "test.hybridhub") -> WorkspaceTarget:
        """Where a new workspace can be created: a file name not yet used, or an empty store on the
        server (its schema is built, without an event: `create_workspace` and `init` take it)."""
        if self.server is None:
            return self._folder() / name
        assert self.schema is not None
        url = self.server.lend(self.schema)
        self._lent.append(url)
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
            for url in self._lent:
                self.server.give_back(url)
        self._made.clear()
        self._lent.clear()


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
