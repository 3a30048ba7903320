"""The event's Ed25519 signing keys, kept in `EventKey`.

The laptop that prints badges holds private halves; door laptops may hold public halves only (see
`strip_private_keys`, used for a door copy). Several keys can be valid at once, so a key can rotate
without reprinting every badge; retiring a key makes its codes invalid.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hybridhub.checkin.codes import Verifier, new_private_key
from hybridhub.core.errors import NotFoundError, UserError, ValidationError, WorkspaceError
from hybridhub.core.models import Event, EventKey
from hybridhub.core.server import WorkspaceTarget, is_url
from hybridhub.core.store_copy import copy_to_file
from hybridhub.core.workspace import backup_sqlite, open_workspace

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
    return [KeyInfo(k.key_id, k.active, k.private_key is not None, _fingerprint(k.public_key)) for k in rows]


def valid_key_ids(session: Session, event: Event) -> list[int]:
    return list(
        session.scalars(
            select(EventKey.key_id)
            .where(EventKey.event_id == event.id, EventKey.active.is_(True))
            .order_by(EventKey.key_id)
        )
    )


def new_key(session: Session, event: Event) -> EventKey:
    """A fresh signing key with the next key id; earlier keys stay valid."""
    top = session.scalar(select(func.max(EventKey.key_id)).where(EventKey.event_id == event.id)) or 0
    if top >= MAX_KEY_ID:
        raise ValidationError(f"this event already used {MAX_KEY_ID} keys")
    private, public = new_private_key()
    key = EventKey(event_id=event.id, key_id=top + 1, public_key=public, private_key=private, active=True)
    session.add(key)
    session.flush()
    return key


def signing_key(session: Session, event: Event, *, create: bool = True) -> EventKey:
    """The newest active key whose private half is on this laptop. On a workspace with no key at all
    one is made (the first laptop to register people is the printing laptop)."""
    key = session.scalars(
        select(EventKey)
        .where(EventKey.event_id == event.id, EventKey.active.is_(True), EventKey.private_key.is_not(None))
        .order_by(EventKey.key_id.desc())
        .limit(1)
    ).first()
    if key is not None:
        return key
    has_any = session.scalar(select(func.count()).select_from(EventKey).where(EventKey.event_id == event.id))
    if has_any or not create:
        raise UserError(
            "this laptop holds only the public keys of the event, so it cannot sign codes",
            hint="register people and print badges on the laptop that holds the signing key",
        )
    return new_key(session, event)


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
    """Forget every private half in this workspace; returns how many were dropped."""
    done = session.execute(
        update(EventKey)
        .where(EventKey.event_id == event.id, EventKey.private_key.is_not(None))
        .values(private_key=None)
    )
    return int(done.rowcount)  # type: ignore[attr-defined]


def make_door_copy(source: WorkspaceTarget, dest: Path) -> int:
    """Copy a workspace (a file, or a server store) into a file for a door laptop, keeping only the
    public keys. Returns the keys stripped."""
    if dest.exists():
        raise WorkspaceError("a file already exists here; choose another name", file=dest)
    if is_url(source):
        server_ws = open_workspace(source)
        try:
            copy_to_file(server_ws, dest)
        finally:
            server_ws.close()
    else:
        _snapshot(Path(source), dest)
    ws = open_workspace(dest)
    try:
        with ws.transaction() as s:
            stripped = strip_private_keys(s, ws.event(s))
        with ws.engine.connect() as conn:
            if ws.is_sqlite:  # the dropped private keys must not linger in free pages or the WAL
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("VACUUM")
    finally:
        ws.close()
    return stripped


def _snapshot(source: Path, dest: Path) -> None:
    if source.resolve() == dest.resolve():
        raise WorkspaceError("the door copy must be a different file", file=dest)
    snapshot = backup_sqlite(source, "door")
    try:
        shutil.move(snapshot, dest)
    except OSError as exc:
        raise WorkspaceError(f"cannot write the copy: {exc.strerror}", file=dest) from exc
