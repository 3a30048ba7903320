"""Statements on hot paths, run straight on SQLite's driver.

SQLAlchemy spends about 0.1 ms of Python per statement (execution context, bind and result
processing). Where the same few statements run thousands of times — a check-in desk, a bulk import —
that is most of the cost, so on SQLite they go to the `sqlite3` cursor of the same connection and
transaction, with values converted exactly as SQLAlchemy's SQLite types store them. Any other backend
runs the same SQL text through SQLAlchemy. The SQL must therefore be portable, with `:name` parameters
(which both `sqlite3` and `text()` understand).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Executable, bindparam, text
from sqlalchemy.sql.elements import ClauseElement

from hybridhub.core.clock import sqlite_time
from hybridhub.core.models import UTCDateTime

__all__ = ["CompiledTemplate", "HotStatement", "sqlite_time", "sqlite_time_value"]


def sqlite_time_value(stored: str | None) -> datetime | None:
    """The aware UTC datetime a SQLite DATETIME text holds (as `UTCDateTime` reads it)."""
    if stored is None:
        return None
    # The stored text is naive UTC: one parse with the offset appended is 3x cheaper than parsing and
    # then replace(tzinfo=...), and this runs for every row of a page. Any other text (a date alone, an
    # offset already) is read as SQLAlchemy reads it.
    try:
        value = datetime.fromisoformat(stored + "+00:00")
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        value = datetime.fromisoformat(stored).replace(tzinfo=UTC)
    return value


def _read_times(rows: list[tuple[Any, ...]], columns: tuple[int, ...]) -> list[tuple[Any, ...]]:
    """Rows from the SQLite driver with their DATETIME texts in `columns` read as aware UTC times."""
    out = []
    for row in rows:
        values = list(row)
        for i in columns:
            values[i] = sqlite_time_value(values[i])
        out.append(tuple(values))
    return out


class HotStatement:
    """One SQL text run many times. `times` names the parameters that are datetimes; `time_columns`
    the result columns (by position) that are."""

    def __init__(self, sql: str, *, times: Iterable[str] = (), time_columns: Iterable[int] = ()) -> None:
        self.sql = sql
        self.times = tuple(times)
        self.time_columns = tuple(time_columns)
        clause = text(sql)
        if self.times:
            clause = clause.bindparams(*(bindparam(name, type_=UTCDateTime()) for name in self.times))
        self._clause = clause

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run the statement in `conn`'s transaction; the result rows as plain tuples."""
        if conn.dialect.name != "sqlite":
            result = conn.execute(self._clause, dict(params))
            rows = [tuple(r) for r in result] if result.returns_rows else []
            return [self._aware(r) for r in rows] if self.time_columns else rows
        if self.times:
            params = dict(params)
            for name in self.times:
                params[name] = sqlite_time(params[name])
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            found: list[tuple[Any, ...]] = cursor.execute(self.sql, params).fetchall()
        finally:
            cursor.close()
        if not self.time_columns:
            return found
        return _read_times(found, self.time_columns)

    def first(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        rows = self.rows(conn, params)
        return rows[0] if rows else None

    def _aware(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """PostgreSQL hands back what UTCDateTime binds: naive UTC; make it aware like the ORM does."""
        values = list(row)
        for i in self.time_columns:
            if values[i] is not None and values[i].tzinfo is None:
                values[i] = values[i].replace(tzinfo=UTC)
        return tuple(values)


class CompiledTemplate:
    """A SQLAlchemy statement compiled once and run many times with new values: every value that changes
    between runs is a named bind parameter left without a value (`bindparam("name")`); any other bind is
    a constant of the statement. On SQLite the compiled text runs on the driver's cursor (positional
    parameters, UTCDateTime binds and `time_columns` converted as SQLAlchemy does); elsewhere, or when a
    bind needs processing this class does not know, the statement runs through SQLAlchemy."""

    def __init__(self, stmt: Executable, dialect: Dialect, *, time_columns: Iterable[int] = ()) -> None:
        self.stmt = stmt
        self.time_columns = tuple(time_columns)
        self.sql: str | None = None
        # Per positional parameter: its name, whether it is a UTCDateTime, and its value in the statement
        # (a constant, or _REQUIRED: each run gives it).
        self._order: list[tuple[str, bool, Any]] = []
        compiled = cast(ClauseElement, stmt).compile(dialect=dialect)
        binds = compiled.binds  # type: ignore[attr-defined]
        # Checked on every backend, so that a missing value fails alike (SQLAlchemy's own error differs).
        self._required = frozenset(name for name, bind in binds.items() if bind.required)
        if dialect.name != "sqlite":
            return
        for name in compiled.positiontup or ():  # type: ignore[attr-defined]
            bind = binds[name]
            is_time = isinstance(bind.type, UTCDateTime)
            if bind.callable is not None or (not is_time and bind.type.bind_processor(dialect) is not None):
                return  # a value or type this class does not convert: SQLAlchemy runs the statement
            self._order.append((name, is_time, _REQUIRED if bind.required else bind.value))
        self.sql = str(compiled)

    def rows(self, conn: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run with these values (by bind name) in `conn`'s transaction; the rows as plain tuples."""
        if self.sql is None or conn.dialect.name != "sqlite":
            missing = self._required.difference(values)
            if missing:
                raise KeyError(f"no value for bind parameter '{min(missing)}'")
            return [tuple(r) for r in conn.execute(self.stmt, dict(values))]
        params = []
        for name, is_time, value in self._order:
            if name in values:  # as in SQLAlchemy, a value given by name wins over the statement's
                value = values[name]
            elif value is _REQUIRED:
                raise KeyError(f"no value for bind parameter '{name}'")
            params.append(sqlite_time(value) if is_time else value)
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            found: list[tuple[Any, ...]] = cursor.execute(self.sql, params).fetchall()
        finally:
            cursor.close()
        if not self.time_columns:
            return found
        return _read_times(found, self.time_columns)


_REQUIRED = object()  # a bind whose value each run gives
