"""Zoom: the meeting chat `.txt` (three layouts, English or German keywords), the participants report
CSV and the webinar attendee report CSV (both become online attendance).

Chat layouts:
- older local save: `10:01:02\t From  Ana Lopez  to  Everyone : text` (one line per message);
- newer local save: `10:01:02 From Ana Lopez to Everyone:` and the text on tab-indented lines below;
- cloud recording: `00:12:34\tAna Lopez:\ttext`, times counted from the recording's start.
The chat carries times only: the date comes from the folder or file name Zoom writes
(`2024-03-05 10.00.12 Topic 81234567890/meeting_saved_chat.txt`, `GMT20240305-090012_…`), else from
`options.settings["date"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import PurePosixPath

from hybridhub.core.errors import ImportFormatError, ValidationError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.keys import MessageKeys
from hybridhub.importers.records import Attendance, Author, Message, Problem, Record, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import csv_rows

_T = r"(?P<time>\d{1,2}:\d{2}:\d{2})"
OLD = re.compile(rf"{_T}\t\s*(?:From|Von)\s+(?P<who>.+?)\s?:\s(?P<text>.*)")
NEW = re.compile(rf"{_T} (?:From|Von) (?P<who>.+):\s*")
CLOUD = re.compile(rf"{_T}\t(?P<who>[^\t]+?):\t(?P<text>.*)")
_TO = re.compile(r"\s+(?:to|an)\s+")
_DIRECT = re.compile(r"\((?:Privately|privately|Direct Message|Direktnachricht|privat|Privat)\)", re.I)
_EVERYONE = {"everyone", "alle", "everyone in waiting room", "alle im warteraum"}
_REACTION = re.compile(
    r"^(?:Reacted to |Reagierte auf |Hat auf |Removed a .+ reaction from |Reaktion ).*", re.IGNORECASE
)
_REPLY = re.compile(r'^(?:Replying to|Antwort auf|Als Antwort auf) "(?P<quote>.*)":?\s*$', re.IGNORECASE)
_FOLDER_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_GMT = re.compile(r"GMT(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})-(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})")


def _places(source: Source) -> list[str]:
    places = [source.basename]
    if source.member:
        places += list(reversed(PurePosixPath(source.member).parts[:-1]))
    places += [source.path.name, source.path.parent.name]
    return places


def meeting_start(source: Source) -> datetime | None:
    """The recording's start in UTC from a cloud file name (`GMT20240305-090012_…`)."""
    for place in _places(source):
        m = _GMT.search(place)
        if m:
            return datetime(*(int(m.group(k)) for k in "ymdHMS"), tzinfo=UTC)  # type: ignore[arg-type, misc]
    return None


def meeting_date(source: Source, options: ImportOptions) -> date:
    given = options.settings.get("date")
    if given:
        try:
            return given if isinstance(given, date) else date.fromisoformat(str(given))
        except ValueError as exc:
            raise ValidationError(
                f"'{given}' is not a date", field="date", hint="expected YYYY-MM-DD"
            ) from exc
    for place in _places(source):
        m = _FOLDER_DATE.search(place)
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    raise ImportFormatError(
        "the meeting date is not in the file or folder name",
        file=source.name,
        field="date",
        hint="give the date of the meeting (--date YYYY-MM-DD)",
    )


def _clock(text: str) -> timedelta:
    h, m, s = (int(x) for x in text.split(":"))
    if m > 59 or s > 59:
        raise ValueError(text)
    return timedelta(hours=h, minutes=m, seconds=s)


def _layout(line: str) -> str | None:
    if OLD.fullmatch(line):
        return "old"
    if NEW.fullmatch(line):
        return "new"
    if CLOUD.fullmatch(line):
        return "cloud"
    return None


@dataclass
class _Pending:
    line: int
    time: str
    sender: str
    direct: bool
    lines: list[str]


class ZoomChatImporter(Importer):
    name = "zoom-chat"
    label = "Zoom meeting chat"
    channel = "zoom"
    version = "1"
    extensions = (".txt",)

    def detect(self, source: Source) -> float:
        head = source.head_text(8192)
        lines = [x.rstrip("\r") for x in head.lstrip("\ufeff").splitlines() if x.strip()][:20]
        if not lines or _layout(lines[0]) is None:
            return 0.0
        named = "chat" in source.basename.lower()
        return 0.95 if named else 0.8

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        chat = _ChatReader(source, options)
        pending: _Pending | None = None
        for number, raw in source.lines():
            line = raw.lstrip("\ufeff")
            m = chat.header(line)
            if m is None:
                if pending is not None:
                    pending.lines.append(line)
                elif line.strip():
                    raise ImportFormatError(
                        "this line is not a Zoom chat line", file=source.name, line=number
                    )
                continue
            if pending is not None:
                yield from chat.finish(pending)
            pending = chat.start_message(number, m)
        if pending is not None:
            yield from chat.finish(pending)


_LAYOUTS = {"old": OLD, "new": NEW, "cloud": CLOUD}


def _split_who(who: str) -> tuple[str, bool]:
    """('Ana Lopez', direct?) from 'Ana Lopez to Everyone' / 'Ana Lopez to Ben (Privately)'."""
    parts = _TO.split(who.strip())
    if len(parts) < 2:
        return who.strip(), False
    sender, receiver = " ".join(parts[:-1]).strip(), parts[-1].strip()
    return sender, bool(_DIRECT.search(receiver)) or receiver.casefold() not in _EVERYONE


class _ChatReader:
    """What reading one chat keeps from line to line: its layout, its day (the chat writes times only,
    and may run past midnight) and the earlier messages a reply quotes."""

    def __init__(self, source: Source, options: ImportOptions) -> None:
        self.start = meeting_start(source)
        self.day = self.start.date() if self.start else meeting_date(source, options)
        self.chat = next((p for p in _places(source)[1:] if _FOLDER_DATE.search(p)), source.basename)
        self.keys = MessageKeys()
        self.earlier: list[tuple[str, str]] = []  # (text, source id) of messages so far, for replies
        self.layout: str | None = None
        self.offset = timedelta(0)
        self.last = timedelta(0)

    def header(self, line: str) -> re.Match[str] | None:
        """The match of a line that starts a message (the first such line fixes the layout)."""
        if not line[:1].isdigit():
            return None
        kind = self.layout or _layout(line)
        m = _LAYOUTS[kind].fullmatch(line) if kind else None
        if m is not None:
            self.layout = kind
        return m

    def start_message(self, number: int, m: re.Match[str]) -> _Pending:
        if self.layout == "cloud":
            sender, direct = m.group("who").strip(), False
        else:
            sender, direct = _split_who(m.group("who"))
        text = m.group("text") if self.layout != "new" else None
        return _Pending(number, m.group("time"), sender, direct, [text] if text is not None else [])

    def timestamp(self, clock: timedelta) -> datetime:
        if self.layout == "cloud" and self.start is not None:
            return self.start + clock
        return datetime.combine(self.day, datetime.min.time()) + clock + self.offset

    def finish(self, p: _Pending) -> Iterator[Record]:
        try:
            clock = _clock(p.time)
        except ValueError:
            yield Problem(p.line, f"unreadable time '{p.time}'")
            return
        if clock + timedelta(hours=12) < self.last:  # the meeting ran past midnight
            self.offset += timedelta(days=1)
        self.last = clock
        lines = [x[1:] if x.startswith("\t") else x for x in p.lines]
        while lines and not lines[-1].strip():
            lines.pop()
        text = "\n".join(lines).strip()
        if _REACTION.match(text):
            yield Skipped(p.line, "reaction")
            return
        parent = None
        reply = _REPLY.match(lines[0].strip()) if lines else None
        if reply:
            text = "\n".join(lines[1:]).strip()
            quote = reply.group("quote").rstrip(".…").strip()
            parent = next((sid for t, sid in reversed(self.earlier) if quote and t.startswith(quote)), None)
        if not text:
            yield Skipped(p.line, "empty message")
            return
        posted = self.timestamp(clock)
        sid = self.keys.key_for(self.chat, posted, p.sender, text)
        self.earlier.append((text, sid))
        yield Message(
            Author(p.sender), text, posted, line=p.line, chat=self.chat, source_id=sid, parent_id=parent,
            thread_id=parent, direct=p.direct,
        )  # fmt: skip


# ---------------------------------------------------------------- reports (CSV)

_TIME_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y %H:%M:%S",
    "%b %d, %Y %H:%M",
)

_NAME = ("name (original name)", "name (ursprünglicher name)", "user name (original name)", "name")
_JOIN = ("join time", "beitrittszeit", "zeitpunkt des beitritts")
_LEAVE = ("leave time", "austrittszeit", "zeitpunkt des verlassens")
_MINUTES = (
    "duration (minutes)", "total duration (minutes)", "dauer (minuten)", "gesamtdauer (minuten)",
    "time in session (minutes)",
)  # fmt: skip
_GUEST = ("guest", "gast")


def report_time(text: str) -> datetime | None:
    text = text.strip()
    if not text or text == "--":
        return None
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(text)


def _col(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lstrip("\ufeff").casefold() for h in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def _clean_name(text: str) -> str:
    """'Ana Lopez (Ana's iPad)' -> 'Ana Lopez': the part in brackets is the original device name."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    return name or text.strip()


def _rows(source: Source) -> Iterator[tuple[int, list[str]]]:
    with source.text() as fh:
        yield from csv_rows(fh, ",", source.name)


@dataclass
class _Stay:
    line: int
    name: str
    joined: datetime | None
    left: datetime | None
    minutes: int
    role: str


def _merged(stays: dict[str, _Stay]) -> Iterator[Record]:
    for stay in stays.values():
        yield Attendance(Author(stay.name), stay.joined, stay.left, stay.minutes, stay.line, stay.role)


def _add_stay(stays: dict[str, _Stay], stay: _Stay) -> None:
    """Zoom lists every rejoin as a row of its own: one person, earliest join, latest leave, summed time."""
    key = stay.name.casefold()
    seen = stays.get(key)
    if seen is None:
        stays[key] = stay
        return
    seen.minutes += stay.minutes
    if stay.joined and (seen.joined is None or stay.joined < seen.joined):
        seen.joined = stay.joined
    if stay.left and (seen.left is None or stay.left > seen.left):
        seen.left = stay.left


def _minutes(text: str) -> int:
    text = text.strip()
    return int(float(text)) if text and text != "--" else 0


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _times(
    cells: list[str], join: int | None, leave: int | None, minutes: int | None
) -> tuple[datetime | None, datetime | None, int]:
    """(joined, left, minutes) of a report row; a ValueError names the unreadable value."""
    return report_time(_cell(cells, join)), report_time(_cell(cells, leave)), _minutes(_cell(cells, minutes))


class ZoomParticipantsImporter(Importer):
    name = "zoom-participants"
    label = "Zoom participants report"
    channel = "zoom"
    version = "1"
    extensions = (".csv",)

    def detect(self, source: Source) -> float:
        head = source.head_text(4096).casefold()
        if "attendee details" in head or "attendee report" in head:
            return 0.0
        has_name = any(n in head for n in _NAME[:3])
        has_time = any(j in head for j in _JOIN) or any(m in head for m in _MINUTES)
        return 0.9 if has_name and has_time else 0.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        """Rows after the header; reports without join and leave times (only the total duration and
        'Guest') are attendance without times."""
        cols: dict[str, int | None] | None = None
        stays: dict[str, _Stay] = {}
        for line, row in _rows(source):
            if not any(c.strip() for c in row):
                continue
            if cols is None:
                cols = self._header(row)
                continue  # the meeting block above the participants, if any
            try:
                joined, left, minutes = _times(row, cols["join"], cols["leave"], cols["minutes"])
            except ValueError as exc:
                yield Problem(line, f"unreadable time or duration '{exc}'")
                continue
            name = _cell(row, cols["name"])
            if not name.strip():
                yield Problem(line, "a participant row without a name")
                continue
            guest = _cell(row, cols["guest"]).strip().casefold() in ("yes", "ja", "oui", "sí", "si")
            role = "guest" if guest else "participant"
            _add_stay(stays, _Stay(line, _clean_name(name), joined, left, minutes, role))
        if cols is None:
            raise ImportFormatError(
                "no participant table (expected a 'Name (Original Name)' header with 'Join Time' "
                "or 'Total Duration (Minutes)')",
                file=source.name,
            )
        yield from _merged(stays)

    @staticmethod
    def _header(row: list[str]) -> dict[str, int | None] | None:
        name, join, minutes = _col(row, _NAME), _col(row, _JOIN), _col(row, _MINUTES)
        if name is None or (join is None and minutes is None):
            return None
        return {"name": name, "join": join, "leave": _col(row, _LEAVE), "minutes": minutes,
                "guest": _col(row, _GUEST)}  # fmt: skip


def _attendee_name(header: list[str], cells: list[str]) -> str:
    name_i = _col(header, ("user name (original name)", "name (original name)"))
    if name_i is not None:
        return _clean_name(cells[name_i])
    first, last = _col(header, ("first name", "vorname")), _col(header, ("last name", "nachname"))
    return " ".join(cells[i] for i in (first, last) if i is not None and cells[i]).strip()


class ZoomWebinarImporter(Importer):
    name = "zoom-webinar"
    label = "Zoom webinar attendee report"
    channel = "zoom"
    version = "1"
    extensions = (".csv",)

    def detect(self, source: Source) -> float:
        head = source.head_text(8192).casefold()
        return 0.95 if "attendee details" in head and "attended" in head else 0.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        section = ""
        header: list[str] | None = None
        stays: dict[str, _Stay] = {}
        found_table = False
        for line, row in _rows(source):
            cells = [c.strip() for c in row]
            if not any(cells):
                continue
            first = cells[0].casefold()
            if len([c for c in cells if c]) == 1 and first.endswith("details"):
                section, header = first.replace(" details", ""), None
                continue
            if first == "attended":
                header = cells
                found_table = True
                continue
            if header is None or not section:
                continue  # preamble: report title, generated time, webinar summary
            cells += [""] * (len(header) - len(cells))
            if first not in ("yes", "ja"):
                yield Skipped(line, "registered but did not attend")
                continue
            name = _attendee_name(header, cells)
            try:
                joined, left, minutes = _times(
                    cells, _col(header, _JOIN), _col(header, _LEAVE), _col(header, _MINUTES)
                )
            except ValueError as exc:
                yield Problem(line, f"unreadable time or duration '{exc}'")
                continue
            if not name:
                yield Problem(line, "an attendee row without a name")
                continue
            _add_stay(stays, _Stay(line, name, joined, left, minutes, section))
        if not found_table:
            raise ImportFormatError("no 'Attendee Details' table in this report", file=source.name)
        yield from _merged(stays)
