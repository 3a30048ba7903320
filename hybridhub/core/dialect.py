"""The few statements the sync machinery needs that SQL spells differently per database: an upsert.
SQLite and PostgreSQL both have `INSERT … ON CONFLICT`; any other backend is refused here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table


def upsert(
    conn: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    *,
    keys: Sequence[str],
    update: Sequence[str],
    newer: bool = False,
) -> None:
    """Insert rows; where the key is already stored, overwrite `update` columns (or keep the row).
    With `newer`, overwrite only where the new (hlc, laptop) is greater than the stored one."""
    if not rows:
        return
    name = conn.dialect.name
    # Each dialect's module is imported on use: PostgreSQL's loads asyncio, which SQLite never needs.
    if name == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt: Any = sqlite.insert(table)
    elif name == "postgresql":
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    else:  # pragma: no cover - the app runs on SQLite and PostgreSQL only
        raise NotImplementedError(f"no upsert for {name}")
    if update:
        condition = None
        if newer:
            new, old = stmt.excluded, table.c
            condition = (new.hlc > old.hlc) | ((new.hlc == old.hlc) & (new.laptop > old.laptop))
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys), set_={c: stmt.excluded[c] for c in update}, where=condition
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    for start in range(0, len(rows), 500):
        conn.execute(stmt, list(rows[start : start + 500]))
