"""The note being typed, kept in the workspace so a crash or a flat battery loses at most the last second.

The notes page saves the draft at most a second after each change. On SQLite the write is committed with
`synchronous=FULL`, so it is on disk (fsync'd), not only in the OS cache, before the call returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert
from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.models import NoteDraft
from hybridhub.core.workspace import Workspace, retried


@dataclass(frozen=True)
class Draft:
    text: str
    session_id: int | None = None
    voices: int = 1
    speaker_participant_id: int | None = None
    speaker_group: str | None = None
    is_quote: bool = False
    updated_at: datetime | None = None


@contextmanager
def _durable(ws: Workspace) -> Iterator[Connection]:
    """A connection whose commits are fsync'd (SQLite: synchronous=FULL for this write only)."""
    with ws.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA synchronous=FULL")
            conn.commit()  # the pragma may not change inside a transaction
        try:
            yield conn
        finally:
            if sqlite:
                conn.rollback()
                conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                conn.commit()


@retried
def save_draft(ws: Workspace, device: str, draft: Draft) -> None:
    """Replace this device's draft, durably; an empty text removes it."""
    text = ws.scrubber().text(draft.text)  # no phone number or address in clear, even in a draft
    with _durable(ws) as conn:
        ws.claim(conn)  # waits its turn if another HybridHub is importing into the file
        conn.execute(delete(NoteDraft).where(NoteDraft.device == device))
        if text.strip():
            conn.execute(
                insert(NoteDraft).values(
                    device=device,
                    text=text,
                    session_id=draft.session_id,
                    voices=draft.voices,
                    speaker_participant_id=draft.speaker_participant_id,
                    speaker_group=draft.speaker_group,
                    is_quote=draft.is_quote,
                    updated_at=utcnow(),
                )
            )
        conn.commit()


def load_draft(session: Session, device: str) -> Draft | None:
    row = session.get(NoteDraft, device)
    if row is None:
        return None
    return Draft(
        text=row.text,
        session_id=row.session_id,
        voices=row.voices,
        speaker_participant_id=row.speaker_participant_id,
        speaker_group=row.speaker_group,
        is_quote=row.is_quote,
        updated_at=row.updated_at,
    )


def clear_draft(session: Session, device: str) -> None:
    """Called in the transaction that saves the note, so note and draft never both exist or both vanish."""
    session.execute(delete(NoteDraft).where(NoteDraft.device == device))
