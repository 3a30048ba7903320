"""Keyed hashes for phone numbers and e-mail addresses: matchable across channels, never readable."""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

_NON_DIGITS = re.compile(r"[^\d+]")
_TRUNK = re.compile(r"^((?:\+|00)\d{1,3})\s*\(0\)")


def normalise_phone(raw: str) -> str:
    """'+33 6 12-34 56 78' -> '+33612345678'; a leading 00 becomes +; the national trunk 0 written
    after a country code is dropped ('+44 (0)20 …' -> '+4420…'); Arabic-Indic digits count as digits."""
    digits = _NON_DIGITS.sub("", _TRUNK.sub(r"\1", raw.strip()))
    if not digits.isascii():
        digits = "".join(str(unicodedata.decimal(c, "")) if c != "+" else c for c in digits)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    return digits


def keyed_hash(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def phone_hash(key: bytes, raw: str) -> tuple[str, str]:
    """(keyed hash, last two digits for display) of a phone number."""
    phone = normalise_phone(raw)
    return keyed_hash(key, "tel:" + phone), phone[-2:]


def email_hash(key: bytes, raw: str) -> str:
    return keyed_hash(key, "mailto:" + raw.strip().casefold())
