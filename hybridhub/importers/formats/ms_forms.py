"""Microsoft Forms responses as the .xlsx that 'Open in Excel' downloads.

Columns: ID, Start time, Completion time, Email, Name (newer exports add Last modified time), then
one column per question. Anonymous forms write 'anonymous' for e-mail and name; choice answers with
several options are joined with ';' (with a trailing ';'). Times are Excel dates in local time.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import Event
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.form_responses import Layout, response_records
from hybridhub.importers.mapping import form_name, resolve_form_settings
from hybridhub.importers.records import Record
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import first_row, is_xlsx, norm_header, open_table

# Metadata headers in the languages Microsoft Forms exports most; values are the role.
META = {
    "id": "id", "start time": "start", "completion time": "time", "email": "email", "name": "name",
    "last modified time": "meta", "heure de début": "start", "heure de fin": "time",
    "adresse de messagerie": "email", "nom": "name", "startzeit": "start",
    "fertigstellungszeit": "time", "e mail": "email", "hora de inicio": "start",
    "hora de finalización": "time", "correo electrónico": "email", "nombre": "name",
    "total points": "meta", "quiz feedback": "meta", "points": "meta",
}  # fmt: skip


def _layout(headers: list[str], line: int) -> Layout:
    roles: dict[str, int] = {}
    meta: set[int] = set()
    for i, header in enumerate(headers):
        role = META.get(norm_header(header))
        if role is None or (role in roles and role != "meta"):
            continue
        if role in ("meta", "start"):
            meta.add(i)
        roles.setdefault(role, i)
    return Layout(
        line, headers, time=roles.get("time", roles.get("start")), response_id=roles.get("id"),
        email=roles.get("email"), name=roles.get("name"), meta=meta,
    )  # fmt: skip


def _looks_like_ms_forms(headers: list[str]) -> bool:
    roles = {META.get(norm_header(h)) for h in headers[:8]}
    return "id" in roles and ("time" in roles or "start" in roles)


class MsFormsImporter(Importer):
    name = "ms-forms"
    label = "Microsoft Forms responses (XLSX)"
    channel = "ms-forms"
    version = "1"
    extensions = (".xlsx",)

    def detect(self, source: Source) -> float:
        first = first_row(source, xlsx=True)
        return 0.9 if first and _looks_like_ms_forms(first) else 0.0

    def prepare(self, session: Session, event: Event, options: ImportOptions) -> ImportOptions:
        return resolve_form_settings(session, options)

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        if not is_xlsx(source):
            raise ImportFormatError(
                "expected an Excel workbook (.xlsx) from Microsoft Forms", file=source.name
            )
        table = open_table(source)
        header = next(((n, c) for n, c in table.rows() if c), None)
        if header is None or not _looks_like_ms_forms(header[1]):
            raise ImportFormatError(
                "expected the columns ID, Start time, Completion time … in the first row",
                file=source.name, line=header[0] if header else None,
                hint="is this a Microsoft Forms responses workbook?",
            )  # fmt: skip
        line, headers = header
        yield from response_records(
            table.rows,
            _layout(headers, line),
            source_name=source.name,
            form=options.settings.get("form_name") or form_name(source.name),
            settings=options.settings,
            order=options.settings.get("date_order"),
            text_columns=options.settings.get("text_columns"),
        )
