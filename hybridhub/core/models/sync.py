"""Several laptops of one event: who they are, and what lets their workspaces merge alike everywhere.

`Laptop` and `SyncConflict` travel between laptops like any other row. The other tables are this
workspace's own bookkeeping: `SyncLocal` names this laptop and holds its clock, `SyncSeen` how far each
laptop's changes are known here, `FieldClock` the clock of every field edited after its row was
created, `Tombstone` what was deleted (so it never comes back), `SyncAlias` rows of another laptop
mapped onto one here, `SyncExchange` the bundles read and written, `SyncReceived` which rows came in
from bundles (so a laptop can say what it made itself).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from hybridhub.core.clock import utcnow
from hybridhub.core.models.base import Base, Travelling

LAPTOP_ROLES = ("organiser", "laptop", "door", "server")


class Laptop(Travelling, Base):
    """A laptop enrolled in the event, with the public half of its own Ed25519 key (the private half
    stays in that laptop's key store). `enrolment_sig` is the enrolling laptop's signature over the
    event, this laptop's uid and public key; the first laptop of an event signs its own."""

    __tablename__ = "laptops"

    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16), default="laptop")
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    enrolled_by: Mapped[str | None] = mapped_column(String(36))
    enrolment_sig: Mapped[bytes | None] = mapped_column(LargeBinary(64))
    # What this laptop made itself, by kind, as it last reported in a bundle of its own.
    contributed: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SyncConflict(Travelling, Base):
    """Two laptops changed the same field before they exchanged: the loser's value, kept to look at.
    The uid is derived from the field and the lost edit, so every laptop that finds it finds the same."""

    __tablename__ = "sync_conflicts"

    table_name: Mapped[str] = mapped_column(String(64))
    row_uid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    lost_hlc: Mapped[int] = mapped_column(BigInteger)
    lost_laptop: Mapped[str] = mapped_column(String(36))
    won_hlc: Mapped[int] = mapped_column(BigInteger)
    won_laptop: Mapped[str] = mapped_column(String(36))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncLocal(Base):
    """One row: which enrolled laptop this workspace is, and its clock."""

    __tablename__ = "sync_local"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    laptop_uid: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    # A digest of the row counts when the clock last covered every row here: when it differs, rows were
    # added or removed since, and the clock ticks so that a bundle shows it has something new.
    settled: Mapped[str] = mapped_column(String(64), default="")


class SyncSeen(Base):
    """The newest clock of each other laptop whose changes are all in this workspace."""

    __tablename__ = "sync_seen"

    laptop_uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)


class FieldClock(Base):
    """The clock and laptop of the last edit of one field of one row (absent: never edited)."""

    __tablename__ = "sync_clocks"

    row_uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    laptop: Mapped[str] = mapped_column(String(36))


class Tombstone(Base):
    """A deleted row, by uid: it is never added again from an older bundle. `erased` marks a person
    erased on request: their rows are dropped wherever they turn up."""

    __tablename__ = "sync_tombstones"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    hlc: Mapped[int] = mapped_column(BigInteger)
    laptop: Mapped[str] = mapped_column(String(36))


class SyncAlias(Base):
    """A row of another laptop that is the same thing as a row here (the same paper sheet answer, the
    same imported message): its uid is mapped onto the row kept, the one with the smaller uid."""

    __tablename__ = "sync_aliases"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    canonical: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(64))


class SyncExchange(Base):
    """One bundle written or read (or a push or pull), with its counts: the Laptops page's history."""

    __tablename__ = "sync_exchanges"
    __table_args__ = (Index("ix_sync_exchanges_laptop", "laptop_uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    direction: Mapped[str] = mapped_column(String(16))
    laptop_uid: Mapped[str | None] = mapped_column(String(36))
    file: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SyncReceived(Base):
    """Rows `first_id`..`last_id` of a table came in through an exchange (or were there when this
    laptop was enrolled): everything else in the table this laptop made itself."""

    __tablename__ = "sync_received"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    first_id: Mapped[int] = mapped_column(Integer)
    last_id: Mapped[int] = mapped_column(Integer)
