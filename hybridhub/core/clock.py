"""Time in one place: the store keeps aware UTC datetimes; display converts to the event's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hybridhub.core.errors import ValidationError


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime, zone: ZoneInfo | None = None) -> datetime:
    """A naive datetime is read in `zone` (UTC if none); an aware one is converted."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone or UTC)
    return value.astimezone(UTC)


def zone(name: str) -> ZoneInfo:
    """The IANA time zone `name`, or a ValidationError that says what was expected."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            f"unknown time zone '{name}'", hint="expected an IANA name such as Europe/Paris or UTC"
        ) from exc


def sqlite_time(value: datetime | None) -> str | None:
    """An aware datetime in SQLAlchemy's SQLite DATETIME storage format (naive UTC, microseconds)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    v = value.astimezone(UTC)
    return (
        f"{v.year:04d}-{v.month:02d}-{v.day:02d} {v.hour:02d}:{v.minute:02d}:{v.second:02d}"
        f".{v.microsecond:06d}"
    )
