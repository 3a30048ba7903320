"""Timestamps as forms, tables and report exports write them, in many locales.

`2022/06/22 11:07:29 AM AST`, `22/06/2022 11:07:29`, `6/22/2022 2:15 PM`, `22.06.2022 11:07`,
`2022-06-22T11:07:29.123Z`, `Jun 22, 2022 05:31 PM CEST` … A trailing zone (abbreviation, `GMT+2`,
`UTC-04:00`) makes the result aware; otherwise it is naive (the import's time zone applies later).
Whether `3/4/2022` is March or April is decided once per file (`DateOrder`), never per value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

# Zone abbreviations as the tools write them. AST is Atlantic Standard Time, as Google uses it
# (Google writes Arabia Standard Time as GMT+3); IST is India, as Google and Microsoft write it.
ZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3,
    "AST": -4, "ADT": -3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "NST": -3.5, "NDT": -2.5,
    "IST": 5.5, "PKT": 5, "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8, "PHT": 8, "AWST": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}  # fmt: skip

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january janv janvier januar enero ene gennaio genn",
            "feb february fev fevr février fevrier februar febrero febbraio",
            "mar march mars märz maerz marzo",
            "apr april avr avril abril aprile",
            "may mai mayo maggio mag",
            "jun june juin juni junio giugno giu",
            "jul july juil juillet juli julio luglio lug",
            "aug august aout août agosto ago",
            "sep sept september septembre septiembre settembre set",
            "oct october octobre oktober octubre ottobre ott okt",
            "nov november novembre noviembre",
            "dec december décembre decembre dezember diciembre dicembre dic dez",
        ),
        start=1,
    )
    for name in names.split()
}

_ZONE_TAIL = re.compile(
    r"\s*(?:\(?(?:(?P<abbr>[A-Z]{1,5})|(?:GMT|UTC)?\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)\)?)$"
)
_NUMERIC = re.compile(
    r"^(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})\.?"
    r"(?:[ ,T]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:[.,](?P<f>\d{1,6})\d*)?)?"
    r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?)?$"
)
_CLOCK = (
    r"(?:,?\s+(?:at\s+|um\s+|à\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?)?$"
)
_WEEKDAY = r"^(?:[^\W\d_]+\.?,?\s+)?"
_MONTH_FIRST = re.compile(_WEEKDAY + r"(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})" + _CLOCK)
_DAY_FIRST = re.compile(_WEEKDAY + r"(?P<d>\d{1,2})\.?\s+(?P<mon>[^\W\d_]+)\.?,?\s+(?P<y>\d{2,4})" + _CLOCK)

ORDERS = ("DMY", "MDY", "YMD")


def _zone_of(text: str) -> tuple[str, timezone | None]:
    match = _ZONE_TAIL.search(text)
    if not match or match.start() == 0:
        return text, None
    if match.group("abbr"):
        abbr = match.group("abbr")
        if abbr not in ZONES:
            return text, None
        offset = timedelta(hours=ZONES[abbr])
    else:
        if not re.search(
            r"\d[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*\(?(?:GMT|UTC)?\s*[+-]", text
        ):
            return text, None  # '2022-06-22' ends in '-22': a date, not a zone
        hours, minutes = int(match.group("h")), int(match.group("m") or 0)
        if hours > 14 or minutes > 59:
            return text, None
        offset = timedelta(hours=hours, minutes=minutes) * (-1 if match.group("sign") == "-" else 1)
    return text[: match.start()].rstrip(), timezone(offset)


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _year(value: int) -> int:
    return value + 2000 if value < 100 else value


def parse_timestamp(raw: str, order: str = "DMY") -> datetime | None:
    """The moment `raw` names, or None if it is not a timestamp. `order` settles d/m ambiguity."""
    text = " ".join(raw.replace("\u202f", " ").replace("\u00a0", " ").split())
    if not text:
        return None
    try:
        iso = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        iso = None
    if iso is not None:
        return iso
    body, tz = _zone_of(text)
    try:
        found = _numeric(body, order) or _wordy(body)
    except ValueError:  # 31/02, hour 25 …
        return None
    if found is None:
        return None
    return found.replace(tzinfo=tz) if tz else found


def _numeric(body: str, order: str) -> datetime | None:
    m = _NUMERIC.match(body)
    if not m:
        return None
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    if len(m["a"]) == 4:
        year, month, day = a, b, c
    elif order == "MDY":
        month, day, year = a, b, _year(c)
    else:
        day, month, year = a, b, _year(c)
    hour = _hour(int(m["H"] or 0), m["ampm"])
    micro = int((m["f"] or "0").ljust(6, "0"))
    return datetime(year, month, day, hour, int(m["M"] or 0), int(m["S"] or 0), micro)


def _wordy(body: str) -> datetime | None:
    m = _MONTH_FIRST.match(body) or _DAY_FIRST.match(body)
    if not m:
        return None
    month = _MONTHS.get(m["mon"].lower())
    if month is None:
        return None
    hour = _hour(int(m["H"] or 0), m["ampm"])
    return datetime(_year(int(m["y"])), month, int(m["d"]), hour, int(m["M"] or 0), int(m["S"] or 0))


class DateOrder:
    """Whether one file's dates put the day or the month first: the one rule every importer uses.

    The dates of a file are seen one by one (`see`) and the order is decided once for the whole file,
    never value by value. A first number above 12 proves day-first, a second one month-first; the
    first proof decides (a file with both is inconsistent and either answer is wrong). Without proof,
    slashes with a 12-hour clock are read as a US month-first date; anything else as day-first.
    """

    def __init__(self) -> None:
        self.proof: str | None = None
        self.slash_twelve_hour = False

    def see(self, first: int, second: int, *, slash: bool = False, twelve_hour: bool = False) -> None:
        """One date's first two numbers (year-first dates are never ambiguous: leave them out)."""
        if self.proof is None:
            if first > 12 >= second:
                self.proof = "DMY"
            elif second > 12 >= first:
                self.proof = "MDY"
        self.slash_twelve_hour = self.slash_twelve_hour or (slash and twelve_hour)

    def see_text(self, raw: str) -> None:
        """A timestamp as written ('3/4/2022 2:15 PM', '22.06.2022 11:07 CEST'); others are ignored."""
        m = _NUMERIC.match(_zone_of(" ".join(raw.split()))[0])
        if m and len(m["a"]) != 4:
            self.see(int(m["a"]), int(m["b"]), slash="/" in raw, twelve_hour=bool(m["ampm"]))

    @property
    def decided(self) -> bool:
        return self.proof is not None

    @property
    def order(self) -> str:
        """'DMY' or 'MDY'."""
        if self.proof is not None:
            return self.proof
        return "MDY" if self.slash_twelve_hour else "DMY"

    @property
    def day_first(self) -> bool:
        return self.order == "DMY"


def date_order(values: Iterable[str]) -> str:
    """'DMY' or 'MDY' for a column of timestamps (read until a value proves one)."""
    order = DateOrder()
    for raw in values:
        order.see_text(raw)
        if order.decided:
            break
    return order.order
