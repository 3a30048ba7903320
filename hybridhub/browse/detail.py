"""One contribution in full, with where it came from: file and line, sheet code and crop, note author."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.browse.pages import ThemeTag, themes_of
from hybridhub.core.channels import is_offline, label
from hybridhub.core.errors import NotFoundError
from hybridhub.core.models import (
    Answer,
    Contribution,
    EventSession,
    Identity,
    ImportBatch,
    Note,
    Participant,
    Sheet,
)


@dataclass(frozen=True)
class Provenance:
    source: str  # "import", "paper", "note" or what the provenance says
    file_name: str | None = None
    line: int | None = None
    batch_format: str | None = None
    imported_at: datetime | None = None
    sheet_code: str | None = None
    sheet_method: str | None = None
    question_key: str | None = None
    crop_png: bytes | None = None  # the scanned box of a handwritten answer
    note_author: str | None = None
    note_speaker: str | None = None
    note_is_quote: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ContributionDetail:
    id: int
    uid: str
    text: str
    channel: str
    channel_label: str
    offline: bool
    kind: str
    posted_at: datetime | None
    session_name: str | None
    participant_id: int | None
    participant_label: str | None  # pseudonym, with the display name where there is one
    identity_display: str | None
    language: str | None
    voices: int
    flag: str | None
    parent_preview: str | None
    themes: tuple[ThemeTag, ...]
    provenance: Provenance


def contribution_detail(session: Session, contribution_id: int) -> ContributionDetail:
    c = session.get(Contribution, contribution_id)
    if c is None:
        raise NotFoundError(f"no contribution {contribution_id}", hint="it may have been erased")
    person = session.get(Participant, c.participant_id) if c.participant_id else None
    identity = session.get(Identity, c.identity_id) if c.identity_id else None
    session_row = session.get(EventSession, c.session_id) if c.session_id else None
    parent = session.get(Contribution, c.parent_id) if c.parent_id else None
    who = None
    if person is not None:
        who = f"{person.pseudonym} ({person.display_name})" if person.display_name else person.pseudonym
    return ContributionDetail(
        id=c.id,
        uid=c.uid,
        text=c.text,
        channel=c.channel,
        channel_label=label(c.channel),
        offline=is_offline(c.channel),
        kind=c.kind,
        posted_at=c.posted_at,
        session_name=session_row.name if session_row else None,
        participant_id=c.participant_id,
        participant_label=who,
        identity_display=identity.display if identity else None,
        language=c.language,
        voices=c.voices,
        flag=c.flag,
        parent_preview=parent.text[:200] if parent else None,
        themes=themes_of(session, [c.id]).get(c.id, ()),
        provenance=_provenance(session, c),
    )


def _provenance(session: Session, c: Contribution) -> Provenance:
    extra = {k: v for k, v in (c.provenance or {}).items() if k not in ("file", "line", "source")}
    line = (c.provenance or {}).get("line")
    source = str((c.provenance or {}).get("source") or "")
    fields: dict[str, Any] = {"extra": extra, "line": line if isinstance(line, int) else None}
    if c.batch_id is not None:
        batch = session.get(ImportBatch, c.batch_id)
        if batch is not None:
            fields.update(file_name=batch.file_name, batch_format=batch.format, imported_at=batch.created_at)
            source = source or "import"
    if fields.get("file_name") is None and (c.provenance or {}).get("file"):
        fields["file_name"] = str(c.provenance["file"])
    if c.sheet_id is not None:
        sheet = session.get(Sheet, c.sheet_id)
        if sheet is not None:
            fields.update(sheet_code=sheet.code, sheet_method=sheet.captured_method)
            source = "paper"
        answer = session.scalars(select(Answer).where(Answer.contribution_id == c.id).limit(1)).first()
        if answer is not None:
            fields.update(question_key=answer.question_key, crop_png=answer.crop)
    note = session.scalars(select(Note).where(Note.contribution_id == c.id)).first()
    if note is not None:
        speaker = note.speaker_group
        if note.speaker_participant_id is not None:
            person = session.get(Participant, note.speaker_participant_id)
            speaker = person.pseudonym if person else speaker
        fields.update(note_author=note.author, note_speaker=speaker, note_is_quote=note.is_quote)
        source = "note"
    return Provenance(source=source or c.channel, **fields)
