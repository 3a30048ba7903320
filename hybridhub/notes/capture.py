"""Save, edit and list facilitator notes. A note is a Contribution of channel 'note' plus a Note row
(author, tags, speaker, quote flag); `voices` is how many people speak through it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.ids import uuid7
from hybridhub.core.models import Contribution, ContributionTheme, EventSession, Note, Participant
from hybridhub.core.text import content_hash, word_count
from hybridhub.notes.tags import find_tags, themes_for_tags

MAX_VOICES = 500
MAX_TEXT = 20_000


@dataclass(frozen=True)
class NoteInput:
    text: str
    session_id: int | None = None
    voices: int = 1
    speaker_participant_id: int | None = None
    speaker_group: str | None = None
    is_quote: bool = False
    author: str = ""


@dataclass(frozen=True)
class NoteView:
    note_id: int
    contribution_id: int
    uid: str
    text: str
    session_id: int | None
    session_name: str | None
    posted_at: datetime | None
    voices: int
    author: str
    tags: list[str] = field(default_factory=list)
    speaker: str | None = None
    is_quote: bool = False


def _validate(session: Session, event_id: int, data: NoteInput) -> str:
    text = data.text.strip()
    if not text:
        raise ValidationError("a note needs some text", field="text")
    if len(text) > MAX_TEXT:
        raise ValidationError(f"a note is limited to {MAX_TEXT} characters", field="text")
    if not 1 <= data.voices <= MAX_VOICES:
        raise ValidationError(f"voices must be between 1 and {MAX_VOICES}", field="voices")
    if data.session_id is not None:
        found = session.get(EventSession, data.session_id)
        if found is None or found.event_id != event_id:
            raise NotFoundError("this session no longer exists", field="session")
    if data.speaker_participant_id is not None:
        person = session.get(Participant, data.speaker_participant_id)
        if person is None or person.event_id != event_id:
            raise NotFoundError("this participant no longer exists", field="speaker")
    if data.speaker_group is not None and len(data.speaker_group) > 200:
        raise ValidationError("a group name is limited to 200 characters", field="speaker")
    return text


def add_note(session: Session, event_id: int, data: NoteInput, *, at: datetime | None = None) -> NoteView:
    """Store a note stamped `at` (now by default); its #tags code it with themes."""
    text = _validate(session, event_id, data)
    note = Note(
        author=data.author.strip()[:200],
        tags=[],
        speaker_participant_id=data.speaker_participant_id,
        speaker_group=(data.speaker_group or "").strip() or None,
        is_quote=data.is_quote,
    )
    uid = uuid7()
    contribution = Contribution(
        uid=uid,
        event_id=event_id,
        channel="note",
        kind="note",
        source_key=f"note:{uid}",
        session_id=data.session_id,
        participant_id=data.speaker_participant_id,
        posted_at=at or utcnow(),
        voices=data.voices,
        provenance={"source": "note", "author": note.author},
    )
    session.add(contribution)
    _set_text(session, event_id, contribution, note, text)
    session.flush()
    note.contribution_id = contribution.id
    session.add(note)
    session.flush()
    return _view(session, note, contribution)


def edit_note(session: Session, event_id: int, note_id: int, data: NoteInput) -> NoteView:
    note, contribution = _load(session, note_id)
    text = _validate(session, event_id, data)
    contribution.voices = data.voices
    contribution.session_id = data.session_id
    contribution.participant_id = data.speaker_participant_id
    note.speaker_participant_id = data.speaker_participant_id
    note.speaker_group = (data.speaker_group or "").strip() or None
    note.is_quote = data.is_quote
    _set_text(session, event_id, contribution, note, text)
    session.flush()
    return _view(session, note, contribution)


def delete_note(session: Session, note_id: int) -> None:
    _note, contribution = _load(session, note_id)
    session.delete(contribution)  # the Note row goes with it (ON DELETE CASCADE)
    session.flush()


def list_notes(
    session: Session, event_id: int, session_id: int | None = None, limit: int = 200
) -> list[NoteView]:
    """The latest notes first, of one session or of all."""
    query = (
        select(Note, Contribution)
        .join(Contribution, Contribution.id == Note.contribution_id)
        .where(Contribution.event_id == event_id)
        .order_by(Contribution.posted_at.desc(), Contribution.id.desc())
        .limit(limit)
    )
    if session_id is not None:
        query = query.where(Contribution.session_id == session_id)
    return [_view(session, n, c) for n, c in session.execute(query)]


def _set_text(session: Session, event_id: int, contribution: Contribution, note: Note, text: str) -> None:
    contribution.text = text
    contribution.word_count = word_count(text)
    contribution.content_hash = content_hash(text)
    tags = find_tags(text)
    note.tags = tags
    coded = {link.theme_id for link in contribution.themes}
    for theme in themes_for_tags(session, event_id, tags):
        if theme.id not in coded:
            contribution.themes.append(ContributionTheme(theme_id=theme.id, source="tag", accepted=True))


def _load(session: Session, note_id: int) -> tuple[Note, Contribution]:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFoundError(f"no note {note_id}", field="note")
    contribution = session.get(Contribution, note.contribution_id)
    assert contribution is not None  # FK with cascade: a note never outlives its contribution
    return note, contribution


def _view(session: Session, note: Note, c: Contribution) -> NoteView:
    session_row = session.get(EventSession, c.session_id) if c.session_id else None
    speaker = note.speaker_group
    if note.speaker_participant_id is not None:
        person = session.get(Participant, note.speaker_participant_id)
        if person is not None:
            speaker = person.display_name or person.pseudonym
    return NoteView(
        note_id=note.id,
        contribution_id=c.id,
        uid=c.uid,
        text=c.text,
        session_id=c.session_id,
        session_name=session_row.name if session_row else None,
        posted_at=c.posted_at,
        voices=c.voices,
        author=note.author,
        tags=list(note.tags),
        speaker=speaker,
        is_quote=note.is_quote,
    )
