"""What Alembic's autogenerate compares: everything but the hand-made FTS5 tables (SQLite only)."""

from __future__ import annotations


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("contributions_fts"))
