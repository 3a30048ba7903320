"""Turn an export file into contributions, identities, participants, attendance and answers.

One file is one transaction and one ImportBatch: all of it is stored, or nothing (a damaged line, a
cancel or a crash rolls everything back). Messages are written in chunks with Core `INSERT … ON CONFLICT
DO NOTHING` (the FTS triggers still index them), so a 2 GB export imports in bounded memory and a
re-import, or an overlapping later export, adds only messages whose stable key is new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import CursorResult, Result, delete, exists, func, select, update
from sqlalchemy.orm import Session

from hybridhub.core.clock import as_utc, utcnow, zone
from hybridhub.core.errors import ImportFormatError, NotFoundError, UserError
from hybridhub.core.event_secrets import hash_key
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    Event,
    Identity,
    ImportBatch,
    Participant,
)
from hybridhub.core.privacy import email_hash, phone_hash
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.text import normalised
from hybridhub.core.workspace import Workspace, retried
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.detect import Detection, resolve
from hybridhub.importers.eventdays import DateSpan, EventDays
from hybridhub.importers.keys import MAX_KEY
from hybridhub.importers.pipeline import KEY, AnswerLink, Chunk, Job, ParserProcess
from hybridhub.importers.records import (
    AnswerRecord,
    Attendance,
    Author,
    Message,
    PersonRecord,
    Problem,
    Record,
    Skipped,
)
from hybridhub.importers.rows import (
    CONTRIBUTION_COLUMNS,
    IDENTITY,
    PARTICIPANT,
    RowContext,
    RowMaker,
    RowTotals,
    SessionFinder,
    complete_rows,
    utc_spans,
)
from hybridhub.importers.source import ByteMeter, MeteredSource
from hybridhub.importers.sql import (
    BYTES_PER_MESSAGE,
    DeferredIndexes,
    DeferredSearchIndex,
    NewOnlyInserter,
    restore_cache,
    widen_cache,
)

CHUNK = 4000
# From this size on (about 100,000 chat messages) a file is parsed in a second process while this one
# writes; below it, starting that process costs more than it saves.
PARALLEL_MIN_BYTES = 8 * 1024**2
UNKNOWN_AUTHOR = "(unknown)"


@dataclass
class ImportResult:
    """What one file added. `added`/`duplicates` count every kind of row (messages, attendance, people,
    answers); the per-kind counts are in `counts`."""

    file: str
    format: str
    added: int = 0
    duplicates: int = 0
    skipped: int = 0
    participants: int = 0
    errors: list[str] = field(default_factory=list)
    batch_uid: str = ""
    source: str = ""
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    span: DateSpan | None = None  # the file's days against the event's

    @property
    def outside_event_days(self) -> int:
        return self.span.outside if self.span is not None else 0

    def as_json(self) -> dict[str, Any]:
        """The CLI's `--json` object (a contract: exactly these keys)."""
        return {
            "file": self.file,
            "format": self.format,
            "added": self.added,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "participants": self.participants,
            "outside_event_days": self.outside_event_days,
        }


@dataclass(frozen=True)
class PreviewRow:
    line: int | None
    kind: str  # message, direct, media, skipped, problem, attendance, person, answer
    time: datetime | None  # aware, in the import's time zone
    author: str
    text: str
    session: str


@dataclass(frozen=True)
class Preview:
    file: str
    format: str
    label: str
    source: str
    timezone: str
    rows: list[PreviewRow]
    complete: bool  # False when the file has more records than shown


@dataclass(frozen=True)
class RemovedBatch:
    file: str
    contributions: int
    checkins: int
    answers: int
    participants: int


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise ImportFormatError(f"cannot read the file: {exc.strerror}", file=path) from exc
    return digest.hexdigest(), size


# ---------------------------------------------------------------- helpers shared with preview


def _options_for(event: Event, options: ImportOptions | None) -> ImportOptions:
    return options if options is not None else ImportOptions(timezone=event.timezone)


def _looks_like_phone(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return digits >= 6 and all(c.isdigit() or c in "+-() ./\u00a0" for c in text.strip())


def _display(author: Author) -> str:
    name = author.name.strip()
    if author.phone and (not name or _looks_like_phone(name)):
        _, last2 = phone_hash(b"", author.phone)
        return f"…{last2}"
    if author.email and (not name or "@" in name):
        return "(e-mail address)"
    return name or UNKNOWN_AUTHOR


def _fit(prefix: str, value: str) -> str:
    key = prefix + value
    if len(key) > MAX_KEY:
        key = (
            prefix
            + "h"
            + hashlib.sha1(value.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()
        )
    return key


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def same_person_elsewhere(
    session: Session, event_id: int, p_hash: str | None, e_hash: str | None
) -> Participant | None:
    """The participant already known under this phone or e-mail hash in another channel (a Mailchimp
    subscriber who replies by e-mail, a WhatsApp number that also texts): one person, one voice."""
    for column, value in ((Identity.email_hash, e_hash), (Identity.phone_hash, p_hash)):
        if value is None:
            continue
        found = session.scalar(
            select(Participant)
            .join(Identity, Identity.participant_id == Participant.id)
            .where(Identity.event_id == event_id, column == value, Participant.merged_into_id.is_(None))
            .order_by(Identity.id)
            .limit(1)
        )
        if found is not None:
            return found
    return None


def person_fields(participant: Participant, attributes: dict[str, Any]) -> dict[str, Any]:
    """Move the attributes a Participant has columns for (region, age band, internet access) out of
    the free attributes of a participants list; returns what is left."""
    rest = dict(attributes)
    for name, size in (("region", 100), ("age_band", 16), ("internet_access", 8)):
        value = rest.pop(name, None)
        if isinstance(value, str) and value.strip():
            setattr(participant, name, value.strip()[:size])
    return rest


def _once(make: Callable[[], bytes]) -> Callable[[], bytes]:
    """`make()` on the first call, its result after (a failure is raised again at the next call)."""
    found: list[bytes] = []

    def get() -> bytes:
        if not found:
            found.append(make())
        return found[0]

    return get


# ---------------------------------------------------------------- the writer


class _Writer:
    """State of one file's import inside its transaction."""

    def __init__(
        self,
        session: Session,
        event: Event,
        batch: ImportBatch,
        importer: Importer,
        options: ImportOptions,
        result: ImportResult,
        size: int = 0,
    ) -> None:
        """`size` is the bytes the parser will read: a big file defers the secondary indexes."""
        expected_rows = size // BYTES_PER_MESSAGE
        self.session, self.event, self.batch = session, event, batch
        self.importer, self.options, self.result = importer, options, result
        self.channel = importer.channel_for(options)
        self.zone: ZoneInfo = zone(options.timezone)
        spans = utc_spans(list(event.sessions))
        self.sessions = SessionFinder(spans)
        self.days = EventDays.of(event)  # of attendance and answers; messages' days are in `rows`
        self.conn = session.connection()
        self.context = RowContext(
            event.id, batch.id, self.channel, options.timezone, options.include_direct, utcnow(), spans,
            event.timezone, event.starts_on, event.ends_on, driver=self.conn.dialect.name == "sqlite",
        )  # fmt: skip
        # The event's hash key, asked for once, at the first number, address or derived key.
        self.secret = _once(lambda: hash_key(event))
        self.rows = RowMaker(self.context, self.secret)  # the messages read in this process
        self.scrubber = self.rows.scrubber
        table = Contribution.__table__
        inserter = NewOnlyInserter(self.conn, table, CONTRIBUTION_COLUMNS)  # type: ignore[arg-type]
        self.inserter = inserter
        self.search_index = DeferredSearchIndex(self.conn)
        self.indexes = DeferredIndexes(self.conn, "contributions", expected_rows)
        self.pending: list[list[Any]] = []
        self.by_object: dict[int, tuple[Author, tuple[int, int, bool]]] = {}
        self.author_ids: list[tuple[int, int]] = []  # (participant, identity) by the parser's numbers
        self.answer_links: list[tuple[str, Answer]] = []
        self.answers_by_ref: dict[tuple[str, str], Answer] = {}
        self.identities: dict[str, tuple[int, int]] = {
            key: (iid, pid)
            for key, iid, pid in session.execute(
                select(Identity.key, Identity.id, Identity.participant_id).where(
                    Identity.event_id == event.id, Identity.channel == self.channel
                )
            )
        }
        self.by_author: dict[tuple[str, str | None, str | None, str | None], tuple[int, int]] = {}
        self.created: dict[str, list[int]] = {
            "participants": [],
            "identities": [],
            "checkins": [],
            "answers": [],
        }
        self.counts: Counter[str] = Counter()

    # -- people

    def identity_key(self, author: Author) -> tuple[str, str | None, str | None, str | None]:
        """(match key, phone hash, last two digits, e-mail hash) of an author within this channel."""
        p_hash = p_last2 = e_hash = None
        if author.phone:
            p_hash, p_last2 = phone_hash(self.secret(), author.phone)
        if author.email:
            e_hash = email_hash(self.secret(), author.email)
        if author.key:
            ident = _fit("id:", author.key)
        elif p_hash:
            return "tel:" + p_hash, p_hash, p_last2, e_hash
        elif e_hash:
            return "mail:" + e_hash, p_hash, p_last2, e_hash
        else:
            ident = _fit("name:", normalised(author.name) or "?")
        # a source's id or a name that is an address or a number ('marie@example.org' as a table's
        # author key or a forum name) is matched on a keyed hash, never kept as it is
        return self.scrubber.stable_key(ident), p_hash, p_last2, e_hash

    def resolve(self, author: Author) -> tuple[int, int, bool]:
        # Parsers that reuse one Author object per person skip building the memo key below. The
        # object is kept with its result, so a recycled id() can never match another author.
        seen = self.by_object.get(id(author))
        if seen is not None and seen[0] is author:
            return seen[1]
        resolved = self._resolve(author)
        if len(self.by_object) < 100_000:
            self.by_object[id(author)] = (author, (resolved[0], resolved[1], False))
        return resolved

    def _resolve(self, author: Author) -> tuple[int, int, bool]:
        memo = (author.name, author.key, author.phone, author.email)
        known = self.by_author.get(memo)
        if known is not None:
            return known[0], known[1], False
        ident, p_hash, p_last2, e_hash = self.identity_key(author)
        found = self.identities.get(ident)
        if found is not None:
            if len(self.by_author) < 100_000:
                self.by_author[memo] = found
            return found[0], found[1], False
        display = _display(author)
        shown_name = None if display.startswith("…") or display.startswith("(") else display[:200]
        elsewhere = same_person_elsewhere(self.session, self.event.id, p_hash, e_hash)
        participant = elsewhere or Participant(event_id=self.event.id, display_name=shown_name)
        identity = Identity(
            event_id=self.event.id,
            participant=participant,
            channel=self.channel,
            key=ident,
            display=display[:200],
            phone_hash=p_hash,
            phone_last2=p_last2,
            email_hash=e_hash,
        )
        self.session.add_all([participant, identity])
        self.session.flush()
        self.identities[ident] = (identity.id, participant.id)
        if len(self.by_author) < 100_000:
            self.by_author[memo] = (identity.id, participant.id)
        self.created["identities"].append(identity.id)
        if elsewhere is not None:
            return identity.id, participant.id, False
        self.created["participants"].append(participant.id)
        self.result.participants += 1
        return identity.id, participant.id, True

    # -- records

    def add(self, record: Record) -> None:
        if isinstance(record, Message):
            self.message(record)
        elif isinstance(record, Skipped):
            self.rows.skip(record)
        elif isinstance(record, Problem):
            self.rows.problem(record)
        elif isinstance(record, Attendance):
            self.attendance(record)
        elif isinstance(record, PersonRecord):
            self.person(record)
        elif isinstance(record, AnswerRecord):
            self.answer(record)

    def message(self, msg: Message) -> None:
        row = self.rows.row(msg)
        if row is None:
            return
        identity_id, participant_id, _ = self.resolve(msg.author)
        row[PARTICIPANT], row[IDENTITY] = participant_id, identity_id
        self.pending.append(row)
        answer_of = msg.extra.get("answer_of") if msg.extra else None
        if answer_of:
            self.link_answer(row[KEY], answer_of)
        if len(self.pending) >= CHUNK:
            self.flush()

    def link_answer(self, key: str, answer_of: tuple[Any, Any]) -> None:
        answer = self.answers_by_ref.get((str(answer_of[0]), str(answer_of[1])))
        if answer is not None:
            self.answer_links.append((key, answer))

    def take(self, chunk: Chunk) -> None:
        """A chunk from the parser's process: its authors resolved, its rows written, its other
        records handled at their place."""
        if chunk.restart:
            self.author_ids = []
        for author in chunk.authors:
            identity_id, participant_id, _ = self.resolve(author)
            self.author_ids.append((participant_id, identity_id))
        ids, rows = self.author_ids, chunk.rows
        for row in rows:
            row[PARTICIPANT], row[IDENTITY] = ids[row[PARTICIPANT]]
        if not chunk.complete:  # their uids, word counts and hashes: see `pipeline._send`
            complete_rows(rows)
        start = 0
        for position, record in chunk.records:
            self.counts["messages"] += self.inserter.insert_converted(rows[start:position])
            start = position
            if isinstance(record, AnswerLink):
                self.link_answer(record.key, record.answer_of)
            else:
                self.add(record)
        self.counts["messages"] += self.inserter.insert_converted(rows[start:])

    def flush(self) -> None:
        if self.pending:
            insert = self.inserter.insert_converted if self.context.driver else self.inserter.insert
            self.counts["messages"] += insert(self.pending)
            self.pending = []

    def attendance(self, rec: Attendance) -> None:
        _, participant_id, _ = self.resolve(rec.author)
        joined = as_utc(rec.joined_at, self.zone) if rec.joined_at else None
        left = as_utc(rec.left_at, self.zone) if rec.left_at else None
        when = joined or left
        self.days.see(when)
        minutes = rec.minutes
        if minutes is None and joined and left:
            minutes = max(0, round((left - joined).total_seconds() / 60))
        raw_input = f"line {rec.line}" if rec.line is not None else ""
        # The same person at the same time; a report without times has only its file and line.
        same = (
            [CheckIn.scanned_at == when]
            if when is not None
            else [CheckIn.device == self.batch.file_name[:100], CheckIn.raw_input == raw_input]
        )
        already = self.session.scalar(
            select(func.count())
            .select_from(CheckIn)
            .where(
                CheckIn.event_id == self.event.id,
                CheckIn.channel == self.channel,
                CheckIn.method == "import",
                CheckIn.participant_id == participant_id,
                *same,
            )
        )
        if already:
            self.counts["attendance duplicates"] += 1
            return
        checkin = CheckIn(
            event_id=self.event.id,
            participant_id=participant_id,
            session_id=self.sessions.overlapping(joined, left),
            channel=self.channel,
            device=self.batch.file_name[:100],
            method="import",
            raw_input=raw_input,
            result="ok",
            scanned_at=when or self.context.now,
            minutes=minutes,
        )
        self.session.add(checkin)
        self.session.flush()
        self.created["checkins"].append(checkin.id)
        self.counts["attendance"] += 1

    def person(self, rec: PersonRecord) -> None:
        _, participant_id, new = self.resolve(rec.author)
        if not new:
            self.counts["people duplicates"] += 1
            return
        participant = self.session.get(Participant, participant_id)
        assert participant is not None
        participant.organisation = (rec.organisation or None) and rec.organisation[:200]
        participant.language = (rec.language or None) and rec.language[:16]
        if rec.consent_contact is not None:
            participant.consent_contact = rec.consent_contact
        attributes = dict(_jsonable(rec.attributes))
        if rec.tags:
            attributes["tags"] = list(rec.tags)
        participant.attributes = person_fields(participant, attributes)
        self.counts["people"] += 1

    def answer(self, rec: AnswerRecord) -> None:
        template_id = self.options.settings.get("template_id")
        if template_id is None:
            raise ImportFormatError(
                "this file holds form answers: choose the paper form they belong to",
                file=self.batch.file_name,
                field="form",
            )
        _, participant_id, _ = self.resolve(rec.author)
        self.days.see(self.rows.utc(rec.submitted_at))
        stored = self.session.scalar(
            select(Answer.id).where(
                Answer.event_id == self.event.id,
                Answer.template_id == template_id,
                Answer.participant_id == participant_id,
                Answer.question_key == rec.question_key,
                Answer.channel == self.channel,
            )
        )
        if stored is not None:
            self.counts["answer duplicates"] += 1
            return
        answer = Answer(
            event_id=self.event.id,
            template_id=template_id,
            participant_id=participant_id,
            channel=self.channel,
            question_key=rec.question_key[:64],
            value=_jsonable(rec.value),
            method="online",
        )
        self.session.add(answer)
        self.session.flush()
        self.created["answers"].append(answer.id)
        if rec.response_id is not None:
            self.answers_by_ref[(str(rec.response_id), rec.question_key)] = answer
        self.counts["answers"] += 1

    # -- after the last record

    def _ids_for(self, keys: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            rows = self.session.execute(
                select(Contribution.source_key, Contribution.id).where(
                    Contribution.event_id == self.event.id,
                    Contribution.channel == self.channel,
                    Contribution.source_key.in_(part),
                )
            )
            found.update((key, cid) for key, cid in rows)
        return found

    def finish(self, totals: RowTotals) -> None:
        """After the last record; `totals` are what the rows' maker counted (here or in the parser's
        process)."""
        self.flush()
        self.indexes.finish()
        self.search_index.finish(self.batch.id)
        if totals.replies:
            ids = self._ids_for(sorted({k for pair in totals.replies for k in pair}))
            updates = [
                {"child": ids[child], "parent": ids[parent]}
                for child, parent in totals.replies
                if child in ids and parent in ids and ids[child] != ids[parent]
            ]
            for start in range(0, len(updates), CHUNK):
                for row in updates[start : start + CHUNK]:
                    self.session.execute(
                        update(Contribution)
                        .where(Contribution.id == row["child"], Contribution.batch_id == self.batch.id)
                        .values(parent_id=row["parent"])
                    )
        if self.answer_links:
            ids = self._ids_for([key for key, _ in self.answer_links])
            for key, answer in self.answer_links:
                answer.contribution_id = ids.get(key)
        self.days.add(totals.days)
        self.result.errors = list(totals.errors)
        counts = self.counts
        counts.update(totals.counts)
        counts["message duplicates"] = totals.messages - counts["messages"]
        added = counts["messages"] + counts["attendance"] + counts["people"] + counts["answers"]
        duplicates = (
            counts["message duplicates"]
            + counts["attendance duplicates"]
            + counts["people duplicates"]
            + counts["answer duplicates"]
        )
        r = self.result
        r.added, r.duplicates = added, duplicates
        r.span = self.days.span()
        r.skipped = sum(totals.skipped.values())
        r.skipped_reasons = dict(totals.skipped)
        r.counts = {k: v for k, v in counts.items() if v}
        b = self.batch
        b.added, b.duplicates, b.skipped, b.new_participants = added, duplicates, r.skipped, r.participants
        b.errors = list(r.errors)
        b.options = {**b.options, "counts": r.counts, "skipped": r.skipped_reasons, "created": self.created}


# ---------------------------------------------------------------- public services


@retried
def import_file(
    workspace: Workspace,
    path: str | Path,
    *,
    format: str | None = None,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    detection: Detection | None = None,
    only_event_days: bool = False,
    parallel: bool | None = None,
) -> ImportResult:
    """Import one file in one transaction. `options=None` reads naive times in the event's zone.
    A `Cancelled` raised by `progress` (or any error) rolls the whole file back; so does a file dated
    outside the event's days when `only_event_days` is set (`result.span` says what was found).
    A big file is parsed in a second process while this one writes (`parallel`: None decides by size)."""
    path = Path(path)
    report = progress or no_progress
    found = detection or resolve(path, format)
    total = max(found.source.size(), 1)
    if parallel is None:
        parallel = total >= PARALLEL_MIN_BYTES
    parser = ParserProcess() if parallel and workspace.is_sqlite else None
    try:
        return _import(workspace, path, found, options, report, total, only_event_days, parser)
    finally:
        if parser is not None:
            parser.close()


def _import(
    workspace: Workspace,
    path: Path,
    found: Detection,
    options: ImportOptions | None,
    report: ProgressFn,
    total: int,
    only_event_days: bool,
    parser: ParserProcess | None,
) -> ImportResult:
    importer = found.importer
    sha256, size = file_digest(path)
    result = ImportResult(file=str(path), format=importer.name, source=found.source.name)
    report(0, total, f"Reading {found.source.name}")
    # Another HybridHub writing to the file: say so in the progress text (else as the workspace says).
    waiting = (lambda message: report(0, total, message)) if report is not no_progress else None
    with workspace.transaction(waiting=waiting) as session:
        event = workspace.event(session)
        opts = _options_for(event, options)
        zone(opts.timezone)
        opts = importer.prepare(session, event, opts)
        batch = ImportBatch(
            event_id=event.id,
            format=importer.name,
            file_name=(found.source.name if found.source.member else path.name)[:500],
            sha256=sha256,
            size=size,
            parser_version=importer.version,
            options={
                "timezone": opts.timezone,
                "include_direct": opts.include_direct,
                "settings": _jsonable(opts.settings),
            },
        )
        session.add(batch)
        session.flush()
        result.batch_uid = batch.uid
        writer = _Writer(session, event, batch, importer, opts, result, total)
        old_cache = widen_cache(writer.conn)
        try:
            if parser is None:
                seen = _read_here(writer, found, opts, report, total)
            else:
                seen = _read_in_parser(writer, parser, found, opts, report, total)
            if only_event_days and result.span is not None and result.span.outside_event:
                raise ImportFormatError(
                    result.span.warning(),
                    file=path.name,
                    hint="import it without --only-event-days to keep it",
                )
        finally:
            restore_cache(writer.conn, old_cache)
        report(total, total, f"{seen:,} records read")
    return result


def _read_here(writer: _Writer, found: Detection, opts: ImportOptions, report: ProgressFn, total: int) -> int:
    """Parse and write in this process; returns the records read."""
    meter = ByteMeter()
    seen = 0
    for record in found.importer.records(MeteredSource.of(found.source, meter), opts):
        writer.add(record)
        seen += 1
        if seen % CHUNK == 0:
            report(min(meter.bytes, total), total, f"{seen:,} records read")
    writer.finish(writer.rows.totals)
    return seen


def _read_in_parser(
    writer: _Writer,
    parser: ParserProcess,
    found: Detection,
    opts: ImportOptions,
    report: ProgressFn,
    total: int,
) -> int:
    """Parse in the parser's process while this one writes; returns the records read."""
    try:
        secret: bytes | UserError = writer.secret()
    except UserError as exc:  # raised there only if a text or a key needs it, as it would be here
        secret = exc
    job = Job(found.importer, found.source, opts, writer.context, secret)
    seen = 0
    for chunk in parser.chunks(job):
        writer.take(chunk)
        if parser.idle():  # index the texts written so far while the parser's process works
            writer.search_index.catch_up(writer.batch.id)
        seen = chunk.records_read
        report(min(chunk.bytes_read, total), total, f"{seen:,} records read")
    assert parser.totals is not None
    writer.finish(parser.totals)
    return seen


def _preview_row(record: Record, tz: ZoneInfo, sessions: SessionFinder, include_direct: bool) -> PreviewRow:
    def local(value: datetime | None) -> datetime | None:
        return as_utc(value, tz).astimezone(tz) if value is not None else None

    def session_of(value: datetime | None) -> str:
        return sessions.at(as_utc(value, tz) if value is not None else None)[1]

    if isinstance(record, Message):
        kind = "direct" if record.direct else "message"
        text = record.text
        if record.direct and not include_direct:
            kind = "skipped"
        elif not text.strip():
            kind, text = "media", ", ".join(record.attachments)  # counted, not stored as a text
        return PreviewRow(
            record.line, kind, local(record.posted_at), _display(record.author), text,
            session_of(record.posted_at),
        )  # fmt: skip
    if isinstance(record, Skipped):
        return PreviewRow(record.line, "skipped", None, "", record.reason, "")
    if isinstance(record, Problem):
        return PreviewRow(record.line, "problem", None, "", record.message, "")
    if isinstance(record, Attendance):
        minutes = f"{record.minutes} min" if record.minutes is not None else ""
        return PreviewRow(
            record.line, "attendance", local(record.joined_at), _display(record.author),
            " ".join(x for x in ("present online", minutes, record.role) if x), session_of(record.joined_at),
        )  # fmt: skip
    if isinstance(record, PersonRecord):
        return PreviewRow(record.line, "person", None, _display(record.author), record.organisation or "", "")
    return PreviewRow(
        record.line, "answer", local(record.submitted_at), _display(record.author),
        f"{record.question_key}: {record.value}", session_of(record.submitted_at),
    )  # fmt: skip


def preview(
    workspace: Workspace,
    path: str | Path,
    *,
    format: str | None = None,
    options: ImportOptions | None = None,
    limit: int = 50,
    detection: Detection | None = None,
) -> Preview:
    """The first `limit` records as they would be stored (times in the chosen zone, session names),
    without writing anything."""
    found = detection or resolve(Path(path), format)
    with workspace.session() as session:
        event = workspace.event(session)
        opts = _options_for(event, options)
        tz = zone(opts.timezone)
        opts = found.importer.prepare(session, event, opts)
        sessions = SessionFinder(utc_spans(list(event.sessions)))
        session.rollback()
    rows: list[PreviewRow] = []
    complete = True
    records: Iterator[Record] = iter(found.importer.records(found.source, opts))
    try:
        for record in records:
            if len(rows) >= limit:
                complete = False
                break
            rows.append(_preview_row(record, tz, sessions, opts.include_direct))
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()
    return Preview(
        file=str(path),
        format=found.importer.name,
        label=found.importer.label,
        source=found.source.name,
        timezone=opts.timezone,
        rows=rows,
        complete=complete,
    )


@dataclass(frozen=True)
class BatchInfo:
    uid: str
    format: str
    file_name: str
    imported_at: datetime
    added: int
    duplicates: int
    skipped: int
    new_participants: int
    errors: int
    contributions: int


def list_batches(workspace: Workspace) -> list[BatchInfo]:
    """Every import of the workspace, newest first, with how many contributions it still holds."""
    with workspace.session() as session:
        held = (
            select(func.count())
            .select_from(Contribution)
            .where(Contribution.batch_id == ImportBatch.id)
            .scalar_subquery()
        )
        rows = session.execute(select(ImportBatch, held).order_by(ImportBatch.id.desc())).all()
        return [
            BatchInfo(
                uid=b.uid,
                format=b.format,
                file_name=b.file_name,
                imported_at=b.created_at,
                added=b.added,
                duplicates=b.duplicates,
                skipped=b.skipped,
                new_participants=b.new_participants,
                errors=len(b.errors or []),
                contributions=count,
            )
            for b, count in rows
        ]


def _orphan(session: Session, participant_id: int) -> bool:
    """True when a participant made by an import has nothing left that speaks for them."""
    checks = (
        select(Contribution.id).where(Contribution.participant_id == participant_id),
        select(CheckIn.id).where(CheckIn.participant_id == participant_id),
        select(Answer.id).where(Answer.participant_id == participant_id),
        select(Participant.id).where(Participant.merged_into_id == participant_id),
    )
    return not any(session.scalar(select(exists(q))) for q in checks)


def _deleted(result: Result[Any]) -> int:
    """How many rows a DELETE removed."""
    return int(cast(CursorResult[Any], result).rowcount)


@retried
def remove_batch(workspace: Workspace, uid: str) -> RemovedBatch:
    """Remove an import as a whole: its contributions, attendance and answers, and the participants
    and identities it created that nothing else refers to any more."""
    with workspace.transaction() as session:
        batch = session.scalar(select(ImportBatch).where(ImportBatch.uid == uid))
        if batch is None:
            raise NotFoundError("no such import", field="batch")
        created = (batch.options or {}).get("created", {})
        contributions = _deleted(
            session.execute(delete(Contribution).where(Contribution.batch_id == batch.id))
        )
        checkin_ids = created.get("checkins", [])
        answer_ids = created.get("answers", [])
        checkins = answers = 0
        for start in range(0, len(checkin_ids), 500):
            part = checkin_ids[start : start + 500]
            checkins += _deleted(session.execute(delete(CheckIn).where(CheckIn.id.in_(part))))
        for start in range(0, len(answer_ids), 500):
            part = answer_ids[start : start + 500]
            answers += _deleted(session.execute(delete(Answer).where(Answer.id.in_(part))))
        for identity_id in created.get("identities", []):
            in_use = session.scalar(
                select(exists(select(Contribution.id).where(Contribution.identity_id == identity_id)))
            )
            if not in_use:
                identity = session.get(Identity, identity_id)
                if identity is not None and _orphan(session, identity.participant_id):
                    session.delete(identity)
        session.flush()
        removed_people = 0
        for participant_id in created.get("participants", []):
            participant = session.get(Participant, participant_id)
            if participant is None or not _orphan(session, participant_id):
                continue
            left = session.scalar(
                select(exists(select(Identity.id).where(Identity.participant_id == participant_id)))
            )
            if not left:
                session.delete(participant)
                removed_people += 1
        file_name = batch.file_name
        session.delete(batch)
    return RemovedBatch(file_name, contributions, checkins, answers, removed_people)
