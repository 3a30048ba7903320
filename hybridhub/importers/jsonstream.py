"""Walk a JSON document from a text stream without loading all of it.

Chat exports are single JSON files that can be hundreds of megabytes (a whole Telegram account). The
walker enters objects and arrays one key or item at a time and decodes each leaf (one message, say)
with the standard library's C scanner, so memory stays bounded by the largest single item, and it
knows the line each item starts on for error messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TextIO

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.source import Source

CHUNK = 1 << 20
MAX_ITEM = 64 * 1024 * 1024  # one decoded value (a message, a user list) may not exceed this
_SPACE = re.compile(r"[ \t\r\n]*")


class JsonStream:
    """A cursor over one JSON document. Every `object()`/`array()` step must be followed by reading
    the value at the cursor (`value()`, `skip()`, or entering it) before the next step."""

    def __init__(self, fh: TextIO, name: str) -> None:
        self._fh, self.name = fh, name
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._line = 1
        self._counted = 0  # buffer position up to which newlines are in `_line`
        self._decoder = json.JSONDecoder()

    # -- buffer

    def _fill(self, at_least: int = CHUNK) -> bool:
        if self._eof:
            return False
        chunk = self._fh.read(max(CHUNK, at_least))
        if not chunk:
            self._eof = True
            return False
        if self._pos:
            self.line()  # count the newlines about to be dropped
            self._buf = self._buf[self._pos :]
            self._counted -= self._pos
            self._pos = 0
        self._buf += chunk
        return True

    def line(self) -> int:
        """The line (from 1) of the cursor."""
        if self._pos > self._counted:
            self._line += self._buf.count("\n", self._counted, self._pos)
            self._counted = self._pos
        return self._line

    def error(self, message: str) -> ImportFormatError:
        return ImportFormatError(message, file=self.name, line=self.line())

    def _peek(self) -> str:
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                raise self.error("the JSON ends too early (is the file cut off?)")

    def _expect(self, char: str, what: str) -> None:
        if self._peek() != char:
            raise self.error(f"damaged JSON: expected {what}")
        self._pos += 1

    # -- values

    def peek_kind(self) -> str:
        """'object', 'array' or 'value' for what is at the cursor."""
        char = self._peek()
        return "object" if char == "{" else "array" if char == "[" else "value"

    def value(self) -> Any:
        """Decode the value at the cursor in one go (meant for one message or a small table)."""
        self._peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                if self._grow():
                    continue
                self.line()
                self._line += self._buf.count("\n", self._pos, exc.pos)
                self._counted = exc.pos
                raise self.error(f"damaged JSON: {exc.msg}") from exc
            except RecursionError as exc:
                raise self.error("damaged JSON: nested too deeply") from exc
            # A number or literal touching the end of the buffer may continue in the next chunk.
            if end >= len(self._buf) and not isinstance(value, (dict, list, str)) and self._grow():
                continue
            self._pos = end
            return value

    def _grow(self) -> bool:
        pending = len(self._buf) - self._pos
        if pending > MAX_ITEM:
            raise self.error("one item of this JSON file is too large to read")
        return self._fill(at_least=pending)

    def skip(self) -> None:
        """Step over the value at the cursor without keeping it (works on huge containers)."""
        kind = self.peek_kind()
        if kind == "object":
            for _ in self.object():
                self.skip()
        elif kind == "array":
            for _ in self.array():
                self.skip()
        else:
            self.value()

    def object(self) -> Iterator[str]:
        """Enter the object at the cursor and yield its keys; read each key's value before the next."""
        self._expect("{", "an object '{'")
        if self._peek() == "}":
            self._pos += 1
            return
        while True:
            if self._peek() != '"':
                raise self.error("damaged JSON: expected a quoted key")
            key = self.value()
            self._expect(":", "':' after a key")
            yield key
            char = self._peek()
            self._pos += 1
            if char == "}":
                return
            if char != ",":
                raise self.error("damaged JSON: expected ',' or '}'")

    def array(self) -> Iterator[int]:
        """Enter the array at the cursor and yield item indexes; read each item before the next."""
        self._expect("[", "a list '['")
        if self._peek() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            char = self._peek()
            self._pos += 1
            if char == "]":
                return
            if char != ",":
                raise self.error("damaged JSON: expected ',' or ']'")

    def items(self) -> Iterator[tuple[int, Any]]:
        """(line, value) of each item of the array at the cursor."""
        for _ in self.array():
            self._peek()
            line = self.line()
            yield line, self.value()


@contextmanager
def open_json(source: Source) -> Iterator[JsonStream]:
    """A `JsonStream` over `source` in its detected encoding (UTF-8 with or without BOM, UTF-16)."""
    with source.text() as fh:
        yield JsonStream(fh, source.name)


def from_epoch(value: Any, *, millis: bool = False) -> datetime | None:
    """An aware UTC time from Unix seconds (or milliseconds) given as a number or digits; None if not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        try:
            value = float(value) if value else None
        except ValueError:
            return None
    if not isinstance(value, (int, float)):
        return None
    seconds = value / 1000 if millis else value
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
