"""SMS and MMS from the XML backup of the Android app "SMS Backup & Restore".

`<smses>` holds `<sms>` (type 1 received, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued) and `<mms>`
(msg_box 1 received, 2 sent, 3 draft, 4 outbox; text in `<part ct="text/plain" text=…>`, the sender in
`<addr type="137">`). Received messages are the voices; messages sent from the backed-up phone are the
facilitator's replies and are left out unless `include_sent` is set; drafts and unsent ones are
skipped. The app writes emoji as two UTF-16 surrogate references (`&#55357;&#56846;`), which XML
forbids: the stream is repaired on the fly so they come out as the emoji. Parsing goes through
defusedxml with DTDs refused, so an entity bomb never expands. Phone numbers are hashed by the store.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.privacy import normalise_phone
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.records import Author, Message, Record, Skipped
from hybridhub.importers.source import Source

_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SMS_TYPES = {1: "received", 2: "sent", 3: "draft", 4: "outbox", 5: "failed", 6: "queued"}
MMS_BOXES = {1: "received", 2: "sent", 3: "draft", 4: "outbox"}
UNKNOWN_CONTACT = {"", "(unknown)", "null", "unknown"}


def _valid_xml_char(code: int) -> bool:
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def repair_references(data: bytes) -> bytes:
    """Join surrogate-pair character references into one; replace other references XML forbids."""
    out: list[bytes] = []
    pos = 0
    matches = list(_REF.finditer(data))
    i = 0
    while i < len(matches):
        m = matches[i]
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        replacement: bytes | None = None
        if 0xD800 <= code <= 0xDBFF and i + 1 < len(matches) and matches[i + 1].start() == m.end():
            n = matches[i + 1]
            low = int(n.group(1), 16) if n.group(1) else int(n.group(2))
            if 0xDC00 <= low <= 0xDFFF:
                combined = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                out.append(data[pos : m.start()])
                out.append(b"&#%d;" % combined)
                pos = n.end()
                i += 2
                continue
        if not _valid_xml_char(code):
            replacement = b"" if code < 0x20 else b"&#65533;"
        if replacement is not None:
            out.append(data[pos : m.start()])
            out.append(replacement)
            pos = m.end()
        i += 1
    out.append(data[pos:])
    return b"".join(out)


_MAX_REF = 14  # the longest reference _REF matches: '&#' + 10 digits + ';' (or 'x' + 8 hex digits)


def safe_cut(data: bytes) -> int:
    """Where `data` may be cut so that no character reference, nor a surrogate pair of two, is split:
    before the last '&' near the end, and before the reference just ahead of it if they are adjacent.
    Only the last few bytes are looked at, so a file read in chunks is repaired in linear time."""
    cut = len(data)
    amp = data.rfind(b"&", max(0, cut - _MAX_REF))
    if amp < 0:
        return cut
    before = data.rfind(b"&", max(0, amp - _MAX_REF), amp)
    if before >= 0 and _REF.fullmatch(data, before, amp):
        return before  # a high surrogate right before: keep the pair together
    return amp


class _RepairedStream(io.RawIOBase):
    """The backup's bytes with character references repaired, read in chunks cut so that a reference
    (or a surrogate pair) is never split between two of them. Linear in the input, even when one
    message is a single 50 MB line."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._pending = b""
        self._ready = memoryview(b"")
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._ready and not self._eof:
            chunk = self._raw.read(256 * 1024)
            data = self._pending + chunk
            if not chunk:
                self._eof = True
                cut = len(data)
            else:
                cut = safe_cut(data)
            self._pending = data[cut:]
            self._ready = memoryview(repair_references(_CONTROL.sub(b"", data[:cut])))
        size = min(len(buffer), len(self._ready))
        buffer[:size] = self._ready[:size]
        self._ready = self._ready[size:]
        return size


class _Collector:
    """A parser target that builds the tree and notes each element's start and end, in order."""

    def __init__(self) -> None:
        self.builder = TreeBuilder()
        self.events: list[tuple[str, Element]] = []

    def start(self, tag: str, attrib: dict[str, str]) -> Element:
        elem = self.builder.start(tag, attrib)
        self.events.append(("start", elem))
        return elem

    def end(self, tag: str) -> Element:
        elem = self.builder.end(tag)
        self.events.append(("end", elem))
        return elem

    def data(self, data: str) -> None:
        self.builder.data(data)

    def close(self) -> Element:
        return self.builder.close()


FEED = 64 * 1024
MAX_FEED = 64 * 1024 * 1024


def xml_events(stream: BinaryIO) -> Iterator[tuple[str, Element]]:
    """('start' | 'end', element) of an XML stream, DTDs and entities refused, in linear time.

    Expat (2.5) parses an element again from its start at each feed until the element is complete,
    so a 20 MB attribute fed in 16 KB pieces (as `iterparse` does) costs 20 MB x 1,300. Here a feed
    that completes nothing doubles the next one: the work stays proportional to the input."""
    target = _Collector()
    parser = DefusedXMLParser(target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    size = FEED
    while chunk := stream.read(size):
        parser.feed(chunk)
        size = FEED if target.events else min(size * 2, MAX_FEED)
        yield from target.events
        target.events.clear()
    parser.close()
    yield from target.events


def _when(value: str | None) -> datetime | None:
    try:
        millis = int(value or "")
        return datetime.fromtimestamp(millis / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _person(address: str, contact: str | None) -> Author:
    name = (contact or "").strip()
    phone = normalise_phone(address)
    if name.casefold() in UNKNOWN_CONTACT:
        name = f"…{phone[-2:]}" if len(phone) >= 2 else "Unknown number"
    return Author(
        name=name, phone=address if len(phone.lstrip("+")) >= 3 else None, key=None if phone else address
    )


class SmsImporter(Importer):
    name = "sms"
    label = 'SMS and MMS ("SMS Backup & Restore" XML)'
    channel = "sms"
    version = "1"
    extensions = (".xml",)

    def detect(self, source: Source) -> float:
        if source.is_zip():
            return 0.0
        try:
            head = source.head(4096)
        except (ImportFormatError, OSError):
            return 0.0
        if re.search(rb"<(?:smses|allsms)[\s>]", head):
            return 0.95
        return 0.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        include_sent = bool(options.settings.get("include_sent"))
        with source.open_bytes() as raw:
            stream = io.BufferedReader(_RepairedStream(raw))
            try:
                yield from self._parse(stream, source.name, include_sent)
            except DefusedXmlException as exc:
                raise ImportFormatError(
                    "refused: the file declares a DTD or entities (an XML entity bomb?)", file=source.name
                ) from exc
            except ParseError as exc:
                line = exc.position[0] if getattr(exc, "position", None) else None
                raise ImportFormatError(
                    f"damaged XML: {exc.msg if hasattr(exc, 'msg') else exc}", file=source.name, line=line
                ) from exc

    def _parse(self, stream: BinaryIO, where: str, include_sent: bool) -> Iterator[Record]:
        root: Element | None = None
        number = 0
        for event, elem in xml_events(stream):
            if event == "start":
                if root is None:
                    root = elem
                    if elem.tag not in ("smses", "allsms"):
                        raise ImportFormatError(
                            f"expected <smses>, found <{elem.tag}>", file=where,
                            hint="is this an 'SMS Backup & Restore' file?",
                        )  # fmt: skip
                continue
            if elem.tag not in ("sms", "mms") or root is None:
                continue
            number += 1
            found = self._sms(elem, number) if elem.tag == "sms" else self._mms(elem, number)
            yield from _finish(found, include_sent=include_sent)
            root.clear()  # keep memory bounded: handled messages are dropped from the tree
        if root is None:
            raise ImportFormatError("the file is empty", file=where)

    @staticmethod
    def _sms(elem: Element, number: int) -> _Found:
        kind = elem.get("type") or ""
        return _Found(
            number, SMS_TYPES.get(int(kind) if kind.isdigit() else 0, ""), elem.get("address") or "",
            elem.get("contact_name"), elem.get("body") or "", _when(elem.get("date")), [], None,
        )  # fmt: skip

    @staticmethod
    def _mms(elem: Element, number: int) -> _Found:
        box = elem.get("msg_box", "")
        kind = MMS_BOXES.get(int(box) if box.isdigit() else 0, "")
        texts, attachments = [], []
        for part in elem.iter("part"):
            ctype = (part.get("ct") or "").lower()
            if ctype == "text/plain":
                text = part.get("text") or ""
                if text and text != "null":
                    texts.append(text)
            elif ctype not in ("application/smil", ""):
                name = part.get("cl") or part.get("name") or ctype
                attachments.append(name if name != "null" else ctype)
        sender = next((a.get("address", "") for a in elem.iter("addr") if a.get("type") == "137"), "")
        address = sender or (elem.get("address") or "").split("~")[0]
        group = "~" in (elem.get("address") or "")
        contact = elem.get("contact_name")
        chat = contact if group and contact and contact.casefold() not in UNKNOWN_CONTACT else None
        # In a group MMS the contact name lists everyone; only a one-to-one name names the sender.
        return _Found(
            number, kind, address, None if group else contact, "\n".join(texts), _when(elem.get("date")),
            attachments, chat,
        )  # fmt: skip


@dataclass
class _Found:
    number: int
    kind: str
    address: str
    contact: str | None
    body: str
    when: datetime | None
    attachments: list[str]
    chat: str | None


def _finish(found: _Found, *, include_sent: bool) -> Iterator[Record]:
    if found.kind in ("draft", "outbox", "failed", "queued", ""):
        yield Skipped(None, f"message {found.number}: {found.kind or 'unknown type'}, not sent or received")
        return
    if found.kind == "sent" and not include_sent:
        yield Skipped(None, f"message {found.number}: sent from this phone")
        return
    text = found.body.strip()
    if not text and not found.attachments:
        yield Skipped(None, f"message {found.number}: empty")
        return
    other = _person(found.address, found.contact)
    author = Author(name="This phone", key="self") if found.kind == "sent" else other
    yield Message(
        author=author,
        text=text,
        posted_at=found.when,
        chat=found.chat or other.name,
        kind="sms",
        attachments=found.attachments,
        extra={"item": found.number},
    )
