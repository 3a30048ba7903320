"""Merge two participant records into one, recording everything that moved so the merge can be undone.

The merged-away record is kept (with `merged_into_id` set) and its rows point to the kept record. The
ParticipantMerge row's `moved` lists the ids of every moved row and the kept record's fields before the
merge, so un-merge puts back exactly what the merge changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    Identity,
    Note,
    Participant,
    ParticipantMerge,
    Registration,
    Sheet,
)

# Tables with a participant link, and the column holding it.
LINKED: dict[str, tuple[Any, Any]] = {
    "identities": (Identity, Identity.participant_id),
    "contributions": (Contribution, Contribution.participant_id),
    "checkins": (CheckIn, CheckIn.participant_id),
    "registrations": (Registration, Registration.participant_id),
    "sheets": (Sheet, Sheet.participant_id),
    "answers": (Answer, Answer.participant_id),
    "notes": (Note, Note.speaker_participant_id),
    "participants": (Participant, Participant.merged_into_id),  # records merged into the merged one
}
FILLED = ("display_name", "organisation", "language", "region", "age_band", "internet_access", "badge_number")
CONSENT = ("consent_quote", "consent_contact", "consent_name")


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept_id: int
    merged_id: int
    moved: dict[str, int]  # table -> rows moved


def merge(session: Session, event_id: int, kept_id: int, merged_id: int, reason: str = "") -> MergeResult:
    kept, merged = _active(session, event_id, kept_id), _active(session, event_id, merged_id)
    if kept.id == merged.id:
        raise ValidationError("a participant cannot be merged with itself", field="participant")
    moved: dict[str, Any] = {}
    for name, (model, column) in LINKED.items():
        ids = list(session.scalars(select(model.id).where(column == merged.id)))
        if ids:
            session.execute(
                update(model)
                .where(model.id.in_(ids))
                .values({column.key: kept.id})
                .execution_options(synchronize_session=False)
            )
        moved[name] = ids
    before: dict[str, Any] = {}
    for field in FILLED:
        if getattr(kept, field) is None and getattr(merged, field) is not None:
            before[field] = None
            setattr(kept, field, getattr(merged, field))
    for field in CONSENT:
        # One "no" from the person wins over a "yes"; a "yes" wins over "not asked".
        values = {getattr(kept, field), getattr(merged, field)}
        combined = False if False in values else (True if True in values else None)
        if combined != getattr(kept, field):
            before[field] = getattr(kept, field)
            setattr(kept, field, combined)
    moved["fields"] = before
    merged.merged_into_id = kept.id
    record = ParticipantMerge(kept_id=kept.id, merged_id=merged.id, moved=moved, reason=reason[:200])
    session.add(record)
    session.flush()
    session.expire_all()  # the bulk updates bypassed the identity map
    counts = {k: len(v) for k, v in moved.items() if k != "fields" and v}
    return MergeResult(record.id, kept.id, merged.id, counts)


def unmerge(session: Session, event_id: int, merged_id: int) -> MergeResult:
    """Undo the latest merge of the record `merged_id` into another."""
    merged = session.get(Participant, merged_id)
    if merged is None or merged.event_id != event_id:
        raise NotFoundError("this participant no longer exists", field="participant")
    record = session.scalars(
        select(ParticipantMerge)
        .where(ParticipantMerge.merged_id == merged.id, ParticipantMerge.undone_at.is_(None))
        .order_by(ParticipantMerge.id.desc())
    ).first()
    if record is None or merged.merged_into_id is None:
        raise ValidationError(f"{merged.pseudonym} is not merged into anyone", field="participant")
    kept = session.get(Participant, record.kept_id)
    assert kept is not None  # ON DELETE CASCADE removes the record with the kept participant
    if kept.merged_into_id is not None:
        raise ValidationError(
            f"{kept.pseudonym} has since been merged into another record",
            field="participant",
            hint=f"un-merge {kept.pseudonym} first",
        )
    restored: dict[str, int] = {}
    for name, (model, column) in LINKED.items():
        ids = [int(i) for i in record.moved.get(name, [])]
        if not ids:
            continue
        result = session.execute(
            update(model)
            .where(model.id.in_(ids), column == kept.id)  # rows erased or re-linked since stay as they are
            .values({column.key: merged.id})
            .execution_options(synchronize_session=False)
        )
        restored[name] = int(result.rowcount or 0)  # type: ignore[attr-defined]
    for field, value in (record.moved.get("fields") or {}).items():
        if field in FILLED or field in CONSENT:
            setattr(kept, field, value)
    merged.merged_into_id = None
    record.undone_at = utcnow()
    session.flush()
    session.expire_all()
    return MergeResult(record.id, kept.id, merged.id, restored)


@dataclass(frozen=True)
class MergeRecord:
    merge_id: int
    merged_id: int
    merged_label: str
    reason: str


def merges_of(session: Session, participant_id: int) -> list[MergeRecord]:
    """Active merges into this participant (what un-merge can undo)."""
    rows = session.execute(
        select(ParticipantMerge, Participant)
        .join(Participant, Participant.id == ParticipantMerge.merged_id)
        .where(ParticipantMerge.kept_id == participant_id, ParticipantMerge.undone_at.is_(None))
        .order_by(ParticipantMerge.id)
    )
    return [
        MergeRecord(
            m.id, p.id, f"{p.pseudonym} · {p.display_name}" if p.display_name else p.pseudonym, m.reason
        )
        for m, p in rows
    ]


def _active(session: Session, event_id: int, participant_id: int) -> Participant:
    p = session.get(Participant, participant_id)
    if p is None or p.event_id != event_id:
        raise NotFoundError("this participant no longer exists", field="participant")
    if p.merged_into_id is not None:
        raise ValidationError(
            f"{p.pseudonym} is already merged into another record",
            field="participant",
            hint="un-merge it first",
        )
    return p
