"""A file to import, or a member of a ZIP export, read safely and as text in the right encoding.

ZIPs are opened with limits: no member may escape the archive (absolute paths, `..`), the number of
members and the total uncompressed size are bounded, and each member is read through a counting stream
so that a lying header cannot inflate past the limit (zip bombs are refused with a message). Every
step that touches the archive (its directory, a member's header, its data) turns damage into an
`ImportFormatError` naming the file: a broken download is the user's to fix, never a traceback.
"""

from __future__ import annotations

import codecs
import io
import lzma
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

from charset_normalizer import from_bytes

from hybridhub.core.errors import ImportFormatError

MAX_MEMBERS = 100_000
MAX_TOTAL_UNCOMPRESSED = 8 * 1024**3
MAX_RATIO = 200  # a member that inflates more than 200x its compressed size is treated as a bomb
HEAD_BYTES = 64 * 1024
# What zipfile raises on a damaged archive: a member name that differs between the local header and
# the directory, "Bad magic number", "Truncated file header" (BadZipFile), a member offset before the
# start of the file (OSError errno 22), a cut stream (EOFError), a broken deflate stream (zlib.error),
# an unknown compression method (NotImplementedError), the encryption flag (RuntimeError), a name
# flagged UTF-8 that is not (UnicodeDecodeError, a ValueError), a short extra field (struct.error),
# a broken LZMA member (LZMAError; a broken bzip2 one raises OSError).
ZIP_DAMAGE = (
    zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError, NotImplementedError,
    RuntimeError, struct.error, OverflowError,
)  # fmt: skip


def zip_damage(exc: BaseException, where: str | Path) -> ImportFormatError:
    """The message for a ZIP that zipfile cannot read: what is wrong, and what was expected."""
    if isinstance(exc, NotImplementedError):
        message = f"the archive uses a compression HybridHub cannot read ({exc}); expected a standard ZIP"
    elif isinstance(exc, RuntimeError) and "password" in str(exc):
        message = "the archive is password-protected; expected the export as the tool wrote it"
    else:
        message = f"damaged ZIP archive ({exc}); expected a complete export: download or export it again"
    return ImportFormatError(message, file=where)


class _BoundedReader(io.RawIOBase):
    """Reads a ZIP member but refuses to yield more than the header announced (or the ratio allows)."""

    def __init__(self, raw: IO[bytes], limit: int, where: str) -> None:
        self._raw, self._left, self._where = raw, limit, where

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(buffer))
        except ZIP_DAMAGE as exc:
            # A lying header ends in a CRC error; a truncated member in EOF; both are damage, not bugs.
            raise ImportFormatError(
                f"damaged file inside the archive ({exc}); expected a complete export", file=self._where
            ) from exc
        if len(data) > self._left:
            raise ImportFormatError(
                "the archive expands far beyond its declared size (zip bomb?)", file=self._where
            )
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def safe_member_name(name: str, archive: str) -> str:
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise ImportFormatError(f"unsafe path inside the archive: '{name}'", file=archive)
    return str(path)


def check_zip(zf: zipfile.ZipFile, archive: str) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportFormatError(
            f"the archive has {len(infos)} files; at most {MAX_MEMBERS} are read", file=archive
        )
    total = 0
    for info in infos:
        safe_member_name(info.filename, archive)
        total += info.file_size
        if info.compress_size and info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise ImportFormatError(
                f"'{info.filename}' would expand {info.file_size // max(info.compress_size, 1)}x (zip bomb?)",
                file=archive,
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ImportFormatError("the archive would expand to more than 8 GB (zip bomb?)", file=archive)
    return infos


@dataclass(frozen=True)
class Source:
    """A file on disk, or one member of a ZIP on disk (`member` set)."""

    path: Path
    member: str | None = None

    @property
    def name(self) -> str:
        """The name a user recognises: 'export.zip!chat/_chat.txt' for a member."""
        return f"{self.path.name}!{self.member}" if self.member else self.path.name

    @property
    def basename(self) -> str:
        return PurePosixPath(self.member).name if self.member else self.path.name

    def is_zip(self) -> bool:
        return self.member is None and zipfile.is_zipfile(self.path)

    def members(self) -> list[str]:
        """Names of the files inside a ZIP (checked for safety), empty for a plain file."""
        if not self.is_zip():
            return []
        with self._zip() as zf:
            return [i.filename for i in check_zip(zf, self.path.name) if not i.is_dir()]

    def child(self, member: str) -> Source:
        return Source(self.path, safe_member_name(member, self.path.name))

    def _zip(self) -> zipfile.ZipFile:
        try:
            return zipfile.ZipFile(self.path)
        except ZIP_DAMAGE as exc:
            raise zip_damage(exc, self.path.name) from exc

    def size(self) -> int:
        """Bytes a parser reads from this source (a member's uncompressed size), for progress."""
        if self.member is None and not self.is_zip():
            try:
                return self.path.stat().st_size
            except OSError as exc:
                raise ImportFormatError(f"cannot read the file: {exc.strerror}", file=self.path) from exc
        with self._zip() as zf:
            infos = check_zip(zf, self.path.name)
        return sum(i.file_size for i in infos if self.member is None or i.filename == self.member)

    def open_bytes(self) -> BinaryIO:
        """A binary stream; the caller closes it. ZIP members are size-checked while read."""
        if self.member is None:
            try:
                return self.path.open("rb")
            except OSError as exc:
                raise ImportFormatError(f"cannot read the file: {exc.strerror}", file=self.path) from exc
        zf = self._zip()
        try:
            infos = {i.filename: i for i in check_zip(zf, self.path.name)}
            info = infos.get(self.member)
            if info is None:
                raise ImportFormatError(f"no '{self.member}' inside the archive", file=self.path.name)
            try:
                raw = zf.open(info)
            except ZIP_DAMAGE as exc:
                raise zip_damage(exc, self.name) from exc
        finally:
            # The member keeps the archive's file open until it is closed itself; nothing else does.
            # (Left to the garbage collector, a failed read leaked the file handle.)
            zf.close()
        return io.BufferedReader(_BoundedReader(raw, info.file_size, self.name))

    def head(self, size: int = HEAD_BYTES) -> bytes:
        with self.open_bytes() as fh:
            return fh.read(size)

    def head_text(self, size: int = HEAD_BYTES) -> str:
        """The start of this file as text, for `detect()`: empty for a whole ZIP or what cannot be read."""
        if self.is_zip():
            return ""
        try:
            return self.head(size).decode(self.encoding(), errors="replace")
        except ImportFormatError:
            return ""

    def encoding(self) -> str:
        """UTF-8 (with or without BOM) or UTF-16 by BOM; otherwise charset-normalizer's best guess."""
        head = self.head()
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        try:
            head.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError as exc:
            if exc.start > len(head) - 4:  # a multi-byte character cut by the head's end
                return "utf-8"
        best = from_bytes(head).best()
        if best is None:
            raise ImportFormatError(
                "cannot tell the text encoding of this file (is it text?)", file=self.name
            )
        return best.encoding

    def text(self) -> io.TextIOWrapper:
        """A text stream in the detected encoding; undecodable bytes become U+FFFD, never an error."""
        encoding = self.encoding()  # before opening: a refusal here must not leak the stream
        return io.TextIOWrapper(self.open_bytes(), encoding=encoding, errors="replace", newline="")

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number from 1, line without its line break), streamed."""
        with self.text() as fh:
            for number, line in enumerate(fh, start=1):
                yield number, line.rstrip("\r\n")


# ---------------------------------------------------------------- progress by bytes read


class ByteMeter:
    def __init__(self) -> None:
        self.bytes = 0


class _MeteredReader(io.RawIOBase):
    def __init__(self, raw: Any, meter: ByteMeter) -> None:
        self._raw, self._meter = raw, meter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        self._meter.bytes += len(data)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


@dataclass(frozen=True)
class MeteredSource(Source):
    """A Source that counts the bytes the parser reads, for a progress bar over the file's size."""

    meter: ByteMeter = field(default_factory=ByteMeter, compare=False)

    @classmethod
    def of(cls, source: Source, meter: ByteMeter) -> MeteredSource:
        return cls(source.path, source.member, meter)

    def child(self, member: str) -> Source:
        return MeteredSource(self.path, safe_member_name(member, self.path.name), self.meter)

    def open_bytes(self) -> Any:
        return io.BufferedReader(_MeteredReader(super().open_bytes(), self.meter))
