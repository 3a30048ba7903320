"""A Mailchimp audience export: a ZIP of CSVs (subscribed, unsubscribed, cleaned, non-subscribed
members) → a participants list with hashed e-mail, tags and contact consent.

Each CSV has 'Email Address', 'First Name', 'Last Name', the audience's own merge fields
(organisation, region, language …), Mailchimp's bookkeeping (MEMBER_RATING, OPTIN_TIME, LEID …) and
TAGS, written as a quoted list inside the cell (`"Board","Volunteers"`). Postal addresses,
birthdays, IP addresses and geolocation are not kept.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.records import Author, PersonRecord, Record, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import header_index, norm_header, open_table

EMAIL = "email address"
# Which file says what about consent to be contacted.
STATUS_CONSENT = {"subscribed": True, "unsubscribed": False, "cleaned": None, "nonsubscribed": None}
BOOKKEEPING = {
    "member rating", "optin time", "optin ip", "confirm time", "confirm ip", "latitude", "longitude",
    "gmtoff", "dstoff", "timezone", "cc", "region", "last changed", "leid", "euid", "notes", "tags",
    "unsub time", "unsub campaign title", "unsub campaign id", "unsub reason", "unsub reason other",
    "clean time", "clean campaign title", "clean campaign id",
}  # fmt: skip
# Standard fields: kept where they belong (name, hashed phone) or, for address and birthday, dropped.
STANDARD = {"email address", "first name", "last name", "address", "birthday", "phone number"}
ORGANISATION = {"organisation", "organization", "company", "company name", "organisme", "organisation name"}
LANGUAGE = {"language", "preferred language", "langue", "sprache", "idioma"}
ATTRIBUTES = {"region": {"region", "county", "district", "area", "région"}, "age_band": {"age", "age group"}}


def _status(member: str) -> str:
    name = member.rsplit("/", 1)[-1].lower()
    for status in ("unsubscribed", "nonsubscribed", "subscribed", "cleaned"):
        if name.startswith(status):
            return status
    return "subscribed"


def _tags(raw: str) -> list[str]:
    """'"Board","Volunteers"' -> ['Board', 'Volunteers']; a plain 'Board, Volunteers' works too."""
    raw = raw.strip()
    if not raw:
        return []
    try:
        cells = next(csv.reader([raw]))
    except (csv.Error, StopIteration):
        cells = [raw]
    return [t.strip().strip('"') for t in cells if t.strip().strip('"')]


def _permission(value: str) -> bool | None:
    folded = value.strip().casefold()
    if folded in ("y", "yes", "true", "1", "granted", "oui", "ja"):
        return True
    if folded in ("n", "no", "false", "0", "denied", "non", "nein"):
        return False
    return None


class MailchimpImporter(Importer):
    name = "mailchimp"
    label = "Mailchimp audience export (ZIP or CSV)"
    channel = "mailchimp"
    version = "1"
    extensions = (".zip", ".csv")

    def _tables(self, source: Source) -> list[Source]:
        if source.is_zip():
            return [source.child(m) for m in source.members() if m.lower().endswith(".csv")]
        return [source]

    @staticmethod
    def _header(table_source: Source) -> tuple[int, list[str]] | None:
        for number, cells in open_table(table_source).rows():
            if cells:
                return number, cells
            if number > 5:
                break
        return None

    def detect(self, source: Source) -> float:
        try:
            tables = self._tables(source)
            if not tables or len(tables) > 10:
                return 0.0
            header = self._header(tables[0])
        except (ImportFormatError, OSError):
            return 0.0
        if header is None:
            return 0.0
        names = {norm_header(h) for h in header[1]}
        if EMAIL in names and ({"leid", "euid", "member rating"} & names):
            return 0.95
        return 0.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        tables = self._tables(source)
        if not tables:
            raise ImportFormatError("the archive holds no CSV files", file=source.name)
        for table_source in tables:
            yield from self._members(table_source, _status(table_source.basename))

    def _members(self, source: Source, status: str) -> Iterator[Record]:
        table = open_table(source)
        header = self._header(source)
        if header is None:
            return
        line, headers = header
        index = header_index(headers)
        if EMAIL not in index:
            raise ImportFormatError(
                "expected an 'Email Address' column", file=source.name, line=line,
                hint="is this a Mailchimp audience export?",
            )  # fmt: skip
        normal = [norm_header(h) for h in headers]
        org = next((i for i, h in enumerate(normal) if h in ORGANISATION), None)
        lang = next((i for i, h in enumerate(normal) if h in LANGUAGE), None)
        perms = [i for i, h in enumerate(normal) if h.startswith(("marketing permissions", "gdpr"))]
        merge_fields = [
            i for i, h in enumerate(normal)
            if h not in STANDARD and not (headers[i].strip().isupper() and h in BOOKKEEPING)
            and i not in (org, lang) and i not in perms
        ]  # fmt: skip

        def cell(cells: list[str], name: str | int | None) -> str:
            i = index.get(name) if isinstance(name, str) else name
            return cells[i].strip() if i is not None and i < len(cells) else ""

        for number, cells in table.rows():
            if number <= line or not cells:
                continue
            email = cell(cells, EMAIL)
            if "@" not in email:
                yield Skipped(number, "no e-mail address")
                continue
            name = " ".join(p for p in (cell(cells, "first name"), cell(cells, "last name")) if p)
            consent = STATUS_CONSENT[status]
            granted = [_permission(cell(cells, i)) for i in perms]
            if consent and any(g is False for g in granted):
                consent = False
            attributes: dict[str, str] = {"mailchimp_status": status}
            for i in merge_fields:
                value = cell(cells, i)
                if not value:
                    continue
                target = next((k for k, names in ATTRIBUTES.items() if normal[i] in names), None)
                attributes[target or headers[i].strip()] = value
            yield PersonRecord(
                author=Author(name=name, email=email, phone=cell(cells, "phone number") or None),
                organisation=cell(cells, org) or None,
                language=cell(cells, lang) or None,
                tags=_tags(cell(cells, "tags")),
                consent_contact=consent,
                attributes=attributes,
                line=number,
            )
