from __future__ import annotations

import pytest
from sqlalchemy import select

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import ContributionTheme
from hybridhub.core.workspace import Workspace
from hybridhub.themes.codebook import (
    ThemeInput,
    create_theme,
    delete_theme,
    list_themes,
    move_theme,
    update_theme,
)
from hybridhub.themes.coding import code, toggle, uncode
from hybridhub.themes.rules import accept, accept_all, pending, reject, suggest
from tests.helpers_voices import say


def test_codebook_hierarchy_colours_and_order(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        access = create_theme(s, ev, ThemeInput("Access", description="Getting there"))
        care = create_theme(s, ev, ThemeInput("Care", colour="#112233"))
        buses = create_theme(s, ev, ThemeInput("  Buses  at night", parent_id=access))
        with pytest.raises(ValidationError, match="already a theme"):
            create_theme(s, ev, ThemeInput("access"))
        with pytest.raises(ValidationError, match="not a colour"):
            create_theme(s, ev, ThemeInput("X", colour="red"))
        with pytest.raises(ValidationError, match="under itself"):
            update_theme(s, ev, access, ThemeInput("Access", parent_id=buses))
        with pytest.raises(NotFoundError):
            create_theme(s, ev, ThemeInput("Y", parent_id=999))
        themes = list_themes(s, ev)
        assert [(t.name, t.depth) for t in themes] == [("Access", 0), ("Buses at night", 1), ("Care", 0)]
        assert themes[2].colour == "#112233" and themes[0].colour.startswith("#")
        move_theme(s, ev, care, -1)
        assert [t.name for t in list_themes(s, ev)] == ["Care", "Access", "Buses at night"]
        delete_theme(s, ev, access)  # its sub-theme moves up
        assert [(t.name, t.depth) for t in list_themes(s, ev)] == [("Care", 0), ("Buses at night", 0)]


def test_coding_and_number_key_toggle(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        t = create_theme(s, ev, ThemeInput("Access"))
        a, b = say(s, ev, "one").id, say(s, ev, "two").id
        assert code(s, ev, [a], t) == 1
        assert toggle(s, ev, [a, b], t) is True  # not all had it: add to all
        assert code(s, ev, [a, b, 9999], t) == 0
        assert list_themes(s, ev)[0].coded == 2
        assert toggle(s, ev, [a, b], t) is False  # all had it: remove
        assert s.scalars(select(ContributionTheme)).all() == []
        assert uncode(s, ev, [a], t) == 0


def test_keyword_rules_suggest_then_accept_or_reject(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        t = create_theme(s, ev, ThemeInput("Transport", keywords=("bus", "accès")))
        other = create_theme(s, ev, ThemeInput("Care", keywords=("nurse",)))
        bus = say(s, ev, "The BUSES stop early").id
        acces = say(s, ev, "Pas d'acces pour fauteuil").id
        manual = say(s, ev, "bus bus bus").id
        nurse = say(s, ev, "A nurse please").id
        say(s, ev, "nothing relevant")
        code(s, ev, [manual], t)
        assert suggest(s, ev) == 3  # manual one already coded; 'acces' matches 'accès' without accent
        assert suggest(s, ev) == 0  # nothing twice
        found = pending(s, ev)
        assert {(p.contribution_id, p.theme_id) for p in found} == {(bus, t), (acces, t), (nurse, other)}
        assert list_themes(s, ev)[0].suggested == 2
        assert accept(s, [(bus, t)]) == 1
        assert reject(s, [(acces, t)]) == 1
        assert suggest(s, ev) == 0  # a rejected suggestion is not made again
        assert accept_all(s, other) == 1
        assert pending(s, ev) == []
        coded = {
            (ct.contribution_id, ct.theme_id)
            for ct in s.scalars(select(ContributionTheme).where(ContributionTheme.accepted.is_(True)))
        }
        assert coded == {(bus, t), (manual, t), (nurse, other)}
