"""E-mail: `.mbox` files (Gmail Takeout's 'All mail Including Spam and Trash.mbox', Thunderbird)
and single `.eml` files, alone or in a ZIP.

Headers are decoded (RFC 2047), threads follow In-Reply-To/References, the contribution is the new
text only (quoted earlier mail and signatures removed), HTML-only mail is turned into text, and
attachments are listed by name but never imported. Gmail's `X-Gmail-Labels` become tags; drafts,
spam, trash and old Hangouts chats are skipped. Replies to a Mailchimp newsletter arrive this way.
"""

from __future__ import annotations

import email
import email.utils
import re
from collections.abc import Iterator
from datetime import datetime
from email.errors import MessageError
from email.header import Header, decode_header
from email.message import Message as MailMessage
from email.policy import compat32
from typing import BinaryIO

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.mailtext import html_to_text, strip_quoted
from hybridhub.importers.records import Author, Message, Record, Skipped
from hybridhub.importers.source import Source

MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # one e-mail larger than this is refused, not read into memory
SKIP_LABELS = {
    "spam": "spam",
    "trash": "in the trash",
    "draft": "a draft",
    "drafts": "a draft",
    "chat": "a chat",
}
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:")
_KNOWN_HEADERS = re.compile(
    rb"^(?:From|To|Subject|Date|Message-ID|Received|Return-Path|MIME-Version|X-Gmail-Labels|Delivered-To):",
    re.IGNORECASE | re.MULTILINE,
)
# What the standard library's e-mail parser raises on damaged mail (bad base64 in a header, a broken
# MIME boundary, an unknown charset): damage to report, not bugs.
_MAIL_DAMAGE = (ValueError, LookupError, AssertionError, IndexError, TypeError, MessageError)
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|sv|vs|rif|tr|antw|r)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def decoded(value: object) -> str:
    """A header as text: RFC 2047 words decoded, raw 8-bit bytes (UTF-8 as RFC 6532 allows, or an old
    mailer's Windows-1252) read as such, unknown charsets as UTF-8; never an error."""
    if value is None:
        return ""
    try:
        # A compat32 `Header` (a header holding raw 8-bit bytes) gives its bytes back; str() would not.
        parts = decode_header(value if isinstance(value, Header) else str(value))
    except _MAIL_DAMAGE:
        return str(value)  # "Base64 decoding error" and the like: the header as written beats no header
    out = [chunk if isinstance(chunk, str) else _text(chunk, charset) for chunk, charset in parts]
    # decode_header drops the space between an encoded word and plain text on some inputs
    return " ".join("".join(out).split())


def _text(data: bytes, charset: str | None) -> str:
    try:
        return data.decode(charset or "utf-8", errors="replace")
    except LookupError:  # 'unknown-8bit' and invented names
        pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _ids(value: str) -> list[str]:
    return re.findall(r"<([^<>\s]+)>", value) or [v for v in value.split() if "@" in v]


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _payload_text(part: MailMessage) -> str:
    try:
        data = part.get_payload(decode=True)
    except _MAIL_DAMAGE:
        data = None
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def body_and_attachments(msg: MailMessage) -> tuple[str, list[str]]:
    """The plain text of a mail (HTML converted if there is no plain part) and attachment names."""
    plain: str | None = None
    html: str | None = None
    attachments: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        # compat32 hands a header holding raw 8-bit bytes back as a `Header`, not a str
        disposition = str(part.get("Content-Disposition") or "").lower()
        filename = decoded(part.get_filename() or "") if _safe(part.get_filename) else ""
        ctype = part.get_content_type()
        if filename or disposition.startswith("attachment"):
            attachments.append(filename or ctype)
            continue
        if ctype == "text/plain" and plain is None:
            plain = _payload_text(part)
        elif ctype == "text/html" and html is None:
            html = _payload_text(part)
    if plain is not None and plain.strip():
        return plain, attachments
    return (html_to_text(html) if html else ""), attachments


def _safe(getter: object) -> bool:
    try:
        getter()  # type: ignore[operator]
        return True
    except _MAIL_DAMAGE:
        return False


HEAD_PEEK = 4096


def _skip_blank(head: bytes) -> bytes:
    """The start of a mail file without a BOM and the blank lines some tools write before it."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")


def split_mbox(stream: BinaryIO, where: str) -> Iterator[tuple[int, bytes]]:
    """(line where it starts, raw bytes) per message of an mbox, streamed. mboxrd '>From ' unescaped."""
    current: list[bytes] = []
    size = 0
    start = 1
    previous_blank = True
    for number, line in enumerate(stream, start=1):
        if line.startswith(b"From ") and previous_blank:
            if current:
                yield start, b"".join(current)
            current, size, start = [], 0, number + 1
            previous_blank = False
            continue
        if re.match(rb">+From ", line):
            line = line[1:]
        size += len(line)
        if size > MAX_MESSAGE_BYTES:
            raise ImportFormatError("one e-mail in this mailbox is larger than 64 MB", file=where, line=start)
        current.append(line)
        previous_blank = line in (b"\n", b"\r\n")
    if current:
        yield start, b"".join(current)


class EmailImporter(Importer):
    name = "email"
    label = "E-mail (.mbox, .eml, Gmail Takeout)"
    channel = "email"
    version = "1"
    extensions = (".mbox", ".eml", ".zip")

    def _mail_files(self, source: Source) -> list[Source]:
        if source.is_zip():
            return [source.child(m) for m in source.members() if m.lower().endswith((".mbox", ".eml"))]
        return [source]

    def detect(self, source: Source) -> float:
        try:
            files = self._mail_files(source)
            if not files:
                return 0.0
            head = files[0].head(8192)
        except (ImportFormatError, OSError):
            return 0.0
        head = _skip_blank(head)
        if head.startswith(b"From ") and len(_KNOWN_HEADERS.findall(head)) >= 2:
            return 0.9
        first = head.split(b"\n", 1)[0]
        if _HEADER_LINE.match(first) and len(_KNOWN_HEADERS.findall(head)) >= 2:
            return 0.8 if files[0].basename.lower().endswith(".eml") else 0.6
        return 0.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        files = self._mail_files(source)
        if not files:
            raise ImportFormatError("the archive holds no .mbox or .eml files", file=source.name)
        for mail_file in files:
            with mail_file.open_bytes() as fh:
                head = _skip_blank(fh.peek(HEAD_PEEK)) if hasattr(fh, "peek") else b""
                if head.startswith(b"From "):  # an mbox, maybe after blank lines (split_mbox skips them)
                    for line, raw in split_mbox(fh, mail_file.name):
                        yield from self._message(raw, line, mail_file.name)
                else:
                    raw = fh.read(MAX_MESSAGE_BYTES + 1)
                    if len(raw) > MAX_MESSAGE_BYTES:
                        raise ImportFormatError("this e-mail is larger than 64 MB", file=mail_file.name)
                    yield from self._message(raw, 1, mail_file.name)

    def _message(self, raw: bytes, line: int, where: str) -> Iterator[Record]:
        if not raw.strip():
            return
        try:
            msg = email.message_from_bytes(raw, policy=compat32)
        except _MAIL_DAMAGE as exc:
            raise ImportFormatError("this e-mail cannot be read", file=where, line=line) from exc
        if not msg.keys():
            raise ImportFormatError("expected e-mail headers (From:, Date: …)", file=where, line=line)
        labels = [lab.strip() for lab in decoded(msg.get("X-Gmail-Labels")).split(",") if lab.strip()]
        for label in labels:
            reason = SKIP_LABELS.get(label.casefold())
            if reason:
                yield Skipped(line, f"e-mail is {reason}")
                return
        name, address = email.utils.parseaddr(decoded(msg.get("From")))
        if not name and not address:
            yield Skipped(line, "e-mail without a sender")
            return
        try:
            body, attachments = body_and_attachments(msg)
        except _MAIL_DAMAGE as exc:
            raise ImportFormatError("the body of this e-mail is damaged", file=where, line=line) from exc
        text = strip_quoted(body)
        if not text:
            yield Skipped(line, "e-mail with no new text (only quoted mail or attachments)")
            return
        own = next(iter(_ids(decoded(msg.get("Message-ID")))), None)
        parent = next(iter(_ids(decoded(msg.get("In-Reply-To")))), None)
        references = _ids(decoded(msg.get("References")))
        subject = decoded(msg.get("Subject"))
        thread = references[0] if references else (parent or own)
        yield Message(
            author=Author(name=name.strip().strip('"'), email=address or None, key=None if address else name),
            text=text,
            posted_at=_date(decoded(msg.get("Date"))),
            line=line,
            chat=_SUBJECT_PREFIX.sub("", subject).strip(),
            source_id=own,
            parent_id=parent,
            thread_id=thread,
            kind="email",
            attachments=attachments,
            extra={"subject": subject, "tags": [lab for lab in labels if not lab.startswith("Category ")]},
        )
