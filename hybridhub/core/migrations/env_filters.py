"""What Alembic's autogenerate compares: everything but the hand-made search indexes, which no model
describes (SQLite's FTS5 tables, PostgreSQL's search column and its index: migrations 0002 and 0007)."""

from __future__ import annotations


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith("contributions_fts")
    if type_ == "column":
        return name != "search_doc"
    return not (type_ == "index" and name == "contributions_search_pg")
