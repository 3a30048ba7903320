"""The bundle file: what one laptop knows, carried on a USB stick, signed by that laptop.

Layout (version 1):

    HYBRIDHUB-BUNDLE 1\\n                     magic and version, plain text
    {manifest}\\n                             one JSON line: event, laptop, its enrolment chain, clocks seen
    <gzip stream of JSON lines>              the records of `export.export_state`, one per line
    \\n{"sha256": …, "signature": …}\\n      trailer: SHA-256 of every byte before it, signed (Ed25519)

Reading checks the trailer first (a streamed hash of the file, nothing parsed), then the manifest; the
records are decompressed and parsed one line at a time, so memory stays bounded whatever the size.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hybridhub.core.errors import ImportFormatError, ValidationError

MAGIC = b"HYBRIDHUB-BUNDLE 1"
FORMAT = "hybridhub-bundle"
VERSION = 1
SUFFIX = ".hhbundle"
_SIGNED = b"hybridhub-bundle\n"
_TAIL = 4096
_MAX_LINE = 256 * 1024 * 1024  # one record line (a chunk of rows); a bigger one is damage, not data
_CHUNK_BYTES = 1 << 20


def _signed_message(digest: str) -> bytes:
    return _SIGNED + digest.encode("ascii")


class _HashingWriter:
    def __init__(self, fh: IO[bytes]) -> None:
        self.fh, self.hash, self.size = fh, hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        if data:
            self.fh.write(data)
            self.hash.update(data)
            self.size += len(data)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _record_lines(records: Iterable[tuple[Any, ...]]) -> Iterator[str]:
    """One line per record; a big rows record is split so that no line grows past about 1 MB."""
    for rec in records:
        if rec[0] != "rows":
            yield _dumps(list(rec))
            continue
        parts: list[str] = []
        size = 0
        for row in rec[2]:
            text = _dumps(row)
            parts.append(text)
            size += len(text)
            if size >= _CHUNK_BYTES:
                yield f'["rows",{_dumps(rec[1])},[{",".join(parts)}]]'
                parts, size = [], 0
        if parts:
            yield f'["rows",{_dumps(rec[1])},[{",".join(parts)}]]'


def write_bundle(
    path: Path, manifest: dict[str, Any], records: Iterable[tuple[Any, ...]], key: Ed25519PrivateKey
) -> int:
    """Write the bundle (via a temporary file, owner-only); returns its size in bytes."""
    tmp = path.with_name(path.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            out = _HashingWriter(fh)
            out.write(MAGIC + b"\n")
            out.write(_dumps(manifest).encode("utf-8") + b"\n")
            gz = zlib.compressobj(6, zlib.DEFLATED, 31)
            for line in _record_lines(records):
                out.write(gz.compress(line.encode("utf-8") + b"\n"))
            out.write(gz.flush())
            out.write(b"\n")
            digest = out.hash.hexdigest()
            signature = base64.b64encode(key.sign(_signed_message(digest))).decode("ascii")
            trailer = _dumps({"sha256": digest, "laptop": manifest["laptop"]["uid"], "signature": signature})
            fh.write(trailer.encode("ascii") + b"\n")
            size = out.size + len(trailer) + 1
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(f"cannot write the bundle: {exc.strerror}", file=path) from exc
    return size


class Bundle:
    """An opened bundle: its manifest and trailer read, nothing verified yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            with path.open("rb") as fh:
                first = fh.readline(len(MAGIC) + 2)
                if first.rstrip(b"\n") != MAGIC:
                    raise self.error("this is not a HybridHub bundle", hint="write one with 'sync export'")
                line = fh.readline(1 << 20)
                self._body_start = fh.tell()
                fh.seek(0, os.SEEK_END)
                self._size = fh.tell()
                fh.seek(max(self._body_start, self._size - _TAIL))
                tail = fh.read()
        except OSError as exc:
            raise ImportFormatError(f"cannot read the file: {exc.strerror}", file=path) from exc
        self.manifest = self._json(line, "manifest")
        parts = tail.rsplit(b"\n", 2)
        if len(parts) < 3 or parts[2] != b"":
            raise self.error("the bundle is incomplete (no signature at its end)")
        self.trailer = self._json(parts[1], "signature")
        self._signed_end = self._size - len(parts[1]) - 1

    def error(self, message: str, hint: str | None = None) -> ImportFormatError:
        return ImportFormatError(message, file=self.name, hint=hint)

    def _json(self, line: bytes, what: str) -> dict[str, Any]:
        try:
            value = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise self.error(f"the bundle's {what} is damaged") from exc
        if not isinstance(value, dict):
            raise self.error(f"the bundle's {what} is damaged")
        return value

    def digest_matches(self) -> bool:
        """Whether the bytes before the trailer are the ones that were signed."""
        h = hashlib.sha256()
        left = self._signed_end
        with self.path.open("rb") as fh:
            while left > 0:
                block = fh.read(min(left, 1 << 20))
                if not block:
                    return False
                h.update(block)
                left -= len(block)
        return h.hexdigest() == self.trailer.get("sha256")

    def signature_valid(self, public_key: bytes) -> bool:
        try:
            signature = base64.b64decode(str(self.trailer.get("signature")), validate=True)
            Ed25519PublicKey.from_public_bytes(public_key).verify(
                signature, _signed_message(str(self.trailer.get("sha256")))
            )
        except (InvalidSignature, ValueError):
            return False
        return True

    def _inflated(self) -> Iterator[bytes]:
        """The decompressed data in pieces of at most 8 MB (a zip bomb never fills memory)."""
        inflate = zlib.decompressobj(31)
        with self.path.open("rb") as fh:
            fh.seek(self._body_start)
            left = self._signed_end - self._body_start - 1  # the newline before the trailer
            while left > 0:
                block = fh.read(min(left, 1 << 20))
                if not block:
                    raise self.error("the bundle's data is cut short")
                left -= len(block)
                try:
                    yield inflate.decompress(block, 8 << 20)
                    while inflate.unconsumed_tail:
                        yield inflate.decompress(inflate.unconsumed_tail, 8 << 20)
                except zlib.error as exc:
                    raise self.error("the bundle's data is damaged") from exc
        yield inflate.flush()
        if not inflate.eof:
            raise self.error("the bundle's data is cut short")

    def records(self) -> Iterator[list[Any]]:
        """The records, one parsed line at a time (call after verifying)."""
        pending = b""
        for data in self._inflated():
            pending += data
            if b"\n" not in data:
                if len(pending) > _MAX_LINE:
                    raise self.error("the bundle holds a record too large to be real")
                continue
            lines = pending.split(b"\n")
            pending = lines.pop()
            for line in lines:
                yield self._record(line)
        if pending:
            raise self.error("the bundle's data ends in the middle of a record")

    def _record(self, line: bytes) -> list[Any]:
        try:
            value = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise self.error("the bundle's data is damaged") from exc
        if not isinstance(value, list) or not value or not isinstance(value[0], str):
            raise self.error("the bundle's data is damaged")
        return value
