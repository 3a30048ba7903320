"""Hot statements give what SQLAlchemy itself would read and write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select

from hybridhub.core.driver_sql import HotStatement, sqlite_time, sqlite_time_value
from hybridhub.core.models import Event
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
