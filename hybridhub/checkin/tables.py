"""Read a participants list (CSV in any common encoding and delimiter, or XLSX) into plain rows."""

from __future__ import annotations

import csv
import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.source import Source

MAX_ROWS = 200_000


@dataclass(frozen=True)
class Table:
    """Headers and rows of a list; each row keeps its line (CSV) or row number (XLSX) for messages."""

    file: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    sha256: str
    size: int


def _digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def _clean_headers(raw: list[str], file: Path) -> list[str]:
    headers = [h.strip().lstrip("\ufeff") for h in raw]
    if not any(headers):
        raise ImportFormatError("the first row is empty; expected column titles", file=file.name, line=1)
    seen: dict[str, int] = {}
    out = []
    for i, h in enumerate(headers):
        name = h or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    source = Source(path)
    with source.text() as fh:
        sample = fh.read(32 * 1024)
        fh.seek(0)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(fh, dialect)
        try:
            first = next(reader, None)
            if first is None:
                raise ImportFormatError("the file is empty; expected a header row", file=path.name)
            headers = _clean_headers(first, path)
            rows: list[tuple[int, list[str]]] = []
            for row in reader:
                if len(rows) >= MAX_ROWS:
                    raise ImportFormatError(f"more than {MAX_ROWS} rows; split the list", file=path.name)
                if any(cell.strip() for cell in row):
                    rows.append((reader.line_num, [cell.strip() for cell in row]))
        except csv.Error as exc:
            raise ImportFormatError(f"damaged CSV: {exc}", file=path.name, line=reader.line_num) from exc
    return headers, rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFormatError(f"cannot open this spreadsheet: {exc}", file=path.name) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise ImportFormatError("the workbook has no sheet", file=path.name)
        it = sheet.iter_rows(values_only=True)
        first = next(it, None)
        if first is None:
            raise ImportFormatError("the first sheet is empty; expected a header row", file=path.name)
        headers = _clean_headers([_cell(v) for v in first], path)
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(it, start=2):
            cells = [_cell(v) for v in values]
            if len(rows) >= MAX_ROWS:
                raise ImportFormatError(f"more than {MAX_ROWS} rows; split the list", file=path.name)
            if any(cells):
                rows.append((number, cells))
    finally:
        book.close()
    return headers, rows


def read_table(path: Path) -> Table:
    """The list in `path`: XLSX by content (a ZIP), otherwise CSV/TSV text."""
    if not path.is_file():
        raise ImportFormatError("no such file", file=path)
    digest, size = _digest(path)
    if zipfile.is_zipfile(path):
        headers, rows = _read_xlsx(path)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportFormatError("this .xlsx file is damaged (not a spreadsheet inside)", file=path.name)
    elif path.suffix.lower() in (".xls", ".ods", ".numbers"):
        raise ImportFormatError(
            "this spreadsheet format is not read; save it as .xlsx or .csv", file=path.name
        )
    else:
        headers, rows = _read_csv(path)
    width = len(headers)
    rows = [(line, (cells + [""] * width)[:width]) for line, cells in rows]
    return Table(path, headers, rows, digest, size)
