"""Facebook "Download your information" in JSON: posts and comments in groups, and Messenger chats.

Layouts: the older export keeps `groups/your_posts_in_groups.json` and `groups/your_comments_in_groups.json`
(keys `group_posts_v2`/`group_comments_v2`, before that `group_posts.activity_log_data`) and
`messages/inbox/<chat>/message_N.json`; the newer one moves everything under `your_facebook_activity/`
(`groups/group_posts_and_comments.json`, sometimes a bare list). Posts and comments are the account
owner's own, named from `profile_information.json` (or the entry's title when that is missing).

Facebook writes every non-ASCII character as its UTF-8 bytes escaped one by one (`"M\\u00c3\\u00bcnchen"`
for "München"); `repair_text` undoes that on every string. Files are streamed one entry at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.jsonstream import JsonStream, from_epoch, open_json
from hybridhub.importers.records import Author, Message, Problem, Record, Skipped
from hybridhub.importers.source import Source

GROUP_FILES = frozenset(
    {
        "your_posts_in_groups.json",
        "your_comments_in_groups.json",
        "group_posts_and_comments.json",
        "your_posts_and_comments_in_groups.json",
    }
)
MESSENGER_FILE = re.compile(
    r"(?:^|/)messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/"
    r"(?P<chat>[^/]+)/message_(?P<n>\d+)\.json$"
)
PROFILE_FILE = "profile_information.json"
MEDIA_KEYS = ("photos", "videos", "files", "audio_files", "gifs", "sticker", "share")
OWNER = "(account owner)"

_TITLE_POST = (
    re.compile(r"^(?P<who>.+?) (?:posted|shared .+?|wrote) in (?P<group>.+?)\.?$"),
    re.compile(r"^(?P<who>.+?) hat (?:etwas )?in (?P<group>.+?) (?:gepostet|geteilt)\.?$"),
    re.compile(r"^(?P<who>.+?) a (?:publié|partagé .+?) dans (?P<group>.+?)\.?$"),
)
_TITLE_COMMENT = (
    re.compile(r"^(?P<who>.+?) (?:commented|replied) (?:on|to) "),
    re.compile(r"^(?P<who>.+?) hat .+ kommentiert"),
    re.compile(r"^(?P<who>.+?) a (?:commenté|répondu)"),
)
# Messenger's own lines about the chat, written as if they were messages.
_NOTICE = re.compile(
    r"(added .+ to the group|left the group|removed .+ from the group|named the group|changed the group photo"
    r"|created the group|sent an attachment\.|sent a photo\.|sent \d+ photos\.|started a call|joined the call"
    r"|hat .+ zur Gruppe hinzugefügt|hat die Gruppe verlassen|hat die Gruppe .+ genannt"
    r"|a ajouté .+ au groupe|a quitté le groupe|a nommé le groupe)",
)
_HEAD_GROUPS = re.compile(r'"group_(?:posts|comments)(?:_v2)?"\s*:')
_HEAD_MESSENGER = re.compile(r'"sender_name"\s*:')


def repair_text(text: str) -> str:
    """Undo Facebook's mojibake: UTF-8 bytes written as `\\u00XX` escapes read back as Latin-1."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text  # already real text (a character above U+00FF, or not valid UTF-8 bytes)


def repair(value: Any) -> Any:
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {repair_text(k): repair(v) for k, v in value.items()}
    return value


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass
class _Thread:
    title: str = ""
    participants: list[str] = field(default_factory=list)
    has_messages: bool = False

    @property
    def direct(self) -> bool:
        return 0 < len(self.participants) <= 2


def _from_title(title: str, patterns: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    for pattern in patterns:
        match = pattern.match(title)
        if match:
            return match
    return None


def _uris(attachments: Any) -> list[str]:
    """File names of a post's attachments ({data: [{media: {uri}}]})."""
    names: list[str] = []
    for attachment in attachments if isinstance(attachments, list) else []:
        for part in attachment.get("data") or [] if isinstance(attachment, dict) else []:
            media = part.get("media") if isinstance(part, dict) else None
            if isinstance(media, dict) and _text(media.get("uri")):
                names.append(PurePosixPath(_text(media.get("uri"))).name)
    return names


class FacebookImporter(Importer):
    name = "facebook"
    label = "Facebook export (group posts, comments, Messenger)"
    channel = "facebook"
    version = "1"
    extensions = (".zip", ".json")

    def detect(self, source: Source) -> float:
        if source.is_zip():
            for member in source.members():
                if PurePosixPath(member).name in GROUP_FILES and "groups/" in member:
                    return 0.95
                if MESSENGER_FILE.search(member):
                    return 0.95
            return 0.0
        head = source.head_text()
        start = head.lstrip()[:1]
        if start == "{" and _HEAD_GROUPS.search(head):
            return 0.9
        if start == "{" and _HEAD_MESSENGER.search(head) and '"timestamp_ms"' in head:
            return 0.9
        if (
            start == "["
            and '"timestamp"' in head
            and '"title"' in head
            and re.search(r'"(post|comment)"\s*:', head)
        ):
            return 0.7
        return 0.0

    # -- whole export

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        if not source.is_zip():
            yield from self._json_file(source, source.basename, OWNER)
            return
        members = source.members()
        owner = self._owner(source, members)
        groups = [m for m in members if PurePosixPath(m).name in GROUP_FILES and "groups/" in m]
        chats: list[tuple[str, int, str]] = []
        for member in members:
            match = MESSENGER_FILE.search(member)
            if match:
                chats.append((member[: match.start("chat")] + match["chat"], int(match["n"]), member))
        if not groups and not chats:
            raise ImportFormatError(
                "no group posts, comments or Messenger chats in this Facebook export",
                file=source.name,
                hint="request the export in JSON format, with 'Groups' and 'Messages' ticked",
            )
        for member in sorted(groups):
            yield from self._groups(source.child(member), owner)
        for _, _, member in sorted(chats):
            yield from self._messenger(source.child(member))

    def _owner(self, source: Source, members: list[str]) -> str:
        profiles = [m for m in members if PurePosixPath(m).name == PROFILE_FILE]
        if not profiles:
            return OWNER
        with open_json(source.child(min(profiles, key=len))) as js:
            if js.peek_kind() != "object":
                return OWNER
            data = repair(js.value())
        profile = data.get("profile_v2") or data.get("profile") or {}
        name = profile.get("name") if isinstance(profile, dict) else None
        if isinstance(name, dict):
            return _text(name.get("full_name")) or OWNER
        return _text(name) or OWNER

    def _json_file(self, source: Source, basename: str, owner: str) -> Iterator[Record]:
        head = source.head_text()
        if _HEAD_MESSENGER.search(head) or basename.startswith("message_"):
            yield from self._messenger(source)
        else:
            yield from self._groups(source, owner)

    # -- groups

    def _groups(self, source: Source, owner: str) -> Iterator[Record]:
        with open_json(source) as js:
            yield from self._entries(js, owner, depth=0)

    def _entries(self, js: JsonStream, owner: str, depth: int) -> Iterator[Record]:
        kind = js.peek_kind()
        if kind == "array":
            for line, entry in js.items():
                yield self._group_entry(repair(entry), line, owner, js.name)
        elif kind == "object" and depth < 2:
            for _ in js.object():
                if js.peek_kind() == "value":
                    js.value()
                else:
                    yield from self._entries(js, owner, depth + 1)
        elif depth == 0:
            raise js.error("not a Facebook groups file: expected a list of posts or comments")
        else:
            js.skip()

    def _group_entry(self, entry: Any, line: int, owner: str, file: str) -> Record:
        if not isinstance(entry, dict):
            return Problem(line, "damaged entry: expected an object")
        title = _text(entry.get("title"))
        posted = from_epoch(entry.get("timestamp"))
        post = comment_text = ""
        comment: dict[str, Any] = {}
        for part in entry.get("data") or []:
            if not isinstance(part, dict):
                continue
            post = post or _text(part.get("post"))
            if isinstance(part.get("comment"), dict):
                comment = part["comment"]
                comment_text = _text(comment.get("comment"))
        if comment:
            matched = _from_title(title, _TITLE_COMMENT)
            author = _text(comment.get("author")) or (
                owner if owner != OWNER or not matched else matched["who"]
            )
            group = _text(comment.get("group"))
            posted = from_epoch(comment.get("timestamp")) or posted
            text, kind = comment_text, "comment"
        else:
            matched = _from_title(title, _TITLE_POST)
            author = owner if owner != OWNER or not matched else matched["who"]
            group = matched["group"] if matched else ""
            text, kind = post, "post"
        if not text and not entry.get("attachments"):
            return Skipped(line, f"empty {kind}")
        if posted is None:
            return Problem(line, f"a {kind} without a readable time")
        return Message(
            author=Author(name=author),
            text=text,
            posted_at=posted,
            line=line,
            chat=group,
            kind=kind if text else "media",
            attachments=_uris(entry.get("attachments")),
            extra={"title": title} if title else {},
        )

    # -- Messenger

    def _thread(self, source: Source) -> _Thread:
        thread = _Thread()
        with open_json(source) as js:
            if js.peek_kind() != "object":
                raise js.error("not a Messenger chat file: expected an object")
            for key in js.object():
                if key == "title" and js.peek_kind() == "value":
                    thread.title = repair_text(_text(js.value()))
                elif key == "participants" and js.peek_kind() == "array":
                    for _, person in js.items():
                        if isinstance(person, dict) and _text(person.get("name")):
                            thread.participants.append(repair_text(_text(person.get("name"))))
                else:
                    thread.has_messages |= key == "messages"
                    js.skip()
        return thread

    def _messenger(self, source: Source) -> Iterator[Record]:
        thread = self._thread(source)
        if not thread.has_messages:
            raise ImportFormatError("not a Messenger chat file: no 'messages'", file=source.name)
        chat = thread.title or ", ".join(thread.participants) or PurePosixPath(source.basename).parent.name
        with open_json(source) as js:
            for key in js.object():
                if key != "messages" or js.peek_kind() != "array":
                    js.skip()
                    continue
                for line, item in js.items():
                    yield self._chat_message(repair(item), line, chat, thread, js.name)

    def _chat_message(self, item: Any, line: int, chat: str, thread: _Thread, file: str) -> Record:
        if not isinstance(item, dict):
            return Problem(line, "damaged message: expected an object")
        kind = _text(item.get("type")) or "Generic"
        if item.get("is_unsent"):
            return Skipped(line, "unsent message")
        if kind in ("Subscribe", "Unsubscribe"):
            return Skipped(line, "joined or left the chat")
        if kind == "Call" or "call_duration" in item:
            return Skipped(line, "call")
        posted = from_epoch(item.get("timestamp_ms"), millis=True)
        if posted is None:
            return Problem(line, "a message without a readable time")
        text = _text(item.get("content"))
        has_media = any(item.get(k) for k in MEDIA_KEYS if k != "share")
        if text and _NOTICE.search(text) and len(text) < 200:
            if not has_media:
                return Skipped(line, "chat notice")
            text = ""  # "Ana sent an attachment.": the attachment is what was said
        if not text and not has_media:
            return Skipped(line, "empty message")
        attachments = [
            PurePosixPath(_text(m.get("uri"))).name
            for k in ("photos", "videos", "files", "audio_files", "gifs")
            for m in item.get(k) or []
            if isinstance(m, dict) and _text(m.get("uri"))
        ]
        extra: dict[str, Any] = {}
        share = item.get("share")
        if isinstance(share, dict) and _text(share.get("link")):
            extra["link"] = _text(share.get("link"))
        return Message(
            author=Author(name=_text(item.get("sender_name")) or "(unknown)"),
            text=text,
            posted_at=posted,
            line=line,
            chat=chat,
            kind="message" if text else "media",
            direct=thread.direct,
            attachments=attachments,
            extra=extra,
        )
