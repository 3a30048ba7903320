"""The event's details on a workspace, each call one session or one transaction: what the GUI and the
CLI call without opening sessions of their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from hybridhub.core.clock import zone
from hybridhub.core.local_time import DEFAULT_LOCALE, LocalTimes
from hybridhub.core.workspace import Workspace
from hybridhub.events.service import EventDetails, load_details, save_details


@dataclass(frozen=True)
class EventInfo:
    """What a screen needs to know of the event: its id for other services, its title and time zone."""

    id: int
    title: str
    timezone: str
    starts_on: date | None
    ends_on: date | None

    @property
    def tz(self) -> tzinfo:
        return zone(self.timezone)

    def times(self, locale: str = DEFAULT_LOCALE) -> LocalTimes:
        """How this event's times are shown (its zone) in a reader's `locale`."""
        return LocalTimes(self.timezone, locale)


def event_info(ws: Workspace) -> EventInfo:
    with ws.session() as s:
        event = ws.event(s)
        return EventInfo(event.id, event.title, event.timezone, event.starts_on, event.ends_on)


def event_times(ws: Workspace, locale: str = DEFAULT_LOCALE) -> LocalTimes:
    """The one way every page, the CLI and the exports show times: in the event's zone."""
    return event_info(ws).times(locale)


def read_details(ws: Workspace) -> EventDetails:
    with ws.session() as s:
        return load_details(s, ws.event(s))


def update_details(ws: Workspace, details: EventDetails) -> None:
    """Save the details and the agenda in one transaction (a ValidationError changes nothing)."""
    with ws.transaction() as s:
        save_details(s, ws.event(s), details)
