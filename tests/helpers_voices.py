"""Small builders for tests of notes, browsing, themes and people: real rows in a real workspace."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from hybridhub.core.models import Contribution, Identity, Participant
from hybridhub.core.text import content_hash, word_count

_counter = iter(range(1, 10**9))


def person(s: Session, event_id: int, name: str | None, **extra: object) -> Participant:
    p = Participant(event_id=event_id, display_name=name, **extra)
    s.add(p)
    s.flush()
    return p


def identity(s: Session, p: Participant, channel: str, display: str = "", **extra: object) -> Identity:
    key = str(extra.pop("key", f"{channel}:{display or p.id}:{next(_counter)}"))
    i = Identity(event_id=p.event_id, participant_id=p.id, channel=channel, key=key, display=display, **extra)
    s.add(i)
    s.flush()
    return i


def say(
    s: Session,
    event_id: int,
    text: str,
    *,
    channel: str = "whatsapp",
    p: Participant | None = None,
    at: datetime | None = None,
    **extra: object,
) -> Contribution:
    c = Contribution(
        event_id=event_id,
        channel=channel,
        source_key=f"t-{next(_counter)}",
        participant_id=p.id if p else None,
        posted_at=at if at is not None else datetime(2026, 11, 14, 10, 0, tzinfo=UTC),
        text=text,
        word_count=word_count(text),
        content_hash=content_hash(text),
        **extra,
    )
    s.add(c)
    s.flush()
    return c
