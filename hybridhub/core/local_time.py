"""Times as people read them: in the event's time zone, in the reader's language.

One rule for every page of the app, the CLI and the exports: a time is shown in the event's zone (never
the laptop's, never UTC), so a message written at 18:05 in Paris reads 18:05 on every page of a Paris
event, whatever the zone of the laptop or of the file it came from. Words and order of dates come from
CLDR (Babel) for the reader's locale; clock times are always 24-hour. Exports and the CLI's JSON give
ISO 8601 with the offset, so nothing is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from datetime import date as Day  # `date` is also a method's name below
from functools import cache
from typing import Any

from hybridhub.core.clock import zone

DEFAULT_LOCALE = "en_GB"
# CLDR skeletons: which fields to show; each locale orders and spells them its own way.
_SKELETONS = {"time": "Hm", "date": "yMMMd", "day": "yMMMEd", "short_day": "MMMEd"}


@cache
def _locale(name: str) -> Any:
    """The Babel locale for an app locale name such as "fr_FR" or "de"; British English if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.replace("-", "_")) if name and name not in ("C", "POSIX") else None
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def _patterns(locale_name: str) -> tuple[Any, dict[str, Any]]:
    from babel import Locale
    from babel.dates import match_skeleton, parse_pattern

    locale = _locale(locale_name) or Locale.parse(DEFAULT_LOCALE)
    known = locale.datetime_skeletons
    found = {}
    for key, skeleton in _SKELETONS.items():
        match = match_skeleton(skeleton, known)
        found[key] = str(known[match]) if match else skeleton
    glue = str(locale.datetime_formats.get("medium", "{1}, {0}"))
    found["date_time"] = glue.replace("{1}", found["date"]).replace("{0}", found["time"])
    found["day_time"] = glue.replace("{1}", found["day"]).replace("{0}", found["time"])
    return locale, {key: parse_pattern(pattern) for key, pattern in found.items()}


class LocalTimes:
    """Formats aware datetimes in one event's zone. A naive datetime is taken as UTC (how the store
    keeps times); a `date` is shown as it is."""

    def __init__(self, zone_name: str, locale: str = DEFAULT_LOCALE) -> None:
        self.zone_name = zone_name or "UTC"
        self.zone: tzinfo = zone(self.zone_name)
        self.locale_name = locale
        self._locale, self._patterns = _patterns(locale)

    def __repr__(self) -> str:
        return f"LocalTimes({self.zone_name!r}, {self.locale_name!r})"

    def local(self, value: datetime) -> datetime:
        """The same moment on the event's wall clock."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(self.zone)

    def _format(self, key: str, value: Day | datetime) -> str:
        shown = self.local(value) if isinstance(value, datetime) else value
        return str(self._patterns[key].apply(shown, self._locale))

    def time(self, value: datetime) -> str:
        """ "08:20"."""
        return self._format("time", value)

    def date(self, value: Day | datetime) -> str:
        """ "8 Nov 2026" (en_GB), "8 nov. 2026" (fr)."""
        return self._format("date", value)

    def day(self, value: Day | datetime) -> str:
        """The date with its weekday: "Sun, 8 Nov 2026"."""
        return self._format("day", value)

    def short_day(self, value: Day | datetime) -> str:
        """Weekday, day and month without the year: "Sun, 8 Nov"."""
        return self._format("short_day", value)

    def date_time(self, value: datetime) -> str:
        """ "8 Nov 2026, 08:20"."""
        return self._format("date_time", value)

    def day_time(self, value: datetime) -> str:
        """ "Sun, 8 Nov 2026, 08:20"."""
        return self._format("day_time", value)

    def iso(self, value: datetime | None) -> str:
        """ISO 8601 with the event's offset, "2026-11-08T08:20:00+01:00" (exports, JSON); "" for None."""
        return self.local(value).isoformat(timespec="seconds") if value is not None else ""

    def stamp(self, value: datetime | None) -> str:
        """The CLI's text form, to the minute with the offset: "2026-11-08 08:20+01:00"; "" for None."""
        return self.local(value).isoformat(sep=" ", timespec="minutes") if value is not None else ""

    def today(self, now: datetime) -> Day:
        """The event's calendar day at the moment `now`."""
        return self.local(now).date()
