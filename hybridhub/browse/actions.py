"""Browsing and moderating on a workspace, each call one session or one transaction: what the Browse and
Themes pages and their contributions model run."""

from __future__ import annotations

from dataclasses import dataclass

from hybridhub.browse import moderation, pages
from hybridhub.browse.detail import ContributionDetail, contribution_detail
from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.pages import ContributionRow, Cursor, Page
from hybridhub.core.workspace import Workspace
from hybridhub.notes.agenda import SessionInfo, list_sessions
from hybridhub.people.directory import people_choices
from hybridhub.themes.codebook import ThemeView, list_themes


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers: the agenda, the codebook and everyone."""

    sessions: list[SessionInfo]
    themes: list[ThemeView]
    people: list[tuple[int, str]]


def filter_choices(ws: Workspace, event_id: int) -> FilterChoices:
    with ws.session() as s:
        return FilterChoices(
            list_sessions(s, event_id), list_themes(s, event_id), people_choices(s, event_id)
        )


def read_page(
    ws: Workspace,
    event_id: int,
    filt: ContributionFilter,
    after: Cursor | None,
    limit: int,
    *,
    newest_first: bool = False,
) -> Page:
    """The page of rows after `after` (the first page with None); see `pages.fetch_page`."""
    with ws.session() as s:
        return pages.fetch_page(s, event_id, filt, after, limit, newest_first=newest_first)


def read_pages(
    ws: Workspace,
    event_id: int,
    filt: ContributionFilter,
    wanted: int,
    limit: int,
    *,
    newest_first: bool = False,
) -> Page:
    """Pages of `limit` rows from the start until at least `wanted` rows (or all) are read, as one page
    whose cursor continues after them: a reload that keeps as much as was scrolled through."""
    rows: list[ContributionRow] = []
    after: Cursor | None = None
    with ws.session() as s:
        while True:
            page = pages.fetch_page(s, event_id, filt, after, limit, newest_first=newest_first)
            rows += page.rows
            after = page.next
            if after is None or len(rows) >= wanted:
                return Page(rows, after)


def read_rows(ws: Workspace, event_id: int, ids: list[int]) -> dict[int, ContributionRow]:
    with ws.session() as s:
        return pages.fetch_rows(s, event_id, ids)


def count(ws: Workspace, event_id: int, filt: ContributionFilter) -> int:
    with ws.session() as s:
        return pages.count(s, event_id, filt)


def detail(ws: Workspace, contribution_id: int) -> ContributionDetail:
    with ws.session() as s:
        return contribution_detail(s, contribution_id)


def set_flag(ws: Workspace, event_id: int, contribution_ids: list[int], flag: str | None) -> int:
    """Flag the contributions hostile or off-topic (None clears the flag); returns how many changed."""
    with ws.transaction() as s:
        return moderation.set_flag(s, event_id, contribution_ids, flag)
