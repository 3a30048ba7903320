"""Search on PostgreSQL: an accent- and case-folding function and a full-text index over contributions.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

PostgreSQL only (SQLite has its FTS5 index from 0002). `hh_fold` lowers a text and strips the accents
of Latin letters as FTS5's remove_diacritics does (Unicode NFD, the combining marks after a basic Latin
letter removed, NFC again), so 'hôpital' is found by 'HOP'; `hh_search_doc` is the 'simple' tsvector of
a folded text split at punctuation, kept in the generated column `contributions.search_doc` (which no
model maps), and the GIN index over it answers word-prefix queries (`'hop':*`) as FTS5 does, without
scanning every row. A tsvector holds at most 1 MB, so a text is indexed by its first
100,000 characters (a chat message or an e-mail is far shorter). The store must be UTF-8 (HybridHub
creates stores only in UTF-8 databases).
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FOLD = (
    "CREATE OR REPLACE FUNCTION hh_fold(value text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT "
    "AS $$ SELECT lower(normalize(regexp_replace(normalize(value, NFD), "
    "'([\\u0001-\\u007f])[\\u0300-\\u036f]+', '\\1', 'g'), NFC)) $$"
)
# Punctuation (ASCII, Latin-1, general, CJK, fullwidth, Arabic) splits words, as in FTS5's unicode61
# tokenizer: PostgreSQL's parser would otherwise keep e-mail addresses, URLs, file names and decimals
# whole ('report_final.pdf'), and in a "C" locale it takes every non-ASCII character for a letter.
PUNCTUATION = (
    "[[:punct:][:space:]\\u00a0-\\u00bf\\u00d7\\u00f7\\u2000-\\u206f\\u3000-\\u303f"
    "\\uff00-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u060c\\u061b\\u061f\\u066a-\\u066d]+"
)
DOCUMENT = (
    "CREATE OR REPLACE FUNCTION hh_search_doc(value text) RETURNS tsvector "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT "
    "AS $$ SELECT to_tsvector('simple'::regconfig, "
    f"regexp_replace(hh_fold(left(value, 100000)), '{PUNCTUATION}', ' ', 'g')) $$"
)
# Stored, so that a phrase query's recheck and a page's filter read it instead of folding every text again.
COLUMN = (
    "ALTER TABLE contributions "
    "ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (hh_search_doc(text)) STORED"
)
INDEX = "CREATE INDEX contributions_search_pg ON contributions USING gin (search_doc)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (FOLD, DOCUMENT, COLUMN, INDEX):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS contributions_search_pg")
    op.execute("ALTER TABLE contributions DROP COLUMN IF EXISTS search_doc")
    op.execute("DROP FUNCTION IF EXISTS hh_search_doc(text)")
    op.execute("DROP FUNCTION IF EXISTS hh_fold(text)")
