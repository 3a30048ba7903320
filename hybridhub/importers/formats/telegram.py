"""Telegram Desktop "Export chat history" / "Export Telegram data" in machine-readable JSON.

Two shapes: one chat's `result.json` (`name`, `type`, `id`, `messages`) and the whole-account export
(`personal_information`, `contacts`, `chats.list[]`, `left_chats.list[]`, each chat shaped like the
single one). The file is walked with `JsonStream`, one message at a time: a whole account is often
hundreds of megabytes. Contacts and personal information (phone numbers) are stepped over unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.jsonstream import JsonStream, from_epoch, open_json
from hybridhub.importers.records import Author, Message, Problem, Record, Skipped
from hybridhub.importers.source import Source

DIRECT_TYPES = frozenset({"personal_chat", "bot_chat", "saved_messages"})
CHAT_TYPES = DIRECT_TYPES | {
    "private_group",
    "private_supergroup",
    "public_supergroup",
    "private_channel",
    "public_channel",
}
MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "location_information", "place_name")
_CHAT_TYPE = re.compile(r'"type"\s*:\s*"(' + "|".join(sorted(CHAT_TYPES)) + ')"')
_TELEGRAM_KEYS = re.compile(r'"(date_unixtime|from_id|text_entities|actor_id)"\s*:')
_ACCOUNT = re.compile(r'"personal_information"\s*:|"frequent_contacts"\s*:')
_MESSAGES = re.compile(r'"messages"\s*:\s*\[')


@dataclass
class _Chat:
    name: str = ""
    type: str = ""
    id: str = ""

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        if self.type == "saved_messages":
            return "Saved Messages"
        return f"Telegram chat {self.id}" if self.id else "Telegram chat"


def _result_member(source: Source) -> str | None:
    found = [m for m in source.members() if PurePosixPath(m).name == "result.json"]
    return min(found, key=lambda m: (m.count("/"), m)) if found else None


def flatten_text(value: Any) -> str:
    """Telegram's `text`: a string, or a list of strings and entities ({type, text, href})."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            text = part.get("text")
            text = text if isinstance(text, str) else ""
            href = part.get("href")
            if isinstance(href, str) and href and text and text not in href:
                text = f"{text} ({href})"
            parts.append(text)
    return "".join(parts)


def _local_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _scalar(js: JsonStream) -> Any:
    if js.peek_kind() == "value":
        return js.value()
    js.skip()
    return None


class TelegramImporter(Importer):
    name = "telegram"
    label = "Telegram Desktop export (JSON)"
    channel = "telegram"
    version = "1"
    extensions = (".json", ".zip")

    def detect(self, source: Source) -> float:
        if source.is_zip():
            member = _result_member(source)
            return self.detect(source.child(member)) if member else 0.0
        head = source.head_text()
        if not head.lstrip().startswith("{"):
            return 0.0
        if _ACCOUNT.search(head) and ('"contacts"' in head or '"chats"' in head or '"about"' in head):
            return 0.95
        telegram_keys = bool(_TELEGRAM_KEYS.search(head))
        if _MESSAGES.search(head) and _CHAT_TYPE.search(head) and telegram_keys:
            return 0.97
        if _MESSAGES.search(head) and telegram_keys:
            return 0.8
        return 0.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        if source.is_zip():
            member = _result_member(source)
            if member is None:
                raise ImportFormatError("no Telegram 'result.json' inside this archive", file=source.name)
            source = source.child(member)
        with open_json(source) as js:
            if js.peek_kind() != "object":
                raise js.error("not a Telegram export: the file should start with '{'")
            chat = _Chat()
            found = False
            for key in js.object():
                if key in ("chats", "left_chats") and js.peek_kind() == "object":
                    found = True
                    yield from self._chat_list(js)
                elif key == "messages" and js.peek_kind() == "array":
                    found = True
                    yield from self._messages(js, chat)
                elif key in ("name", "type", "id"):
                    value = _scalar(js)
                    setattr(chat, key, "" if value is None else str(value))
                else:
                    js.skip()
            if not found:
                raise ImportFormatError(
                    "not a Telegram export: no 'messages' or 'chats' in this JSON file", file=source.name
                )

    def _chat_list(self, js: JsonStream) -> Iterator[Record]:
        for key in js.object():
            if key != "list" or js.peek_kind() != "array":
                js.skip()
                continue
            for _ in js.array():
                if js.peek_kind() != "object":
                    js.skip()
                    continue
                chat = _Chat()
                for field in js.object():
                    if field in ("name", "type", "id"):
                        value = _scalar(js)
                        setattr(chat, field, "" if value is None else str(value))
                    elif field == "messages" and js.peek_kind() == "array":
                        yield from self._messages(js, chat)
                    else:
                        js.skip()

    def _messages(self, js: JsonStream, chat: _Chat) -> Iterator[Record]:
        for line, item in js.items():
            yield self._message(item, line, chat, js.name)

    def _message(self, item: Any, line: int, chat: _Chat, file: str) -> Record:
        if not isinstance(item, dict):
            return Problem(line, "damaged message: expected an object")
        kind = item.get("type")
        if kind == "service":
            return Skipped(line, f"service message ({item.get('action') or 'notice'})")
        if kind != "message":
            return Skipped(line, f"unknown item type '{kind}'")
        posted = from_epoch(item.get("date_unixtime")) or _local_time(item.get("date"))
        if posted is None:
            return Problem(line, "a message without a readable date")
        if "contact_information" in item or "contact_vcard" in item:
            return Skipped(line, "contact card")  # holds a phone number: never stored
        text = flatten_text(item.get("text")).strip()
        kind_name = "message"
        if not text and isinstance(item.get("poll"), dict):
            question = item["poll"].get("question")
            text, kind_name = (question.strip() if isinstance(question, str) else ""), "poll"
        media = [k for k in MEDIA_KEYS if item.get(k)]
        if not text and not media:
            return Skipped(line, "empty message")
        if not text:
            kind_name = "media"
        author_name = item.get("from")
        author_key = item.get("from_id")
        author = Author(
            name=author_name.strip()
            if isinstance(author_name, str) and author_name.strip()
            else "Deleted Account",
            key=str(author_key) if isinstance(author_key, (str, int)) and str(author_key) else None,
        )
        reply_to = item.get("reply_to_message_id")
        extra: dict[str, Any] = {}
        edited = from_epoch(item.get("edited_unixtime")) or _local_time(item.get("edited"))
        if edited is not None:
            extra["edited_at"] = edited.isoformat()
        if isinstance(item.get("forwarded_from"), str):
            extra["forwarded_from"] = item["forwarded_from"]
        attachments = [
            PurePosixPath(value).name
            for value in (item.get("photo"), item.get("file"))
            if isinstance(value, str) and value and not value.startswith("(")
        ]
        if kind_name == "media" and not attachments:
            attachments = [str(item.get("media_type") or media[0])]
        message_id = item.get("id")
        return Message(
            author=author,
            text=text,
            posted_at=posted,
            line=line,
            chat=chat.label,
            source_id=str(message_id) if isinstance(message_id, (int, str)) else None,
            parent_id=str(reply_to)
            if isinstance(reply_to, (int, str)) and "reply_to_peer_id" not in item
            else None,
            kind=kind_name,
            direct=chat.type in DIRECT_TYPES,
            attachments=attachments,
            extra=extra,
        )
