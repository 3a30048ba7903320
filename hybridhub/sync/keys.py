"""Where a laptop's own Ed25519 private key lives: this user's key store on this computer, never the
workspace file (a copied file alone cannot sign a bundle in that laptop's name).

This is the one module that touches key storage, so that moving to the shared key store
(`hybridhub.core.keystore`, issue #15) changes only this file. Keys are files named by laptop uid in
`<data dir>/keys/`, owner-only. A key file carries a key to another computer, protected by a
passphrase when one is given.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hybridhub.core.errors import ValidationError
from hybridhub.core.paths import data_dir

KEY_FILE_FORMAT = "hybridhub-laptop-key"


def _store_dir() -> Path:
    path = data_dir() / "keys"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _write_private(path: Path, data: bytes) -> None:
    """Write owner-only from the first byte (never world-readable, even for a moment)."""
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    tmp.replace(path)


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def load(laptop_uid: str) -> Ed25519PrivateKey | None:
    """This laptop's private key from the key store, or None if it is not on this computer."""
    path = _store_dir() / f"{laptop_uid}.key"
    try:
        return Ed25519PrivateKey.from_private_bytes(path.read_bytes())
    except (OSError, ValueError):
        return None


def store(laptop_uid: str, key: Ed25519PrivateKey) -> None:
    _write_private(_store_dir() / f"{laptop_uid}.key", _raw(key))


def write_key_file(
    path: Path, laptop_uid: str, event_uid: str, name: str, key: Ed25519PrivateKey, passphrase: str | None
) -> None:
    """A file that carries this laptop's key to another computer (`hybridhub laptops import-key`)."""
    if passphrase:
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
        )
        secret = {"pem": pem.decode("ascii")}
    else:
        secret = {"raw": base64.b64encode(_raw(key)).decode("ascii")}
    doc = {"format": KEY_FILE_FORMAT, "version": 1, "laptop": laptop_uid, "event": event_uid, "name": name}
    try:
        _write_private(path, json.dumps({**doc, **secret}, indent=1).encode("utf-8"))
    except OSError as exc:
        raise ValidationError(f"cannot write the key file: {exc.strerror}", file=path) from exc


def read_key_file(path: Path, passphrase: str | None) -> tuple[str, str, Ed25519PrivateKey]:
    """(laptop uid, event uid, key) from a key file; a wrong passphrase or file is a ValidationError."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(f"cannot read the key file: {exc.strerror}", file=path) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("this is not a HybridHub laptop key file", file=path) from exc
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        raise ValidationError("this is not a HybridHub laptop key file", file=path)
    laptop, event = doc.get("laptop"), doc.get("event")
    if not isinstance(laptop, str) or not isinstance(event, str):
        raise ValidationError("the key file names no laptop", file=path, field="laptop")
    try:
        if isinstance(doc.get("pem"), str):
            if not passphrase:
                raise ValidationError("this key file is protected by a passphrase", file=path)
            key = serialization.load_pem_private_key(doc["pem"].encode("ascii"), passphrase.encode("utf-8"))
        else:
            key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(str(doc.get("raw")), validate=True))
    except (ValueError, TypeError) as exc:
        raise ValidationError("the key in this file cannot be read (wrong passphrase?)", file=path) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ValidationError("the key in this file is not a laptop key", file=path)
    return laptop, event, key
