"""The per-record work of an import that needs no store: a parsed `Message` becomes the values of one
`contributions` row (stable key, UTC time, agenda session, scrubbed text, word count, content hash,
provenance); skipped lines and problems are counted.

It runs in the importing process for a small file, and in the parser's process for a big one
(`hybridhub.importers.pipeline`), so both take exactly the same steps. What needs the store, the
author's identity and participant, is left to the writer: a row holds None at `PARTICIPANT` and
`IDENTITY` until the writer fills them in.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from hybridhub.core.clock import as_utc, sqlite_time, zone
from hybridhub.core.ids import uuid7_many
from hybridhub.core.scrub import Scrubber
from hybridhub.core.text import measures
from hybridhub.importers.eventdays import EventDays
from hybridhub.importers.keys import MessageKeys, scoped_key
from hybridhub.importers.records import MAX_TEXT, Message, Problem, Skipped

# Order of the values of a row; the columns left out are NULL for imported messages.
CONTRIBUTION_COLUMNS = (
    "uid", "created_at", "updated_at", "event_id", "channel", "kind", "source_key", "participant_id",
    "identity_id", "session_id", "batch_id", "thread_key", "posted_at", "language", "text", "word_count",
    "content_hash", "voices", "provenance",
)  # fmt: skip
PARTICIPANT = CONTRIBUTION_COLUMNS.index("participant_id")
IDENTITY = CONTRIBUTION_COLUMNS.index("identity_id")
TEXT, WORDS, HASH = (CONTRIBUTION_COLUMNS.index(name) for name in ("text", "word_count", "content_hash"))
MAX_STORED_ERRORS = 500


class JsonText(str):
    """A JSON column value already encoded (as `json.dumps(..., ensure_ascii=False)` would): the
    importer writes the common provenance shapes from a template instead of encoding a dict per row."""


# (start, end, session id, session name) of each timed agenda session, aware UTC
SessionSpan = tuple[datetime, datetime, int, str]


class SessionFinder:
    """Which agenda session an instant falls into (sessions are few: a linear scan is fine)."""

    def __init__(self, spans: tuple[SessionSpan, ...]) -> None:
        self._spans = spans

    def at(self, when: datetime | None) -> tuple[int | None, str]:
        if when is not None:
            for start, end, sid, name in self._spans:
                if start <= when < end:
                    return sid, name
        return None, ""

    def overlapping(self, start: datetime | None, end: datetime | None) -> int | None:
        if start is None:
            return None
        if end is None or end <= start:
            return self.at(start)[0]
        best, best_overlap = None, timedelta(0)
        for s_start, s_end, sid, _ in self._spans:
            overlap = min(end, s_end) - max(start, s_start)
            if overlap > best_overlap:
                best, best_overlap = sid, overlap
        return best


@dataclass(frozen=True)
class RowContext:
    """What rows need to know of their import, as plain (picklable) data."""

    event_id: int
    batch_id: int
    channel: str
    timezone: str  # the import's zone, for naive times
    include_direct: bool
    now: datetime  # created_at and updated_at of every row
    sessions: tuple[SessionSpan, ...]
    event_timezone: str
    event_first: date | None
    event_last: date | None
    driver: bool = False  # values as SQLite's driver takes them (times and JSON as text)


@dataclass
class RowTotals:
    """What a `RowMaker` counted, to be added to the import's result when the file is done."""

    messages: int
    counts: Counter[str]
    skipped: Counter[str]
    errors: list[str]
    replies: list[tuple[str, str]]  # (key of a reply, key of its parent)
    days: EventDays


class RowMaker:
    """Turns the records of one file into rows, keeping what the whole file needs (keys, counts)."""

    def __init__(self, context: RowContext, secret: Callable[[], bytes], *, complete: bool = True) -> None:
        """Without `complete`, rows leave their uid, word count and content hash None, for `complete_rows`
        to fill in: the parser's process leaves them to the importing one, which has time to spare."""
        self.context = context
        self.complete = complete
        self.zone = zone(context.timezone)
        self.sessions = SessionFinder(context.sessions)
        self.timed_sessions = bool(context.sessions)
        self.keys = MessageKeys()
        # Texts, provenance and keys are scrubbed before they are stored. `secret` is the event's hash
        # key, asked for once, at the first number, address or derived key: without it an author's
        # number could not be matched nor a message key be made irreversible.
        self.scrubber = Scrubber(secret)
        self.utc_memo: dict[datetime, datetime] = {}
        self.stored_memo: dict[datetime, tuple[datetime, Any]] = {}
        self.last_time: tuple[datetime | None, tuple[datetime, Any]] = (None, (datetime.min, None))
        self.chat_json: dict[str, tuple[str, str]] = {}
        self.now = sqlite_time(context.now) if context.driver else context.now
        self.uids: list[str] = []
        self.encode = json.JSONEncoder(ensure_ascii=False).encode
        self.totals = RowTotals(
            0, Counter(), Counter(), [], [],
            EventDays(context.event_timezone, context.event_first, context.event_last),
        )  # fmt: skip

    def skip(self, record: Skipped) -> None:
        self.totals.skipped[record.reason] += 1

    def problem(self, record: Problem) -> None:
        self.totals.counts["problems"] += 1
        if len(self.totals.errors) < MAX_STORED_ERRORS:
            line, message = record.line, record.message
            self.totals.errors.append(f"line {line}: {message}" if line is not None else message)

    def row(self, msg: Message) -> list[Any] | None:
        """The values of `msg`'s row (in `CONTRIBUTION_COLUMNS` order, the author's ids None), or None
        when it is not stored (a direct message not asked for, media without a caption: counted)."""
        totals = self.totals
        if msg.direct and not self.context.include_direct:
            totals.skipped["direct message"] += 1
            return None
        if not msg.text or msg.text.isspace():
            # A photo or voice note without a caption is counted as media, never stored as an empty
            # text that would count its sender as a voice with nothing said.
            if msg.attachments or msg.kind == "media":
                totals.counts["media"] += 1
            else:
                totals.skipped["empty message"] += 1
            return None
        key = self.key(msg)
        posted, stored_time = self.stored_time(msg.posted_at)
        totals.days.see(posted)
        session_id = self.sessions.at(posted)[0] if self.timed_sessions else None
        thread = msg.thread_id or msg.parent_id
        scrub = self.scrubber
        text = msg.text
        if len(text) > MAX_TEXT:  # cut before scrubbing: a 20 MB line costs no more than 100,000 characters
            text = _cut(text)
            cut = f"a message of {len(msg.text):,} characters was cut to its first {MAX_TEXT:,}"
            self.problem(Problem(msg.line, cut))
        text = scrub.text(text)
        thread_key = scrub.stable_key(scoped_key(msg.chat, thread)) if thread else None
        totals.messages += 1
        if msg.parent_id:
            totals.replies.append((key, scrub.stable_key(scoped_key(msg.chat, msg.parent_id))))
        ctx, now = self.context, self.now
        row = [
            None, now, now, ctx.event_id, ctx.channel, msg.kind[:16], key, None, None,
            session_id, ctx.batch_id, thread_key, stored_time, msg.language, text, None, None, 1,
            self.provenance(msg),
        ]  # fmt: skip
        if self.complete:
            if not self.uids:
                self.uids = uuid7_many(1000)
            row[0] = self.uids.pop()
            row[WORDS], row[HASH] = measures(text)
        return row

    def key(self, msg: Message) -> str:
        """The stored de-duplication key of a message (its source id or a derived key, keyed)."""
        if msg.source_id:
            return self.scrubber.stable_key(scoped_key(msg.chat, msg.source_id))
        digest, count = self.keys.derived(msg.chat, msg.posted_at, msg.author.name, msg.text)
        return self.scrubber.derived_key("m", digest, f"#{count}" if count else "")

    def stored_time(self, when: datetime | None) -> tuple[datetime | None, Any]:
        """(`when` in UTC, as the row stores it); memoised, as chats repeat each minute."""
        if when is None:
            return None, None
        if when is self.last_time[0]:  # parsers hand the same object for a repeated time
            return self.last_time[1]
        found = self.stored_memo.get(when)
        if found is None:
            utc = self.utc(when)
            assert utc is not None
            found = (utc, sqlite_time(utc) if self.context.driver else utc)
            if len(self.stored_memo) > 20_000:
                self.stored_memo.clear()
            self.stored_memo[when] = found
        self.last_time = (when, found)
        return found

    def utc(self, when: datetime | None) -> datetime | None:
        """`when` in UTC (naive: read in the import's zone); memoised, as chats repeat each minute."""
        if when is None:
            return None
        found = self.utc_memo.get(when)
        if found is None:
            found = as_utc(when, self.zone)
            if len(self.utc_memo) > 20_000:
                self.utc_memo.clear()
            self.utc_memo[when] = found
        return found

    def provenance(self, msg: Message) -> dict[str, Any] | str:
        """The row's provenance: a dict, or JSON text (`JsonText`; a plain str for the driver)."""
        if not (msg.attachments or msg.direct or msg.extra):
            return self.line_and_chat(msg.line, msg.chat)
        provenance: dict[str, Any] = {"line": msg.line} if msg.line is not None else {}
        if msg.chat:
            provenance["chat"] = msg.chat
        if msg.attachments:
            provenance["attachments"] = msg.attachments
        if msg.direct:
            provenance["direct"] = True
        if msg.extra:
            provenance.update({k: v for k, v in msg.extra.items() if k != "answer_of"})
        scrubbed: dict[str, Any] = self.scrubber.value(provenance)
        return self.encode(scrubbed) if self.context.driver else scrubbed

    def line_and_chat(self, line: int | None, chat: str) -> str:
        """The usual provenance, {"line": …, "chat": …}, encoded from a template (the chat's name is
        encoded once per import, not once per message)."""
        found = self.chat_json.get(chat)
        if found is None:
            encoded = json.dumps(self.scrubber.text(chat), ensure_ascii=False)
            found = self.chat_json[chat] = (f'{{"chat": {encoded}}}', f', "chat": {encoded}}}')
        if line is None:
            text = found[0] if chat else "{}"
        else:
            text = f'{{"line": {line}{found[1] if chat else "}"}'
        return text if self.context.driver else JsonText(text)


def complete_rows(rows: list[list[Any]]) -> None:
    """Fill in the uid, word count and content hash of rows that a `RowMaker(complete=False)` made."""
    uids = uuid7_many(len(rows))
    for row, uid in zip(rows, uids, strict=True):
        row[0] = uid
        row[WORDS], row[HASH] = measures(row[TEXT])


def _cut(text: str) -> str:
    """The first MAX_TEXT characters of `text`, ended at a space where there is one near the end."""
    head = text[:MAX_TEXT]
    space = head.rfind(" ", MAX_TEXT - 200)
    return (head[:space] if space > 0 else head).rstrip() + " …"


def utc_spans(sessions: list[Any]) -> tuple[SessionSpan, ...]:
    """The timed sessions of an event (`EventSession` rows) in agenda order, as `SessionFinder` wants."""
    return tuple(
        (s.starts_at, s.ends_at, s.id, s.name)
        for s in sorted(sessions, key=lambda s: s.position)
        if s.starts_at is not None and s.ends_at is not None
    )
