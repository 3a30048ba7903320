"""No phone number or e-mail address reaches the store in clear through the ORM.

Every session of a workspace scrubs (`hybridhub.core.scrub`) the texts that can hold what people
wrote — messages, notes, transcriptions, answers, provenance, import errors, names and attributes —
of each new or changed row just before it is flushed. Services that write with Core statements for
speed (the importers' bulk insert, note drafts) scrub their rows themselves with the same `Scrubber`.

The key comes from the key store only when a text holds a number or an address; on a laptop without
it the placeholders are bare (`[phone]`), so capturing a note never fails for the want of a key.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hybridhub.core.event_secrets import optional_hash_key
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    Event,
    Identity,
    ImportBatch,
    Note,
    NoteDraft,
    Participant,
    Registration,
    Sheet,
    Tally,
    Theme,
    UnidentifiedPage,
)
from hybridhub.core.scrub import Scrubber

# model -> (text attributes, JSON attributes) whose values are scrubbed before every flush.
GUARDED: dict[type[Any], tuple[tuple[str, ...], tuple[str, ...]]] = {
    Contribution: (("text",), ("provenance",)),
    Answer: (("transcription",), ("value",)),
    NoteDraft: (("text",), ()),
    Note: (("speaker_group",), ()),
    ImportBatch: (("file_name",), ("errors",)),
    CheckIn: (("raw_input",), ()),
    Participant: (("display_name", "organisation"), ("attributes",)),
    Identity: (("display",), ()),
    Registration: ((), ("source",)),
    Sheet: ((), ("source",)),
    UnidentifiedPage: (("file_name", "reason"), ()),
    Event: (("purpose_who", "purpose_what", "purpose_why", "venue"), ()),
    Theme: (("description",), ()),
    Tally: (("question",), ()),
}


def scrub_object(obj: Any, scrubber: Scrubber) -> None:
    """Scrub one ORM object's guarded attributes in place (only those that change are set)."""
    texts, values = GUARDED[type(obj)]
    for name in texts:
        old = getattr(obj, name)
        if isinstance(old, str):
            new = scrubber.text(old)
            if new != old:
                setattr(obj, name, new)
    for name in values:
        old = getattr(obj, name)
        new = scrubber.value(old)
        if new is not old:
            setattr(obj, name, new)


def _scrubber_for(session: Session, obj: Any) -> Scrubber:
    """One scrubber per event per session: the key is read once, and only if a text needs it. A row
    without an event of its own (a note, a draft) belongs to the workspace's first event."""
    event_id = obj.id if isinstance(obj, Event) else getattr(obj, "event_id", None)
    cache: dict[Any, Scrubber] = session.info.setdefault("hybridhub.scrubbers", {})
    memo = event_id if event_id is not None else id(obj) if isinstance(obj, Event) else None
    found = cache.get(memo)
    if found is None:

        def key() -> bytes | None:
            with session.no_autoflush:
                if isinstance(obj, Event):
                    ev: Event | None = obj
                elif event_id is not None:
                    ev = session.get(Event, event_id)
                else:
                    ev = session.scalars(select(Event).order_by(Event.id).limit(1)).first()
            return optional_hash_key(ev) if ev is not None and ev.hash_key_fingerprint else None

        found = cache[memo] = Scrubber(key)
    return found


def guard_sessions(factory: sessionmaker[Session]) -> None:
    """Scrub guarded texts of every session `factory` makes, before each flush."""

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        for obj in (*session.new, *session.dirty):
            if type(obj) in GUARDED:
                scrub_object(obj, _scrubber_for(session, obj))

    def after_transaction_end(session: Session, _transaction: Any) -> None:
        session.info.pop("hybridhub.scrubbers", None)

    sa_event.listen(factory, "before_flush", before_flush)
    sa_event.listen(factory, "after_transaction_end", after_transaction_end)
