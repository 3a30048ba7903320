"""Which side (offline, online) each participant took part on.

A person took part offline if they contributed through an offline channel (paper, note, SMS…) or were
checked in at the door (an undone check-in does not count); online if they contributed through an
online channel or appear in an online attendance report. Merged-away participant records are left out:
their data moved to the kept one.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.channels import is_offline
from hybridhub.core.models import CheckIn, Contribution, Participant, Sheet
from hybridhub.core.models.checkin import standing

OFFLINE = "offline"
ONLINE = "online"


def participant_sides(session: Session, event_id: int) -> dict[int, set[str]]:
    """Participant id -> the sides they took part on (empty set: registered but silent and absent)."""
    sides: dict[int, set[str]] = {
        pid: set()
        for pid in session.scalars(
            select(Participant.id).where(
                Participant.event_id == event_id, Participant.merged_into_id.is_(None)
            )
        )
    }
    channel_rows = session.execute(
        select(Contribution.participant_id, Contribution.channel)
        .where(Contribution.event_id == event_id, Contribution.participant_id.is_not(None))
        .distinct()
    )
    checkin_rows = session.execute(
        select(CheckIn.participant_id, CheckIn.channel)
        .where(standing(event_id), CheckIn.participant_id.is_not(None))
        .distinct()
    )
    sheet_rows = session.execute(
        select(Sheet.participant_id, Sheet.status).where(
            Sheet.event_id == event_id, Sheet.participant_id.is_not(None), Sheet.status == "captured"
        )
    )
    for pid, channel in [*channel_rows, *checkin_rows]:
        if pid in sides:
            sides[pid].add(OFFLINE if is_offline(channel) else ONLINE)
    for pid, _status in sheet_rows:
        if pid in sides:
            sides[pid].add(OFFLINE)
    return sides


def split_counts(sides: dict[int, set[str]]) -> dict[str, int]:
    """How many took part only offline, only online, on both sides, or not at all (yet)."""
    counts: dict[str, int] = defaultdict(int)
    for where in sides.values():
        if where == {OFFLINE}:
            counts["offline_only"] += 1
        elif where == {ONLINE}:
            counts["online_only"] += 1
        elif where:
            counts["both"] += 1
        else:
            counts["not_yet"] += 1
    return {key: counts[key] for key in ("offline_only", "online_only", "both", "not_yet")}
