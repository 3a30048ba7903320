"""Hybrid logical clocks: one 64-bit integer per change, milliseconds of wall time in the high bits and
a counter in the low 16, so that every laptop orders edits alike even when their clocks disagree.

A laptop's clock never goes backwards: each change takes max(now, last + 1), and after reading another
laptop's changes the clock jumps past the newest one seen. Ties between laptops are broken by laptop uid.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

COUNTER_BITS = 16


def physical_now() -> int:
    """The current wall time as a clock value with a zero counter."""
    return (time.time_ns() // 1_000_000) << COUNTER_BITS


def after(last: int, now: int | None = None) -> int:
    """The next clock value after `last`: wall time if it is ahead, else one tick later."""
    now = physical_now() if now is None else now
    return now if now > last else last + 1


def wall_time(value: int) -> datetime:
    """The wall time a clock value carries (for display)."""
    return datetime.fromtimestamp((value >> COUNTER_BITS) / 1000, tz=UTC)
