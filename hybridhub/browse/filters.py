"""What the browser shows: a filter, turned into SQL conditions the pager and the counter share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select

from hybridhub.browse.search import search_condition
from hybridhub.core.channels import OFFLINE_CHANNELS
from hybridhub.core.errors import ValidationError
from hybridhub.core.models import Contribution, ContributionTheme, Participant

SIDES = ("offline", "online")


@dataclass(frozen=True)
class ContributionFilter:
    side: str | None = None  # "offline" | "online"
    channels: tuple[str, ...] = ()
    session_id: int | None = None
    theme_id: int | None = None
    participant_id: int | None = None
    date_from: datetime | None = None  # inclusive, aware
    date_to: datetime | None = None  # exclusive, aware
    flagged: bool | None = None  # True: only flagged; False: only unflagged
    search: str = ""

    def is_empty(self) -> bool:
        return self == ContributionFilter()


def conditions(filt: ContributionFilter, event_id: int, dialect: str) -> list[ColumnElement[Any]]:
    c = Contribution
    where: list[ColumnElement[Any]] = [c.event_id == event_id]
    if filt.side is not None:
        if filt.side not in SIDES:
            raise ValidationError(f"unknown side '{filt.side}'", field="side", hint="offline or online")
        offline = c.channel.in_(sorted(OFFLINE_CHANNELS))
        where.append(offline if filt.side == "offline" else ~offline)
    if filt.channels:
        where.append(c.channel.in_(filt.channels))
    if filt.session_id is not None:
        where.append(c.session_id == filt.session_id)
    if filt.theme_id is not None:
        where.append(
            exists(
                select(ContributionTheme.contribution_id).where(
                    ContributionTheme.contribution_id == c.id,
                    ContributionTheme.theme_id == filt.theme_id,
                    ContributionTheme.accepted.is_(True),
                )
            )
        )
    if filt.participant_id is not None:
        # A merged-away record's contributions moved to the kept one; also show rows still on old ids.
        merged = select(Participant.id).where(Participant.merged_into_id == filt.participant_id)
        where.append(c.participant_id.in_(merged) | (c.participant_id == filt.participant_id))
    if filt.date_from is not None and filt.date_to is not None and filt.date_from >= filt.date_to:
        raise ValidationError("the date range ends before it starts", field="date")
    if filt.date_from is not None:
        where.append(c.posted_at >= filt.date_from)
    if filt.date_to is not None:
        where.append(c.posted_at < filt.date_to)
    if filt.flagged is True:
        where.append(c.flag.is_not(None))
    elif filt.flagged is False:
        where.append(c.flag.is_(None))
    if filt.search.strip():
        where.append(search_condition(filt.search, dialect))
    return [and_(*where)] if len(where) > 1 else where
