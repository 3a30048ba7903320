"""People: pseudonymous participants, how they appear in each channel, and merges between them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hybridhub.core.ids import short_code
from hybridhub.core.models.base import Base, Travelling

INTERNET_ACCESS = ("none", "poor", "good")


class Participant(Travelling, Base):
    """A person, pseudonymous by default. `pseudonym` (e.g. 'P-K7QH4M') is what reports show."""

    __tablename__ = "participants"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(16), default=lambda: "P-" + short_code(6))
    display_name: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(16))
    region: Mapped[str | None] = mapped_column(String(100))
    age_band: Mapped[str | None] = mapped_column(String(16))
    internet_access: Mapped[str | None] = mapped_column(String(8))
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Consent flags: None means "not asked / unknown"; reports apply the organiser's default.
    consent_quote: Mapped[bool | None] = mapped_column(Boolean)
    consent_contact: Mapped[bool | None] = mapped_column(Boolean)
    consent_name: Mapped[bool | None] = mapped_column(Boolean)
    badge_number: Mapped[int | None] = mapped_column(Integer)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when this record was merged into another; the row is kept so that un-merge is possible.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))

    identities: Mapped[list[Identity]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", foreign_keys="Identity.participant_id"
    )


class Identity(Travelling, Base):
    """How a participant appears in one channel: a WhatsApp phone hash, a Zoom name, a badge code.

    `key` is the stable per-channel match key (normalised name, keyed hash); `display` is what may be
    shown on screen (a name, or '…42' for a phone number). Phone numbers are never stored in clear.
    """

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("event_id", "channel", "key", name="uq_identities_channel_key"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    display: Mapped[str] = mapped_column(String(200), default="")
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    phone_last2: Mapped[str | None] = mapped_column(String(2))
    email_hash: Mapped[str | None] = mapped_column(String(64), index=True)

    participant: Mapped[Participant] = relationship(
        back_populates="identities", foreign_keys=[participant_id]
    )


class ParticipantMerge(Travelling, Base):
    """A recorded merge of two participants, with what moved, so that it can be undone."""

    __tablename__ = "participant_merges"
    __table_args__ = (Index("ix_participant_merges_kept", "kept_id"),)

    kept_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    moved: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(String(200), default="")
    undone_at: Mapped[datetime | None]


class Erasure(Travelling, Base):
    """A participant who was erased: only their uid and pseudonym are left, so that erasing them again
    says it is done, and another laptop's data that still holds them can be told to leave them out."""

    __tablename__ = "erasures"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    participant_uid: Mapped[str] = mapped_column(String(36), unique=True)
    pseudonym: Mapped[str] = mapped_column(String(16), index=True)
