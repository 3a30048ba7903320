"""How a row travels: each column of a travelling table as a plain JSON value, and back.

Times travel as the naive-UTC text SQLite stores and JSON columns as their JSON text (so that on SQLite
a bundle's rows go to the driver without re-encoding), dates as ISO text, binary as base64, and links
to other rows as those rows' uids. Every incoming value is checked against its column (type, null, length,
format) before anything is stored: a wrong value is an `ImportFormatError` naming the table, row and
column, never a database error later.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import json.scanner
import re
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import repeat
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, String, Table

from hybridhub.core.driver_sql import sqlite_time
from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import UTCDateTime
from hybridhub.core.sync_tables import SyncTable

_encode_json = json.JSONEncoder(ensure_ascii=False).encode
_decode_json = json.JSONDecoder().decode
# (value, end) of the JSON value at an index, in C
_scan_json: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
# A time of day in range (hours to 23, minutes and seconds to 59); the day itself is checked apart.
_CLOCK = r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?"
_TIME = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}} {_CLOCK}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # str, int, bool, float, time, date, json, bytes, ref
    nullable: bool
    length: int | None = None
    target: str | None = None  # the referenced table, for a ref
    ondelete: str | None = None  # what the database does to this column when the target goes
    shape: type | None = None  # dict or list, for a JSON column that must hold one


def _kind(col: Any) -> str:
    t = col.type
    if col.foreign_keys:
        return "ref"
    if isinstance(t, UTCDateTime):
        return "time"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Float):
        return "float"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, LargeBinary):
        return "bytes"
    if isinstance(t, String):
        return "str"
    raise TypeError(f"no wire form for {col.table.name}.{col.name} ({t!r})")


def _json_shape(model: type, name: str) -> type | None:
    hint = typing.get_type_hints(model).get(name)
    inner = typing.get_args(hint)[0] if hint is not None and typing.get_args(hint) else None
    origin = typing.get_origin(inner)
    return origin if origin in (dict, list) else None


def columns_of(spec: SyncTable) -> list[Column]:
    return list(_columns_of(spec))


@functools.cache
def _columns_of(spec: SyncTable) -> tuple[Column, ...]:
    """Worked out once per table: reading a model's type hints compiles its annotations each time."""
    table: Table = spec.table
    out = []
    for name in spec.columns():
        col = table.c[name]
        kind = _kind(col)
        target = ondelete = None
        if kind == "ref":
            fk = next(iter(col.foreign_keys))
            target, ondelete = fk.column.table.name, (fk.ondelete or "").upper() or None
        length = getattr(col.type, "length", None) if kind == "str" else None
        shape = _json_shape(spec.model, name) if kind == "json" else None
        out.append(Column(name, kind, bool(col.nullable), length, target, ondelete, shape))
    return tuple(out)


# -- out: stored values to wire values ----------------------------------------------------------------


def time_text(value: Any) -> str | None:
    """A stored time (SQLite text, or a datetime from another backend) as SQLite's storage text."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return sqlite_time(value)


def encoder(col: Column, raw_sqlite: bool) -> Callable[[Any], Any] | None:
    """A function from the value the database gave to its wire value (None: the value as it is).
    Refs are mapped by the caller."""
    if col.kind == "bool":
        return lambda v: None if v is None else bool(v)
    if col.kind == "time":
        return None if raw_sqlite else time_text
    if col.kind == "date":
        return None if raw_sqlite else (lambda v: None if v is None else v.isoformat())
    if col.kind == "json":
        # SQLite keeps a JSON number as a number (the column has numeric affinity), anything else as text.
        # A JSON null travels as no value, as PostgreSQL's driver reads it (else the two never agree).
        if raw_sqlite:
            return lambda v: (None if v == "null" else v) if isinstance(v, str) else _encode_json(v)
        return _encode_json
    if col.kind == "bytes":
        return lambda v: None if v is None else base64.b64encode(bytes(v)).decode("ascii")
    if col.kind == "float":
        return lambda v: None if v is None else float(v)
    return None


# -- in: wire values checked, then as the database takes them -----------------------------------------


class WireError(Exception):
    """A value of the wrong type or form; the caller adds where it was."""


def _check_str(col: Column) -> Callable[[Any], Any]:
    length = col.length

    def check(v: Any) -> Any:
        if type(v) is not str:
            raise WireError(f"expected text, got {type(v).__name__}")
        if length is not None and len(v) > length:
            raise WireError(f"text longer than {length} characters")
        if "\x00" in v:
            raise WireError("text with a NUL character")
        return v

    return check


def _check_int(v: Any) -> Any:
    if type(v) is not int or not -(2**63) <= v < 2**63:
        raise WireError(f"expected a whole number, got {type(v).__name__}")
    return v


def _check_bool(v: Any) -> Any:
    if type(v) is not bool:
        raise WireError(f"expected true or false, got {type(v).__name__}")
    return v


def _check_float(v: Any) -> Any:
    if type(v) not in (float, int):
        raise WireError(f"expected a number, got {type(v).__name__}")
    return float(v)


def _check_time(v: Any) -> Any:
    if type(v) is not str or not _TIME.match(v):
        raise WireError(f"expected a time 'YYYY-MM-DD HH:MM:SS', got {str(v)[:40]!r}")
    if not _real_days([v[:10]]):
        raise WireError(f"no such day {v[:10]!r}")
    return v


def _real_days(days: Any) -> bool:
    """Whether every 'YYYY-MM-DD' (digits already checked) is a day of the calendar (not 31 February)."""
    try:
        all(map(date.fromisoformat, days))
    except ValueError:
        return False
    return True


def _check_date(v: Any) -> Any:
    if type(v) is not str or not _DATE.match(v):
        raise WireError(f"expected a date 'YYYY-MM-DD', got {str(v)[:40]!r}")
    try:
        date.fromisoformat(v)
    except ValueError as exc:
        raise WireError(f"no such date {v!r}") from exc
    return v


def _check_bytes(v: Any) -> Any:
    if type(v) is not str:
        raise WireError(f"expected base64 text, got {type(v).__name__}")
    try:
        base64.b64decode(v, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WireError("expected base64 text") from exc
    return v


def check_uid(v: Any) -> str:
    if type(v) is not str or len(v) != 36 or not _UID.match(v):
        raise WireError(f"expected a uid, got {str(v)[:40]!r}")
    return v


def _check_json(col: Column) -> Callable[[Any], Any]:
    shape = col.shape

    def check(v: Any) -> Any:
        if type(v) is not str:
            raise WireError(f"expected JSON text, got {type(v).__name__}")
        try:
            value = _decode_json(v)
        except ValueError as exc:
            raise WireError("expected JSON text") from exc
        if shape is not None and type(value) is not shape:
            kind = "object" if shape is dict else "list"
            raise WireError(f"expected a JSON {kind}, got {type(value).__name__}")
        return v

    return check


def same_json(a: Any, b: Any) -> bool:
    """Whether two JSON texts hold the same value (spacing and escapes aside)."""
    try:
        return a is not None and b is not None and _decode_json(a) == _decode_json(b)
    except ValueError:
        return False


def json_value(text: Any) -> Any:
    return None if text is None else _decode_json(text)


def checker(col: Column) -> Callable[[Any], Any]:
    """A function that checks a non-null wire value and returns it (a float for a whole number)."""
    return {
        "str": _check_str(col),
        "int": _check_int,
        "bool": _check_bool,
        "float": _check_float,
        "time": _check_time,
        "date": _check_date,
        "json": _check_json(col),
        "bytes": _check_bytes,
        "ref": check_uid,
    }[col.kind]


def to_store(col: Column, value: Any, sqlite: bool) -> Any:
    """A checked wire value (refs already mapped to ids) as the database driver or SQLAlchemy takes it."""
    if value is None:
        return None
    if col.kind == "json":
        return value if sqlite else _decode_json(value)
    if col.kind == "bytes":
        return base64.b64decode(value)
    if sqlite:
        return value
    if col.kind == "time":
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if col.kind == "date":
        return date.fromisoformat(value)
    return value


def where(table: str, row: int | str, column: str, problem: str, file: str) -> ImportFormatError:
    return ImportFormatError(f"{table}, row {row}: {problem}", file=file, field=column)


# -- whole columns at once: the fast path of the checks above --------------------------------------------

_UID_CHARS = b"0123456789abcdef-"
_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_TIME_SHAPE = re.compile(rb"0000-00-00 00:00:00(?:\.0{1,6})?")


def _uids_fit(values: Sequence[Any]) -> bool:
    """Whether every value (all text) is a uid as `check_uid` takes it: 36 characters, lower-case hex
    with its four dashes in place and no others."""
    if set(map(len, values)) != {36}:
        return False
    text, n = "".join(values), len(values)
    return (
        text.isascii()
        and not text.encode("ascii").translate(None, _UID_CHARS)
        and text.count("-") == 4 * n
        and all(text[at::36].count("-") == n for at in (8, 13, 18, 23))  # each value's dashes in place
    )


def _times_fit(values: Sequence[Any]) -> bool:
    """Whether every value (all text) is a time as `_check_time` takes it. Their shapes (digits as 0)
    are few, each matched once; the clock's ranges and the calendar are `fromisoformat`'s check."""
    text = "\n".join(values)
    if not text.isascii():
        return False
    shapes = set(text.encode("ascii").translate(_ZEROS).split(b"\n"))
    if not all(map(_TIME_SHAPE.fullmatch, shapes)):
        return False
    try:
        all(map(datetime.fromisoformat, values))
    except ValueError:
        return False
    return True


_NONE = type(None)


def _json_texts(values: list[Any]) -> list[Any] | None:
    """The values of JSON texts (each a whole value, nothing around it), or None if one is not."""
    try:
        found = list(map(_scan_json, values, repeat(0)))
    except (StopIteration, ValueError):
        return None
    if [end for _v, end in found] != list(map(len, values)):
        return None
    return [v for v, _end in found]


def _column_fits(col: Column, values: Sequence[Any], json_later: bool = False) -> bool:
    """Whether every value of a column is right, decided with C-speed set and map operations; False
    sends the caller to the row-by-row checks, which name the first wrong value."""
    kinds = set(map(type, values))
    if _NONE in kinds:
        if not col.nullable:
            return False
        kinds.discard(_NONE)
        values = [v for v in values if v is not None]
    if not values:
        return True
    kind = col.kind
    if kind in ("str", "ref", "time", "date", "bytes"):
        if kinds != {str}:
            return False
        if kind == "str":
            return (col.length is None or max(map(len, values)) <= col.length) and "\x00" not in "".join(
                values
            )
        if kind == "ref":
            return _uids_fit(values)
        if kind == "time":
            return _times_fit(values)
        return False  # dates and base64 are rare: checked one by one
    if kind == "int":
        return kinds == {int} and min(values) >= -(2**63) and max(values) < 2**63
    if kind == "bool":
        return kinds == {bool}
    if kind == "float":
        return kinds <= {int, float} and int not in kinds
    if kind == "json":
        if kinds != {str}:
            return False
        if json_later:
            return True  # the caller checks the texts (after storing them, in SQL, on SQLite)
        decoded = _json_texts(list(values))
        return decoded is not None and (col.shape is None or set(map(type, decoded)) == {col.shape})
    return False


def check_rows(
    columns: list[Column], rows: list[Any], first_row: int, json_later: bool = False
) -> list[tuple[Any, ...]]:
    """Check a chunk of rows (lists, one value per column); raises RowError(row number, column, why).
    Whole columns are checked at once; only a column that fails is walked row by row. Returns the
    chunk by column (as checked: a column corrected row by row is read again). With `json_later`,
    JSON columns are checked only for being text: the caller checks the JSON itself
    (`check_json_columns`, or in SQL once the rows are stored)."""
    n = len(columns)
    if set(map(type, rows)) != {list} or set(map(len, rows)) != {n}:
        for i, row in enumerate(rows):
            if type(row) is not list or len(row) != n:
                raise RowError(first_row + i, "row", "expected one value per column")
    by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    for j, col in enumerate(columns):
        values = by_column[j]
        if j == 0:
            fits = set(map(type, values)) == {str} and _uids_fit(values)
        else:
            fits = _column_fits(col, values, json_later)
        if fits:
            continue
        check = check_uid if j == 0 else checker(col)
        for i, value in enumerate(values):
            try:
                if value is None:
                    if not col.nullable:
                        raise WireError("a value is required")
                    continue
                rows[i][j] = check(value)
            except WireError as exc:
                raise RowError(first_row + i, col.name, str(exc)) from exc
        by_column[j] = tuple(row[j] for row in rows)
    return by_column


def check_json_columns(
    columns: list[Column], rows: list[Any], by_column: list[tuple[Any, ...]], first_row: int
) -> None:
    """The JSON check `check_rows(json_later=True)` left to the caller, for rows that are not stored as
    they came (they are compared and merged with rows here)."""
    for j, col in enumerate(columns):
        if col.kind != "json":
            continue
        values = [v for v in by_column[j] if v is not None]
        decoded = _json_texts(values)
        if decoded is not None and (col.shape is None or set(map(type, decoded)) <= {col.shape}):
            continue
        check = checker(col)
        for i, row in enumerate(rows):
            try:
                if row[j] is not None:
                    check(row[j])
            except WireError as exc:
                raise RowError(first_row + i, col.name, str(exc)) from exc


class RowError(Exception):
    def __init__(self, row: int, column: str, problem: str) -> None:
        super().__init__(problem)
        self.row, self.column, self.problem = row, column, problem
