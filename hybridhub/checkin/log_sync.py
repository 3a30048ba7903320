"""Carry the door log between laptops without a network: export this laptop's check-in log to a file,
merge another laptop's file in. Rows are identified by their nonce (uid), so merging the same file
twice adds nothing, and after two laptops merged each other's logs they report the same attendance.

Walk-ins added at another door travel with the log (they exist only there); a walk-in whose badge
number is already taken here gets the next free number, and the merge says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from hybridhub.checkin.registrations import CHANNEL as IDENTITY_CHANNEL
from hybridhub.checkin.registrations import next_badge_number
from hybridhub.core.clock import as_utc, utcnow
from hybridhub.core.errors import ImportFormatError, ValidationError
from hybridhub.core.files import make_private
from hybridhub.core.models import CheckIn, Event, EventSession, Identity, Participant, Registration
from hybridhub.core.models.checkin import CHECKIN_RESULTS
from hybridhub.core.progress import ProgressFn, no_progress

FORMAT = "hybridhub-checkin-log"
VERSION = 2  # 2: signed by the exporting laptop (see hybridhub.sync.trust)
CHANNEL = "checkin"
_ROW_FIELDS = ("direction", "device", "method", "raw_input", "result", "annuls_uid")


@dataclass
class MergeSummary:
    file: str
    rows: int = 0
    added: int = 0
    already_here: int = 0
    participants_added: int = 0
    renumbered: list[tuple[int, int]] = field(default_factory=list)
    unknown_sessions: int = 0

    def describe(self) -> str:
        text = f"{self.file}: {self.added} new rows, {self.already_here} already here"
        if self.participants_added:
            text += f", {self.participants_added} walk-ins added"
        for old, new in self.renumbered:
            text += f"; walk-in badge {old} is badge {new} here"
        if self.unknown_sessions:
            text += f"; {self.unknown_sessions} rows for a session this laptop lacks (kept as arrival)"
        return text


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_log(session: Session, event: Event, device: str = "") -> dict[str, Any]:
    """This workspace's door log (every row, failed scans and undos included) with what another
    laptop needs to place it: participant, registration and session uids, and the walk-ins."""
    p_uid = dict(session.execute(select(Participant.id, Participant.uid)).all())
    r_uid = dict(session.execute(select(Registration.id, Registration.uid)).all())
    s_rows = session.execute(
        select(EventSession.id, EventSession.uid, EventSession.name).where(EventSession.event_id == event.id)
    ).all()
    s_uid = {r.id: r.uid for r in s_rows}
    rows = session.scalars(
        select(CheckIn).where(CheckIn.event_id == event.id, CheckIn.channel == CHANNEL).order_by(CheckIn.id)
    ).all()
    walk_ins = session.scalars(
        select(Participant).where(Participant.event_id == event.id, Participant.walk_in.is_(True))
    ).all()
    regs: dict[int, list[Registration]] = {}
    for r in session.scalars(
        select(Registration).where(Registration.participant_id.in_([p.id for p in walk_ins]))
    ):
        regs.setdefault(r.participant_id, []).append(r)
    return {
        "format": FORMAT,
        "version": VERSION,
        "event": {"uid": event.uid, "title": event.title},
        "device": device,
        "exported_at": utcnow().isoformat(),
        "sessions": [{"uid": r.uid, "name": r.name} for r in s_rows],
        "walk_ins": [
            {
                "uid": p.uid,
                "name": p.display_name,
                "organisation": p.organisation,
                "language": p.language,
                "badge_number": p.badge_number,
                "pseudonym": p.pseudonym,
                "created_at": _iso(p.created_at),
                "registrations": [
                    {
                        "uid": r.uid,
                        "code": r.code,
                        "short_code": r.short_code,
                        "key_id": r.key_id,
                        "issued_at": _iso(r.issued_at),
                        "revoked": r.revoked,
                    }
                    for r in regs.get(p.id, [])
                ],
            }
            for p in walk_ins
        ],
        "rows": [
            {
                "uid": c.uid,
                "participant": p_uid.get(c.participant_id) if c.participant_id else None,
                "registration": r_uid.get(c.registration_id) if c.registration_id else None,
                "session": s_uid.get(c.session_id) if c.session_id else None,
                "scanned_at": _iso(c.scanned_at),
                **{name: getattr(c, name) for name in _ROW_FIELDS},
            }
            for c in rows
        ],
    }


def write_log(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        make_private(tmp)
        tmp.replace(path)
    except OSError as exc:
        raise ValidationError(f"cannot write the log: {exc.strerror}", file=path) from exc


def read_log(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ImportFormatError(f"cannot read the file: {exc.strerror}", file=path) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError("this is not a check-in log (not JSON)", file=path.name) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(
            "this is not a HybridHub check-in log", file=path.name, hint="use a file made by 'export log'"
        )
    if data.get("version") == 1:
        raise ImportFormatError(
            "this check-in log was written by an older HybridHub and is not signed",
            file=path.name,
            hint="export it again on that laptop with this version",
        )
    if data.get("version") != VERSION:
        raise ImportFormatError(
            f"check-in log version {data.get('version')} is not supported", file=path.name
        )
    for key in ("rows", "walk_ins", "sessions"):
        if not isinstance(data.get(key), list):
            raise ImportFormatError(f"the log has no '{key}' list", file=path.name, field=key)
    return data


_TEXT = (str,)
_MAYBE_TEXT = (str, type(None))
_ROW_TYPES: dict[str, tuple[type, ...]] = {
    "uid": _TEXT,
    "participant": _MAYBE_TEXT,
    "registration": _MAYBE_TEXT,
    "session": _MAYBE_TEXT,
    "scanned_at": _TEXT,
    "direction": _TEXT,
    "device": _MAYBE_TEXT,
    "method": _MAYBE_TEXT,
    "raw_input": _MAYBE_TEXT,
    "result": _TEXT,
    "annuls_uid": _MAYBE_TEXT,
}
_WALK_IN_TYPES: dict[str, tuple[type, ...]] = {
    "uid": _TEXT,
    "name": _MAYBE_TEXT,
    "organisation": _MAYBE_TEXT,
    "language": _MAYBE_TEXT,
    "badge_number": (int, type(None)),
    "pseudonym": _MAYBE_TEXT,
    "registrations": (list, type(None)),
}
_REGISTRATION_TYPES: dict[str, tuple[type, ...]] = {
    "uid": _TEXT,
    "code": _TEXT,
    "short_code": _MAYBE_TEXT,
    "key_id": (int, type(None)),
    "issued_at": _TEXT,
    "revoked": (bool, type(None)),
}


def _check_items(items: Any, types: dict[str, tuple[type, ...]], what: str, file: str) -> None:
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise ImportFormatError(f"{what} {i + 1} is not an object", file=file)
        for name, allowed in types.items():
            value = item.get(name)
            # bool is an int in Python: a count or id given as true/false is still the wrong type
            if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
                kinds = " or ".join("nothing" if t is type(None) else t.__name__ for t in allowed)
                raise ImportFormatError(
                    f"{what} {i + 1}: expected {kinds}, got {type(value).__name__}", file=file, field=name
                )


def validate_log(data: dict[str, Any], file: str) -> None:
    """Every field of a log has the type it should, before anything is merged (one line otherwise)."""
    _check_items(data["rows"], _ROW_TYPES, "row", file)
    _check_items(data["walk_ins"], _WALK_IN_TYPES, "walk-in", file)
    for w in data["walk_ins"]:
        _check_items(w.get("registrations") or [], _REGISTRATION_TYPES, "walk-in registration", file)
    _check_items(data["sessions"], {"uid": _TEXT, "name": _MAYBE_TEXT}, "session", file)


def check_event(event: Event, data: dict[str, Any], file: str) -> None:
    raw = data.get("event")
    their_event: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if their_event.get("uid") != event.uid:
        raise ValidationError(
            f"this log is from another event ('{str(their_event.get('title', '?'))[:80]}')",
            file=file,
            hint="merge logs only between laptops of the same event",
        )


def _time(value: Any, where: str, index: int) -> datetime:
    try:
        return as_utc(datetime.fromisoformat(str(value)))
    except ValueError as exc:
        raise ImportFormatError(
            f"row {index + 1}: bad time {value!r}", file=where, field="scanned_at"
        ) from exc


@dataclass
class _Known:
    """This workspace's ids for the uids a log names, filled in as the merge adds walk-ins."""

    participants: dict[str, int]
    registrations: dict[str, int]
    sessions: dict[str, int]
    sessions_by_name: dict[str, int]
    their_session_names: dict[Any, Any]

    def session_id(self, uid: str) -> int | None:
        """A session of the log's laptop here: by uid, else by its name there."""
        return self.sessions.get(uid) or self.sessions_by_name.get(self.their_session_names.get(uid) or "")


def merge_log(
    session: Session,
    event: Event,
    data: dict[str, Any],
    *,
    file: str = "log",
    progress: ProgressFn = no_progress,
) -> MergeSummary:
    """Add the rows of another laptop's log that this workspace lacks (by nonce); idempotent."""
    check_event(event, data, file)
    validate_log(data, file)
    summary = MergeSummary(file, rows=len(data["rows"]))
    known = _known(session, event, data)
    origin = data.get("device") or file
    taken = {
        number
        for number in session.scalars(
            select(Participant.badge_number).where(Participant.event_id == event.id)
        )
        if number is not None
    }
    for w in data["walk_ins"]:
        if isinstance(w, dict) and isinstance(w.get("uid"), str) and w["uid"] not in known.participants:
            _add_walk_in(session, event, w, origin, file, known, taken, summary)
    here = set(session.scalars(select(CheckIn.uid).where(CheckIn.event_id == event.id)))
    total = len(data["rows"])
    new_rows = []
    for i, row in enumerate(data["rows"]):
        if i % 500 == 0:
            progress(i, total, "merging check-ins")
        if not isinstance(row, dict) or not isinstance(row.get("uid"), str):
            raise ImportFormatError(f"row {i + 1} has no nonce", file=file, field="uid")
        if row["uid"] in here:
            summary.already_here += 1
            continue
        new_rows.append(_row_values(event, row, i, file, known, summary))
        here.add(row["uid"])
    if new_rows:
        session.execute(cast(Table, CheckIn.__table__).insert(), new_rows)
    summary.added = len(new_rows)
    progress(total, total, "done")
    return summary


def _known(session: Session, event: Event, data: dict[str, Any]) -> _Known:
    sessions = session.execute(
        select(EventSession.uid, EventSession.id, EventSession.name).where(EventSession.event_id == event.id)
    ).all()
    return _Known(
        participants=dict(
            session.execute(
                select(Participant.uid, Participant.id).where(Participant.event_id == event.id)
            ).all()
        ),
        registrations=dict(
            session.execute(
                select(Registration.uid, Registration.id).where(Registration.event_id == event.id)
            ).all()
        ),
        sessions={r.uid: r.id for r in sessions},
        sessions_by_name={r.name: r.id for r in sessions},
        their_session_names={s.get("uid"): s.get("name") for s in data["sessions"] if isinstance(s, dict)},
    )


def _add_walk_in(
    session: Session,
    event: Event,
    w: dict[str, Any],
    origin: str,
    file: str,
    known: _Known,
    taken: set[int],
    summary: MergeSummary,
) -> None:
    """A walk-in of the other door, with its badge renumbered if the number is taken here."""
    badge = w.get("badge_number")
    if not isinstance(badge, int) or badge in taken:
        new = max(next_badge_number(session, event), max(taken, default=0) + 1)
        if isinstance(badge, int):
            summary.renumbered.append((badge, new))
        badge = new
    taken.add(badge)
    p = Participant(
        uid=w["uid"],
        event_id=event.id,
        display_name=w.get("name"),
        organisation=w.get("organisation"),
        language=w.get("language"),
        walk_in=True,
        badge_number=badge,
        attributes={"merged_from": origin},
    )
    if isinstance(w.get("pseudonym"), str):
        p.pseudonym = w["pseudonym"][:16]
    session.add(p)
    session.flush()
    session.add(
        Identity(
            event_id=event.id,
            participant_id=p.id,
            channel=IDENTITY_CHANNEL,
            key=f"walk-in:{p.uid}",
            display=p.display_name or f"Badge {badge}",
        )
    )
    known.participants[p.uid] = p.id
    summary.participants_added += 1
    for reg in w.get("registrations") or []:
        if (
            isinstance(reg, dict)
            and reg.get("uid") not in known.registrations
            and isinstance(reg.get("code"), str)
        ):
            _add_registration(session, event, p, reg, origin, file, known)


def _add_registration(
    session: Session,
    event: Event,
    p: Participant,
    reg: dict[str, Any],
    origin: str,
    file: str,
    known: _Known,
) -> None:
    if session.scalar(select(Registration.id).where(Registration.code == reg["code"])):
        return
    added = Registration(
        uid=reg["uid"],
        event_id=event.id,
        participant_id=p.id,
        code=reg["code"][:200],
        short_code=str(reg.get("short_code") or "")[:16],
        key_id=int(reg.get("key_id") or 0),
        issued_at=_time(reg.get("issued_at"), file, 0),
        revoked=bool(reg.get("revoked")),
        source={"merged_from": origin},
    )
    session.add(added)
    session.flush()
    known.registrations[added.uid] = added.id


def _row_values(
    event: Event, row: dict[str, Any], i: int, file: str, known: _Known, summary: MergeSummary
) -> dict[str, Any]:
    """The check-in row to insert for row `i` of the log, or an ImportFormatError naming it."""
    if row.get("result") not in CHECKIN_RESULTS or row.get("direction") not in ("in", "out"):
        raise ImportFormatError(f"row {i + 1} has an unknown result or direction", file=file)
    participant = row.get("participant")
    if participant is not None and participant not in known.participants:
        raise ImportFormatError(
            f"row {i + 1} names a participant this laptop does not know",
            file=file,
            hint="copy the workspace from the printing laptop, or merge its registrations first",
        )
    session_id = None
    if row.get("session"):
        session_id = known.session_id(row["session"])
        if session_id is None:
            summary.unknown_sessions += 1
    when = _time(row.get("scanned_at"), file, i)
    return {
        "uid": row["uid"],
        "created_at": when,
        "updated_at": when,
        "event_id": event.id,
        "participant_id": known.participants.get(participant) if participant else None,
        "registration_id": known.registrations.get(row.get("registration") or ""),
        "session_id": session_id,
        "channel": CHANNEL,
        "scanned_at": when,
        **{
            name: (str(row.get(name) or "") if name != "annuls_uid" else row.get(name))
            for name in _ROW_FIELDS
        },
    }
