"""The one dialect-checked spot of the sync service: reading and writing many rows of a travelling
table fast. On SQLite the statements run on the driver's cursor in the same transaction (values as SQLite
stores them, no per-value type processing); on any other backend the same work goes through SQLAlchemy
Core. The SQL is portable either way."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, Update, insert, select, update

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


def insert_rows(conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert rows given as values in `names` order (already in the form the backend takes)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in names)
        cur = _cursor(conn)
        try:
            cur.executemany(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", rows)
        finally:
            cur.close()
        return
    conn.execute(insert(table), [dict(zip(names, r, strict=True)) for r in rows])


def new_ids(conn: Connection, table: Table, after: int) -> list[tuple[str, int]]:
    """(uid, id) of the rows with an id above `after` (the rows just inserted)."""
    if conn.dialect.name == "sqlite":
        cur = _cursor(conn)
        try:
            return cast(
                "list[tuple[str, int]]",
                cur.execute(f"SELECT uid, id FROM {table.name} WHERE id > ?", (after,)).fetchall(),
            )
        finally:
            cur.close()
    return [(u, i) for i, u in conn.execute(select(table.c.id, table.c.uid).where(table.c.id > after))]


def max_id(conn: Connection, table: Table) -> int:
    from sqlalchemy import func

    return int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)


def quiet_update(table: Table) -> Update:
    """An UPDATE that leaves `updated_at` as it is: a merge writes values with the clocks they came with,
    and a time of its own would differ from laptop to laptop."""
    stmt = update(table)
    return stmt.values(updated_at=table.c.updated_at) if "updated_at" in table.c else stmt
