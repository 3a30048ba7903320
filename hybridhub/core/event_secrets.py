"""An event's secrets as a workspace sees them: its hash key and its private signing keys, read from
this user's key store (`hybridhub.core.keystore`) and checked against what the workspace records.

The workspace keeps the fingerprint of the hash key and the public half of every signing key, so a key
store holding another event's keys, or a key file for another event, is noticed. A missing secret is
only an error for the operation that needs it (`MissingKeyError`, which says how to import it):
a workspace whose keys are elsewhere opens, reads and reports as usual.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hybridhub.core import keystore
from hybridhub.core.errors import MissingKeyError, WorkspaceError
from hybridhub.core.models import Event
from hybridhub.core.scrub import Scrubber

IMPORT_HINT = (
    "on the organiser's laptop run 'hybridhub keys export -w WORKSPACE -o FILE', "
    "then here 'hybridhub keys import FILE -w WORKSPACE'"
)


def new_hash_key(event_uid: str) -> str:
    """Make and store a hash key for a new event; returns its fingerprint for the workspace."""
    key = os.urandom(keystore.HASH_KEY_BYTES)
    keystore.store_hash_key(event_uid, key)
    return keystore.hash_key_fingerprint(key)


def optional_hash_key(event: Event) -> bytes | None:
    """The event's hash key, or None when this laptop does not hold it."""
    key = keystore.read_hash_key(event.uid)
    if key is not None and event.hash_key_fingerprint != keystore.hash_key_fingerprint(key):
        raise WorkspaceError(
            f"the key store holds a hash key for event '{event.title}' that does not belong to this "
            "workspace",
            file=keystore.keystore_dir(),
            hint="the workspace and the key store disagree; import the event's key file again",
        )
    return key


def hash_key(event: Event) -> bytes:
    """The event's hash key; `MissingKeyError` (saying how to import it) when it is not here."""
    key = optional_hash_key(event)
    if key is None:
        raise MissingKeyError(
            f"the key that hides phone numbers and e-mail addresses of event '{event.title}' "
            f"(id {event.uid}) is not on this laptop",
            hint=IMPORT_HINT,
        )
    return key


def scrubber(event: Event) -> Scrubber:
    """A scrubber for texts of this event. The key is read only when a text holds a number or an
    address; without it the placeholders are bare."""
    return Scrubber(lambda: optional_hash_key(event))


def public_half(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def private_signing_key(event: Event, key_id: int, public: bytes) -> bytes | None:
    """The private half of signing key `key_id` if this laptop holds it (and it matches `public`)."""
    private = keystore.read_signing_key(event.uid, key_id)
    if private is not None and public_half(private) != public:
        raise WorkspaceError(
            f"the key store holds a signing key {key_id} for event '{event.title}' that does not match "
            "this workspace",
            file=keystore.keystore_dir(),
        )
    return private


def missing_signing_key(event: Event, key_id: int) -> MissingKeyError:
    return MissingKeyError(
        f"signing key {key_id} of event '{event.title}' (id {event.uid}) is not on this laptop, so it "
        "cannot sign badge codes",
        hint=IMPORT_HINT,
    )
