"""The one dialect-checked spot of the importers: "insert unless this key is already stored".

SQLite and PostgreSQL both have `INSERT … ON CONFLICT DO NOTHING`; the unique constraint on
(event, channel, source_key) then turns a re-import into duplicates instead of an error, without
holding every key of a 2 GB export in memory.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import Insert


def insert_new_only(table: Table, dialect_name: str) -> Insert | Any:
    if dialect_name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if dialect_name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    raise NotImplementedError(f"imports need SQLite or PostgreSQL, not {dialect_name}")
