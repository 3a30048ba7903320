"""A laptop's own Ed25519 key, kept in this user's key store (`hybridhub.core.keystore`), never in the
workspace file: a copied file alone cannot sign a bundle in that laptop's name. Key files that carry a
laptop's key to another computer are the event's key files (`hybridhub keys export` / `keys import`)."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hybridhub.core import keystore


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def load(laptop_uid: str) -> Ed25519PrivateKey | None:
    """This laptop's private key from the key store, or None if it is not on this computer."""
    stored = keystore.read_laptop_key(laptop_uid)
    if stored is None:
        return None
    try:
        return Ed25519PrivateKey.from_private_bytes(stored)
    except ValueError:
        return None


def store(laptop_uid: str, key: Ed25519PrivateKey) -> None:
    keystore.store_laptop_key(laptop_uid, raw(key))
