"""A big file is parsed in a second process while the importing one writes.

In one process, a big chat import spends about half its time in Python per message (parsing, keys,
hashes, scrubbing, the row's values) and half in SQLite (inserts, index builds). On two cores the two
halves overlap: the parser's process runs the format's parser and `RowMaker`, and sends chunks of rows
already converted for SQLite's driver; the importing process resolves the authors (that needs the
store), writes the rows and reports progress. Records that need the store (attendance, people,
answers) are passed on as they are, at their place in the stream.

The parser's process is a new Python (`parser_command`; not a fork, which is unsafe beside Qt's
threads, and not `multiprocessing`, which would import the caller's main module, the GUI, again). It
is started when the import begins, so it loads its modules while the importing process reads the
file's digest and opens the transaction. A user error there comes back as the same `UserError`;
anything else as a bug with the parser's traceback. A cancel, an error or a crash on either side ends
the import with nothing stored, and the parser's process with it.
"""

from __future__ import annotations

import contextlib
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from hybridhub.core.errors import UserError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.frames import FrameReceiver, FrameSender, widen_pipe
from hybridhub.importers.records import Author, Message, Problem, Record, Skipped
from hybridhub.importers.rows import (
    CONTRIBUTION_COLUMNS,
    PARTICIPANT,
    RowContext,
    RowMaker,
    RowTotals,
    complete_rows,
)
from hybridhub.importers.source import ByteMeter, MeteredSource, Source

CHUNK = 4000  # rows per message between the processes
MAX_AUTHORS = 50_000  # authors numbered before both sides start a new numbering (bounded memory)
KEY = CONTRIBUTION_COLUMNS.index("source_key")
PARSER_FLAG = "--hybridhub-import-parser"  # the frozen app's entry points run the parser on this


@dataclass(frozen=True)
class Job:
    """What the parser's process needs: all plain, picklable data. `secret` is the event's hash key,
    or the error to raise when a text or key needs it and this laptop does not hold it."""

    importer: Importer
    source: Source
    options: ImportOptions
    context: RowContext  # with `driver` set: rows go to SQLite's driver as they come
    secret: bytes | UserError


@dataclass(frozen=True)
class AnswerLink:
    """A free-text message that answers a form question (`Message.extra["answer_of"]`)."""

    key: str
    answer_of: tuple[Any, Any]


@dataclass
class Chunk:
    """Rows for the driver, their authors' numbers at `PARTICIPANT`, with their uids, word counts and
    hashes only if `complete` (else the importing side fills them in, `complete_rows`); `authors` are
    the authors first seen in this chunk, numbered on from the previous ones (from 0 after `restart`);
    `records` are (row position, record) to handle before that row; `read` is bytes and records read
    so far."""

    rows: list[list[Any]] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    records: list[tuple[int, Record | AnswerLink]] = field(default_factory=list)
    restart: bool = False
    complete: bool = False
    bytes_read: int = 0
    records_read: int = 0


@dataclass(frozen=True)
class _Failure:
    error: type[UserError] | None  # None: a bug
    fields: tuple[str, str | None, int | None, str | None, str | None]
    trace: str


class ParserFailed(RuntimeError):
    """The parser's process failed with an error that is not the user's (a bug), or died."""


def _user_error(failure: _Failure) -> UserError:
    message, file, line, field_name, hint = failure.fields
    cls = failure.error or UserError
    try:
        return cls(message, file=file, line=line, field=field_name, hint=hint)
    except TypeError:  # a subclass that takes other arguments: the same words
        return UserError(message, file=file, line=line, field=field_name, hint=hint)


def parser_command() -> list[str]:
    """How to start the parser's process: this Python with `-m`, or the frozen app with a flag that its
    entry points hand to `hybridhub.importers.parser_main`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PARSER_FLAG]
    return [sys.executable, "-m", "hybridhub.importers.parser_main"]


class ParserProcess:
    """The parser's side of one import, seen from the importing process: the job goes pickled to the
    child's standard input, chunks come back as frames (`hybridhub.importers.frames`) on its output."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(parser_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._to = self._process.stdin
        widen_pipe(self._process.stdout)
        self._from = FrameReceiver(self._process.stdout)
        self.totals: RowTotals | None = None

    def chunks(self, job: Job) -> Iterator[Chunk]:
        """The chunks of `job`'s file, in order; `totals` is set after the last one."""
        try:
            pickle.dump(list(sys.path), self._to)  # where the parser's modules are (a test's importer)
            pickle.dump(job, self._to, pickle.HIGHEST_PROTOCOL)
            self._to.flush()
        except OSError:
            raise ParserFailed(f"the parser's process did not start ({self._exit()})") from None
        while True:
            try:
                found = self._from.receive()
            except EOFError:
                raise ParserFailed(f"the parser's process ended unexpectedly ({self._exit()})") from None
            if isinstance(found, Chunk):
                yield found
            elif isinstance(found, RowTotals):
                self.totals = found
                return
            elif not isinstance(found, _Failure):
                raise ParserFailed(f"the parser's process sent {type(found).__name__}")
            elif found.error is None:
                raise ParserFailed("the parser's process failed:\n" + found.trace)
            else:
                raise _user_error(found)

    def idle(self) -> bool:
        """Whether no chunk is waiting: the importing side would wait for the parser's process now."""
        return not self._from.waiting()

    def _exit(self) -> str:
        try:
            return f"exit code {self._process.wait(5)}"
        except subprocess.TimeoutExpired:
            return "still running"

    def close(self) -> None:
        """End the parser's process (at once, if the import stopped before it finished)."""
        if self.totals is None:
            self._process.kill()
        with contextlib.suppress(OSError):
            self._to.close()
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._from.close()
        assert self._process.stdout is not None
        self._process.stdout.close()


# ---------------------------------------------------------------- the parser's process


def serve(inbox: IO[bytes], outbox: IO[bytes]) -> None:
    """The parser's process: read a job from `inbox`, send its chunks, totals or failure to `outbox`."""
    sender = FrameSender(outbox)
    try:
        sys.path[:] = pickle.load(inbox)
        _produce(pickle.load(inbox), sender)
    except EOFError:  # the import stopped before it began
        pass
    except UserError as exc:
        _tell(sender, _Failure(type(exc), (exc.message, exc.file, exc.line, exc.field, exc.hint), ""))
    except Exception:
        _tell(sender, _Failure(None, ("", None, None, None, None), traceback.format_exc()))
    finally:
        sender.close()  # everything sent is written before the process ends


def _tell(sender: FrameSender, failure: _Failure) -> None:
    with contextlib.suppress(OSError):  # the importing side has gone (a cancel): nobody to tell
        sender.send(failure)


def _secret(found: bytes | UserError) -> Callable[[], bytes]:
    def get() -> bytes:
        if isinstance(found, UserError):
            raise found
        return found

    return get


class _Authors:
    """Numbers the authors of a file: the writer resolves each number once."""

    def __init__(self) -> None:
        self.by_object: dict[int, tuple[Author, int]] = {}
        self.by_value: dict[tuple[str, str | None, str | None, str | None], int] = {}

    def new_chunk(self) -> Chunk:
        """The next chunk; when many authors are numbered, a new numbering starts with it."""
        if len(self.by_value) < MAX_AUTHORS:
            return Chunk()
        self.by_object.clear()
        self.by_value.clear()
        return Chunk(restart=True)

    def number(self, author: Author, chunk: Chunk) -> int:
        # Parsers that reuse one Author object per person cost one lookup; the object is kept with its
        # number, so a recycled id() can never match another author.
        seen = self.by_object.get(id(author))
        if seen is not None and seen[0] is author:
            return seen[1]
        memo = (author.name, author.key, author.phone, author.email)
        number = self.by_value.get(memo)
        if number is None:
            number = self.by_value[memo] = len(self.by_value)
            chunk.authors.append(author)
        self.by_object[id(author)] = (author, number)
        return number


def _produce(job: Job, sender: FrameSender) -> None:
    meter = ByteMeter()
    source = MeteredSource.of(job.source, meter)
    maker = RowMaker(job.context, _secret(job.secret), complete=False)  # see `_send`
    authors = _Authors()
    chunk, raw, read = Chunk(), [], 0
    for read, record in enumerate(job.importer.records(source, job.options), start=1):
        if isinstance(record, Message):
            row = maker.row(record)
            if row is not None:
                row[PARTICIPANT] = authors.number(record.author, chunk)
                raw.append(row)
                answer_of = record.extra.get("answer_of") if record.extra else None
                if answer_of:
                    chunk.records.append((len(raw), AnswerLink(row[KEY], answer_of)))
        elif isinstance(record, Skipped):
            maker.skip(record)
        elif isinstance(record, Problem):
            maker.problem(record)
        else:
            chunk.records.append((len(raw), record))
        if len(raw) >= CHUNK or len(chunk.records) >= CHUNK:
            chunk.rows, chunk.bytes_read, chunk.records_read = raw, meter.bytes, read
            _send(chunk, sender)
            chunk, raw = authors.new_chunk(), []
    chunk.rows, chunk.bytes_read, chunk.records_read = raw, meter.bytes, read
    _send(chunk, sender)
    sender.send(maker.totals)


def _send(chunk: Chunk, sender: FrameSender) -> None:
    """Send `chunk`; its rows' uids, word counts and hashes are made on whichever side has time. Most
    often the importing side waits for this one, and makes them; but when the importing side is behind
    (its queue and the pipe are full, frames wait here), this one would soon only wait to send, so it
    makes them itself."""
    if sender.backed_up():
        complete_rows(chunk.rows)
        chunk.complete = True
    sender.send(chunk)
