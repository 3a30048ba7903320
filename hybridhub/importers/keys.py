"""Stable per-message keys, so that re-importing a file, or a later export that overlaps it, adds
only what is new.

A format's own message id is the key where it has one (scoped by chat: Slack `ts` and Telegram ids are
unique per channel only). Otherwise the key is a hash of chat, local time as written, author and text,
with an occurrence counter for the same person saying the same thing twice in the same minute.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from hybridhub.importers.records import Message

MAX_KEY = 128


def scoped_key(chat: str, source_id: str) -> str:
    """The stored key of a message with its own id: '<chat>/<id>', hashed if too long for the column."""
    key = f"{chat}/{source_id}" if chat else source_id
    if len(key) > MAX_KEY:
        key = "h:" + hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()
    return key


_UNSET = object()


def _time_text(posted_at: datetime | None) -> str:
    return posted_at.isoformat() if posted_at is not None else ""


class MessageKeys:
    """Derives keys for messages without an id. Exports list messages in time order, so the occurrence
    counter only remembers the current timestamp: memory stays bounded on a 2 GB export."""

    def __init__(self) -> None:
        self._time: str | None = None
        self._posted: object = _UNSET
        self._seen: dict[str, int] = {}

    def key_for(self, chat: str, posted_at: datetime | None, author: str, text: str) -> str:
        base, count = self.derived(chat, posted_at, author, text)
        return f"m:{base}" if count == 0 else f"m:{base}#{count}"

    def derived(self, chat: str, posted_at: datetime | None, author: str, text: str) -> tuple[str, int]:
        """(SHA-1 hex, occurrence) of the key `key_for` writes as 'm:<hex>[#occurrence]'."""
        if posted_at is not self._posted:  # parsers hand the same object for a repeated time
            self._posted = posted_at
            stamp = _time_text(posted_at)
            if stamp != self._time:
                self._time, self._seen = stamp, {}
        stamp = self._time or ""
        base = hashlib.sha1(
            f"{chat}\x1f{stamp}\x1f{author}\x1f{text}".encode("utf-8", "surrogatepass"),
            usedforsecurity=False,
        ).hexdigest()
        count = self._seen.get(base, 0)
        self._seen[base] = count + 1
        return base, count

    def key(self, message: Message) -> str:
        """The stored key of `message`: its scoped source id, else the derived key."""
        if message.source_id:
            return scoped_key(message.chat, message.source_id)
        return self.key_for(message.chat, message.posted_at, message.author.name, message.text)
