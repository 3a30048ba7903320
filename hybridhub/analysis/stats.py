"""The workspace at a glance: what `hybridhub stats` prints and the overview page shows.

The lead figures ("people", "people_named", "voices_unnamed", "people_offline", "people_online",
"attended_silently") come from `analysis.counting.headline`, the same code as the report's cover, so the
Overview, the report and `stats --json` never disagree. "participants" counts participant records
(everyone registered or seen in a channel, whether or not they took part; "not_yet" are those who did
not), kept for scripts that read it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hybridhub.analysis.counting import headline
from hybridhub.analysis.participation import participant_sides, split_counts
from hybridhub.core.models import CheckIn, Contribution, Event, EventSession, ImportBatch, Sheet
from hybridhub.core.models.checkin import standing
from hybridhub.core.workspace import Workspace


def read_stats(ws: Workspace) -> dict[str, Any]:
    """`workspace_stats` of the workspace's event, in a session of its own."""
    with ws.session() as s:
        return workspace_stats(s, ws.event(s))


def workspace_stats(session: Session, event: Event) -> dict[str, Any]:
    sides = participant_sides(session, event.id)
    split = split_counts(sides)
    by_channel = dict(
        session.execute(
            select(Contribution.channel, func.count())
            .where(Contribution.event_id == event.id)
            .group_by(Contribution.channel)
            .order_by(func.count().desc(), Contribution.channel)
        ).all()
    )
    checkins = session.scalar(select(func.count()).select_from(CheckIn).where(standing(event.id)))
    sheets = dict(
        session.execute(
            select(Sheet.status, func.count()).where(Sheet.event_id == event.id).group_by(Sheet.status)
        ).all()
    )
    sessions = session.scalar(
        select(func.count()).select_from(EventSession).where(EventSession.event_id == event.id)
    )
    batches = session.scalar(
        select(func.count()).select_from(ImportBatch).where(ImportBatch.event_id == event.id)
    )
    head = headline(session, event)
    return {
        "event": event.title,
        "sessions": sessions or 0,
        "participants": len(sides),
        "participants_split": split,
        "participants_offline": split["offline_only"] + split["both"],
        "participants_online": split["online_only"] + split["both"],
        "contributions": sum(by_channel.values()),
        "contributions_by_channel": by_channel,
        "channels": len(by_channel),
        "checkins": checkins or 0,
        "sheets": sum(sheets.values()),
        "sheets_by_status": sheets,
        "import_batches": batches or 0,
        "people": head.people,
        "people_named": head.named,
        "voices_unnamed": head.unnamed,
        "voices_unnamed_by_channel": head.unnamed_by_channel,
        "people_offline": head.offline,
        "people_online": head.online,
        "people_split": head.split,
        "attended": head.attended,
        "attended_silently": head.attended_silent,
    }
