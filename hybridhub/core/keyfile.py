"""Key files: an event's secrets on their way to another laptop, protected by a passphrase.

A key file is a small JSON document. Its header (format, version, the event's uid, the KDF settings)
is readable and bound to the content as associated data; everything secret is encrypted with
AES-256-GCM under a key derived from the passphrase with scrypt (N=2^15, r=8, p=1: about 32 MiB and a
tenth of a second per try). A wrong passphrase and a changed byte look the same: the file is refused.
Settings read from a file are bounded, so a hostile file cannot make the reader allocate gigabytes.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from hybridhub.core.errors import UserError
from hybridhub.core.files import OWNER_FILE

FORMAT = "hybridhub-keys"
VERSION = 1
MIN_PASSPHRASE = 8
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_MAX = {"n": 2**20, "r": 16, "p": 4}
MAX_FILE_BYTES = 1 << 20


@dataclass(frozen=True)
class KeySet:
    """Secrets of one event: its hash key, private signing keys by key id, and laptops' own keys."""

    event_uid: str
    title: str = ""
    hash_key: bytes | None = None
    signing: dict[int, bytes] = field(default_factory=dict)
    laptops: dict[str, bytes] = field(default_factory=dict)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, path: Path) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise UserError("this key file is damaged (bad base64)", file=path) from exc


def _derive(passphrase: str, salt: bytes, settings: dict[str, int]) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=settings["n"], r=settings["r"], p=settings["p"])
    return kdf.derive(passphrase.encode("utf-8"))


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_key_file(path: Path, keys: KeySet, passphrase: str) -> None:
    """Write `keys` encrypted under `passphrase` to `path` (owner-only; the file appears complete)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            f"a key file passphrase needs at least {MIN_PASSPHRASE} characters", field="passphrase"
        )
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "event": keys.event_uid,
        "kdf": {"name": "scrypt", **SCRYPT, "salt": _b64(salt)},
        "cipher": "AES-256-GCM",
    }
    secret = {
        "title": keys.title,
        "hash_key": _b64(keys.hash_key) if keys.hash_key is not None else None,
        "signing": {str(k): _b64(v) for k, v in sorted(keys.signing.items())},
        "laptops": {k: _b64(v) for k, v in sorted(keys.laptops.items())},
    }
    plain = json.dumps(secret).encode("utf-8")
    sealed = AESGCM(_derive(passphrase, salt, SCRYPT)).encrypt(nonce, plain, _aad(header))
    document = {**header, "nonce": _b64(nonce), "data": _b64(sealed)}
    tmp = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_FILE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(document, fh, indent=1)
        os.chmod(tmp, OWNER_FILE)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write the key file: {exc.strerror}", file=path) from exc


def _header(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(f"cannot read the key file: {exc.strerror}", file=path) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise UserError("this is not a HybridHub key file (far too big)", file=path)
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError("this is not a HybridHub key file (not JSON)", file=path) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UserError("this is not a HybridHub key file", file=path)
    if document.get("version") != VERSION:
        raise UserError(f"key file version {document.get('version')!r} is not known", file=path)
    kdf = document.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or document.get("cipher") != "AES-256-GCM":
        raise UserError("this key file uses settings HybridHub does not know", file=path)
    for name, top in _MAX.items():
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= top:
            raise UserError(f"this key file has an unusable setting '{name}'", file=path)
    if 128 * kdf["n"] * kdf["r"] > 64 << 20:
        raise UserError("this key file asks for too much memory to open", file=path)
    if not isinstance(document.get("event"), str):
        raise UserError("this key file names no event", file=path)
    header = {k: document[k] for k in ("format", "version", "event", "kdf", "cipher")}
    return header, document


def key_file_event(path: Path) -> str:
    """The uid of the event a key file is for (readable without the passphrase)."""
    return str(_header(path)[0]["event"])


def read_key_file(path: Path, passphrase: str) -> KeySet:
    header, document = _header(path)
    kdf = header["kdf"]
    key = _derive(passphrase, _unb64(kdf["salt"], path), {k: kdf[k] for k in ("n", "r", "p")})
    try:
        plain = AESGCM(key).decrypt(
            _unb64(document.get("nonce"), path), _unb64(document.get("data"), path), _aad(header)
        )
    except (InvalidTag, ValueError) as exc:
        raise UserError("wrong passphrase, or the key file was changed", file=path) from exc
    secret = json.loads(plain)
    hash_key = secret.get("hash_key")
    return KeySet(
        event_uid=header["event"],
        title=str(secret.get("title") or ""),
        hash_key=_unb64(hash_key, path) if hash_key is not None else None,
        signing={int(k): _unb64(v, path) for k, v in (secret.get("signing") or {}).items()},
        laptops={str(k): _unb64(v, path) for k, v in (secret.get("laptops") or {}).items()},
    )
