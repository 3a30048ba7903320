"""Hot statements give what SQLAlchemy itself would read and write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Boolean, bindparam, literal, select

from hybridhub.core.driver_sql import CompiledTemplate, HotStatement, sqlite_time, sqlite_time_value
from hybridhub.core.models import Event, UTCDateTime
from hybridhub.core.workspace import Workspace


def test_sqlite_time_round_trips_and_refuses_naive_values() -> None:
    when = datetime(2026, 11, 23, 9, 5, 7, 1234, tzinfo=timezone(timedelta(hours=1)))
    assert sqlite_time(when) == "2026-11-23 08:05:07.001234"
    assert sqlite_time_value(sqlite_time(when)) == when
    assert sqlite_time(None) is None and sqlite_time_value(None) is None
    try:
        sqlite_time(datetime(2026, 1, 1))
    except ValueError as exc:
        assert "naive" in str(exc)
    else:
        raise AssertionError("a naive datetime was stored")


def test_hot_statement_writes_what_the_orm_reads_back(workspace: Workspace) -> None:
    when = datetime(2026, 11, 23, 8, 0, 0, 500, tzinfo=UTC)
    update = HotStatement("UPDATE events SET created_at = :at WHERE id = :id", times=("at",))
    read = HotStatement("SELECT id, created_at FROM events WHERE id = :id", time_columns=(1,))
    with workspace.session() as s:
        event_id = workspace.event(s).id
    with workspace.engine.begin() as conn:
        update.rows(conn, {"at": when, "id": event_id})
        assert read.first(conn, {"id": event_id}) == (event_id, when)
        assert read.first(conn, {"id": -1}) is None
    with workspace.session() as s:
        assert s.scalar(select(Event.created_at).where(Event.id == event_id)) == when


def test_compiled_template_reads_what_sqlalchemy_reads(workspace: Workspace) -> None:
    with workspace.session() as s:
        event = workspace.event(s)
        event_id, created = event.id, event.created_at
    before = bindparam("before", type_=UTCDateTime())
    stmt = select(Event.id, Event.created_at, literal("const")).where(
        Event.id == bindparam("id"), Event.created_at < before
    )
    template = CompiledTemplate(stmt, workspace.engine.dialect, time_columns=(1,))
    assert (template.sql is not None) == workspace.is_sqlite  # on SQLite's driver; SQLAlchemy elsewhere
    later = created + timedelta(seconds=1)
    with workspace.engine.connect() as conn:
        rows = template.rows(conn, {"id": event_id, "before": later})
        assert rows == [tuple(r) for r in conn.execute(stmt, {"id": event_id, "before": later})]
        assert rows == [(event_id, created, "const")] and rows[0][1].tzinfo is UTC
        assert template.rows(conn, {"id": event_id, "before": created}) == []
        with pytest.raises(KeyError):
            template.rows(conn, {"id": event_id})  # every value is given, or it fails loudly
        # A bind this class does not convert (booleans): SQLAlchemy runs the statement instead.
        flagged = select(Event.id).where(
            Event.id == bindparam("id"), literal(True) == bindparam("on", type_=Boolean())
        )
        fallback = CompiledTemplate(flagged, workspace.engine.dialect)
        assert fallback.sql is None
        assert fallback.rows(conn, {"id": event_id, "on": True}) == [(event_id,)]
        assert fallback.rows(conn, {"id": event_id, "on": False}) == []


@pytest.mark.parametrize(
    "stored",
    [
        "2026-11-03 10:23:45.000000",
        "2026-11-03 10:23:45.123456",
        "2026-11-03 10:23:45",
        "2026-11-03 10:23",
        "2026-11-03T10:23:45.5",
        "2026-11-03",
        "2026-11-03 10:23:45+02:00",
    ],
)
def test_sqlite_time_value_reads_any_stored_text_as_sqlalchemy_does(stored: str) -> None:
    value = sqlite_time_value(stored)
    assert value == datetime.fromisoformat(stored).replace(tzinfo=UTC) and value is not None
    assert value.tzinfo is UTC
