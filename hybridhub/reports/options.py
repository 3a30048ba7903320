"""What the organiser chooses for a report: language, sections, scope, quoting and names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.analysis.counting import Scope
from hybridhub.core.clock import as_utc, zone
from hybridhub.core.errors import ValidationError
from hybridhub.core.models import Event, EventSession
from hybridhub.reports.i18n import check_language
from hybridhub.reports.quotes import QuotePolicy

# Cover, "how to read" and contents are always printed; these can be left out.
SECTIONS = ("summary", "participation", "ratings", "themes", "offline", "tallies", "method", "appendix")


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    sections: tuple[str, ...] = SECTIONS
    scope: Scope = field(default_factory=Scope)
    quotes: QuotePolicy = field(default_factory=QuotePolicy)
    generated_on: date | None = None

    def __post_init__(self) -> None:
        check_language(self.lang)
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValidationError(
                f"no report section '{unknown[0]}'",
                field="sections",
                hint="choose from " + ", ".join(SECTIONS),
            )

    def has(self, section: str) -> bool:
        return section in self.sections


def scope_for(
    session: Session,
    event: Event,
    session_ids: Iterable[int] | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
) -> Scope:
    """A scope from sessions and whole days in the event's time zone (both days included)."""
    tz = zone(event.timezone)
    since = as_utc(datetime.combine(first_day, time()), tz) if first_day else None
    until = as_utc(datetime.combine(last_day + timedelta(days=1), time()), tz) if last_day else None
    if since and until and since >= until:
        raise ValidationError("the first day is after the last day", field="from")
    ids = None
    if session_ids is not None:
        ids = frozenset(session_ids)
        known = set(session.scalars(select(EventSession.id).where(EventSession.event_id == event.id)))
        if not ids <= known:
            raise ValidationError("a chosen session is not part of this event", field="session")
    return Scope(ids, since, until)


def event_sessions(session: Session, event: Event) -> list[tuple[int, str]]:
    """The event's sessions in agenda order, as (id, name), for choosing a report's scope."""
    return [
        (row.id, row.name)
        for row in session.execute(
            select(EventSession.id, EventSession.name)
            .where(EventSession.event_id == event.id)
            .order_by(EventSession.position, EventSession.id)
        )
    ]
