"""Coding: link contributions to a theme (by hand, from a #tag, or an accepted rule) and unlink them."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hybridhub.core.models import Contribution, ContributionTheme
from hybridhub.themes.codebook import get_theme


def code(session: Session, event_id: int, contribution_ids: list[int], theme_id: int) -> int:
    """Code contributions with a theme (a pending or rejected suggestion becomes a manual code).
    Returns how many were newly coded."""
    get_theme(session, event_id, theme_id)
    ids = _existing(session, event_id, contribution_ids)
    links = {
        link.contribution_id: link
        for link in session.scalars(
            select(ContributionTheme).where(
                ContributionTheme.theme_id == theme_id, ContributionTheme.contribution_id.in_(ids)
            )
        )
    }
    added = 0
    for cid in ids:
        link = links.get(cid)
        if link is None:
            session.add(ContributionTheme(contribution_id=cid, theme_id=theme_id, source="manual"))
            added += 1
        elif not link.accepted:
            link.accepted, link.source = True, "manual"
            added += 1
    session.flush()
    return added


def uncode(session: Session, event_id: int, contribution_ids: list[int], theme_id: int) -> int:
    get_theme(session, event_id, theme_id)
    result = session.execute(
        delete(ContributionTheme)
        .where(
            ContributionTheme.theme_id == theme_id,
            ContributionTheme.contribution_id.in_(contribution_ids),
            ContributionTheme.accepted.is_(True),
        )
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def toggle(session: Session, event_id: int, contribution_ids: list[int], theme_id: int) -> bool:
    """The number-key action: if every selected row has the theme, remove it; else add it to all.
    Returns True when the theme is now on all of them."""
    ids = _existing(session, event_id, contribution_ids)
    coded = set(
        session.scalars(
            select(ContributionTheme.contribution_id).where(
                ContributionTheme.theme_id == theme_id,
                ContributionTheme.contribution_id.in_(ids),
                ContributionTheme.accepted.is_(True),
            )
        )
    )
    if ids and coded >= set(ids):
        uncode(session, event_id, ids, theme_id)
        return False
    code(session, event_id, ids, theme_id)
    return True


def _existing(session: Session, event_id: int, ids: list[int]) -> list[int]:
    if not ids:
        return []
    return list(
        session.scalars(
            select(Contribution.id).where(Contribution.event_id == event_id, Contribution.id.in_(ids))
        )
    )
