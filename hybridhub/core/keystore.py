"""The per-user key store: an event's secrets live here, outside the workspace file.

A workspace file holds the event's public signing keys and a fingerprint of its hash key. The secrets —
the key of the phone and e-mail hashes, the private halves of the signing keys, and each laptop's own
key — are files in a folder only this user can read, so a copied workspace file alone cannot sign
badge codes or let anyone recover a phone number by hashing every possible number:

    <data dir>/keys/                                  0700  ($HYBRIDHUB_KEYSTORE chooses another)
        events/<event uid>/hash.key                   0600  32 random bytes
        events/<event uid>/signing-<key id>.key       0600  Ed25519 private key, 32 raw bytes
        laptops/<laptop uid>.key                      0600  a laptop's own Ed25519 private key

One file per secret, written to a temporary file and renamed, so two processes never lose each other's
keys. Storing a different value for a secret already stored is refused (`KeyMismatchError`): keys are
never replaced silently.

The API, for the CLI, the app and laptop enrolment:
- `read_hash_key(event_uid)` / `store_hash_key(event_uid, key)`: the event's hash key (None if absent);
- `read_signing_key(event_uid, key_id)` / `store_signing_key(event_uid, key_id, private)` /
  `signing_key_ids(event_uid)`: private halves of the event's signing keys, by key id;
- `read_laptop_key(laptop_uid)` / `store_laptop_key(laptop_uid, private)`: a laptop's own key;
- `hash_key_fingerprint(key)`: what the workspace keeps to notice a mismatching hash key.
Key files that carry these secrets to another laptop, under a passphrase: `hybridhub.core.keyfile`.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from hybridhub.core.errors import UserError
from hybridhub.core.files import OWNER_FILE, private_dir
from hybridhub.core.paths import data_dir

HASH_KEY_BYTES = 32
_UID = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,99}")


class KeyMismatchError(UserError):
    """The key store already holds another value for this secret."""


def keystore_dir() -> Path:
    override = os.environ.get("HYBRIDHUB_KEYSTORE")
    return private_dir(Path(override) if override else data_dir() / "keys")


def hash_key_fingerprint(key: bytes) -> str:
    """A one-way fingerprint of a hash key (it tells two keys apart and nothing else)."""
    return hashlib.sha256(b"hybridhub hash-key fingerprint\x00" + key).hexdigest()


def _safe(uid: str, what: str) -> str:
    # A uid becomes a file name: a workspace or key file from elsewhere must not choose a path.
    if not _UID.fullmatch(uid) or uid.strip(".") != uid:
        raise UserError(f"this {what} id cannot name a key: {uid[:60]!r}")
    return uid


def _event_dir(event_uid: str) -> Path:
    return keystore_dir() / "events" / _safe(event_uid, "event")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UserError(f"cannot read the key store: {exc.strerror}", file=path) from exc


def _store(path: Path, secret: bytes, what: str) -> None:
    stored = _read(path)
    if stored == secret:
        return
    if stored is not None:
        raise KeyMismatchError(
            f"the key store already holds another {what}",
            file=path,
            hint="keys are never replaced; remove that file by hand only if you are sure it is wrong",
        )
    private_dir(path.parent.parent)
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), OWNER_FILE)
        try:
            os.write(fd, secret)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, OWNER_FILE)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write to the key store: {exc.strerror}", file=path) from exc


def read_hash_key(event_uid: str) -> bytes | None:
    return _read(_event_dir(event_uid) / "hash.key")


def store_hash_key(event_uid: str, key: bytes) -> None:
    if len(key) != HASH_KEY_BYTES:
        raise UserError(f"a hash key has {HASH_KEY_BYTES} bytes, not {len(key)}")
    _store(_event_dir(event_uid) / "hash.key", key, "hash key for this event")


def read_signing_key(event_uid: str, key_id: int) -> bytes | None:
    return _read(_event_dir(event_uid) / f"signing-{int(key_id)}.key")


def store_signing_key(event_uid: str, key_id: int, private: bytes) -> None:
    _store(_event_dir(event_uid) / f"signing-{int(key_id)}.key", private, f"signing key {key_id}")


def signing_key_ids(event_uid: str) -> list[int]:
    folder = _event_dir(event_uid)
    if not folder.is_dir():
        return []
    found = (re.fullmatch(r"signing-(\d+)\.key", p.name) for p in folder.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def read_laptop_key(laptop_uid: str) -> bytes | None:
    return _read(keystore_dir() / "laptops" / f"{_safe(laptop_uid, 'laptop')}.key")


def store_laptop_key(laptop_uid: str, private: bytes) -> None:
    path = keystore_dir() / "laptops" / f"{_safe(laptop_uid, 'laptop')}.key"
    _store(path, private, "key for this laptop")
