"""The workshop itself: event, its agenda sessions, and its signing keys."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hybridhub.core.models.base import Base, Travelling

SESSION_MODES = ("in-person", "online", "hybrid")


class Event(Travelling, Base):
    """One workshop, with the purpose statement a report opens with (who / what / why)."""

    __tablename__ = "events"

    title: Mapped[str] = mapped_column(String(200))
    purpose_who: Mapped[str] = mapped_column(Text, default="")
    purpose_what: Mapped[str] = mapped_column(Text, default="")
    purpose_why: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[list[Any]] = mapped_column(default=lambda: ["en"])
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # The key for hashing phone numbers and e-mails is the same on every laptop of this event, so
    # that hashes match when workspaces are merged; it lives in the user's key store, never in this
    # file (hybridhub.core.keystore). The fingerprint tells a mismatching key.
    hash_key_fingerprint: Mapped[str] = mapped_column(String(64), default="")

    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", order_by="EventSession.position", cascade="all, delete-orphan"
    )
    keys: Mapped[list[EventKey]] = relationship(back_populates="event", cascade="all, delete-orphan")


class EventSession(Travelling, Base):
    """An agenda item, breakout or table of the event (called Session in the design;
    renamed here so it never shadows SQLAlchemy's Session)."""

    __tablename__ = "sessions"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    mode: Mapped[str] = mapped_column(String(16), default="hybrid")
    location: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="sessions")


class EventKey(Travelling, Base):
    """An Ed25519 key that signs check-in codes; several keys may be valid at once so that keys can
    rotate. The private half is in the key store of the laptops that sign, never in this file;
    `signs_here` is False in a door copy, which verifies codes but never signs them."""

    __tablename__ = "event_keys"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key_id: Mapped[int] = mapped_column(Integer)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    signs_here: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    event: Mapped[Event] = relationship(back_populates="keys")
