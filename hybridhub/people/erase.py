"""Erase a participant completely: their voices, identities, check-ins, registrations, answers, notes
that speak as them, their link from paper sheets, and every byte of it in the database file.

Deleting rows is not enough for "no trace": SQLite keeps deleted text in free pages, in the WAL, and in
FTS5 index segments until they are merged. So the delete runs with `secure_delete` on (freed cells are
zeroed) and, where SQLite has it (3.42+), FTS5's own 'secure-delete' option (index entries are removed,
not only marked); after the transaction commits, the workspace (in `compact`) merges the FTS5 index
('optimize'), checkpoints and truncates the WAL, and VACUUMs the file. All of this works while another
program has the file open, as long as it is not in the middle of reading; the result says when the WAL
could not be emptied. PostgreSQL likewise keeps deleted rows in its table files until they are
rewritten: there `compact` runs VACUUM FULL on the tables the erasure touched (the server's own WAL and
backups are its administrator's to expire).

What is left is a tombstone (`Erasure`: the uid and pseudonym, nothing else), so that erasing the same
person again says it is already done, and data arriving later from another laptop can leave them out.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, delete, or_, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    Erasure,
    Identity,
    ImportBatch,
    Note,
    Participant,
    ParticipantMerge,
    Registration,
    Sheet,
)
from hybridhub.core.workspace import Workspace, compact_sqlite, retried
from hybridhub.people.directory import resolve

FTS5_SECURE_DELETE = sqlite3.sqlite_version_info >= (3, 42, 0)


@dataclass(frozen=True)
class EraseResult:
    pseudonym: str
    participants: int  # the record and any records merged into it
    contributions: int
    identities: int
    checkins: int
    registrations: int
    answers: int
    sheets_unlinked: int
    compacted: bool  # False if another program was reading the file, so the WAL could not be emptied
    already: bool = False  # erased before: nothing left to erase (the file was compacted again)
    erased_at: datetime | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "pseudonym": self.pseudonym,
            "already_erased": self.already,
            "erased_at": self.erased_at.isoformat() if self.erased_at else None,
            "participants": self.participants,
            "contributions": self.contributions,
            "identities": self.identities,
            "checkins": self.checkins,
            "registrations": self.registrations,
            "answers": self.answers,
            "sheets_unlinked": self.sheets_unlinked,
            "compacted": self.compacted,
        }


@retried
def erase_participant(ws: Workspace, ref: str) -> EraseResult:
    """Erase the participant named by pseudonym or uid (and every record merged into it). Erasing
    someone already erased returns `already=True` (and compacts the file again: a first erase while
    another program was reading may have left the WAL full)."""
    with ws.transaction() as s:
        event = ws.event(s)
        try:
            person = resolve(s, event.id, ref)
        except NotFoundError:
            tomb = erased_before(s, event.id, ref)
            if tomb is None:
                raise
            done = EraseResult(tomb.pseudonym, 0, 0, 0, 0, 0, 0, 0, False, True, tomb.created_at)
        else:
            if ws.is_sqlite and FTS5_SECURE_DELETE:
                s.execute(
                    text("INSERT INTO contributions_fts(contributions_fts, rank) VALUES ('secure-delete', 1)")
                )
            done = EraseResult(compacted=False, **_erase_rows(s, person))
    return replace(done, compacted=compact(ws))


def erased_before(s: Session, event_id: int, ref: str) -> Erasure | None:
    """The tombstone of a participant erased earlier, by pseudonym (with or without 'P-') or uid."""
    wanted = ref.strip()
    code = wanted.upper()
    candidates = [code] if code.startswith("P-") else [code, "P-" + code]
    return s.scalars(
        select(Erasure).where(
            Erasure.event_id == event_id,
            or_(Erasure.pseudonym.in_(candidates), Erasure.participant_uid == wanted.lower()),
        )
    ).first()


def _family(s: Session, root: Participant) -> list[int]:
    """The record and, recursively, every record merged into it: all are the same person."""
    ids = [root.id]
    frontier = [root.id]
    while frontier:
        frontier = list(s.scalars(select(Participant.id).where(Participant.merged_into_id.in_(frontier))))
        frontier = [i for i in frontier if i not in ids]
        ids += frontier
    return ids


def _count(s: Session, stmt: Executable) -> int:
    return int(cast("CursorResult[Any]", s.execute(stmt)).rowcount or 0)


def _erase_rows(s: Session, person: Participant) -> dict[str, Any]:
    ids = _family(s, person)
    identity_rows = list(
        s.execute(select(Identity.id, Identity.display).where(Identity.participant_id.in_(ids)))
    )
    identity_ids = [i for i, _ in identity_rows]
    needles = {person.pseudonym}
    for p in s.scalars(select(Participant).where(Participant.id.in_(ids))):
        needles.update(x for x in (p.display_name, p.pseudonym) if x)
    needles.update(d for _, d in identity_rows if d and not d.startswith("…"))
    sheet_ids = list(s.scalars(select(Sheet.id).where(Sheet.participant_id.in_(ids))))
    note_contributions = select(Note.contribution_id).where(Note.speaker_participant_id.in_(ids))
    answer_contributions = select(Answer.contribution_id).where(
        or_(Answer.participant_id.in_(ids), Answer.sheet_id.in_(sheet_ids)),
        Answer.contribution_id.is_not(None),
    )
    contribution_ids = list(
        s.scalars(
            select(Contribution.id).where(
                or_(
                    Contribution.participant_id.in_(ids),
                    Contribution.identity_id.in_(identity_ids),
                    Contribution.sheet_id.in_(sheet_ids),
                    Contribution.id.in_(note_contributions),
                    Contribution.id.in_(answer_contributions),
                )
            )
        )
    )
    answers = _count(
        s, delete(Answer).where(or_(Answer.participant_id.in_(ids), Answer.sheet_id.in_(sheet_ids)))
    )
    contributions = 0
    for start in range(0, len(contribution_ids), 500):
        chunk = contribution_ids[start : start + 500]
        # Row by row through the delete trigger keeps the FTS5 index in step (it needs the old text).
        contributions += _count(s, delete(Contribution).where(Contribution.id.in_(chunk)))
    checkins = _count(s, delete(CheckIn).where(CheckIn.participant_id.in_(ids)))
    registrations = _count(s, delete(Registration).where(Registration.participant_id.in_(ids)))
    sheets = _count(s, update(Sheet).where(Sheet.id.in_(sheet_ids)).values(participant_id=None))
    identities = _count(s, delete(Identity).where(Identity.id.in_(identity_ids)))
    s.execute(
        delete(ParticipantMerge).where(
            or_(ParticipantMerge.kept_id.in_(ids), ParticipantMerge.merged_id.in_(ids))
        )
    )
    _scrub_import_errors(s, person.event_id, needles)
    family = s.execute(select(Participant.uid, Participant.pseudonym).where(Participant.id.in_(ids))).all()
    s.execute(update(Participant).where(Participant.id.in_(ids)).values(merged_into_id=None))
    s.execute(delete(Participant).where(Participant.id.in_(ids)))
    s.add_all(Erasure(event_id=person.event_id, participant_uid=uid, pseudonym=code) for uid, code in family)
    s.expire_all()
    return {
        "pseudonym": person.pseudonym,
        "participants": len(ids),
        "contributions": contributions,
        "identities": identities,
        "checkins": checkins,
        "registrations": registrations,
        "answers": answers,
        "sheets_unlinked": sheets,
    }


def _scrub_import_errors(s: Session, event_id: int, needles: set[str]) -> None:
    """An import's error list may quote a rejected line naming the person: drop those entries."""
    folded = [n.casefold() for n in needles if len(n) >= 3]
    for batch in s.scalars(select(ImportBatch).where(ImportBatch.event_id == event_id)):
        kept = []
        changed = False
        for entry in batch.errors or []:
            blob = json.dumps(entry, ensure_ascii=False).casefold()
            if any(n in blob for n in folded):
                line = entry.get("line") if isinstance(entry, dict) else None
                kept.append({"line": line, "message": "entry removed when a participant was erased"})
                changed = True
            else:
                kept.append(entry)
        if changed:
            batch.errors = kept


VACUUM_PATIENCE_S = 15.0
ERASED_TABLES = tuple(
    m.__tablename__
    for m in (Answer, CheckIn, Contribution, Identity, ImportBatch, Note, Participant, Registration, Sheet)
)


def compact(ws: Workspace) -> bool:
    """Leave no deleted text in the file: merge the FTS5 index, truncate the WAL, VACUUM. Returns False
    when a checkpoint could not complete because another connection was reading (SQLite), or a table
    could not be rewritten: another user held it for too long, or this user does not own it
    (PostgreSQL)."""
    if ws.engine.dialect.name == "postgresql":
        return _vacuum_full(ws)
    if not ws.is_sqlite:
        return True
    with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("INSERT INTO contributions_fts(contributions_fts) VALUES ('optimize')")
        return compact_sqlite(conn)


def _vacuum_full(ws: Workspace) -> bool:
    """VACUUM FULL writes each table anew, but keeps the rows deleted by a transaction that an older
    snapshot may still see (another user's open transaction, autovacuum's ANALYZE of the catalogs):
    so it runs again, a little later, until the server reports none kept (`VACUUM_PATIENCE_S` at most)."""
    with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        owned = set(
            conn.scalars(
                text(
                    "SELECT relname FROM pg_class WHERE relname = ANY(:names) AND relkind = 'r' "
                    "AND pg_table_is_visible(oid) AND pg_has_role(relowner, 'USAGE')"
                ),
                {"names": list(ERASED_TABLES)},
            )
        )
        kept: list[int] = []
        driver = conn.connection.driver_connection
        handler = _kept_rows_counter(kept)
        driver.add_notice_handler(handler)  # type: ignore[union-attr]
        conn.execute(text("SET lock_timeout = '10s'"))  # VACUUM FULL waits for other users' work
        deadline, pause = time.monotonic() + VACUUM_PATIENCE_S, 0.25
        try:
            while True:
                kept.clear()
                for name in sorted(owned):
                    conn.exec_driver_sql(f'VACUUM (FULL, VERBOSE) "{name}"')
                if not any(kept) or time.monotonic() + pause > deadline:
                    break
                time.sleep(pause)
                pause *= 2
        except OperationalError:
            return False
        finally:
            conn.execute(text("RESET lock_timeout"))  # the connection goes back to the pool
            driver.remove_notice_handler(handler)  # type: ignore[union-attr]
    return owned == set(ERASED_TABLES) and not any(kept)


def _kept_rows_counter(kept: list[int]) -> Callable[[Any], None]:
    """A psycopg notice handler noting VACUUM VERBOSE's 'N dead row versions cannot be removed yet':
    the first number of the detail of its INFO message (so whatever language the server speaks)."""

    def handler(diagnostic: Any) -> None:
        detail = (diagnostic.message_detail or "").strip()
        found = _LEADING_NUMBER.match(detail.splitlines()[0]) if detail else None
        if diagnostic.severity_nonlocalized == "INFO" and found:
            kept.append(int(found.group(1)))

    return handler


_LEADING_NUMBER = re.compile(r"(\d+)\D")
