"""The codebook and coding on a workspace, each call one session or one transaction: what the themes
page runs."""

from __future__ import annotations

from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.workspace import Workspace
from hybridhub.themes import codebook, coding, rules
from hybridhub.themes.codebook import ThemeInput, ThemeView
from hybridhub.themes.rules import Suggestion


def list_themes(ws: Workspace, event_id: int) -> list[ThemeView]:
    with ws.session() as s:
        return codebook.list_themes(s, event_id)


def save_theme(ws: Workspace, event_id: int, theme_id: int | None, data: ThemeInput) -> int:
    """Create the theme (no `theme_id`) or update it; returns its id."""
    with ws.transaction() as s:
        if theme_id is None:
            return codebook.create_theme(s, event_id, data)
        codebook.update_theme(s, event_id, theme_id, data)
        return theme_id


def move_theme(ws: Workspace, event_id: int, theme_id: int, step: int) -> None:
    with ws.transaction() as s:
        codebook.move_theme(s, event_id, theme_id, step)


def delete_theme(ws: Workspace, event_id: int, theme_id: int) -> None:
    with ws.transaction() as s:
        codebook.delete_theme(s, event_id, theme_id)


def toggle(ws: Workspace, event_id: int, contribution_ids: list[int], theme_id: int) -> bool:
    """Code the contributions with the theme, or uncode them all if every one had it; True if coded."""
    with ws.transaction() as s:
        return coding.toggle(s, event_id, contribution_ids, theme_id)


def suggest(ws: Workspace, event_id: int, progress: ProgressFn = no_progress) -> int:
    """Run the keyword rules; returns how many suggestions are new."""
    with ws.transaction() as s:
        return rules.suggest(s, event_id, progress)


def pending(ws: Workspace, event_id: int) -> list[Suggestion]:
    with ws.session() as s:
        return rules.pending(s, event_id)


def decide(ws: Workspace, pairs: list[tuple[int, int]], accepted: bool) -> int:
    """Accept or reject these (contribution, theme) suggestions."""
    with ws.transaction() as s:
        return (rules.accept if accepted else rules.reject)(s, pairs)


def accept_all(ws: Workspace, theme_id: int) -> int:
    with ws.transaction() as s:
        return rules.accept_all(s, theme_id)
