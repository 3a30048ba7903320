"""#tags in a note become themes of the codebook: an existing theme when the tag names it, else a new one."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.models import Theme
from hybridhub.core.text import fold

TAG = re.compile(r"(?<![\w&])#(\w[\w-]*)", re.UNICODE)


def find_tags(text: str) -> list[str]:
    """Tags in order of first appearance, without duplicates: '#Transport #bus #transport' -> 2 tags."""
    seen: dict[str, str] = {}
    for match in TAG.finditer(text):
        tag = match.group(1).rstrip("-_")
        if tag and fold(tag, punctuation=True) not in seen:
            seen[fold(tag, punctuation=True)] = tag
    return list(seen.values())


def themes_for_tags(session: Session, event_id: int, tags: list[str]) -> list[Theme]:
    """Match each tag to a theme: same name, else the one theme whose name starts with it (#transport ->
    'Transport and access'); else create a theme named after the tag."""
    themes = list(session.scalars(select(Theme).where(Theme.event_id == event_id)))
    by_name = {fold(t.name, punctuation=True): t for t in themes}
    found: list[Theme] = []
    for tag in tags:
        key = fold(tag, punctuation=True)
        theme = by_name.get(key)
        if theme is None:
            starting = [t for name, t in by_name.items() if name.startswith(key + " ")]
            theme = starting[0] if len(starting) == 1 else None
        if theme is None:
            theme = Theme(
                event_id=event_id,
                name=tag.replace("_", " ").replace("-", " "),
                description="Created from a #tag in a note.",
                position=len(by_name),
            )
            session.add(theme)
            session.flush()
            by_name[key] = theme
        if theme not in found:
            found.append(theme)
    return found
