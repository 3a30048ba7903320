"""Read and save the event's details and its sessions, with validation a facilitator understands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.clock import as_utc, zone
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import Event, EventSession
from hybridhub.core.models.event import SESSION_MODES
from hybridhub.core.text import fold

LANGUAGE_CODE_LENGTH = (2, 8)


@dataclass
class SessionDraft:
    """A session as edited on screen: times are local wall-clock times in the event's zone."""

    name: str
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    mode: str = "hybrid"
    location: str = ""
    uid: str | None = None  # None for a session not saved yet


@dataclass
class EventDetails:
    title: str
    purpose_who: str = ""
    purpose_what: str = ""
    purpose_why: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    venue: str = ""
    languages: list[str] = field(default_factory=lambda: ["en"])
    timezone: str = "UTC"
    sessions: list[SessionDraft] = field(default_factory=list)


def load_details(session: Session, event: Event) -> EventDetails:
    tz = zone(event.timezone)
    rows = session.scalars(
        select(EventSession).where(EventSession.event_id == event.id).order_by(EventSession.position)
    )
    return EventDetails(
        title=event.title,
        purpose_who=event.purpose_who,
        purpose_what=event.purpose_what,
        purpose_why=event.purpose_why,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        venue=event.venue,
        languages=list(event.languages),
        timezone=event.timezone,
        sessions=[
            SessionDraft(
                name=row.name,
                starts_at=row.starts_at.astimezone(tz).replace(tzinfo=None) if row.starts_at else None,
                ends_at=row.ends_at.astimezone(tz).replace(tzinfo=None) if row.ends_at else None,
                mode=row.mode,
                location=row.location,
                uid=row.uid,
            )
            for row in rows
        ],
    )


def validate(details: EventDetails) -> None:
    """Raise a ValidationError naming the field (and the session row) that is wrong."""
    if not details.title.strip():
        raise ValidationError("the event needs a title", field="title")
    zone(details.timezone)
    if details.starts_on and details.ends_on and details.ends_on < details.starts_on:
        raise ValidationError("the event ends before it starts", field="dates")
    if not details.languages:
        raise ValidationError("choose at least one language", field="languages")
    for code in details.languages:
        low, high = LANGUAGE_CODE_LENGTH
        if not (low <= len(code) <= high) or not code.replace("-", "").isalpha():
            raise ValidationError(
                f"'{code}' is not a language code", field="languages", hint="such as en, fr, pt-BR"
            )
    seen: set[str] = set()
    for number, s in enumerate(details.sessions, start=1):
        where = f"session {number}"
        if not s.name.strip():
            raise ValidationError("a session needs a name", field=where)
        if s.name.strip().casefold() in seen:
            raise ValidationError(f"two sessions are called '{s.name.strip()}'", field=where)
        seen.add(s.name.strip().casefold())
        if s.mode not in SESSION_MODES:
            raise ValidationError(f"mode must be one of {', '.join(SESSION_MODES)}", field=where)
        if s.starts_at and s.ends_at and s.ends_at <= s.starts_at:
            raise ValidationError(f"'{s.name}' ends before it starts", field=where)


def save_details(session: Session, event: Event, details: EventDetails) -> None:
    """Write the details and make the stored sessions match the drafts (kept by uid, so contributions
    already assigned to a session stay with it; removed sessions release their contributions)."""
    validate(details)
    tz = zone(details.timezone)
    event.title = details.title.strip()
    event.purpose_who = details.purpose_who.strip()
    event.purpose_what = details.purpose_what.strip()
    event.purpose_why = details.purpose_why.strip()
    event.starts_on, event.ends_on = details.starts_on, details.ends_on
    event.venue = details.venue.strip()
    event.languages = list(dict.fromkeys(code.strip() for code in details.languages))
    event.timezone = details.timezone
    existing = {
        row.uid: row for row in session.scalars(select(EventSession).where(EventSession.event_id == event.id))
    }
    keep: set[str] = set()
    for position, draft in enumerate(details.sessions):
        row = existing.get(draft.uid or "")
        if row is None:
            row = EventSession(event_id=event.id, name=draft.name)
            session.add(row)
        row.name = draft.name.strip()
        row.starts_at = as_utc(draft.starts_at, tz) if draft.starts_at else None
        row.ends_at = as_utc(draft.ends_at, tz) if draft.ends_at else None
        row.mode, row.location, row.position = draft.mode, draft.location.strip(), position
        if draft.uid:
            keep.add(draft.uid)
    for uid, row in existing.items():
        if uid not in keep:
            session.delete(row)
    session.flush()


def match_session(choices: Sequence[tuple[int, str]], wanted: str) -> int:
    """The id of the session `wanted` names among (id, name) choices in agenda order: its agenda number
    (1, 2, …), its name (case- and accent-insensitive), or a prefix that fits only one name."""
    key = fold(wanted)
    if key.isdigit() and 1 <= int(key) <= len(choices):
        return choices[int(key) - 1][0]
    exact = [sid for sid, name in choices if fold(name) == key]
    found = exact or ([sid for sid, name in choices if fold(name).startswith(key)] if key else [])
    if len(found) == 1:
        return found[0]
    names = "; ".join(f"{n}. {name}" for n, (_sid, name) in enumerate(choices, 1)) or "none yet"
    what = "several sessions start with" if found else "no session called"
    raise NotFoundError(f"{what} '{wanted.strip()}'", field="session", hint=f"sessions: {names}")


def session_choices(session: Session, event: Event) -> list[tuple[int, str]]:
    rows = session.execute(
        select(EventSession.id, EventSession.name)
        .where(EventSession.event_id == event.id)
        .order_by(EventSession.position, EventSession.id)
    )
    return [(sid, name) for sid, name in rows]


def find_session(session: Session, event: Event, name: str) -> EventSession:
    """A session by agenda number, name or unique prefix, or a NotFoundError listing the sessions."""
    found = session.get(EventSession, match_session(session_choices(session, event), name))
    assert found is not None
    return found
