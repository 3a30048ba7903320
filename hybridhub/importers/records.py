"""What a format parser yields: plain records, before the framework stores them.

Parsers never touch the store. They stream records; `hybridhub.importers.store` turns them into
contributions, identities, participants and attendance inside one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Characters of one contribution's text. A longer one (a pasted document, a damaged file's single
# 50 MB line) is cut here and the cut is reported: nobody reads it whole, and every later step
# (hashes, word counts, the search index, the screens) stays cheap.
MAX_TEXT = 100_000


@dataclass(slots=True)
class Author:
    """How the source names a person. `key` is a stable id of the source (Slack user id, Telegram
    from_id, e-mail address); `phone`/`email` are raw and are hashed by the framework, never stored."""

    name: str
    key: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(slots=True)
class Message:
    """One voice item. `posted_at` may be naive (local time of the export: the framework applies the
    import's time zone) or aware. `source_id` is the format's own message id where it has one (unique
    within `chat`); without it the framework derives a key from chat, time, author and text with an
    occurrence counter (`hybridhub.importers.keys.MessageKeys`, which a parser may use itself to name
    the parent of a reply). `parent_id` is the parent's source id (or such a key) in the same chat.
    `extra["answer_of"] = (response_id, question_key)` links a free-text Message to its AnswerRecord."""

    author: Author
    text: str
    posted_at: datetime | None
    line: int | None = None
    chat: str = ""
    source_id: str | None = None
    parent_id: str | None = None
    thread_id: str | None = None
    kind: str = "message"
    direct: bool = False
    language: str | None = None
    attachments: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Skipped:
    """A line or item deliberately left out (system line, join notice, reaction), counted as skipped."""

    line: int | None
    reason: str


@dataclass(slots=True)
class Problem:
    """A part of the file that could not be read while the rest is fine (a garbled row, an answer to an
    unknown question): reported in the summary with its line, never silently dropped."""

    line: int | None
    message: str


@dataclass(slots=True)
class Attendance:
    """Someone present online (Zoom/Teams reports): becomes a check-in row of that channel."""

    author: Author
    joined_at: datetime | None
    left_at: datetime | None = None
    minutes: int | None = None
    line: int | None = None
    role: str = ""


@dataclass(slots=True)
class PersonRecord:
    """A row of a participants list (Mailchimp audience, registration list)."""

    author: Author
    organisation: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    consent_contact: bool | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    line: int | None = None


@dataclass(slots=True)
class AnswerRecord:
    """An online form response's answer to a paper-form question (after mapping)."""

    author: Author
    question_key: str
    value: Any
    submitted_at: datetime | None
    line: int | None = None
    response_id: str | None = None


Record = Message | Skipped | Problem | Attendance | PersonRecord | AnswerRecord
