"""Search on PostgreSQL: an accent- and case-folding function and a full-text index over contributions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

PostgreSQL only (SQLite has its FTS5 index from 0002). `hh_fold` lowers a text and strips its accents
(Unicode NFD, combining marks removed), so 'hôpital' is found by 'HOP'; `hh_search_doc` is the 'simple'
tsvector of a folded text, and the GIN index over it answers word-prefix queries (`'hop':*`) as FTS5
does, without scanning every row. A tsvector holds at most 1 MB, so a text is indexed by its first
100,000 characters (a chat message or an e-mail is far shorter). The store must be UTF-8 (HybridHub
creates stores only in UTF-8 databases).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FOLD = (
    "CREATE OR REPLACE FUNCTION hh_fold(value text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT "
    "AS $$ SELECT lower(regexp_replace(normalize(value, NFD), '[\\u0300-\\u036f]', '', 'g')) $$"
)
DOCUMENT = (
    "CREATE OR REPLACE FUNCTION hh_search_doc(value text) RETURNS tsvector "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT "
    "AS $$ SELECT to_tsvector('simple'::regconfig, hh_fold(left(value, 100000))) $$"
)
INDEX = "CREATE INDEX contributions_search_pg ON contributions USING gin (hh_search_doc(text))"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FOLD)
    op.execute(DOCUMENT)
    op.execute(INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS contributions_search_pg")
    op.execute("DROP FUNCTION IF EXISTS hh_search_doc(text)")
    op.execute("DROP FUNCTION IF EXISTS hh_fold(text)")
