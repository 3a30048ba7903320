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
