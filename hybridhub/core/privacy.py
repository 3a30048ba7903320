"""Keyed hashes for phone numbers and e-mail addresses: matchable across channels, never readable."""

from __future__ import annotations

import hashlib
import hmac
import re

_NON_DIGITS = re.compile(r"[^\d+]")


def normalise_phone(raw: str) -> str:
    """'+33 6 12-34 56 78' -> '+33612345678'; a leading 00 becomes +."""
    digits = _NON_DIGITS.sub("", raw)
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
