"""The laptops of an event: this workspace's own laptop and its key, enrolling another laptop (a copy of
the workspace with a key of its own), the list the Laptops page and `laptops list` show.

Enrolment: the enrolling laptop signs (event uid, new laptop uid, its public key, enroller uid) with its
own key, so any laptop can check, link by link, that a laptop named in a bundle was enrolled in the event
by one it already trusts. The first laptop of an event signs itself.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.errors import UserError, ValidationError, WorkspaceError
from hybridhub.core.event_secrets import optional_hash_key
from hybridhub.core.files import make_workspace_private
from hybridhub.core.ids import uuid7
from hybridhub.core.keyfile import MIN_PASSPHRASE, KeySet, write_key_file
from hybridhub.core.models import (
    Event,
    EventKey,
    FieldClock,
    Laptop,
    SyncExchange,
    SyncLocal,
    SyncReceived,
    SyncSeen,
)
from hybridhub.core.store_copy import copy_to_file
from hybridhub.core.sync_tables import SYNC_TABLES
from hybridhub.core.workspace import Workspace, backup_sqlite, compact_sqlite, open_workspace
from hybridhub.sync import keys

# What a laptop reports it made, by table, in the words the Laptops page uses.
KINDS = {
    "contributions": "contributions",
    "notes": "notes",
    "checkins": "check-ins",
    "answers": "answers",
    "sheets": "sheets",
    "import_batches": "imports",
    "participants": "people",
    "themes": "themes",
    "contribution_themes": "codings",
    "tallies": "tallies",
}


@dataclass(frozen=True)
class LaptopInfo:
    uid: str
    name: str
    role: str
    enrolled_at: datetime
    enrolled_by: str | None
    last_exchange: datetime | None
    contributed: dict[str, int]
    edits: int
    this: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "uid": self.uid,
            "role": self.role,
            "this": self.this,
            "enrolled_at": self.enrolled_at.isoformat(),
            "enrolled_by": self.enrolled_by,
            "last_exchange": self.last_exchange.isoformat() if self.last_exchange else None,
            "contributed": {**self.contributed, "edits": self.edits},
        }


@dataclass
class AddedLaptop:
    uid: str
    name: str
    output: Path
    key_file: Path | None  # written when a passphrase was given
    stripped_keys: int = 0
    notes: list[str] = field(default_factory=list)


def local_uid(session: Session) -> str:
    uid = session.scalar(select(SyncLocal.laptop_uid).where(SyncLocal.id == 1))
    if uid is None:
        raise WorkspaceError("this workspace has no laptop identity")
    return uid


def this_laptop(session: Session) -> Laptop:
    uid = local_uid(session)
    laptop = session.scalar(select(Laptop).where(Laptop.uid == uid))
    if laptop is None:
        raise WorkspaceError("this workspace's laptop is not enrolled in its event")
    return laptop


def enrolment_message(event_uid: str, laptop_uid: str, public_key: bytes, enrolled_by: str | None) -> bytes:
    return "\n".join(
        ("hybridhub-laptop-enrolment", event_uid, laptop_uid, public_key.hex(), enrolled_by or "")
    ).encode("ascii")


def enrolment_valid(event_uid: str, laptop: Any, enroller_key: bytes | None) -> bool:
    """Whether `laptop` (a row or anything with uid, public_key, enrolled_by, enrolment_sig) was signed
    by the holder of `enroller_key` (its own key for the first laptop of an event)."""
    if not laptop.public_key or not laptop.enrolment_sig:
        return False
    signer = enroller_key if laptop.enrolled_by else laptop.public_key
    if not signer:
        return False
    message = enrolment_message(event_uid, laptop.uid, laptop.public_key, laptop.enrolled_by)
    try:
        Ed25519PublicKey.from_public_bytes(signer).verify(laptop.enrolment_sig, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def signing_key(session: Session, event: Event) -> Ed25519PrivateKey:
    """This laptop's private key. The first laptop of an event makes its key the first time it signs;
    any other laptop's key was made when it was enrolled, and must be in this computer's key store."""
    laptop = this_laptop(session)
    key = keys.load(laptop.uid)
    if key is not None:
        if laptop.public_key is None:
            laptop.public_key = keys.public_bytes(key)
        elif laptop.public_key != keys.public_bytes(key):
            raise UserError(f"the key stored for laptop '{laptop.name}' does not match its enrolment")
        return key
    if laptop.public_key is not None:
        raise UserError(
            f"the key of laptop '{laptop.name}' is not on this computer",
            hint="import its key file here with 'hybridhub keys import FILE -w WORKSPACE', "
            "or enrol this computer as a new laptop with 'hybridhub laptops add'",
        )
    key = keys.new_key()
    keys.store(laptop.uid, key)
    laptop.public_key = keys.public_bytes(key)
    if laptop.enrolled_by is None:  # the first laptop of the event vouches for itself
        laptop.enrolment_sig = key.sign(enrolment_message(event.uid, laptop.uid, laptop.public_key, None))
    session.flush()
    return key


def _copy_file(source: Path, dest: Path) -> None:
    if dest.exists():
        raise WorkspaceError("a file already exists here; choose another name", file=dest)
    if source.resolve() == dest.resolve():
        raise WorkspaceError("the new laptop's workspace must be a different file", file=dest)
    snapshot = backup_sqlite(source, "laptop")
    try:
        shutil.move(snapshot, dest)
        make_workspace_private(dest)
    except OSError as exc:
        raise WorkspaceError(f"cannot write the copy: {exc.strerror}", file=dest) from exc


def _become(ws: Workspace, uid: str, enroller: str, enroller_hlc: int, keep_signing_keys: bool) -> int:
    """Turn a fresh copy into laptop `uid`: its own identity, what it already knows, no private keys of
    the event unless asked. Returns the private signing keys left out."""
    with ws.transaction() as s:
        s.execute(update(SyncLocal).where(SyncLocal.id == 1).values(laptop_uid=uid, settled=""))
        s.add(SyncSeen(laptop_uid=enroller, hlc=enroller_hlc))
        for spec in SYNC_TABLES:  # everything already here was made before this laptop existed
            top = s.scalar(select(func.max(spec.table.c.id)))
            if top:
                s.execute(insert(SyncReceived).values(table_name=spec.name, first_id=1, last_id=int(top)))
        stripped = 0
        if not keep_signing_keys:  # the copy verifies badge codes, never signs them
            done = s.execute(update(EventKey).where(EventKey.signs_here.is_(True)).values(signs_here=False))
            stripped = int(done.rowcount or 0)  # type: ignore[attr-defined]
        s.execute(update(Laptop).where(Laptop.uid == uid).values(contributed={}))
    if ws.is_sqlite:
        with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            compact_sqlite(conn)
    return stripped


def add_laptop(
    ws: Workspace,
    name: str,
    output: Path,
    *,
    role: str = "laptop",
    key_file: Path | None = None,
    passphrase: str | None = None,
    keep_signing_keys: bool = False,
) -> AddedLaptop:
    """Enrol a new laptop of this event and write its workspace to `output`. Its key goes to this
    computer's key store (ready at once here); with a passphrase, also to a key file for another
    computer (with the event's hash key, never a signing key)."""
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise ValidationError("a laptop needs a name of 1 to 100 characters", field="name")
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"a passphrase needs at least {MIN_PASSPHRASE} characters", field="passphrase")
    key_file = key_file or output.with_name(output.stem + ".keys")
    for target in (output, *((key_file,) if passphrase else ())):
        if target.exists():
            raise WorkspaceError("a file already exists here; choose another name", file=target)
    key = keys.new_key()
    uid = uuid7()
    with ws.transaction() as s:
        event = ws.event(s)
        taken = s.scalar(select(Laptop.uid).where(func.lower(Laptop.name) == name.lower()))
        if taken:
            raise ValidationError(f"a laptop named '{name}' is already enrolled", field="name")
        enroller_key = signing_key(s, event)
        enroller = local_uid(s)
        public = keys.public_bytes(key)
        s.add(
            Laptop(
                uid=uid,
                name=name,
                role=role,
                public_key=public,
                enrolled_at=utcnow(),
                enrolled_by=enroller,
                enrolment_sig=enroller_key.sign(enrolment_message(event.uid, uid, public, enroller)),
            )
        )
        secrets = KeySet(event.uid, event.title, optional_hash_key(event), {}, {uid: keys.raw(key)})
        enroller_hlc = int(s.scalar(select(SyncLocal.hlc).where(SyncLocal.id == 1)) or 0)
    if ws.path is None:  # a server store: its rows, read in one snapshot, into a new file
        copy_to_file(ws, output)
        make_workspace_private(output)
    else:
        _copy_file(ws.path, output)
    copy = open_workspace(output)
    try:
        stripped = _become(copy, uid, enroller, enroller_hlc, keep_signing_keys)
    finally:
        copy.close()
    keys.store(uid, key)
    if passphrase:
        write_key_file(key_file, secrets, passphrase)
    return AddedLaptop(uid, name, output, key_file if passphrase else None, stripped_keys=stripped)


def free_name(ws: Workspace, base: str) -> str:
    """`base`, or `base 2`, `base 3`… whichever no laptop of the event is called yet."""
    with ws.session() as s:
        taken = {n.lower() for n in s.scalars(select(Laptop.name))}
    n = 1
    while (f"{base} {n}" if n > 1 else base).lower() in taken:
        n += 1
    return f"{base} {n}" if n > 1 else base


def own_counts(session: Session) -> dict[str, int]:
    """What this laptop made itself, by kind: rows not received through an exchange."""
    counts: dict[str, int] = {}
    ranges: dict[str, list[tuple[int, int]]] = {}
    for r in session.execute(select(SyncReceived.table_name, SyncReceived.first_id, SyncReceived.last_id)):
        ranges.setdefault(r.table_name, []).append((r.first_id, r.last_id))
    for spec in SYNC_TABLES:
        kind = KINDS.get(spec.name)
        if kind is None:
            continue
        query = select(func.count()).select_from(spec.table)
        for first, last in ranges.get(spec.name, []):
            query = query.where(~spec.table.c.id.between(first, last))
        counts[kind] = int(session.scalar(query) or 0)
    return {k: v for k, v in counts.items() if v}


def list_laptops(session: Session) -> list[LaptopInfo]:
    """Every laptop of the event, this one first, with its last exchange with this laptop and what it
    reported it made (this laptop: counted now)."""
    me = local_uid(session)
    last = dict(
        session.execute(
            select(SyncExchange.laptop_uid, func.max(SyncExchange.at)).group_by(SyncExchange.laptop_uid)
        ).all()
    )
    edits = dict(
        session.execute(
            select(FieldClock.laptop, func.count())
            .where(FieldClock.field != "updated_at")
            .group_by(FieldClock.laptop)
        ).all()
    )
    rows = session.scalars(select(Laptop).order_by(Laptop.enrolled_at, Laptop.id)).all()
    names = {r.uid: r.name for r in rows}
    infos = [
        LaptopInfo(
            uid=r.uid,
            name=r.name,
            role=r.role,
            enrolled_at=r.enrolled_at,
            enrolled_by=names.get(r.enrolled_by or "", r.enrolled_by),
            last_exchange=last.get(r.uid),
            contributed=own_counts(session) if r.uid == me else dict(r.contributed or {}),
            edits=int(edits.get(r.uid, 0)),
            this=r.uid == me,
        )
        for r in rows
    ]
    return sorted(infos, key=lambda i: not i.this)


def laptops_of(ws: Workspace) -> list[LaptopInfo]:
    """The laptops of the workspace's event, for a page that holds no session of its own."""
    with ws.session() as s:
        return list_laptops(s)


def report_contribution(session: Session) -> None:
    """Before this laptop's records leave: note in its own row what it made (the others show that)."""
    me = this_laptop(session)
    made = own_counts(session)
    if made != (me.contributed or {}):
        me.contributed = made
        session.flush()
