"""The same models and migrations on PostgreSQL. Runs when HYBRIDHUB_TEST_POSTGRES_URL names an empty
database (e.g. postgresql+psycopg://user:pw@localhost/hh_test); `make test-postgres` sets one up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from hybridhub.analysis.stats import workspace_stats
from hybridhub.core.migrations.env_filters import include_name
from hybridhub.core.models import Base
from hybridhub.core.workspace import create_workspace, head_revision, open_workspace

URL = os.environ.get("HYBRIDHUB_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set HYBRIDHUB_TEST_POSTGRES_URL to test on PostgreSQL")


@pytest.fixture
def empty_database() -> str:
    assert URL
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return URL


def test_demo_builds_and_counts_the_same_on_postgres(empty_database: str, demo_workspace: object) -> None:
    from hybridhub.demo.builder import build_demo

    build_demo(empty_database)  # type: ignore[arg-type]
    ws = open_workspace(empty_database)
    assert ws.revision() == head_revision()
    with ws.session() as s:
        on_pg = workspace_stats(s, ws.event(s))
    with demo_workspace.session() as s:  # type: ignore[attr-defined]
        on_sqlite = workspace_stats(s, demo_workspace.event(s))  # type: ignore[attr-defined]
    assert on_pg == on_sqlite
    with ws.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []
    ws.close()


def test_door_desk_scans_on_postgres(empty_database: str, tmp_path: Path) -> None:
    """The desk's hot statements run as portable SQL text off SQLite: same outcomes, aware times."""
    from hybridhub.checkin.desk import Desk
    from tests.checkin.helpers import code_of, register

    ws = create_workspace(empty_database, "Door on PostgreSQL", timezone="Europe/Paris")
    register(ws, tmp_path)
    code = code_of(ws, "Élodie Müller")
    first = Desk(ws, "Door-1").scan(code)
    assert first.result == "ok" and first.participant and first.participant.walk_in is False
    again = Desk(ws, "Door-2").scan(code)
    assert again.result == "already" and again.previous_device == "Door-1"
    assert again.previous_at == first.scanned_at and again.previous_at.tzinfo is not None
    desk = Desk(ws, "Door-1")
    assert desk.undo_last() is not None
    assert desk.scan(code).result == "ok"
    ws.close()


def test_upgrade_from_0004_on_postgres_moves_the_secrets_and_scrubs_the_texts(empty_database: str) -> None:
    from sqlalchemy import select

    from hybridhub.core import keystore
    from hybridhub.core.models import Answer, Contribution
    from tests.core.old_workspace import build_old_workspace

    planted = build_old_workspace(empty_database, "0004")
    ws = open_workspace(empty_database)
    try:
        assert ws.revision() == head_revision()
        with ws.session() as s:
            texts = s.scalars(select(Contribution.text)).all()
            answers = s.scalars(select(Answer.value)).all()
        assert len(texts) == 3 and all("[phone …" in t for t in texts) and "[phone …" in answers[0]
        assert keystore.read_hash_key(planted.event_uid) == planted.hash_key
        with ws.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        ws.close()
