"""Full-text search over contributions (SQLite FTS5, accent- and case-insensitive).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

SQLite only: this is the one dialect-specific part of the schema. On other backends the search service
falls back to LIKE. Triggers keep the index in step with inserts, edits and erasure.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_STATEMENTS = (
    "CREATE VIRTUAL TABLE contributions_fts USING fts5("
    "text, content='contributions', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER contributions_fts_ai AFTER INSERT ON contributions BEGIN "
    "INSERT INTO contributions_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER contributions_fts_ad AFTER DELETE ON contributions BEGIN "
    "INSERT INTO contributions_fts(contributions_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER contributions_fts_au AFTER UPDATE OF text ON contributions BEGIN "
    "INSERT INTO contributions_fts(contributions_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO contributions_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO contributions_fts(contributions_fts) VALUES ('rebuild')",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("contributions_fts_ai", "contributions_fts_ad", "contributions_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS contributions_fts")
