"""Pages of contributions in time order, by keyset (for endless scrolling) or offset, and counts.

The keyset is (posted_at, id) over the index `ix_contributions_event_posted`, so the next page costs the
same at row 200 as at row 900,000. Rows without a time come after all timed rows, ordered by id.

A page is what the browser waits for after each keystroke of a search, so its statement is compiled once
per filter shape (see `filters.split`) and, on SQLite, runs on the driver's cursor: SQLAlchemy's building,
compiling and row processing cost about as much as the SQL of a rare word's first page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Integer, Select, bindparam, func, select, tuple_
from sqlalchemy.orm import Session

from hybridhub.browse.filters import ContributionFilter, FilterShape, split, template
from hybridhub.core.driver_sql import CompiledTemplate
from hybridhub.core.models import Contribution, ContributionTheme, EventSession, Note, Participant, Theme
from hybridhub.core.models.base import UTCDateTime

PREVIEW_CHARS = 400


@dataclass(frozen=True)
class ThemeTag:
    id: int
    name: str
    colour: str


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made building a page's
# 200 rows cost 0.3 ms per keystroke of a search; slots keep the rows small. Treat rows as read-only.
@dataclass(slots=True)
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


def _columns(shape: FilterShape, dialect: str, preview: int | None) -> Select[Any]:
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
        .where(*template(shape, dialect))
    )


@lru_cache(maxsize=256)
def _page_select(
    shape: FilterShape, dialect: str, timed: bool, bounded: bool, newest_first: bool, preview: int | None
) -> Select[Any]:
    """One phase of a keyset page for every filter of this shape: timed rows by (posted_at, id), or
    untimed rows by id; `bounded`: after a cursor. Values bind by name: the filter's (`split`), `limit`,
    and the cursor's `after_posted` and `after_id`."""
    c = Contribution
    query = _columns(shape, dialect, preview)
    after_id = bindparam("after_id", type_=Integer())
    if timed:
        query = query.where(c.posted_at.is_not(None))
        if bounded:
            key = tuple_(c.posted_at, c.id)
            bound = tuple_(bindparam("after_posted", type_=UTCDateTime()), after_id)
            query = query.where(key < bound if newest_first else key > bound)
        order: tuple[Any, ...] = (c.posted_at.desc(), c.id.desc()) if newest_first else (c.posted_at, c.id)
    else:
        query = query.where(c.posted_at.is_(None))
        if bounded:
            query = query.where(c.id < after_id if newest_first else c.id > after_id)
        order = (c.id.desc(),) if newest_first else (c.id,)
    return query.order_by(*order).limit(bindparam("limit", type_=Integer()))


@lru_cache(maxsize=256)
def _page_compiled(
    shape: FilterShape, dialect: Dialect, timed: bool, bounded: bool, newest_first: bool, preview: int | None
) -> CompiledTemplate:
    """The page statement compiled once per shape and database (it runs on SQLite's driver)."""
    stmt = _page_select(shape, dialect.name, timed, bounded, newest_first, preview)
    return CompiledTemplate(stmt, dialect, time_columns=(1,))


def _phase(
    filt: ContributionFilter, event_id: int, dialect: str, after: Cursor | None, limit: int, timed: bool
) -> tuple[FilterShape, bool, dict[str, Any]]:
    """One phase of a page: the filter's shape, whether the phase starts after the cursor, the values."""
    shape, values = split(filt, event_id, dialect)
    values["limit"] = limit
    bounded = after is not None and (after.posted_at is not None) == timed
    if bounded:
        assert after is not None
        values["after_posted"], values["after_id"] = after.posted_at, after.id
    return shape, bounded, values


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
    """One phase of a keyset page with its values bound: the statement `fetch_page` runs."""
    shape, bounded, values = _phase(filt, event_id, dialect, after, limit, timed)
    return _page_select(shape, dialect, timed, bounded, newest_first, preview).params(values)


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
    conn = _connection(session)

    def phase(timed: bool, n: int) -> list[tuple[Any, ...]]:
        shape, bounded, values = _phase(filt, event_id, conn.dialect.name, after, n, timed)
        compiled = _page_compiled(shape, conn.dialect, timed, bounded, newest_first, preview)
        return compiled.rows(conn, values)

    raw: list[tuple[Any, ...]] = []
    if after is None or after.posted_at is not None:
        raw = phase(True, limit)
    if len(raw) < limit:
        raw += phase(False, limit - len(raw))
    rows = _rows(session, raw)
    nxt = Cursor(rows[-1].posted_at, rows[-1].id) if len(rows) == limit else None
    return Page(rows, nxt)


def count(session: Session, event_id: int, filt: ContributionFilter) -> int:
    dialect = session.get_bind().dialect.name
    shape, values = split(filt, event_id, dialect)
    stmt = select(func.count()).select_from(Contribution).where(*template(shape, dialect))
    return int(session.scalar(stmt, values) or 0)


def _connection(session: Session) -> Connection:
    # Statements run on the session's connection (on SQLite, its driver), which unlike session.execute
    # does not flush the session first: flush here, so pending changes are seen as they were before.
    if session.autoflush:
        session.flush()
    return session.connection()


def _rows(session: Session, raw: list[tuple[Any, ...]]) -> list[ContributionRow]:
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


# On SQLite, straight on the driver (a page's ids; a few hundred at a time, under any bound-variable limit).
_THEMES_SQL = (
    "SELECT ct.contribution_id, t.id, t.name, t.colour FROM contribution_themes AS ct"
    " JOIN themes AS t ON t.id = ct.theme_id"
    " WHERE ct.contribution_id IN ({ids}) AND ct.accepted = 1 ORDER BY t.position, t.id"
)
_THEMES_CHUNK = 500


def themes_of(session: Session, ids: list[int]) -> dict[int, tuple[ThemeTag, ...]]:
    """Accepted themes of each contribution, in codebook order."""
    if not ids:
        return {}
    found: dict[int, list[ThemeTag]] = defaultdict(list)
    conn = _connection(session)
    if conn.dialect.name == "sqlite":
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            for start in range(0, len(ids), _THEMES_CHUNK):
                chunk = ids[start : start + _THEMES_CHUNK]
                sql = _THEMES_SQL.format(ids=", ".join("?" * len(chunk)))
                for cid, tid, name, colour in cursor.execute(sql, chunk):
                    found[cid].append(ThemeTag(tid, name, colour))
        finally:
            cursor.close()
    else:
        for cid, tid, name, colour in conn.execute(_themes_statement(ids)):
            found[cid].append(ThemeTag(tid, name, colour))
    return {cid: tuple(tags) for cid, tags in found.items()}


def _themes_statement(ids: list[int]) -> Select[int, int, str, str]:
    return (
        select(ContributionTheme.contribution_id, Theme.id, Theme.name, Theme.colour)
        .join(Theme, Theme.id == ContributionTheme.theme_id)
        .where(ContributionTheme.contribution_id.in_(ids), ContributionTheme.accepted.is_(True))
        .order_by(Theme.position, Theme.id)
    )


def fetch_rows(session: Session, event_id: int, ids: list[int]) -> dict[int, ContributionRow]:
    """Fresh rows for these ids (after coding or flagging them), keyed by id; erased ids are absent."""
    if not ids:
        return {}
    dialect = session.get_bind().dialect.name
    shape, values = split(ContributionFilter(), event_id, dialect)
    stmt = _columns(shape, dialect, PREVIEW_CHARS).where(Contribution.id.in_(ids))
    return {row.id: row for row in _rows(session, [tuple(r) for r in session.execute(stmt, values)])}
