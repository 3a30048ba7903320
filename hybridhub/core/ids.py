"""Identifiers that travel between laptops.

Row UUIDs are version 7 (time-ordered), so that inserts land at the end of the unique index instead of
at random places; short codes use an alphabet without look-alike characters for typing from paper.
"""

from __future__ import annotations

import os
import secrets
import time
import uuid

# No 0/O, 1/I/L, 5/S, 2/Z, 8/B: codes are read off paper by tired people.
SHORT_ALPHABET = "3467ACDEFGHJKMNPQRTUVWXY"


def uuid7() -> str:
    """A time-ordered UUID (RFC 9562 version 7) as its canonical string."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    h = f"{value:032x}"  # as str(uuid.UUID(int=value)), at a third of the cost (imports make millions)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_VARIANT = {f"{n:x}": "89ab"[n & 3] for n in range(16)}


def uuid7_many(count: int) -> list[str]:
    """`count` version-7 UUIDs of this millisecond, as `uuid7()` writes them, for a bulk insert: one
    clock read and one read of randomness for them all (an import makes millions)."""
    ms = time.time_ns() // 1_000_000
    head = f"{ms & ((1 << 48) - 1):012x}"
    prefix = f"{head[:8]}-{head[8:12]}-7"
    rand = os.urandom(10 * count).hex()  # 20 hex digits each; 19 are used (74 random bits)
    variant = _VARIANT
    return [
        f"{prefix}{rand[i : i + 3]}-{variant[rand[i + 3]]}{rand[i + 4 : i + 7]}-{rand[i + 7 : i + 19]}"
        for i in range(0, 20 * count, 20)
    ]


_DERIVED = uuid.UUID("0b6e3c1e-45a4-4f51-8c55-6f0c8d1f7a92")


def derived_uid(*parts: str) -> str:
    """A uid that every laptop computes alike for the same thing (the anonymous person of one paper
    sheet), so that the same thing made on two laptops is one row when their workspaces merge."""
    return str(uuid.uuid5(_DERIVED, "\x1f".join(parts)))


def short_code(length: int = 6) -> str:
    """A random code such as 'K7QH4M' for sheets and anonymous participants."""
    return "".join(secrets.choice(SHORT_ALPHABET) for _ in range(length))
