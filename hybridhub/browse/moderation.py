"""Moderation: a hostile or off-topic contribution is kept and counted as heard, but never quoted."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hybridhub.core.errors import ValidationError
from hybridhub.core.models import Contribution, Note
from hybridhub.core.models.contributions import FLAGS


def set_flag(session: Session, event_id: int, contribution_ids: list[int], flag: str | None) -> int:
    """Flag (or, with None, unflag) contributions; returns how many rows changed."""
    if flag is not None and flag not in FLAGS:
        raise ValidationError(f"unknown flag '{flag}'", field="flag", hint=" or ".join(FLAGS))
    if not contribution_ids:
        return 0
    result = session.execute(
        update(Contribution)
        .where(Contribution.event_id == event_id, Contribution.id.in_(contribution_ids))
        .values(flag=flag)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def quotable(session: Session, contribution_id: int) -> bool:
    """May this contribution be quoted? Not if flagged; consent is for the report to apply."""
    c = session.get(Contribution, contribution_id)
    if c is None or c.flag is not None:
        return False
    note = session.scalars(select(Note).where(Note.contribution_id == c.id)).first()
    return note is None or note.is_quote  # a note is a paraphrase unless marked as a quote
