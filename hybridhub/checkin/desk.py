"""The check-in desk: turn what a scanner, camera, search or walk-in gives into an outcome, and
append every attempt — failed ones included — to the check-in log. Attendance is derived from the
log: a check-in counts unless a later "undo" row names its nonce (its uid).

`Desk.scan` is the hot path of the door: one signature check and a few indexed statements in one
short transaction, so that the result panel shows before the next person steps up.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, func, insert, or_, select
from sqlalchemy.orm import Session

from hybridhub.checkin import codes
from hybridhub.checkin.keys import verifier
from hybridhub.checkin.registrations import add_walk_in
from hybridhub.core.clock import utcnow, zone
from hybridhub.core.driver_sql import HotStatement
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.ids import uuid7
from hybridhub.core.models import CheckIn, EventSession, Identity, Participant, Registration
from hybridhub.core.models.checkin import CheckinResult, standing
from hybridhub.core.text import fold
from hybridhub.core.workspace import Workspace
from hybridhub.events.service import match_session

CHANNEL = "checkin"
MAX_RAW = 400  # what is kept of a scanner's input in the log


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    uid: str
    name: str | None
    badge_number: int | None
    organisation: str | None
    pseudonym: str
    walk_in: bool = False

    @property
    def label(self) -> str:
        """What the desk calls a person: their name, or their badge number for an anonymous one."""
        return self.name or (
            f"Badge {self.badge_number}" if self.badge_number is not None else self.pseudonym
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "name": self.name,
            "badge_number": self.badge_number,
            "organisation": self.organisation,
            "pseudonym": self.pseudonym,
            "walk_in": self.walk_in,
        }


@dataclass(frozen=True)
class ScanOutcome:
    """What the desk shows and the CLI prints. `previous_*` say when and where an 'already' person
    came in."""

    result: CheckinResult
    message: str
    scanned_at: datetime
    participant: ParticipantInfo | None = None
    hint: str | None = None
    nonce: str = ""
    session: str | None = None
    direction: str = "in"
    method: str = ""
    device: str = ""
    previous_at: datetime | None = None
    previous_device: str | None = None
    annuls: str | None = None

    def to_json(self, tz: ZoneInfo | None = None) -> dict[str, Any]:
        def when(value: datetime | None) -> str | None:
            return value.astimezone(tz).isoformat(timespec="seconds") if value and tz else None

        return {
            "result": self.result,
            "participant": self.participant.to_json() if self.participant else None,
            "message": self.message,
            "hint": self.hint,
            "nonce": self.nonce,
            "session": self.session,
            "direction": self.direction,
            "method": self.method,
            "device": self.device,
            "scanned_at": when(self.scanned_at),
            "previous_at": when(self.previous_at),
            "previous_device": self.previous_device,
            "annuls": self.annuls,
        }


@dataclass(frozen=True)
class DeskCounts:
    """The door's counter: `present` of `registered`, the people expected at the door (registered for
    it, not only seen online), plus the walk-ins who came (an undone walk-in is not counted)."""

    present: int
    registered: int
    walk_ins: int
    failed: int


@dataclass
class _SearchEntry:
    info: ParticipantInfo
    haystack: str
    short_code: str | None = None


@dataclass
class ParticipantIndex:
    """Every participant of the event with an accent-insensitive search text, built once and
    searched in memory (ten thousand names take well under a millisecond per keystroke)."""

    entries: list[_SearchEntry] = field(default_factory=list)

    def search(self, text: str, limit: int = 30) -> list[ParticipantInfo]:
        words = fold(text).replace("-", "").split()
        if not words:
            return []
        hits = [e for e in self.entries if all(w in e.haystack for w in words)]
        first = words[0]
        hits.sort(key=lambda e: (not fold(e.info.label).startswith(first), fold(e.info.label)))
        return [e.info for e in hits[:limit]]


def _info(row: Sequence[Any]) -> ParticipantInfo:
    """A participant from a row in `_P_COLUMNS` order (SQLite hands booleans back as 0/1)."""
    return ParticipantInfo(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))


_P_COLUMNS = (
    Participant.id,
    Participant.uid,
    Participant.display_name,
    Participant.badge_number,
    Participant.organisation,
    Participant.pseudonym,
    Participant.walk_in,
    Participant.merged_into_id,
)


P = ParamSpec("P")
R = TypeVar("R")


def _retried(action: Callable[Concatenate[Desk, P], R]) -> Callable[Concatenate[Desk, P], R]:
    """On a shared server store two doors may scan at the same moment: the action that lost the race
    runs again from scratch (and then finds, say, that the person is already in)."""

    def again(desk: Desk, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return desk.workspace.retry(lambda: action(desk, *args, **kwargs))

    functools.update_wrapper(again, action)
    return again


class Desk:
    """One laptop's desk for the workspace's event. Thread-safe for one writer: every call opens its
    own session; the cached keys and session names are refreshed by `reload()`."""

    def __init__(self, workspace: Workspace, device: str) -> None:
        self.workspace = workspace
        self.device = device.strip()[:100] or "desk"
        self.scrubber = workspace.scrubber()  # what was typed at the desk may be a phone number
        self.reload()

    def reload(self) -> None:
        with self.workspace.session() as s:
            event = self.workspace.event(s)
            self.event_id = event.id
            self.event_title = event.title
            self.tag = codes.event_tag(event.uid)
            self.tz = zone(event.timezone)
            self.verifier = verifier(s, event)
            self.sessions: dict[int, str] = dict(
                s.execute(
                    select(EventSession.id, EventSession.name)
                    .where(EventSession.event_id == event.id)
                    .order_by(EventSession.position, EventSession.id)
                ).all()
            )

    # ---- sessions -------------------------------------------------------------------------------

    def find_session(self, name: str | None) -> int | None:
        """The session called `name` (agenda number, name or unique prefix); None for the whole event."""
        if name is None or not name.strip():
            return None
        return match_session(list(self.sessions.items()), name)

    # ---- scanning -------------------------------------------------------------------------------

    @_retried
    def scan(
        self, raw: str, *, method: str = "scanner", session_id: int | None = None, direction: str = "in"
    ) -> ScanOutcome:
        """Check in (or out) whoever `raw` names: a full signed code, or the short code from a badge."""
        self._check_direction(direction)
        text = codes.clean(raw)
        kept = _printable(raw)
        if codes.looks_short(text):
            return self._scan_short(codes.normalise_short(text), kept, session_id, direction)
        try:
            decoded = codes.decode(raw)
        except codes.CodeError as exc:
            return self._failed(
                CheckinResult.INVALID, exc.message, kept, method, session_id, direction, exc.hint
            )
        if decoded.payload.event_tag != self.tag:
            return self._failed(
                CheckinResult.OTHER_EVENT,
                "this code belongs to another event",
                kept,
                method,
                session_id,
                direction,
                "check the date and place on the badge",
            )
        problem = self.verifier.check(decoded)
        if problem:
            return self._failed(
                CheckinResult.INVALID, problem, kept, method, session_id, direction, decoded.layout_hint
            )
        with self.workspace.writing() as s:
            row = _BY_CODE.first(s, {"code": decoded.text})
            if row is None or row[1]:
                why = (
                    "this badge was replaced by a newer one; ask for the new badge"
                    if row is not None
                    else f"a genuine code for badge {decoded.payload.badge_number}, but this laptop's "
                    "list does not have it"
                )
                hint = None if row is not None else "merge the latest registrations onto this laptop"
                return self._failed(CheckinResult.INVALID, why, kept, method, session_id, direction, hint, s)
            person = self._resolve(s, row[2:])
            return self._record(s, person, row[0], kept, method, session_id, direction, decoded.layout_hint)

    def _scan_short(self, short: str, raw: str, session_id: int | None, direction: str) -> ScanOutcome:
        with self.workspace.writing() as s:
            row = s.execute(
                select(Registration.id.label("reg_id"), Registration.revoked, *_P_COLUMNS)
                .join(Participant, Participant.id == Registration.participant_id)
                .where(Registration.event_id == self.event_id, Registration.short_code == short)
            ).first()
            if row is None or row.revoked:
                shown = codes.format_short(short)
                why = f"no badge with the code {shown}" if row is None else f"badge {shown} was replaced"
                hint = None
                if set(short) & set("YZ"):
                    hint = "badge codes never contain Y or Z: the keyboard layout may be German (QWERTZ)"
                return self._failed(CheckinResult.INVALID, why, raw, "keyed", session_id, direction, hint, s)
            return self._record(s, self._resolve(s, row[2:]), row.reg_id, raw, "keyed", session_id, direction)

    @_retried
    def check_in(
        self,
        participant_id: int,
        *,
        method: str = "search",
        session_id: int | None = None,
        direction: str = "in",
    ) -> ScanOutcome:
        """Check in a person picked by name (search) rather than by code."""
        self._check_direction(direction)
        with self.workspace.transaction() as s:
            row = s.execute(
                select(*_P_COLUMNS).where(
                    Participant.id == participant_id, Participant.event_id == self.event_id
                )
            ).first()
            if row is None:
                raise NotFoundError("this participant no longer exists", field="participant")
            person = self._resolve(s, row)
            reg = s.scalar(
                select(Registration.id)
                .where(Registration.participant_id == person.id, Registration.revoked.is_(False))
                .limit(1)
            )
            return self._record(s, person, reg, f"participant:{person.uid}", method, session_id, direction)

    @_retried
    def walk_in(
        self,
        *,
        name: str | None = None,
        organisation: str | None = None,
        language: str | None = None,
        session_id: int | None = None,
    ) -> ScanOutcome:
        """Add a person who came unregistered and check them in, in one transaction."""
        with self.workspace.transaction() as s:
            event = self.workspace.event(s)
            p = add_walk_in(
                s, event, name=name, organisation=organisation, language=language, device=self.device
            )
            reg = s.scalar(select(Registration.id).where(Registration.participant_id == p.id).limit(1))
            info = ParticipantInfo(
                p.id, p.uid, p.display_name, p.badge_number, p.organisation, p.pseudonym, True
            )
            return self._record(s, info, reg, f"walk-in:{info.label}", "walk-in", session_id, "in")

    # ---- undo -------------------------------------------------------------------------------------

    def undo_last(self) -> ScanOutcome | None:
        """Annul the latest check-in made on this laptop that still counts; None if there is none."""
        with self.workspace.transaction() as s:
            annulled = select(CheckIn.annuls_uid).where(
                CheckIn.event_id == self.event_id,
                CheckIn.result == CheckinResult.UNDO,
                CheckIn.device == self.device,
            )
            nonce = s.scalar(
                select(CheckIn.uid)
                .where(
                    CheckIn.event_id == self.event_id,
                    CheckIn.channel == CHANNEL,
                    CheckIn.device == self.device,
                    CheckIn.result == CheckinResult.OK,
                    CheckIn.uid.not_in(annulled),
                )
                .order_by(CheckIn.scanned_at.desc(), CheckIn.id.desc())
                .limit(1)
            )
        return self.undo(nonce) if nonce else None

    @_retried
    def undo(self, nonce: str) -> ScanOutcome:
        """Annul the check-in with this nonce: a new 'undo' row that names it; nothing is deleted."""
        with self.workspace.transaction() as s:
            target = s.scalars(
                select(CheckIn).where(CheckIn.uid == nonce, CheckIn.event_id == self.event_id)
            ).first()
            if target is None:
                raise NotFoundError(f"no check-in with nonce {nonce}", field="nonce")
            if target.result != CheckinResult.OK:
                raise ValidationError(
                    f"only a successful check-in can be undone (this one was '{target.result}')"
                )
            done = s.scalar(
                select(CheckIn.uid).where(
                    CheckIn.participant_id == target.participant_id,
                    CheckIn.result == CheckinResult.UNDO,
                    CheckIn.annuls_uid == nonce,
                )
            )
            if done:
                raise ValidationError("this check-in was already undone", field="nonce")
            row = s.execute(select(*_P_COLUMNS).where(Participant.id == target.participant_id)).first()
            person = _info(row) if row else None
            now = utcnow()
            uid = uuid7()
            s.execute(
                insert(CheckIn).values(
                    uid=uid,
                    created_at=now,
                    updated_at=now,
                    event_id=self.event_id,
                    participant_id=target.participant_id,
                    registration_id=target.registration_id,
                    session_id=target.session_id,
                    channel=CHANNEL,
                    direction=target.direction,
                    device=self.device,
                    method=target.method,
                    raw_input=f"undo {nonce}",
                    result=CheckinResult.UNDO,
                    annuls_uid=nonce,
                    scanned_at=now,
                )
            )
            label = person.label if person else "a deleted participant"
            verb = "check-in" if target.direction == "in" else "check-out"
            return ScanOutcome(
                CheckinResult.UNDO,
                f"{verb.capitalize()} of {label} undone",
                now,
                person,
                nonce=uid,
                session=self.sessions.get(target.session_id) if target.session_id else None,
                direction=target.direction,
                method=target.method,
                device=self.device,
                previous_at=target.scanned_at,
                previous_device=target.device,
                annuls=nonce,
            )

    # ---- reading --------------------------------------------------------------------------------

    def counts(self, session_id: int | None = None) -> DeskCounts:
        with self.workspace.session() as s:
            present = len(present_ids(s, self.event_id, session_id))
            # Expected at the door: registered for it (a badge identity; a walk-in only once checked in
            # and not undone), or checked in at it anyway. People seen only online are not expected.
            badge = select(Identity.participant_id).where(Identity.channel == CHANNEL)
            came = select(CheckIn.participant_id).where(standing(self.event_id), CheckIn.channel == CHANNEL)
            registered_for_door = and_(Participant.walk_in.is_(False), Participant.id.in_(badge))
            registered, walk_ins = s.execute(
                select(
                    func.count().filter(or_(registered_for_door, Participant.id.in_(came))),
                    func.count().filter(Participant.walk_in.is_(True), Participant.id.in_(came)),
                ).where(Participant.event_id == self.event_id, Participant.merged_into_id.is_(None))
            ).one()
            failed = s.scalar(
                select(func.count()).where(
                    CheckIn.event_id == self.event_id,
                    CheckIn.channel == CHANNEL,
                    CheckIn.result.in_((CheckinResult.INVALID, CheckinResult.OTHER_EVENT)),
                    _same_session(session_id),
                )
            )
        return DeskCounts(present, int(registered), int(walk_ins), int(failed or 0))

    def present(self, session_id: int | None = None) -> set[int]:
        with self.workspace.session() as s:
            return present_ids(s, self.event_id, session_id)

    def index(self) -> ParticipantIndex:
        """A search index of every participant (name, organisation, badge number, short code)."""
        with self.workspace.session() as s:
            shorts: dict[int, str] = dict(
                s.execute(
                    select(Registration.participant_id, Registration.short_code).where(
                        Registration.event_id == self.event_id, Registration.revoked.is_(False)
                    )
                ).all()
            )
            rows = s.execute(
                select(*_P_COLUMNS).where(
                    Participant.event_id == self.event_id, Participant.merged_into_id.is_(None)
                )
            ).all()
        entries = []
        for row in rows:
            info = _info(row)
            short = shorts.get(info.id)
            text = " ".join(
                str(x) for x in (info.name, info.organisation, info.badge_number, short, info.pseudonym) if x
            )
            entries.append(_SearchEntry(info, fold(text), short))
        return ParticipantIndex(entries)

    def time_text(self, when: datetime) -> str:
        return when.astimezone(self.tz).strftime("%H:%M")

    # ---- internals ------------------------------------------------------------------------------

    @staticmethod
    def _check_direction(direction: str) -> None:
        if direction not in ("in", "out"):
            raise ValidationError(f"direction must be 'in' or 'out', not '{direction}'", field="direction")

    def _resolve(self, s: Session | Connection, row: Any) -> ParticipantInfo:
        """Follow a merged-away participant to the record that was kept."""
        hops = 0
        while row[7] is not None and hops < 10:
            row = s.execute(select(*_P_COLUMNS).where(Participant.id == row[7])).one()
            hops += 1
        return _info(row)

    def _insert(
        self,
        s: Session | Connection,
        *,
        result: CheckinResult,
        raw: str,
        method: str,
        session_id: int | None,
        direction: str,
        participant_id: int | None = None,
        registration_id: int | None = None,
    ) -> tuple[str, datetime]:
        now = utcnow()
        uid = uuid7()
        _INSERT.rows(
            _connection(s),
            {
                "uid": uid,
                "created_at": now,
                "updated_at": now,
                "event_id": self.event_id,
                "participant_id": participant_id,
                "registration_id": registration_id,
                "session_id": session_id,
                "channel": CHANNEL,
                "direction": direction,
                "device": self.device,
                "method": method,
                "raw_input": self.scrubber.text(raw),
                "result": result,
                "annuls_uid": None,
                "scanned_at": now,
                "minutes": None,
            },
        )
        return uid, now

    def _failed(
        self,
        result: CheckinResult,
        message: str,
        raw: str,
        method: str,
        session_id: int | None,
        direction: str,
        hint: str | None = None,
        s: Session | Connection | None = None,
    ) -> ScanOutcome:
        """Log a failed scan (it is evidence too: a forged badge, a misconfigured scanner)."""
        if s is None:
            with self.workspace.writing() as own:
                uid, now = self._insert(
                    own, result=result, raw=raw, method=method, session_id=session_id, direction=direction
                )
        else:
            uid, now = self._insert(
                s, result=result, raw=raw, method=method, session_id=session_id, direction=direction
            )
        return ScanOutcome(
            result,
            message,
            now,
            hint=hint,
            nonce=uid,
            session=self.sessions.get(session_id) if session_id else None,
            direction=direction,
            method=method,
            device=self.device,
        )

    def _record(
        self,
        s: Session | Connection,
        person: ParticipantInfo,
        registration_id: int | None,
        raw: str,
        method: str,
        session_id: int | None,
        direction: str,
        hint: str | None = None,
    ) -> ScanOutcome:
        if session_id is not None and session_id not in self.sessions:
            raise NotFoundError("this session no longer exists; pick another", field="session")
        latest = _latest(s, person.id, session_id)
        session_name = self.sessions.get(session_id) if session_id else None
        where = f" for {session_name}" if session_name else ""
        if direction == "in" and latest is not None and latest.direction == "in":
            result = CheckinResult.ALREADY
            message = (
                f"{person.label} already checked in{where} at {self.time_text(latest.scanned_at)} "
                f"on laptop {latest.device or 'unknown'}"
            )
        elif direction == "out" and (latest is None or latest.direction == "out"):
            result = CheckinResult.ALREADY
            message = (
                f"{person.label} is not checked in{where}"
                if latest is None
                else f"{person.label} already checked out at {self.time_text(latest.scanned_at)} "
                f"on laptop {latest.device or 'unknown'}"
            )
        else:
            result = CheckinResult.OK
            message = f"Welcome, {person.label}!" if direction == "in" else f"Goodbye, {person.label}"
        uid, now = self._insert(
            s,
            result=result,
            raw=raw,
            method=method,
            session_id=session_id,
            direction=direction,
            participant_id=person.id,
            registration_id=registration_id,
        )
        return ScanOutcome(
            result,
            message,
            now,
            person,
            hint=hint,
            nonce=uid,
            session=session_name,
            direction=direction,
            method=method,
            device=self.device,
            previous_at=latest.scanned_at if latest is not None and result == CheckinResult.ALREADY else None,
            previous_device=latest.device if latest is not None and result == CheckinResult.ALREADY else None,
        )


def _printable(raw: str) -> str:
    """What is kept of the input for the log: bounded, valid UTF-8 (a broken terminal can hand in lone
    surrogates), without NUL (PostgreSQL text refuses it)."""
    return raw[:MAX_RAW].encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")


def _same_session(session_id: int | None) -> Any:
    return CheckIn.session_id.is_(None) if session_id is None else CheckIn.session_id == session_id


_P_SQL = (
    "p.id, p.uid, p.display_name, p.badge_number, p.organisation, p.pseudonym, p.walk_in, p.merged_into_id"
)
# The door's hot statements (see core.driver_sql): thousands of scans run these and nothing else.
_BY_CODE = HotStatement(
    f"SELECT r.id, r.revoked, {_P_SQL} FROM registrations r "
    "JOIN participants p ON p.id = r.participant_id WHERE r.code = :code"
)


def _latest_statement(same_session: str) -> HotStatement:
    """The participant's latest check-in or -out for a session (or the arrival, when the session is
    NULL) that no undo annuls. No event condition: a participant belongs to one event, and naming it
    would lead SQLite to walk the event's whole log instead of the person's few rows."""
    return HotStatement(
        "SELECT c.direction, c.scanned_at, c.device FROM checkins c "
        f"WHERE c.participant_id = :pid AND {same_session} "
        f"AND c.channel = '{CHANNEL}' AND c.result = '{CheckinResult.OK}' AND NOT EXISTS ("
        f"SELECT 1 FROM checkins u WHERE u.participant_id = :pid AND u.result = '{CheckinResult.UNDO}' "
        "AND u.annuls_uid = c.uid) "
        "ORDER BY c.scanned_at DESC, c.id DESC LIMIT 1",
        time_columns=(1,),
    )


_LATEST = {True: _latest_statement("c.session_id = :sid"), False: _latest_statement("c.session_id IS NULL")}
_LOG_COLUMNS = (
    "uid", "created_at", "updated_at", "event_id", "participant_id", "registration_id", "session_id",
    "channel", "direction", "device", "method", "raw_input", "result", "annuls_uid", "scanned_at", "minutes",
)  # fmt: skip
_INSERT = HotStatement(
    f"INSERT INTO checkins ({', '.join(_LOG_COLUMNS)}) VALUES ({', '.join(':' + c for c in _LOG_COLUMNS)})",
    times=("created_at", "updated_at", "scanned_at"),
)


def _connection(s: Session | Connection) -> Connection:
    return s.connection() if isinstance(s, Session) else s


def _latest(s: Session | Connection, participant_id: int, session_id: int | None) -> _Latest | None:
    params = {"pid": participant_id}
    if session_id is not None:
        params["sid"] = session_id
    row = _LATEST[session_id is not None].first(_connection(s), params)
    return _Latest(*row) if row else None


@dataclass(frozen=True)
class _Latest:
    direction: str
    scanned_at: datetime
    device: str | None


def _effective_rows(
    s: Session, event_id: int, session_id: int | None = None, *, all_sessions: bool = False
) -> list[Any]:
    """Successful door rows of the event (of one session, or of all) that no undo annuls, oldest first."""
    annulled = set(
        s.scalars(
            select(CheckIn.annuls_uid).where(
                CheckIn.event_id == event_id, CheckIn.result == CheckinResult.UNDO
            )
        )
    )
    query = select(
        CheckIn.uid, CheckIn.participant_id, CheckIn.session_id, CheckIn.direction, CheckIn.scanned_at
    ).where(
        CheckIn.event_id == event_id,
        CheckIn.channel == CHANNEL,
        CheckIn.result == CheckinResult.OK,
        CheckIn.participant_id.is_not(None),
    )
    if not all_sessions:
        query = query.where(_same_session(session_id))
    rows = s.execute(query.order_by(CheckIn.scanned_at, CheckIn.id)).all()
    return [r for r in rows if r.uid not in annulled]


def present_ids(s: Session, event_id: int, session_id: int | None = None) -> set[int]:
    """Participant ids whose latest effective row for this session is a check-in."""
    state: dict[int, str] = {}
    for r in _effective_rows(s, event_id, session_id):
        state[r.participant_id] = r.direction
    return {pid for pid, d in state.items() if d == "in"}


def attendance(s: Session, event_id: int) -> dict[str | None, set[str]]:
    """Session name (None for arrival at the event) -> uids of the participants who came, derived from
    the log: checked in at least once and not annulled. Merged-away records count for the kept one."""
    names = dict(
        s.execute(select(EventSession.id, EventSession.name).where(EventSession.event_id == event_id)).all()
    )
    people = dict(s.execute(select(Participant.id, Participant.merged_into_id)).all())
    uids = dict(
        s.execute(select(Participant.id, Participant.uid).where(Participant.event_id == event_id)).all()
    )
    out: dict[str | None, set[str]] = {}
    for r in _effective_rows(s, event_id, all_sessions=True):
        if r.direction != "in":
            continue
        pid, hops = r.participant_id, 0
        while people.get(pid) is not None and hops < 10:
            pid, hops = people[pid], hops + 1
        out.setdefault(names.get(r.session_id) if r.session_id else None, set()).add(uids[pid])
    return out
