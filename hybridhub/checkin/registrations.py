"""Registrations: import a participants list with a column mapping, add walk-ins, issue signed codes.

A person is recognised again by a keyed hash of their e-mail, else of their phone, else by their
normalised name and organisation, so re-importing the same (or an updated) list adds nobody twice.
E-mail addresses and phone numbers are never stored in clear: only keyed hashes and two last digits.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hybridhub.checkin import codes
from hybridhub.checkin.keys import SigningKey, signing_key
from hybridhub.checkin.tables import Table, read_table
from hybridhub.core.clock import utcnow
from hybridhub.core.errors import UserError, ValidationError
from hybridhub.core.event_secrets import hash_key
from hybridhub.core.models import (
    Event,
    Identity,
    ImportBatch,
    MappingPreset,
    Participant,
    Registration,
)
from hybridhub.core.privacy import email_hash, phone_hash
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.scrub import Scrubber
from hybridhub.core.text import fold

CHANNEL = "checkin"
FIELDS = (
    "name",
    "first_name",
    "last_name",
    "organisation",
    "email",
    "phone",
    "language",
    "region",
    "age_band",
    "internet_access",
)
FIELD_LABELS = {
    "name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "organisation": "Organisation",
    "email": "E-mail (kept as a hash)",
    "phone": "Phone (kept as a hash)",
    "language": "Language",
    "region": "Region",
    "age_band": "Age band",
    "internet_access": "Internet access",
}
_SYNONYMS = {
    "name": ("name", "fullname", "participant", "nomcomplet", "nomprenom", "prenomnom", "nombrecompleto"),
    "first_name": ("firstname", "givenname", "prenom", "vorname", "nombre", "forename"),
    "last_name": ("lastname", "surname", "familyname", "nachname", "apellido", "apellidos", "nomdefamille"),
    "organisation": (
        "organisation", "organization", "org", "company", "structure", "association", "organisme",
        "firma", "organisacion", "organizacion", "empresa", "employer",
    ),
    "email": ("email", "mail", "emailaddress", "courriel", "adressemail", "correo", "correoelectronico"),
    "phone": ("phone", "telephone", "tel", "mobile", "portable", "handy", "telefon", "telefono", "movil"),
    "language": ("language", "langue", "sprache", "idioma", "lang", "preferredlanguage"),
    "region": ("region", "area", "city", "ville", "commune", "stadt", "ciudad", "district"),
    "age_band": ("ageband", "agegroup", "age", "trancheage", "trranchedage", "altersgruppe", "edad", "alter"),
    "internet_access": ("internet", "internetaccess", "acces", "accesinternet", "internetzugang"),
}  # fmt: skip
_ACCESS = {
    "none": ("none", "no", "non", "nein", "ninguno", "aucun", "never", "jamais", "0"),
    "poor": ("poor", "weak", "limited", "faible", "limite", "schwach", "bad", "mauvais", "some"),
    "good": ("good", "yes", "oui", "ja", "si", "bon", "bonne", "gut", "bueno", "buena", "ok"),
}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _header_key(header: str) -> str:
    return _NON_ALNUM.sub("", fold(header))


@dataclass
class ColumnMapping:
    """Which column feeds which field; `extras` maps further columns to attribute names."""

    fields: dict[str, str] = field(default_factory=dict)
    extras: dict[str, str] = field(default_factory=dict)

    def check(self, headers: list[str], file: str | None = None) -> None:
        unknown = [f for f in self.fields if f not in FIELDS]
        if unknown:
            raise ValidationError(
                f"unknown field '{unknown[0]}'", file=file, hint="fields are: " + ", ".join(FIELDS)
            )
        for column in [*self.fields.values(), *self.extras]:
            if column not in headers:
                raise ValidationError(
                    f"no column '{column}' in the file", file=file, hint="columns: " + ", ".join(headers)
                )
        if not {"name", "first_name", "last_name", "email", "phone"} & set(self.fields):
            raise ValidationError(
                "map at least one of name, first/last name, e-mail or phone", file=file, field="mapping"
            )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def guess_mapping(headers: list[str]) -> ColumnMapping:
    """Map columns whose titles are known in English, French, German or Spanish; leave the rest."""
    keys = {_header_key(h): h for h in headers}
    fields: dict[str, str] = {}
    for name, synonyms in _SYNONYMS.items():
        for syn in synonyms:
            if syn in keys and keys[syn] not in fields.values():
                fields[name] = keys[syn]
                break
    # French "Nom" is the family name when a "Prénom" column stands beside it, else the full name.
    if "nom" in keys:
        if "first_name" in fields and "last_name" not in fields:
            fields["last_name"] = keys["nom"]
        elif "name" not in fields:
            fields["name"] = keys["nom"]
    return ColumnMapping(fields)


def load_mapping(session: Session, headers: list[str]) -> ColumnMapping:
    """The mapping saved at the last import, if it still fits these columns; else a guess."""
    preset = session.scalars(
        select(MappingPreset).where(MappingPreset.kind == "registrations", MappingPreset.name == "last")
    ).first()
    if preset is not None:
        saved = ColumnMapping(
            dict(preset.definition.get("fields", {})), dict(preset.definition.get("extras", {}))
        )
        try:
            saved.check(headers)
        except ValidationError:
            pass
        else:
            return saved
    return guess_mapping(headers)


def _save_mapping(session: Session, mapping: ColumnMapping) -> None:
    preset = session.scalars(
        select(MappingPreset).where(MappingPreset.kind == "registrations", MappingPreset.name == "last")
    ).first()
    if preset is None:
        session.add(MappingPreset(kind="registrations", name="last", definition=mapping.as_dict()))
    else:
        preset.definition = mapping.as_dict()


@dataclass
class ImportSummary:
    file: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates_in_file: int = 0
    skipped: int = 0
    codes_issued: int = 0
    errors: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (
            f"{self.file}: {self.rows} rows — {self.added} added, {self.updated} updated, "
            f"{self.unchanged} already registered"
        )
        if self.duplicates_in_file:
            text += f", {self.duplicates_in_file} listed twice"
        if self.skipped:
            text += f", {self.skipped} skipped"
        return text


@dataclass
class _Person:
    line: int
    name: str | None
    organisation: str | None
    email: str | None
    phone: str | None
    values: dict[str, str | None]
    attributes: dict[str, str]


def _access(raw: str) -> str | None:
    key = _header_key(raw)
    for value, words in _ACCESS.items():
        if key in words:
            return value
    return None


def _person(table: Table, mapping: ColumnMapping, line: int, cells: list[str]) -> _Person:
    index = {h: i for i, h in enumerate(table.headers)}

    def get(name: str) -> str | None:
        column = mapping.fields.get(name)
        value = cells[index[column]].strip() if column else ""
        return value or None

    name = get("name")
    if not name:
        parts = [p for p in (get("first_name"), get("last_name")) if p]
        name = " ".join(parts) or None
    email = get("email")
    if email and not _EMAIL.match(email):
        raise ValidationError(
            f"'{email[:40]}' is not an e-mail address",
            file=table.file.name,
            line=line,
            field=mapping.fields["email"],
        )
    phone = get("phone")
    if phone and sum(ch.isdigit() for ch in phone) < 6:
        raise ValidationError(
            "this is not a phone number (too few digits)",
            file=table.file.name,
            line=line,
            field=mapping.fields["phone"],
        )
    if not (name or email or phone):
        raise ValidationError("no name, e-mail or phone on this row", file=table.file.name, line=line)
    values: dict[str, str | None] = {
        "language": (get("language") or "")[:16].lower() or None,
        "region": (get("region") or "")[:100] or None,
        "age_band": (get("age_band") or "")[:16] or None,
    }
    attributes = {
        attr: cells[index[col]].strip() for col, attr in mapping.extras.items() if cells[index[col]].strip()
    }
    raw_access = get("internet_access")
    values["internet_access"] = _access(raw_access) if raw_access else None
    if raw_access and values["internet_access"] is None:
        attributes["internet_access_answer"] = raw_access
    org = get("organisation")
    return _Person(
        line, name[:200] if name else None, org[:200] if org else None, email, phone, values, attributes
    )


def _keys(event: Event, person: _Person, secret: Callable[[], bytes]) -> dict[str, str]:
    keys: dict[str, str] = {}
    if person.email:
        keys["email"] = email_hash(secret(), person.email)
    if person.phone:
        keys["phone"], keys["phone_last2"] = phone_hash(secret(), person.phone)
    if person.name:  # a name that is an address or a number is matched on a keyed hash
        keys["name"] = Scrubber(secret).stable_key(
            "name:" + fold(person.name) + "|" + fold(person.organisation or "")
        )
    return keys


class _Known:
    """The people this event already knows at the door, indexed by e-mail hash, phone hash and name key,
    loaded once per import (a list of ten thousand is matched in memory, not row by row in SQL)."""

    def __init__(self, session: Session, event: Event) -> None:
        self.email: dict[str, Identity] = {}
        self.phone: dict[str, Identity] = {}
        self.key: dict[str, Identity] = {}
        for ident in session.scalars(
            select(Identity).where(Identity.event_id == event.id, Identity.channel == CHANNEL)
        ):
            self.add(ident)

    def add(self, ident: Identity) -> None:
        if ident.email_hash:
            self.email.setdefault(ident.email_hash, ident)
        if ident.phone_hash:
            self.phone.setdefault(ident.phone_hash, ident)
        self.key.setdefault(ident.key, ident)

    def find(self, keys: dict[str, str]) -> Identity | None:
        return (
            self.email.get(keys.get("email", ""))
            or self.phone.get(keys.get("phone", ""))
            or self.key.get(keys.get("name", ""))
        )


def next_badge_number(session: Session, event: Event) -> int:
    top = session.scalar(select(func.max(Participant.badge_number)).where(Participant.event_id == event.id))
    return (top or 0) + 1


def _short_codes(session: Session, event: Event) -> set[str]:
    return set(session.scalars(select(Registration.short_code).where(Registration.event_id == event.id)))


def issue_code(
    session: Session,
    event: Event,
    participant: Participant,
    key: SigningKey,
    source: dict[str, Any],
    taken: set[str] | None = None,
) -> Registration:
    """Sign a code for `participant` with `key`. `taken` (the event's short codes) saves a query per
    code when many are issued at once."""
    if participant.badge_number is None:
        participant.badge_number = next_badge_number(session, event)
        session.flush()
    issued = utcnow().replace(microsecond=0)
    payload = codes.Payload(key.key_id, codes.event_tag(event.uid), participant.badge_number, issued)
    text = codes.sign(key.private, payload)
    taken = _short_codes(session, event) if taken is None else taken
    short = codes.new_short_code()
    while short in taken:
        short = codes.new_short_code()
    taken.add(short)
    reg = Registration(
        event_id=event.id,
        participant_id=participant.id,
        code=text,
        short_code=short,
        key_id=key.key_id,
        issued_at=issued,
        source=source,
    )
    session.add(reg)
    return reg


def issue_missing_codes(session: Session, event: Event, progress: ProgressFn = no_progress) -> int:
    """Give every participant of the event without a valid registration a signed code."""
    key = signing_key(session, event)
    have = set(
        session.scalars(
            select(Registration.participant_id).where(
                Registration.event_id == event.id, Registration.revoked.is_(False)
            )
        )
    )
    people = [
        p
        for p in session.scalars(
            select(Participant)
            .where(Participant.event_id == event.id, Participant.merged_into_id.is_(None))
            .order_by(Participant.id)
        )
        if p.id not in have
    ]
    badge = next_badge_number(session, event)
    for p in people:
        if p.badge_number is None:
            p.badge_number = badge
            badge += 1
    session.flush()
    taken = _short_codes(session, event)
    for i, p in enumerate(people):
        issue_code(session, event, p, key, {"issued": "bulk"}, taken)
        if i % 200 == 0:
            progress(i, len(people), "signing codes")
    session.flush()
    return len(people)


def import_registrations(
    session: Session,
    event: Event,
    path: Path,
    mapping: ColumnMapping | None = None,
    *,
    progress: ProgressFn = no_progress,
    table: Table | None = None,
) -> ImportSummary:
    """Import a participants list in one transaction (the caller's). A bad row is reported by line
    and skipped; the rest go in. Every new person gets a badge number and a signed code."""
    table = table or read_table(path)
    mapping = mapping or load_mapping(session, table.headers)
    mapping.check(table.headers, table.file.name)
    key = signing_key(session, event)  # before any change: a door laptop cannot register people
    summary = ImportSummary(table.file.name, rows=len(table.rows))
    batch = ImportBatch(
        event_id=event.id,
        format="registrations",
        file_name=table.file.name,
        sha256=table.sha256,
        size=table.size,
        options={"mapping": mapping.as_dict()},
    )
    session.add(batch)
    session.flush()
    register = _Register(session, event, key, batch, table.file.name, next_badge_number(session, event))
    total = len(table.rows)
    for i, (line, cells) in enumerate(table.rows):
        if i % 100 == 0:
            progress(i, total, f"row {i + 1} of {total}")
        try:
            person = _person(table, mapping, line, cells)
        except ValidationError as exc:
            summary.skipped += 1
            summary.errors.append(exc.describe())
            continue
        register.row(person, line, summary)
    progress(total, total, "done")
    batch.added = summary.added
    batch.new_participants = summary.added
    batch.duplicates = summary.unchanged + summary.updated + summary.duplicates_in_file
    batch.skipped = summary.skipped
    batch.errors = summary.errors[:500]
    _save_mapping(session, mapping)
    session.flush()
    return summary


class _Register:
    """Adds the rows of one list: a known person is updated once, a new one gets a badge and a code."""

    def __init__(
        self, session: Session, event: Event, key: SigningKey, batch: ImportBatch, file: str, badge: int
    ) -> None:
        self.session, self.event, self.key, self.batch, self.file = session, event, key, batch, file
        self.badge = badge
        self.seen: set[int] = set()
        self.known = _Known(session, event)
        self.taken = _short_codes(session, event)
        # The event's hash key, asked for only if the list has e-mails or phones.
        self.secret = functools.cache(lambda: hash_key(event))

    def row(self, person: _Person, line: int, summary: ImportSummary) -> None:
        keys = _keys(self.event, person, self.secret)
        ident = self.known.find(keys)
        if ident is None:
            self._add(person, keys, line)
            summary.added += 1
            summary.codes_issued += 1
            return
        if ident.participant_id in self.seen:
            summary.duplicates_in_file += 1
            return
        self.seen.add(ident.participant_id)
        participant = self.session.get(Participant, ident.participant_id)
        assert participant is not None
        if _update(participant, person):
            summary.updated += 1
        else:
            summary.unchanged += 1
        _complete_identity(ident, keys)
        self.known.add(ident)

    def _add(self, person: _Person, keys: dict[str, str], line: int) -> None:
        participant = Participant(
            event_id=self.event.id,
            display_name=person.name,
            organisation=person.organisation,
            attributes=person.attributes,
            badge_number=self.badge,
            **person.values,
        )
        self.badge += 1
        self.session.add(participant)
        self.session.flush()
        self.seen.add(participant.id)
        primary = keys.get("email") or keys.get("phone") or keys["name"]
        ident = Identity(
            event_id=self.event.id,
            participant_id=participant.id,
            channel=CHANNEL,
            key=primary,
            display=person.name or (f"…{keys['phone_last2']}" if "phone" in keys else "(e-mail only)"),
        )
        _complete_identity(ident, keys)
        self.session.add(ident)
        self.known.add(ident)
        source = {"batch": self.batch.uid, "line": line, "file": self.file}
        issue_code(self.session, self.event, participant, self.key, source, self.taken)


def _complete_identity(ident: Identity, keys: dict[str, str]) -> None:
    if "email" in keys and not ident.email_hash:
        ident.email_hash = keys["email"]
    if "phone" in keys and not ident.phone_hash:
        ident.phone_hash, ident.phone_last2 = keys["phone"], keys["phone_last2"]


def _update(p: Participant, person: _Person) -> bool:
    changed = False
    for attr, value in [
        ("display_name", person.name),
        ("organisation", person.organisation),
        *person.values.items(),
    ]:
        if value is not None and getattr(p, attr) != value:
            setattr(p, attr, value)
            changed = True
    if person.attributes and any(p.attributes.get(k) != v for k, v in person.attributes.items()):
        p.attributes = {**p.attributes, **person.attributes}
        changed = True
    return changed


def add_walk_in(
    session: Session,
    event: Event,
    *,
    name: str | None = None,
    organisation: str | None = None,
    language: str | None = None,
    device: str = "",
) -> Participant:
    """A person who came without registering: a first-class participant with the next badge number
    (the badge number is their name if they give none). A signed code is issued where this laptop
    holds the signing key, so a badge can be printed for them later."""
    name = (name or "").strip() or None
    participant = Participant(
        event_id=event.id,
        display_name=name[:200] if name else None,
        organisation=(organisation or "").strip()[:200] or None,
        language=(language or "").strip()[:16].lower() or None,
        walk_in=True,
        badge_number=next_badge_number(session, event),
        attributes={"walk_in_device": device} if device else {},
    )
    session.add(participant)
    session.flush()
    session.add(
        Identity(
            event_id=event.id,
            participant_id=participant.id,
            channel=CHANNEL,
            key=f"walk-in:{participant.uid}",
            display=name or f"Badge {participant.badge_number}",
        )
    )
    try:
        key = signing_key(session, event, create=False)
    except UserError:  # a door laptop without the private key: no code, still a participant
        key = None
    if key is not None:
        issue_code(session, event, participant, key, {"walk_in": device, "at": datetime.now(UTC).isoformat()})
    session.flush()
    return participant
