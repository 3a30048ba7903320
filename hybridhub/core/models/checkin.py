"""Registrations with signed codes, and the append-only check-in log that attendance derives from."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ColumnElement, ForeignKey, Index, Integer, String, Text, and_, select
from sqlalchemy.orm import Mapped, mapped_column

from hybridhub.core.models.base import Base, Travelling

CHECKIN_METHODS = ("scanner", "camera", "search", "walk-in", "keyed", "import")


class CheckinResult(StrEnum):
    """What a scan at the desk came to; stored as its text in `CheckIn.result`."""

    OK = "ok"
    ALREADY = "already"  # checked in before: shown, logged, not counted twice
    INVALID = "invalid"  # not a code of ours (misread, forged, revoked)
    OTHER_EVENT = "other-event"
    UNDO = "undo"  # annuls the row whose uid is in `annuls_uid`


CHECKIN_RESULTS = tuple(CheckinResult)


class Registration(Travelling, Base):
    """A participant's signed code for an event. `code` is the full signed token; `short_code` is the
    human code printed under the QR."""

    __tablename__ = "registrations"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(200), unique=True)
    short_code: Mapped[str] = mapped_column(String(16), index=True)
    key_id: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CheckIn(Travelling, Base):
    """One scan or attendance record, failed ones included. Never updated: an undo is a new row with
    result 'undo' that names the annulled row's nonce (its uid). `channel` is 'checkin' for the door,
    or an online tool ('zoom', 'teams') for imported attendance reports."""

    __tablename__ = "checkins"
    __table_args__ = (Index("ix_checkins_participant_session", "participant_id", "session_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(32), default="checkin")
    direction: Mapped[str] = mapped_column(String(4), default="in")
    device: Mapped[str] = mapped_column(String(100), default="")
    method: Mapped[str] = mapped_column(String(16))
    raw_input: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(16))
    annuls_uid: Mapped[str | None] = mapped_column(String(36))
    scanned_at: Mapped[datetime]
    minutes: Mapped[int | None] = mapped_column(Integer)


def standing(event_id: int) -> ColumnElement[bool]:
    """Condition for check-in rows that count: successful, and not annulled by a later undo row.
    Attendance is derived from the log with this one rule wherever it is counted."""
    undone = select(CheckIn.annuls_uid).where(
        CheckIn.event_id == event_id, CheckIn.result == CheckinResult.UNDO, CheckIn.annuls_uid.is_not(None)
    )
    return and_(CheckIn.event_id == event_id, CheckIn.result == CheckinResult.OK, CheckIn.uid.not_in(undone))
