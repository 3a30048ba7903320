"""WhatsApp chat exports: the `.txt` of Android ("WhatsApp Chat with X.txt") and iOS (`_chat.txt`,
usually inside a ZIP with the media).

Headers vary by phone, locale and version: `13/06/2018, 21:25 - Name: text` (Android),
`[13/06/2018, 21:25:15] Name: text` (iOS), 12- or 24-hour clocks, `/ . -` separators, year first,
`13.6.2018 klo 21.25.15`, `13. 6. 2018.`, `9:25 p. m.`. Whether the day or the month comes first is
decided once per file from all its dates (a first-pass scan), never line by line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import PurePosixPath

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.records import MAX_TEXT, Author, Message, Problem, Record, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.timestamps import DateOrder
from hybridhub.importers.whatsapp_texts import (
    ATTACHED,
    DELETED,
    DELETED_MAX,
    EDITED,
    MEDIA_LINE,
    is_membership,
    is_notice,
    may_hold_media,
)

# Direction marks vanish; the narrow and thin spaces of newer exports become plain spaces.
_MARKS = (("\u200e", ""), ("\u200f", ""), ("\u00a0", " "), ("\u202f", " "), ("\u2009", " "))
LRM = "\u200e"

_DATE = r"(?P<date>\d{1,4}[./-] ?\d{1,2}[./-] ?\d{2,4}\.?)"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?: ?(?P<ampm>[AaPp]\. ?[Mm]\.|[AaPp][Mm]))?"
ANDROID = re.compile(rf"{_DATE},? (?:klo )?{_TIME} [-–] (?P<rest>.*)", re.DOTALL)
IOS = re.compile(rf"\[{_DATE},? (?:klo )?{_TIME}\] (?P<rest>.*)", re.DOTALL)
_DATE_ONLY = re.compile(r"\[?(\d{1,4})[./-] ?(\d{1,2})[./-] ?(\d{2,4})")
_SPLIT = re.compile(r"[./-] ?")

_PHONE = re.compile(r"\+?[\d ()\-]{7,}")
_CHAT_NAME = re.compile(
    r"^(?:WhatsApp[ -]Chat (?:with|mit|-)|Chat de WhatsApp con|Discussion WhatsApp avec|"
    r"Conversa do WhatsApp com|WhatsApp-keskustelu)\s*(?P<name>.+?)(?:\.txt|\.zip)?$",
    re.IGNORECASE,
)

# Android writes system lines without "Name:", but a few carry a colon in quoted text.
_SYSTEM_AUTHOR = re.compile(
    r"\"|“|changed the (?:subject|group description)|hat den Betreff|cambió el asunto|a changé le sujet",
    re.IGNORECASE,
)


# The first letters of the 'message deleted' notices that `DELETED` knows: only texts that start with
# one (or with a space) go through that pattern.
_DELETED_START = frozenset("TtYyCcVvDdSsEeQqHhMmJj")


def _may_be_deleted(text: str) -> bool:
    first = text[:1]
    return first in _DELETED_START or first.isspace()


def _maybe_system_author(author: str) -> bool:
    """An 'author' with quotes or this long is likely a notice holding a colon in quoted text."""
    return '"' in author or "“" in author or len(author) > 40


def normalise(line: str) -> str:
    if line.isascii():
        return line
    # A few C-level scans, not translate(): linear and 20x faster on a 20 MB line.
    for mark, plain in _MARKS:
        if mark in line:
            line = line.replace(mark, plain)
    return line


def _header(line: str) -> re.Match[str] | None:
    return (IOS if line.startswith("[") else ANDROID).match(line)


def _date_parts(text: str) -> list[str]:
    return [p for p in _SPLIT.split(text.strip().rstrip(".")) if p]


_DATE_CACHE: dict[tuple[str, bool], tuple[int, int, int]] = {}


def _ymd(date_text: str, day_first: bool) -> tuple[int, int, int]:
    """(year, month, day) of a date as written; memoised: a chat repeats each date many times."""
    memo = _DATE_CACHE.get((date_text, day_first))
    if memo is not None:
        return memo
    texts = _date_parts(date_text)
    parts = [int(p) for p in texts]
    if len(parts) != 3:
        raise ValueError(date_text)
    if len(texts[0]) == 4:
        year, month, day = parts
    elif day_first:
        day, month, year = parts
    else:
        month, day, year = parts
    if year < 100:
        year += 2000
    if len(_DATE_CACHE) > 20_000:
        _DATE_CACHE.clear()
    _DATE_CACHE[(date_text, day_first)] = (year, month, day)
    return year, month, day


_TIME_CACHE: dict[tuple[str, str, str | None, bool], datetime] = {}


def parse_time(date_text: str, time_text: str, ampm: str | None, day_first: bool) -> datetime:
    """The naive local time a header writes; memoised, as a busy chat writes each minute many times."""
    memo = _TIME_CACHE.get((date_text, time_text, ampm, day_first))
    if memo is not None:
        return memo
    when = _parse_time(date_text, time_text, ampm, day_first)
    if len(_TIME_CACHE) > 20_000:
        _TIME_CACHE.clear()
    _TIME_CACHE[(date_text, time_text, ampm, day_first)] = when
    return when


def _parse_time(date_text: str, time_text: str, ampm: str | None, day_first: bool) -> datetime:
    year, month, day = _ymd(date_text, day_first)
    clock = [int(p) for p in time_text.replace(".", ":").split(":")]
    hour, minute = clock[0], clock[1]
    second = clock[2] if len(clock) > 2 else 0
    if ampm:
        pm = ampm.lower().startswith("p")
        if not 1 <= hour <= 12:
            raise ValueError(time_text)
        hour = hour % 12 + (12 if pm else 0)
    return datetime(year, month, day, hour, minute, second)


def chat_name(source: Source) -> str:
    """The chat's name from 'WhatsApp Chat with X.txt' or the ZIP 'WhatsApp Chat - X.zip'."""
    for candidate in (source.basename, source.path.name, source.path.parent.name):
        found = _CHAT_NAME.match(candidate)
        if found:
            return found.group("name").strip()
    return "" if source.basename == "_chat.txt" else PurePosixPath(source.basename).stem


def author_of(name: str) -> Author:
    name = name.strip().lstrip("~").strip()
    if _PHONE.fullmatch(name) and sum(c.isdigit() for c in name) >= 7:
        return Author(name=name, phone=name)
    return Author(name=name)


class WhatsAppImporter(Importer):
    name = "whatsapp"
    label = "WhatsApp chat export"
    channel = "whatsapp"
    version = "1"
    extensions = (".txt", ".zip")

    def detect(self, source: Source) -> float:
        text = source.head_text(16 * 1024)
        lines = [normalise(x) for x in text.splitlines()[:40] if x.strip()]
        if not lines:
            return 0.0
        matched = sum(1 for x in lines if _header(x.lstrip()))
        if not _header(lines[0].lstrip()) or matched < max(1, len(lines) // 4):
            return 0.0
        named = source.basename == "_chat.txt" or "whatsapp" in source.basename.lower()
        return 0.95 if named else 0.85

    def _order(self, source: Source) -> DateOrder:
        order = DateOrder()
        for _, raw in source.lines():
            line = normalise(raw[:120]).lstrip()  # the date is at the start: no need to copy the rest
            if not line[:1].isdigit() and not line.startswith("["):
                continue
            m = _header(line)
            if m is None:
                continue
            date, parts = m.group("date"), _date_parts(m.group("date"))
            if len(parts) == 3 and len(parts[0]) != 4:
                order.see(int(parts[0]), int(parts[1]), slash="/" in date, twelve_hour=bool(m.group("ampm")))
                if order.decided:
                    break
        return order

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        day_first = self._order(source).day_first
        chat = chat_name(source)
        pending: Message | None = None
        seen_header = False
        authors: dict[str, Author] = {}  # a chat has few authors and many messages
        notice_authors: set[str] = set()  # who wrote WhatsApp's notices (an iOS group's own name)
        for number, raw in source.lines():
            line = raw if raw.isascii() else normalise(raw)
            first = line[:1]
            if first.isspace():  # rare: look past leading spaces
                first = line.lstrip()[:1]
            if first.isdigit():
                m = ANDROID.match(line.lstrip())
            elif first == "[":
                m = IOS.match(line.lstrip())
            else:
                m = None
            if m is None:
                if not seen_header and line.strip():
                    raise ImportFormatError(
                        "this does not start like a WhatsApp chat export (no date and time)",
                        file=source.name,
                        line=number,
                    )
                if pending is not None and len(pending.text) < MAX_TEXT:
                    pending.text += "\n" + line  # a continuation line (after a notice: dropped)
                continue
            seen_header = True
            if pending is not None:
                yield self._finish(pending)
            found = self._line(number, raw, m, day_first, authors, notice_authors)
            if type(found) is Message:
                pending = found
                pending.chat = chat
            else:
                pending = None
                yield found
        if pending is not None:
            yield self._finish(pending)

    def _line(
        self,
        number: int,
        raw: str,
        m: re.Match[str],
        day_first: bool,
        authors: dict[str, Author],
        notice_authors: set[str],
    ) -> Record:
        """The record a header line starts: a message (its text may go on below), or a skipped notice."""
        date, time, ampm, rest = m.group("date", "time", "ampm", "rest")
        try:
            posted = parse_time(date, time, ampm, day_first)
        except ValueError:
            return Problem(number, f"unreadable date or time '{date} {time}'")
        author, sep, text = rest.partition(": ")
        if not sep and rest.endswith(":"):
            author, sep, text = rest[:-1], ":", ""
        if not sep or not author.strip() or (_maybe_system_author(author) and _SYSTEM_AUTHOR.search(author)):
            return Skipped(number, "system message")  # Android writes notices without 'Name:'
        if LRM in raw and self._body_marked(raw, author):
            body = text.strip()
            if not (MEDIA_LINE.match(body) or ATTACHED.match(body)):  # iOS: notices carry a leading mark
                return Skipped(number, "deleted message" if DELETED.match(body) else "system message")
        who = authors.get(author)
        if who is None:
            # Notices are looked for by their text only until someone writes a message (an iOS
            # group's own name never does): a busy chat's regular authors cost no pattern at all.
            if is_notice(text) or (author in notice_authors and is_membership(text)):
                if len(notice_authors) < 100:
                    notice_authors.add(author)
                return Skipped(number, "system message")
            notice_authors.discard(author)  # a message: a person, whatever they wrote before
            who = author_of(author)
            if len(authors) < 50_000:
                authors[author] = who
        return Message(who, text, posted, line=number)

    @staticmethod
    def _body_marked(raw: str, author: str) -> bool:
        """True when the text after 'Name:' starts with U+200E (iOS system notices and media)."""
        clean_author = author.strip()
        index = normalise(raw).find(clean_author + ":")
        if index < 0:
            return False
        # Walk the raw line to the same place, skipping the marks normalise() removed.
        target, seen, i = index + len(clean_author) + 1, 0, 0
        while i < len(raw) and seen < target:
            if raw[i] not in "\u200e\u200f":
                seen += 1
            i += 1
        return raw[i : i + 2].lstrip(" \u00a0").startswith(LRM)

    @staticmethod
    def _finish(msg: Message) -> Record:
        text = msg.text
        if len(text) <= DELETED_MAX and _may_be_deleted(text) and DELETED.match(text.strip()):
            return Skipped(msg.line, "deleted message")
        edited = EDITED.search(text) if text.endswith(">") else None
        if edited:
            text = text[: edited.start()]
            msg.extra["edited"] = True
        if not may_hold_media(text):
            msg.text = text.strip()
            return msg
        kept: list[str] = []
        for part in text.split("\n"):
            stripped = part.strip()
            attached = ATTACHED.match(stripped)
            if attached:
                msg.attachments.append(attached.group("file") or attached.group("file2"))
            elif MEDIA_LINE.match(stripped):
                msg.attachments.append(stripped.strip("<>"))
            else:
                kept.append(part)
        msg.text = "\n".join(kept).strip()
        if msg.attachments and not msg.text:
            msg.kind = "media"
        return msg
