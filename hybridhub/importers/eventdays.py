"""Do a file's dates fall on the event's days? (Messages from 2018 in a 2026 event are a wrong file.)

The event's days run from `starts_on` to `ends_on` (or `starts_on` alone), midnight to midnight in
the event's own time zone. Every dated record is compared with them; an event without dates checks
nothing. The import preview and the CLI say what was found; `--only-event-days` refuses such a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from hybridhub.core.clock import as_utc, zone
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.records import AnswerRecord, Attendance, Message, Record

if TYPE_CHECKING:  # `EventDays` also runs in a big file's parser process, without the store's modules
    from hybridhub.core.models import Event
    from hybridhub.core.workspace import Workspace
    from hybridhub.importers.detect import Detection


@dataclass(frozen=True)
class DateSpan:
    """The days a file's records fall on (in the event's zone) and how many lie outside the event's."""

    first: date | None
    last: date | None
    dated: int  # records with a time
    outside: int  # of them, how many fall outside the event's days (0 when the event has no dates)
    event_first: date | None
    event_last: date | None

    @property
    def outside_event(self) -> bool:
        return self.outside > 0

    def found(self) -> str:
        """'12 Mar 2018' or '12 Mar 2018 to 20 Mar 2018'."""
        return _days(self.first, self.last)

    def event_days(self) -> str:
        return _days(self.event_first, self.event_last)

    def warning(self) -> str:
        """One sentence for the preview, the import summary and the CLI's stderr."""
        return (
            f"{self.outside:,} of {self.dated:,} dated items fall outside the event's days: "
            f"the file's dates run {self.found()}, the event is on {self.event_days()}"
        )


def _days(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "no date"
    if first == last:
        return f"{first:%d %b %Y}"
    return f"{first:%d %b %Y} to {last:%d %b %Y}"


def record_time(record: Record, include_direct: bool) -> datetime | None:
    """The time a record would be stored under (naive: in the import's zone), or None. Direct messages
    left out and media-only messages are not stored, so they are not counted either."""
    if isinstance(record, Message):
        kept = (include_direct or not record.direct) and bool(record.text.strip())
        return record.posted_at if kept else None
    if isinstance(record, Attendance):
        return record.joined_at or record.left_at
    if isinstance(record, AnswerRecord):
        return record.submitted_at
    return None


class EventDays:
    """Counts, instant by instant (aware, UTC), the records on and off the event's days."""

    def __init__(self, timezone: str, first: date | None, last: date | None) -> None:
        """The event's zone and days (`last` None: one day)."""
        self.zone = zone(timezone)
        self.event_first = first
        self.event_last = last or first
        self.start = self.end = None
        if self.event_first is not None and self.event_last is not None:
            self.start = self._midnight(self.event_first)
            self.end = self._midnight(self.event_last + timedelta(days=1))
        self.first: datetime | None = None
        self.last: datetime | None = None
        self.dated = 0
        self.outside = 0

    @classmethod
    def of(cls, event: Event) -> EventDays:
        return cls(event.timezone, event.starts_on, event.ends_on)

    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=self.zone)

    def see(self, when: datetime | None) -> None:
        if when is None:
            return
        self.dated += 1
        if self.first is None or when < self.first:
            self.first = when
        if self.last is None or when > self.last:
            self.last = when
        if self.start is not None and self.end is not None and not self.start <= when < self.end:
            self.outside += 1

    def add(self, other: EventDays) -> None:
        """Count what `other` saw of the same event's days as well (another part of one file)."""
        self.dated += other.dated
        self.outside += other.outside
        for when in (other.first, other.last):
            if when is not None:
                self.first = when if self.first is None or when < self.first else self.first
                self.last = when if self.last is None or when > self.last else self.last

    def span(self) -> DateSpan:
        def day(value: datetime | None) -> date | None:
            return value.astimezone(self.zone).date() if value is not None else None

        return DateSpan(
            day(self.first), day(self.last), self.dated, self.outside, self.event_first, self.event_last
        )


def date_span(
    workspace: Workspace,
    path: str | Path,
    *,
    format: str | None = None,
    options: ImportOptions | None = None,
    detection: Detection | None = None,
    progress: ProgressFn | None = None,
) -> DateSpan:
    """The days of a whole file compared with the event's, before importing it (nothing is written).
    An event without dates has nothing to compare with: the file is not read."""
    from hybridhub.importers.detect import resolve  # here: it loads every format

    found = detection or resolve(Path(path), format)
    with workspace.session() as session:
        event = workspace.event(session)
        opts = options if options is not None else ImportOptions(timezone=event.timezone)
        opts = found.importer.prepare(session, event, opts)
        days = EventDays.of(event)
        session.rollback()
    if days.start is None:
        return days.span()
    tz, report = zone(opts.timezone), progress or no_progress
    for number, record in enumerate(found.importer.records(found.source, opts), start=1):
        when = record_time(record, opts.include_direct)
        if when is not None:
            days.see(as_utc(when, tz))
        if number % 4000 == 0:
            report(number, 0, f"{number:,} records checked")
    return days.span()
