"""The event's Ed25519 signing keys: public halves in `EventKey`, private halves in the key store.

The laptop that prints badges holds the private halves in its user's key store (never in the
workspace file); a door copy verifies with the public halves only (`strip_private_keys` marks its keys
as not signing there, even on a laptop whose key store holds them). Several keys can be valid at once,
so a key can rotate without reprinting every badge; retiring a key makes its codes invalid.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hybridhub.checkin.codes import Verifier, new_private_key
from hybridhub.core import keystore
from hybridhub.core.errors import NotFoundError, UserError, ValidationError
from hybridhub.core.event_secrets import missing_signing_key, private_signing_key
from hybridhub.core.models import Event, EventKey
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.workspace import open_workspace

MAX_KEY_ID = 0xFFFF


@dataclass(frozen=True)
class KeyInfo:
    key_id: int
    active: bool
    can_sign: bool
    fingerprint: str


def _fingerprint(public: bytes) -> str:
    return public[:6].hex(":").upper()


def list_keys(session: Session, event: Event) -> list[KeyInfo]:
    rows = session.scalars(select(EventKey).where(EventKey.event_id == event.id).order_by(EventKey.key_id))
    held = set(keystore.signing_key_ids(event.uid))
    return [
        KeyInfo(k.key_id, k.active, k.signs_here and k.key_id in held, _fingerprint(k.public_key))
        for k in rows
    ]


@dataclass(frozen=True)
class SigningKey:
    key_id: int
    private: bytes


def new_key(session: Session, event: Event) -> EventKey:
    """A fresh signing key with the next key id, its private half in the key store; earlier keys stay
    valid."""
    return _add_key(session, event)[0]


def _add_key(session: Session, event: Event) -> tuple[EventKey, SigningKey]:
    top = session.scalar(select(func.max(EventKey.key_id)).where(EventKey.event_id == event.id)) or 0
    if top >= MAX_KEY_ID:
        raise ValidationError(f"this event already used {MAX_KEY_ID} keys")
    private, public = new_private_key()
    keystore.store_signing_key(event.uid, top + 1, private)
    key = EventKey(event_id=event.id, key_id=top + 1, public_key=public, signs_here=True, active=True)
    session.add(key)
    session.flush()
    return key, SigningKey(key.key_id, private)


def signing_key(session: Session, event: Event, *, create: bool = True) -> SigningKey:
    """The newest active key this laptop signs with. On a workspace with no key at all one is made
    (the first laptop to register people is the printing laptop)."""
    keys = session.scalars(
        select(EventKey)
        .where(EventKey.event_id == event.id, EventKey.active.is_(True), EventKey.signs_here.is_(True))
        .order_by(EventKey.key_id.desc())
    ).all()
    for key in keys:
        private = private_signing_key(event, key.key_id, key.public_key)
        if private is not None:
            return SigningKey(key.key_id, private)
    if keys:
        raise missing_signing_key(event, keys[0].key_id)
    has_any = session.scalar(select(func.count()).select_from(EventKey).where(EventKey.event_id == event.id))
    if has_any or not create:
        raise UserError(
            "this laptop holds only the public keys of the event, so it cannot sign codes",
            hint="register people and print badges on the laptop that holds the signing key",
        )
    return _add_key(session, event)[1]


def retire_key(session: Session, event: Event, key_id: int) -> None:
    """Codes signed with this key stop being accepted (for a lost or leaked badge batch)."""
    done = session.execute(
        update(EventKey).where(EventKey.event_id == event.id, EventKey.key_id == key_id).values(active=False)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise NotFoundError(f"no signing key {key_id} in this event", field="key")


def verifier(session: Session, event: Event) -> Verifier:
    rows = session.execute(
        select(EventKey.key_id, EventKey.public_key, EventKey.active).where(EventKey.event_id == event.id)
    ).all()
    return Verifier({r.key_id: r.public_key for r in rows}, {r.key_id for r in rows if not r.active})


def strip_private_keys(session: Session, event: Event) -> int:
    """This copy of the workspace stops signing (a door copy): returns how many keys signed here."""
    done = session.execute(
        update(EventKey)
        .where(EventKey.event_id == event.id, EventKey.signs_here.is_(True))
        .values(signs_here=False)
    )
    return int(done.rowcount)  # type: ignore[attr-defined]


def make_door_copy(source: WorkspaceTarget, dest: Path, name: str | None = None) -> int:
    """A workspace for a door laptop (from a file, or a server store): a laptop of the event enrolled
    with a key of its own, which verifies codes and never signs them (its keys are marked so). Returns
    the keys that signed here."""
    from hybridhub.sync.laptops import add_laptop, free_name

    ws = open_workspace(source)
    try:
        added = add_laptop(ws, name or free_name(ws, "Door"), dest, role="door")
    finally:
        ws.close()
    return added.stripped_keys
