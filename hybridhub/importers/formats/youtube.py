"""YouTube comments and live-chat messages from Google Takeout (`comments.csv`, `live chats.csv`).

Takeout changed the layout more than once: the older file has 'Comment ID, Channel ID, Comment create
timestamp, Price, Parent comment ID, Video ID, Comment text' with the text as
`{"takeoutSegments":[{"text":…}]}`; the newer one reorders and re-cases the headers, adds 'Post ID' and
'Top-level comment ID', and writes the text as concatenated fragments `{"text":"…"},{"text":"…"}`.
Columns are found by name, whatever their order or case. Takeout names no one: the author is the
channel id (rename the participant once to give it a name).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.records import Author, Message, Record, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import first_row, header_index, open_table
from hybridhub.importers.timestamps import parse_timestamp

COMMENTS = {"id": "comment id", "time": "comment create timestamp", "text": "comment text",
            "parent": "parent comment id", "top": "top level comment id"}  # fmt: skip
LIVE = {"id": "live chat id", "time": "live chat create timestamp", "text": "live chat text"}
COMMON = {"channel": "channel id", "video": "video id", "post": "post id", "price": "price"}


def _fragments(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for item in value for t in _fragments(item)]
    if isinstance(value, dict):
        if "takeoutSegments" in value:
            return _fragments(value["takeoutSegments"])
        text = value.get("text")
        return [text] if isinstance(text, str) else []
    return []


def comment_text(raw: str) -> str:
    """The text of a Takeout comment cell: segments JSON, concatenated fragments, or plain text."""
    value = raw.strip()
    if not value.startswith("{"):
        return value
    for candidate in (value, f"[{value}]"):
        try:
            parsed = json.loads(candidate)
        except (json.JSONDecodeError, RecursionError):
            continue
        return "".join(_fragments(parsed)).strip()
    return value


def _layout(headers: list[str]) -> tuple[str, dict[str, int]] | None:
    index = header_index(headers)
    for kind, names in (("comment", COMMENTS), ("live", LIVE)):
        if names["id"] in index and names["text"] in index:
            cols = {role: index[name] for role, name in {**names, **COMMON}.items() if name in index}
            return kind, cols
    return None


class YoutubeImporter(Importer):
    name = "youtube"
    label = "YouTube comments and live chat (Google Takeout CSV)"
    channel = "youtube"
    version = "1"
    extensions = (".csv",)

    def detect(self, source: Source) -> float:
        first = first_row(source)
        return 0.95 if first and _layout(first) else 0.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        table = open_table(source, delimiter=",")
        header = next(((n, c) for n, c in table.rows() if c), None)
        layout = _layout(header[1]) if header else None
        if header is None or layout is None:
            raise ImportFormatError(
                "expected the Takeout columns 'Comment ID' … 'Comment Text' "
                "(or 'Live Chat ID' … 'Live Chat Text')",
                file=source.name, line=header[0] if header else None,
            )  # fmt: skip
        line, _headers = header
        kind, cols = layout

        def cell(cells: list[str], role: str) -> str:
            i = cols.get(role)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        for number, cells in table.rows():
            if number <= line or not cells:
                continue
            raw_time = cell(cells, "time")
            posted = parse_timestamp(raw_time) if raw_time else None
            if raw_time and posted is None:
                raise ImportFormatError(
                    f"'{raw_time[:40]}' is not a date and time", file=source.name, line=number
                )
            text = comment_text(cell(cells, "text"))
            if not text:
                yield Skipped(number, "comment without text")
                continue
            channel_id = cell(cells, "channel")
            parent = cell(cells, "parent") or None
            own = cell(cells, "id") or None
            yield Message(
                author=Author(
                    name=f"YouTube …{channel_id[-6:]}" if channel_id else "YouTube user",
                    key=channel_id or None,
                ),
                text=text,
                posted_at=posted,
                line=number,
                chat=cell(cells, "video") or cell(cells, "post"),
                source_id=own,
                parent_id=parent,
                thread_id=(cell(cells, "top") or parent or own) if kind == "comment" else None,
                kind="live-chat" if kind == "live" else "comment",
                extra={k: v for k in ("price",) if (v := cell(cells, k)) and v != "0"},
            )
