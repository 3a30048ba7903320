"""Microsoft Teams meeting attendance report → who was present online, and for how long.

The current report is a `.csv` that is really UTF-16 with a BOM and tabs, in sections: "1. Summary"
(key/value rows), "2. Participants" (one row per person: first join, last leave, in-meeting duration,
e-mail, role) and "3. In-Meeting Activities" (one row per join/leave stint). Headers follow the
organiser's language. The older "attendance list" has `Full Name / User Action / Timestamp` rows,
one per join or leave. Rejoins become one attendance per person.

Dates are written in the organiser's locale (`3/14/23, 9:58:12 AM`, `14.3.23, 09:58:12`,
`14/03/2023 09:58:12`): the day/month order is worked out once from every date of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.text import fold
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.records import Attendance, Author, Record
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import csv_rows
from hybridhub.importers.timestamps import DateOrder

# Column meanings, matched on a folded header (lowercase, no accents, no punctuation).
_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("upn", ("participant id", "upn", "teilnehmer id", "id du participant", "id de participante")),
    ("email", ("email", "e mail", "adresse e mail", "e mail adresse", "courrier", "correo")),
    ("role", ("role", "rolle", "rol", "ruolo", "funcao")),
    ("action", ("user action", "benutzeraktion", "action de l utilisateur", "accion del usuario", "action")),
    ("timestamp", ("timestamp", "zeitstempel", "horodatage", "marca de tiempo")),
    ("first_join", ("first join", "erster beitritt", "premiere participation", "premiere connexion",
                    "primera union", "prima partecipazione")),
    ("last_leave", ("last leave", "letztes verlassen", "dernier depart", "derniere sortie",
                    "ultima salida", "ultima uscita")),
    ("join", ("join time", "beitrittszeit", "heure d arrivee", "heure de participation", "heure de connexion",
              "hora de union", "ora di partecipazione")),
    ("leave", ("leave time", "zeitpunkt des verlassens", "verlassen", "heure de depart", "heure de sortie",
               "hora de salida", "ora di uscita")),
    ("duration", ("duration", "dauer", "duree", "duracion", "durata")),
    ("name", ("full name", "name", "vollstandiger name", "nom complet", "nom", "nombre", "nome")),
)  # fmt: skip
_SECTION_PARTICIPANTS = ("participants", "teilnehmer", "participantes", "partecipanti")
_SECTION_ACTIVITIES = ("in meeting activities", "aktivitaten", "activites", "actividades", "attivita")
_JOINED = ("joined", "joined before", "beigetreten", "vorher beigetreten", "a rejoint", "rejoint",
           "a rejoint avant", "se unio", "unido")  # fmt: skip
_LEFT = ("left", "verlassen", "hat verlassen", "a quitte", "quitte", "salio", "abandono")
_ROLES = {
    "organizer": "organizer", "organisator": "organizer", "organisateur": "organizer",
    "organizador": "organizer",
    "presenter": "presenter", "referent": "presenter", "moderator": "presenter", "presentateur": "presenter",
    "attendee": "attendee", "teilnehmer": "attendee", "participant": "attendee", "asistente": "attendee",
    "co organizer": "co-organizer", "mitorganisator": "co-organizer", "coorganisateur": "co-organizer",
}  # fmt: skip
_DATE = re.compile(
    r"^\s*(\d{1,4})[./-]\s?(\d{1,2})[./-]\s?(\d{1,4})\.?,?(?:\s+|T)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
    r"\s*([ap])?\.?\s*(?:m\.?)?\s*$",
    re.IGNORECASE,
)
_GUEST = re.compile(r"\s*\((?:guest|gast|invit[ée]e?|invitado|ospite|external|extern|externe)\)\s*$", re.I)
_LONGEST_LABEL = 200  # characters of the longest header, section title, role or name worth comparing
_DURATION_PART = re.compile(r"(\d+)\s*([^\d\s]+)")
_UNITS = (("h", 3600), ("std", 3600), ("st", 3600), ("m", 60), ("s", 1))


def column_of(header: str) -> str | None:
    if len(header) > _LONGEST_LABEL:
        return None  # a long cell is a value, never a header: not worth folding
    folded = fold(header, punctuation=True)
    if not folded:
        return None
    for meaning, names in _COLUMNS:
        if any(folded == n or folded.startswith(n + " ") or (len(n) > 6 and n in folded) for n in names):
            return meaning
    return None


def parse_duration(text: str) -> int | None:
    """Seconds of '19m 26s', '1h 2m 3s', '1 Std. 4 Min.', '45 min 10 s' or '0:19:26'; None if unreadable."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{1,3}:\d{2}(:\d{2})?", text):
        parts = [int(p) for p in text.split(":")]
        while len(parts) < 3:
            parts.insert(0, 0) if len(parts) == 2 else parts.append(0)
        return parts[0] * 3600 + parts[1] * 60 + parts[2]
    total, found = 0, False
    for amount, unit in _DURATION_PART.findall(text):
        unit = fold(unit, punctuation=True)
        for prefix, seconds in _UNITS:
            if unit.startswith(prefix):
                total += int(amount) * seconds
                found = True
                break
        else:
            return None
    return total if found else None


@dataclass
class _Person:
    name: str
    email: str | None
    line: int
    role: str = ""
    first: str | None = None  # raw date strings, parsed once the day/month order is known
    last: str | None = None
    seconds: int | None = None
    stints: list[tuple[str | None, str | None, int | None]] = field(default_factory=list)
    events: list[tuple[str, str]] = field(default_factory=list)  # (joined|left, raw time)

    def add(self, row: dict[str, str], section: str, seconds: int | None) -> None:
        """A row of the participants section (one per person), the old list (one per join or leave)
        or the activities section (one per stint)."""
        if section == "participants" or "first_join" in row:
            self.first = self.first or row.get("first_join") or row.get("join") or None
            self.last = row.get("last_leave") or row.get("leave") or self.last
            self.seconds = (self.seconds or 0) + seconds if seconds is not None else self.seconds
        elif "action" in row:
            action = fold(row.get("action", ""), punctuation=True)
            kind = "joined" if action in _JOINED else "left" if action in _LEFT else ""
            if kind and row.get("timestamp"):
                self.events.append((kind, row["timestamp"]))
        else:
            self.stints.append((row.get("join") or None, row.get("leave") or None, seconds))


@dataclass
class _Report:
    """What one pass over a report gathers: one entry per person, and the file's date order."""

    people: dict[str, _Person] = field(default_factory=dict)
    order: DateOrder = field(default_factory=DateOrder)
    had_participants: bool = False
    rows: int = 0


def _section_title(cells: list[str]) -> str | None:
    """'summary', 'participants' or 'activities' for a numbered section title row, else None."""
    filled = [c for c in cells if c]
    if len(filled) != 1 or len(filled[0]) > _LONGEST_LABEL:
        return None
    folded = fold(filled[0], punctuation=True)
    if not (re.match(r"^\d\s", folded) or folded in _SECTION_PARTICIPANTS):
        return None
    if any(w in folded for w in _SECTION_ACTIVITIES):
        return "activities"
    return "participants" if any(w in folded for w in _SECTION_PARTICIPANTS) else "summary"


def _header_of(cells: list[str]) -> dict[int, str] | None:
    """Column index -> meaning when `cells` is a header row (a Name column and one more we know)."""
    meanings = {i: column_of(c) for i, c in enumerate(cells)}
    named = {m for m in meanings.values() if m}
    if "name" in named and named & {"action", "join", "first_join", "duration", "email", "role"}:
        return {i: m for i, m in meanings.items() if m}
    return None


class TeamsImporter(Importer):
    name = "teams"
    label = "Microsoft Teams attendance report"
    channel = "teams"
    version = "1"
    extensions = (".csv", ".tsv", ".txt")

    def detect(self, source: Source) -> float:
        head = source.head_text(16 * 1024)
        best = 0.0
        for raw in head.splitlines()[:60]:
            cells = [c.strip().strip('"') for c in re.split(r"\t|,|;", raw)]
            meanings = {column_of(c) for c in cells} - {None}
            if "name" not in meanings:
                continue
            teams_only = {"upn", "role", "action", "first_join", "last_leave"} & meanings
            score = 0.0
            if {"action", "timestamp"} <= meanings or {"first_join", "last_leave"} <= meanings:
                score = 0.95
            elif {"join", "leave"} <= meanings and teams_only:
                score = 0.9
            elif {"join", "leave", "duration"} <= meanings and "\t" in raw and re.search(r"\d+m \d+s", head):
                score = 0.8
            if score and "\t" not in raw:
                score -= 0.2  # Teams writes tabs; a re-saved comma file is likelier someone else's
            best = max(best, score)
        return max(best, 0.0)

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        report = _Report()
        header: dict[int, str] | None = None
        section = ""
        for line, cells in self._rows(source):
            if not any(cells):
                header = None
                continue
            title = _section_title(cells)
            if title is not None:
                section, header = title, None
                continue
            found = _header_of(cells)
            if found is not None:
                header = found
                section = "participants" if "first_join" in found.values() else section
            elif header is not None:  # else summary key/value rows, titles
                self._row(report, header, cells, section, source.name, line)
        if not report.rows:
            raise ImportFormatError(
                "no attendance rows found: expected a Teams attendance report with a Name column",
                file=source.name,
            )
        for person in report.people.values():
            record = self._attendance(person, report.order, report.had_participants, source.name)
            if record is not None:
                yield record

    # -- reading

    def _rows(self, source: Source) -> Iterator[tuple[int, list[str]]]:
        sample: list[str] = []
        for _, text in source.lines():
            if text.strip():
                sample.append(text)
            if len(sample) >= 50:
                break
        joined = "\n".join(sample)
        delimiter = "\t" if "\t" in joined else ";" if joined.count(";") > joined.count(",") else ","
        lines = (text for _, text in source.lines())
        for number, cells in csv_rows(lines, delimiter, source.name):
            yield number, [c.strip().lstrip("\ufeff") for c in cells]

    def _row(
        self, report: _Report, header: dict[int, str], cells: list[str], section: str, file: str, line: int
    ) -> None:
        """One person's row of a section: who, when (dates kept raw until the order is known), how long."""
        row = {meaning: (cells[i] if i < len(cells) else "") for i, meaning in header.items()}
        name = row.get("name", "").strip()
        email = (row.get("email") or row.get("upn") or "").strip() or None
        if email and "@" not in email:
            email = None
        if not name and not email:
            return
        report.rows += 1
        key = (email or "").casefold() or fold(name[:_LONGEST_LABEL], punctuation=True)
        person = report.people.get(key)
        if person is None:
            person = report.people[key] = _Person(name=name, email=email, line=line)
        person.role = person.role or self._role(row.get("role", ""))
        for meaning in ("first_join", "last_leave", "join", "leave", "timestamp"):
            if row.get(meaning):
                self._see(row[meaning], report.order, file, line)
        if section == "participants" or "first_join" in row:
            report.had_participants = True
        person.add(row, section, parse_duration(row.get("duration", "")))

    def _role(self, text: str) -> str:
        folded = fold(text[:_LONGEST_LABEL], punctuation=True)
        return _ROLES.get(folded, folded)

    def _see(self, value: str, order: DateOrder, file: str, line: int) -> None:
        match = _DATE.match(value)
        if match is None:
            raise ImportFormatError(f"unreadable date and time '{value}'", file=file, line=line)
        first, second, third = int(match[1]), int(match[2]), int(match[3])
        if len(match[1]) == 4:
            return  # year first: always year-month-day
        order.see(first, second, slash="/" in value.split()[0], twelve_hour=match[7] is not None)
        if first > 31 or second > 31 or (first > 12 and second > 12) or third == 0:
            raise ImportFormatError(f"unreadable date '{value}'", file=file, line=line)

    def _time(self, value: str | None, order: DateOrder, file: str, line: int) -> datetime | None:
        if not value:
            return None
        match = _DATE.match(value)
        if match is None:
            raise ImportFormatError(f"unreadable date and time '{value}'", file=file, line=line)
        a, b, c = int(match[1]), int(match[2]), int(match[3])
        if len(match[1]) == 4:
            year, month, day = a, b, c
        else:
            day, month = (a, b) if order.day_first else (b, a)
            year = c + 2000 if c < 100 else c
        hour, minute, second = int(match[4]), int(match[5]), int(match[6] or 0)
        meridiem = (match[7] or "").lower()
        if meridiem == "p" and hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
        try:
            return datetime(year, month, day, hour, minute, second)
        except ValueError as exc:
            raise ImportFormatError(f"impossible date '{value}'", file=file, line=line) from exc

    # -- one attendance per person

    def _attendance(
        self, person: _Person, order: DateOrder, had_participants: bool, file: str
    ) -> Attendance | None:
        line = person.line
        if had_participants and (person.first or person.last):
            joined = self._time(person.first, order, file, line)
            left = self._time(person.last, order, file, line)
            seconds = person.seconds
        elif person.events:
            joined = left = None
            seconds, open_since = 0, None
            for kind, raw in person.events:
                when = self._time(raw, order, file, line)
                if kind == "joined":
                    joined = min(joined, when) if joined and when else joined or when
                    open_since = open_since or when
                else:
                    left = max(left, when) if left and when else left or when
                    if open_since and when and when > open_since:
                        seconds += int((when - open_since).total_seconds())
                    open_since = None
            seconds = seconds or None
        elif person.stints:
            joins = [t for t in (self._time(s[0], order, file, line) for s in person.stints) if t]
            leaves = [t for t in (self._time(s[1], order, file, line) for s in person.stints) if t]
            joined = min(joins) if joins else None
            left = max(leaves) if leaves else None
            total = timedelta(0)
            for start, end, secs in person.stints:
                if secs is not None:
                    total += timedelta(seconds=secs)
                else:
                    begin, finish = self._time(start, order, file, line), self._time(end, order, file, line)
                    if begin and finish and finish > begin:
                        total += finish - begin
            seconds = int(total.total_seconds()) or None
        else:
            return None
        if seconds is None and joined and left and left > joined:
            seconds = int((left - joined).total_seconds())
        minutes = int(seconds / 60 + 0.5) if seconds is not None else None  # half a minute counts
        return Attendance(
            author=Author(name=_GUEST.sub("", person.name).strip(), email=person.email),
            joined_at=joined,
            left_at=left,
            minutes=minutes,
            line=line,
            role=person.role,
        )
