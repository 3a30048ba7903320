"""The one dialect-checked spot of the sync service: reading and writing many rows of a travelling
table fast. On SQLite the statements run on the driver's cursor in the same transaction (values as SQLite
stores them, no per-value type processing); on any other backend the same work goes through SQLAlchemy
Core. The SQL is portable either way."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, Update, func, insert, select, update

CHUNK = 2000


def _cursor(conn: Connection) -> Any:
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def read_rows(
    conn: Connection, table: Table, names: Sequence[str], ids: Sequence[int] | None = None
) -> Iterator[list[tuple[Any, ...]]]:
    """(id, *names) of every row (or of the rows `ids`), in id order, in chunks."""
    if ids is not None:
        for start in range(0, len(ids), 500):
            part = sorted(ids[start : start + 500])
            yield _read(conn, table, names, part=part)
        return
    last = 0
    while True:
        rows = _read(conn, table, names, after=last)
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _read(
    conn: Connection, table: Table, names: Sequence[str], *, after: int = 0, part: Sequence[int] = ()
) -> list[tuple[Any, ...]]:
    if conn.dialect.name == "sqlite":
        cols = ", ".join(["id", *names])
        cur = _cursor(conn)
        try:
            if part:
                marks = ", ".join("?" for _ in part)
                cur.execute(f"SELECT {cols} FROM {table.name} WHERE id IN ({marks}) ORDER BY id", list(part))
            else:
                cur.execute(
                    f"SELECT {cols} FROM {table.name} WHERE id > ? ORDER BY id LIMIT {CHUNK}", (after,)
                )
            return cast("list[tuple[Any, ...]]", cur.fetchall())
        finally:
            cur.close()
    stmt = select(table.c.id, *(table.c[n] for n in names)).order_by(table.c.id)
    stmt = stmt.where(table.c.id.in_(part)) if part else stmt.where(table.c.id > after).limit(CHUNK)
    return [tuple(r) for r in conn.execute(stmt)]


def insert_rows(conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Insert rows given as values in `names` order (already in the form the backend takes); returns
    how many the database reports inserted."""
    if not rows:
        return 0
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in names)
        cur = _cursor(conn)
        try:
            cur.executemany(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", rows)
            return int(cur.rowcount)
        finally:
            cur.close()
    conn.execute(insert(table), [dict(zip(names, r, strict=True)) for r in rows])
    return len(rows)


def new_ids(
    conn: Connection, table: Table, after: int, uids: list[str], inserted: int = -1
) -> list[tuple[str, int]]:
    """(uid, id) of the rows just inserted (their ids above `after`, `inserted` of them by the
    driver's count), in id order. On SQLite each new row takes an id above every id in the table, so
    when the highest id is `after` plus the rows inserted, the new ones are exactly the ids in
    between: they are counted instead of read back."""
    if conn.dialect.name == "sqlite" and uids and inserted == len(uids):
        top = conn.execute(select(func.max(table.c.id))).scalar()
        if top == after + len(uids):
            return list(zip(uids, range(after + 1, after + len(uids) + 1), strict=True))
    rows = conn.execute(select(table.c.uid, table.c.id).where(table.c.id > after).order_by(table.c.id))
    return [(u, i) for u, i in rows]


def max_id(conn: Connection, table: Table) -> int:
    return int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)


def quiet_update(table: Table) -> Update:
    """An UPDATE that leaves `updated_at` as it is: a merge writes values with the clocks they came with,
    and a time of its own would differ from laptop to laptop."""
    stmt = update(table)
    return stmt.values(updated_at=table.c.updated_at) if "updated_at" in table.c else stmt


def first_bad_json(
    conn: Connection, table: Table, after: int, checks: Sequence[tuple[str, str | None]]
) -> tuple[int, str] | None:
    """(row id, column) of the first stored row above `after` whose JSON column is not JSON text of
    the expected kind ('object', 'array' or any): SQLite's own C check over the rows just stored. Other
    backends checked each value when it was bound."""
    if conn.dialect.name != "sqlite" or not checks:
        return None
    cur = _cursor(conn)
    try:
        for column, kind in checks:
            shape = f" OR json_type({column}) != '{kind}'" if kind else ""
            found = cur.execute(
                f"SELECT id FROM {table.name} WHERE id > ? AND {column} IS NOT NULL "
                f"AND (NOT json_valid({column}){shape}) ORDER BY id LIMIT 1",
                (after,),
            ).fetchone()
            if found:
                return int(found[0]), column
    finally:
        cur.close()
    return None
