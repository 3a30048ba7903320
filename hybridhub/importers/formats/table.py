"""Any CSV, TSV or XLSX table, read through a column mapping (author, time, text, thread, room …).

This is how Circle, Forem, Vanilla, Viber, LinkedIn, Discourse, GoToWebinar and every other tool
without a format of its own get in. Rows above the header (report notes, a title, a blank line) are
skipped: the header is the first row naming the mapped columns. The delimiter and the encoding are
sniffed; a mapping can force them. The channel is 'table' unless the mapping names one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import ImportFormatError, UserError
from hybridhub.core.models import Event, MappingPreset
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.mapping import (
    TABLE,
    TableMapping,
    load_table_mapping,
    matching_preset,
    shipped_presets,
)
from hybridhub.importers.records import Author, Message, Record, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import (
    HEADER_SEARCH_ROWS,
    Table,
    delimiter_hint,
    find_header,
    header_index,
    is_xlsx,
    norm_header,
    open_table,
)
from hybridhub.importers.timestamps import date_order, parse_timestamp

_TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".tab")


def _wanted(mapping: TableMapping) -> list[str]:
    return [c for cols in mapping.columns.values() for c in cols if not c.isdigit()]


def _first_rows(table: Table, count: int = HEADER_SEARCH_ROWS) -> list[list[str]]:
    found = []
    for number, cells in table.rows():
        if number > count:
            break
        if cells:
            found.append(cells)
    return found


class TableImporter(Importer):
    name = "table"
    label = "Any table (CSV, TSV, XLSX) with a column mapping"
    channel = TABLE
    version = "1"
    extensions = _TABLE_SUFFIXES

    def channel_for(self, options: ImportOptions) -> str:
        mapping = options.settings.get("table_mapping")
        return str(mapping.get("channel") or TABLE) if isinstance(mapping, dict) else TABLE

    @staticmethod
    def table_in(source: Source, options: ImportOptions | None = None) -> Source:
        """The table to read: the file itself, or inside a ZIP (a Discourse archive) the member that
        fits the mapping, or the only table in it."""
        if not source.is_zip() or is_xlsx(source):
            return source
        members = [source.child(m) for m in source.members() if m.lower().endswith(_TABLE_SUFFIXES)]
        if not members:
            raise ImportFormatError("the archive holds no CSV, TSV or XLSX table", file=source.name)
        given = (options.settings.get("table_mapping") or options.settings.get("map")) if options else None
        wanted: list[str] = []
        if isinstance(given, dict | str) and given:
            try:
                wanted = _wanted(load_table_mapping(None, given))
            except UserError:
                wanted = []
        for member in members:
            if not wanted:
                break
            if find_header(open_table(member).rows(), wanted) is not None:
                return member
        for member in members:
            if any(matching_preset(None, r) for r in _first_rows(open_table(member))):
                return member
        return members[0]

    def detect(self, source: Source) -> float:
        """A weak claim on any table (other formats win when they recognise theirs), stronger when a
        shipped preset's columns are all in the header."""
        if source.is_zip() and not is_xlsx(source):
            try:
                members = [m for m in source.members() if m.lower().endswith(_TABLE_SUFFIXES)]
                if not members or len(members) > 20:
                    return 0.0
                return 0.5 if self.detect(self.table_in(source)) >= 0.6 else 0.0
            except (ImportFormatError, OSError):
                return 0.0
        if not source.basename.lower().endswith(_TABLE_SUFFIXES):
            return 0.0
        try:
            rows = _first_rows(open_table(source))
        except (ImportFormatError, OSError):
            return 0.0
        if not rows or max(len(r) for r in rows) < 2:
            return 0.0
        if any(matching_preset(None, r) for r in rows):
            return 0.6
        # Any other table is offered for a column mapping (other formats claim theirs with more).
        return 0.3 if source.basename.lower().endswith((".csv", ".tsv", ".xlsx", ".tab")) else 0.1

    def prepare(self, session: Session, event: Event, options: ImportOptions) -> ImportOptions:
        settings = dict(options.settings)
        spec = settings.get("map")
        if spec:
            settings["table_mapping"] = load_table_mapping(session, spec).to_dict()
        settings["saved_table_maps"] = [
            {**p.definition, "name": p.name}
            for p in session.scalars(select(MappingPreset).where(MappingPreset.kind == TABLE))
        ]
        return replace(options, settings=settings)

    def mapping_for(self, source: Source, options: ImportOptions) -> TableMapping:
        """The mapping to use: the chosen one, else a saved or shipped preset that fits the header."""
        given = options.settings.get("table_mapping") or options.settings.get("map")
        if isinstance(given, dict | TableMapping):
            return load_table_mapping(None, given)
        if isinstance(given, str) and given:
            return load_table_mapping(None, given)  # a mapping.json path or a shipped preset
        rows = _first_rows(open_table(source))
        saved = options.settings.get("saved_table_maps") or []
        for cells in rows:
            have = {norm_header(c) for c in cells}
            for data in [*saved, *shipped_presets().values()]:
                mapping = TableMapping.from_dict(data, where=str(data.get("name", "preset")))
                if all(norm_header(c) in have for c in _wanted(mapping)):
                    return mapping
        raise ImportFormatError(
            "choose which columns hold the author, the time and the text",
            file=source.name,
            hint="pick a preset or map the columns on the Import page, or pass --map PRESET|mapping.json",
        )

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        source = self.table_in(source, options)
        mapping = self.mapping_for(source, options)
        table = open_table(source, mapping.delimiter, mapping.encoding)
        line, headers = self._header(table, mapping, source)
        index = header_index(headers)

        def columns(role: str) -> list[int]:
            found = []
            for name in mapping.columns.get(role, []):
                i = int(name) - 1 if name.isdigit() else index.get(norm_header(name))
                if i is not None and i >= 0:
                    found.append(i)
            return found

        roles = {role: columns(role) for role in mapping.columns}
        skip_cols = [(index.get(norm_header(col)), set(vals)) for col, vals in mapping.skip_values.items()]
        order = mapping.date_order or self._guess_order(table, line, roles.get("time", []))
        fixed = mapping.author or self._author_from_name(mapping, source)
        seen_ids: dict[str, int] = {}
        for number, cells in table.rows():
            if number <= line or not cells:
                continue

            def value(role: str, sep: str = " ", cells: list[str] = cells) -> str:
                parts = [cells[i].strip() for i in roles.get(role, []) if i < len(cells)]
                return sep.join(p for p in parts if p)

            if any(
                i is not None and i < len(cells) and cells[i].strip() in values for i, values in skip_cols
            ):
                yield Skipped(number, "left out by the mapping")
                continue
            text = value("text", "\n\n")
            if not text:
                yield Skipped(number, "no text")
                continue
            raw_time = value("time")
            posted = parse_timestamp(raw_time, order) if raw_time else None
            if raw_time and posted is None:
                raise ImportFormatError(
                    f"'{raw_time[:40]}' is not a date and time", file=source.name, line=number,
                    field=mapping.columns["time"][0],
                )  # fmt: skip
            source_id = value("id") or None
            if source_id:
                seen_ids[source_id] = seen_ids.get(source_id, 0) + 1
                if seen_ids[source_id] > 1:
                    source_id = f"{source_id}#{seen_ids[source_id]}"
            yield Message(
                author=self._author(value, fixed, number),
                text=text,
                posted_at=posted,
                line=number,
                chat=value("chat"),
                source_id=source_id,
                parent_id=value("parent") or None,
                thread_id=value("thread") or None,
            )

    @staticmethod
    def _author(value: Callable[[str], str], fixed: str | None, number: int) -> Author:
        name, key, email, phone = value("author"), value("author_key"), value("email"), value("phone")
        if not (name or key or email or phone):
            if fixed:
                return Author(name=fixed, key=f"fixed:{fixed}")
            return Author(name="Anonymous", key=f"row:{number}")  # each unnamed row is its own voice
        return Author(name=name or "", key=key or None, email=email or None, phone=phone or None)

    @staticmethod
    def _author_from_name(mapping: TableMapping, source: Source) -> str | None:
        if not mapping.author_from_filename:
            return None
        found = re.search(mapping.author_from_filename, source.path.name) or re.search(
            mapping.author_from_filename, source.basename
        )
        return found.group("name") if found else None

    @staticmethod
    def _header(table: Table, mapping: TableMapping, source: Source) -> tuple[int, list[str]]:
        wanted = _wanted(mapping)
        if not wanted:  # columns given by position only: the first non-empty row is the header
            first = next(((n, c) for n, c in table.rows() if c), None)
            if first is None:
                raise ImportFormatError("the table is empty", file=source.name)
            return first
        found = find_header(table.rows(), wanted)
        if found is not None:
            return found
        cells = next((c for _n, c in table.rows() if c), [])
        hint = delimiter_hint(cells) or "check the mapping's column names against the file"
        seen = ", ".join(f"'{c[:30]}'" for c in cells[:8]) or "nothing"
        missing = ", ".join(f"'{w}'" for w in wanted)
        raise ImportFormatError(
            f"no header row with the columns {missing} in the first {HEADER_SEARCH_ROWS} rows "
            f"(first row: {seen})",
            file=source.name,
            hint=hint,
        )

    @staticmethod
    def _guess_order(table: Table, header_line: int, time_cols: list[int]) -> str:
        if not time_cols:
            return "DMY"
        values: list[str] = []
        for number, cells in table.rows():
            if number <= header_line or not cells:
                continue
            values.append(" ".join(cells[i] for i in time_cols if i < len(cells)))
            if len(values) >= 2000:
                break
        return date_order(values)
