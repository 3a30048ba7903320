"""What the browser shows: a filter, turned into SQL conditions the pager and the counter share.

A filter's SQL text depends only on its *shape* (which parts are set, and the side and flag chosen), and
every value goes in through a named bind parameter. So one statement per shape can be compiled once and
run again with new values: the browser's pager does that on its hot path (see `pages`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, and_, bindparam, exists, literal, select

from hybridhub.browse.search import search_binds, search_template
from hybridhub.core.channels import OFFLINE_CHANNELS
from hybridhub.core.errors import ValidationError
from hybridhub.core.models import Contribution, ContributionTheme, Participant
from hybridhub.core.models.base import UTCDateTime

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


@dataclass(frozen=True)
class FilterShape:
    """A filter without its values: what its SQL text depends on."""

    side: str | None = None
    channels: int = 0
    session: bool = False
    theme: bool = False
    participant: bool = False
    date_from: bool = False
    date_to: bool = False
    flagged: bool | None = None
    search: tuple[str, ...] = ()  # the search's bind names (they say what its SQL is)


def split(filt: ContributionFilter, event_id: int, dialect: str) -> tuple[FilterShape, dict[str, Any]]:
    """The filter's shape and its values by bind name (checking the filter on the way)."""
    if filt.side is not None and filt.side not in SIDES:
        raise ValidationError(f"unknown side '{filt.side}'", field="side", hint="offline or online")
    if filt.date_from is not None and filt.date_to is not None and filt.date_from >= filt.date_to:
        raise ValidationError("the date range ends before it starts", field="date")
    values: dict[str, Any] = {"event_id": event_id}
    values.update((f"channel_{i}", channel) for i, channel in enumerate(filt.channels))
    for name in ("session_id", "theme_id", "participant_id", "date_from", "date_to"):
        if getattr(filt, name) is not None:
            values[name] = getattr(filt, name)
    found = search_binds(filt.search, dialect) if filt.search.strip() else {}
    values.update(found)
    shape = FilterShape(
        side=filt.side,
        channels=len(filt.channels),
        session=filt.session_id is not None,
        theme=filt.theme_id is not None,
        participant=filt.participant_id is not None,
        date_from=filt.date_from is not None,
        date_to=filt.date_to is not None,
        flagged=filt.flagged,
        search=tuple(found),
    )
    return shape, values


def template(
    shape: FilterShape, dialect: str, values: Mapping[str, Any] | None = None
) -> list[ColumnElement[Any]]:
    """The conditions of every filter of this shape. Each value of the filter is a bind parameter named
    as in `split`, bound to `values[name]` or, without `values`, left to bind at execution. Nothing else
    of a filter goes in, so a statement compiled for one filter is right for any other of its shape."""

    def bind(name: str, **kw: Any) -> BindParameter[Any]:
        return bindparam(name, **kw) if values is None else bindparam(name, values[name], **kw)

    c = Contribution
    where: list[ColumnElement[Any]] = [c.event_id == bind("event_id")]
    if shape.side is not None:
        offline = c.channel.in_([literal(ch) for ch in sorted(OFFLINE_CHANNELS)])
        where.append(offline if shape.side == "offline" else ~offline)
    if shape.channels:
        where.append(
            c.channel.in_([bind(f"channel_{i}", type_=c.channel.type) for i in range(shape.channels)])
        )
    if shape.session:
        where.append(c.session_id == bind("session_id"))
    if shape.theme:
        where.append(
            exists(
                select(ContributionTheme.contribution_id).where(
                    ContributionTheme.contribution_id == c.id,
                    ContributionTheme.theme_id == bind("theme_id"),
                    ContributionTheme.accepted.is_(True),
                )
            )
        )
    if shape.participant:
        # A merged-away record's contributions moved to the kept one; also show rows still on old ids.
        person = bind("participant_id")
        merged = select(Participant.id).where(Participant.merged_into_id == person)
        where.append(c.participant_id.in_(merged) | (c.participant_id == person))
    if shape.date_from:
        where.append(c.posted_at >= bind("date_from", type_=UTCDateTime()))
    if shape.date_to:
        where.append(c.posted_at < bind("date_to", type_=UTCDateTime()))
    if shape.flagged is True:
        where.append(c.flag.is_not(None))
    elif shape.flagged is False:
        where.append(c.flag.is_(None))
    if shape.search:
        where.append(search_template(shape.search, dialect, values))
    return [and_(*where)] if len(where) > 1 else where
