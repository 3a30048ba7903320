"""Moving an event's secrets between laptops: export them from this key store to a key file, import a
key file into another laptop's key store for a workspace of the same event.

Checks on import: the key file is for this workspace's event (uid), its hash key has the fingerprint
the workspace records, and each private signing key matches the public half the workspace holds. Only
then is anything stored; the workspace's keys whose private halves came in sign on this laptop again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from hybridhub.core import keystore
from hybridhub.core.errors import UserError
from hybridhub.core.event_secrets import hash_key, private_signing_key, public_half
from hybridhub.core.keyfile import KeySet, read_key_file, write_key_file
from hybridhub.core.models import EventKey, SyncLocal
from hybridhub.core.workspace import Workspace


@dataclass(frozen=True)
class KeyTransfer:
    """What a key file carried: the event, whether its hash key, and which signing key ids."""

    event_uid: str
    title: str
    hash_key: bool
    signing: list[int]

    def describe(self, verb: str) -> str:
        signing = ", ".join(str(k) for k in self.signing) or "none"
        hashing = "yes" if self.hash_key else "no"
        return f"{verb} the keys of '{self.title}': hash key {hashing}, signing keys {signing}"


def export_keys(ws: Workspace, path: Path, passphrase: str, *, signing: bool = True) -> KeyTransfer:
    """Write this laptop's secrets of the workspace's event to a key file under `passphrase`.
    `signing=False` leaves the private signing keys out (for a laptop that must never sign)."""
    with ws.session() as s:
        event = ws.event(s)
        key = hash_key(event)
        private: dict[int, bytes] = {}
        if signing:
            for row in s.scalars(select(EventKey).where(EventKey.event_id == event.id)):
                found = private_signing_key(event, row.key_id, row.public_key)
                if found is not None:
                    private[row.key_id] = found
        # This workspace's own laptop key goes too: the other computer then signs bundles as this laptop.
        laptop = s.scalar(select(SyncLocal.laptop_uid).where(SyncLocal.id == 1))
        own = keystore.read_laptop_key(laptop) if laptop else None
        keys = KeySet(event.uid, event.title, key, private, {laptop: own} if laptop and own else {})
    write_key_file(path, keys, passphrase)
    return KeyTransfer(keys.event_uid, keys.title, True, sorted(private))


def import_keys(ws: Workspace, path: Path, passphrase: str) -> KeyTransfer:
    """Store the secrets of a key file in this laptop's key store, for the workspace's event."""
    keys = read_key_file(path, passphrase)
    with ws.transaction() as s:
        event = ws.event(s)
        if keys.event_uid != event.uid:
            raise UserError(
                f"this key file is for another event (id {keys.event_uid}, '{keys.title}'), not for "
                f"'{event.title}' (id {event.uid})",
                file=path,
            )
        if (
            keys.hash_key is not None
            and keystore.hash_key_fingerprint(keys.hash_key) != event.hash_key_fingerprint
        ):
            raise UserError("the hash key in this file does not match the workspace", file=path)
        rows = {k.key_id: k for k in s.scalars(select(EventKey).where(EventKey.event_id == event.id))}
        for key_id, private in keys.signing.items():
            row = rows.get(key_id)
            if row is not None and public_half(private) != row.public_key:
                raise UserError(f"signing key {key_id} in this file does not match the workspace", file=path)
        if keys.hash_key is not None:
            keystore.store_hash_key(event.uid, keys.hash_key)
        for key_id, private in keys.signing.items():
            keystore.store_signing_key(event.uid, key_id, private)
            if key_id in rows:
                rows[key_id].signs_here = True
        for laptop_uid, private in keys.laptops.items():
            keystore.store_laptop_key(laptop_uid, private)
        title = event.title
    return KeyTransfer(keys.event_uid, title, keys.hash_key is not None, sorted(keys.signing))
