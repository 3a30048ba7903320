"""Exports of every contribution (CSV, XLSX) and of the whole structured data set (JSON).

People appear by pseudonym only. Contact details are removed from every text, and provenance keys that
could name someone are dropped. Spreadsheet cells that would start a formula are neutralised with a
leading apostrophe, so a message such as '=HYPERLINK(...)' stays text when the file is opened.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from hybridhub.analysis.counting import Counts, Scope, count_event, side_of
from hybridhub.core.channels import label
from hybridhub.core.errors import ValidationError
from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    ContributionTheme,
    Event,
    EventSession,
    FormTemplate,
    ImportBatch,
    Participant,
    Sheet,
    Tally,
    Theme,
)
from hybridhub.core.models.checkin import standing
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.reports.redact import redact

FORMATS = ("csv", "xlsx", "json")
COLUMNS = (
    "id",
    "channel",
    "channel_label",
    "side",
    "kind",
    "session",
    "posted_at_utc",
    "posted_at_local",
    "participant",
    "voices",
    "language",
    "words",
    "text",
    "themes",
    "flag",
    "content_hash",
    "source_format",
    "source_file",
    "sheet_code",
    "provenance",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Provenance keys that may hold a name or a contact: never exported.
PERSONAL_KEYS = (
    "author",
    "name",
    "sender",
    "from",
    "to",
    "phone",
    "email",
    "e-mail",
    "mail",
    "user",
    "handle",
)
CHUNK = 2000


def neutralise(value: Any) -> Any:
    """Keep a spreadsheet from reading text as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _clean(value: Any) -> Any:
    """Provenance without contact details or keys that may name someone."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if not any(p in str(k).lower() for p in PERSONAL_KEYS)}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, str):
        return redact(value)
    return value


def contribution_rows(
    session: Session, event: Event, scope: Scope | None = None, progress: ProgressFn = no_progress
) -> Iterator[dict[str, Any]]:
    """Every contribution in scope as a flat dict (COLUMNS), in time order; two queries in all."""
    scope = scope or Scope()
    times = LocalTimes(event.timezone)
    themes: dict[int, list[str]] = defaultdict(list)
    theme_stmt = scope.on_contributions(
        select(ContributionTheme.contribution_id, Theme.name)
        .join(Theme, Theme.id == ContributionTheme.theme_id)
        .join(Contribution, Contribution.id == ContributionTheme.contribution_id)
        .where(Contribution.event_id == event.id, ContributionTheme.accepted.is_(True))
        .order_by(Theme.position, Theme.name)
    )
    for cid, name in session.execute(theme_stmt):
        themes[cid].append(name)
    sess = aliased(EventSession)
    stmt = scope.on_contributions(
        select(
            Contribution,
            Participant.pseudonym,
            sess.name,
            ImportBatch.format,
            ImportBatch.file_name,
            Sheet.code,
        )
        .outerjoin(Participant, Participant.id == Contribution.participant_id)
        .outerjoin(sess, sess.id == Contribution.session_id)
        .outerjoin(ImportBatch, ImportBatch.id == Contribution.batch_id)
        .outerjoin(Sheet, Sheet.id == Contribution.sheet_id)
        .where(Contribution.event_id == event.id, Participant.merged_into_id.is_(None))
        .order_by(Contribution.posted_at, Contribution.id)
    )
    total = (
        session.scalar(
            scope.on_contributions(
                select(func.count())
                .select_from(Contribution)
                .outerjoin(Participant, Participant.id == Contribution.participant_id)
                .where(Contribution.event_id == event.id, Participant.merged_into_id.is_(None))
            )
        )
        or 0
    )
    for done, (c, pseudonym, session_name, fmt, file_name, sheet_code) in enumerate(
        session.execute(stmt.execution_options(yield_per=CHUNK))
    ):
        if done % CHUNK == 0:
            progress(done, max(total, done, 1), "Writing contributions")
        yield {
            "id": c.uid,
            "channel": c.channel,
            "channel_label": label(c.channel),
            "side": side_of(c.channel),
            "kind": c.kind,
            "session": session_name or "",
            "posted_at_utc": _iso(c.posted_at),
            "posted_at_local": times.iso(c.posted_at),
            "participant": pseudonym or "",
            "voices": c.voices,
            "language": c.language or "",
            "words": c.word_count,
            "text": redact(c.text),
            "themes": "; ".join(themes.get(c.id, [])),
            "flag": c.flag or "",
            "content_hash": c.content_hash,
            "source_format": fmt or ("paper" if sheet_code else c.channel),
            "source_file": file_name or "",
            "sheet_code": sheet_code or "",
            "provenance": json.dumps(_clean(c.provenance or {}), ensure_ascii=False, sort_keys=True),
        }


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def export(
    session: Session,
    event: Event,
    path: Path,
    fmt: str,
    scope: Scope | None = None,
    progress: ProgressFn = no_progress,
) -> int:
    """Write the export; returns the number of contributions written. The file appears only when complete."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValidationError(f"no export format '{fmt}'", field="format", hint="choose csv, xlsx or json")
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("this folder does not exist", file=path.parent)
    writer: Callable[[Session, Event, Path, Scope | None, ProgressFn], int] = {
        "csv": _write_csv,
        "xlsx": _write_xlsx,
        "json": _write_json,
    }[fmt]
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix="." + fmt, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        count = writer(session, event, tmp, scope, progress)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    progress(1, 1, "Export ready")
    return count


def _write_csv(session: Session, event: Event, path: Path, scope: Scope | None, progress: ProgressFn) -> int:
    count = 0
    # utf-8-sig: spreadsheet programs then read accents correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=COLUMNS)
        out.writeheader()
        for row in contribution_rows(session, event, scope, progress):
            out.writerow({k: neutralise(v) for k, v in row.items()})
            count += 1
    return count


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _write_xlsx(session: Session, event: Event, path: Path, scope: Scope | None, progress: ProgressFn) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contributions")
    sheet.freeze_panes = "A2"
    sheet.append(list(COLUMNS))
    count = 0
    for row in contribution_rows(session, event, scope, progress):
        sheet.append([_xlsx_cell(row[k]) for k in COLUMNS])
        count += 1
    book.save(path)
    return count


def _write_json(session: Session, event: Event, path: Path, scope: Scope | None, progress: ProgressFn) -> int:
    data = dataset(session, event, scope, progress)
    with path.open("w", encoding="utf-8") as fh:
        _dump(data, fh)
    return len(data["contributions"])


def _dump(data: dict[str, Any], fh: IO[str]) -> None:
    json.dump(data, fh, ensure_ascii=False, indent=1, default=str)


def dataset(
    session: Session, event: Event, scope: Scope | None = None, progress: ProgressFn = no_progress
) -> dict[str, Any]:
    """The whole structured data set: event, sessions, themes, pseudonymous people, contributions,
    attendance, form answers, tallies and the report's figures."""
    scope = scope or Scope()
    contributions = list(contribution_rows(session, event, scope, progress))
    for row in contributions:
        row["provenance"] = json.loads(row["provenance"])
        row["themes"] = [t for t in row["themes"].split("; ") if t]
    pseudonyms, participants = _participants(session, event)
    sessions = {
        s.id: s for s in session.scalars(select(EventSession).where(EventSession.event_id == event.id))
    }
    times = LocalTimes(event.timezone)  # every time in the event's zone, with its offset
    return {
        "format": "hybridhub-export",
        "version": 1,
        "event": _event_fields(event),
        "sessions": [
            {
                "id": s.uid,
                "name": s.name,
                "mode": s.mode,
                "location": s.location,
                "starts_at": times.iso(s.starts_at),
                "ends_at": times.iso(s.ends_at),
            }
            for s in sorted(sessions.values(), key=lambda s: s.position)
        ],
        "themes": [
            {"id": t.uid, "name": t.name, "description": t.description, "colour": t.colour}
            for t in session.scalars(select(Theme).where(Theme.event_id == event.id).order_by(Theme.position))
        ],
        "participants": participants,
        "contributions": contributions,
        "attendance": _attendance(session, event, scope, pseudonyms, sessions),
        "answers": _answers(session, event, pseudonyms),
        "tallies": _tallies(session, event, sessions),
        "figures": _figures(count_event(session, event, scope), times),
    }


def _event_fields(event: Event) -> dict[str, Any]:
    return {
        "id": event.uid,
        "title": event.title,
        "purpose_who": event.purpose_who,
        "purpose_what": event.purpose_what,
        "purpose_why": event.purpose_why,
        "starts_on": event.starts_on.isoformat() if event.starts_on else None,
        "ends_on": event.ends_on.isoformat() if event.ends_on else None,
        "venue": event.venue,
        "languages": event.languages,
        "timezone": event.timezone,
    }


def _participants(session: Session, event: Event) -> tuple[dict[int, str], list[dict[str, Any]]]:
    """Everyone not merged away, by pseudonym only; and their pseudonyms by id."""
    people = session.execute(
        select(Participant).where(Participant.event_id == event.id, Participant.merged_into_id.is_(None))
    ).scalars()
    pseudonyms: dict[int, str] = {}
    participants = []
    for p in people:
        pseudonyms[p.id] = p.pseudonym
        participants.append(
            {
                "participant": p.pseudonym,
                "language": p.language,
                "region": p.region,
                "age_band": p.age_band,
                "internet_access": p.internet_access,
                "walk_in": p.walk_in,
                "consent_quote": p.consent_quote,
                "consent_name": p.consent_name,
            }
        )
    return pseudonyms, participants


def _attendance(
    session: Session,
    event: Event,
    scope: Scope,
    pseudonyms: dict[int, str],
    sessions: dict[int, EventSession],
) -> list[dict[str, Any]]:
    rows = session.execute(
        scope.on_checkins(
            select(
                CheckIn.participant_id,
                CheckIn.channel,
                CheckIn.session_id,
                CheckIn.scanned_at,
                CheckIn.minutes,
            )
            .where(standing(event.id))  # an undone check-in is not attendance
            .order_by(CheckIn.scanned_at)
        )
    )
    times = LocalTimes(event.timezone)
    return [
        {
            "participant": pseudonyms.get(pid, ""),
            "channel": channel,
            "session": sessions[sid].name if sid in sessions else "",
            "at": times.iso(at),
            "minutes": minutes,
        }
        for pid, channel, sid, at, minutes in rows
        if pid in pseudonyms
    ]


def _answers(session: Session, event: Event, pseudonyms: dict[int, str]) -> list[dict[str, Any]]:
    rows = session.execute(
        select(
            Answer.participant_id,
            FormTemplate.form_key,
            FormTemplate.version,
            Answer.question_key,
            Answer.value,
            Answer.channel,
            Answer.method,
            Answer.needs_review,
        )
        .join(FormTemplate, FormTemplate.id == Answer.template_id)
        .where(Answer.event_id == event.id)
        .order_by(Answer.id)
    )
    return [
        {
            "participant": pseudonyms.get(pid, "") if pid else "",
            "form": form_key,
            "version": version,
            "question": key,
            "value": _clean(value),
            "channel": channel,
            "method": method,
            "needs_review": review,
        }
        for pid, form_key, version, key, value, channel, method, review in rows
        if pid is None or pid in pseudonyms
    ]


def _tallies(session: Session, event: Event, sessions: dict[int, EventSession]) -> list[dict[str, Any]]:
    tallies = session.scalars(
        select(Tally)
        .where(Tally.event_id == event.id)
        .order_by(Tally.id)
        .options(selectinload(Tally.options))
    )
    return [
        {
            "question": t.question,
            "session": sessions[t.session_id].name if t.session_id in sessions else "",
            "options": [{"label": o.label, "count": o.count} for o in t.options],
        }
        for t in tallies
    ]


def _figures(counts: Counts, times: LocalTimes) -> dict[str, Any]:
    """The report's figures as plain data, with the scope and each theme's channel-balanced share."""
    figures = asdict(counts)
    figures["scope"] = {
        "sessions": sorted(counts.scope.session_ids) if counts.scope.session_ids is not None else None,
        "since": times.iso(counts.scope.since),
        "until": times.iso(counts.scope.until),
    }
    for theme, raw in zip(counts.themes, figures["themes"], strict=True):
        raw["balanced"] = theme.balanced
    return figures
