"""How a row travels: each column of a travelling table as a plain JSON value, and back.

Times travel as the naive-UTC text SQLite stores (so that on SQLite a bundle's rows go to the driver
without parsing), dates as ISO text, binary as base64, JSON columns as nested JSON, and links to other
rows as those rows' uids. Every incoming value is checked against its column (type, null, length,
format) before anything is stored: a wrong value is an `ImportFormatError` naming the table, row and
column, never a database error later.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, String, Table

from hybridhub.core.driver_sql import sqlite_time
from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import UTCDateTime
from hybridhub.core.sync_tables import SyncTable

_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?\Z")
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
    return out


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
        return (lambda v: json.loads(v) if isinstance(v, str) else v) if raw_sqlite else None
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
    return v


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
    if type(v) is not str or not _UID.match(v):
        raise WireError(f"expected a uid, got {str(v)[:40]!r}")
    return v


def _check_json(col: Column) -> Callable[[Any], Any]:
    shape = col.shape

    def check(v: Any) -> Any:
        if shape is not None and type(v) is not shape:
            raise WireError(
                f"expected a JSON {'object' if shape is dict else 'list'}, got {type(v).__name__}"
            )
        return v

    return check


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
        return json.dumps(value, ensure_ascii=False) if sqlite else value
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
