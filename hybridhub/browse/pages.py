"""Pages of contributions in time order, by keyset (for endless scrolling) or offset, and counts.

The keyset is (posted_at, id) over the index `ix_contributions_event_posted`, so the next page costs the
same at row 200 as at row 900,000. Rows without a time come after all timed rows, ordered by id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, literal, select, tuple_
from sqlalchemy.orm import Session

from hybridhub.browse.filters import ContributionFilter, conditions
from hybridhub.core.models import Contribution, ContributionTheme, EventSession, Note, Participant, Theme
from hybridhub.core.models.base import UTCDateTime

PREVIEW_CHARS = 400


@dataclass(frozen=True)
class ThemeTag:
    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class ContributionRow:
    id: int
    posted_at: datetime | None
    channel: str
    kind: str
    session_name: str | None
    author: str
    text: str  # the first PREVIEW_CHARS characters
    voices: int
    flag: str | None
    themes: tuple[ThemeTag, ...] = ()


@dataclass(frozen=True)
class Cursor:
    """Where the last page ended: its last row's time and id."""

    posted_at: datetime | None
    id: int


@dataclass(frozen=True)
class Page:
    rows: list[ContributionRow] = field(default_factory=list)
    next: Cursor | None = None  # None: this was the last page


def _columns(filt: ContributionFilter, event_id: int, dialect: str, preview: int | None) -> Select[Any]:
    c = Contribution
    return (
        select(
            c.id,
            c.posted_at,
            c.channel,
            c.kind,
            EventSession.name,
            Participant.pseudonym,
            Participant.display_name,
            Note.speaker_group,
            func.substr(c.text, 1, preview) if preview else c.text,
            c.voices,
            c.flag,
        )
        .outerjoin(EventSession, EventSession.id == c.session_id)
        .outerjoin(Participant, Participant.id == c.participant_id)
        .outerjoin(Note, Note.contribution_id == c.id)
        .where(*conditions(filt, event_id, dialect))
    )


def page_statement(
    filt: ContributionFilter,
    event_id: int,
    dialect: str,
    after: Cursor | None,
    limit: int,
    *,
    timed: bool = True,
    newest_first: bool = False,
    preview: int | None = PREVIEW_CHARS,
) -> Select[Any]:
    """One phase of a keyset page: timed rows by (posted_at, id), or untimed rows by id."""
    c = Contribution
    query = _columns(filt, event_id, dialect, preview)
    if timed:
        query = query.where(c.posted_at.is_not(None))
        if after is not None and after.posted_at is not None:
            key = tuple_(c.posted_at, c.id)
            bound = tuple_(literal(after.posted_at, UTCDateTime()), literal(after.id))
            query = query.where(key < bound if newest_first else key > bound)
        order = (c.posted_at.desc(), c.id.desc()) if newest_first else (c.posted_at, c.id)
    else:
        query = query.where(c.posted_at.is_(None))
        if after is not None and after.posted_at is None:
            query = query.where(c.id < after.id if newest_first else c.id > after.id)
        order = (c.id.desc(),) if newest_first else (c.id,)
    return query.order_by(*order).limit(limit)


def fetch_page(
    session: Session,
    event_id: int,
    filt: ContributionFilter,
    after: Cursor | None = None,
    limit: int = 200,
    *,
    newest_first: bool = False,
    preview: int | None = PREVIEW_CHARS,
) -> Page:
    """A page of rows after `after` (the first page with None); `preview` cuts texts (None: full)."""
    dialect = session.get_bind().dialect.name
    raw: list[Any] = []
    if after is None or after.posted_at is not None:
        stmt = page_statement(
            filt, event_id, dialect, after, limit, timed=True, newest_first=newest_first, preview=preview
        )
        raw = list(session.execute(stmt))
    if len(raw) < limit:
        stmt = page_statement(
            filt,
            event_id,
            dialect,
            after,
            limit - len(raw),
            timed=False,
            newest_first=newest_first,
            preview=preview,
        )
        raw += list(session.execute(stmt))
    rows = _rows(session, raw)
    nxt = Cursor(rows[-1].posted_at, rows[-1].id) if len(rows) == limit else None
    return Page(rows, nxt)


def fetch_offset(
    session: Session, event_id: int, filt: ContributionFilter, offset: int, limit: int = 200
) -> list[ContributionRow]:
    """Rows `offset`..`offset+limit` in the same order as `fetch_page` (for jumping to a position)."""
    dialect = session.get_bind().dialect.name
    c = Contribution
    stmt = (
        _columns(filt, event_id, dialect, PREVIEW_CHARS)
        .order_by(c.posted_at.is_(None), c.posted_at, c.id)
        .offset(max(0, offset))
        .limit(limit)
    )
    return _rows(session, list(session.execute(stmt)))


def count(session: Session, event_id: int, filt: ContributionFilter) -> int:
    dialect = session.get_bind().dialect.name
    stmt = select(func.count()).select_from(Contribution).where(*conditions(filt, event_id, dialect))
    return int(session.scalar(stmt) or 0)


def _rows(session: Session, raw: list[Any]) -> list[ContributionRow]:
    themes = themes_of(session, [r[0] for r in raw])
    rows = []
    for cid, posted, channel, kind, sname, pseudo, display, group, preview, voices, flag in raw:
        author = display or pseudo or group or ""
        rows.append(
            ContributionRow(
                cid, posted, channel, kind, sname, author, preview or "", voices, flag, themes.get(cid, ())
            )
        )
    return rows


def themes_of(session: Session, ids: list[int]) -> dict[int, tuple[ThemeTag, ...]]:
    """Accepted themes of each contribution, in codebook order."""
    if not ids:
        return {}
    found: dict[int, list[ThemeTag]] = defaultdict(list)
    stmt = (
        select(ContributionTheme.contribution_id, Theme.id, Theme.name, Theme.colour)
        .join(Theme, Theme.id == ContributionTheme.theme_id)
        .where(ContributionTheme.contribution_id.in_(ids), ContributionTheme.accepted.is_(True))
        .order_by(Theme.position, Theme.id)
    )
    for cid, tid, name, colour in session.execute(stmt):
        found[cid].append(ThemeTag(tid, name, colour))
    return {cid: tuple(tags) for cid, tags in found.items()}


def fetch_rows(session: Session, event_id: int, ids: list[int]) -> dict[int, ContributionRow]:
    """Fresh rows for these ids (after coding or flagging them), keyed by id; erased ids are absent."""
    if not ids:
        return {}
    dialect = session.get_bind().dialect.name
    stmt = _columns(ContributionFilter(), event_id, dialect, PREVIEW_CHARS).where(Contribution.id.in_(ids))
    return {row.id: row for row in _rows(session, list(session.execute(stmt)))}
