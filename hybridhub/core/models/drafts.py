"""The note a facilitator is typing, saved every second so a crash loses at most the last second."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hybridhub.core.clock import utcnow
from hybridhub.core.models.base import Base


class NoteDraft(Base):
    """One unsaved note per device (a laptop types one note at a time). Drafts never travel between
    laptops, so the row has no uid: it is deleted when the note is saved."""

    __tablename__ = "note_drafts"

    device: Mapped[str] = mapped_column(String(100), primary_key=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text, default="")
    voices: Mapped[int] = mapped_column(Integer, default=1)
    speaker_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    speaker_group: Mapped[str | None] = mapped_column(String(200))
    is_quote: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
