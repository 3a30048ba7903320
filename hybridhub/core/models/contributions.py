"""Voices: every channel's items become Contributions, each from an ImportBatch, note or sheet."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hybridhub.core.clock import utcnow
from hybridhub.core.ids import uuid7
from hybridhub.core.models.base import Base, Travelling

FLAGS = ("hostile", "off-topic")


class ImportBatch(Travelling, Base):
    """One imported file: what it was, how it was read, and what it added."""

    __tablename__ = "import_batches"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    parser_version: Mapped[str] = mapped_column(String(16), default="1")
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    added: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    new_participants: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[list[Any]] = mapped_column(default=list)


class Contribution(Travelling, Base):
    """One voice item: a message, a paper answer, a note, a post, an e-mail.

    `source_key` is stable per item of its source (a message id, or a hash of chat, time, author and
    text with an occurrence counter), so that re-importing adds nothing. `voices` is the weight of the
    item in people: 1 for a person's message, 8 for a note that speaks for a table of eight.
    """

    __tablename__ = "contributions"
    __table_args__ = (
        UniqueConstraint("event_id", "channel", "source_key", name="uq_contributions_source"),
        Index("ix_contributions_channel_posted", "channel", "posted_at"),
        # The browser pages all contributions in time order by keyset: (posted_at, id) after a cursor.
        Index("ix_contributions_event_posted", "event_id", "posted_at", "id"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16), default="message")
    source_key: Mapped[str] = mapped_column(String(128))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("identities.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    sheet_id: Mapped[int | None] = mapped_column(ForeignKey("sheets.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("contributions.id", ondelete="SET NULL"))
    thread_key: Mapped[str | None] = mapped_column(String(128))
    posted_at: Mapped[datetime | None]
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(40), index=True, default="")
    voices: Mapped[int] = mapped_column(Integer, default=1)
    flag: Mapped[str | None] = mapped_column(String(16))
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict)

    themes: Mapped[list[ContributionTheme]] = relationship(
        back_populates="contribution", cascade="all, delete-orphan"
    )


class MappingPreset(Travelling, Base):
    """A saved column mapping for table imports or an online-form ↔ paper-form mapping."""

    __tablename__ = "mapping_presets"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_mapping_presets_kind_name"),)

    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Note(Travelling, Base):
    """A facilitator's note; its text, session, time and voices live in its Contribution."""

    __tablename__ = "notes"

    contribution_id: Mapped[int] = mapped_column(
        ForeignKey("contributions.id", ondelete="CASCADE"), unique=True
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    speaker_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    speaker_group: Mapped[str | None] = mapped_column(String(200))
    is_quote: Mapped[bool] = mapped_column(default=False)


class Theme(Travelling, Base):
    """A code of the codebook, possibly under a parent, with keyword rules that suggest it."""

    __tablename__ = "themes"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(9), default="#4e79a7")
    position: Mapped[int] = mapped_column(Integer, default=0)
    keywords: Mapped[list[Any]] = mapped_column(default=list)


class ContributionTheme(Base):
    """A contribution coded with a theme; `source` says whether a person or a rule did it. The uid lets
    a coding travel between laptops (and its removal be a tombstone, so a later coding is new)."""

    __tablename__ = "contribution_themes"
    __table_args__ = (UniqueConstraint("contribution_id", "theme_id", name="uq_contribution_themes_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=uuid7)
    contribution_id: Mapped[int] = mapped_column(ForeignKey("contributions.id", ondelete="CASCADE"))
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16), default="manual")
    accepted: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    contribution: Mapped[Contribution] = relationship(back_populates="themes")


class Tally(Travelling, Base):
    """A show of hands or dot vote in the room: one question, options with counts."""

    __tablename__ = "tallies"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    question: Mapped[str] = mapped_column(Text)

    options: Mapped[list[TallyOption]] = relationship(
        back_populates="tally", order_by="TallyOption.position", cascade="all, delete-orphan"
    )


class TallyOption(Travelling, Base):
    __tablename__ = "tally_options"

    tally_id: Mapped[int] = mapped_column(ForeignKey("tallies.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)

    tally: Mapped[Tally] = relationship(back_populates="options")
