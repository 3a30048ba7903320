"""#tags in a note become themes of the codebook: an existing theme when the tag names it, else a new one."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.models import Theme

TAG = re.compile(r"(?<![\w&])#(\w[\w-]*)", re.UNICODE)


def find_tags(text: str) -> list[str]:
    """Tags in order of first appearance, without duplicates: '#Transport #bus #transport' -> 2 tags."""
    seen: dict[str, str] = {}
    for match in TAG.finditer(text):
        tag = match.group(1).rstrip("-_")
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return list(seen.values())


def fold(text: str) -> str:
    """Case- and accent-insensitive key; '-', '_' and spaces are the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s_-]+", " ", plain).strip()


def themes_for_tags(session: Session, event_id: int, tags: list[str]) -> list[Theme]:
    """Match each tag to a theme: same name, else the one theme whose name starts with it (#transport ->
    'Transport and access'); else create a theme named after the tag."""
    themes = list(session.scalars(select(Theme).where(Theme.event_id == event_id)))
    by_name = {fold(t.name): t for t in themes}
    found: list[Theme] = []
    for tag in tags:
        key = fold(tag)
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
