"""Signed check-in codes: a compact versioned payload, an Ed25519 signature, and a text form that
fits QR alphanumeric mode and survives a USB scanner typing it under any common keyboard layout.

Payload v1 (15 bytes, big-endian) followed by the 64-byte signature over it:
    version (1) | key id (2) | event tag (4) | badge number (4) | issued at, Unix seconds (4)

Text form: the 79 bytes as one number written in base 30 with a fixed width of 129 symbols. The 30
symbols are the ten digits and the twenty capital letters that sit on the same key in QWERTY, QWERTZ
and AZERTY (no A, M, Q, W, Y, Z). Digits still come out shifted on AZERTY (a scanner pressing the "1"
key types "&" there), so the decoder maps that row back and reports the layout as a hint.

The short code printed under the QR is for typing by hand: 7 symbols without look-alikes, looked up
in the registrations (it is not signed; the desk records such check-ins as "keyed").
"""

from __future__ import annotations

import hashlib
import re
import secrets
import struct
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

VERSION = 1
ALPHABET = "0123456789BCDEFGHIJKLNOPRSTUVX"
BASE = len(ALPHABET)
_HEADER = struct.Struct(">BH4sII")
SIGNATURE_BYTES = 64
PAYLOAD_BYTES = _HEADER.size + SIGNATURE_BYTES
CODE_LENGTH = 129  # smallest width whose 30**width covers 2**(8*PAYLOAD_BYTES)
SHORT_ALPHABET = "3467CDEFGHJKNPRTUVX"  # no look-alikes, no keys that move between layouts
SHORT_LENGTH = 7
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Python's int() reads base 30 in the digits 0-9A-T; a clean scan is translated to those and read at C speed.
_TO_INT_DIGITS = str.maketrans(ALPHABET, "0123456789ABCDEFGHIJKLMNOPQRST")
_WELL_FORMED = re.compile(f"[{ALPHABET}]{{{CODE_LENGTH}}}")

# What the digit row types on a French AZERTY keyboard without Shift (and with Caps Lock, upper-cased).
AZERTY_DIGITS = {
    "&": "1", "É": "2", '"': "3", "'": "4", "(": "5", "-": "6", "È": "7", "_": "8", "Ç": "9", "À": "0",
}  # fmt: skip

assert BASE**CODE_LENGTH >= 2 ** (8 * PAYLOAD_BYTES) > BASE ** (CODE_LENGTH - 1)


class CodeError(Exception):
    """A text that is not a well-formed code. `hint` names a likely keyboard-layout mix-up."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class Payload:
    key_id: int
    event_tag: bytes
    badge_number: int
    issued_at: datetime
    version: int = VERSION

    def pack(self) -> bytes:
        return _HEADER.pack(
            self.version, self.key_id, self.event_tag, self.badge_number, int(self.issued_at.timestamp())
        )


@dataclass(frozen=True)
class Decoded:
    """A code read back from text: its payload, signature, and the layout repair applied, if any."""

    payload: Payload
    signed: bytes
    signature: bytes
    text: str
    layout_hint: str | None = None


def event_tag(event_uid: str) -> bytes:
    """Four bytes that tell this event's codes from another event's, without needing its keys."""
    return hashlib.sha256(event_uid.encode("ascii")).digest()[:4]


def new_private_key() -> tuple[bytes, bytes]:
    """(private, public) raw 32-byte halves of a fresh Ed25519 key."""
    key = Ed25519PrivateKey.generate()
    return key.private_bytes_raw(), key.public_key().public_bytes_raw()


def encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    for _ in range(CODE_LENGTH):
        number, digit = divmod(number, BASE)
        out.append(ALPHABET[digit])
    return "".join(reversed(out))


def _to_bytes(text: str) -> bytes:
    number = int(text.translate(_TO_INT_DIGITS), BASE)
    if number >> (8 * PAYLOAD_BYTES):
        raise CodeError("this is not a check-in code (the number it spells is too large)")
    return number.to_bytes(PAYLOAD_BYTES, "big")


def sign(private_key: bytes, payload: Payload) -> str:
    signed = payload.pack()
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(signed)
    return encode(signed + signature)


def clean(raw: str) -> str:
    """Drop what a scanner or a hand adds around a code: control characters (Tab, CR, stray escape
    codes), spaces, and separators a person types; upper-case the rest (Caps Lock is common)."""
    if raw.isascii() and raw.isalnum():  # the usual case: a clean scan
        return raw.upper()
    kept = [ch for ch in raw if unicodedata.category(ch)[0] not in "CZ"]
    return "".join(kept).upper()


def looks_short(text: str) -> bool:
    return 0 < len(text.replace("-", "")) <= SHORT_LENGTH + 2


def normalise_short(text: str) -> str:
    return text.replace("-", "").replace(".", "")


def new_short_code() -> str:
    return "".join(secrets.choice(SHORT_ALPHABET) for _ in range(SHORT_LENGTH))


def format_short(code: str) -> str:
    """'K7FH3DX' -> 'K7FH-3DX' for print."""
    return f"{code[:4]}-{code[4:]}" if len(code) > 4 else code


def decode(raw: str) -> Decoded:
    """Read a code's text (as typed by a scanner) back into its payload. Raises CodeError with a
    message for a volunteer, and a layout hint where the characters point to one."""
    text = clean(raw)
    if _WELL_FORMED.fullmatch(text):  # the usual case: a clean scan, nothing to repair or explain
        return _unpack(text, None)
    hint = None
    if any(ch in AZERTY_DIGITS for ch in text):
        repaired = "".join(AZERTY_DIGITS.get(ch, ch) for ch in text)
        if all(ch in _VALUE for ch in repaired):
            text = repaired
            hint = (
                "the scanner types as on an AZERTY keyboard (digits arrive as &é\"'(…); "
                "the code was read anyway — set the scanner to the laptop's layout to be safe"
            )
    bad = sorted({ch for ch in text if ch not in _VALUE})
    if bad:
        if set(bad) & {"Y", "Z"}:
            hint = (
                "codes never contain Y or Z: the keyboard layout looks German (QWERTZ swaps Y and Z); "
                "switch the laptop or the scanner to the other layout"
            )
        elif set(bad) & {"A", "Q", "W", "M"}:
            hint = (
                "codes never contain A, Q, W or M: the keyboard layout looks French (AZERTY); "
                "switch the laptop or the scanner to the other layout"
            )
        elif any(ch in "&\"'(-_" or unicodedata.category(ch).startswith("L") for ch in bad):
            hint = hint or "the scanner's keyboard layout may not match the laptop's"
        shown = "".join(bad[:6])
        raise CodeError(f"this is not a check-in code (unexpected characters {shown!r})", hint)
    if not text:
        raise CodeError("nothing was read; scan again")
    if len(text) != CODE_LENGTH:
        what = "cut short" if len(text) < CODE_LENGTH else "too long"
        raise CodeError(
            f"the code is {what} ({len(text)} of {CODE_LENGTH} characters); scan again",
            hint,
        )
    return _unpack(text, hint)


def _unpack(text: str, hint: str | None) -> Decoded:
    data = _to_bytes(text)
    signed, signature = data[: _HEADER.size], data[_HEADER.size :]
    version, key_id, tag, badge, issued = _HEADER.unpack(signed)
    if version != VERSION:
        raise CodeError(f"this code has format version {version}; this HybridHub reads version {VERSION}")
    payload = Payload(key_id, tag, badge, datetime.fromtimestamp(issued, UTC), version)
    return Decoded(payload, signed, signature, text, hint)


class Verifier:
    """The public keys a door laptop trusts, loaded once: key id -> Ed25519 public key."""

    def __init__(self, public_keys: dict[int, bytes], retired: set[int] | None = None) -> None:
        self._keys = {kid: Ed25519PublicKey.from_public_bytes(pub) for kid, pub in public_keys.items()}
        self._retired = retired or set()

    def check(self, decoded: Decoded) -> str | None:
        """None if the signature holds, else why not (for the volunteer)."""
        kid = decoded.payload.key_id
        if kid in self._retired:
            return f"this code was signed with key {kid}, which has been retired; print a new badge"
        key = self._keys.get(kid)
        if key is None:
            return (
                f"this code names signing key {kid}, which this laptop does not know "
                "(forged, or the key list on this laptop is out of date)"
            )
        try:
            key.verify(decoded.signature, decoded.signed)
        except InvalidSignature:
            return "the code's signature does not match: it was altered or forged"
        return None
