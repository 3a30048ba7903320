"""Which session of the agenda is running now, so the notes page opens on the right one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.models import EventSession
from hybridhub.events.service import match_session


@dataclass(frozen=True)
class SessionInfo:
    id: int
    name: str
    starts_at: datetime | None
    ends_at: datetime | None
    mode: str


def list_sessions(session: Session, event_id: int) -> list[SessionInfo]:
    rows = session.scalars(
        select(EventSession)
        .where(EventSession.event_id == event_id)
        .order_by(EventSession.position, EventSession.id)
    )
    return [SessionInfo(r.id, r.name, r.starts_at, r.ends_at, r.mode) for r in rows]


def running_session(
    sessions: list[SessionInfo], now: datetime | None = None, tz: tzinfo = UTC
) -> SessionInfo | None:
    """The session running at `now`; if several overlap (parallel breakouts), the one that started
    last; between sessions, the next one today (the event's day, in its zone `tz`); after the last one,
    the last one; else the first."""
    if not sessions:
        return None
    now = now or utcnow()
    timed = [s for s in sessions if s.starts_at is not None]
    running = [s for s in timed if s.starts_at <= now and (s.ends_at is None or now < s.ends_at)]  # type: ignore[operator]
    if running:
        return max(running, key=lambda s: s.starts_at)  # type: ignore[arg-type,return-value]
    today = now.astimezone(tz).date()
    upcoming = [s for s in timed if s.starts_at > now and s.starts_at.astimezone(tz).date() == today]  # type: ignore[operator,union-attr]
    if upcoming:
        return min(upcoming, key=lambda s: s.starts_at)  # type: ignore[arg-type,return-value]
    past = [s for s in timed if s.starts_at <= now]  # type: ignore[operator]
    if past:
        return max(past, key=lambda s: s.starts_at)  # type: ignore[arg-type,return-value]
    return sessions[0]


def clock_on_agenda(sessions: list[SessionInfo], now: datetime, tz: tzinfo) -> bool:
    """Whether `now` falls on a day of the agenda (in the event's zone `tz`), so that the clock may
    choose the session; True for an agenda without times."""
    days = {s.starts_at.astimezone(tz).date() for s in sessions if s.starts_at is not None}
    return not days or now.astimezone(tz).date() in days


def find_session(session: Session, event_id: int, name_or_id: str) -> SessionInfo:
    """A session by its agenda number, name (case- and accent-insensitive) or a unique prefix."""
    sessions = list_sessions(session, event_id)
    wanted = match_session([(s.id, s.name) for s in sessions], name_or_id)
    return next(s for s in sessions if s.id == wanted)
