"""Rows of a CSV, TSV or XLSX file, streamed, with the delimiter sniffed and preamble rows found.

Forms, Mailchimp, YouTube and any-table imports share this. CSV text comes through `Source.text()`
(encoding detected there); XLSX goes through openpyxl in read-only mode after the archive itself
passed the zip-bomb checks, so a spreadsheet streams row by row in bounded memory.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.source import Source, check_zip

DELIMITERS = (",", ";", "\t", "|")
HEADER_SEARCH_ROWS = 40
SNIFF_BYTES = 32 * 1024
# One cell may hold this much (a whole pasted document); the limit is process-wide in the csv module,
# so it is set here once for every table reader, never changed elsewhere.
MAX_FIELD = 64 * 1024 * 1024
csv.field_size_limit(MAX_FIELD)


def norm_header(value: str) -> str:
    """'Comment Create Timestamp ', 'comment-create_timestamp' -> 'comment create timestamp'."""
    return " ".join(re.sub(r"[_\-]+", " ", value.replace("\ufeff", "")).casefold().split())


def is_xlsx(source: Source) -> bool:
    head = source.head(4096)
    return head.startswith(b"PK\x03\x04") and (b"[Content_Types].xml" in head or b"xl/" in head)


def first_row(source: Source, *, xlsx: bool = False) -> list[str] | None:
    """The first non-empty row of a table, for `detect()`: of a spreadsheet with `xlsx`, else of a text
    table; None when the source is not that kind of table or cannot be read."""
    try:
        if is_xlsx(source) != xlsx or (not xlsx and source.is_zip()):
            return None
        return next((cells for _n, cells in open_table(source).rows() if cells), None)
    except (ImportFormatError, OSError):
        return None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, equally many, fields."""
    lines = [line for line in text.splitlines()[:HEADER_SEARCH_ROWS] if line.strip()]
    best, best_score = ",", -1.0
    for delim in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delim)]
        except csv.Error:
            continue
        if not counts:
            continue
        widest = max(counts)
        if widest < 2:
            continue
        steady = sum(1 for c in counts if c == widest) / len(counts)
        score = widest * steady + (0.5 if delim == "," else 0)
        if score > best_score:
            best, best_score = delim, score
    return best


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class Table:
    """How to read a tabular source: the sniffed delimiter (None for XLSX) and its encoding."""

    source: Source
    delimiter: str | None
    encoding: str | None

    @property
    def kind(self) -> str:
        return "xlsx" if self.delimiter is None else ("tsv" if self.delimiter == "\t" else "csv")

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number from 1, cells as text), streamed. Empty rows are yielded as []."""
        if self.delimiter is None:
            yield from _xlsx_rows(self.source)
            return
        stream = io.TextIOWrapper(
            self.source.open_bytes(), encoding=self.encoding or "utf-8", errors="replace", newline=""
        )
        with stream as fh:
            for number, row in csv_rows(fh, self.delimiter, self.source.name):
                cells = [c.replace("\x00", "") for c in row]
                yield number, cells if any(c.strip() for c in cells) else []


def csv_rows(lines: Iterable[str], delimiter: str, where: str) -> Iterator[tuple[int, list[str]]]:
    """(line number where the row ends, cells) of CSV text; damage is an ImportFormatError."""
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise ImportFormatError(f"the table cannot be read: {exc}", file=where, line=reader.line_num) from exc


def open_table(source: Source, delimiter: str | None = None, encoding: str | None = None) -> Table:
    """Sniff how `source` is laid out. `delimiter`/`encoding` force a choice the sniffing got wrong."""
    if is_xlsx(source):
        return Table(source, None, None)
    enc = encoding or source.encoding()
    if encoding:
        try:
            "".encode(encoding)
        except LookupError as exc:
            raise ImportFormatError(f"unknown text encoding '{encoding}'", file=source.name) from exc
    if delimiter is None:
        with source.open_bytes() as fh:
            head = fh.read(SNIFF_BYTES)
        text = head.decode(enc, errors="replace")
        if len(head) == SNIFF_BYTES and "\n" in text.rstrip("\r\n"):
            text = text[: text.rstrip("\r\n").rfind("\n")]  # a cut last line would mislead the count
        if "\x00" in text:
            raise ImportFormatError(
                "this does not look like a text table (binary content)",
                file=source.name,
                hint="save it as CSV (UTF-8) or XLSX",
            )
        delimiter = sniff_delimiter(text)
    elif len(delimiter) != 1:
        raise ImportFormatError(f"a delimiter is one character, not '{delimiter}'", file=source.name)
    return Table(source, delimiter, enc)


def _xlsx_rows(source: Source) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # imported here: only spreadsheet imports pay for it

    with tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024) as spool:
        with source.open_bytes() as fh:
            shutil.copyfileobj(fh, spool)
        spool.seek(0)
        try:
            with zipfile.ZipFile(spool) as zf:
                check_zip(zf, source.name)
            spool.seek(0)
            book = openpyxl.load_workbook(spool, read_only=True, data_only=True)
        except ImportFormatError:
            raise
        except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError, BadZipFile …)
            raise ImportFormatError(
                "this spreadsheet is damaged or not an .xlsx file", file=source.name
            ) from exc
        try:
            sheet = book.worksheets[0] if book.worksheets else None
            if sheet is None:
                return
            try:
                for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                    cells = [_cell(v) for v in row]
                    yield number, cells if any(c.strip() for c in cells) else []
            except ImportFormatError:
                raise
            except Exception as exc:
                raise ImportFormatError(
                    "this spreadsheet is damaged and cannot be read to the end", file=source.name
                ) from exc
        finally:
            book.close()


def find_header(
    rows: Iterator[tuple[int, list[str]]], wanted: Sequence[str], need: int | None = None
) -> tuple[int, list[str]] | None:
    """The first row among the first rows that names at least `need` (default: all) of `wanted`
    headers (compared normalised); rows above it are a preamble. Consumes `rows` up to it."""
    keys = {norm_header(w) for w in wanted if w}
    need = len(keys) if need is None else need
    for number, cells in rows:
        if number > HEADER_SEARCH_ROWS and need:
            return None
        if not cells:
            continue
        have = {norm_header(c) for c in cells}
        if len(keys & have) >= need:
            return number, cells
    return None


def header_index(headers: Sequence[str]) -> dict[str, int]:
    """Normalised header -> first column index carrying it."""
    index: dict[str, int] = {}
    for i, name in enumerate(headers):
        index.setdefault(norm_header(name), i)
    return index


def delimiter_hint(cells: Sequence[str]) -> str | None:
    """Why a header might not have split: one wide cell still holding another delimiter."""
    if len(cells) == 1:
        for delim, label in ((";", "semicolons"), ("\t", "tabs"), (",", "commas"), ("|", "bars")):
            if delim in cells[0]:
                return f"the file seems to be separated by {label}: choose that delimiter"
    return None
