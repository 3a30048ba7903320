"""Shared fixtures: every test gets its own data dir and a fresh workspace; Qt runs offscreen.

Stores are SQLite files in `tmp_path`, or, with `HYBRIDHUB_TEST_BACKEND=postgresql`, databases of
their own on a PostgreSQL server (see tests/backend.py). Use `stores.new()` / `stores.copy()` for a
workspace a test makes itself, so that the PostgreSQL pass runs it on the server too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.workspace import Workspace, create_workspace, open_workspace
from tests.backend import ON_POSTGRES, SERVER_URL, PgServer, Stores, migrate_empty

DATA = Path(__file__).parent / "data"


def pytest_report_header(config: pytest.Config) -> str:
    return f"hybridhub store backend: {'postgresql' if ON_POSTGRES else 'sqlite'}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    """This run's databases on the test server (whenever one is named), dropped at the end."""
    if not SERVER_URL:
        if ON_POSTGRES:
            pytest.exit("HYBRIDHUB_TEST_BACKEND=postgresql needs HYBRIDHUB_TEST_POSTGRES_URL", returncode=4)
        yield None
        return
    server = PgServer(SERVER_URL)
    server.drop_dead_runs()
    yield server
    server.drop_mine()


@pytest.fixture(scope="session")
def pg_schema(pg_server: PgServer | None) -> str | None:
    """The template database with the schema built once (no event); None on SQLite."""
    if pg_server is None or not ON_POSTGRES:
        return None
    url = pg_server.create(label="schema")
    migrate_empty(url)
    return url.rsplit("/", 1)[1]


@pytest.fixture(scope="session", autouse=True)
def _session_key_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One key store for the whole run, as for one user on one laptop: the demo workspace is built
    once per session (its keys must be found by every test that copies it) and CLI subprocesses
    inherit it. Keys are filed by event uid, so tests never see each other's. A test that needs a
    laptop without the keys points HYBRIDHUB_KEYSTORE elsewhere."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HYBRIDHUB_KEYSTORE", str(tmp_path_factory.mktemp("keys")))
        mp.setenv("HYBRIDHUB_DATA_DIR", str(tmp_path_factory.mktemp("session-data")))
        yield


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data dir or a developer's HYBRIDHUB_WORKSPACE."""
    monkeypatch.setenv("HYBRIDHUB_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("HYBRIDHUB_WORKSPACE", raising=False)


@pytest.fixture
def stores(pg_server: PgServer | None, pg_schema: str | None, tmp_path: Path) -> Iterator[Stores]:
    """Fresh workspace targets for this test: `stores.new("w.hybridhub")`, `stores.copy(demo_path)`."""
    made = Stores(pg_server if ON_POSTGRES else None, pg_schema, lambda: tmp_path)
    yield made
    made.discard()


@pytest.fixture(scope="module")
def module_stores(
    pg_server: PgServer | None, pg_schema: str | None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stores]:
    """As `stores`, for module-scoped fixtures."""
    made = Stores(pg_server if ON_POSTGRES else None, pg_schema, lambda: tmp_path_factory.mktemp("stores"))
    yield made
    made.discard()


@pytest.fixture
def workspace(stores: Stores) -> Iterator[Workspace]:
    ws = create_workspace(stores.new(), "Test workshop", timezone="Europe/Paris")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_template(
    pg_server: PgServer | None, pg_schema: str | None, tmp_path_factory: pytest.TempPathFactory
) -> WorkspaceTarget:
    """The demo built once per run; only ever copied (a database template must have no connections)."""
    from hybridhub.demo.builder import build_demo

    if pg_server is None or not ON_POSTGRES:
        target: WorkspaceTarget = tmp_path_factory.mktemp("demo") / "demo.hybridhub"
    else:
        target = pg_server.create(pg_schema, label="demo")
    build_demo(target)
    return target


@pytest.fixture(scope="session")
def demo_path(demo_template: WorkspaceTarget, pg_server: PgServer | None) -> WorkspaceTarget:
    """A demo workspace shared by the whole run: open it only to read; copy it (see `demo_workspace`,
    `stores.copy`) before changing it. A file, or a server URL on the PostgreSQL pass."""
    if pg_server is None or not ON_POSTGRES:
        return demo_template
    return pg_server.create(str(demo_template).rsplit("/", 1)[1], label="demo_shared")


@pytest.fixture
def demo_workspace(demo_template: WorkspaceTarget, stores: Stores) -> Iterator[Workspace]:
    ws = open_workspace(stores.copy(demo_template, "demo.hybridhub"))
    yield ws
    ws.close()
