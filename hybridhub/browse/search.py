"""Full-text search: SQLite's FTS5 index `contributions_fts`, PostgreSQL's full-text index, LIKE elsewhere.

This is the one dialect-checked spot of the browser. Both indexes find word prefixes, accent- and
case-insensitively: the FTS5 tokenizer (unicode61, remove_diacritics 2) on SQLite, triggers (migration
0002) keeping it in step; on PostgreSQL a GIN index over the generated column `search_doc`, the 'simple'
tsvector of the folded text (migration 0007), and a tsquery of quoted prefixes, folded by the same
`hh_fold`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    and_,
    bindparam,
    func,
    literal_column,
    not_,
    select,
    table,
    text,
)

from hybridhub.core.models import Contribution

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN_CHARS = re.compile(r"[^\W_]+", re.UNICODE)
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


def fts_rowids(expression: str | None = None) -> Any:
    """SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH :fts_query (None: bound later)."""
    match = text("contributions_fts MATCH :fts_query")
    if expression is not None:
        match = match.bindparams(fts_query=expression)
    return select(literal_column("rowid")).select_from(_FTS).where(match)


def ts_expression(query: str) -> str | None:
    """A PostgreSQL tsquery with every user word quoted (so no tsquery syntax can be injected), each a
    prefix, a quoted phrase's words in sequence: 'trans "bus stop" -taxi' ->
    "'trans':* & 'bus' <-> 'stop':* & !('taxi':*)". None when nothing is searchable."""
    wanted, excluded = parse_query(query)
    if not wanted:
        return None

    def phrase(words: str) -> str:
        # '_' separates words in FTS5 (it is punctuation), so it does here; a phrase of '_' alone stays,
        # to find nothing, as in FTS5.
        tokens = _TOKEN_CHARS.findall(words) or words.split()
        return " <-> ".join(f"'{w}'" for w in tokens) + ":*"

    # '!' binds tighter than '<->': a phrase left out is in parentheses.
    return " & ".join([phrase(w) for w in wanted] + [f"!({phrase(w)})" for w in excluded])


def search_binds(query: str, dialect: str) -> dict[str, str]:
    """The values of the SQL for `query`, by bind name: on SQLite the FTS5 expression (`fts_query`),
    on PostgreSQL the tsquery (`ts_query`), elsewhere a LIKE pattern per word to find (`want_N`) and
    to leave out (`skip_N`). Empty when nothing is searchable."""
    if dialect == "sqlite":
        expression = fts_expression(query)
        return {} if expression is None else {"fts_query": expression}
    if dialect == "postgresql":
        expression = ts_expression(query)
        return {} if expression is None else {"ts_query": expression}
    wanted, excluded = parse_query(query)
    if not wanted:
        return {}
    values = {f"want_{i}": f"%{_escape(w)}%" for i, w in enumerate(wanted)}
    values.update((f"skip_{i}", f"%{_escape(w)}%") for i, w in enumerate(excluded))
    return values


def search_template(
    names: tuple[str, ...], dialect: str, values: Mapping[str, str] | None = None
) -> ColumnElement[Any]:
    """The condition on Contribution for a search whose `search_binds` have these names, bound to
    `values` or, without them, left to bind at execution."""
    if dialect == "sqlite":
        return Contribution.id.in_(fts_rowids(None if values is None else values["fts_query"]))
    if dialect == "postgresql":
        query: BindParameter[str] = bindparam("ts_query", None if values is None else values["ts_query"])
        # The column of migration 0007 (no model maps it), indexed.
        document: ColumnElement[Any] = literal_column("contributions.search_doc")
        return document.op("@@", is_comparison=True)(
            func.to_tsquery(literal_column("'simple'::regconfig"), func.hh_fold(query))
        )
    parts = []
    for name in names:
        pattern: BindParameter[Any] = bindparam(name) if values is None else bindparam(name, values[name])
        like = Contribution.text.ilike(pattern, escape="\\")
        parts.append(like if name.startswith("want_") else not_(like))
    return and_(*parts)


def search_condition(query: str, dialect: str) -> ColumnElement[Any]:
    """A condition on Contribution that is true for the rows matching `query`."""
    values = search_binds(query, dialect)
    if not values:
        return literal_column("1") == literal_column("1")
    return search_template(tuple(values), dialect, values)


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
