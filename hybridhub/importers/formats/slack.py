"""Slack workspace export: a ZIP with `users.json`, `channels.json` (and `groups.json`, `mpims.json`,
`dms.json` on plans that export private conversations) and one folder per conversation holding one
JSON file per day.

Each day file is streamed on its own, so memory stays bounded by the user table and one message.
A message's `ts` is its id; replies carry the thread root's `ts` in `thread_ts`, which links them
whichever day's file they sit in. Markup (`<@U123>`, `<#C1|name>`, `<url|label>`, `&amp;`) is
turned back into the text people saw.
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
from hybridhub.importers.jsonstream import from_epoch, open_json
from hybridhub.importers.records import Author, Message, Problem, Record, Skipped
from hybridhub.importers.source import Source

DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
CONVERSATION_FILES = {"channels.json": False, "groups.json": False, "mpims.json": True, "dms.json": True}
# Subtypes that carry a person's words; every other subtype is a notice (join, topic, pin…).
SPOKEN_SUBTYPES = frozenset({"thread_broadcast", "file_share", "me_message", "file_comment"})
_MARKUP = re.compile(r"<([^<>\n]*)>")
_TS = re.compile(r'"ts"\s*:\s*"\d{9,11}\.\d{1,6}"')
_SLACK_TYPE = re.compile(r'"type"\s*:\s*"message"')


@dataclass(frozen=True)
class _User:
    name: str
    email: str | None
    bot: bool


@dataclass(frozen=True)
class _Conversation:
    folder: str
    label: str
    direct: bool


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _user_of(entry: dict[str, Any]) -> _User:
    raw_profile = entry.get("profile")
    profile: dict[str, Any] = raw_profile if isinstance(raw_profile, dict) else {}
    name = (
        _text(profile.get("real_name"))
        or _text(entry.get("real_name"))
        or _text(profile.get("display_name"))
        or _text(entry.get("name"))
        or _text(entry.get("id"))
    )
    email = _text(profile.get("email")) or None
    return _User(name, email, bool(entry.get("is_bot")) or _text(entry.get("id")) == "USLACKBOT")


def ts_time(ts: str) -> datetime | None:
    """Slack's `ts` ('1709974800.000100': seconds and microseconds) as an exact aware UTC time."""
    seconds, _, micros = ts.partition(".")
    if not seconds.isdigit() or (micros and not micros.isdigit()) or len(micros) > 6:
        return None
    when = from_epoch(int(seconds))
    return when.replace(microsecond=int(micros.ljust(6, "0"))) if when and micros else when


def link_text(target: str, label: str) -> str:
    """What a reader sees for a link: its label, with the address when the label hides it."""
    shown = target[len("mailto:") :] if target.startswith("mailto:") else target
    if not label:
        return shown
    return label if label in shown else f"{label} ({shown})"


class Markup:
    """Resolves Slack's message markup against the workspace's users and channels."""

    def __init__(self, users: dict[str, _User], channels: dict[str, str]) -> None:
        self.users, self.channels = users, channels

    def _one(self, match: re.Match[str]) -> str:
        body = match.group(1)
        target, _, label = body.partition("|")
        if target.startswith("@"):
            user = self.users.get(target[1:])
            return "@" + (user.name if user else label or target[1:])
        if target.startswith("#"):
            return "#" + (label or self.channels.get(target[1:], target[1:]))
        if target.startswith("!"):
            command = target[1:].split("^", 1)[0]
            if command in ("here", "channel", "everyone"):
                return "@" + command
            return label or "@" + command
        return link_text(target, label)

    def resolve(self, text: str) -> str:
        text = _MARKUP.sub(self._one, text)
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class SlackImporter(Importer):
    name = "slack"
    label = "Slack workspace export (ZIP)"
    channel = "slack"
    version = "1"
    extensions = (".zip", ".json")

    def detect(self, source: Source) -> float:
        if source.is_zip():
            names = {PurePosixPath(m).name for m in source.members()}
            if "channels.json" in names and "users.json" in names:
                return 0.98
            if any(DAY_FILE.match(n) for n in names) and ("users.json" in names or "channels.json" in names):
                return 0.85
            return 0.0
        head = source.head_text()
        if head.lstrip().startswith("[") and _TS.search(head) and _SLACK_TYPE.search(head):
            return 0.7  # one day's file of a channel
        return 0.0

    # -- the export's tables

    def _load_list(self, source: Source, member: str) -> list[dict[str, Any]]:
        with open_json(source.child(member)) as js:
            if js.peek_kind() != "array":
                raise js.error("expected a list")
            return [item for _, item in js.items() if isinstance(item, dict)]

    def _tables(
        self, source: Source, members: list[str]
    ) -> tuple[str, dict[str, _User], list[_Conversation], dict[str, str]]:
        by_name: dict[str, list[str]] = {}
        for member in members:
            by_name.setdefault(PurePosixPath(member).name, []).append(member)
        anchor = by_name.get("channels.json") or by_name.get("users.json")
        if not anchor:
            raise ImportFormatError(
                "not a Slack export: no 'channels.json' or 'users.json' inside", file=source.name
            )
        root = str(PurePosixPath(min(anchor, key=len)).parent)
        root = "" if root == "." else root + "/"
        users: dict[str, _User] = {}
        if root + "users.json" in members:
            for entry in self._load_list(source, root + "users.json"):
                if _text(entry.get("id")):
                    users[entry["id"]] = _user_of(entry)
        conversations: list[_Conversation] = []
        channel_names: dict[str, str] = {}
        for file, direct in CONVERSATION_FILES.items():
            if root + file not in members:
                continue
            for entry in self._load_list(source, root + file):
                ident, name = _text(entry.get("id")), _text(entry.get("name"))
                folder = name if file != "dms.json" else ident
                if not folder:
                    continue
                if ident and name:
                    channel_names[ident] = name
                if file == "dms.json":
                    people = [users[m].name for m in entry.get("members") or [] if m in users]
                    label = " & ".join(people) or ident
                else:
                    label = name
                conversations.append(_Conversation(folder, label, direct))
        return root, users, conversations, channel_names

    # -- messages

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        if not source.is_zip():
            folder = (
                source.path.parent.name if source.member is None else PurePosixPath(source.member).parent.name
            )
            markup = Markup({}, {})
            yield from self._day(source, _Conversation(folder, folder, False), {}, markup)
            return
        members = source.members()
        root, users, conversations, channel_names = self._tables(source, members)
        days: dict[str, list[str]] = {}
        for member in members:
            if not member.startswith(root):
                continue
            parts = PurePosixPath(member[len(root) :]).parts
            if len(parts) == 2 and DAY_FILE.match(parts[1]):
                days.setdefault(parts[0], []).append(member)
        known = {c.folder for c in conversations}
        conversations += [_Conversation(f, f, False) for f in sorted(days) if f not in known]
        markup = Markup(users, channel_names)
        for conversation in conversations:
            for member in sorted(days.get(conversation.folder, [])):
                yield from self._day(source.child(member), conversation, users, markup)

    def _day(
        self, source: Source, conversation: _Conversation, users: dict[str, _User], markup: Markup
    ) -> Iterator[Record]:
        with open_json(source) as js:
            if js.peek_kind() != "array":
                raise js.error("not a Slack day file: expected a list of messages")
            for line, item in js.items():
                yield self._message(item, line, source.name, conversation, users, markup)

    def _message(
        self,
        item: Any,
        line: int,
        file: str,
        conversation: _Conversation,
        users: dict[str, _User],
        markup: Markup,
    ) -> Record:
        if not isinstance(item, dict):
            return Problem(line, "damaged message: expected an object")
        subtype = item.get("subtype")
        if subtype in ("bot_message", "bot_add", "bot_remove") or (
            item.get("bot_id") and not item.get("user")
        ):
            return Skipped(line, "bot message")
        if subtype in ("tombstone", "message_deleted"):
            return Skipped(line, "deleted message")
        if subtype == "message_changed":
            return Skipped(line, "edit notice")
        if subtype and subtype not in SPOKEN_SUBTYPES:
            return Skipped(line, f"Slack notice ({subtype})")
        ts = _text(item.get("ts"))
        posted = ts_time(ts)
        if posted is None:
            return Problem(line, "a message without a readable 'ts' time")
        user_id = _text(item.get("user"))
        user = users.get(user_id)
        if user is not None and user.bot:
            return Skipped(line, "bot message")
        files = [f for f in (item.get("files") or []) if isinstance(f, dict)]
        if isinstance(item.get("file"), dict):
            files.append(item["file"])
        attachments = [_text(f.get("name")) or _text(f.get("title")) for f in files]
        attachments = [a for a in attachments if a]
        text = markup.resolve(item["text"]).strip() if isinstance(item.get("text"), str) else ""
        if not text and not files:
            return Skipped(line, "empty message")
        author = self._author(item, user_id, user)
        thread = _text(item.get("thread_ts"))
        extra: dict[str, Any] = {}
        edited = item.get("edited")
        if isinstance(edited, dict) and (when := ts_time(_text(edited.get("ts")))) is not None:
            extra["edited_at"] = when.isoformat()
        return Message(
            author=author,
            text=text,
            posted_at=posted,
            line=line,
            chat=conversation.label,
            source_id=ts,
            parent_id=thread if thread and thread != ts else None,
            thread_id=thread or None,
            kind="message" if text else "media",
            direct=conversation.direct,
            attachments=attachments,
            extra=extra,
        )

    def _author(self, item: dict[str, Any], user_id: str, user: _User | None) -> Author:
        if user is not None:
            return Author(name=user.name, key=user_id, email=user.email)
        raw_profile = item.get("user_profile")
        embedded: dict[str, Any] = raw_profile if isinstance(raw_profile, dict) else {}
        name = (
            _text(embedded.get("real_name"))
            or _text(embedded.get("display_name"))
            or _text(item.get("user_name"))
            or _text(item.get("username"))
            or user_id
            or "(unknown)"
        )
        return Author(name=name, key=user_id or None)
