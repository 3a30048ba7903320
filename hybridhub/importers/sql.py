"""The one dialect-checked spot of the importers: "insert these contributions unless their key is
already stored", fast.

SQLite and PostgreSQL both have `INSERT … ON CONFLICT DO NOTHING`; the unique constraint on
(event, channel, source_key) then turns a re-import into duplicates instead of an error, without
holding every key of a 2 GB export in memory. On SQLite the rows go to the driver's `executemany`
directly (values converted exactly as SQLAlchemy's SQLite types store them), which takes the per-row
type processing out of a million-message import; the FTS triggers still index every row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Table
from sqlalchemy.dialects import postgresql, sqlite

from hybridhub.core.clock import sqlite_time
from hybridhub.core.models import UTCDateTime
from hybridhub.importers.rows import JsonText

# SQLite's page cache during a big import. 48 MB imports as fast as 96 MB did (bench_import, same run:
# 6.5 s for 200k messages, 31-33 s for 1M) and keeps the importing process plus its parser under 300 MB
# (245 and 277 MB, against 300 and 343 MB with 96 MB).
IMPORT_CACHE_KIB = 48 * 1024


def widen_cache(conn: Connection) -> int | None:
    """Give SQLite a larger page cache for a big import (its random-order indexes, the content hash
    and the source key, otherwise thrash the default 2 MB cache). Returns the old setting."""
    if conn.dialect.name != "sqlite":
        return None
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    return int(old) if old is not None else None


def restore_cache(conn: Connection, old: int | None) -> None:
    if old is not None and conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old)}")


FTS_INSERT_TRIGGER = "contributions_fts_ai"


class DeferredSearchIndex:
    """Index a big import's texts in one statement at the end instead of row by row.

    The insert trigger of the full-text index (migration 0002) costs more per row than everything
    else an import does. Inside the import's own transaction the trigger is set aside, the new rows
    are indexed with one `INSERT … SELECT` and the trigger is re-created from its stored SQL, so no
    other connection ever sees the index out of step, and a rolled-back import restores it as it was.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.trigger_sql: str | None = None
        self.indexed_to: int | None = None  # the highest id `catch_up` indexed; None: it never ran
        self._start = 0
        if conn.dialect.name == "sqlite":
            self.trigger_sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)
            ).scalar()
        if self.trigger_sql:
            conn.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
            # A new batch's rows come after every row stored now (SQLite gives a new row the largest
            # id plus one): `catch_up` looks only past this id.
            self._start = self._top()

    def catch_up(self, batch_id: int) -> None:
        """Index the batch's rows written so far, leaving `finish` only the rest. A big import calls
        this while it waits for its parser's process: the index is then built in time that was idle
        instead of at the end, where it is about a sixth of a 200,000-message import."""
        if not self.trigger_sql:
            return
        low = self._start if self.indexed_to is None else self.indexed_to
        high = self._top()
        self._index("id > ? AND id <= ? AND batch_id = ?", (low, high, batch_id))
        self.indexed_to = high

    def finish(self, batch_id: int) -> None:
        if self.indexed_to is None:
            self.finish_where("batch_id = ?", (batch_id,))
        else:
            self.finish_where("id > ? AND batch_id = ?", (self.indexed_to, batch_id))

    def finish_where(self, condition: str, params: tuple[Any, ...]) -> None:
        """Index the rows of `contributions` that match `condition` and put the trigger back."""
        if self.trigger_sql:
            self._index(condition, params)
            self.conn.exec_driver_sql(self.trigger_sql)
            self.trigger_sql = None

    def _top(self) -> int:
        return int(self.conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM contributions").scalar() or 0)

    def _index(self, condition: str, params: tuple[Any, ...]) -> None:
        self.conn.exec_driver_sql(
            "INSERT INTO contributions_fts(rowid, text) "
            f"SELECT id, text FROM contributions WHERE {condition}",
            params,
        )


# A big import into a small table is faster when the secondary indexes are built once at the end
# (a sort) than kept up row by row (a random B-tree insert per index per row): about 16 µs per row
# against under 1 µs per stored row to rebuild. Small imports into a big workspace keep them.
BULK_MIN_ROWS = 50_000
BYTES_PER_MESSAGE = 80  # a rough size of one exported chat line, to guess the rows of a file


class DeferredIndexes:
    """Set the non-unique indexes of `table` aside for a big import, inside its transaction, and build
    them again before it commits (SQLite DDL is transactional: a rolled-back import gets them back
    untouched). The unique indexes stay: they are what turns a re-import into duplicates."""

    def __init__(self, conn: Connection, table: str, expected_rows: int) -> None:
        self.conn = conn
        self.definitions: list[str] = []
        if conn.dialect.name != "sqlite" or expected_rows < BULK_MIN_ROWS:
            return
        stored = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() or 0
        if expected_rows * 2 < stored:
            return
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
            "AND sql NOT LIKE 'CREATE UNIQUE%'",
            (table,),
        ).all()
        for name, sql in rows:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
            self.definitions.append(sql)

    def finish(self) -> None:
        for sql in self.definitions:
            self.conn.exec_driver_sql(sql)
        self.definitions = []


class DriverValues:
    """Converts rows to what SQLite's driver takes, exactly as SQLAlchemy's SQLite types would store them:
    aware times as `sqlite_time` text, JSON as text (`JsonText` is already). (An import's `RowMaker`
    makes its rows this way from the start.)"""

    def __init__(self, time_at: Sequence[int], json_at: Sequence[int]) -> None:
        self.time_at, self.json_at = list(time_at), list(json_at)

    def __call__(self, rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
        times: dict[datetime, str | None] = {}
        encode = json.JSONEncoder(ensure_ascii=False).encode
        params = []
        for row in rows:
            values = list(row)
            for i in self.time_at:
                value = values[i]
                if value is not None:
                    text = times.get(value)
                    if text is None:
                        text = times[value] = sqlite_time(value)
                    values[i] = text
            for i in self.json_at:
                value = values[i]
                if value is not None:
                    values[i] = str(value) if type(value) is JsonText else encode(value)
            params.append(values)
        return params


class NewOnlyInserter:
    """Inserts rows of `table` given as tuples in `columns` order, skipping rows whose unique key is
    already stored; returns how many were new."""

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str]) -> None:
        self.conn, self.table, self.columns = conn, table, list(columns)
        self.dialect = conn.dialect.name
        types = {c.name: c.type for c in table.columns}
        self.values = DriverValues(
            [i for i, n in enumerate(self.columns) if isinstance(types[n], UTCDateTime | DateTime)],
            [i for i, n in enumerate(self.columns) if isinstance(types[n], JSON)],
        )
        if self.dialect == "sqlite":
            names = ", ".join(self.columns)
            marks = ", ".join("?" for _ in self.columns)
            self._sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING"
        elif self.dialect == "postgresql":
            # RETURNING counts the new rows: psycopg's executemany reports no row count. SQLAlchemy
            # sends the rows as batched multi-row VALUES ("insertmanyvalues").
            key = next(iter(table.primary_key.columns))
            self._stmt: Any = postgresql.insert(table).on_conflict_do_nothing().returning(key)
        else:
            self._stmt = sqlite.insert(table).on_conflict_do_nothing()

    def insert(self, rows: Sequence[Sequence[Any]]) -> int:
        if not rows:
            return 0
        if self.dialect != "sqlite":
            dicts = [dict(zip(self.columns, row, strict=True)) for row in rows]
            for values in dicts:
                for name, value in values.items():
                    if isinstance(value, JsonText):
                        values[name] = json.loads(value)
            result = self.conn.execute(self._stmt, dicts)
            if self.dialect == "postgresql":
                return len(result.all())
            return max(result.rowcount, 0)
        return self.insert_converted(self.values(rows))

    def insert_converted(self, params: list[list[Any]]) -> int:
        """SQLite only: rows already converted by `self.values` (a parser's process did it)."""
        if not params:
            return 0
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(self._sql, params)
            return max(int(cursor.rowcount), 0)
        finally:
            cursor.close()
