"""The participant list: identities per channel, consent flags, how much each person contributed."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import Contribution, Identity, Participant

CONSENTS = ("quote", "contact", "name")


@dataclass(frozen=True)
class IdentityView:
    id: int
    channel: str
    display: str  # a name, or '…42' for a phone number; never the number or address itself
    has_phone: bool
    has_email: bool


@dataclass(frozen=True)
class PersonRow:
    id: int
    uid: str
    pseudonym: str
    display_name: str | None
    organisation: str | None
    region: str | None
    language: str | None
    walk_in: bool
    consent_quote: bool | None
    consent_contact: bool | None
    consent_name: bool | None
    contributions: int
    channels: tuple[str, ...]
    identities: tuple[IdentityView, ...] = field(default_factory=tuple)
    merged_into_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.pseudonym} · {self.display_name}" if self.display_name else self.pseudonym


def list_people(
    session: Session, event_id: int, *, search: str = "", include_merged: bool = False
) -> list[PersonRow]:
    """Everyone, by name then pseudonym; `search` matches name, pseudonym or an identity's display."""
    query = select(Participant).where(Participant.event_id == event_id)
    if not include_merged:
        query = query.where(Participant.merged_into_id.is_(None))
    if search.strip():
        pattern = f"%{search.strip()}%"
        ident = select(Identity.participant_id).where(Identity.display.ilike(pattern))
        query = query.where(
            or_(
                Participant.display_name.ilike(pattern),
                Participant.pseudonym.ilike(pattern),
                Participant.id.in_(ident),
            )
        )
    people = list(
        session.scalars(
            query.order_by(func.lower(func.coalesce(Participant.display_name, "~")), Participant.pseudonym)
        )
    )
    ids = [p.id for p in people]
    counts = _contribution_counts(session, ids)
    identities = _identities(session, ids)
    return [_row(p, counts.get(p.id, 0), identities.get(p.id, ())) for p in people]


def person(session: Session, participant_id: int) -> PersonRow:
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFoundError(f"no participant {participant_id}", field="participant")
    return _row(
        p, _contribution_counts(session, [p.id]).get(p.id, 0), _identities(session, [p.id]).get(p.id, ())
    )


def resolve(session: Session, event_id: int, ref: str) -> Participant:
    """A participant by pseudonym ('P-K7QH4M', case-insensitive, 'P-' optional), uid, or row id."""
    wanted = ref.strip()
    if not wanted:
        raise ValidationError("expected a participant pseudonym (P-…) or uid", field="participant")
    code = wanted.upper()
    candidates = [code] if code.startswith("P-") else [code, "P-" + code]
    found = session.scalars(
        select(Participant).where(
            Participant.event_id == event_id,
            or_(Participant.pseudonym.in_(candidates), Participant.uid == wanted.lower()),
        )
    ).first()
    if found is None and wanted.isdigit():
        found = session.get(Participant, int(wanted))
        found = found if found is not None and found.event_id == event_id else None
    if found is None:
        raise NotFoundError(
            f"no participant '{ref}'", field="participant", hint="use a pseudonym such as P-K7QH4M or a uid"
        )
    return found


def set_consent(session: Session, participant_id: int, which: str, value: bool | None) -> None:
    if which not in CONSENTS:
        raise ValidationError(f"unknown consent '{which}'", field="consent", hint=", ".join(CONSENTS))
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFoundError("this participant no longer exists", field="participant")
    setattr(p, f"consent_{which}", value)
    session.flush()


def _contribution_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(Contribution.participant_id, func.count())
        .where(Contribution.participant_id.in_(ids))
        .group_by(Contribution.participant_id)
    )
    return {pid: int(n) for pid, n in rows if pid is not None}


def _identities(session: Session, ids: list[int]) -> dict[int, tuple[IdentityView, ...]]:
    found: dict[int, list[IdentityView]] = {}
    if not ids:
        return {}
    for i in session.scalars(
        select(Identity).where(Identity.participant_id.in_(ids)).order_by(Identity.channel, Identity.id)
    ):
        found.setdefault(i.participant_id, []).append(
            IdentityView(i.id, i.channel, i.display, i.phone_hash is not None, i.email_hash is not None)
        )
    return {pid: tuple(v) for pid, v in found.items()}


def _row(p: Participant, contributions: int, identities: tuple[IdentityView, ...]) -> PersonRow:
    return PersonRow(
        id=p.id,
        uid=p.uid,
        pseudonym=p.pseudonym,
        display_name=p.display_name,
        organisation=p.organisation,
        region=p.region,
        language=p.language,
        walk_in=p.walk_in,
        consent_quote=p.consent_quote,
        consent_contact=p.consent_contact,
        consent_name=p.consent_name,
        contributions=contributions,
        channels=tuple(sorted({i.channel for i in identities})),
        identities=identities,
        merged_into_id=p.merged_into_id,
    )


def people_choices(session: Session, event_id: int) -> list[tuple[int, str]]:
    """(id, label) of everyone not merged away, for pickers: no counts, cheap on large events."""
    rows = session.execute(
        select(Participant.id, Participant.pseudonym, Participant.display_name)
        .where(Participant.event_id == event_id, Participant.merged_into_id.is_(None))
        .order_by(func.lower(func.coalesce(Participant.display_name, "~")), Participant.pseudonym)
    )
    return [(pid, f"{pseudo} · {name}" if name else pseudo) for pid, pseudo, name in rows]
