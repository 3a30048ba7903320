"""The codebook: themes with a parent, a colour, a description, keyword rules and a place in the order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import ContributionTheme, Theme

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")


@dataclass(frozen=True)
class ThemeView:
    id: int
    name: str
    parent_id: int | None
    colour: str
    description: str
    keywords: list[str]
    position: int
    depth: int
    coded: int  # accepted codings
    suggested: int  # pending rule suggestions


@dataclass(frozen=True)
class ThemeInput:
    name: str
    parent_id: int | None = None
    colour: str | None = None
    description: str = ""
    keywords: tuple[str, ...] = ()


def list_themes(session: Session, event_id: int) -> list[ThemeView]:
    """Depth-first in codebook order: each theme followed by its sub-themes. The first nine are the
    number keys 1-9 of quick coding."""
    themes = list(
        session.scalars(select(Theme).where(Theme.event_id == event_id).order_by(Theme.position, Theme.id))
    )
    counts: dict[tuple[int, bool], int] = {
        (tid, accepted): int(n)
        for tid, accepted, n in session.execute(
            select(ContributionTheme.theme_id, ContributionTheme.accepted, func.count())
            .where(ContributionTheme.source != "rejected")
            .group_by(ContributionTheme.theme_id, ContributionTheme.accepted)
        )
    }
    ids = {t.id for t in themes}
    children: dict[int | None, list[Theme]] = {}
    for t in themes:
        parent = t.parent_id if t.parent_id in ids else None
        children.setdefault(parent, []).append(t)
    out: list[ThemeView] = []

    def walk(parent: int | None, depth: int) -> None:
        for t in children.get(parent, []):
            out.append(
                ThemeView(
                    t.id,
                    t.name,
                    t.parent_id if t.parent_id in ids else None,
                    t.colour,
                    t.description,
                    [str(k) for k in t.keywords],
                    t.position,
                    depth,
                    counts.get((t.id, True), 0),
                    counts.get((t.id, False), 0),
                )
            )
            walk(t.id, depth + 1)

    walk(None, 0)
    return out


def _clean(session: Session, event_id: int, data: ThemeInput, theme_id: int | None) -> ThemeInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("a theme needs a name", field="name")
    if len(name) > 200:
        raise ValidationError("a theme name is limited to 200 characters", field="name")
    clash = session.scalars(
        select(Theme).where(Theme.event_id == event_id, func.lower(Theme.name) == name.lower())
    ).first()
    if clash is not None and clash.id != theme_id:
        raise ValidationError(f"there is already a theme '{clash.name}'", field="name")
    colour = data.colour
    if colour is not None and not COLOUR.match(colour):
        raise ValidationError(f"'{colour}' is not a colour", field="colour", hint="expected #rrggbb")
    if data.parent_id is not None:
        parent = session.get(Theme, data.parent_id)
        if parent is None or parent.event_id != event_id:
            raise NotFoundError("the parent theme no longer exists", field="parent")
        seen = set()
        while parent is not None and parent.id not in seen:  # refuse a theme under its own descendant
            if parent.id == theme_id:
                raise ValidationError("a theme cannot be placed under itself", field="parent")
            seen.add(parent.id)
            parent = session.get(Theme, parent.parent_id) if parent.parent_id else None
    keywords = tuple(dict.fromkeys(k.strip() for k in data.keywords if k.strip()))
    return ThemeInput(name, data.parent_id, colour, data.description.strip(), keywords)


def create_theme(session: Session, event_id: int, data: ThemeInput) -> int:
    clean = _clean(session, event_id, data, None)
    last = session.scalar(select(func.max(Theme.position)).where(Theme.event_id == event_id))
    count = session.scalar(select(func.count()).select_from(Theme).where(Theme.event_id == event_id)) or 0
    theme = Theme(
        event_id=event_id,
        name=clean.name,
        parent_id=clean.parent_id,
        colour=clean.colour or PALETTE[count % len(PALETTE)],
        description=clean.description,
        keywords=list(clean.keywords),
        position=(last if last is not None else -1) + 1,
    )
    session.add(theme)
    session.flush()
    return theme.id


def update_theme(session: Session, event_id: int, theme_id: int, data: ThemeInput) -> None:
    theme = get_theme(session, event_id, theme_id)
    clean = _clean(session, event_id, data, theme_id)
    theme.name = clean.name
    theme.parent_id = clean.parent_id
    theme.colour = clean.colour or theme.colour
    theme.description = clean.description
    theme.keywords = list(clean.keywords)
    session.flush()


def move_theme(session: Session, event_id: int, theme_id: int, step: int) -> None:
    """Move a theme up (-1) or down (+1) among its siblings; this also changes its number key."""
    theme = get_theme(session, event_id, theme_id)
    same_parent = Theme.parent_id.is_(None) if theme.parent_id is None else Theme.parent_id == theme.parent_id
    siblings = list(
        session.scalars(
            select(Theme).where(Theme.event_id == event_id, same_parent).order_by(Theme.position, Theme.id)
        )
    )
    i = siblings.index(theme)
    j = max(0, min(len(siblings) - 1, i + step))
    siblings.insert(j, siblings.pop(i))
    for pos, t in enumerate(siblings):
        t.position = pos
    session.flush()


def delete_theme(session: Session, event_id: int, theme_id: int) -> None:
    """Delete a theme and its codings; its sub-themes move up to its parent."""
    theme = get_theme(session, event_id, theme_id)
    for child in session.scalars(select(Theme).where(Theme.parent_id == theme.id)):
        child.parent_id = theme.parent_id
    session.delete(theme)
    session.flush()


def get_theme(session: Session, event_id: int, theme_id: int) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None or theme.event_id != event_id:
        raise NotFoundError("this theme no longer exists", field="theme")
    return theme
