"""Full-text search: SQLite's FTS5 index `contributions_fts` where available, LIKE elsewhere.

This is the one dialect-checked spot of the browser. The FTS5 tokenizer (unicode61, remove_diacritics 2)
makes matching accent- and case-insensitive; triggers (migration 0002) keep the index in step.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, and_, literal_column, not_, or_, select, table, text

from hybridhub.core.models import Contribution

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
_FTS = table("contributions_fts")


def parse_query(query: str) -> tuple[list[str], list[str]]:
    """('transport "bus stop" -taxi') -> (['transport', 'bus stop'], ['taxi']): words to find (prefixes;
    a quoted phrase as written) and words to leave out. Punctuation is ignored as the index ignores it."""
    wanted: list[str] = []
    excluded: list[str] = []
    for m in _TOKEN.finditer(query):
        negate, body = (m.group(1), m.group(2)) if m.group(2) is not None else (m.group(3), m.group(4))
        words = " ".join(_WORD.findall(body))
        if not words:
            continue
        (excluded if negate else wanted).append(words)
    return wanted, excluded


def fts_expression(query: str) -> str | None:
    """An FTS5 MATCH expression with every user word quoted (so no FTS syntax can be injected), each a
    prefix: 'trans acces' finds 'transport' and 'accès'. None when nothing is searchable."""
    wanted, excluded = parse_query(query)
    if not wanted:
        return None
    expr = " AND ".join(f'"{w}"*' for w in wanted)
    for w in excluded:
        expr += f' NOT "{w}"*'
    return expr


def fts_rowids(expression: str) -> Any:
    """SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH :q."""
    return (
        select(literal_column("rowid"))
        .select_from(_FTS)
        .where(text("contributions_fts MATCH :fts_query").bindparams(fts_query=expression))
    )


def search_condition(query: str, dialect: str) -> ColumnElement[Any]:
    """A condition on Contribution that is true for the rows matching `query`."""
    if dialect == "sqlite":
        expression = fts_expression(query)
        if expression is None:
            return literal_column("1") == literal_column("1")
        return Contribution.id.in_(fts_rowids(expression))
    wanted, excluded = parse_query(query)
    parts = [Contribution.text.ilike(f"%{_escape(w)}%", escape="\\") for w in wanted]
    parts += [not_(Contribution.text.ilike(f"%{_escape(w)}%", escape="\\")) for w in excluded]
    if not wanted:
        return or_(literal_column("1") == literal_column("1"))
    return and_(*parts)


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
