"""Conflicts to look at: a field two laptops changed before they exchanged. The newer edit won on every
laptop; the other value is kept here with who made it and when. Resolving is an edit like any other, so
it travels: "keep this" marks the conflict done, "keep that" writes the other value back (a newer edit,
so it wins everywhere) and marks it done."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core import hlc
from hybridhub.core.errors import NotFoundError
from hybridhub.core.models import Laptop, SyncConflict
from hybridhub.core.sync_tables import BY_NAME
from hybridhub.core.workspace import Workspace
from hybridhub.sync.wire import Column, columns_of

KIND = {
    "events": "Event",
    "sessions": "Session",
    "participants": "Person",
    "identities": "Identity",
    "contributions": "Text",
    "notes": "Note",
    "themes": "Theme",
    "tallies": "Tally",
    "tally_options": "Tally option",
    "sheets": "Paper sheet",
    "answers": "Answer",
    "laptops": "Laptop",
    "mapping_presets": "Mapping",
}
FIELD = {
    "purpose_who": "who",
    "purpose_what": "what",
    "purpose_why": "why",
    "starts_on": "start date",
    "ends_on": "end date",
    "starts_at": "start",
    "ends_at": "end",
    "timezone": "time zone",
    "position": "order",
    "display_name": "name",
    "age_band": "age band",
    "internet_access": "internet access",
    "consent_quote": "consent to quotes",
    "consent_contact": "consent to contact",
    "consent_name": "consent to show the name",
    "badge_number": "badge number",
    "merged_into_id": "merged into",
    "participant_id": "person",
    "speaker_participant_id": "speaker",
    "speaker_group": "speaker group",
    "is_quote": "quote",
    "session_id": "session",
    "parent_id": "parent",
    "needs_review": "needs review",
    "undone_at": "un-merged",
}
_LABEL_COLUMNS = ("title", "name", "question", "label", "pseudonym", "code", "text")


@dataclass(frozen=True)
class ConflictView:
    uid: str
    kind: str  # what was edited: "Theme", "Note", "Person"
    field: str  # which of its fields: "name", "text"
    what: str  # both: "Theme name"
    item: str  # which one: the theme's name, the first words of the text, the pseudonym
    kept: str  # the value every laptop holds now
    other: str  # the value that lost
    other_by: str  # the laptop that made the losing edit
    other_at: datetime
    kept_by: str


def _text(value: Any, limit: int = 120) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _row(session: Session, table: str, uid: str) -> Any:
    t = BY_NAME[table].table
    return session.execute(select(t).where(t.c.uid == uid)).first()


def _label(session: Session, table: str, uid: str | None) -> str:
    """A short name for a row: a person's pseudonym and name, a theme's name, a text's first words."""
    if uid is None:
        return "(empty)"
    row = _row(session, table, uid) if table in BY_NAME else None
    if row is None:
        return "(gone)"
    m = row._mapping
    if table == "events":
        return "the event"
    if table == "participants":
        return f"{m['pseudonym']} · {m['display_name']}" if m["display_name"] else str(m["pseudonym"])
    for name in _LABEL_COLUMNS:
        if m.get(name):
            return _text(m[name], 50)
    return uid[:8]


def _shown(session: Session, col: Column, value: Any) -> str:
    if col.kind == "ref":
        return _label(session, col.target or "", value)
    return _text(value)


def list_conflicts(session: Session) -> list[ConflictView]:
    """Unresolved conflicts whose row is still here, newest lost edit first."""
    laptops = dict(session.execute(select(Laptop.uid, Laptop.name)).all())
    out = []
    for c in session.scalars(
        select(SyncConflict).where(SyncConflict.resolved.is_(False)).order_by(SyncConflict.lost_hlc.desc())
    ):
        spec = BY_NAME.get(c.table_name)
        row = _row(session, c.table_name, c.row_uid) if spec is not None else None
        if spec is None or row is None or c.field not in row._mapping:
            continue
        col = next(x for x in columns_of(spec) if x.name == c.field)
        current = row._mapping[c.field]
        if col.kind == "ref":
            target = BY_NAME[col.target or ""].table
            current = session.scalar(select(target.c.uid).where(target.c.id == current)) if current else None
        kind = KIND.get(c.table_name, c.table_name.replace("_", " ").capitalize())
        if c.table_name == "contributions" and row._mapping.get("kind") == "note":
            kind = "Note"
        field = FIELD.get(c.field, c.field.replace("_", " "))
        out.append(
            ConflictView(
                uid=c.uid,
                kind=kind,
                field=field,
                what=f"{kind} {field}",
                item=_label(session, c.table_name, c.row_uid),
                kept=_shown(session, col, current),
                other=_shown(session, col, c.lost_value),
                other_by=laptops.get(c.lost_laptop, c.lost_laptop[:8]),
                other_at=hlc.wall_time(c.lost_hlc),
                kept_by=laptops.get(c.won_laptop, c.won_laptop[:8]),
            )
        )
    return out


def _model_value(session: Session, col: Column, value: Any) -> Any:
    """A lost wire value as the model attribute takes it."""
    if value is None:
        return None
    if col.kind == "ref":
        target = BY_NAME[col.target or ""].table
        found = session.scalar(select(target.c.id).where(target.c.uid == value))
        if found is None:
            raise NotFoundError("the other value names something that no longer exists", field=col.name)
        return found
    if col.kind == "time":
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if col.kind == "date":
        return date.fromisoformat(value)
    if col.kind == "bytes":
        return base64.b64decode(value)
    return value


def resolve(session: Session, conflict_uid: str, keep_other: bool) -> None:
    """Keep the value held now, or put the other one back; either way the conflict is done."""
    conflict = session.scalar(select(SyncConflict).where(SyncConflict.uid == conflict_uid))
    if conflict is None:
        raise NotFoundError("this conflict is no longer listed", field="conflict")
    if keep_other:
        spec = BY_NAME[conflict.table_name]
        row = session.scalar(select(spec.model).where(spec.model.uid == conflict.row_uid))
        if row is None:
            raise NotFoundError("the edited item no longer exists", field="conflict")
        col = next(x for x in columns_of(spec) if x.name == conflict.field)
        setattr(row, conflict.field, _model_value(session, col, conflict.lost_value))
    conflict.resolved = True
    session.flush()


def conflicts_of(ws: Workspace) -> list[ConflictView]:
    with ws.session() as s:
        return list_conflicts(s)


def resolve_in(ws: Workspace, conflict_uid: str, keep_other: bool) -> None:
    with ws.transaction() as s:
        resolve(s, conflict_uid, keep_other)
