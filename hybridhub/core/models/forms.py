"""Paper forms: versioned templates, each printed sheet, and the answers read from it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hybridhub.core.models.base import Base, Travelling

SHEET_STATUSES = ("printed", "captured", "void")
ANSWER_METHODS = ("scan", "keyed", "reviewed", "online")


class FormTemplate(Travelling, Base):
    """One version of a form, its definition copied from the YAML so old sheets stay readable."""

    __tablename__ = "form_templates"
    __table_args__ = (UniqueConstraint("form_key", "version", name="uq_form_templates_key_version"),)

    form_key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sha256: Mapped[str] = mapped_column(String(64), default="")


class Sheet(Travelling, Base):
    """One printed sheet with its unique id; captured at most once, by scan or keyed entry.
    A captured anonymous sheet is one person: it gets a participant of its own."""

    __tablename__ = "sheets"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("form_templates.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    code: Mapped[str] = mapped_column(String(16), unique=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default="printed")
    captured_method: Mapped[str | None] = mapped_column(String(16))
    captured_at: Mapped[datetime | None]
    source: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Answer(Travelling, Base):
    """An answer to one question of a template, read from a sheet or mapped from an online form."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("sheet_id", "question_key", name="uq_answers_sheet_question"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("form_templates.id", ondelete="CASCADE"), index=True)
    sheet_id: Mapped[int | None] = mapped_column(ForeignKey("sheets.id", ondelete="CASCADE"))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    contribution_id: Mapped[int | None] = mapped_column(ForeignKey("contributions.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(32), default="paper")
    question_key: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    method: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    needs_review: Mapped[bool] = mapped_column(default=False)
    crop: Mapped[bytes | None] = mapped_column(LargeBinary)
    transcription: Mapped[str | None] = mapped_column(Text)
