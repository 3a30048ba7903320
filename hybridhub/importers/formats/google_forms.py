"""Google Forms responses downloaded as CSV ('Download responses (.csv)' or the linked Sheet).

The first column is the submission time in the form owner's locale (`2022/06/22 11:07:29 AM AST`,
`22/06/2022 11:07:29`, `6/22/2022 14:07:29` …); checkbox answers are joined with ';'; editing a
question adds a new column and leaves the old one for older responses. An optional 'Email address'
column (forms that collect e-mails) identifies the respondent, hashed.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import Event
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.form_responses import Layout, find_name_column, response_records
from hybridhub.importers.mapping import form_name, resolve_form_settings
from hybridhub.importers.records import Record
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import first_row, norm_header, open_table

# The first header in the languages Google Forms is used in most.
TIMESTAMP_HEADERS = {
    "timestamp", "horodateur", "zeitstempel", "marca temporal", "carimbo de data/hora",
    "informazioni cronologiche", "tijdstempel", "sygnatura czasowa", "tidsstempel", "tidsstämpel",
    "aikaleima", "časová značka", "zaman damgası", "отметка времени", "marcă temporală",
}  # fmt: skip
EMAIL_HEADERS = {
    "email address", "email", "adresse e-mail", "adresse email", "e-mail-adresse", "e mail adresse",
    "dirección de correo electrónico", "endereço de e-mail", "indirizzo email", "e-mailadres",
}  # fmt: skip


_TIMESTAMP_KEYS = {norm_header(h) for h in TIMESTAMP_HEADERS}


def _layout(headers: list[str], line: int) -> Layout:
    normal = [norm_header(h) for h in headers]
    email = next((i for i, h in enumerate(normal) if h in {norm_header(e) for e in EMAIL_HEADERS}), None)
    return Layout(line, headers, time=0, email=email, name=find_name_column(headers))


class GoogleFormsImporter(Importer):
    name = "google-forms"
    label = "Google Forms responses (CSV)"
    channel = "google-forms"
    version = "1"
    extensions = (".csv",)

    def detect(self, source: Source) -> float:
        first = first_row(source)
        return 0.9 if first and norm_header(first[0]) in _TIMESTAMP_KEYS and len(first) > 1 else 0.0

    def prepare(self, session: Session, event: Event, options: ImportOptions) -> ImportOptions:
        return resolve_form_settings(session, options)

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        settings = options.settings
        table = open_table(source, settings.get("delimiter"), settings.get("encoding"))
        header = next(((n, c) for n, c in table.rows() if c), None)
        if header is None:
            raise ImportFormatError("the file is empty", file=source.name)
        line, headers = header
        if norm_header(headers[0]) not in _TIMESTAMP_KEYS:
            raise ImportFormatError(
                f"expected a 'Timestamp' column first, found '{headers[0][:40]}'",
                file=source.name, line=line, hint="is this a Google Forms responses file?",
            )  # fmt: skip
        yield from response_records(
            table.rows,
            _layout(headers, line),
            source_name=source.name,
            form=settings.get("form_name") or form_name(source.name),
            settings=settings,
            order=settings.get("date_order"),
            text_columns=settings.get("text_columns"),
        )
