"""Keyword rules: each theme's keywords suggest it for every contribution that contains one; the
facilitator accepts or rejects each suggestion. A rejected suggestion is remembered and not made again.

States of a ContributionTheme link: accepted (manual, tag or accepted rule), pending (source 'rule',
not accepted) and rejected (source 'rejected', not accepted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from hybridhub.browse.search import search_condition
from hybridhub.core.models import Contribution, ContributionTheme, Theme
from hybridhub.core.progress import ProgressFn, no_progress

PENDING = "rule"
REJECTED = "rejected"
CHUNK = 5_000


@dataclass(frozen=True)
class Suggestion:
    contribution_id: int
    theme_id: int
    theme_name: str
    colour: str
    text: str
    posted_at: datetime | None
    channel: str


def suggest(session: Session, event_id: int, progress: ProgressFn = no_progress) -> int:
    """Run every theme's keyword rules over all contributions; returns how many new suggestions."""
    dialect = session.get_bind().dialect.name
    themes = [t for t in session.scalars(select(Theme).where(Theme.event_id == event_id)) if t.keywords]
    added = 0
    for done, theme in enumerate(themes):
        progress(done, len(themes), theme.name)
        existing = select(ContributionTheme.contribution_id).where(ContributionTheme.theme_id == theme.id)
        for keyword in theme.keywords:
            stmt = select(Contribution.id).where(
                Contribution.event_id == event_id,
                search_condition(str(keyword), dialect),
                Contribution.id.not_in(existing),
            )
            ids = list(session.scalars(stmt))
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                session.execute(
                    insert(ContributionTheme),
                    [
                        {"contribution_id": cid, "theme_id": theme.id, "source": PENDING, "accepted": False}
                        for cid in chunk
                    ],
                )
            added += len(ids)
    progress(len(themes), len(themes), "done")
    session.flush()
    return added


def pending(
    session: Session, event_id: int, theme_id: int | None = None, limit: int = 500
) -> list[Suggestion]:
    stmt = (
        select(
            ContributionTheme.contribution_id,
            Theme.id,
            Theme.name,
            Theme.colour,
            Contribution.text,
            Contribution.posted_at,
            Contribution.channel,
        )
        .join(Theme, Theme.id == ContributionTheme.theme_id)
        .join(Contribution, Contribution.id == ContributionTheme.contribution_id)
        .where(
            Theme.event_id == event_id,
            ContributionTheme.source == PENDING,
            ContributionTheme.accepted.is_(False),
        )
        .order_by(Theme.position, Contribution.posted_at, Contribution.id)
        .limit(limit)
    )
    if theme_id is not None:
        stmt = stmt.where(Theme.id == theme_id)
    return [Suggestion(*row) for row in session.execute(stmt)]


def _pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return list(dict.fromkeys(pairs))


def accept(session: Session, pairs: list[tuple[int, int]]) -> int:
    """Accept suggestions given as (contribution_id, theme_id)."""
    return _set(session, pairs, accepted=True, source=PENDING)


def reject(session: Session, pairs: list[tuple[int, int]]) -> int:
    return _set(session, pairs, accepted=False, source=REJECTED)


def _set(session: Session, pairs: list[tuple[int, int]], *, accepted: bool, source: str) -> int:
    changed = 0
    for cid, tid in _pairs(pairs):
        result = session.execute(
            update(ContributionTheme)
            .where(
                ContributionTheme.contribution_id == cid,
                ContributionTheme.theme_id == tid,
                ContributionTheme.source == PENDING,
                ContributionTheme.accepted.is_(False),
            )
            .values(accepted=accepted, source=source)
            .execution_options(synchronize_session=False)
        )
        changed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return changed


def accept_all(session: Session, theme_id: int) -> int:
    result = session.execute(
        update(ContributionTheme)
        .where(
            ContributionTheme.theme_id == theme_id,
            ContributionTheme.source == PENDING,
            ContributionTheme.accepted.is_(False),
        )
        .values(accepted=True)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
